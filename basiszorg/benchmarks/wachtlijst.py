"""Benchmark: the Wachtlijst report against the equivalent plain indexed SQL query.

Run with ``bench --site S basiszorg-benchmark wachtlijst --families 10000``. Prints the median
server time of the report (``frappe.desk.query_report.run`` as a coordinator, i.e. through the
permission layer) next to a hand-written SQL query returning the same rows, and their ratio.
"""

import statistics
import time

import frappe

from basiszorg.demo import bulk
from basiszorg.domain.traject import WACHTLIJST
from basiszorg.domain.wachtlijst import RAPPORT
from basiszorg.setup.roles import COORDINATOR

BASELINE_SQL = """
	select name, gezinsnaam, coordinator, wachtlijst_datum, prioriteit, prioriteit_reden,
		uiterste_startdatum, verwachte_startdatum, verwijzer_organisatie,
		greatest(floor(datediff(%(peildatum)s, wachtlijst_datum) / 7), 0) as wachtweken,
		floor(datediff(date_add(wachtlijst_datum, interval %(max_weken)s week), %(peildatum)s) / 7) as weken_tot_limiet,
		%(peildatum)s > date_add(wachtlijst_datum, interval %(max_weken)s week) as te_laat,
		row_number() over (
			order by case
				when %(te_laat_voor)s and %(peildatum)s > date_add(wachtlijst_datum, interval %(max_weken)s week) then -1
				when prioriteit then 0 else 1 end,
			wachtlijst_datum, name
		) as positie
	from `tabGezin`
	where workflow_state = %(wachtlijst)s
	order by positie
"""


def baseline_values(peildatum=None) -> dict:
	"""The same rows as the report: its position, waiting weeks, weeks to the limit and whether
	the limit has passed, computed in SQL from the bureau's norms."""
	from frappe.utils import getdate

	from basiszorg import instellingen

	normen = instellingen.normen()
	return {
		"wachtlijst": WACHTLIJST,
		"peildatum": getdate(peildatum),
		"max_weken": normen.max_wachtweken,
		"te_laat_voor": int(bool(normen.te_laat_voor_voorrang)),
	}


COMPARED = ("name", "positie", "wachtweken", "weken_tot_limiet", "te_laat", "prioriteit", "wachtlijst_datum")
COMPUTED = {"positie", "wachtweken", "weken_tot_limiet", "te_laat"}  # SQL hands these over as decimals


def same_rows(report_rows: list[dict], sql_rows: list[dict]) -> bool:
	def sql_value(row, key):
		return int(row[key]) if key in COMPUTED and row[key] is not None else row[key]

	return [tuple(r.get(k) for k in COMPARED) for r in report_rows] == [
		tuple(sql_value(r, k) for k in COMPARED) for r in sql_rows
	]


def _median_ms(fn, repeat: int) -> tuple[float, object]:
	timings, result = [], None
	for _ in range(repeat):
		started = time.perf_counter()
		result = fn()
		timings.append((time.perf_counter() - started) * 1000)
	return statistics.median(timings), result


def benchmark_user(email: str, role: str) -> str:
	"""A user with one role for timing requests as that role (created once)."""
	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": "Benchmark", "send_welcome_email": 0}
		)
		user.append("roles", {"role": role})
		user.insert(ignore_permissions=True)
	return email


def _benchmark_user() -> str:
	return benchmark_user("benchmark-coordinator@demo.basiszorg.example", COORDINATOR)


def run(families: int = 10000, repeat: int = 7) -> dict:
	from frappe.desk.query_report import run as run_report

	started = time.perf_counter()
	added = bulk.fill(families)
	fill_s = time.perf_counter() - started
	total = frappe.db.count("Gezin")
	user = _benchmark_user()
	frappe.set_user(user)
	frappe.db.sql("analyze table `tabGezin`")
	report_ms, report = _median_ms(lambda: run_report(RAPPORT, filters={}), repeat)
	values = baseline_values()
	sql_ms, rows = _median_ms(lambda: frappe.db.sql(BASELINE_SQL, values, as_dict=True), repeat)
	frappe.set_user("Administrator")
	result = {
		"families_on_site": total,
		"added": added,
		"fill_seconds": round(fill_s, 1),
		"waitlist_rows_report": len(report["result"]),
		"waitlist_rows_sql": len(rows),
		"report_ms": round(report_ms, 1),
		"sql_ms": round(sql_ms, 1),
		"ratio": round(report_ms / sql_ms, 1) if sql_ms else None,
	}
	return result
