# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Open agreements past their date, by coordinator, professional and organisation.

Agreements are read from their owners (``basiszorg.afspraken``: the meeting that made them, or
the plan they were written in) through ``frappe.get_list`` as the session user.
"""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate

from basiszorg import afspraken


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	filters = frappe._dict(filters or {})
	today = getdate(filters.get("peildatum") or None)
	rows = overdue_agreements(filters, today)
	return columns(), rows, None, chart(rows)


def _lookup(doctype: str, key: str, value: str, keys: set) -> dict:
	"""{key: value} for the ``doctype`` records the session user may read."""
	if not keys:
		return {}
	return dict(
		frappe.get_list(
			doctype, filters={key: ["in", list(keys)]}, fields=[key, value], as_list=True, limit=0
		)
	)


def overdue_agreements(filters, today) -> list[dict]:
	rows = afspraken.open_agreements(
		frappe.get_list, overdue_on=today, hulpverlener=filters.get("hulpverlener")
	)
	coordinators = _lookup("Gezin", "name", "coordinator", {r.gezin for r in rows})
	organisations = _lookup(
		"Hulpverlener", "name", "zorgorganisatie", {r.hulpverlener for r in rows if r.hulpverlener}
	)
	result = []
	for row in rows:
		row.coordinator = coordinators.get(row.gezin)
		row.zorgorganisatie = organisations.get(row.hulpverlener)
		row.dagen_te_laat = date_diff(today, row.wanneer)
		if filters.get("coordinator") and row.coordinator != filters.coordinator:
			continue
		if filters.get("zorgorganisatie") and row.zorgorganisatie != filters.zorgorganisatie:
			continue
		result.append(row)
	return result


def columns():
	return [
		{"fieldname": "gezin", "label": _("Gezin"), "fieldtype": "Link", "options": "Gezin", "width": 130},
		{"fieldname": "gezinsnaam", "label": _("Gezinsnaam"), "fieldtype": "Data", "width": 150},
		{"fieldname": "wat", "label": _("Afspraak"), "fieldtype": "Data", "width": 260},
		{"fieldname": "wie", "label": _("Wie"), "fieldtype": "Data", "width": 150},
		{
			"fieldname": "zorgorganisatie",
			"label": _("Organisatie"),
			"fieldtype": "Link",
			"options": "Zorgorganisatie",
			"width": 170,
		},
		{"fieldname": "wanneer", "label": _("Uiterlijk"), "fieldtype": "Date", "width": 100},
		{"fieldname": "dagen_te_laat", "label": _("Dagen te laat"), "fieldtype": "Int", "width": 100},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 80},
		{
			"fieldname": "coordinator",
			"label": _("Coördinator"),
			"fieldtype": "Link",
			"options": "User",
			"width": 170,
		},
		{
			"fieldname": "overleg",
			"label": _("Uit overleg"),
			"fieldtype": "Link",
			"options": "Overleg",
			"width": 130,
		},
		{
			"fieldname": "zorgplan",
			"label": _("Zorgplan"),
			"fieldtype": "Link",
			"options": "Zorgplan",
			"width": 130,
		},
	]


def chart(rows):
	counts = {}
	for row in rows:
		key = row.zorgorganisatie or _("Ouders en anderen")
		counts[key] = counts.get(key, 0) + 1
	return {
		"data": {
			"labels": list(counts),
			"datasets": [{"name": _("Afspraken te laat"), "values": list(counts.values())}],
		},
		"type": "bar",
		"colors": ["#e24c4c"],
	}
