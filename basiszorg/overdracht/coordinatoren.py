"""The family's coordinators' history (Gezin ``coordinatoren``), kept on every save of the family.

A handover passes its reason and who did it in ``doc.flags.overdracht``; any other change of the
coordinator field (the form, an import) is recorded with the form's reason and the session user.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain import overdracht as regels

VELD = "coordinatoren"


def _periodes(doc) -> list[regels.Periode]:
	return [
		regels.Periode(
			r.coordinator, getdate(r.van), getdate(r.tot) if r.tot else None, r.reden or "", r.door or ""
		)
		for r in doc.get(VELD) or []
	]


def werk_bij(doc, today) -> None:
	"""Gezin.validate: a change of coordinator closes the open period and opens the next one."""
	before = doc.get_doc_before_save()
	oud = before.coordinator if before else None
	given = doc.flags.get("overdracht") or {}
	begin = getdate(doc.aanmelddatum) if doc.aanmelddatum else today
	op = begin if before is None else today
	current = _periodes(doc)
	after = regels.na_wissel(
		current,
		oud,
		doc.coordinator,
		op,
		given.get("reden") or ("" if before is None else _(regels.REDEN_FORMULIER)),
		given.get("door") or frappe.session.user,
		begin=begin,
	)
	if after == current:
		return
	rows = doc.get(VELD) or []
	for row, periode in zip(rows, after, strict=False):  # a change only closes periods and adds one
		row.tot = periode.tot
	for p in after[len(rows) :]:
		doc.append(
			VELD, {"coordinator": p.coordinator, "van": p.van, "tot": p.tot, "reden": p.reden, "door": p.door}
		)
