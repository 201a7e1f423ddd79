# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Families in an active traject without a meeting in the last months and none planned."""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate

from basiszorg.domain.overleg import overleg_achterstallig

HELD = ("Gehouden", "Verslag concept", "Verslag verzonden")


def execute(filters=None):
	filters = frappe._dict(filters or {})
	today = getdate()
	months = frappe.db.get_single_value("Basiszorg Instellingen", "signaal_geen_overleg_maanden") or 3
	families = frappe.get_list(
		"Gezin",
		filters={"workflow_state": "Actief"},
		fields=["name", "gezinsnaam", "coordinator", "startdatum"],
		limit_page_length=0,
	)
	meetings = {}
	if families:
		for m in frappe.get_list(
			"Overleg",
			filters={"gezin": ["in", [f.name for f in families]]},
			fields=["gezin", "starts_on", "workflow_state"],
			limit_page_length=0,
		):
			meetings.setdefault(m.gezin, []).append(m)
	rows = []
	for family in families:
		own = meetings.get(family.name, [])
		held = max((getdate(m.starts_on) for m in own if m.workflow_state in HELD), default=None)
		planned = max((getdate(m.starts_on) for m in own if m.workflow_state == "Gepland"), default=None)
		if overleg_achterstallig(held, planned, today, months):
			rows.append(
				{
					"gezin": family.name,
					"gezinsnaam": family.gezinsnaam,
					"coordinator": family.coordinator,
					"laatste_overleg": held,
					"dagen_geleden": date_diff(today, held) if held else None,
					"startdatum": family.startdatum,
				}
			)
	rows.sort(key=lambda r: r["laatste_overleg"] or getdate("1900-01-01"))
	columns = [
		{"fieldname": "gezin", "label": _("Gezin"), "fieldtype": "Link", "options": "Gezin", "width": 130},
		{"fieldname": "gezinsnaam", "label": _("Gezinsnaam"), "fieldtype": "Data", "width": 160},
		{
			"fieldname": "coordinator",
			"label": _("Coördinator"),
			"fieldtype": "Link",
			"options": "User",
			"width": 180,
		},
		{"fieldname": "laatste_overleg", "label": _("Laatste overleg"), "fieldtype": "Date", "width": 120},
		{"fieldname": "dagen_geleden", "label": _("Dagen geleden"), "fieldtype": "Int", "width": 110},
		{"fieldname": "startdatum", "label": _("Start traject"), "fieldtype": "Date", "width": 110},
	]
	return (
		columns,
		rows,
		_("Actieve gezinnen zonder overleg in de laatste {0} maanden en zonder gepland overleg.").format(
			months
		),
	)
