# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""How many families each coordinator carries, per state (through frappe.get_list).

Counted in Python over the rows the session user may read (one query, no SQL aggregate strings,
which Frappe v16 refuses in get_list)."""

from collections import Counter

import frappe
from frappe import _
from frappe.utils import get_fullname

from basiszorg.domain.traject import CASELOAD, LOPEND

STATES = CASELOAD


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	counts = Counter(
		(row.coordinator or "", row.workflow_state)
		for row in frappe.get_list(
			"Gezin",
			filters={"workflow_state": ["in", STATES]},
			fields=["coordinator", "workflow_state"],
			limit=0,
		)
	)
	per = {}
	for (coordinator, state), n in counts.items():
		per.setdefault(coordinator, dict.fromkeys(STATES, 0))[state] = n

	def running(values) -> int:
		return sum(values[state] for state in LOPEND)

	rows = [
		{
			"coordinator": key or None,
			"naam": get_fullname(key) if key else _("(geen coördinator)"),
			**values,
			"lopend": running(values),
		}
		for key, values in sorted(per.items(), key=lambda kv: -running(kv[1]))
	]
	columns = [
		{"fieldname": "naam", "label": _("Coördinator"), "fieldtype": "Data", "width": 200},
		{
			"fieldname": "coordinator",
			"label": _("Gebruiker"),
			"fieldtype": "Link",
			"options": "User",
			"width": 200,
		},
		*[{"fieldname": s, "label": _(s), "fieldtype": "Int", "width": 100} for s in STATES],
		{"fieldname": "lopend", "label": _("Lopende trajecten"), "fieldtype": "Int", "width": 130},
	]
	chart = {
		"data": {
			"labels": [r["naam"] for r in rows],
			"datasets": [{"name": _(s), "values": [r[s] for r in rows]} for s in STATES],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
	}
	return columns, rows, None, chart
