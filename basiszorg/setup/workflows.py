"""Create the workflows shipped in ``basiszorg/workflow/*.json`` when they are missing.

A workflow that already exists is left exactly as it is, so what an administrator changed in
the desk (states, transitions, roles, conditions) survives ``bench migrate`` and upgrades.
"""

import json
from pathlib import Path

import frappe

WORKFLOW_DIR = Path(__file__).resolve().parent.parent / "workflow"


def shipped_workflows() -> list[dict]:
	return [json.loads(path.read_text()) for path in sorted(WORKFLOW_DIR.glob("*.json"))]


def ensure_workflows() -> list[str]:
	"""Insert every shipped workflow that does not exist yet; returns the names created."""
	created = []
	for definition in shipped_workflows():
		if frappe.db.exists("Workflow", definition["workflow_name"]):
			continue
		if not frappe.db.exists("DocType", definition["document_type"]):
			continue  # its doctype arrives in a later migrate step
		_ensure_masters(definition)
		doc = frappe.get_doc(_without_master_fields(definition))
		doc.insert(ignore_permissions=True)
		created.append(doc.name)
	return created


def remove_workflows() -> None:
	"""Delete the shipped workflows (used before uninstall, when their doctypes go away)."""
	for definition in shipped_workflows():
		if frappe.db.exists("Workflow", definition["workflow_name"]):
			frappe.delete_doc("Workflow", definition["workflow_name"], ignore_permissions=True, force=True)


def _ensure_masters(definition: dict) -> None:
	for state in definition["states"]:
		if not frappe.db.exists("Workflow State", state["state"]):
			frappe.get_doc(
				{
					"doctype": "Workflow State",
					"workflow_state_name": state["state"],
					"style": state.get("style", ""),
				}
			).insert(ignore_permissions=True)
	for transition in definition["transitions"]:
		if not frappe.db.exists("Workflow Action Master", transition["action"]):
			frappe.get_doc(
				{"doctype": "Workflow Action Master", "workflow_action_name": transition["action"]}
			).insert(ignore_permissions=True)


def _without_master_fields(definition: dict) -> dict:
	doc = dict(definition)
	doc["states"] = [{k: v for k, v in state.items() if k != "style"} for state in definition["states"]]
	return doc
