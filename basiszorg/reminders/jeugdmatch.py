"""Daily: children in an active traject not registered in JeugdMATCH some days after the start
(``jeugdmatch_termijn_dagen`` in Basiszorg Instellingen) are signalled to the family's coordinator,
once a day, until the registration date is filled in."""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain import jeugdmatch, traject
from basiszorg.domain.leden import naam
from basiszorg.reminders.overleg import _notify

MEMBER_FIELDS = [
	"parent",
	"rol",
	"voornaam",
	"achternaam",
	"geboortedatum",
	"ots",
	"jeugdmatch_registratiedatum",
]


def families_with_unregistered_children(today) -> list[dict]:
	"""Active families with children in coordination not yet in JeugdMATCH after the term."""
	days = instellingen.normen().jeugdmatch_termijn_dagen
	families = frappe.get_all(
		"Gezin",
		filters={"workflow_state": traject.ACTIEF},
		fields=["name", "gezinsnaam", "coordinator", "startdatum"],
	)
	members: dict[str, list] = {}
	if families:
		rows = frappe.get_all(
			"Gezinslid",
			filters={"parenttype": "Gezin", "parent": ["in", [f.name for f in families]]},
			fields=MEMBER_FIELDS,
		)
		for row in rows:  # dates come from the database as date objects
			members.setdefault(row.parent, []).append(row)
	result = []
	for family in families:
		start = getdate(family.startdatum) if family.startdatum else None
		missing = jeugdmatch.niet_geregistreerd(members.get(family.name, []), start, today, days)
		if missing:
			family.kinderen = [naam(k) for k in missing]
			result.append(family)
	return result


def run(today=None) -> int:
	today = getdate(today)
	sent = 0
	for family in families_with_unregistered_children(today):
		subject = _("Gezin {0}: nog niet in JeugdMATCH: {1}").format(family.name, ", ".join(family.kinderen))
		sent += _notify(family.coordinator, subject, "Gezin", family.name)
	return sent
