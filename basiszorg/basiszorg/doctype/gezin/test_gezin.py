"""Gezin on a real site: derived fields, validation messages, and the decision letter."""

from datetime import timedelta

import frappe
from frappe.utils import add_days, getdate

from basiszorg.domain.traject import AANGEMELD, AFGEWEZEN, IN_COMMISSIE, WACHTLIJST
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestGezin(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.net = factories.network()

	def setUp(self):
		frappe.set_user("Administrator")

	def new_family(self, **overrides):
		return frappe.get_doc(factories.gezin_dict(self.net, **overrides))

	def test_eligible_family_is_marked_and_gets_a_decision_deadline(self):
		family = self.new_family().insert()
		self.assertEqual(family.workflow_state, AANGEMELD)
		self.assertEqual(family.komt_in_aanmerking, 1)
		self.assertEqual(getdate(family.beslistermijn), add_days(getdate(family.aanmelddatum), 14))

	def test_expected_treatment_without_a_date_and_any_intellectual_disability_count(self):
		leden = factories.gezin_dict(self.net)["leden"]
		leden[0].update({"psychiatrie": 0, "lvb": 1, "behandeling": "Start verwacht"})
		family = self.new_family(leden=leden).insert()
		self.assertEqual(family.komt_in_aanmerking, 1, family.criteria_toelichting)
		self.assertEqual(frappe.get_meta("Gezinslid").get_label("lvb"), "Verstandelijke beperking")

	def test_failed_criteria_are_named_in_dutch(self):
		family = self.new_family(toestemming_aanmelding=0, betrokkenen=[]).insert()
		self.assertEqual(family.komt_in_aanmerking, 0)
		self.assertIn("toestemming", family.criteria_toelichting)
		self.assertIn("zorginstanties", family.criteria_toelichting)

	def test_partial_ots_keeps_the_family_eligible_with_a_remark(self):
		today = getdate()
		leden = factories.gezin_dict(self.net)["leden"] + [
			{
				"rol": "Kind",
				"voornaam": "Mila",
				"achternaam": "Test",
				"geboortedatum": today - timedelta(days=3000),
				"ots": 1,
			}
		]
		family = self.new_family(leden=leden).insert()
		self.assertEqual(family.komt_in_aanmerking, 1)
		self.assertIn("OTS", family.criteria_toelichting)

	def test_priority_follows_the_members(self):
		family = self.new_family().insert()
		self.assertEqual(family.prioriteit, 0)
		family.append("leden", {"rol": "Ongeboren kind", "uitgerekende_datum": add_days(getdate(), 60)})
		family.save()
		self.assertEqual(family.prioriteit, 1)
		self.assertIn("zwangerschap", family.prioriteit_reden)
		family.leden = [lid for lid in family.leden if lid.rol != "Ongeboren kind"]
		family.save()
		self.assertEqual(family.prioriteit, 0)

	def test_invalid_bsn_is_refused_and_nothing_is_saved(self):
		before = frappe.db.count("Gezin")
		leden = factories.gezin_dict(self.net)["leden"]
		leden[1]["bsn"] = "123456789"
		with self.assertRaisesRegex(frappe.ValidationError, "11-proef"):
			self.new_family(leden=leden).insert()
		self.assertEqual(frappe.db.count("Gezin"), before)

	def test_birth_in_the_future_is_refused(self):
		leden = factories.gezin_dict(self.net)["leden"]
		leden[1]["geboortedatum"] = add_days(getdate(), 3)
		with self.assertRaisesRegex(frappe.ValidationError, "toekomst"):
			self.new_family(leden=leden).insert()

	def test_decision_before_registration_is_refused(self):
		family = self.new_family().insert()
		family.besluitdatum = add_days(family.aanmelddatum, -1)
		with self.assertRaisesRegex(frappe.ValidationError, "voor de aanmelddatum"):
			family.save()

	def test_decision_letter_goes_through_the_email_queue_with_pdf(self):
		factories.ensure_outgoing_email_account()
		family = self.new_family().insert()
		family.workflow_state = IN_COMMISSIE
		family.save()
		family.commissie_motivatie = "Voldoet aan alle criteria; de verwijzer krijgt bericht."
		family.workflow_state = WACHTLIJST
		family.save()
		frappe.db.set_value("Hulpverlener", self.net["psychiater"], "email", "psychiater@bz-test.example")
		family.verwijzer_email = "psychiater@bz-test.example"
		family.save()

		from basiszorg.api.gezin import stuur_besluitbrief

		recipient = stuur_besluitbrief(family.name)
		self.assertEqual(recipient, "psychiater@bz-test.example")
		queue = frappe.get_last_doc(
			"Email Queue", filters={"reference_doctype": "Gezin", "reference_name": family.name}
		)
		self.assertIn("psychiater@bz-test.example", [r.recipient for r in queue.recipients])
		attachments = frappe.parse_json(queue.attachments or "[]")
		self.assertTrue(
			any(a.get("print_format") == "Besluitbrief Commissie" for a in attachments), attachments
		)
		self.assertEqual(
			getdate(frappe.db.get_value("Gezin", family.name, "verwijzer_geinformeerd_op")), getdate()
		)

	def test_decision_letter_renders_with_the_decision(self):
		family = self.new_family().insert()
		family.workflow_state = IN_COMMISSIE
		family.save()
		family.commissie_motivatie = "De situatie vraagt om Veilig Thuis."
		family.workflow_state = AFGEWEZEN
		family.save()
		html = frappe.get_print("Gezin", family.name, print_format="Besluitbrief Commissie")
		self.assertIn("niet in behandeling genomen", html)
		self.assertIn("Veilig Thuis", html)
		pdf = frappe.get_print("Gezin", family.name, print_format="Besluitbrief Commissie", as_pdf=True)
		self.assertTrue(pdf.startswith(b"%PDF"))
