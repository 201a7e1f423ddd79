"""Data for the browser check of a handover (tests/browser/overdracht.js), made through the app's
own rules: a coordinator with exactly three running families and a colleague to hand them to, and
a contact whose note the coordinator is writing when the session ends.

Run as ``bench --site S execute basiszorg.overdracht.browser_setup.setup``.
"""

import frappe

from basiszorg.permissions.registry import GEZIN
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import browser_setup, factories


def setup() -> dict:
	frappe.set_user("Administrator")
	net = factories.network()
	stamp = frappe.generate_hash(length=5)
	van = browser_setup._user("browser-overdracht-van", COORDINATOR)
	naar = browser_setup._user("browser-overdracht-naar", COORDINATOR)
	frappe.db.set_value(
		"User", naar, {"first_name": "Bram", "last_name": "Overdracht", "full_name": "Bram Overdracht"}
	)
	# an earlier run's families leave this coordinator's caseload (their history stays)
	for name in frappe.get_all(GEZIN, {"coordinator": ["in", [van, naar]]}, pluck="name"):
		frappe.db.set_value(GEZIN, name, "coordinator", None)
	families = [
		factories.active_family(net, gezinsnaam=f"Gezin Overdracht {stamp} {n}", coordinator=van).name
		for n in (1, 2, 3)
	]
	contact = frappe.get_doc(
		{
			"doctype": "Contactmoment",
			"gezin": families[0],
			"met_wie": "Ouder",
			"naam": "Sanne",
			"hoe": "Telefoon",
			"notitie": "Kort gebeld.",
		}
	).insert()
	return {
		"password": browser_setup.PASSWORD,
		"otp_secret": browser_setup.OTP_SECRET,
		"coordinator": van,
		"naar": naar,
		"gezinnen": families,
		"contact": contact.name,
	}


def notitie(contact: str) -> str:
	"""What the browser check reads back: the stored note of a contact."""
	frappe.set_user("Administrator")
	return frappe.db.get_value("Contactmoment", contact, "notitie")


def end_session(user: str) -> None:
	"""The idle logout, as the server does it: the user's sessions end."""
	from frappe.sessions import clear_sessions

	clear_sessions(user, force=True)


def state(gezinnen: list) -> dict:
	"""What the browser check reads back: each family's coordinator and its history's length."""
	frappe.set_user("Administrator")
	return {
		name: {
			"coordinator": frappe.db.get_value(GEZIN, name, "coordinator"),
			"periodes": frappe.db.count("Gezin Coordinatorperiode", {"parent": name}),
		}
		for name in frappe.parse_json(gezinnen)
	}
