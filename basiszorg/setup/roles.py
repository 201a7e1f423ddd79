"""The roles of the product contract."""

import frappe

COORDINATOR = "Basiszorg Coördinator"
COMMISSIE = "Basiszorg Commissie"
HULPVERLENER = "Hulpverlener"
BEHEERDER = "Basiszorg Beheerder"
GEZINSLID = "Gezinslid"  # a parent/carer or youngster of a family, on the portal (no desk)
# the bureau's meldcode officer: reads and advises on the records of the meldcode (Zorg over veiligheid)
AANDACHTSFUNCTIONARIS = "Basiszorg Aandachtsfunctionaris"
ROLES = (COORDINATOR, COMMISSIE, HULPVERLENER, BEHEERDER, GEZINSLID, AANDACHTSFUNCTIONARIS)
WEBSITE_ROLES = (GEZINSLID,)


def ensure_roles() -> None:
	"""Create the roles when missing. A family role never opens the desk: Frappe itself creates a
	role it meets in a doctype's permissions with desk access, so that is corrected here."""
	for role in ROLES:
		desk = int(role not in WEBSITE_ROLES)
		if not frappe.db.exists("Role", role):
			frappe.get_doc({"doctype": "Role", "role_name": role, "desk_access": desk}).insert(
				ignore_permissions=True
			)
		elif not desk and frappe.db.get_value("Role", role, "desk_access"):
			frappe.db.set_value("Role", role, "desk_access", 0)
