"""Basiszorg Instellingen: store the shipped defaults once, so code never sees an unset value.

Frappe keeps a Single's values only after its first save; until then every Check reads as 0.
Settings an administrator already saved are never touched.
"""

import frappe
from frappe.utils import cint

SETTINGS = "Basiszorg Instellingen"


def ensure_settings() -> None:
	stored = frappe.db.get_singles_dict(SETTINGS)
	settings = frappe.get_single(SETTINGS)
	changed = False
	for df in settings.meta.fields:
		if df.default is not None and df.fieldname not in stored:
			settings.set(df.fieldname, cint(df.default) if df.fieldtype in ("Int", "Check") else df.default)
			changed = True
	if changed:
		settings.save(ignore_permissions=True)
