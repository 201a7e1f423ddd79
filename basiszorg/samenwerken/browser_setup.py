"""Data for the browser check of one plan, written together (tests/browser/samenwerken.js), made
through the app's own rules: a family in a traject with a plan and an agreement for a professional,
a meeting to come to which she is invited, and the parent on Mijn gezin.

Run as ``bench --site S execute basiszorg.samenwerken.browser_setup.setup``.
"""

import frappe
from frappe.utils import add_days, getdate

from basiszorg.domain.overleg import GEZINSOVERLEG
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import browser_setup, factories


def setup() -> dict:
	frappe.set_user("Administrator")
	net = factories.network()
	stamp = frappe.generate_hash(length=5)
	coordinator = browser_setup._user("browser-coordinator", COORDINATOR)
	professional_user, professional = browser_setup._professional(f"browser-samen-{stamp}", net["ggz"])
	parent_email = f"ouder-samen-{stamp}@bz-test.example"
	leden = factories.gezin_dict(net)["leden"]
	leden[0]["email"] = parent_email
	family = factories.active_family(
		net, gezinsnaam=f"Gezin Samen {stamp}", coordinator=coordinator, leden=leden
	)
	factories.toestemming(family.name, professional, gezinsgegevens=1, overleg=1, zorgplan=1)
	name = frappe.db.get_value("Hulpverlener", professional, "volledige_naam")
	plan = factories.adopted_plan(
		family.name,
		afspraken=[
			{
				"wat": "De school bellen over het vervoer",
				"wie": name,
				"hulpverlener": professional,
				"wanneer": add_days(getdate(), 6),
			}
		],
	)
	meeting = factories.meeting(
		family.name,
		days_from_now=8,
		type=GEZINSOVERLEG,
		voorzitter=coordinator,
		deelnemers=[
			{"soort": "Ouder", "naam": "Sanne Test", "email": parent_email},
			{"soort": "Hulpverlener", "hulpverlener": professional},
		],
	)
	parent = browser_setup.portal_parent(family.name, family.leden[0].name, coordinator)
	frappe.db.commit()
	return {
		"password": browser_setup.PASSWORD,
		"otp_secret": browser_setup.OTP_SECRET,
		"coordinator": coordinator,
		"hulpverlener": professional_user,
		"ouder": parent,
		"gezin": family.name,
		"zorgplan": plan.name,
		"overleg": meeting.name,
	}


def state(overleg: str, zorgplan: str) -> dict:
	"""What the browser check reads back: the agreement's status and the contributions."""
	frappe.set_user("Administrator")
	return {
		"afspraak": frappe.db.get_value(
			"Zorgplan Afspraak", {"parent": zorgplan}, ["status", "bijgewerkt_door"], as_dict=True
		),
		"inbreng": frappe.get_all(
			"Overleg Inbreng", {"overleg": overleg}, ["door", "algemeen", "overgenomen"]
		),
		"evaluaties": frappe.get_all("Overleg Doelevaluatie", {"parent": overleg}, pluck="evaluatie"),
	}
