"""A family's measurements as the reader may see them (through the permission rules: a child's
part stays closed where no consent covers it), as the pure rules take them, and as the picture
over time: the coordinator's view beside the family's own."""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain import resultaten as regels
from basiszorg.domain.resultatengrafiek import SMAL, Reeks, svg, tekst
from basiszorg.permissions import rules
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
		("Meting Doel", "doelen", ["parent", "over_lid", "doel_id", "doel", "score"]),
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


def within_parts(stored: list, covered: set[str] | None) -> list:
	"""The measurements and rows about the children in ``covered`` only (None: all): a youngster's
	own measurement, and each row about one child, are that child's part."""
	if covered is None:
		return stored
	return [
		frappe._dict(
			m,
			doelen=[d for d in m.doelen if rules.row_visible(d, "over_lid", covered)],
			basiszorg=[b for b in m.basiszorg if rules.row_visible(b, "over_lid", covered)],
		)
		for m in stored
		if rules.row_visible(m, "over_lid", covered)
	]


def picture(gezin: str, reader=frappe.get_list) -> dict:
	"""The chart of basic care over time (the coordinator's view and the family's own), the words
	beside it, and what changed since the start."""
	return picture_of(of_family(gezin, reader))


def picture_of(stored: list) -> dict:
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
	drawn = any(s.punten for s in series)
	return {
		"svg": svg(series, min(care), max(care), title) if drawn else "",
		"svg_smal": svg(series, min(care), max(care), title, breedte=SMAL) if drawn else "",
		"tekst": tekst(series),
		"veranderd": [b.tekst(_) for b in regels.wat_veranderde(metingen, names)],
		"aantal": len(stored),
		"doelbereik": regels.doelbereik(metingen),
	}


def for_minutes(meeting) -> dict | None:
	"""The page of the printed evaluation: the picture up to and including this meeting, and each
	goal from its first score to its last, as the reader of the print may see them (the printing
	user, or the recipient it is rendered for). None for other meetings, for a reader the consent
	does not open the measurements to, and when nothing was measured yet."""
	import base64

	from basiszorg.permissions.parts import print_reader

	if meeting.get("type") not in regels.BEELD_IN_VERSLAG:
		return None
	opened, covered = print_reader(meeting, METING)
	if not opened:
		return None
	day = getdate(meeting.starts_on)
	stored = regels.tot_en_met(within_parts(of_family(meeting.gezin), covered), day, lambda m: getdate(m.datum))
	if not stored:
		return None
	shown = picture_of(stored)
	shown["van_coordinator"] = sum(1 for m in stored if m.door == regels.COORDINATOR)
	words = {d.doel_id: d.doel for m in stored for d in m.doelen}
	meaning = dict(schalen.waarden(regels.DOELBEREIK))

	def score(value: int) -> str:
		return f"{value} ({_(meaning[value])})" if value in meaning else str(value)

	shown["doelen"] = [
		{
			"doel": words.get(v.doel_id) or "",
			"eerste": score(v.eerste),
			"laatste": score(v.laatste),
			"aantal": v.aantal,
			"richting": {1: _("beter"), 0: _("gelijk"), -1: _("minder")}[v.richting],
		}
		for v in regels.verloop_per_doel(as_domain(stored))
	]
	if shown["svg"]:
		shown["src"] = "data:image/svg+xml;base64," + base64.b64encode(shown["svg"].encode()).decode()
	return shown
