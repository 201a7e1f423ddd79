"""Data for the browser checks (tests/browser/flow.js), created through the app's own rules.

Run by the test command as ``bench --site S execute basiszorg.tests.browser_setup.setup``; returns
the users (with a password) and the names the browser needs.
"""

from datetime import timedelta

import frappe
from frappe.utils import getdate

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


def _professional(local: str, organisatie: str) -> tuple[str, str]:
	"""A professional of ``organisatie`` who logs in with PASSWORD and a code: (user, Hulpverlener)."""
	email, professional = factories.professional_user(local, organisatie)
	user = frappe.get_doc("User", email)
	user.new_password = PASSWORD
	user.save(ignore_permissions=True)
	register_otp_secret(email, OTP_SECRET)
	return email, professional


def portal_parent(gezin: str, lid: str, coordinator: str) -> str:
	"""The coordinator invites a family member to Mijn gezin, who then logs in with PASSWORD."""
	from frappe.utils.password import update_password

	from basiszorg.portaal import accounts

	frappe.set_user(coordinator)
	try:
		user = accounts.nodig_uit(gezin, lid)
	finally:
		frappe.set_user("Administrator")
	update_password(user, PASSWORD)
	return user


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
		"states": {
			"in_commissie": traject.IN_COMMISSIE,
			"wachtlijst": traject.WACHTLIJST,
			"wacht_op_besluit": list(traject.WACHT_OP_BESLUIT),
		},
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


def portaal() -> dict:
	"""Two families on Mijn gezin for the portal's browser checks: one on the waitlist (its parent
	has a password) and one in a traject with a plan to agree to, a meeting to come and a consent
	for a professional with a desk user (its parent accepts the invitation in the browser)."""
	import re

	from frappe.utils.password import update_password

	from basiszorg.portaal import accounts
	from basiszorg.setup.roles import GEZINSLID

	frappe.set_user("Administrator")
	net = factories.network()
	coordinator = _user("browser-coordinator", COORDINATOR)
	frappe.db.set_value("User", coordinator, "mobile_no", "06-11223344")
	stamp = frappe.generate_hash(length=5)

	def members(parent_email):
		if frappe.db.exists("User", parent_email):  # left by an earlier run
			frappe.delete_doc("User", parent_email, force=True, ignore_permissions=True)
		leden = factories.gezin_dict(net)["leden"]
		leden[0]["email"] = parent_email
		return leden

	registered = getdate() - timedelta(weeks=4)
	waiting = factories.to_waitlist(
		frappe.get_doc(
			factories.gezin_dict(
				net,
				today=registered,
				gezinsnaam=f"Gezin Wachtend {stamp}",
				coordinator=coordinator,
				leden=members(f"ouder-wacht-{stamp}@bz-test.example"),
			)
		).insert(),
		registered + timedelta(days=7),
	)
	active = factories.active_family(
		net,
		gezinsnaam=f"Gezin Actief {stamp}",
		coordinator=coordinator,
		leden=members(f"ouder-actief-{stamp}@bz-test.example"),
	)
	frappe.set_user(coordinator)
	try:
		waiting_parent = accounts.nodig_uit(waiting.name, waiting.leden[0].name)
		active_parent = accounts.nodig_uit(active.name, active.leden[0].name)
	finally:
		frappe.set_user("Administrator")
	update_password(waiting_parent, PASSWORD)
	plan = factories.adopted_plan(
		active.name,
		doelen=[{"levensgebied": "School", "voor_wie": "Daan", "doel": "Daan gaat elke dag naar school"}],
	)
	frappe.db.set_value("Zorgplan", plan.name, "akkoord_ouders_op", None)
	meeting = factories.meeting(
		active.name, days_from_now=10, voorzitter=coordinator, locatie="Bij het gezin thuis"
	)
	professional_user, professional = factories.professional_user("browser-hulpverlener-portaal", net["ggz"])
	prof = frappe.get_doc("User", professional_user)
	prof.new_password = PASSWORD
	prof.save(ignore_permissions=True)
	register_otp_secret(professional_user, OTP_SECRET)
	consent = factories.toestemming(active.name, professional, gezinsgegevens=1)
	message = frappe.db.get_value(
		"Email Queue",
		{
			"name": [
				"in",
				frappe.get_all("Email Queue Recipient", {"recipient": active_parent}, pluck="parent"),
			]
		},
		"message",
	)
	link = re.search(
		r"/update-password\?key=[A-Za-z0-9]+", (message or "").replace("=\r\n", "").replace("=3D", "=")
	)
	frappe.db.commit()
	assert GEZINSLID in frappe.get_roles(active_parent)
	return {
		"wachtend": {"ouder": waiting_parent, "gezin": waiting.name, "gezinsnaam": waiting.gezinsnaam},
		"actief": {
			"ouder": active_parent,
			"gezin": active.name,
			"uitnodiging": link.group(0) if link else None,
			"overleg": meeting.name,
			"zorgplan": plan.name,
			"toestemming": consent.name,
		},
		"hulpverlener": professional_user,
		"hulpverlener_naam": frappe.db.get_value("Hulpverlener", professional, "volledige_naam"),
		"coordinator": coordinator,
		"coordinator_telefoon": "06-11223344",
		"password": PASSWORD,
		"otp_secret": OTP_SECRET,  # the coordinator and the professional log in with a code too
	}


def veiligheid() -> dict:
	"""The meldcode's browser check (tests/browser/veiligheid.js): an active family of the browser
	coordinator with a professional who has a consent for everything, the family's parent on Mijn
	gezin (with a password) and the meldcode officer; the workflow's actions by step, from the
	workflow itself."""
	from frappe.utils.password import update_password

	from basiszorg.domain import meldcode
	from basiszorg.permissions.registry import MELDCODE
	from basiszorg.portaal import accounts
	from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS

	frappe.set_user("Administrator")
	net = factories.network()
	coordinator = _user("browser-coordinator", COORDINATOR)
	officer = _user("browser-aandachtsfunctionaris", AANDACHTSFUNCTIONARIS)
	stamp = frappe.generate_hash(length=5)
	parent_email = f"ouder-veilig-{stamp}@bz-test.example"
	leden = factories.gezin_dict(net)["leden"]
	leden[0]["email"] = parent_email
	family = factories.active_family(
		net, gezinsnaam=f"Gezin Veilig {stamp}", coordinator=coordinator, leden=leden
	)
	professional_user, professional = _professional("browser-hulpverlener-veilig", net["ggz"])
	factories.toestemming(family.name, professional, gezinsgegevens=1, overleg=1, zorgplan=1)
	frappe.set_user(coordinator)
	try:
		_family, _member, parent = accounts.open_account(family.name, family.leden[0].name)
	finally:
		frappe.set_user("Administrator")
	update_password(parent, PASSWORD)
	workflow = frappe.get_doc("Workflow", {"document_type": MELDCODE})
	actions = {t.state: t.action for t in workflow.transitions if t.next_state != meldcode.AFGESLOTEN}
	actions[meldcode.BESLISSEN] = next(
		t.action for t in workflow.transitions if t.state == meldcode.BESLISSEN
	)
	frappe.db.commit()
	return {
		"password": PASSWORD,
		"otp_secret": OTP_SECRET,
		"coordinator": coordinator,
		"officer": officer,
		"hulpverlener": professional_user,
		"ouder": parent,
		"gezin": family.name,
		"gezinsnaam": family.gezinsnaam,
		"kind": "Daan",
		"stappen": list(meldcode.STAPPEN),
		"acties": [actions[state] for state in meldcode.STAPPEN],
		"afgesloten": meldcode.AFGESLOTEN,
		"ja": meldcode.JA,
		"gevoerd": meldcode.GEVOERD,
		"niet_gevoerd": meldcode.NIET_GEVOERD,
		"collega": meldcode.COLLEGA,
		"melden": meldcode.BESLUIT_MELDEN,
		"meldrecht": meldcode.GRONDSLAG_MELDRECHT,
		"coordinatie_door": meldcode.COORDINATIE_DOOR,
		"rapport": "Open zorgen over veiligheid",
	}
