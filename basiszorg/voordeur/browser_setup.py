"""Data for the browser check of the front door (tests/browser/voordeur.js): a coordinator who
judges registrations, the limit raised for the run, and what the check reads back.

Run as ``bench --site S execute basiszorg.voordeur.browser_setup.setup``.
"""

import frappe
from frappe.utils import add_days, getdate, now_datetime

from basiszorg.domain import aanmelding as regels
from basiszorg.permissions.registry import AANMELDING, GEZIN
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import browser_setup, factories

METHOD = "basiszorg.voordeur.api.meld_aan"


def setup() -> dict:
	frappe.set_user("Administrator")
	factories.ensure_outgoing_email_account()
	coordinator = browser_setup._user("browser-voordeur", COORDINATOR)
	settings = frappe.get_single("Basiszorg Instellingen")
	settings.aanmelden_per_uur = max(settings.aanmelden_per_uur or 0, 20)  # the checks send a few
	settings.save(ignore_permissions=True)
	frappe.cache.delete_keys(f"rl:{METHOD}")
	return {
		"password": browser_setup.PASSWORD,
		"otp_secret": browser_setup.OTP_SECRET,
		"coordinator": coordinator,
		"stamp": frappe.generate_hash(length=5),
		"nieuw": regels.NIEUW,
		"geaccepteerd": regels.GEACCEPTEERD,
		"hulpverlener": regels.HULPVERLENER,
		"ouders": regels.OUDERS,
	}


def sent_days_ago(aanmelding: str, days: int) -> str:
	"""The registration was sent ``days`` ago (it waited in the quarantine since): returns that day."""
	frappe.set_user("Administrator")
	sent = add_days(now_datetime(), -days)
	frappe.db.set_value(AANMELDING, aanmelding, "verzonden_op", sent, update_modified=False)
	return str(getdate(sent))


def state(aanmelding: str) -> dict:
	"""What the check reads back: the registration (stored as sent?) and the family it became."""
	frappe.set_user("Administrator")
	doc = frappe.get_doc(AANMELDING, aanmelding)
	family = frappe.db.get_value(
		GEZIN, doc.gezin, ["name", "workflow_state", "aanmelddatum", "beslistermijn", "aangemeld_door"], as_dict=True
	) if doc.gezin else None
	return {
		"status": doc.status,
		"soort": doc.soort,
		"leden": len(doc.leden),
		"bijlagen": frappe.db.count("File", {"attached_to_doctype": AANMELDING, "attached_to_name": doc.name}),
		"gezin": {k: str(v) for k, v in family.items()} if family else None,
	}
