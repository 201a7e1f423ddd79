"""The Gezin traject over the REST API: right roles move it, wrong roles and skipped states are refused."""

import json

import frappe
from frappe.utils import now_datetime

from basiszorg.domain import intake
from basiszorg.domain.overleg import GEZINSOVERLEG, VOORBESPREKING
from basiszorg.domain.traject import (
	AANGEMELD,
	ACTIEF,
	AFGESLOTEN,
	AFGEWEZEN,
	IN_COMMISSIE,
	INTAKE,
	WACHTLIJST,
)
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase


class TestGezinWorkflowAPI(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		factories.delete_test_families()  # leftovers of an earlier, interrupted run
		cls.users = factories.standard_users()
		cls.net = factories.network()
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	# helpers ---------------------------------------------------------------
	def as_user(self, role: str) -> dict:
		token = factories.api_token(self.users[role])
		frappe.db.commit()
		return {"Authorization": token}

	def create_family(self, **overrides) -> str:
		payload = json.loads(frappe.as_json(factories.gezin_dict(self.net, **overrides)))
		response = self.post(self.resource("Gezin"), payload, headers=self.as_user("coordinator"))
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		return response.json["data"]["name"]

	def set_state(self, name: str, role: str, state: str, **values):
		return self.put(
			self.resource("Gezin", name), {"workflow_state": state, **values}, headers=self.as_user(role)
		)

	def apply_action(self, name: str, role: str, action: str):
		doc = frappe.get_doc("Gezin", name)
		return self.post(
			self.method("frappe.model.workflow.apply_workflow"),
			{"doc": doc.as_dict(convert_dates_to_str=True), "action": action},
			headers=self.as_user(role),
		)

	def plan_meeting(self, name: str, soort: str):
		response = self.post(
			self.resource("Overleg"),
			{
				"gezin": name,
				"type": soort,
				"starts_on": str(now_datetime()),
				"voorzitter": self.users["coordinator"],
			},
			headers=self.as_user("coordinator"),
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))

	def state_in_db(self, name: str) -> str:
		frappe.db.rollback()  # see what other connections committed
		return frappe.db.get_value("Gezin", name, "workflow_state")

	def assertRefused(self, response):
		self.assertGreaterEqual(response.status_code, 400, response.get_data(as_text=True))

	# tests -----------------------------------------------------------------
	def test_full_traject_with_the_right_roles(self):
		name = self.create_family()
		self.assertEqual(self.state_in_db(name), AANGEMELD)

		self.assertEqual(self.apply_action(name, "coordinator", "Voorleggen aan commissie").status_code, 200)
		self.assertEqual(self.state_in_db(name), IN_COMMISSIE)

		response = self.put(
			self.resource("Gezin", name),
			{"commissie_motivatie": "Voldoet aan alle criteria."},
			headers=self.as_user("commissie"),
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		self.assertEqual(self.apply_action(name, "commissie", "Plaatsen op wachtlijst").status_code, 200)
		self.assertEqual(self.state_in_db(name), WACHTLIJST)
		family = frappe.get_doc("Gezin", name)
		self.assertEqual(family.commissie_besluit, "Plaatsen op wachtlijst")
		self.assertTrue(family.besluitdatum and family.wachtlijst_datum and family.uiterste_startdatum)

		self.assertEqual(self.set_state(name, "coordinator", INTAKE).status_code, 200)
		steps = frappe.get_all("Gezin Intakestap", {"parent": name}, pluck="stap", order_by="idx")
		self.assertEqual(len(steps), len(intake.STANDAARD_STAPPEN))
		refused = self.set_state(name, "coordinator", ACTIEF)  # no written consent yet
		self.assertRefused(refused)
		self.assertIn("schriftelijke toestemming", refused.get_data(as_text=True))
		self.assertEqual(self.state_in_db(name), INTAKE)
		factories.written_consent(name, self.net)
		frappe.db.commit()
		# Intake → Actief needs the first meeting with the family planned; a voorbespreking is not enough
		self.plan_meeting(name, VOORBESPREKING)
		response = self.set_state(name, "coordinator", ACTIEF)
		self.assertRefused(response)
		self.assertIn("eerste overleg", response.get_data(as_text=True))
		self.assertEqual(self.state_in_db(name), INTAKE)
		self.plan_meeting(name, GEZINSOVERLEG)
		self.assertEqual(self.set_state(name, "coordinator", ACTIEF).status_code, 200)
		self.assertEqual(self.state_in_db(name), ACTIEF)
		self.assertRefused(self.set_state(name, "coordinator", AFGESLOTEN))  # no reason given
		self.assertEqual(self.state_in_db(name), ACTIEF)
		response = self.set_state(name, "coordinator", AFGESLOTEN, afsluitreden="Doelen bereikt")
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		self.assertEqual(self.state_in_db(name), AFGESLOTEN)
		self.assertTrue(frappe.db.get_value("Gezin", name, "afsluitdatum"))

	def test_coordinator_cannot_take_the_committee_decision(self):
		name = self.create_family()
		self.apply_action(name, "coordinator", "Voorleggen aan commissie")
		response = self.set_state(name, "coordinator", WACHTLIJST, commissie_motivatie="Zelf besloten")
		self.assertRefused(response)
		self.assertEqual(self.state_in_db(name), IN_COMMISSIE)
		self.assertRefused(self.apply_action(name, "coordinator", "Plaatsen op wachtlijst"))
		self.assertEqual(self.state_in_db(name), IN_COMMISSIE)

	def test_skipped_states_are_refused(self):
		name = self.create_family()
		response = self.set_state(name, "commissie", WACHTLIJST, commissie_motivatie="Te snel")
		self.assertRefused(response)
		self.assertEqual(self.state_in_db(name), AANGEMELD)
		self.assertRefused(self.set_state(name, "coordinator", ACTIEF))
		self.assertEqual(self.state_in_db(name), AANGEMELD)

	def test_a_new_family_cannot_start_in_a_later_state(self):
		before = frappe.db.count("Gezin")
		payload = json.loads(frappe.as_json(factories.gezin_dict(self.net, workflow_state=ACTIEF)))
		response = self.post(self.resource("Gezin"), payload, headers=self.as_user("coordinator"))
		self.assertRefused(response)
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Gezin"), before)

	def test_family_that_fails_the_criteria_cannot_enter_the_waitlist(self):
		name = self.create_family(toestemming_aanmelding=0)
		self.apply_action(name, "coordinator", "Voorleggen aan commissie")
		response = self.set_state(name, "commissie", WACHTLIJST, commissie_motivatie="Toch plaatsen")
		self.assertRefused(response)
		self.assertIn("toestemming", response.get_data(as_text=True))
		self.assertEqual(self.state_in_db(name), IN_COMMISSIE)

	def test_rejection_needs_a_motivation(self):
		name = self.create_family()
		self.apply_action(name, "coordinator", "Voorleggen aan commissie")
		self.assertRefused(self.set_state(name, "commissie", AFGEWEZEN))
		self.assertEqual(self.state_in_db(name), IN_COMMISSIE)
		response = self.set_state(name, "commissie", AFGEWEZEN, commissie_motivatie="Veilig Thuis is nodig.")
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		self.assertEqual(frappe.db.get_value("Gezin", name, "commissie_besluit"), "Afwijzen")

	def test_professional_without_consent_reads_no_family(self):
		name = self.create_family()
		response = self.get(self.resource("Gezin", name), headers=self.as_user("hulpverlener"))
		self.assertEqual(response.status_code, 403)
		response = self.get(self.resource("Gezin"), headers=self.as_user("hulpverlener"))
		self.assertEqual(response.status_code, 200)
		self.assertEqual(response.json["data"], [])
