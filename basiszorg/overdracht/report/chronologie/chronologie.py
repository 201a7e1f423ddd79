# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""The family's chronology in the desk, filtered by kind, period and the significant mark; it
reads through ``basiszorg.overdracht.chronologie`` (the permission rules decide what appears)."""

import frappe
from frappe import _

from basiszorg.overdracht.chronologie import chronologie


@frappe.read_only()
def execute(filters=None):
	filters = frappe._dict(filters or {})
	columns = [
		{"fieldname": "op", "label": _("Datum"), "fieldtype": "Date", "width": 110},
		{"fieldname": "soort", "label": _("Soort"), "fieldtype": "Data", "width": 120},
		{"fieldname": "wat", "label": _("Wat"), "fieldtype": "Data", "width": 380},
		{"fieldname": "doctype", "label": _("Documenttype"), "fieldtype": "Data", "width": 130},
		{"fieldname": "document", "label": _("Document"), "fieldtype": "Data", "width": 150},
		{"fieldname": "significant", "label": _("Belangrijk"), "fieldtype": "Check", "width": 90},
		{"fieldname": "sleutel", "label": _("Sleutel"), "fieldtype": "Data", "hidden": 1},
	]
	if not filters.gezin:
		return columns, []
	soorten = frappe.parse_json(filters.soorten) if filters.soorten else None
	if isinstance(soorten, str):
		soorten = [soorten]
	events = chronologie(
		filters.gezin, soorten, filters.van, filters.tot, bool(frappe.utils.cint(filters.alleen_significant))
	)
	rows = [
		{
			"op": e.op,
			"soort": _(e.soort),
			"wat": e.wat,
			"doctype": e.doctype,
			"document": e.name,
			"significant": int(e.significant),
			"sleutel": e.sleutel,
		}
		for e in events
	]
	return columns, rows
