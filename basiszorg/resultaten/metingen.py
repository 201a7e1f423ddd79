"""A family's measurements as the reader may see them (through the permission rules: a child's
part stays closed where no consent covers it), as the pure rules take them, and as the picture
over time: the coordinator's view beside the family's own."""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain import resultaten as regels
from basiszorg.domain.resultatengrafiek import Reeks, svg, tekst
from basiszorg.permissions.registry import METING
from basiszorg.resultaten import schalen

FIELDS = ["name", "datum", "moment", "door", "door_naam", "over_lid", "draagkracht", "draaglast", "overleg"]


def _int(waarde) -> int | None:
	return None if waarde in (None, "") else int(waarde)


def of_family(gezin: str, reader=frappe.get_list) -> list[frappe._dict]:
	"""One family's measurements with their rows, oldest first."""
	return of_families([gezin], reader).get(gezin, [])


def of_families(gezinnen: list[str], reader=frappe.get_list) -> dict[str, list[frappe._dict]]:
	"""gezin -> its measurements with their rows, oldest first, in three queries for any number
	of families (``reader``: get_list as the session user, through the permission rules)."""
	if not gezinnen:
		return {}
	rows = reader(
		METING, filters={"gezin": ["in", gezinnen]}, fields=["gezin", *FIELDS], order_by="datum asc, creation asc", limit_page_length=0
	)
	by_name = {r.name: frappe._dict(r, doelen=[], basiszorg=[]) for r in rows}
	child = {"parent_doctype": METING} if reader is frappe.get_list else {}
	for table, field, fields in (
		("Meting Doel", "doelen", ["parent", "doel_id", "doel", "score"]),
		("Meting Basiszorg", "basiszorg", ["parent", "over_lid", "kind", "element", "score"]),
	):
		if not by_name:
			break
		for row in reader(
			table, filters={"parent": ["in", list(by_name)], "parenttype": METING}, fields=fields, limit_page_length=0, **child
		):
			if row.parent in by_name:
				by_name[row.parent][field].append(row)
	result: dict[str, list] = {}
	for m in by_name.values():
		result.setdefault(m.gezin, []).append(m)
	return result


def as_domain(stored: list) -> list[regels.Meting]:
	return [
		regels.Meting(
			datum=getdate(m.datum),
			moment=m.moment,
			door=m.door,
			doelen={d.doel_id: _int(d.score) for d in m.doelen if _int(d.score) is not None},
			basiszorg={(b.over_lid, b.element): _int(b.score) for b in m.basiszorg if _int(b.score) is not None},
			draagkracht=_int(m.draagkracht),
			draaglast=_int(m.draaglast),
		)
		for m in stored
	]


def picture(gezin: str, reader=frappe.get_list) -> dict:
	"""The chart of basic care over time (the coordinator's view and the family's own), the words
	beside it, and what changed since the start."""
	stored = of_family(gezin, reader)
	metingen = as_domain(stored)
	names = {b.over_lid: b.kind for m in stored for b in m.basiszorg}
	series = []
	for door, label in ((regels.COORDINATOR, _("Coördinator")), (None, _("Gezin zelf"))):
		points = []
		for m in metingen:
			if (m.door == door) if door else m.door != regels.COORDINATOR:
				mean = regels.gemiddelde(regels.basiszorg_per_kind(m).values())
				if mean is not None:
					points.append((m.datum, mean))
		series.append(Reeks(label, tuple(points)))
	care = schalen.toegestaan(regels.BASISZORG)
	title = _("Basiszorg van de kinderen (gemiddeld, {0} tot {1})").format(min(care), max(care))
	return {
		"svg": svg(series, min(care), max(care), title) if any(s.punten for s in series) else "",
		"tekst": tekst(series),
		"veranderd": [b.tekst(_) for b in regels.wat_veranderde(metingen, names)],
		"aantal": len(stored),
		"doelbereik": regels.doelbereik(metingen),
	}
