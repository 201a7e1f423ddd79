# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""The bureau's norms per quarter, traject duration and closure reasons (through frappe.get_list)."""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain.kpi import bereken, kwartaal

DATE_FIELDS = (
	"aanmelddatum",
	"besluitdatum",
	"wachtlijst_datum",
	"intakedatum",
	"startdatum",
	"afsluitdatum",
)


def execute(filters=None):
	families = frappe.get_list("Gezin", fields=["name", "afsluitreden", *DATE_FIELDS], limit_page_length=0)
	for family in families:
		for field in DATE_FIELDS:
			family[field] = getdate(family[field]) if family.get(field) else None
	closed = [f.name for f in families if f.afsluitdatum]
	meetings = {}
	if closed:
		for row in frappe.get_list(
			"Overleg",
			filters={"gezin": ["in", closed], "workflow_state": ["!=", "Gepland"]},
			fields=["gezin", "count(name) as n"],
			group_by="gezin",
		):
			meetings[row.gezin] = row.n
	quarters = bereken(families, meetings)
	reasons = {}
	for family in families:
		if family.afsluitdatum and family.afsluitreden:
			key = (kwartaal(family.afsluitdatum), family.afsluitreden)
			reasons[key] = reasons.get(key, 0) + 1
	rows = []
	for q in quarters:
		row = {
			"kwartaal": q.kwartaal,
			"besluiten": q.besluiten,
			"pct_besluit": q.pct_besluit_binnen_2_weken,
			"starts": q.starts,
			"pct_start": q.pct_start_binnen_12_weken,
			"afgesloten": q.afgesloten,
			"pct_afgesloten": q.pct_afgesloten_binnen_12_maanden,
			"gem_duur": q.gem_trajectduur_dagen,
			"gem_overleggen": q.gem_overleggen_per_gezin,
			"redenen": ", ".join(f"{_(r)}: {n}" for (k, r), n in sorted(reasons.items()) if k == q.kwartaal),
		}
		rows.append(row)
	return columns(), rows, None, chart(rows), summary(rows)


def columns():
	pct = {"fieldtype": "Percent", "width": 130}
	return [
		{"fieldname": "kwartaal", "label": _("Kwartaal"), "fieldtype": "Data", "width": 90},
		{"fieldname": "besluiten", "label": _("Besluiten"), "fieldtype": "Int", "width": 90},
		{"fieldname": "pct_besluit", "label": _("Besluit binnen 2 weken"), **pct},
		{"fieldname": "starts", "label": _("Gestart"), "fieldtype": "Int", "width": 80},
		{"fieldname": "pct_start", "label": _("Start binnen 12 weken"), **pct},
		{"fieldname": "afgesloten", "label": _("Afgesloten"), "fieldtype": "Int", "width": 90},
		{"fieldname": "pct_afgesloten", "label": _("Afgesloten binnen 12 maanden"), **pct},
		{"fieldname": "gem_duur", "label": _("Gem. trajectduur (dagen)"), "fieldtype": "Int", "width": 120},
		{
			"fieldname": "gem_overleggen",
			"label": _("Gem. overleggen per gezin"),
			"fieldtype": "Float",
			"width": 120,
		},
		{"fieldname": "redenen", "label": _("Afsluitredenen"), "fieldtype": "Data", "width": 320},
	]


def chart(rows):
	recent = rows[-8:]
	return {
		"data": {
			"labels": [r["kwartaal"] for r in recent],
			"datasets": [
				{"name": _("Besluit binnen 2 weken"), "values": [r["pct_besluit"] or 0 for r in recent]},
				{"name": _("Start binnen 12 weken"), "values": [r["pct_start"] or 0 for r in recent]},
				{
					"name": _("Afgesloten binnen 12 maanden"),
					"values": [r["pct_afgesloten"] or 0 for r in recent],
				},
			],
		},
		"type": "line",
	}


def summary(rows):
	if not rows:
		return []
	last = rows[-1]
	return [
		{
			"label": _("Besluit binnen 2 weken ({0})").format(last["kwartaal"]),
			"value": last["pct_besluit"] or 0,
			"datatype": "Percent",
			"indicator": "Blue",
		},
		{
			"label": _("Start binnen 12 weken"),
			"value": last["pct_start"] or 0,
			"datatype": "Percent",
			"indicator": "Orange",
		},
		{
			"label": _("Afgesloten binnen 12 maanden"),
			"value": last["pct_afgesloten"] or 0,
			"datatype": "Percent",
			"indicator": "Green",
		},
	]
