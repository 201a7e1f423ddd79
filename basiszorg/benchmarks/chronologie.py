"""Benchmark: the chronology of one busy family, as a coordinator, through the report.

Run with ``bench --site S basiszorg-benchmark chronologie`` (on a site without real data). Makes
(once) a family with 10 meetings, 3 adopted plan versions and 50 contacts, then prints the median
server time of ``frappe.desk.query_report.run`` of the Chronologie report (through the permission
layer) and the number of events. The goal in the README: under 300 ms.
"""

import frappe
from frappe.utils import add_days, getdate

from basiszorg.benchmarks.wachtlijst import _median_ms, benchmark_user
from basiszorg.domain.overleg import VERSLAG_VERZONDEN
from basiszorg.domain.zorgplan import VASTGESTELD, VERVANGEN
from basiszorg.setup.roles import COORDINATOR

NAME = "bz-test Benchmark Chronologie"  # removed again by the test suites' clean-up


def _busy_family(coordinator: str) -> str:
	existing = frappe.db.get_value("Gezin", {"gezinsnaam": NAME})
	if existing:
		return existing
	from basiszorg.tests import factories

	net = factories.network()
	family = factories.active_family(net, days_ago=400, gezinsnaam=NAME, coordinator=coordinator)
	start = add_days(getdate(), -380)
	for n in range(10):
		meeting = factories.meeting(family.name, days_from_now=-370 + n * 35, voorzitter=coordinator)
		frappe.db.set_value(
			"Overleg",
			meeting.name,
			{"workflow_state": VERSLAG_VERZONDEN, "verzonden_op": add_days(start, n * 35 + 2)},
		)
	for version in (1, 2, 3):
		plan = factories.adopted_plan(family.name)
		state = VASTGESTELD if version == 3 else VERVANGEN
		frappe.db.set_value(
			"Zorgplan",
			plan.name,
			{"versie": version, "workflow_state": state, "geldig_vanaf": add_days(start, version * 100)},
		)
	for n in range(50):
		frappe.get_doc(
			{
				"doctype": "Contactmoment",
				"gezin": family.name,
				"datum": add_days(start, n * 7),
				"met_wie": "Ouder",
				"naam": "Sanne",
				"hoe": "Telefoon",
				"notitie": f"Contact {n}",
			}
		).insert()
	return family.name


def run(repeat: int = 7) -> dict:
	from frappe.desk.query_report import run as run_report

	coordinator = benchmark_user("benchmark-coordinator@demo.basiszorg.example", COORDINATOR)
	gezin = _busy_family(coordinator)
	frappe.set_user(coordinator)
	ms, report = _median_ms(lambda: run_report("Chronologie", filters={"gezin": gezin}), repeat)
	frappe.set_user("Administrator")
	return {
		"family": gezin,
		"meetings": frappe.db.count("Overleg", {"gezin": gezin}),
		"plan_versions": frappe.db.count("Zorgplan", {"gezin": gezin}),
		"contacts": frappe.db.count("Contactmoment", {"gezin": gezin}),
		"events": len(report["result"]),
		"report_ms_median": round(ms, 1),
		"goal_ms": 300,
	}
