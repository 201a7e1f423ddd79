"""Access decisions for one user and one family (used by forms, API, files and overrides)."""

import frappe
from frappe.utils import getdate

from basiszorg.permissions.registry import (
	CHILDREN,
	COMMISSIE_STATES,
	COORDINATOR_ONLY,
	PROTECTED,
	gezin_column,
	scope_for,
)
from basiszorg.setup.roles import COMMISSIE, COORDINATOR, HULPVERLENER

READ_PTYPES = (None, "read", "print", "select")
GRANT = "Basiszorg Inzage"


def is_coordinator(user: str) -> bool:
	return user == "Administrator" or COORDINATOR in frappe.get_roles(user)


def active_grant_exists(user: str, gezin: str, scope: str) -> bool:
	"""An active, unexpired grant (derived from a Toestemming) for ``user`` on ``gezin`` in ``scope``."""
	today = getdate()
	return bool(
		frappe.db.sql(
			f"""select 1 from `tab{GRANT}`
			where user = %(user)s and gezin = %(gezin)s and `{scope}` = 1
				and (geldig_van is null or geldig_van <= %(today)s)
				and (geldig_tot is null or geldig_tot >= %(today)s)
			limit 1""",
			{"user": user, "gezin": gezin, "today": today},
		)
	)


def gezin_of(doctype: str, doc) -> str | None:
	if doctype in CHILDREN:
		parent = CHILDREN[doctype]
		return (
			frappe.db.get_value(parent, doc.get("parent"), gezin_column(parent))
			if doc.get("parent")
			else None
		)
	column = gezin_column(doctype)
	return doc.get(column) if column != "name" else doc.get("name")


def may_access(user: str, doctype: str, gezin: str | None, ptype: str | None = "read") -> bool:
	"""Whether ``user`` may ``ptype`` the family data in ``doctype`` of family ``gezin``."""
	if is_coordinator(user):
		return True
	roles = frappe.get_roles(user)
	if not gezin:
		return False
	if COMMISSIE in roles and doctype not in COORDINATOR_ONLY:
		state = frappe.db.get_value("Gezin", gezin, "workflow_state")
		if state in COMMISSIE_STATES and (doctype == "Gezin" or ptype in READ_PTYPES):
			return True
	if HULPVERLENER in roles and doctype not in COORDINATOR_ONLY and ptype in READ_PTYPES:
		return active_grant_exists(user, gezin, scope_for(CHILDREN.get(doctype, doctype)))
	return False


def may_access_doc(doc, ptype: str | None = "read", user: str | None = None) -> bool:
	user = user or frappe.session.user
	if doc.doctype not in PROTECTED and doc.doctype not in CHILDREN:
		return True
	if doc.doctype == "Gezin" and doc.is_new():
		return is_coordinator(user)
	return may_access(user, doc.doctype, gezin_of(doc.doctype, doc), ptype)
