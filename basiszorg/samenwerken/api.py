"""A professional's own items in the desk (the meeting's and the plan's forms, and Mijn werk).

Every method checks on its first line, through the permissions package
(``permissions.own_items``), that a consent covers this family in the record's scope today, that
the item is the professional's own and that the traject and the meeting allow it; after a
withdrawal the very next call is refused. Family members have the same actions on Mijn gezin
(``basiszorg.portaal.api``).
"""

import frappe

from basiszorg.domain import samenwerken as regels
from basiszorg.permissions import own_items
from basiszorg.permissions.changes import refuse
from basiszorg.samenwerken import eigen
from basiszorg.transactions import retried_on_deadlock


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def werk_afspraak_bij(
	doctype: str, name: str, afspraak: str, status: str | None = None, notitie: str | None = None
) -> str:
	"""The status of an agreement one is responsible for, with a dated note on how it goes."""
	agreement = own_items.require_own_agreement(doctype, name, afspraak, own_items.professional_writer())
	return eigen.update_agreement(agreement, own_items.professional_writer(), status, notitie)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def stuur_inbreng(
	overleg: str,
	algemeen: str | None = None,
	doelen: str | list | None = None,
	punten: str | list | None = None,
) -> str:
	"""Before a meeting with the family: per goal how it goes, and topics to discuss."""
	meeting = own_items.require_contribution(overleg, own_items.professional_writer())
	return eigen.send_contribution(
		meeting,
		own_items.professional_writer(),
		algemeen,
		frappe.parse_json(doelen) or [],
		frappe.parse_json(punten) or [],
	)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def beantwoord_uitnodiging(
	overleg: str, antwoord: str, vervanger: str | None = None, toelichting: str | None = None
) -> str:
	"""Coming, not coming, or a colleague comes instead (recorded on one's row of the meeting)."""
	meeting, row = own_items.require_answer(overleg, own_items.professional_writer())
	return eigen.answer_invitation(
		meeting, row, own_items.professional_writer(), antwoord, vervanger, toelichting
	)


@frappe.whitelist(methods=["GET"])
def mijn_deel(doctype: str, name: str) -> dict:
	"""What the professional may add to this meeting or plan: their own agreements, the goals to
	say something about, and whether a contribution or an answer can still be sent."""
	if not frappe.has_permission(doctype, "read", doc=name) or doctype not in (
		own_items.OVERLEG,
		own_items.ZORGPLAN,
	):
		refuse()
	writer = own_items.professional_writer()
	if writer is None:
		return {"afspraken": [], "doelen": [], "inbreng": False, "antwoord": None}
	doc = frappe.get_doc(doctype, name)
	doc.apply_fieldlevel_read_permissions()  # rows about a child whose part is closed go
	agreements = [
		{"afspraak": row.name, "wat": row.wat, "wanneer": row.wanneer, "status": row.status}
		for row in doc.get("afspraken") or []
		if own_items.passes(own_items.require_own_agreement, doctype, name, row.name, writer)
	]
	result = {"afspraken": agreements, "doelen": [], "inbreng": False, "antwoord": None}
	if doctype == own_items.OVERLEG:
		result["inbreng"] = own_items.passes(own_items.require_contribution, name, writer)
		if own_items.passes(own_items.require_answer, name, writer):
			_meeting, row = own_items.require_answer(name, writer)
			result["antwoord"] = {"antwoord": row.antwoord, "vervanger": row.vervanger}
		if result["inbreng"]:
			goals = own_items.goals_of_current_plan(doc.gezin)
			result["doelen"] = [
				{"doel_id": k, "doel": g.doel, "voor_wie": g.voor_wie} for k, g in goals.items()
			]
	result["antwoorden"] = list(regels.ANTWOORDEN)
	result["statussen"] = list(regels.AFSPRAAK_STATUSSEN)
	return result
