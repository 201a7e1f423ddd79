"""What the desk shows coordinators of the meldcode outside its own form: the warning on the Gezin
form and list, and the choice of the bureau's meldcode officers in a consultation.

Every method starts by requiring the coordinator role, and reads the records through the rules
(``frappe.get_list`` as the session user); nobody else learns from these methods that a record exists.
"""

import frappe

from basiszorg.domain import meldcode, traject
from basiszorg.permissions import require_coordinator
from basiszorg.permissions.registry import MELDCODE
from basiszorg.records import translate
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS

WARNING_FIELDS = ("name", "workflow_state", "melding_op", "coordinatie_besluit", "reden_uitsluiting")


@frappe.whitelist()
def voor_gezin(gezin: str) -> dict:
	"""For the Gezin form: a warning per record that needs attention, and the record the Veilig
	Thuis exclusion of the registration points at."""
	require_coordinator()
	records = frappe.get_list(
		MELDCODE, filters={"gezin": gezin}, fields=list(WARNING_FIELDS), order_by="geopend_op desc", limit=0
	)
	ended = frappe.db.get_value("Gezin", gezin, "workflow_state") in traject.BEEINDIGD
	warnings = []
	for record in records:
		finding = meldcode.traject_waarschuwing(record, ended)
		if finding:
			warnings.append(
				{"zorg": record.name, "tekst": translate(finding), "open": finding.code != "stoppen"}
			)
	exclusion = next((r.name for r in records if r.reden_uitsluiting), None)
	return {"waarschuwingen": warnings, "uitsluiting": exclusion}


@frappe.whitelist()
def gezinnen_met_open_zorg(gezinnen: list[str] | str) -> list[str]:
	"""For the Gezin list: which of ``gezinnen`` (the rows on screen) have an open record."""
	require_coordinator()
	names = frappe.parse_json(gezinnen) if isinstance(gezinnen, str) else gezinnen
	if not names:
		return []
	return sorted(
		set(
			frappe.get_list(
				MELDCODE,
				filters={"gezin": ["in", list(names)[:500]], "workflow_state": ["in", list(meldcode.OPEN)]},
				pluck="gezin",
				limit=0,
			)
		)
	)


@frappe.whitelist()
def aandachtsfunctionarissen(doctype, txt, searchfield, start, page_len, filters):
	"""Link query for a consultation's officer: the enabled users with the officer's role."""
	require_coordinator()
	# the users holding a role: a directory of the bureau's staff, no family data
	users = frappe.get_all(
		"Has Role", filters={"role": AANDACHTSFUNCTIONARIS, "parenttype": "User"}, pluck="parent"
	)
	if not users:
		return []
	return frappe.get_all(
		"User",
		filters={"name": ["in", users], "enabled": 1, "full_name": ["like", f"%{txt or ''}%"]},
		fields=["name", "full_name"],
		as_list=True,
		start=int(start or 0),
		page_length=int(page_len or 20),
	)
