"""Veiligheid: the meldcode huiselijk geweld en kindermishandeling inside the family's file.

- ``doctype/zorg_over_veiligheid``: the record of the five steps (signs, consultations, the
  conversation, the afwegingskader, the decision and a report to Veilig Thuis), with its workflow
  ``basiszorg/workflow/zorg_over_veiligheid.json``; the rules are pure, in ``basiszorg.domain.meldcode``.
- ``api``: what the Gezin form and list show coordinators (an open record, the traject decision).
- ``transparantie``: what the family's own overviews show of a report (AVG overview, Mijn gezin),
  and the records they leave out while informing the family would endanger someone.
- ``herinneringen``: the daily reminders (a step open too long, the exception to look at again).
- ``report/open_zorgen_over_veiligheid``: the open records with their step and age.
- ``demo``: the demo family with a closed record (``basiszorg.demo.veiligheid``).

Who sees it is decided once, in ``basiszorg.permissions`` (registry entry ``coordinator_only`` and
``officer``): coordinators and the bureau's aandachtsfunctionaris; never a professional, the
committee or the family's portal.
"""
