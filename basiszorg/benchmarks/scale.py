"""Benchmark at scale: the three things a coordinator and a professional wait for, against plain SQL.

Run with ``bench --site S basiszorg-benchmark scale --sizes 10000,100000`` on a site without real
data. For each size the site is filled with bulk families (``basiszorg.demo.bulk``: the demo
generator's fast path, same derived fields) and three consents per family, then it prints the median
server time of:

- the Resultaten report over two years of closures (as a coordinator), next to three plain joins
  handed to the same pure aggregation (``benchmarks/resultaten.py``; the rows are checked equal);
- the Wachtlijst report (``frappe.desk.query_report.run`` as a coordinator);
- a professional's Gezin list view (first page of 20 by modified, plus the count, through the
  consent rules);
- loading one family's form (``frappe.desk.form.load.getdoc`` as a coordinator);
- each Mijn gezin page for the parent of a family on the waitlist (rendered as the web server does,
  ``frappe.website.serve.get_response``), next to the SQL floor of any page: the member's row, the
  family's record and its members;

each next to a hand-written indexed SQL query returning the same rows, and the ratio.
"""

import frappe

from basiszorg.benchmarks import resultaten, wachtlijst
from basiszorg.benchmarks.permissions import FIELDS, OTHER_PROFESSIONALS, _professional
from basiszorg.benchmarks.wachtlijst import BASELINE_SQL, _benchmark_user, _median_ms
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
ALL_SQL = """
	select g.name, g.gezinsnaam, g.workflow_state, g.coordinator, g.modified
	from `tabGezin` g order by g.modified desc limit 20
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


MIJN_GEZIN = {
	"mijn_gezin_index": "/mijn-gezin",
	"mijn_gezin_plan": "/mijn-gezin/plan",
	"mijn_gezin_overleggen": "/mijn-gezin/overleggen",
	"mijn_gezin_toestemming": "/mijn-gezin/toestemming",
}
PARENT = "benchmark-ouder@demo.basiszorg.example"


def _waiting_parent() -> str:
	"""The parent of the bulk family last on the waitlist, on Mijn gezin."""
	from basiszorg.domain.leden import OUDER
	from basiszorg.domain.traject import WACHTLIJST

	gezin = frappe.db.get_value(
		"Gezin",
		{"name": ["like", f"{bulk.PREFIX}%"], "workflow_state": WACHTLIJST},
		"name",
		order_by="name desc",
	)
	lid = frappe.db.get_value("Gezinslid", {"parent": gezin, "parenttype": "Gezin", "rol": OUDER}, "name")
	frappe.db.set_value("Gezinslid", {"portaal_gebruiker": PARENT}, "portaal_gebruiker", None)
	return bulk.portal_account(lid, PARENT, frappe.generate_hash(length=20))


def _page(path: str):
	from frappe.utils import set_request
	from frappe.website.serve import get_response

	def render():
		set_request(path=path, method="GET")
		response = get_response()
		assert response.status_code == 200, (path, response.status_code)
		return response

	return render


def _page_floor(parent: str):
	def floor():
		gezin = frappe.db.sql(
			"select parent from `tabGezinslid` where portaal_gebruiker = %s and parenttype = 'Gezin'", parent
		)[0][0]
		frappe.db.sql("select * from `tabGezin` where name = %s", gezin, as_dict=True)
		return frappe.db.sql(
			"select * from `tabGezinslid` where parent = %s and parenttype = 'Gezin' order by idx",
			gezin,
			as_dict=True,
		)

	return floor


def measure(size: int, repeat: int) -> dict:
	from frappe.desk.form.load import getdoc
	from frappe.desk.query_report import run as run_report

	coordinator, professional = _benchmark_user(), _professional()
	users = [professional] + [f"bench-hv-{n}@demo.basiszorg.example" for n in range(OTHER_PROFESSIONALS)]
	bulk.fill(size)
	bulk.fill_consents(size * CONSENTS_PER_FAMILY, size, users)
	bulk.close_families()
	bulk.fill_metingen()
	frappe.db.sql(
		"analyze table `tabGezin`, `tabGezinslid`, `tabBasiszorg Toegang`, `tabMeting`, `tabMeting Doel`, `tabMeting Basiszorg`"
	)
	family = frappe.db.get_value("Gezin", {"name": ["like", f"{bulk.PREFIX}%"]}, "name", order_by="name desc")

	def list_view():
		rows = frappe.get_list("Gezin", fields=FIELDS, order_by="`tabGezin`.`modified` desc", limit=20)
		return rows, count("Gezin")

	def form_sql():
		frappe.db.sql("select * from `tabGezin` where name = %s", family, as_dict=True)
		return frappe.db.sql(
			"select * from `tabGezinslid` where parent = %s order by idx", family, as_dict=True
		)

	waiting = wachtlijst.baseline_values()
	if not wachtlijst.same_rows(
		_as(coordinator, lambda: run_report(RAPPORT, filters={})["result"])(),
		frappe.db.sql(BASELINE_SQL, waiting, as_dict=True),
	):
		raise AssertionError("the Wachtlijst report and its plain SQL disagree")
	period = resultaten.filters()
	app_rows = _as(coordinator, lambda: resultaten.report(period))()
	if not resultaten.same_rows(app_rows, resultaten.plain_sql(period)):
		raise AssertionError("the Resultaten report and its plain SQL disagree")
	timings = {
		"resultaten": (
			_median_ms(_as(coordinator, lambda: resultaten.report(period)), repeat)[0],
			_median_ms(lambda: resultaten.plain_sql(period), repeat)[0],
		),
		"wachtlijst": (
			_median_ms(_as(coordinator, lambda: run_report(RAPPORT, filters={})), repeat)[0],
			_median_ms(lambda: frappe.db.sql(BASELINE_SQL, waiting, as_dict=True), repeat)[0],
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
		# the same list as the Administrator (no rules at all) against its own plain SQL: what
		# Frappe's get_list costs by itself, the floor under the professional's ratio
		"beheerder_lijst": (
			_median_ms(_as("Administrator", list_view), repeat)[0],
			_median_ms(
				lambda: (
					frappe.db.sql(ALL_SQL),
					frappe.db.sql("select count(*) from `tabGezin`"),
				),
				repeat,
			)[0],
		),
		"formulier_laden": (
			_median_ms(_as(coordinator, lambda: getdoc("Gezin", family)), repeat)[0],
			_median_ms(form_sql, repeat)[0],
		),
	}
	parent = _waiting_parent()
	floor = _median_ms(_page_floor(parent), repeat)[0]
	for name, path in MIJN_GEZIN.items():
		_as(parent, _page(path))()  # the first rendering fills the caches, as any earlier visit did
		timings[name] = (_median_ms(_as(parent, _page(path)), repeat)[0], floor)
	return {
		name: {
			"app_ms": round(app, 1),
			"sql_ms": round(sql, 2),
			"ratio": round(app / sql, 1) if sql else None,
		}
		for name, (app, sql) in timings.items()
	} | {
		"gezinnen": frappe.db.count("Gezin"),
		"metingen": frappe.db.count("Meting"),
		"afgesloten": sum(r["afgesloten"] for r in app_rows),
	}


def run(sizes: str = "10000,100000", repeat: int = 7) -> str:
	lines = [f"{'gezinnen':>10}  {'meting':<24}{'app (ms)':>10}{'sql (ms)':>10}{'ratio':>8}"]
	results = []
	for size in sorted(int(s) for s in sizes.split(",")):
		result = measure(size, repeat)
		results.append(result)
		lines.append(f"{result['gezinnen']:>10}  ({result['metingen']} metingen, {result['afgesloten']} afgesloten in de periode)")
		for name in ("resultaten", "wachtlijst", "hulpverlener_lijst", "beheerder_lijst", "formulier_laden", *MIJN_GEZIN):
			r = result[name]
			lines.append(
				f"{result['gezinnen']:>10}  {name:<24}{r['app_ms']:>10}{r['sql_ms']:>10}{r['ratio']:>8}"
			)
	if len(results) > 1:
		lines.append(form_load_verdict(results[0], results[-1]))
	return "\n".join(lines)


NOISE = 0.25  # two medians of the same work on this shared machine differ by up to a quarter


def form_load_verdict(small: dict, large: dict) -> str:
	"""Whether loading a form stays constant from the smallest to the largest size, in words."""
	a, b = small["formulier_laden"]["app_ms"], large["formulier_laden"]["app_ms"]
	same = abs(b - a) <= NOISE * min(a, b)
	return f"formulier_laden: {a} ms at {small['gezinnen']} and {b} ms at {large['gezinnen']} families: " + (
		"within noise (constant)" if same else "NOT within noise: it grows with the families"
	)
