"""The roles of the product contract."""

import frappe

COORDINATOR = "Basiszorg Coördinator"
COMMISSIE = "Basiszorg Commissie"
HULPVERLENER = "Hulpverlener"
BEHEERDER = "Basiszorg Beheerder"
ROLES = (COORDINATOR, COMMISSIE, HULPVERLENER, BEHEERDER)


def ensure_roles() -> None:
	for role in ROLES:
		if not frappe.db.exists("Role", role):
			frappe.get_doc({"doctype": "Role", "role_name": role, "desk_access": 1}).insert(
				ignore_permissions=True
			)
