"""One owner per agreement: an agreement made in a meeting is owned there, the plan shows it, and a
status changed on either side counts everywhere (reminders, plan, closure)."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg import afspraken
from basiszorg.domain.overleg import GEHOUDEN
from basiszorg.domain.zorgplan import AFSPRAAK_GEDAAN
from basiszorg.reminders import overleg as overleg_reminders
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestAfspraakEigenaar(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")

	def setUp(self):
		self.family = factories.active_family(self.net, coordinator=self.coordinator).name
		self.plan = factories.adopted_plan(self.family)
		overdue = getdate() - timedelta(days=3)
		self.meeting = factories.meeting(
			self.family,
			days_from_now=-30,
			voorzitter=self.coordinator,
			afspraken=[
				{"wat": "Moeder belt de school", "wie_soort": "Ouder", "wie": "Sanne", "wanneer": overdue},
				{
					"wat": "Wijkteam vraagt PGB aan",
					"wie_soort": "Anders",
					"wie": "Wijkteam",
					"wanneer": overdue,
				},
			],
		)
		self.meeting.workflow_state = GEHOUDEN
		self.meeting.save()
		self.plan.reload()

	def reminders_tomorrow(self) -> list[str]:
		overleg_reminders.run(getdate() + timedelta(days=1))
		return frappe.get_all(
			"Notification Log",
			{"for_user": self.coordinator, "document_name": self.meeting.name},
			pluck="subject",
		)

	def plan_row(self, wat):
		return next(row for row in self.plan.afspraken if row.wat == wat)

	def test_done_in_the_plan_means_no_reminder_next_day(self):
		self.plan_row("Moeder belt de school").status = AFSPRAAK_GEDAAN
		self.plan.save()
		owner = next(a for a in self.meeting.reload().afspraken if a.wat == "Moeder belt de school")
		self.assertEqual(owner.status, AFSPRAAK_GEDAAN)
		subjects = self.reminders_tomorrow()
		self.assertFalse(any("Moeder belt de school" in s for s in subjects), subjects)
		self.assertTrue(any("Wijkteam vraagt PGB aan" in s for s in subjects), subjects)

	def test_done_in_the_meeting_shows_in_the_plan(self):
		self.meeting.reload()
		next(a for a in self.meeting.afspraken if a.wat == "Wijkteam vraagt PGB aan").status = AFSPRAAK_GEDAAN
		self.meeting.save()
		self.plan.reload()
		self.assertEqual(self.plan_row("Wijkteam vraagt PGB aan").status, AFSPRAAK_GEDAAN)
		self.assertEqual(
			[a.wat for a in afspraken.open_agreements(frappe.get_all, gezinnen=[self.family])],
			["Moeder belt de school"],
		)

	def test_plan_shows_the_owner_status_when_it_changed_elsewhere(self):
		owner = next(a for a in self.meeting.reload().afspraken if a.wat == "Moeder belt de school")
		frappe.db.set_value("Overleg Afspraak", owner.name, "status", AFSPRAAK_GEDAAN)
		loaded = frappe.get_doc("Zorgplan", self.plan.name)
		loaded.run_method("onload")
		self.assertEqual(
			next(r for r in loaded.afspraken if r.wat == "Moeder belt de school").status, AFSPRAAK_GEDAAN
		)
