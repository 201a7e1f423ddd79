"""Data for the browser check of help requests (tests/browser/hulp.js), made through the app's own
rules: a family in a traject with an adopted plan and its parent on Mijn gezin, and an offer on
the social map whose receiver the family's consent covers.

Run as ``bench --site S execute basiszorg.hulp.browser_setup.setup``.
"""

import frappe

from basiszorg.domain import hulpaanvraag as regels
from basiszorg.permissions.registry import HULPAANVRAAG
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import browser_setup, factories


def setup() -> dict:
	frappe.set_user("Administrator")
	factories.ensure_outgoing_email_account()
	net = factories.network()
	stamp = frappe.generate_hash(length=5)
	coordinator = browser_setup._user("browser-coordinator", COORDINATOR)
	leden = factories.gezin_dict(net)["leden"]
	leden[0]["email"] = f"ouder-hulp-{stamp}@bz-test.example"
	family = factories.active_family(net, gezinsnaam=f"Gezin Hulp {stamp}", coordinator=coordinator, leden=leden)
	plan = factories.adopted_plan(family.name)
	offer_name = f"KOPP-groep 4 tot 8 jaar {stamp}"
	offer = factories.aanbod(
		net["ggz"], naam=offer_name, leeftijd_van=4, leeftijd_tot=8, wachttijd_weken=6, ontvanger=net["psychiater"], telefoon="010-7654321"
	)
	factories.toestemming(family.name, net["psychiater"], gezinsgegevens=1, zorgplan=1)
	parent = browser_setup.portal_parent(family.name, family.leden[0].name, coordinator)
	frappe.db.commit()
	return {
		"password": browser_setup.PASSWORD,
		"otp_secret": browser_setup.OTP_SECRET,
		"coordinator": coordinator,
		"ouder": parent,
		"gezin": family.name,
		"aanbod": offer,
		"aanbod_naam": offer_name,
		"doel": plan.doelen[0].doel,
		"wachtlijst": regels.WACHTLIJST,
		"gestart": regels.GESTART,
		"actie_wachtlijst": "Op de wachtlijst zetten",
		"actie_gestart": "Hulp gestart",
	}


def state(gezin: str) -> list:
	"""What the browser check reads back: the family's help requests."""
	frappe.set_user("Administrator")
	return frappe.get_all(
		HULPAANVRAAG,
		filters={"gezin": gezin},
		fields=["name", "aanbod", "workflow_state", "wachtlijst_op", "gestart_op", "doel_id", "verstuurd_op"],
		as_list=False,
	)
