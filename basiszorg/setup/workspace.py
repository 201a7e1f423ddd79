"""The counts on the Basiszorg workspace's shortcuts, written from the domain's state names (the
workspace JSON holds no state name): families awaiting a decision, and registrations from the
website still to judge. Set when a shortcut has no filter of its own, so an administrator's
filter stays."""

import json

import frappe

from basiszorg.domain.aanmelding import NIEUW
from basiszorg.domain.traject import WACHT_OP_BESLUIT
from basiszorg.permissions.registry import AANMELDING, GEZIN

WORKSPACE = "Basiszorg"
FAMILIES_SHORTCUT = "Gezinnen"
REGISTRATIONS_SHORTCUT = "Aanmeldingen via de website"


def awaiting_decision_filter() -> str:
	return json.dumps([[GEZIN, "workflow_state", "in", list(WACHT_OP_BESLUIT)]])


def new_registrations_filter() -> str:
	return json.dumps([[AANMELDING, "status", "=", NIEUW]])


SHORTCUT_FILTERS = {FAMILIES_SHORTCUT: awaiting_decision_filter, REGISTRATIONS_SHORTCUT: new_registrations_filter}


def ensure_shortcut_counts() -> None:
	if not frappe.db.exists("Workspace", WORKSPACE):
		return
	rows = frappe.get_all(
		"Workspace Shortcut",
		filters={"parent": WORKSPACE, "parenttype": "Workspace", "label": ["in", list(SHORTCUT_FILTERS)]},
		fields=["name", "label", "stats_filter"],
	)
	for row in rows:
		if not (row.stats_filter or "").strip("[] "):
			frappe.db.set_value("Workspace Shortcut", row.name, "stats_filter", SHORTCUT_FILTERS[row.label]())
