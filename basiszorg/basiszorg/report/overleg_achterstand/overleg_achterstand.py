# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Families in intake or an active traject without a meeting with the family in the last months
and none planned (a voorbespreking with professionals only does not count)."""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate

from basiszorg import instellingen
from basiszorg.reminders.overleg import families_without_meeting


def last_contacts(families) -> dict:
	"""The most recent contact between meetings per family (that the session user may read)."""
	last = {}
	if families and frappe.has_permission("Contactmoment", "read"):
		for row in frappe.get_list(
			"Contactmoment",
			filters={"gezin": ["in", [f.name for f in families]]},
			fields=["gezin", "datum"],
			limit=0,
		):
			last[row.gezin] = max(getdate(row.datum), last.get(row.gezin) or getdate(row.datum))
	return last


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	today = getdate()
	months = instellingen.normen().signaal_geen_overleg_maanden
	families = families_without_meeting(frappe.get_list, today, months)
	contacts = last_contacts(families)
	rows = [
		{
			"gezin": family.name,
			"gezinsnaam": family.gezinsnaam,
			"coordinator": family.coordinator,
			"laatste_overleg": family.laatste_overleg,
			"dagen_geleden": date_diff(today, family.laatste_overleg) if family.laatste_overleg else None,
			"workflow_state": family.workflow_state,
			"startdatum": family.startdatum,
			"laatste_contact": contacts.get(family.name),
		}
		for family in families
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
		{"fieldname": "workflow_state", "label": _("Status"), "fieldtype": "Data", "width": 90},
		{"fieldname": "startdatum", "label": _("Start traject"), "fieldtype": "Date", "width": 110},
		{"fieldname": "laatste_contact", "label": _("Laatste contact"), "fieldtype": "Date", "width": 120},
	]
	return (
		columns,
		rows,
		_(
			"Gezinnen in intake of een actief traject zonder overleg met het gezin in de laatste {0} maanden"
			" en zonder gepland overleg (een voorbespreking telt niet mee)."
		).format(months),
	)
