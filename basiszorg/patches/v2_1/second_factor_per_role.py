"""A site where a save of System Settings (Frappe's setup wizard, or an administrator's save) had
switched the second factor on for the role All: families on Mijn gezin could no longer log in with
their password alone. Once, on sites that run basiszorg's security defaults, the role All is set
back; from now on such a save leaves it alone (``security.keep_second_factor_for_every_user``)."""

import frappe

from basiszorg.setup.security import APPLIED, EVERY_USER


def execute():
	if frappe.db.get_default(APPLIED) and frappe.db.get_value("Role", EVERY_USER, "two_factor_auth"):
		frappe.db.set_value("Role", EVERY_USER, "two_factor_auth", 0)
