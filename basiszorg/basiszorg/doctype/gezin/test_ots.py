"""Partial OTS on a real site: marked out of the traject, no plan goals for them, not in the
minutes' distribution about them, the consultation with the gezinsvoogd before the start, and a
signal when an OTS for all children is registered during the traject."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.domain.traject import ACTIEF
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestPartialOTS(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		cls.gi = factories.ensure_organisatie("bz-test Jeugdbescherming", "JGZ")
		cls.voogd = factories.ensure_hulpverlener("bz-test Gezinsvoogd", cls.gi, "voogd@bz-test.example")

	def setUp(self):
		frappe.set_user("Administrator")

	def mila(self, ots=1):
		return {
			"rol": "Kind",
			"voornaam": "Mila",
			"achternaam": "Test",
			"geboortedatum": getdate() - timedelta(days=3000),
			"ots": ots,
		}

	def family_in_intake(self, **values):
		leden = factories.gezin_dict(self.net)["leden"] + [self.mila()]
		return factories.intake_family(
			self.net, days_ago=40, leden=leden, coordinator=self.coordinator, **values
		)

	def test_the_child_under_ots_is_marked_and_gets_no_goals(self):
		family = self.family_in_intake()
		marks = {lid.voornaam: lid.buiten_traject for lid in family.leden if lid.rol == "Kind"}
		self.assertEqual(marks, {"Daan": 0, "Mila": 1})
		with self.assertRaises(frappe.ValidationError) as refused:
			factories.adopted_plan(
				family.name,
				doelen=[{"levensgebied": "School", "voor_wie": "Mila", "doel": "Mila gaat naar school"}],
			)
		self.assertIn("gezinsvoogd", str(refused.exception))
		factories.adopted_plan(family.name)  # a goal for Daan is fine

	def test_the_start_waits_for_the_consultation_with_the_gezinsvoogd(self):
		family = factories.first_meeting_planned(self.family_in_intake())
		family.workflow_state = ACTIEF
		with self.assertRaises(frappe.ValidationError) as refused:
			family.save()
		self.assertIn("gezinsvoogd", str(refused.exception))
		family.reload()
		family.update({"voogd": self.voogd, "overleg_voogd_op": getdate(), "workflow_state": ACTIEF})
		family.save()
		self.assertEqual(frappe.db.get_value("Gezin", family.name, "workflow_state"), ACTIEF)

	def test_a_professional_only_involved_with_the_child_under_ots_gets_no_default_copy(self):
		family = self.family_in_intake()
		family.append("betrokkenen", {"hulpverlener": self.voogd, "betrokken_bij": "Mila"})
		family.save()
		mila = next(lid for lid in family.leden if lid.voornaam == "Mila")
		self.assertEqual(family.betrokkenen[-1].over_lid, mila.name)
		factories.toestemming(family.name, self.voogd, verslag_email=1)
		meeting = factories.meeting(family.name, days_from_now=-1)
		row = next(r for r in meeting.verzendlijst if r.hulpverlener == self.voogd)
		self.assertFalse(row.ontvangt)
		self.assertIn("OTS", row.reden)

	def test_an_ots_for_all_children_during_the_traject_signals_the_coordinator(self):
		family = factories.active_family(self.net, days_ago=60, coordinator=self.coordinator)
		family.leden[1].ots = 1  # Daan, the only child
		family.save()
		subjects = frappe.get_all(
			"Notification Log", {"for_user": self.coordinator, "document_name": family.name}, pluck="subject"
		)
		self.assertEqual(len([s for s in subjects if "OTS" in s]), 1)
		family.save()  # nothing new: no second signal
		subjects = frappe.get_all(
			"Notification Log", {"for_user": self.coordinator, "document_name": family.name}, pluck="subject"
		)
		self.assertEqual(len([s for s in subjects if "OTS" in s]), 1)
