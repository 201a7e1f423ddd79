"""The one place that decides who sees which family, in which scope, today.

Lists (``permission_query_conditions``), forms and API (``has_permission``), reports (which read
through ``frappe.get_list``), files, tags, shares and the whitelisted methods that Frappe leaves
open are all wired to this package in ``hooks.py``. Rules:

- **Basiszorg Coördinator**: the whole bureau's families. Coordinators stand in for each other
  (holidays, the committee, a handover), so the team shares all cases by design; every read is
  recorded in the Basiszorg Inzagelog, so a family can see who looked.
- **Basiszorg Commissie**: the registrations it decides on (Aangemeld, In commissie) and its
  decisions (Wachtlijst, Afgewezen).
- **Hulpverlener**: only families covered today by an active, non-withdrawn, non-expired
  Toestemming for the professional or their organisation, only in the consented scope, read-only.
- **Basiszorg Beheerder** (without another role): configuration, no case content.

Every hook fails closed: it returns False to deny and None to let Frappe's role permissions
decide, never True. Denials are not undone by document shares, because sharing protected
documents is refused altogether.
"""
