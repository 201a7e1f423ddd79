"""The meldcode officer's role (Basiszorg Aandachtsfunctionaris, issue 25) reads family data: on a
site whose security defaults were applied before the role existed, it gets the second factor at
login like the other desk roles of basiszorg (a new site gets it from the defaults themselves)."""

import frappe

from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS
from basiszorg.setup.security import APPLIED


def execute():
	if frappe.db.get_default(APPLIED) and frappe.db.exists("Role", AANDACHTSFUNCTIONARIS):
		frappe.db.set_value("Role", AANDACHTSFUNCTIONARIS, "two_factor_auth", 1)
