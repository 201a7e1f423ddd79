"""Glue between frappe documents and the pure rules in ``basiszorg.domain``.

The domain works with ``datetime.date`` values; frappe hands out dates as strings or dates
depending on where a document came from. ``domain_record`` gives the domain a read-only view
with every Date field parsed, and ``throw_findings`` turns domain findings into one translated
validation message.
"""

import frappe
from frappe import _
from frappe.utils import getdate

DATE_TYPES = ("Date",)

# The leading columns of every row written with frappe.db.bulk_insert, in the order the rows use.
STANDARD_COLUMNS = ("name", "creation", "modified", "owner", "modified_by", "docstatus", "idx")


def _date_fields(doctype: str) -> tuple[str, ...]:
	return tuple(df.fieldname for df in frappe.get_meta(doctype).fields if df.fieldtype in DATE_TYPES)


def domain_record(doc) -> frappe._dict:
	"""A plain view of ``doc`` (no child tables) with Date fields as ``date`` or None."""
	record = frappe._dict(doc.get_valid_dict(convert_dates_to_str=False, ignore_nulls=False))
	for fieldname in _date_fields(doc.doctype):
		value = record.get(fieldname)
		record[fieldname] = getdate(value) if value else None
	return record


def domain_rows(rows) -> list[frappe._dict]:
	return [domain_record(row) for row in rows or []]


def translate(finding) -> str:
	return finding.tekst(_)


def throw_findings(findings, title: str | None = None) -> None:
	"""Raise one ValidationError listing every finding; does nothing when there are none."""
	findings = list(findings)
	if not findings:
		return
	messages = [translate(f) for f in findings]
	frappe.throw(
		messages if len(messages) > 1 else messages[0],
		frappe.ValidationError,
		title=title or _("Controleer de gegevens"),
		as_list=len(messages) > 1,
	)


def mark_rows_about_children(doc, members) -> None:
	"""Rows chosen 'for' or 'about' a child (``voor_wie``) get that child's member row in
	``over_lid``, the mark the part rule reads; rows copied from a goal (``doel_id``) take the
	goal's mark. ``members`` are the family's member rows (``domain_rows``)."""
	from basiszorg.domain.leden import kind_met_naam
	from basiszorg.permissions.registry import entry

	goal_marks = {}
	for table_field in doc.meta.get_table_fields():
		declared = entry(table_field.options)
		if not declared or declared.deel_field != "over_lid":
			continue
		for row in doc.get(table_field.fieldname):
			if row.meta.has_field("voor_wie"):
				row.over_lid = kind_met_naam(row.voor_wie, members)
				if row.get("doel_id"):
					goal_marks[row.doel_id] = row.over_lid
	for table_field in doc.meta.get_table_fields():
		for row in doc.get(table_field.fieldname):
			if row.meta.has_field("over_lid") and not row.meta.has_field("voor_wie") and row.get("doel_id"):
				row.over_lid = goal_marks.get(row.doel_id, row.over_lid)


def family_members(gezin: str | None) -> list:
	return domain_rows(frappe.get_doc("Gezin", gezin).leden) if gezin else []


def member_choices(doc) -> list[str]:
	"""Who a goal, agreement or part of the minutes in ``doc`` can be for: the members the reader
	may see (a child's name is part of their own part), and the family."""
	from frappe import _

	from basiszorg.domain.leden import ONGEBOREN, naam
	from basiszorg.permissions.registry import entry
	from basiszorg.permissions.rules import row_visible, visible_parts

	covered = visible_parts(doc.doctype, doc.gezin, frappe.session.user)
	members = [
		naam(m)
		for m in family_members(doc.gezin)
		if m.rol != ONGEBOREN and (covered is None or row_visible(m, entry("Gezinslid").deel_field, covered))
	]
	return [*members, _("Hele gezin"), _("Ouders")]


class ConflictInDutch:
	"""Two people saved the same record: the second hears it in plain Dutch (Frappe v16 builds
	its message with the record's name inside the text to translate, so it is never translated)."""

	def check_if_latest(self):
		try:
			super().check_if_latest()
			return
		except frappe.TimestampMismatchError:
			if getattr(frappe.local, "message_log", None):
				frappe.local.message_log.pop()  # Frappe's own message, replaced by this one
		frappe.throw(
			_(
				"{0} is gewijzigd nadat u het opende. Uw wijzigingen zijn niet opgeslagen: "
				"vernieuw de pagina en doe ze opnieuw."
			).format(self.name),
			frappe.TimestampMismatchError,
			title=_("Iemand anders sloeg eerder op"),
		)
