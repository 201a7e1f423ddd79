"""Data for the browser check of what a bureau notices first (tests/browser/eerste_indruk.js): the
bureau's details in Basiszorg Instellingen, a coordinator, and a waiting family's parent on
Mijn gezin. Run as ``bench --site S execute basiszorg.setup.browser_setup.setup``."""

import frappe

from basiszorg.tests import browser_setup

BUREAU = {
	"bureau_naam": "Bureau Basiszorg Rivierenland",
	"bureau_telefoon": "0344 123 456",
	"bureau_email": "basiszorg@rivierenland.example",
	"bureau_adres": "Stationsweg 1\n4001 AA Tiel",
}


def setup() -> dict:
	frappe.set_user("Administrator")
	settings = frappe.get_single("Basiszorg Instellingen")
	settings.update(BUREAU)
	settings.save()
	portal = browser_setup.portaal()
	return {
		**BUREAU,
		"password": browser_setup.PASSWORD,
		"otp_secret": browser_setup.OTP_SECRET,
		"coordinator": portal["coordinator"],
		"ouder": portal["wachtend"]["ouder"],
	}
