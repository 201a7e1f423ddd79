"""The one place that decides who sees which family, in which scope, today.

- ``registry``: the family map, one declaration per family doctype.
- ``rules``: the access rules, written once as SQL conditions; lists use them as list
  conditions and single records, new records and files are decided by running the same
  condition against the one row.
- ``hooks``: Frappe's hooks (list conditions, has_permission, files, tags, shares), wired in
  ``basiszorg/hooks.py`` from the registry.
- ``overrides``: Frappe's whitelisted methods that skip record rules, made safe.
- ``grants``: the grant table derived from consents (Basiszorg Toegang).
- ``audit``: the read log (Basiszorg Inzagelog).

Rules:

- **Basiszorg Coördinator**: the whole bureau's families. Coordinators stand in for each other
  (holidays, the committee, a handover), so the team shares all cases by design; every read is
  recorded in the Basiszorg Inzagelog, so a family can see who looked.
- **Basiszorg Commissie**: the registrations it decides on (Aangemeld, In commissie) and its
  decisions (Wachtlijst, Afgewezen).
- **Hulpverlener**: only families covered today by an active, non-withdrawn, non-expired
  Toestemming for the professional or their organisation, only in the consented scope, read-only.
- **Basiszorg Beheerder** (without another role): configuration, no case content.
- **Basiszorg Aandachtsfunctionaris**: the meldcode's records (Zorg over veiligheid), read and
  commented on; nothing else of a family. Those records open to coordinators and this role only,
  never through a consent, the committee or the portal.

Every hook fails closed. Denials are not undone by document shares, because sharing protected
documents is refused altogether. Code that reads family data without these rules
(``frappe.get_all``) is limited to this package, scheduled jobs, and actions that first require
the coordinator role (``require_coordinator``).
"""

import frappe
from frappe import _


def require_coordinator(message: str | None = None) -> None:
	"""First line of an action that reads or changes every scope of a family (coordinators only)."""
	from basiszorg.permissions.rules import is_coordinator

	if not is_coordinator(frappe.session.user):
		frappe.throw(message or _("Alleen een coördinator mag dit doen."), frappe.PermissionError)


def require_beheerder(message: str | None = None) -> None:
	"""First line of an action for the bureau's administrator."""
	from basiszorg.permissions.rules import is_beheerder

	if not is_beheerder(frappe.session.user):
		frappe.throw(message or _("Alleen een Basiszorg Beheerder mag dit doen."), frappe.PermissionError)
