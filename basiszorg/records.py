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
