"""Benchmark: the *Resultaten* report against plain indexed SQL returning the same rows.

The report reads the closed families through the permission rules (``frappe.get_list`` as the
session user), their measurements and rows in batches, and aggregates them with the pure rules of
``domain.resultaten``. The baseline reads the same rows with three hand-written joins on the
indexed columns and hands them to the same pure aggregation, so the ratio is what the permission
layer and Frappe's query builder cost. ``scale.py`` runs it at each size."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.domain import resultaten as regels
from basiszorg.domain.afsluiting import OORDELEN
from basiszorg.domain.traject import AFGESLOTEN

REPORT = "Resultaten"
CLOSED = """from `tabGezin` g where g.`workflow_state` = %(state)s and g.`afsluitdatum` between %(van)s and %(tot)s"""


def filters(today=None) -> dict:
	"""The two years before today: every closed bulk family falls inside."""
	today = getdate(today)
	return {"van": str(today - timedelta(days=730)), "tot": str(today)}


def plain_sql(values: dict) -> list[dict]:
	"""The report's rows from three plain queries and the same aggregation."""
	params = {"state": AFGESLOTEN, "van": values["van"], "tot": values["tot"], "door": regels.COORDINATOR}
	families = frappe.db.sql(f"select g.`name`, g.`afsluitdatum`, g.`oordeel_ouders` {CLOSED}", params, as_dict=True)
	measured = frappe.db.sql(
		f"""select m.`name`, m.`gezin`, m.`datum`, m.`moment`, m.`door`, m.`draagkracht`, m.`draaglast`
		from `tabMeting` m where m.`door` = %(door)s and m.`gezin` in (select g.`name` {CLOSED}) order by m.`datum`, m.`creation`, m.`name`""",
		params,
		as_dict=True,
	)
	goals = frappe.db.sql(
		f"""select d.`parent`, d.`doel_id`, d.`score` from `tabMeting Doel` d join `tabMeting` m on m.`name` = d.`parent`
		where m.`door` = %(door)s and m.`gezin` in (select g.`name` {CLOSED})""",
		params,
	)
	care = frappe.db.sql(
		f"""select b.`parent`, b.`over_lid`, b.`element`, b.`score` from `tabMeting Basiszorg` b
		join `tabMeting` m on m.`name` = b.`parent` where m.`door` = %(door)s and m.`gezin` in (select g.`name` {CLOSED})""",
		params,
	)
	per_meting: dict = {m.name: ({}, {}) for m in measured}
	for parent, doel_id, score in goals:
		if score not in (None, "") and parent in per_meting:
			per_meting[parent][0][doel_id] = int(score)
	for parent, lid, element, score in care:
		if score not in (None, "") and parent in per_meting:
			per_meting[parent][1][(lid, element)] = int(score)
	per_family: dict = {}
	for m in measured:
		doelen, zorg = per_meting[m.name]
		per_family.setdefault(m.gezin, []).append(
			regels.Meting(
				datum=getdate(m.datum),
				moment=m.moment,
				door=m.door,
				doelen=doelen,
				basiszorg=zorg,
				draagkracht=int(m.draagkracht) if m.draagkracht else None,
				draaglast=int(m.draaglast) if m.draaglast else None,
			)
		)
	rows = [
		q.als_rij()
		for q in regels.per_kwartaal(
			[
				{"afsluitdatum": getdate(f.afsluitdatum), "oordeel": f.oordeel_ouders, "metingen": per_family.get(f.name, [])}
				for f in families
			]
		)
	]
	for row in rows:  # as the report writes them: a zero for a judgement nobody gave
		for oordeel in OORDELEN:
			row.setdefault(f"oordeel_{oordeel}", 0)
	return rows


def report(values: dict) -> list[dict]:
	from frappe.desk.query_report import run

	return [r for r in run(REPORT, filters=values)["result"] if isinstance(r, dict)]


def comparable(rows: list[dict], keys) -> list[dict]:
	return [{k: r.get(k) for k in keys} for r in rows]


def same_rows(app_rows: list[dict], sql_rows: list[dict]) -> bool:
	keys = set().union(*(r.keys() for r in sql_rows)) if sql_rows else set()
	return comparable(app_rows, keys) == comparable(sql_rows, keys)
