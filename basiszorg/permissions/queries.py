"""``permission_query_conditions`` for every protected doctype, plus File and Tag Link.

Conditions are sargable semi-joins on the grant table (``gezin in (select gezin from
tabBasiszorg Inzage where user = … and scope = 1 and today within validity)``); an empty
condition means "no restriction" in Frappe, so anything that is not a coordinator gets at least
``1=0``.
"""

import frappe
from frappe.utils import getdate

from basiszorg.permissions.access import GRANT, is_coordinator
from basiszorg.permissions.registry import (
	CHILDREN,
	COMMISSIE_STATES,
	COORDINATOR_ONLY,
	gezin_column,
	protected_doctypes,
	scope_for,
)
from basiszorg.setup.roles import COMMISSIE, HULPVERLENER

DENY = "1=0"
DOCTYPES_WITH_ATTACHMENTS = ("Gezin", "Toestemming", "Overleg", "Zorgplan")


def _in_list(values) -> str:
	return ", ".join(frappe.db.escape(v) for v in values)


def grant_subquery(user: str, scope: str) -> str:
	today = frappe.db.escape(str(getdate()))
	return (
		f"select `gezin` from `tab{GRANT}` where `user` = {frappe.db.escape(user)} and `{scope}` = 1"
		f" and (`geldig_van` is null or `geldig_van` <= {today})"
		f" and (`geldig_tot` is null or `geldig_tot` >= {today})"
	)


def conditions_for(doctype: str, user: str) -> str:
	"""SQL condition on ``tab{doctype}`` selecting the rows ``user`` may read."""
	if is_coordinator(user):
		return ""
	if doctype in CHILDREN:
		parent = CHILDREN[doctype]
		condition = conditions_for(parent, user)
		return (
			condition
			if condition in ("", DENY)
			else (f"`tab{doctype}`.`parent` in (select `name` from `tab{parent}` where {condition})")
		)
	roles = frappe.get_roles(user)
	column = f"`tab{doctype}`.`{gezin_column(doctype)}`"
	parts = []
	if COMMISSIE in roles and doctype not in COORDINATOR_ONLY:
		states = _in_list(COMMISSIE_STATES)
		if doctype == "Gezin":
			parts.append(f"`tabGezin`.`workflow_state` in ({states})")
		else:
			parts.append(f"{column} in (select `name` from `tabGezin` where `workflow_state` in ({states}))")
	if HULPVERLENER in roles and doctype not in COORDINATOR_ONLY:
		parts.append(f"{column} in ({grant_subquery(user, scope_for(doctype))})")
	if not parts:
		return DENY
	return parts[0] if len(parts) == 1 else "(" + " or ".join(parts) + ")"


def query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Hook for every doctype in ``registry.PROTECTED``."""
	return conditions_for(doctype, user or frappe.session.user)


def file_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Files attached to protected records are listed only to those who may read the record."""
	user = user or frappe.session.user
	if is_coordinator(user):
		return ""
	branches = [
		"`tabFile`.`attached_to_doctype` is null",
		f"`tabFile`.`attached_to_doctype` not in ({_in_list(protected_doctypes())})",
	]
	for target in DOCTYPES_WITH_ATTACHMENTS:
		condition = conditions_for(target, user)
		if condition != DENY:
			branches.append(
				f"(`tabFile`.`attached_to_doctype` = {frappe.db.escape(target)} and `tabFile`.`attached_to_name` in"
				f" (select `name` from `tab{target}` where {condition}))"
			)
	return "(" + " or ".join(branches) + ")"


def tag_link_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Tag Link rows carry the record's title: hide those of protected records from non-coordinators."""
	user = user or frappe.session.user
	if is_coordinator(user):
		return ""
	return f"`tabTag Link`.`document_type` not in ({_in_list(protected_doctypes())})"
