"""The access rules, written once: which families' records a user may read or change.

Each rule is a SQL condition on the column that names a record's family. Lists use it as their
``permission_query_conditions``; a single record is allowed when the same condition selects
that record's row (as frappe/crm runs its list condition against the one row); a new record
is allowed when the condition selects the family it is for. There is no second, Python-only
version of a rule to drift apart from the list.

Fail closed: a user with none of the roles below gets ``1=0``, never the empty condition
(which Frappe reads as "no restriction").
"""

import frappe

from basiszorg.domain.traject import COMMISSIE_ZIET
from basiszorg.permissions import grants
from basiszorg.permissions.registry import GEZIN, entry, top_level
from basiszorg.setup.roles import BEHEERDER, COMMISSIE, COORDINATOR, HULPVERLENER

ALL = ""
DENY = "1=0"
# ptype None: Frappe's get_docinfo asks without one, meaning "may read"
READ_PTYPES = (None, "read", "print", "select")


def is_coordinator(user: str) -> bool:
	"""Coordinators see the whole bureau's families (team access, every read audited)."""
	return user == "Administrator" or COORDINATOR in frappe.get_roles(user)


def is_beheerder(user: str) -> bool:
	return user == "Administrator" or BEHEERDER in frappe.get_roles(user)


def _in_gezin(column: str, on_gezin_table: bool, predicate: str) -> str:
	"""``predicate`` on Gezin rows, applied to a column that names a Gezin."""
	return predicate if on_gezin_table else f"{column} in (select `name` from `tabGezin` where {predicate})"


def _family_condition(user: str, doctype: str, ptype, column: str, on_gezin_table: bool) -> str:
	"""The families whose ``doctype`` records ``user`` may ``ptype``, as SQL on ``column``."""
	if is_coordinator(user):
		return ALL
	top = top_level(doctype)
	if top.coordinator_only:
		return DENY
	roles = frappe.get_roles(user)
	parts = []
	if COMMISSIE in roles and (top.doctype == GEZIN or ptype in READ_PTYPES):
		states = ", ".join(frappe.db.escape(s) for s in COMMISSIE_ZIET)
		parts.append(_in_gezin(column, on_gezin_table, f"`tabGezin`.`workflow_state` in ({states})"))
	if HULPVERLENER in roles and ptype in READ_PTYPES and top.scope:
		parts.append(f"{column} in ({grants.families_of(user, top.scope)})")
	if not parts:
		return DENY
	return parts[0] if len(parts) == 1 else "(" + " or ".join(parts) + ")"


def condition(doctype: str, user: str, ptype="read") -> str:
	"""SQL condition on ``tab{doctype}`` selecting the rows ``user`` may ``ptype``."""
	declared = entry(doctype)
	if declared is None or not declared.family_data:
		return ALL
	table = f"`tab{doctype}`"
	if not declared.is_child:
		column = f"{table}.`{declared.gezin_field}`"
		return _family_condition(user, doctype, ptype, column, doctype == GEZIN)
	if declared.parent == GEZIN:
		return _family_condition(user, doctype, ptype, f"{table}.`parent`", False)
	parent_condition = condition(declared.parent, user, ptype)
	if parent_condition in (ALL, DENY):
		return parent_condition
	return f"{table}.`parent` in (select `name` from `tab{declared.parent}` where {parent_condition})"


def _selects(table: str, name: str, sql_condition: str) -> bool:
	if sql_condition == ALL:
		return True
	if sql_condition == DENY or not name:
		return False
	return bool(
		frappe.db.sql(f"select 1 from `tab{table}` where `name` = %s and {sql_condition} limit 1", name)
	)


def may(doctype: str, name: str | None, user: str, ptype="read") -> bool:
	"""Whether ``user`` may ``ptype`` the stored record ``name``: the list's condition on its row."""
	return _selects(doctype, name, condition(doctype, user, ptype))


def may_for_family(doctype: str, gezin: str | None, user: str, ptype="read") -> bool:
	"""Whether ``user`` may ``ptype`` the ``doctype`` records of family ``gezin``: the rule run
	against that family's row."""
	return _selects(GEZIN, gezin, _family_condition(user, doctype, ptype, "`tabGezin`.`name`", True))


def may_create(doctype: str, gezin: str | None, user: str, ptype="create") -> bool:
	"""A record that is not stored yet: a new family is for coordinators; a new record of a
	family is allowed when the rule selects that family."""
	if doctype == GEZIN:
		return is_coordinator(user)
	return may_for_family(doctype, gezin, user, ptype)


def gezin_of(doc) -> str | None:
	"""The family a document (or child row) belongs to."""
	declared = entry(doc.doctype)
	if declared is None:
		return None
	if declared.is_child:
		if declared.parent == GEZIN:
			return doc.get("parent")
		parent = entry(declared.parent)
		return (
			frappe.db.get_value(parent.doctype, doc.get("parent"), parent.gezin_field)
			if doc.get("parent")
			else None
		)
	return doc.get("name") if declared.gezin_field == "name" else doc.get(declared.gezin_field)


def may_access_doc(doc, ptype="read", user: str | None = None) -> bool:
	"""The decision for a document object, stored or new."""
	user = user or frappe.session.user
	declared = entry(doc.doctype)
	if declared is None or not declared.family_data:
		return True
	if doc.is_new():
		return may_create(doc.doctype, gezin_of(doc), user, ptype)
	return may(doc.doctype, doc.name, user, ptype)
