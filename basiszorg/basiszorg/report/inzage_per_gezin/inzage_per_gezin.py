# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""'Who looked at our file?': every recorded read of one family, newest first, with the consent
that allowed a professional's read. Reads through ``frappe.get_list`` as the session user."""

import frappe
from frappe import _
from frappe.utils import get_fullname

from basiszorg.permissions.registry import READ_LOG


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	filters = frappe._dict(filters or {})
	if not filters.get("gezin"):
		return columns(), [], _("Kies een gezin.")
	list_filters = {"gezin": filters.gezin}
	if filters.get("van"):
		list_filters["tijdstip"] = [">=", filters.van]
	rows = frappe.get_list(
		READ_LOG,
		filters=list_filters,
		fields=["tijdstip", "gebruiker", "kanaal", "documenttype", "document"],
		order_by="tijdstip desc",
		limit=0,
	)
	names = list({r.gebruiker for r in rows})
	professionals = (
		dict(
			frappe.get_list(
				"Hulpverlener",
				filters={"user": ["in", names]},
				fields=["user", "zorgorganisatie"],
				as_list=True,
			)
		)
		if names
		else {}
	)
	for row in rows:
		row.naam = get_fullname(row.gebruiker)
		row.organisatie = professionals.get(row.gebruiker) or _("Bureau Basiszorg")
	return columns(), rows, None, chart(rows)


def columns():
	return [
		{"fieldname": "tijdstip", "label": _("Tijdstip"), "fieldtype": "Datetime", "width": 160},
		{"fieldname": "naam", "label": _("Wie"), "fieldtype": "Data", "width": 180},
		{"fieldname": "organisatie", "label": _("Organisatie"), "fieldtype": "Data", "width": 180},
		{"fieldname": "kanaal", "label": _("Hoe"), "fieldtype": "Data", "width": 110},
		{"fieldname": "documenttype", "label": _("Wat"), "fieldtype": "Data", "width": 120},
		{"fieldname": "document", "label": _("Document"), "fieldtype": "Data", "width": 140},
		{
			"fieldname": "gebruiker",
			"label": _("Gebruiker"),
			"fieldtype": "Link",
			"options": "User",
			"width": 200,
		},
	]


def chart(rows):
	per_organisation = {}
	for row in rows:
		per_organisation[row.organisatie] = per_organisation.get(row.organisatie, 0) + 1
	return {
		"data": {
			"labels": list(per_organisation),
			"datasets": [{"name": _("Inzages"), "values": list(per_organisation.values())}],
		},
		"type": "bar",
	}
