# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Families in an active traject without a meeting in the last months and none planned."""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate

from basiszorg import instellingen
from basiszorg.reminders.overleg import families_without_meeting


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	today = getdate()
	months = instellingen.normen().signaal_geen_overleg_maanden
	rows = [
		{
			"gezin": family.name,
			"gezinsnaam": family.gezinsnaam,
			"coordinator": family.coordinator,
			"laatste_overleg": family.laatste_overleg,
			"dagen_geleden": date_diff(today, family.laatste_overleg) if family.laatste_overleg else None,
			"startdatum": family.startdatum,
		}
		for family in families_without_meeting(frappe.get_list, today, months)
	]
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
