"""Input hygiene shared by the basiszorg doctypes (wired as ``before_validate`` in hooks.py)."""

import frappe
from frappe import _

from basiszorg.domain.privacy import opmaak_in
from basiszorg.records import throw_findings

PLAIN_TEXT = ("Data", "Small Text", "Text", "Long Text")


def refuse_markup(doc, method=None):
	"""Plain-text fields take plain text: HTML or script is refused with a clear message, before
	Frappe would silently strip it. Child rows are checked too. A withdrawal of consent is never
	held up by what else the record holds (its reason is stripped of markup instead)."""
	if doc.flags.withdrawal:
		return
	for row in [doc, *doc.get_all_children()]:
		fields = {
			_(df.label or df.fieldname): row.get(df.fieldname)
			for df in row.meta.fields
			if df.fieldtype in PLAIN_TEXT and df.options not in ("Email", "URL", "Phone") and not df.read_only
		}
		throw_findings(opmaak_in(fields), _("Alleen gewone tekst"))


# keys the desk itself sends along with a form (not fields)
INTERNAL = {"doctype", "flags", "dont_update_if_missing", "localname"}


def refuse_unknown_fields(doc, method=None):
	"""A field the doctype does not have is an error, not something to drop silently (REST input)."""
	if doc.flags.withdrawal:
		return
	from frappe.model import child_table_fields, default_fields, optional_fields

	for row in [doc, *doc.get_all_children()]:
		known = {df.fieldname for df in row.meta.fields} | set(default_fields) | set(child_table_fields)
		known |= set(optional_fields) | INTERNAL
		unknown = sorted(
			k for k in vars(row) if not k.startswith("_") and k not in known and not hasattr(type(row), k)
		)
		if unknown:
			frappe.throw(
				_("Onbekende velden voor {0}: {1}").format(_(row.doctype), ", ".join(unknown)),
				title=_("Onbekende velden"),
			)


def check_rest_payload():
	"""before_request: a child table sent as anything but a list is refused with a clear message
	(Frappe itself would fail with a server error while building the document), and an update
	of one record that names another in its body is refused (Frappe would write the other)."""
	request = getattr(frappe.local, "request", None)
	if request is None or request.method not in ("POST", "PUT", "PATCH"):
		return
	from urllib.parse import unquote

	parts = [unquote(p) for p in (request.path or "").strip("/").split("/")]
	if parts[:2] == ["api", "resource"] and len(parts) >= 3:
		doctype, name = parts[2], parts[3] if len(parts) >= 4 else None
	elif parts[:3] == ["api", "v2", "document"] and len(parts) >= 4:
		doctype, name = parts[3], parts[4] if len(parts) >= 5 else None
	else:
		return
	if frappe.db.get_value("DocType", doctype, "module") not in frappe.get_module_list("basiszorg"):
		return
	sent_name = frappe.form_dict.get("name")
	if name and request.method in ("PUT", "PATCH") and sent_name not in (None, name):
		frappe.throw(
			_("U wijzigt {0}, maar stuurt de naam {1} mee: een record houdt zijn eigen naam.").format(
				name, sent_name
			),
			frappe.PermissionError,
			title=_("Ongeldige invoer"),
		)
	for df in frappe.get_meta(doctype).get_table_fields():
		value = frappe.form_dict.get(df.fieldname)
		if value is not None and not isinstance(value, list):
			frappe.throw(
				_("{0} moet een lijst met rijen zijn.").format(_(df.label or df.fieldname)),
				title=_("Ongeldige invoer"),
			)
