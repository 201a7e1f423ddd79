"""Concurrent edits lose nothing, and malformed input over the REST API saves nothing."""

import json

import frappe
from frappe.utils import add_to_date, getdate, now_datetime

from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase


class TestRobustness(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		factories.delete_test_families()  # leftovers of an earlier, interrupted run
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def headers(self):
		token = factories.api_token(self.coordinator)
		frappe.db.commit()
		return {"Authorization": token}

	def test_two_coordinators_saving_the_same_meeting(self):
		# registered yesterday: a meeting an hour ago lies after the registration also just after midnight
		family = frappe.get_doc(
			factories.gezin_dict(self.net, today=add_to_date(getdate(), days=-1))
		).insert()
		meeting = frappe.get_doc(
			{
				"doctype": "Overleg",
				"gezin": family.name,
				"starts_on": add_to_date(now_datetime(), hours=-1),
				"voorzitter": "Administrator",
			}
		).insert()
		first, second = frappe.get_doc("Overleg", meeting.name), frappe.get_doc("Overleg", meeting.name)
		first.locatie = "Wijkcentrum"
		first.save()
		second.locatie = "Bij het gezin thuis"
		with self.assertRaises(frappe.TimestampMismatchError):
			second.save()
		self.assertEqual(frappe.db.get_value("Overleg", meeting.name, "locatie"), "Wijkcentrum")

	def test_two_coordinators_saving_the_same_family_over_http(self):
		"""Both opened the family; the first save wins, the second gets Frappe's conflict error with
		a message in plain Dutch and changes nothing."""
		family = frappe.get_doc(factories.gezin_dict(self.net)).insert()
		second_coordinator = factories.ensure_user("coordinator-2", "Basiszorg Coördinator")
		frappe.db.commit()
		tokens = {user: factories.api_token(user) for user in (self.coordinator, second_coordinator)}
		frappe.db.commit()
		opened = {
			user: self.get(self.resource("Gezin", family.name), headers={"Authorization": token}).json["data"]
			for user, token in tokens.items()
		}
		saves = {}
		for user, address in ((self.coordinator, "Lindelaan 1"), (second_coordinator, "Beukenlaan 2")):
			saves[user] = self.post(
				self.method("frappe.desk.form.save.savedocs"),
				{"doc": json.dumps({**opened[user], "adres": address}), "action": "Save"},
				headers={"Authorization": tokens[user], "Accept-Language": "nl"},
			)
		self.assertEqual(
			saves[self.coordinator].status_code, 200, saves[self.coordinator].get_data(as_text=True)[:400]
		)
		refused = saves[second_coordinator]
		self.assertEqual(refused.status_code, 417, refused.get_data(as_text=True)[:400])
		self.assertIn("TimestampMismatchError", refused.get_data(as_text=True))
		messages = [json.loads(m)["message"] for m in json.loads(refused.json["_server_messages"])]
		self.assertEqual(len(messages), 1, messages)
		self.assertIn("is gewijzigd nadat u het opende", messages[0])
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("Gezin", family.name, "adres"), "Lindelaan 1")

	def assertRefusedAndNothingSaved(self, payload, expect_in_message=None):
		before = frappe.db.count("Gezin")
		body = json.loads(frappe.as_json(factories.gezin_dict(self.net)))
		body.update(payload)
		response = self.post(self.resource("Gezin"), body, headers=self.headers())
		self.assertGreaterEqual(response.status_code, 400, response.get_data(as_text=True)[:300])
		self.assertLess(response.status_code, 500, response.get_data(as_text=True)[:600])
		if expect_in_message:
			self.assertIn(expect_in_message, response.get_data(as_text=True))
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Gezin"), before)

	def test_malformed_families_are_refused(self):
		self.assertRefusedAndNothingSaved({"aanmelddatum": "gisteren"})
		self.assertRefusedAndNothingSaved({"geheim_veld": "x"}, "Onbekende velden")
		self.assertRefusedAndNothingSaved({"gezinsnaam": "<script>alert(1)</script>"}, "gewone tekst")
		self.assertRefusedAndNothingSaved({"gezinsnaam": "x" * 300})
		self.assertRefusedAndNothingSaved({"leden": "geen lijst"})
		self.assertRefusedAndNothingSaved({"aangemeld_door": "Buurman"})
		leden = factories.gezin_dict(self.net)["leden"]
		leden[1]["geboortedatum"] = str(getdate() + (getdate("2026-01-02") - getdate("2026-01-01")) * 30)
		self.assertRefusedAndNothingSaved({"leden": json.loads(frappe.as_json(leden))}, "toekomst")
		leden[1]["geboortedatum"] = "2020-01-01"
		leden[1]["onbekend"] = 1
		self.assertRefusedAndNothingSaved({"leden": json.loads(frappe.as_json(leden))}, "Onbekende velden")

	def test_meeting_before_registration_is_refused_over_rest(self):
		family = frappe.get_doc(factories.gezin_dict(self.net)).insert()
		frappe.db.commit()
		before = frappe.db.count("Overleg")
		response = self.post(
			self.resource("Overleg"),
			{"gezin": family.name, "starts_on": "2001-01-01 10:00:00", "voorzitter": self.coordinator},
			headers=self.headers(),
		)
		self.assertEqual(response.status_code, 417, response.get_data(as_text=True)[:300])
		self.assertIn("aanmelddatum", response.get_data(as_text=True))
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Overleg"), before)
