"""A child's own part inside family documents: rows about one child are shown only to readers a
consent covers for that part (the rule is ``rules.visible_parts``/``rules.row_visible``).

``ShowsOnlyCoveredParts`` is mixed into the controllers of Gezin, Overleg and Zorgplan. Frappe
calls ``apply_fieldlevel_read_permissions`` before a document leaves for the desk form, the REST
API and ``frappe.client.get``, and ``before_print`` before print/PDF; both drop the rows the reader
may not see. For the minutes sent by e-mail the recipient's parts are set explicitly
(``covered_for_recipient``), since the sender is a coordinator.
"""

import frappe

from basiszorg.permissions import rules

NOT_SET = object()


class ShowsOnlyCoveredParts:
	def apply_fieldlevel_read_permissions(self):
		super().apply_fieldlevel_read_permissions()
		rules.hide_rows_for(self)

	def before_print(self, settings=None):
		covered = self.flags.get("covered_parts", NOT_SET)
		if covered is NOT_SET:
			rules.hide_rows_for(self)
		else:
			rules.hide_rows(self, covered)


def covered_for_recipient(gezin: str, hulpverlener: str | None, scopes: tuple[str, ...]) -> set[str]:
	"""The children's parts a recipient of something sent may see: for a professional the parts
	their consent covers in ``scopes``; for anyone else (the parents, others the family chose) the
	parts the parents see: not a 16+ youngster's who keeps it from them."""
	if not hulpverlener:
		from basiszorg.permissions.portaal import parents_parts

		return parents_parts(gezin)
	from basiszorg.permissions import grants

	covered = set()
	for scope in scopes:
		covered |= grants.parts_in(gezin, scope, hulpverlener=hulpverlener)
	return covered


def pdf_for_recipient(
	doc, print_format: str, gezin: str, hulpverlener: str | None, scopes: tuple[str, ...], pdfs: dict, ouder: bool = False
) -> bytes:
	"""``doc`` printed as one recipient may read it (the parts their consent covers, and pages of
	other records as ``print_reader`` allows them); ``pdfs`` keeps one rendering per kind of
	reader: each professional their own (their consents differ per scope), the parents one,
	anyone else one."""
	covered = covered_for_recipient(gezin, hulpverlener, scopes)
	key = (hulpverlener or ("ouder" if ouder else "anders"), frozenset(covered))
	if key not in pdfs:
		copy = frappe.get_doc(doc.doctype, doc.name)
		copy.flags.covered_parts = covered
		copy.flags.recipient = frappe._dict(hulpverlener=hulpverlener, ouder=bool(ouder))
		pdfs[key] = frappe.get_print(doc.doctype, doc.name, print_format=print_format, as_pdf=True, doc=copy)
	return pdfs[key]


def print_reader(doc, doctype: str) -> tuple[bool, set[str] | None]:
	"""Whether a page printed from ``doc`` may show the ``doctype`` records of its family, and the
	children's parts it shows (None: all). Printed for one recipient (``pdf_for_recipient``): a
	professional's consent today in the scope of ``doctype``; the parents' view for a parent;
	nothing for anyone else. Printed to read: the printing user's rule."""
	from basiszorg.permissions import grants
	from basiszorg.permissions.portaal import parents_parts
	from basiszorg.permissions.registry import scope_for

	gezin = rules.gezin_of(doc)
	recipient = doc.flags.get("recipient")
	if recipient is not None:
		if recipient.hulpverlener:
			scope = scope_for(doctype)
			if scope not in grants.scopes_today(gezin, [recipient.hulpverlener]).get(recipient.hulpverlener, set()):
				return False, set()
			return True, grants.parts_in(gezin, scope, hulpverlener=recipient.hulpverlener)
		if recipient.ouder:
			return True, parents_parts(gezin)
		return False, set()  # fail closed: someone present without a consent of their own
	user = frappe.session.user
	if not rules.may_for_family(doctype, gezin, user, "read"):
		return False, set()
	return True, rules.visible_parts(doctype, gezin, user)


def restricted_reader(doctype: str, name: str, user: str | None = None) -> bool:
	"""Whether ``user`` reads the family record ``doctype``/``name`` with some parts hidden."""
	from basiszorg.permissions.registry import entry

	declared = entry(doctype)
	if not declared or not declared.family_data or declared.is_child:
		return False
	gezin = (
		name if declared.gezin_field == "name" else frappe.db.get_value(doctype, name, declared.gezin_field)
	)
	return rules.visible_parts(doctype, gezin, user or frappe.session.user) is not None
