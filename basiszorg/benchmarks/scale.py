"""Benchmark at scale: the three things a coordinator and a professional wait for, against plain SQL.

Run with ``bench --site S basiszorg-benchmark scale --sizes 10000,100000`` on a site without real
data. For each size the site is filled with bulk families (``basiszorg.demo.bulk``: the demo
generator's fast path, same derived fields) and three consents per family, then it prints the median
server time of:

- the Wachtlijst report (``frappe.desk.query_report.run`` as a coordinator);
- a professional's Gezin list view (first page of 20 by modified, plus the count, through the
  consent rules);
- loading one family's form (``frappe.desk.form.load.getdoc`` as a coordinator);

each next to a hand-written indexed SQL query returning the same rows, and the ratio.
"""

import frappe

from basiszorg.benchmarks.permissions import FIELDS, OTHER_PROFESSIONALS, _professional
from basiszorg.benchmarks.wachtlijst import BASELINE_SQL, BASELINE_VALUES, _benchmark_user, _median_ms
from basiszorg.compat import count
from basiszorg.demo import bulk
from basiszorg.domain.wachtlijst import RAPPORT

CONSENTS_PER_FAMILY = 3

PROFESSIONAL_SQL = """
	select g.name, g.gezinsnaam, g.workflow_state, g.coordinator, g.modified
	from `tabGezin` g
	where g.name in (select i.gezin from `tabBasiszorg Toegang` i where i.user = %(user)s and i.gezinsgegevens = 1
		and (i.geldig_tot is null or i.geldig_tot >= curdate()))
	order by g.modified desc limit 20
"""
PROFESSIONAL_COUNT_SQL = """
	select count(*) from `tabGezin` g
	where g.name in (select i.gezin from `tabBasiszorg Toegang` i where i.user = %(user)s and i.gezinsgegevens = 1
		and (i.geldig_tot is null or i.geldig_tot >= curdate()))
"""


def _as(user, fn):
	def run():
		frappe.set_user(user)
		try:
			return fn()
		finally:
			frappe.set_user("Administrator")

	return run


def measure(size: int, repeat: int) -> dict:
	from frappe.desk.form.load import getdoc
	from frappe.desk.query_report import run as run_report

	coordinator, professional = _benchmark_user(), _professional()
	users = [professional] + [f"bench-hv-{n}@demo.basiszorg.example" for n in range(OTHER_PROFESSIONALS)]
	bulk.fill(size)
	bulk.fill_consents(size * CONSENTS_PER_FAMILY, size, users)
	frappe.db.sql("analyze table `tabGezin`, `tabGezinslid`, `tabBasiszorg Toegang`")
	family = frappe.db.get_value("Gezin", {"name": ["like", f"{bulk.PREFIX}%"]}, "name", order_by="name desc")

	def list_view():
		rows = frappe.get_list("Gezin", fields=FIELDS, order_by="`tabGezin`.`modified` desc", limit=20)
		return rows, count("Gezin")

	def form_sql():
		frappe.db.sql("select * from `tabGezin` where name = %s", family, as_dict=True)
		return frappe.db.sql(
			"select * from `tabGezinslid` where parent = %s order by idx", family, as_dict=True
		)

	timings = {
		"wachtlijst": (
			_median_ms(_as(coordinator, lambda: run_report(RAPPORT, filters={})), repeat)[0],
			_median_ms(lambda: frappe.db.sql(BASELINE_SQL, BASELINE_VALUES, as_dict=True), repeat)[0],
		),
		"hulpverlener_lijst": (
			_median_ms(_as(professional, list_view), repeat)[0],
			_median_ms(
				lambda: (
					frappe.db.sql(PROFESSIONAL_SQL, {"user": professional}),
					frappe.db.sql(PROFESSIONAL_COUNT_SQL, {"user": professional}),
				),
				repeat,
			)[0],
		),
		"formulier_laden": (
			_median_ms(_as(coordinator, lambda: getdoc("Gezin", family)), repeat)[0],
			_median_ms(form_sql, repeat)[0],
		),
	}
	return {
		name: {
			"app_ms": round(app, 1),
			"sql_ms": round(sql, 2),
			"ratio": round(app / sql, 1) if sql else None,
		}
		for name, (app, sql) in timings.items()
	} | {"gezinnen": frappe.db.count("Gezin")}


def run(sizes: str = "10000,100000", repeat: int = 7) -> str:
	lines = [f"{'gezinnen':>10}  {'meting':<20}{'app (ms)':>10}{'sql (ms)':>10}{'ratio':>8}"]
	for size in sorted(int(s) for s in sizes.split(",")):
		result = measure(size, repeat)
		for name in ("wachtlijst", "hulpverlener_lijst", "formulier_laden"):
			r = result[name]
			lines.append(
				f"{result['gezinnen']:>10}  {name:<20}{r['app_ms']:>10}{r['sql_ms']:>10}{r['ratio']:>8}"
			)
	return "\n".join(lines)
