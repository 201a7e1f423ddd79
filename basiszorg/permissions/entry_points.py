"""Every Frappe door the permissions package watches, in one list (``basiszorg/hooks.py`` wires
them; docs/permissions.md explains each).

- ``OVERRIDDEN``: Frappe's whitelisted methods that skip record rules, each with the package's
  wrapper: the reading ones in ``overrides``, the writing ones in ``write_paths``.
- ``doc_events()``: the write rule as document events, on the family doctypes (from the
  registry) and on Frappe's own doctypes that point at a record (``changes.POINTERS``).
"""

from basiszorg.permissions.changes import POINTERS
from basiszorg.permissions.registry import FAMILY_DOCTYPES

_PACKAGE = "basiszorg.permissions"

READING = {
	"frappe.client.get_count": "get_count",
	"frappe.client.get": "get",
	"frappe.client.validate_link": "validate_link",  # Frappe v15
	"frappe.client.validate_link_and_fetch": "validate_link_and_fetch",  # Frappe v16
	"frappe.desk.form.save.discard": "discard",  # Frappe v16
	"frappe.realtime.has_permission": "realtime_has_permission",  # Frappe v16
	"frappe.realtime.can_subscribe_doc": "can_subscribe_doc",  # Frappe v15
	"frappe.desk.search.search_link": "search_link",
	"frappe.desk.search.search_widget": "search_widget",
	"frappe.desk.search.get_link_title": "get_link_title",
	"frappe.desk.listview.get_group_by_count": "get_group_by_count",
	"frappe.desk.doctype.tag.tag.get_tagged_docs": "get_tagged_docs",
	"frappe.desk.doctype.dashboard_chart.dashboard_chart.get": "get_chart",
	"frappe.utils.global_search.search": "global_search",
	"frappe.desk.form.load.getdoc": "getdoc",
	"frappe.desk.form.load.get_docinfo": "get_docinfo",
}

WRITING = {
	"frappe.desk.form.utils.add_comment": "add_comment",
	"frappe.desk.form.utils.update_comment": "update_comment",
	"frappe.desk.form.utils.update_comment_publicity": "update_comment_publicity",  # Frappe v16
	"frappe.templates.includes.comments.comments.add_comment": "add_web_comment",
	"frappe.templates.includes.likes.likes.like": "like",  # Frappe v15
	"frappe.desk.like.toggle_like": "toggle_like",
	"frappe.desk.doctype.tag.tag.add_tag": "add_tag",
	"frappe.desk.doctype.tag.tag.add_tags": "add_tags",
	"frappe.desk.doctype.tag.tag.remove_tag": "remove_tag",
	"frappe.desk.form.assign_to.add": "assign",
	"frappe.desk.form.assign_to.add_multiple": "assign_multiple",
	"frappe.desk.form.assign_to.remove": "remove_assignment",
	"frappe.desk.form.assign_to.remove_multiple": "remove_assignments",
	"frappe.desk.form.assign_to.close": "close_assignment",
	"frappe.desk.form.document_follow.follow_document": "follow_document",
	"frappe.desk.form.document_follow.update_follow": "update_follow",
	"frappe.desk.form.document_follow.unfollow_document": "unfollow_document",
	"frappe.client.attach_file": "attach_file",
	"upload_file": "upload_file",  # the desk's uploader calls the short name
	"frappe.handler.upload_file": "upload_file",
	"uploadfile": "uploadfile",  # Frappe v15
	"frappe.handler.uploadfile": "uploadfile",  # Frappe v15
	"frappe.email.relink": "relink",
	"frappe.core.doctype.communication.email.make": "make_communication",
	"frappe.client.rename_doc": "rename_doc",
	"frappe.model.rename_doc.update_document_title": "update_document_title",
	"frappe.model.workflow.apply_workflow": "apply_workflow",
	"frappe.model.workflow.bulk_workflow_approval": "bulk_workflow_approval",
}

OVERRIDDEN = {
	**{method: f"{_PACKAGE}.overrides.{wrapper}" for method, wrapper in READING.items()},
	**{method: f"{_PACKAGE}.write_paths.{wrapper}" for method, wrapper in WRITING.items()},
}

_CHANGES = f"{_PACKAGE}.changes"


def doc_events() -> dict:
	"""The write rule's document events: ``before_validate`` (insert and save) and ``on_trash``."""
	events = {}
	for declared in FAMILY_DOCTYPES:
		if not declared.family_data:
			continue
		guard = "row_follows_its_record" if declared.is_child else "keep_what_the_database_knows"
		events[declared.doctype] = {
			"before_validate": [f"{_CHANGES}.{guard}"],
			**({"on_trash": [f"{_CHANGES}.{guard}"]} if declared.is_child else {}),
		}
	for doctype in POINTERS:
		events[doctype] = {
			"before_validate": [f"{_CHANGES}.pointer_follows_its_record"],
			"on_trash": [f"{_CHANGES}.pointer_follows_its_record"],
		}
	return events
