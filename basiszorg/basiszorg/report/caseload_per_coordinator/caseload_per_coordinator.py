# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""How many families each coordinator carries, per state (through frappe.get_list)."""

import frappe
from frappe import _
from frappe.utils import get_fullname

STATES = ("Wachtlijst", "Intake", "Actief")


def execute(filters=None):
	counts = frappe.get_list(
		"Gezin",
		filters={"workflow_state": ["in", STATES]},
		fields=["coordinator", "workflow_state", "count(name) as n"],
		group_by="coordinator, workflow_state",
		limit_page_length=0,
	)
	per = {}
	for row in counts:
		key = row.coordinator or ""
		per.setdefault(key, dict.fromkeys(STATES, 0))[row.workflow_state] = row.n
	rows = [
		{
			"coordinator": key or None,
			"naam": get_fullname(key) if key else _("(geen coördinator)"),
			**values,
			"lopend": values["Intake"] + values["Actief"],
		}
		for key, values in sorted(per.items(), key=lambda kv: -(kv[1]["Intake"] + kv[1]["Actief"]))
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
