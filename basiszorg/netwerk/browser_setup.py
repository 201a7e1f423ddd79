"""Data for the browser check of the network map (tests/browser/netwerk.js), made through the
app's own rules: a family in a traject with a few network people and a kept map, and its parent
on Mijn gezin.

Run as ``bench --site S execute basiszorg.netwerk.browser_setup.setup``.
"""

import frappe

from basiszorg.domain import netwerk as regels
from basiszorg.domain.netwerkkaart import MIDDEN, NABIJ, VER
from basiszorg.netwerk.kaart import PERSON_FIELDS
from basiszorg.permissions.registry import NETWERKPERSOON
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import browser_setup, factories

PEOPLE = (
	("Oma Truus", "moeder van Sanne", NABIJ, {"steun_opvang": 1, "steun_praktisch": 1}),
	("Buurvrouw Ans", "buurvrouw", MIDDEN, {"steun_opvang": 1}),
	("Trainer van de voetbal", "trainer van Daan", VER, {}),
)


def setup() -> dict:
	frappe.set_user("Administrator")
	net = factories.network()
	stamp = frappe.generate_hash(length=5)
	coordinator = browser_setup._user("browser-coordinator", COORDINATOR)
	parent_email = f"ouder-netwerk-{stamp}@bz-test.example"
	leden = factories.gezin_dict(net)["leden"]
	leden[0]["email"] = parent_email
	family = factories.active_family(
		net, gezinsnaam=f"Gezin Netwerk {stamp}", coordinator=coordinator, leden=leden
	)
	for naam, relatie, cirkel, steun in PEOPLE:
		frappe.get_doc(
			{
				"doctype": NETWERKPERSOON,
				"gezin": family.name,
				"naam": naam,
				"relatie": relatie,
				"nabijheid": cirkel,
				"betrekken": regels.BETREKKEN_JA,
				**steun,
			}
		).insert()
	factories.adopted_plan(family.name)  # keeps the first map
	parent = browser_setup.portal_parent(family.name, family.leden[0].name, coordinator)
	frappe.db.commit()
	return {
		"password": browser_setup.PASSWORD,
		"otp_secret": browser_setup.OTP_SECRET,
		"coordinator": coordinator,
		"ouder": parent,
		"gezin": family.name,
	}


def state(gezin: str) -> list:
	"""What the browser check reads back: the family's network people."""
	frappe.set_user("Administrator")
	return frappe.get_all(NETWERKPERSOON, {"gezin": gezin}, PERSON_FIELDS, order_by="creation asc")
