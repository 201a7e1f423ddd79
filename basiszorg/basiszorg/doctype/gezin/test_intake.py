"""Intake steps on the Gezin: the bureau's list copied at Intake, dated and signed, ticked off by a
planned meeting, configurable without code, and the Actief rule."""

import frappe
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain import intake
from basiszorg.domain.overleg import GEZINSOVERLEG, VOORBESPREKING
from basiszorg.domain.traject import ACTIEF
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestIntakeSteps(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")

	def setUp(self):
		frappe.set_user("Administrator")

	def plan(self, family, soort):
		return factories.meeting(family.name, days_from_now=7, type=soort)

	def test_the_default_steps_of_seed_001_are_stored_on_install(self):
		stored = [row.stap for row in instellingen.get().intakestappen]
		self.assertEqual(stored, [s["stap"] for s in intake.STANDAARD_STAPPEN])

	def test_an_upgraded_site_gets_the_steps_and_the_new_norms(self):
		"""The upgrade patch runs before the new norms are stored: it stores them, then the steps."""
		from basiszorg.patches.v2_1 import default_intake_steps

		frappe.db.delete("Singles", {"doctype": instellingen.SETTINGS, "field": "jeugdmatch_termijn_dagen"})
		frappe.db.delete("Basiszorg Intakestap", {"parent": instellingen.SETTINGS})
		default_intake_steps.execute()
		settings = frappe.get_single(instellingen.SETTINGS)
		self.assertEqual(settings.jeugdmatch_termijn_dagen, instellingen.Normen().jeugdmatch_termijn_dagen)
		self.assertEqual(len(settings.intakestappen), len(intake.STANDAARD_STAPPEN))

	def test_a_family_in_intake_gets_the_steps_and_each_is_signed(self):
		family = factories.intake_family(self.net, days_ago=30)
		self.assertEqual(
			[r.stap for r in family.intakestappen], [s["stap"] for s in intake.STANDAARD_STAPPEN]
		)
		frappe.set_user(self.coordinator)
		family.intakestappen[0].gedaan_op = getdate()
		family.save()
		family.reload()
		self.assertEqual(family.intakestappen[0].gedaan_door, self.coordinator)
		self.assertFalse(family.intakestappen[1].gedaan_door)

	def test_a_planned_meeting_ticks_off_its_step_and_only_that_one(self):
		family = factories.intake_family(self.net, days_ago=30)
		self.plan(family, VOORBESPREKING)
		family.reload()
		done = {r.koppeling: r for r in family.intakestappen if r.gedaan_op}
		self.assertEqual(set(done), {intake.KOPPELING_VOORBESPREKING})
		self.plan(family, GEZINSOVERLEG)
		family.reload()
		row = next(r for r in family.intakestappen if r.koppeling == intake.KOPPELING_OVERLEG)
		self.assertEqual((getdate(row.gedaan_op), row.gedaan_door), (getdate(), "Administrator"))
		self.assertIn("OV-", row.notitie)

	def test_start_needs_the_first_meeting_with_the_family(self):
		family = factories.intake_family(self.net, days_ago=30)
		family.workflow_state = ACTIEF
		with self.assertRaises(frappe.ValidationError) as refused:
			family.save()
		self.assertIn("eerste overleg", str(refused.exception))
		family.reload()
		self.plan(family, GEZINSOVERLEG)
		family.reload()
		family.workflow_state = ACTIEF
		family.save()
		self.assertEqual(frappe.db.get_value("Gezin", family.name, "workflow_state"), ACTIEF)

	def test_an_administrator_changes_the_steps_without_code(self):
		settings = frappe.get_single(instellingen.SETTINGS)
		kept = [row.as_dict() for row in settings.intakestappen]
		settings.append(
			"intakestappen", {"stap": "bz-test Kennismaking met de school", "nodig_voor_start": 1}
		)
		settings.save()
		try:
			family = factories.intake_family(self.net, days_ago=30)
			self.assertEqual(family.intakestappen[-1].stap, "bz-test Kennismaking met de school")
			family = factories.first_meeting_planned(family)
			family.workflow_state = ACTIEF
			with self.assertRaises(frappe.ValidationError) as refused:
				family.save()
			self.assertIn("Kennismaking met de school", str(refused.exception))
			family.reload()
			family.intakestappen[-1].gedaan_op = getdate()
			family.workflow_state = ACTIEF
			family.save()
		finally:
			settings.reload()
			settings.set("intakestappen", [])
			for row in kept:
				settings.append(
					"intakestappen",
					{f: row.get(f) for f in ("stap", "toelichting", "nodig_voor_start", "koppeling")},
				)
			settings.save()
