"""The Frappe hooks of the permission package (wired in ``basiszorg/hooks.py`` from the registry).

They adapt Frappe's calls to ``rules``: list conditions for lists, reports and exports; the
``has_permission`` decision for forms, REST, print and files. A hook returns False to deny and
``compat.ALLOW`` where the rules allow, which lets Frappe's role permissions and other apps' hooks
decide: None on Frappe v15 (True would skip the other hooks), True on v16 (None denies there).
"""

import frappe
from frappe import _

from basiszorg.compat import ALLOW
from basiszorg.permissions import audit, rules
from basiszorg.permissions.registry import entry, is_protected, protected_doctypes, with_attachments


def query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""``permission_query_conditions`` for every protected doctype."""
	return rules.condition(doctype, user or frappe.session.user)


def has_permission(doc, ptype=None, user=None, debug=False):
	"""``has_permission`` for every protected doctype; records single reads in the Inzagelog."""
	user = user or frappe.session.user
	if not rules.may_access_doc(doc, ptype, user):
		return False
	if ptype in (None, "read", "print") and not doc.is_new():
		audit.record_read(doc.doctype, doc.name, rules.gezin_of(doc), user)
	return ALLOW


def _in_list(values) -> str:
	return ", ".join(frappe.db.escape(v) for v in values)


def file_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Files attached to protected records are listed only to those who may read the record."""
	user = user or frappe.session.user
	if rules.is_coordinator(user):
		return rules.ALL
	branches = [
		"`tabFile`.`attached_to_doctype` is null",
		f"`tabFile`.`attached_to_doctype` not in ({_in_list(protected_doctypes())})",
	]
	for target in with_attachments():
		condition = rules.condition(target, user)
		if condition != rules.DENY:
			branches.append(
				f"(`tabFile`.`attached_to_doctype` = {frappe.db.escape(target)} and `tabFile`.`attached_to_name` in"
				f" (select `name` from `tab{target}` where {condition or '1=1'}))"
			)
	return "(" + " or ".join(branches) + ")"


def _protected_references(file_doc) -> list[tuple[str, str]]:
	"""Protected records this file belongs to, also through other File rows with the same URL."""
	references = set()
	if is_protected(file_doc.attached_to_doctype) and file_doc.attached_to_name:
		references.add((file_doc.attached_to_doctype, file_doc.attached_to_name))
	if file_doc.file_url and file_doc.is_private:
		for row in frappe.get_all(
			"File",
			filters={"file_url": file_doc.file_url, "attached_to_doctype": ["in", protected_doctypes()]},
			fields=["attached_to_doctype", "attached_to_name"],
		):
			references.add((row.attached_to_doctype, row.attached_to_name))
	return sorted(references)


def file_has_permission(doc, ptype=None, user=None, debug=False):
	"""A file of a protected record is as closed as the record itself, whoever uploaded it: read
	by the read rule, and adding, changing or removing it by the write rule (``ATTACH``)."""
	user = user or frappe.session.user
	if rules.is_coordinator(user):
		return ALLOW
	reading = ptype in rules.READ_PTYPES
	for doctype, name in _protected_references(doc):
		if entry(doctype).is_child:
			continue  # attachments live on the parent record
		allowed = (
			rules.may(doctype, name, user, "read")
			if reading
			else rules.may_change(doctype, name, user, rules.ATTACH)
		)
		if not allowed:
			return False
	return ALLOW


def tag_link_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Tag Link rows carry the record's title: hide those of protected records from non-coordinators."""
	user = user or frappe.session.user
	if rules.is_coordinator(user):
		return rules.ALL
	return f"`tabTag Link`.`document_type` not in ({_in_list(protected_doctypes())})"


# request parameters through which a query names the tables it reads
QUERY_PARAMETERS = ("fields", "filters", "or_filters", "order_by", "group_by", "fieldname", "columns")


def guard_family_queries():
	"""auth_hooks (the user is known): the request-level guards of family data."""
	if frappe.session.user in ("Guest", None) or rules.is_coordinator(frappe.session.user):
		return
	refuse_child_table_requests()
	refuse_child_rows_in_parent_queries()


def _requested_doctype() -> str | None:
	"""The doctype a request reads: the ``doctype`` parameter of a method, or the doctype in a REST
	path (``/api/resource/<doctype>``, ``/api/v2/document/<doctype>``)."""
	from urllib.parse import unquote

	doctype = (frappe.local.form_dict or {}).get("doctype")
	if isinstance(doctype, str):
		return doctype
	request = getattr(frappe.local, "request", None)
	parts = [unquote(part) for part in (getattr(request, "path", "") or "").split("/") if part]
	if parts[:2] == ["api", "resource"] and len(parts) > 2:
		return parts[2]
	if parts[:3] == ["api", "v2", "document"] and len(parts) > 3:
		return parts[3]
	return None


def refuse_child_table_requests():
	"""A family doctype's child rows are read with the record they belong to (where the rules hide
	rows about a youngster's closed part), never as a list of their own: Frappe v16 checks a
	child-table query against the parent's rules only, which cannot see those rows. The same rule
	on v15 and v16; coordinators are not asked."""
	declared = entry(_requested_doctype() or "")
	if declared and declared.is_child and declared.family_data:
		frappe.throw(
			_("Gegevens uit {0} zijn alleen te zien in het dossier waar ze bij horen.").format(
				_(declared.doctype)
			),
			frappe.PermissionError,
		)


def refuse_child_rows_in_parent_queries():
	"""A list query on a family doctype may join its child tables (child fields or
	filters), and Frappe then applies only the parent's rules, not the child's: rows about a child
	whose part the reader may not see would come along. Only coordinators may name a protected
	child table in another doctype's query; everyone else queries the child table itself, where
	its own rules apply."""
	import json

	from basiszorg.permissions.registry import FAMILY_DOCTYPES

	form = frappe.local.form_dict or {}
	queried = form.get("doctype")
	values = " ".join(
		v if isinstance(v, str) else json.dumps(v, default=str)
		for key, v in form.items()
		if key in QUERY_PARAMETERS and v
	)
	if not values:
		return
	for declared in FAMILY_DOCTYPES:
		if not declared.is_child or not declared.family_data or declared.doctype == queried:
			continue
		if f"tab{declared.doctype}" in values or f'"{declared.doctype}"' in values:
			frappe.throw(
				_("Vraag gegevens uit {0} op via die tabel zelf, niet via een andere lijst.").format(
					_(declared.doctype)
				),
				frappe.PermissionError,
			)
