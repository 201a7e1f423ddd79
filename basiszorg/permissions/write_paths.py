"""Frappe's whitelisted endpoints that change a record or its timeline with less than the write
rule (some with no check at all), made to ask it first.

Each wrapper names the kind of change (``rules.COMMENT`` ...), asks ``changes.require`` for every
family record the call touches, and then hands the call to Frappe's own function unchanged;
calls about anything else go straight through. Wired from ``entry_points.OVERRIDDEN``. A method
that exists in one Frappe major only is wired for both; on the other its wrapper refuses the call
as Frappe refuses an unknown method (``compat.frappe_method``).
"""

import frappe
from frappe import _

from basiszorg.compat import frappe_method
from basiszorg.permissions import rules
from basiszorg.permissions.changes import refuse, require
from basiszorg.permissions.registry import is_protected


def _require_all(doctype: str | None, names, change: str) -> None:
	if not is_protected(doctype):
		return
	for name in names:
		require(doctype, name, change)


def _names(value) -> list[str]:
	"""One name or a JSON list of names, as Frappe's bulk endpoints take them."""
	parsed = frappe.parse_json(value) if isinstance(value, str) and value.startswith("[") else value
	return [str(n) for n in (parsed if isinstance(parsed, list | tuple) else [parsed]) if n]


def _comment_reference(name: str) -> tuple[str | None, str | None]:
	row = frappe.db.get_value("Comment", name, ["reference_doctype", "reference_name"], as_dict=True)
	return (row.reference_doctype, row.reference_name) if row else (None, None)


# -- comments and likes --------------------------------------------------------------------------


@frappe.whitelist(methods=["POST", "PUT"])
def add_comment(
	reference_doctype: str, reference_name: str, content: str, comment_email: str, comment_by: str
):
	"""The desk's comment box: Frappe asks only read, and takes the author the client names."""
	from frappe.desk.form.utils import add_comment as frappe_add_comment

	if is_protected(reference_doctype):
		require(reference_doctype, reference_name, rules.COMMENT)
		comment_email = frappe.session.user
		comment_by = frappe.utils.get_fullname(frappe.session.user)
	return frappe_add_comment(reference_doctype, reference_name, content, comment_email, comment_by)


@frappe.whitelist()
def update_comment(name: str, content: str):
	from frappe.desk.form.utils import update_comment as frappe_update_comment

	doctype, reference = _comment_reference(name)
	_require_all(doctype, [reference], rules.COMMENT)
	return frappe_update_comment(name, content)


@frappe.whitelist(methods=["POST"])
def update_comment_publicity(name: str, publish: bool):
	"""Frappe v16: a comment made public or private."""
	frappe_publicity = frappe_method("frappe.desk.form.utils.update_comment_publicity")
	doctype, reference = _comment_reference(name)
	_require_all(doctype, [reference], rules.COMMENT)
	return frappe_publicity(name, publish)


@frappe.whitelist(allow_guest=True)
def add_web_comment(comment, comment_email, comment_by, reference_doctype, reference_name, route):
	"""The website's comment form writes on any record for anyone logged in (no check at all)."""
	from frappe.templates.includes.comments.comments import add_comment as frappe_web_comment

	_require_all(reference_doctype, [reference_name], rules.COMMENT)
	return frappe_web_comment(comment, comment_email, comment_by, reference_doctype, reference_name, route)


@frappe.whitelist(allow_guest=True)
def like(reference_doctype, reference_name, like, route=""):
	"""Frappe v15's website like: a 'Like' comment on any record, even by Guest."""
	frappe_like = frappe_method("frappe.templates.includes.likes.likes.like")
	_require_all(reference_doctype, [reference_name], rules.LIKE)
	return frappe_like(reference_doctype, reference_name, like, route)


@frappe.whitelist()
def toggle_like(doctype: str, name: str, add=False):
	"""The desk's heart: writes ``_liked_by`` and a 'Like' comment with no check at all."""
	from frappe.desk.like import toggle_like as frappe_toggle_like

	_require_all(doctype, [name], rules.LIKE)
	return frappe_toggle_like(doctype, name, add)


# -- tags, assignments, follows -----------------------------------------------------------------


@frappe.whitelist()
def add_tag(tag, dt, dn, color=None):
	from frappe.desk.doctype.tag.tag import add_tag as frappe_add_tag

	_require_all(dt, [dn], rules.TAG)
	return frappe_add_tag(tag, dt, dn, color)


@frappe.whitelist()
def add_tags(tags, dt, docs, color=None):
	from frappe.desk.doctype.tag.tag import add_tags as frappe_add_tags

	_require_all(dt, _names(docs), rules.TAG)
	return frappe_add_tags(tags, dt, docs, color)


@frappe.whitelist()
def remove_tag(tag, dt, dn):
	from frappe.desk.doctype.tag.tag import remove_tag as frappe_remove_tag

	_require_all(dt, [dn], rules.TAG)
	return frappe_remove_tag(tag, dt, dn)


def _assignment_args(args) -> dict:
	return frappe.parse_json(args) if args else frappe.local.form_dict


@frappe.whitelist()
def assign(args=None):
	"""Frappe asks only read before it writes the ToDo, the 'Assigned' comment and ``_assign``."""
	from frappe.desk.form.assign_to import add

	values = _assignment_args(args)
	_require_all(values.get("doctype"), _names(values.get("name")), rules.ASSIGN)
	return add(values)


@frappe.whitelist()
def assign_multiple(args=None):
	from frappe.desk.form.assign_to import add_multiple

	values = _assignment_args(args)
	_require_all(values.get("doctype"), _names(values.get("name")), rules.ASSIGN)
	return add_multiple(values)


@frappe.whitelist()
def remove_assignment(doctype: str, name: str, assign_to: str):
	"""Frappe cancels anyone's assignment for who may read the record."""
	from frappe.desk.form.assign_to import remove

	_require_all(doctype, [name], rules.ASSIGN)
	return remove(doctype, name, assign_to)


@frappe.whitelist()
def remove_assignments(doctype: str, names):
	from frappe.desk.form.assign_to import remove_multiple

	_require_all(doctype, _names(names), rules.ASSIGN)
	return remove_multiple(doctype, names)


@frappe.whitelist()
def close_assignment(doctype: str, name: str, assign_to: str):
	from frappe.desk.form.assign_to import close

	_require_all(doctype, [name], rules.ASSIGN)
	return close(doctype, name, assign_to)


@frappe.whitelist()
def follow_document(doctype, doc_name, user):
	"""Following sends digests of changes later, unchecked: only for oneself, by the rule."""
	from frappe.desk.form.document_follow import follow_document as frappe_follow_document

	if is_protected(doctype):
		if user != frappe.session.user:
			refuse()
		require(doctype, doc_name, rules.FOLLOW)
	return frappe_follow_document(doctype, doc_name, user)


@frappe.whitelist()
def update_follow(doctype: str, doc_name: str, following: bool):
	from frappe.desk.form.document_follow import update_follow as frappe_update_follow

	_require_all(doctype, [doc_name], rules.FOLLOW)
	return frappe_update_follow(doctype, doc_name, following)


@frappe.whitelist()
def unfollow_document(doctype, doc_name, user):
	from frappe.desk.form.document_follow import unfollow_document as frappe_unfollow_document

	if is_protected(doctype) and user != frappe.session.user:
		require(doctype, doc_name, rules.FOLLOW)
	return frappe_unfollow_document(doctype, doc_name, user)


# -- files and mail -------------------------------------------------------------------------------


@frappe.whitelist(methods=["POST", "PUT"])
def attach_file(**kwargs):
	"""Frappe asks only read before it attaches a file to a record."""
	from frappe.client import attach_file as frappe_attach_file

	_require_all(kwargs.get("doctype"), [kwargs.get("docname")], rules.ATTACH)
	return frappe_attach_file(**kwargs)


def _require_attach_from_form() -> None:
	form = frappe.local.form_dict
	if is_protected(form.get("doctype")):
		require(form.doctype, form.get("docname"), rules.ATTACH)


@frappe.whitelist(allow_guest=True, methods=["POST"])
def upload_file():
	"""Frappe v15 skips its write check when the record does not exist (yet)."""
	from frappe.handler import upload_file as frappe_upload_file

	_require_attach_from_form()
	return frappe_upload_file()


@frappe.whitelist(methods=["POST"])
def uploadfile():
	"""Frappe v15's older upload endpoint (gone in v16)."""
	frappe_uploadfile = frappe_method("frappe.handler.uploadfile")
	_require_attach_from_form()
	return frappe_uploadfile()


@frappe.whitelist()
def relink(name: str, reference_doctype: str | None = None, reference_name: str | None = None):
	"""Frappe re-points any mail at any record by raw SQL, with no check at all."""
	from frappe.email import relink as frappe_relink

	current = frappe.db.get_value(
		"Communication", name, ["reference_doctype", "reference_name"], as_dict=True
	)
	if current:
		_require_all(current.reference_doctype, [current.reference_name], rules.EMAIL)
	_require_all(reference_doctype, [reference_name], rules.EMAIL)
	return frappe_relink(name, reference_doctype, reference_name)


@frappe.whitelist()
def make_communication(**kwargs):
	"""Frappe checks ``email`` on the record only when one is named, and looks up attachments
	without a check. A family member (no desk) never sends mail through the site's account."""
	from frappe.core.doctype.communication.email import make

	if frappe.get_cached_value("User", frappe.session.user, "user_type") != "System User":
		refuse(_("Versturen kan alleen vanuit het bureau."))
	attachments = frappe.parse_json(kwargs.get("attachments")) or []
	for attachment in attachments:
		name = attachment if isinstance(attachment, str) else attachment.get("fid")
		if name and not (frappe.db.exists("File", name) and frappe.has_permission("File", "read", doc=name)):
			refuse()
	_require_all(kwargs.get("doctype"), [kwargs.get("name")], rules.EMAIL)
	return make(**kwargs)


# -- renames and workflow -------------------------------------------------------------------------


@frappe.whitelist(methods=["POST", "PUT"])
def rename_doc(doctype: str, old_name: str, new_name: str, merge=False):
	from frappe.client import rename_doc as frappe_rename_doc

	_require_all(doctype, [old_name], rules.RENAME)
	return frappe_rename_doc(doctype, old_name, new_name, merge)


@frappe.whitelist()
def update_document_title(*, doctype: str, docname: str, **kwargs):
	from frappe.model.rename_doc import update_document_title as frappe_update_title

	_require_all(
		doctype, [docname], rules.RENAME if kwargs.get("name") not in (None, docname) else rules.SAVE
	)
	return frappe_update_title(doctype=doctype, docname=docname, **kwargs)


@frappe.whitelist()
def apply_workflow(doc, action):
	"""Frappe v16 runs a transition's tasks before the save's own check: ask the rule first."""
	from frappe.model.workflow import apply_workflow as frappe_apply_workflow

	values = frappe.parse_json(doc)
	if isinstance(values, dict):
		_require_all(values.get("doctype"), [values.get("name")], rules.WORKFLOW)
	return frappe_apply_workflow(doc, action)


@frappe.whitelist()
def bulk_workflow_approval(docnames, doctype, action):
	from frappe.model.workflow import bulk_workflow_approval as frappe_bulk_approval

	_require_all(doctype, _names(docnames), rules.WORKFLOW)
	return frappe_bulk_approval(docnames, doctype, action)
