"""The write rule at Frappe's own doors: every way Frappe changes a family's record or its
timeline asks ``rules.may_change`` (or the ``has_permission`` hook, which asks the same rule).

- ``RecordChanges`` is mixed into the controller of every family doctype (a site test checks
  each one against the registry). Frappe runs a record's whitelisted methods for who may only
  *read* it (``run_doc_method``, ``?run_method=``, the v2 document routes); all of them dispatch
  through ``run_method``, where the rule now asks for ``METHOD``. Frappe's own ``rename`` (which
  can skip its write check when asked) and ``add_comment`` (any author, any kind) are no longer
  whitelisted on family records. A record loaded from the database keeps its name.
- ``keep_what_the_database_knows`` (``before_validate`` of every family doctype): the stored
  ``owner`` and ``creation`` stay, a doctype that cannot be submitted stays a draft, and no child
  row of another record is taken over (Frappe writes rows by name, whatever their parent was).
- ``row_follows_its_record`` (child doctypes, when a row is written or deleted on its own, e.g.
  ``frappe.client.save`` or REST on the child doctype): the parent's rule decides, on the stored
  parent; a row never moves to another record.
- ``pointer_follows_its_record`` (Frappe's doctypes that point at a record: comments, ToDos,
  tags, files, mails, events, follows, shares): adding, changing or removing one needs that kind
  of change on the record pointed at, before and after the change.
- ``app_action()``: what the app itself changes after its own check (Mijn gezin's actions check
  the family member on their first line, then change the record as the app).

The whitelisted endpoints of Frappe that write without asking are wrapped in ``write_paths``; the
list of every wrapped endpoint and every doc event is ``entry_points``.
"""

import frappe
from frappe import _

from basiszorg.permissions import rules
from basiszorg.permissions.flags import is_raised, raised
from basiszorg.permissions.registry import entry, is_protected

FLAG = "basiszorg_app_action"


def app_action():
	"""A change the app makes itself, after its own check of the user (Mijn gezin's actions)."""
	return raised(FLAG)


def acting_as_app() -> bool:
	return is_raised(FLAG)


def refuse(message: str | None = None):
	frappe.throw(
		message or _("U mag dit gezinsdossier niet wijzigen."),
		frappe.PermissionError,
		title=_("Niet toegestaan"),
	)


def require(doctype: str, name: str | None, change: str, user: str | None = None) -> None:
	"""First line of every wrapped write path: the rule for ``change`` on the stored record."""
	if not rules.may_change(doctype, name, user or frappe.session.user, change):
		refuse()


# -- the controllers of family doctypes ----------------------------------------------------------

_WHITELISTED: dict[tuple[type, str], bool] = {}


def _is_whitelisted(cls: type, method: str) -> bool:
	key = (cls, method)
	if key not in _WHITELISTED:
		function = getattr(cls, method, None)
		_WHITELISTED[key] = (
			function is not None and getattr(function, "__func__", function) in frappe.whitelisted
		)
	return _WHITELISTED[key]


class RecordChanges:
	"""Mixed into every family doctype's controller, before ``Document``."""

	def load_from_db(self):
		loaded = super().load_from_db()
		self.__dict__["_stored_name"] = self.name
		return loaded

	def run_method(self, method, *args, **kwargs):
		if _is_whitelisted(type(self), method) and not acting_as_app():
			if not rules.may_access_doc(self, rules.METHOD):
				refuse()
		return super().run_method(method, *args, **kwargs)

	def rename(self, *args, **kwargs):
		"""Not whitelisted here: a family record is renamed (where its doctype allows it) through
		``frappe.client.rename_doc``, which asks the rule for ``RENAME``."""
		return super().rename(*args, **kwargs)

	def add_comment(self, *args, **kwargs):
		"""Not whitelisted here: the desk's comment box (``frappe.desk.form.utils.add_comment``)
		asks the rule for ``COMMENT``; the app adds its own notes by calling this directly."""
		return super().add_comment(*args, **kwargs)


def keep_what_the_database_knows(doc, method=None):
	"""``before_validate`` of every family doctype: what the client sent never decides who made
	a record, which record is written, or its status as a draft."""
	stored_name = doc.__dict__.get("_stored_name")
	if stored_name and stored_name != doc.name:
		refuse(_("Een dossier houdt zijn eigen naam: sla het op onder {0}.").format(stored_name))
	before = doc.get_doc_before_save() if not doc.is_new() else None
	if before is not None:
		doc.owner, doc.creation = before.owner, before.creation
	elif getattr(frappe.local, "request", None) is not None and not acting_as_app():
		doc.owner = frappe.session.user
	if not doc.meta.is_submittable and doc.docstatus != 0:
		refuse(_("{0} wordt niet ingediend of geannuleerd.").format(_(doc.doctype)))
	_refuse_rows_of_other_records(doc)


def _refuse_rows_of_other_records(doc) -> None:
	for table in doc.meta.get_table_fields():
		names = [row.name for row in doc.get(table.fieldname) or [] if row.name]
		if not names:
			continue
		elsewhere = frappe.db.sql(
			f"""select `name` from `tab{table.options}` where `name` in %(names)s
			and not (`parent` = %(parent)s and `parenttype` = %(parenttype)s and `parentfield` = %(field)s)
			limit 1""",
			{"names": names, "parent": doc.name or "", "parenttype": doc.doctype, "field": table.fieldname},
		)
		if elsewhere:
			refuse(_("Een regel hoort bij een ander dossier en blijft daar."))


def row_follows_its_record(doc, method=None):
	"""``before_validate`` and ``on_trash`` of the family's child doctypes, which Frappe runs only
	when a row is written or deleted on its own (Frappe itself checks the parent *doctype* then,
	not the parent record)."""
	declared = entry(doc.doctype)
	if acting_as_app() or not declared or not declared.is_child or not declared.family_data:
		return
	stored = (
		frappe.db.get_value(doc.doctype, doc.name, ["parent", "parenttype", "parentfield"], as_dict=True)
		if doc.name
		else None
	)
	if stored and (stored.parent, stored.parenttype, stored.parentfield) != (
		doc.parent,
		doc.parenttype,
		doc.parentfield,
	):
		refuse(_("Een regel blijft bij het dossier waar hij bij hoort."))
	parent = stored or doc
	if parent.parenttype != declared.parent or not rules.may_change(
		declared.parent, parent.parent, frappe.session.user, rules.SAVE
	):
		refuse()


# -- Frappe's own doctypes that point at a record ------------------------------------------------

# doctype: (kind of change, [(doctype field, name field)], [(child table, doctype field, name field)])
POINTERS = {
	"Comment": (rules.COMMENT, [("reference_doctype", "reference_name")], []),
	"ToDo": (rules.ASSIGN, [("reference_type", "reference_name")], []),
	"Tag Link": (rules.TAG, [("document_type", "document_name")], []),
	"File": (rules.ATTACH, [("attached_to_doctype", "attached_to_name")], []),
	"Communication": (
		rules.EMAIL,
		[("reference_doctype", "reference_name")],
		[("timeline_links", "link_doctype", "link_name")],
	),
	"Event": (rules.EVENT, [], [("event_participants", "reference_doctype", "reference_docname")]),
	"Document Follow": (rules.FOLLOW, [("ref_doctype", "ref_docname")], []),
	"DocShare": (rules.SHARE, [("share_doctype", "share_name")], []),
}
# a comment's kind decides which change it is (a "Like" comment is a like)
COMMENT_KINDS = {
	"Like": rules.LIKE,
	"Attachment": rules.ATTACH,
	"Attachment Removed": rules.ATTACH,
	"Assigned": rules.ASSIGN,
	"Assignment Completed": rules.ASSIGN,
	"Shared": rules.SHARE,
	"Unshared": rules.SHARE,
	"Workflow": rules.WORKFLOW,
	"Relinked": rules.EMAIL,
}


def _pointed_at(doc, fields, tables) -> set[tuple[str, str]]:
	pointed = set()
	for row, doctype_field, name_field in [
		*((doc, d, n) for d, n in fields),
		*((row, d, n) for table, d, n in tables for row in doc.get(table) or []),
	]:
		doctype, name = row.get(doctype_field), row.get(name_field)
		if is_protected(doctype) and name:
			pointed.add((doctype, str(name)))
	return pointed


def pointers_of(doc) -> set[tuple[str, str]]:
	"""The family records ``doc`` points at now and, when stored, pointed at before."""
	_kind, fields, tables = POINTERS[doc.doctype]
	pointed = _pointed_at(doc, fields, tables)
	if doc.name and not doc.is_new():
		before = doc.get_doc_before_save() or (
			frappe.get_doc(doc.doctype, doc.name) if frappe.db.exists(doc.doctype, doc.name) else None
		)
		if before is not None:
			pointed |= _pointed_at(before, fields, tables)
	return pointed


def pointer_follows_its_record(doc, method=None):
	"""``before_validate`` and ``on_trash`` of Frappe's doctypes that point at a record."""
	if acting_as_app() or doc.doctype not in POINTERS:
		return
	kind = POINTERS[doc.doctype][0]
	if doc.doctype == "Comment":
		kind = COMMENT_KINDS.get(doc.comment_type, rules.COMMENT)
	user = frappe.session.user
	for doctype, name in sorted(pointers_of(doc)):
		if kind == rules.SHARE:
			refuse(
				_("Gezinsdossiers worden niet gedeeld: toegang voor hulpverleners loopt via een Toestemming.")
			)
		if not rules.may_change(doctype, name, user, kind):
			refuse()
