"""Families from before the coordinators' history get its first period: their coordinator since
the registration (reason left empty: nobody knows of earlier changes)."""

import frappe
from frappe.utils import getdate, now_datetime

from basiszorg.records import STANDARD_COLUMNS

COLUMNS = (*STANDARD_COLUMNS, "parent", "parenttype", "parentfield", "coordinator", "van")


def execute():
	started = frappe.get_all(
		"Gezin Coordinatorperiode", filters={"parenttype": "Gezin"}, pluck="parent", distinct=True
	)
	families = frappe.get_all(
		"Gezin",
		filters={"coordinator": ["is", "set"], "name": ["not in", started or [""]]},
		fields=["name", "coordinator", "aanmelddatum", "creation"],
	)
	now = now_datetime()
	rows = [
		(
			frappe.generate_hash(length=10),
			now,
			now,
			"Administrator",
			"Administrator",
			0,
			1,
			f.name,
			"Gezin",
			"coordinatoren",
			f.coordinator,
			getdate(f.aanmelddatum or f.creation),
		)
		for f in families
	]
	if rows:
		frappe.db.bulk_insert("Gezin Coordinatorperiode", COLUMNS, rows)
