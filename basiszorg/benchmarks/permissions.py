"""Benchmark: a professional's Gezin list (consent rules) next to the same list for an administrator.

Run with ``bench --site S basiszorg-benchmark permissions --families 100000 --consents 300000``.
Fills bulk families and consents (grants included), then prints the median time of the list view's
two queries (first page of 20, ordered by modified, and the count) for a professional with only the
Hulpverlener role and for the Administrator, and the EXPLAIN of the professional's list query.
"""

import frappe

from basiszorg.benchmarks.wachtlijst import _median_ms
from basiszorg.compat import count, list_sql
from basiszorg.demo import bulk
from basiszorg.setup.roles import HULPVERLENER

PROFESSIONAL = "benchmark-hulpverlener@demo.basiszorg.example"
OTHER_PROFESSIONALS = 999
FIELDS = ["name", "gezinsnaam", "workflow_state", "coordinator", "modified"]


def _professional() -> str:
	from basiszorg.benchmarks.wachtlijst import benchmark_user

	return benchmark_user(PROFESSIONAL, HULPVERLENER)


def _list_view(user: str) -> tuple:
	frappe.set_user(user)
	rows = frappe.get_list("Gezin", fields=FIELDS, order_by="`tabGezin`.`modified` desc", limit=20)
	return rows, count("Gezin")


def run(families: int = 100000, consents: int = 300000, repeat: int = 7) -> dict:
	professional = _professional()
	users = [professional] + [f"bench-hv-{n}@demo.basiszorg.example" for n in range(OTHER_PROFESSIONALS)]
	bulk.fill(families)
	bulk.fill_consents(consents, families, users)
	frappe.db.sql("analyze table `tabGezin`, `tabBasiszorg Toegang`")
	prof_ms, (_prof_rows, prof_count) = _median_ms(lambda: _list_view(professional), repeat)
	admin_ms, (_admin_rows, admin_count) = _median_ms(lambda: _list_view("Administrator"), repeat)
	frappe.set_user(professional)
	query = list_sql("Gezin", fields=FIELDS, order_by="`tabGezin`.`modified` desc", limit=20)
	explain = frappe.db.sql(f"explain {query}", as_dict=True)
	frappe.set_user("Administrator")
	return {
		"families_on_site": frappe.db.count("Gezin"),
		"consents_on_site": frappe.db.count("Toestemming"),
		"grants_on_site": frappe.db.count("Basiszorg Toegang"),
		"professional_sees": prof_count,
		"administrator_sees": admin_count,
		"professional_list_ms": round(prof_ms, 1),
		"administrator_list_ms": round(admin_ms, 1),
		"ratio": round(prof_ms / admin_ms, 2) if admin_ms else None,
		"explain": "\n"
		+ "\n".join(
			f"  {r.get('table')}: type={r.get('type')} key={r.get('key')} rows={r.get('rows')} extra={r.get('Extra')}"
			for r in explain
		),
	}
