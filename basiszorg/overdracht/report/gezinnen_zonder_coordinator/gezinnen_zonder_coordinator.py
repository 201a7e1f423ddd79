# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Families that have not ended and have no coordinator at hand today: none, one without access
any more, or one who is away without a stand-in. Read through ``frappe.get_list`` (the
permission rules decide which families the user sees)."""

import frappe
from frappe import _
from frappe.utils import get_fullname, getdate

from basiszorg.domain import overdracht as regels
from basiszorg.domain.traject import BEEINDIGD
from basiszorg.overdracht.vervanging import afwezigheden, kan_coordineren


@frappe.read_only()
def execute(filters=None):
	today = getdate()
	families = frappe.get_list(
		"Gezin",
		filters={"workflow_state": ["not in", BEEINDIGD]},
		fields=["name", "gezinsnaam", "workflow_state", "coordinator"],
		order_by="name asc",
		limit=0,
	)
	coordinators = sorted({f.coordinator for f in families if f.coordinator})
	away = {a.coordinator: a for a in afwezigheden(today, coordinators)}
	present = {c: kan_coordineren(c) for c in coordinators}
	rows = []
	for f in families:
		absence = away.get(f.coordinator)
		why = regels.zonder_aanwezige(f.coordinator, present.get(f.coordinator, False), absence)
		if why:
			rows.append(
				{
					"gezin": f.name,
					"gezinsnaam": f.gezinsnaam,
					"status": f.workflow_state,
					"coordinator": f.coordinator,
					"naam": get_fullname(f.coordinator) if f.coordinator else "",
					"waarom": _(why),
					"afwezig_tot": absence.tot if absence else None,
				}
			)
	columns = [
		{"fieldname": "gezin", "label": _("Gezin"), "fieldtype": "Link", "options": "Gezin", "width": 140},
		{"fieldname": "gezinsnaam", "label": _("Gezinsnaam"), "fieldtype": "Data", "width": 180},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 120},
		{"fieldname": "naam", "label": _("Coördinator"), "fieldtype": "Data", "width": 180},
		{"fieldname": "waarom", "label": _("Waarom"), "fieldtype": "Data", "width": 260},
		{"fieldname": "afwezig_tot", "label": _("Afwezig tot en met"), "fieldtype": "Date", "width": 140},
	]
	return columns, rows
