"""Daily reminders: families without meetings, and agreements past their date."""

from datetime import timedelta

import frappe
from frappe.utils import add_to_date, getdate, now_datetime

from basiszorg.domain.overleg import GEHOUDEN, VOORBESPREKING
from basiszorg.reminders import overleg as overleg_reminders
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestOverlegReminders(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")

	def active_family(self):
		return factories.active_family(self.net, coordinator=self.coordinator).name

	def notifications(self, user, name):
		return frappe.get_all("Notification Log", {"for_user": user, "document_name": name}, pluck="subject")

	def test_family_without_a_meeting_is_signalled_once(self):
		family = self.active_family()
		overleg_reminders.run()
		overleg_reminders.run()
		self.assertEqual(len(self.notifications(self.coordinator, family)), 1)

	def test_planned_meeting_silences_the_signal(self):
		family = self.active_family()
		frappe.get_doc(
			{
				"doctype": "Overleg",
				"gezin": family,
				"starts_on": add_to_date(now_datetime(), days=10),
				"voorzitter": self.coordinator,
			}
		).insert()
		overleg_reminders.run()
		self.assertEqual(self.notifications(self.coordinator, family), [])

	def test_a_family_in_intake_is_signalled_too_counting_from_the_intake(self):
		long_ago = factories.intake_family(self.net, days_ago=120, coordinator=self.coordinator).name
		recent = factories.intake_family(self.net, days_ago=30, coordinator=self.coordinator).name
		overleg_reminders.run()
		self.assertEqual(len(self.notifications(self.coordinator, long_ago)), 1)
		self.assertEqual(self.notifications(self.coordinator, recent), [])

	def test_a_voorbespreking_does_not_count_for_the_rhythm(self):
		family = self.active_family()
		for days in (-10, 10):  # one held, one planned: both without the family
			meeting = frappe.get_doc(
				{
					"doctype": "Overleg",
					"gezin": family,
					"type": VOORBESPREKING,
					"starts_on": add_to_date(now_datetime(), days=days),
					"voorzitter": self.coordinator,
				}
			).insert()
			if days < 0:
				meeting.workflow_state = GEHOUDEN
				meeting.save()
		overleg_reminders.run()
		self.assertEqual(len(self.notifications(self.coordinator, family)), 1)

	def test_overdue_agreement_reaches_chair_and_consented_professional_only(self):
		family = self.active_family()
		with_consent_user, with_consent = factories.professional_user("hv-afspraak-met", self.net["ggz"])
		without_user, without = factories.professional_user("hv-afspraak-zonder", self.net["ggz"])
		factories.toestemming(family, with_consent, overleg=1)
		meeting = frappe.get_doc(
			{
				"doctype": "Overleg",
				"gezin": family,
				"starts_on": add_to_date(now_datetime(), days=-30),
				"voorzitter": self.coordinator,
				"afspraken": [
					{
						"wat": "Aanvraag PGB indienen",
						"wie_soort": "Hulpverlener",
						"hulpverlener": with_consent,
						"wanneer": getdate() - timedelta(days=5),
					},
					{
						"wat": "Schoolgesprek plannen",
						"wie_soort": "Hulpverlener",
						"hulpverlener": without,
						"wanneer": getdate() - timedelta(days=5),
					},
					{
						"wat": "Al gedaan",
						"wie_soort": "Ouder",
						"wie": "Sanne",
						"wanneer": getdate() - timedelta(days=5),
						"status": "Gedaan",
					},
				],
			}
		).insert()
		overleg_reminders.run()
		chair = self.notifications(self.coordinator, meeting.name)
		self.assertEqual(len(chair), 2)
		self.assertFalse(any("Al gedaan" in s for s in chair))
		self.assertEqual(len(self.notifications(with_consent_user, meeting.name)), 1)
		self.assertEqual(self.notifications(without_user, meeting.name), [])
