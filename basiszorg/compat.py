"""The few places where Frappe v15 and v16 differ for basiszorg, in one module.

Everything else is written once for both majors.
"""

import importlib

import frappe
from frappe import _

FRAPPE_MAJOR = int(frappe.__version__.split(".")[0])

# What a ``has_permission`` hook returns when the rules allow (False always denies). Frappe v15
# stops at the first answer that is not None, so True there would skip Frappe's own and other
# apps' hooks: None lets them and the role permissions decide. Frappe v16 asks every hook and
# denies on any falsy answer, None included: True lets the others decide.
ALLOW = True if FRAPPE_MAJOR >= 16 else None


def count_field(alias: str = "n"):
	"""A COUNT(*) column for ``frappe.get_list``: v16 refuses SQL functions written as strings."""
	return {"COUNT": "*", "as": alias} if FRAPPE_MAJOR >= 16 else f"count(*) as {alias}"


def count(doctype: str, filters=None) -> int:
	"""How many records of ``doctype`` the session user may read (list rules applied)."""
	rows = frappe.get_list(doctype, filters=filters, fields=[count_field()], order_by=None, limit=0)
	return int(rows[0].n) if rows else 0


def list_sql(doctype: str, **kwargs) -> str:
	"""The SQL ``frappe.get_list`` would run (rules applied): v16 hands back a query object."""
	query = frappe.get_list(doctype, run=0, **kwargs)
	return query.get_sql() if FRAPPE_MAJOR >= 16 else query


def frappe_method(path: str):
	"""Frappe's whitelisted function at ``path``. Some exist in one major only (v16 replaced
	``frappe.client.validate_link`` by ``validate_link_and_fetch`` and added ``save.discard`` and
	``realtime.has_permission``); the app's wrapper of a method this Frappe lacks refuses the call
	as Frappe refuses any unknown method, so wiring a wrapper never creates an endpoint."""
	module, _dot, name = path.rpartition(".")
	try:
		function = getattr(importlib.import_module(module), name, None)
	except ImportError:  # a module of one major only (v16 dropped frappe.templates.includes.likes)
		function = None
	if function is None:
		frappe.throw(
			_("Failed to get method for command {0} with {1}").format(path, f"no {name} in {module}")
		)
	return function


def remove_desk_navigation(app: str) -> None:
	"""Frappe v16 shows an app through Workspace Sidebars and Desktop Icons (``<app>/workspace_sidebar/``
	and ``<app>/desktop_icon/``; v15 ignores both folders). Its uninstall removes only the icon named
	after the app, and its removal of the app's sidebars is never committed (16.9): both go here, as
	rows (deleting the documents would also delete the shipped files in developer mode)."""
	if FRAPPE_MAJOR < 16:
		return
	for doctype, children in (("Desktop Icon", "Has Role"), ("Workspace Sidebar", "Workspace Sidebar Item")):
		names = frappe.get_all(doctype, filters={"app": app}, pluck="name")
		if names:
			frappe.db.delete(children, {"parenttype": doctype, "parent": ["in", names]})
			frappe.db.delete(doctype, {"name": ["in", names]})
	frappe.cache.delete_key("desktop_icons")
	frappe.cache.delete_key("bootinfo")


ACTION_CONFIRMATION = "enable_action_confirmation"


@frappe.whitelist()
def get_value(doctype, fieldname, filters=None, as_dict=True, debug=False, parent=None):
	"""``frappe.client.get_value``. Before every workflow action the desk of Frappe v16 (16.9) asks it
	for the Workflow's ``enable_action_confirmation``, which only a System Manager may read, so no
	coordinator or committee member could act (frappe/frappe#34991, fixed upstream later). Whoever
	may read a doctype gets that one flag of its workflow; everything else goes to Frappe unchanged."""
	from frappe.client import get_value as frappe_get_value

	asked = frappe.parse_json(filters)
	if (
		doctype == "Workflow"
		and fieldname == ACTION_CONFIRMATION
		and isinstance(asked, dict)
		and list(asked) == ["document_type"]
		and isinstance(asked["document_type"], str)
		and frappe.get_meta("Workflow").has_field(ACTION_CONFIRMATION)
		and frappe.has_permission(asked["document_type"], "read")
	):
		value = frappe.db.get_value("Workflow", asked, ACTION_CONFIRMATION)
		return {ACTION_CONFIRMATION: value} if value is not None else {}
	return frappe_get_value(doctype, fieldname, filters, as_dict, debug, parent)
