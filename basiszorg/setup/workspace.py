"""The Basiszorg workspace's count on its Gezinnen shortcut, written from the domain's state names
(the workspace JSON holds no state name). Set when the shortcut has no filter of its own, so an
administrator's filter stays."""

import json

import frappe

from basiszorg.domain.traject import WACHT_OP_BESLUIT

WORKSPACE = "Basiszorg"
FAMILIES_SHORTCUT = "Gezinnen"


def awaiting_decision_filter() -> str:
	return json.dumps([["Gezin", "workflow_state", "in", list(WACHT_OP_BESLUIT)]])


def ensure_shortcut_counts() -> None:
	if not frappe.db.exists("Workspace", WORKSPACE):
		return
	rows = frappe.get_all(
		"Workspace Shortcut",
		filters={"parent": WORKSPACE, "parenttype": "Workspace", "label": FAMILIES_SHORTCUT},
		fields=["name", "stats_filter"],
	)
	for row in rows:
		if not (row.stats_filter or "").strip("[] "):
			frappe.db.set_value("Workspace Shortcut", row.name, "stats_filter", awaiting_decision_filter())
