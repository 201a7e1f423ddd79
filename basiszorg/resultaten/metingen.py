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
ROW_FIELDS = {
	"doelen": ["parent", "over_lid", "doel_id", "doel", "score"],
	"basiszorg": ["parent", "over_lid", "kind", "element", "score"],
}
ROW_TABLES = {"doelen": "Meting Doel", "basiszorg": "Meting Basiszorg"}
ORDER = "datum asc, creation asc, name asc"


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
		METING,
		filters={"gezin": ["in", gezinnen]},
		fields=["gezin", *FIELDS],
		order_by=ORDER,
		limit_page_length=0,
	)
	by_name = {r.name: frappe._dict(r, doelen=[], basiszorg=[]) for r in rows}
	child = {"parent_doctype": METING} if reader is frappe.get_list else {}
	for field, fields in ROW_FIELDS.items():
		if not by_name:
			break
		for row in reader(
			ROW_TABLES[field],
			filters={"parent": ["in", list(by_name)], "parenttype": METING},
			fields=fields,
			limit_page_length=0,
			**child,
		):
			if row.parent in by_name:
				by_name[row.parent][field].append(row)
	result: dict[str, list] = {}
	for m in by_name.values():
		result.setdefault(m.gezin, []).append(m)
	return result


def figures_of(gezinnen: list[str]) -> dict[str, list[regels.Meting]]:
	"""gezin -> the coordinator's measurements as the pure rules take them, for the bureau's
	figures over many families: three queries through the permission rules, read as lists, only
	the columns the figures use (the family's own scores do not count in them)."""
	if not gezinnen:
		return {}
	stored = frappe.get_list(
		METING,
		filters={"gezin": ["in", gezinnen], "door": regels.COORDINATOR},
		fields=["name", "gezin", "datum", "moment", "door", "draagkracht", "draaglast"],
		order_by=ORDER,
		limit_page_length=0,
		as_list=True,
	)
	scores = {row[0]: ({}, {}) for row in stored}
	for field, fields in (
		("doelen", ["parent", "doel_id", "score"]),
		("basiszorg", ["parent", "over_lid", "element", "score"]),
	):
		if not scores:
			break
		into = 0 if field == "doelen" else 1
		for parent, *key, score in frappe.get_list(
			ROW_TABLES[field],
			filters={"parent": ["in", list(scores)], "parenttype": METING},
			fields=fields,
			order_by="parent asc",  # the order the parent index hands them over in: no sorting
			limit_page_length=0,
			as_list=True,
			parent_doctype=METING,
		):
			value = _int(score)
			if value is not None and parent in scores:
				scores[parent][into][key[0] if into == 0 else tuple(key)] = value
	result: dict[str, list] = {}
	for name, gezin, datum, moment, door, kracht, last in stored:
		doelen, zorg = scores[name]
		result.setdefault(gezin, []).append(
			regels.Meting(
				datum=getdate(datum),
				moment=moment,
				door=door,
				doelen=doelen,
				basiszorg=zorg,
				draagkracht=_int(kracht),
				draaglast=_int(last),
			)
		)
	return result


def as_domain(stored: list) -> list[regels.Meting]:
	return [
		regels.Meting(
			datum=getdate(m.datum),
			moment=m.moment,
			door=m.door,
			doelen={d.doel_id: _int(d.score) for d in m.doelen if _int(d.score) is not None},
			basiszorg={
				(b.over_lid, b.element): _int(b.score) for b in m.basiszorg if _int(b.score) is not None
			},
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
	stored = regels.tot_en_met(
		within_parts(of_family(meeting.gezin), covered), day, lambda m: getdate(m.datum)
	)
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
			"richting": {1: _("beter"), 0: _("gelijk"), -1: _("minder goed")}[v.richting],
		}
		for v in regels.verloop_per_doel(as_domain(stored))
	]
	if shown["svg"]:
		shown["src"] = "data:image/svg+xml;base64," + base64.b64encode(shown["svg"].encode()).decode()
	return shown
