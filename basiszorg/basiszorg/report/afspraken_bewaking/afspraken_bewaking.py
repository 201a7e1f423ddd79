# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Open agreements past their date, by coordinator, professional and organisation.

Agreements live in the care plan (meetings feed them in); the report reads the current plans
through ``frappe.get_list`` as the session user.
"""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate

from basiszorg.domain.zorgplan import AFSPRAAK_OPEN, CONCEPT, VASTGESTELD


def execute(filters=None):
	filters = frappe._dict(filters or {})
	today = getdate(filters.get("peildatum") or None)
	rows = overdue_agreements(filters, today)
	return columns(), rows, None, chart(rows)


def overdue_agreements(filters, today) -> list[dict]:
	list_filters = [
		["Zorgplan", "workflow_state", "in", [VASTGESTELD, CONCEPT]],
		["Zorgplan Afspraak", "status", "in", list(AFSPRAAK_OPEN)],
		["Zorgplan Afspraak", "wanneer", "<", today],
	]
	if filters.get("hulpverlener"):
		list_filters.append(["Zorgplan Afspraak", "hulpverlener", "=", filters.hulpverlener])
	rows = frappe.get_list(
		"Zorgplan",
		filters=list_filters,
		fields=[
			"name as zorgplan",
			"gezin",
			"gezinsnaam",
			"`tabZorgplan Afspraak`.wat as wat",
			"`tabZorgplan Afspraak`.wie as wie",
			"`tabZorgplan Afspraak`.hulpverlener as hulpverlener",
			"`tabZorgplan Afspraak`.wanneer as wanneer",
			"`tabZorgplan Afspraak`.status as status",
			"`tabZorgplan Afspraak`.overleg as overleg",
		],
		order_by="`tabZorgplan Afspraak`.wanneer asc",
		limit_page_length=0,
	)
	families = {r.gezin for r in rows}
	coordinators = (
		dict(
			frappe.get_list(
				"Gezin",
				filters={"name": ["in", list(families)]},
				fields=["name", "coordinator"],
				as_list=True,
			)
		)
		if families
		else {}
	)
	professionals = {r.hulpverlener for r in rows if r.hulpverlener}
	organisations = (
		dict(
			frappe.get_list(
				"Hulpverlener",
				filters={"name": ["in", list(professionals)]},
				fields=["name", "zorgorganisatie"],
				as_list=True,
			)
		)
		if professionals
		else {}
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
