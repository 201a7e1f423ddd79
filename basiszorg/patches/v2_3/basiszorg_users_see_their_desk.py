"""Users who had only basiszorg roles before the module profile existed get it (once)."""

import frappe

from basiszorg.setup.desk_modules import ensure_module_profile, only_basiszorg_desk_roles


def execute():
	ensure_module_profile()
	users = frappe.get_all(
		"User",
		filters={"user_type": "System User", "name": ["not in", ["Administrator", "Guest"]]},
		or_filters=[["module_profile", "is", "not set"], ["module_profile", "=", ""]],
		pluck="name",
	)
	for name in users:
		roles = frappe.get_all("Has Role", {"parent": name, "parenttype": "User"}, pluck="role")
		if only_basiszorg_desk_roles(roles):
			frappe.get_doc("User", name).save(ignore_permissions=True)  # the User hook gives the profile
