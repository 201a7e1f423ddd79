"""``has_permission`` hooks and document events that guard protected records.

They return False to deny and None to let Frappe's role permissions decide; never True.
"""

import frappe
from frappe import _

from basiszorg.permissions import audit
from basiszorg.permissions.access import gezin_of, is_coordinator, may_access, may_access_doc
from basiszorg.permissions.registry import CHILDREN, PROTECTED, gezin_column, is_protected, protected_doctypes


def has_permission(doc, ptype=None, user=None, debug=False):
	"""Hook for every doctype in ``registry.PROTECTED``."""
	user = user or frappe.session.user
	if not may_access_doc(doc, ptype, user):
		return False
	if ptype in (None, "read", "print") and not doc.is_new():
		audit.record_read(doc.doctype, doc.name, gezin_of(doc.doctype, doc), user)
	return None


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
	"""A file of a protected record is as closed as the record itself, whoever uploaded it."""
	user = user or frappe.session.user
	if is_coordinator(user):
		return None
	for doctype, name in _protected_references(doc):
		if doctype in CHILDREN:
			continue  # attachments live on the parent record
		column = gezin_column(doctype)
		gezin = name if column == "name" else frappe.db.get_value(doctype, name, column)
		if not may_access(user, doctype, gezin, "read"):
			return False
	return None


def refuse_sharing(doc, method=None):
	"""DocShare would re-open what the rules close (Frappe grants shares over any hook): refuse it."""
	if is_protected(doc.share_doctype):
		frappe.throw(
			_("Gezinsdossiers worden niet gedeeld: toegang voor hulpverleners loopt via een Toestemming."),
			frappe.PermissionError,
			title=_("Delen niet toegestaan"),
		)
