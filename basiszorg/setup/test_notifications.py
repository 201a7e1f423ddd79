"""The shipped notifications pick the right families on the right day."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.domain.traject import INTAKE
from basiszorg.setup.notifications import (
	DECISION_DUE,
	DECISION_DUE_BEFORE,
	WAITLIST_PAST_LIMIT,
	WAITLIST_SIGNAL,
)
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestNotifications(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.net = factories.network()

	def setUp(self):
		"""Each test starts from the shipped notifications (a run stopped half-way in the rename
		test below must not decide the next run)."""
		from basiszorg.setup.notifications import ensure_notifications

		if frappe.db.exists("Notification", DECISION_DUE_BEFORE):
			frappe.delete_doc("Notification", DECISION_DUE_BEFORE, ignore_permissions=True, force=True)
		ensure_notifications()

	def due_today(self, notification: str) -> list[str]:
		return [d.name for d in frappe.get_doc("Notification", notification).get_documents_for_today()]

	def test_referrer_to_be_informed_in_two_days(self):
		"""The clock follows informing the referrer: a decision alone does not stop it, the letter does."""
		today = getdate()
		twelve_days_ago = today - timedelta(days=12)

		def registered(**values):
			return frappe.get_doc(factories.gezin_dict(self.net, today=twelve_days_ago, **values)).insert()

		due = registered()
		decided = factories.to_waitlist(registered(), twelve_days_ago)
		informed = factories.to_waitlist(registered(), twelve_days_ago)
		informed.verwijzer_geinformeerd_op = today
		informed.save()
		not_yet = frappe.get_doc(
			factories.gezin_dict(self.net, aanmelddatum=today - timedelta(days=5))
		).insert()
		names = self.due_today(DECISION_DUE)
		self.assertIn(due.name, names)
		self.assertIn(decided.name, names)
		self.assertNotIn(informed.name, names)
		self.assertNotIn(not_yet.name, names)

	def test_patch_renames_the_shipped_decision_notification(self):
		from basiszorg.domain.traject import WACHT_OP_BESLUIT
		from basiszorg.patches.v2_1 import clock_follows_the_referrer
		from basiszorg.setup.notifications import _in_states, referrer_not_informed

		frappe.rename_doc("Notification", DECISION_DUE, DECISION_DUE_BEFORE, force=True, show_alert=False)
		frappe.db.set_value("Notification", DECISION_DUE_BEFORE, "condition", _in_states(WACHT_OP_BESLUIT))
		clock_follows_the_referrer.execute()
		self.assertFalse(frappe.db.exists("Notification", DECISION_DUE_BEFORE))
		self.assertEqual(
			frappe.db.get_value("Notification", DECISION_DUE, "condition"), referrer_not_informed()
		)

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
		self.assertIn(ten.name, self.due_today(WAITLIST_SIGNAL))
		self.assertNotIn(late.name, self.due_today(WAITLIST_SIGNAL))
		self.assertIn(late.name, self.due_today(WAITLIST_PAST_LIMIT))

	def test_conditions_leave_out_families_in_other_states(self):
		"""Each family below has the date a notification looks at but not the state its condition asks
		for, so it gets nothing; without the condition it would (Frappe v16 ignores a condition
		unless its condition_type is Python)."""
		today = getdate()
		decided = factories.to_waitlist(
			frappe.get_doc(factories.gezin_dict(self.net, aanmelddatum=today - timedelta(days=12))).insert(),
			today,
		)
		decided.verwijzer_geinformeerd_op = today  # the two weeks end when the referrer is informed
		decided.save()
		started = {}
		for notification, days in ((WAITLIST_SIGNAL, 70), (WAITLIST_PAST_LIMIT, 85)):
			family = factories.to_waitlist(
				frappe.get_doc(factories.gezin_dict(self.net, today=today - timedelta(days=days))).insert(),
				today - timedelta(days=days),
			)
			family.workflow_state = INTAKE
			family.save()
			started[notification] = family.name
		for notification, family in ((DECISION_DUE, decided.name), *started.items()):
			shipped = frappe.get_doc("Notification", notification)
			if frappe.get_meta("Notification").has_field("condition_type"):
				self.assertEqual(shipped.condition_type, "Python", notification)
			unconditioned = frappe.copy_doc(shipped)
			unconditioned.condition = ""
			self.assertIn(family, [d.name for d in unconditioned.get_documents_for_today()], notification)
			self.assertNotIn(family, self.due_today(notification), notification)

	def test_shipped_definitions_are_created_and_follow_the_norms(self):
		from basiszorg import instellingen
		from basiszorg.setup.notifications import definitions, ensure_notifications

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
