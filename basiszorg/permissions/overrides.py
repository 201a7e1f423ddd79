"""Whitelisted methods of Frappe that skip record-level rules, made safe for family data.

Each wrapper applies the package's rules to protected doctypes and hands everything else to
Frappe's own function unchanged. Wired from ``entry_points.OVERRIDDEN`` (the writing ones are in
``write_paths``). See the project's notes on Frappe v15.50 entry points for why each is here.
A method that exists in one Frappe major only is wired for both; on the other its wrapper refuses
the call as Frappe refuses an unknown method (``compat.frappe_method``).
"""

import inspect

import frappe
import frappe.client
import frappe.desk.search
from frappe import _

from basiszorg.compat import frappe_method
from basiszorg.permissions.registry import is_protected
from basiszorg.permissions.rules import is_coordinator, may


def _deny():
	frappe.throw(_("Geen toegang tot dit gezinsdossier."), frappe.PermissionError)


def _readable(doctype: str, name: str) -> bool:
	"""Exists and may be read by the session user; the same answer for 'missing' and 'closed'."""
	if not name or not frappe.db.exists(doctype, name):
		return False
	return frappe.has_permission(doctype, "read", doc=name)


@frappe.whitelist()
def get_count(doctype, filters=None, debug=False, cache=False):
	"""frappe.client.get_count counts without any permission check: count through the list rules."""
	if not is_protected(doctype):
		return frappe.client.get_count(doctype, filters, debug, cache)
	return len(
		frappe.get_list(doctype, filters=frappe.client.get_safe_filters(filters), pluck="name", limit=0)
	)


@frappe.whitelist()
def get(doctype, name=None, filters=None, parent=None):
	"""With filters, frappe.client.get tells 'does not exist' from 'not permitted' (an oracle), and
	for a child row it checks only the parent doctype, not the parent record."""
	if is_protected(doctype) and name and frappe.get_meta(doctype).istable:
		# the child row itself, by the same rule as its list (its parent record, and a child's own part)
		if not frappe.db.exists(doctype, name) or not may(doctype, name, frappe.session.user, "read"):
			raise frappe.DoesNotExistError(_("{0} niet gevonden").format(_(doctype)))
	if is_protected(doctype) and filters and not name:
		names = frappe.get_list(
			doctype, filters=frappe.client.get_safe_filters(filters), pluck="name", limit=1
		)
		if not names:
			raise frappe.DoesNotExistError(_("{0} niet gevonden").format(_(doctype)))
		name = names[0]
	return frappe.client.get(doctype, name=name, filters=None if name else filters, parent=parent)


@frappe.whitelist()
def validate_link(doctype: str, docname: str, fields=None):
	"""Frappe v15: an existence oracle (the name is looked up without a permission check)."""
	validate = frappe_method("frappe.client.validate_link")
	if is_protected(doctype) and not _readable(doctype, docname):
		return {}
	return validate(doctype, docname, fields)


@frappe.whitelist(methods=["GET", "POST"])
def validate_link_and_fetch(
	doctype: str, docname: str, fields_to_fetch=None, query=None, filters=None, **kwargs
):
	"""Frappe v16: runs the link search with the caller's own ``query`` and search arguments (past
	the search override) and compares it with an unchecked lookup of the name (an oracle)."""
	validate = frappe_method("frappe.client.validate_link_and_fetch")
	if not is_protected(doctype):
		return validate(doctype, docname, fields_to_fetch, query=query, filters=filters, **kwargs)
	if not _readable(doctype, docname):
		return {}
	kwargs = _safe_search_kwargs(doctype, kwargs)
	kwargs.pop("query", None)
	return validate(doctype, docname, fields_to_fetch, query=None, filters=filters, **kwargs)


def _safe_search_kwargs(doctype: str, kwargs: dict, frappe_method=None) -> dict:
	"""No ignore_user_permissions (it drops every rule) and no custom query for family data; only
	the parameters Frappe's own method takes (the desk's requests carry ``cmd`` besides)."""
	if frappe_method is not None:
		accepted = inspect.signature(frappe_method).parameters
		kwargs = {k: v for k, v in kwargs.items() if k in accepted}
	if is_protected(doctype):
		kwargs["ignore_user_permissions"] = False
		kwargs["query"] = None
		kwargs.pop("filter_fields", None)
	return kwargs


@frappe.whitelist()
def search_link(doctype: str, txt: str, **kwargs):
	search = frappe.desk.search.search_link
	return search(doctype, txt, **_safe_search_kwargs(doctype, kwargs, search))


@frappe.whitelist()
def search_widget(doctype: str, txt: str, **kwargs):
	search = frappe.desk.search.search_widget
	return search(doctype, txt, **_safe_search_kwargs(doctype, kwargs, search))


@frappe.whitelist()
def get_link_title(doctype, docname):
	if is_protected(doctype) and not _readable(doctype, docname):
		return None
	return frappe.desk.search.get_link_title(doctype, docname)


@frappe.whitelist(methods=["POST", "PUT"])
def discard(doctype: str, name: str | int):
	"""Frappe v16's discard of a draft loads the record before any permission check: a missing and a
	closed family must get the same answer."""
	frappe_discard = frappe_method("frappe.desk.form.save.discard")
	if is_protected(doctype) and not _readable(doctype, name):
		_deny()
	return frappe_discard(doctype, name)


@frappe.whitelist(allow_guest=True)
def realtime_has_permission(doctype: str, name: str) -> bool:
	"""The check before following a record's live updates (Frappe v16) loads the record first: a
	missing family answered 'not found', a closed one 'no permission'. Now both the latter."""
	frappe_has_permission = frappe_method("frappe.realtime.has_permission")
	if is_protected(doctype) and not _readable(doctype, name):
		_deny()
	return frappe_has_permission(doctype, name)


@frappe.whitelist(allow_guest=True)
def can_subscribe_doc(doctype: str, docname: str) -> bool:
	"""Frappe v15's name of the same check, with the same oracle."""
	frappe_can_subscribe = frappe_method("frappe.realtime.can_subscribe_doc")
	if is_protected(doctype) and not _readable(doctype, docname):
		_deny()
	return frappe_can_subscribe(doctype, docname)


@frappe.whitelist()
def get_group_by_count(doctype: str, current_filters: str, field: str):
	"""The 'assigned_to' sidebar count runs without permission checks."""
	from frappe.desk.listview import get_group_by_count as frappe_group_by_count

	if is_protected(doctype) and field == "assigned_to" and not is_coordinator(frappe.session.user):
		return []
	return frappe_group_by_count(doctype, current_filters, field)


@frappe.whitelist()
def get_tagged_docs(doctype, tag):
	from frappe.desk.doctype.tag.tag import get_tagged_docs as frappe_tagged_docs

	docs = frappe_tagged_docs(doctype, tag)
	if not is_protected(doctype) or is_coordinator(frappe.session.user):
		return docs
	return [d for d in docs if _readable(doctype, d[0] if isinstance(d, list | tuple) else d.get("name"))]


@frappe.whitelist()
def get_chart(chart_name=None, chart=None, **kwargs):
	"""Ad-hoc dashboard charts (Heatmap) aggregate any doctype without permission checks."""
	from frappe.desk.doctype.dashboard_chart.dashboard_chart import get as frappe_chart

	definition = frappe.parse_json(chart) if chart else None
	target = definition.get("document_type") if definition else None
	if chart_name and not target:
		target = frappe.db.get_value("Dashboard Chart", chart_name, "document_type")
	if is_protected(target) and not is_coordinator(frappe.session.user):
		_deny()
	return frappe_chart(chart_name=chart_name, chart=chart, **kwargs)


@frappe.whitelist()
def global_search(text, start=0, limit=20, doctype=""):
	"""Nothing of a family is indexed; this filter keeps it that way if an admin adds search fields."""
	from frappe.utils.global_search import search as frappe_search

	results = frappe_search(text, start, limit, doctype)
	if is_coordinator(frappe.session.user):
		return results
	return [r for r in results if not is_protected(r.get("doctype")) or _readable(r["doctype"], r["name"])]


def _hide_versions_from_restricted_readers(doctype: str, name: str) -> None:
	"""The form's change history would show rows about a child whose part the reader may not see."""
	from basiszorg.permissions.parts import restricted_reader

	docinfo = frappe.response.get("docinfo")
	if docinfo and is_protected(doctype) and restricted_reader(doctype, name):
		docinfo["versions"] = []


@frappe.whitelist()
def getdoc(doctype, name, user=None):
	from frappe.desk.form.load import getdoc as frappe_getdoc

	result = frappe_getdoc(doctype, name, **({"user": user} if user else {}))  # v16 has no ``user``
	_hide_versions_from_restricted_readers(doctype, name)
	return result


@frappe.whitelist()
def get_docinfo(doc=None, doctype=None, name=None):
	from frappe.desk.form.load import get_docinfo as frappe_get_docinfo

	result = frappe_get_docinfo(doc, doctype, name)
	if doctype and name:
		_hide_versions_from_restricted_readers(doctype, name)
	return result
