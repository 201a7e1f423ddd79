"""The shipped notifications pick the right families on the right day."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestNotifications(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.net = factories.network()

	def due_today(self, notification: str) -> list[str]:
		return [d.name for d in frappe.get_doc("Notification", notification).get_documents_for_today()]

	def test_decision_due_in_two_days(self):
		today = getdate()
		due = frappe.get_doc(factories.gezin_dict(self.net, aanmelddatum=today - timedelta(days=12))).insert()
		not_yet = frappe.get_doc(
			factories.gezin_dict(self.net, aanmelddatum=today - timedelta(days=5))
		).insert()
		names = self.due_today("Besluit commissie binnen 2 dagen")
		self.assertIn(due.name, names)
		self.assertNotIn(not_yet.name, names)

	def test_ten_weeks_and_past_twelve_weeks_on_the_waitlist(self):
		today = getdate()
		ten = factories.to_waitlist(
			frappe.get_doc(factories.gezin_dict(self.net, today=today - timedelta(days=70))).insert(),
			today - timedelta(days=70),
		)
		late = factories.to_waitlist(
			frappe.get_doc(factories.gezin_dict(self.net, today=today - timedelta(days=85))).insert(),
			today - timedelta(days=85),
		)
		self.assertIn(ten.name, self.due_today("Wachtlijst 10 weken"))
		self.assertNotIn(late.name, self.due_today("Wachtlijst 10 weken"))
		self.assertIn(late.name, self.due_today("Wachtlijst langer dan 12 weken"))

	def test_shipped_definitions_are_created_and_follow_the_norms(self):
		from basiszorg import instellingen
		from basiszorg.setup.notifications import WAITLIST_SIGNAL, definitions, ensure_notifications

		frappe.delete_doc("Notification", WAITLIST_SIGNAL, ignore_permissions=True, force=True)
		self.assertEqual(ensure_notifications(), [WAITLIST_SIGNAL])
		shipped = {d["name"]: d for d in definitions(instellingen.normen())}
		self.assertEqual(
			frappe.db.get_value("Notification", WAITLIST_SIGNAL, "condition"),
			shipped[WAITLIST_SIGNAL]["condition"],
		)
		settings = frappe.get_single("Basiszorg Instellingen")
		before = settings.max_wachtweken
		settings.max_wachtweken = 10
		settings.save()
		try:
			self.assertEqual(
				frappe.db.get_value("Notification", WAITLIST_SIGNAL, "days_in_advance"),
				10 * 7 - settings.signaal_wachtlijst_dagen,
			)
		finally:
			settings.max_wachtweken = before
			settings.save()
