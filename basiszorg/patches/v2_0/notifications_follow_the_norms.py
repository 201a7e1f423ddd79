"""The shipped notifications were standard records from JSON files; they are now ordinary records
that follow Basiszorg Instellingen (see basiszorg.setup.notifications). Existing ones become
editable in place and keep what an administrator set, except the days that follow the norms."""

import frappe

from basiszorg.instellingen import ensure_defaults, normen
from basiszorg.setup.notifications import definitions, ensure_notifications, follow_norms


def execute():
	ensure_defaults()
	for definition in definitions(normen()):
		if frappe.db.exists("Notification", definition["name"]):
			frappe.db.set_value("Notification", definition["name"], "is_standard", 0)
	ensure_notifications()
	follow_norms(normen())
