"""Data for the browser check of outcomes (tests/browser/resultaten.js), made through the app's own
rules: a family in a traject with an adopted plan, its baseline measured at intake, an evaluation
meeting held today, and its parent on Mijn gezin.

Run as ``bench --site S execute basiszorg.resultaten.browser_setup.setup``.
"""

import frappe
from frappe.utils import add_days, getdate

from basiszorg.domain import resultaten as regels
from basiszorg.permissions.registry import METING
from basiszorg.resultaten import schalen
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import browser_setup, factories


def setup() -> dict:
	frappe.set_user("Administrator")
	net = factories.network()
	stamp = frappe.generate_hash(length=5)
	coordinator = browser_setup._user("browser-coordinator", COORDINATOR)
	leden = factories.gezin_dict(net)["leden"]
	leden[0]["email"] = f"ouder-resultaten-{stamp}@bz-test.example"
	family = factories.active_family(net, gezinsnaam=f"Gezin Resultaten {stamp}", coordinator=coordinator, leden=leden)
	plan = factories.adopted_plan(family.name)
	frappe.get_doc(
		{
			"doctype": METING,
			"gezin": family.name,
			"moment": regels.INTAKE,
			"datum": add_days(getdate(), -90),
			"basiszorg": [{"kind": "Daan", "element": e, "score": 2} for e in schalen.elementen()],
			"doelen": [{"doel_id": plan.doelen[0].doel_id, "score": -1}],
			"draagkracht": 3,
			"draaglast": 8,
		}
	).insert()
	parent = browser_setup.portal_parent(family.name, family.leden[0].name, coordinator)
	frappe.db.commit()
	return {
		"password": browser_setup.PASSWORD,
		"otp_secret": browser_setup.OTP_SECRET,
		"coordinator": coordinator,
		"ouder": parent,
		"gezin": family.name,
		"evaluatie": regels.EVALUATIE,
		"coordinator_label": regels.COORDINATOR,
		"gezin_label": "Gezin zelf",
	}


def state(gezin: str) -> list:
	frappe.set_user("Administrator")
	return frappe.get_all(METING, filters={"gezin": gezin}, fields=["name", "door", "moment", "draagkracht", "draaglast"], order_by="creation")
