"""Data for the browser checks (tests/browser/flow.js), created through the app's own rules.

Run by the test command as ``bench --site S execute basiszorg.tests.browser_setup.setup``; returns
the users (with a password) and the names the browser needs.
"""

import frappe

from basiszorg.domain import traject
from basiszorg.domain.wachtlijst import RAPPORT
from basiszorg.setup.roles import COMMISSIE, COORDINATOR, HULPVERLENER
from basiszorg.setup.security import register_otp_secret
from basiszorg.tests import factories

PASSWORD = "Browser-check-2026!"
OTP_SECRET = "BROWSERCHECKBASISZORG2FA"  # the browser users' authenticator secret (test users only)


def _user(local: str, role: str) -> str:
	email = factories.ensure_user(local, role)
	user = frappe.get_doc("User", email)
	user.new_password = PASSWORD
	user.save(ignore_permissions=True)
	register_otp_secret(email, OTP_SECRET)
	return email


def setup() -> dict:
	frappe.set_user("Administrator")
	if not frappe.db.get_single_value("System Settings", "setup_complete"):
		from basiszorg.demo.generator import _complete_setup_wizard

		_complete_setup_wizard()
	net = factories.network()
	return {
		"password": PASSWORD,
		"otp_secret": OTP_SECRET,
		"coordinator": _user("browser-coordinator", COORDINATOR),
		"commissie": _user("browser-commissie", COMMISSIE),
		"hulpverlener": _user("browser-hulpverlener", HULPVERLENER),
		"psychiater": net["psychiater"],
		"jeugdverpleegkundige": net["jeugdverpleegkundige"],
		"states": {"in_commissie": traject.IN_COMMISSIE, "wachtlijst": traject.WACHTLIJST},
		"rapport_wachtlijst": RAPPORT,
	}


def make_eligible(gezin: str) -> str:
	"""Members and involved professionals for a family registered in the browser."""
	net = factories.network()
	family = frappe.get_doc("Gezin", gezin)
	template = factories.gezin_dict(net)
	family.set("leden", template["leden"])
	family.set("betrokkenen", template["betrokkenen"])
	family.save(ignore_permissions=True)
	return family.name
