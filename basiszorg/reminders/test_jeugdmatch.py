"""JeugdMATCH: the daily reminder after the configured days, and the closure check."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.reminders import jeugdmatch as reminders
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestJeugdmatch(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user(
			f"jm-{frappe.generate_hash(length=5)}", "Basiszorg Coördinator"
		)

	def family_started_days_ago(self, days):
		family = factories.active_family(self.net, days_ago=days + 30, coordinator=self.coordinator)
		family.startdatum = getdate() - timedelta(days=days)
		family.save()
		return family

	def notifications(self, name):
		return frappe.get_all(
			"Notification Log", {"for_user": self.coordinator, "document_name": name}, pluck="subject"
		)

	def test_a_child_not_registered_after_the_configured_days_is_signalled_once_a_day(self):
		days = instellingen.normen().jeugdmatch_termijn_dagen
		late = self.family_started_days_ago(days + 1)
		in_time = self.family_started_days_ago(days)
		reminders.run()
		reminders.run()
		(subject,) = self.notifications(late.name)
		self.assertIn("JeugdMATCH", subject)
		self.assertIn("Daan", subject)
		self.assertEqual(self.notifications(in_time.name), [])
		late.leden[1].jeugdmatch_registratiedatum = getdate()
		late.leden[1].jeugdmatch_geinformeerd_op = getdate()
		late.save()
		self.assertNotIn(
			late.name, [f.name for f in reminders.families_with_unregistered_children(getdate())]
		)

	def test_the_term_is_a_setting(self):
		late = self.family_started_days_ago(10)

		def term(value):
			frappe.db.set_single_value(instellingen.SETTINGS, "jeugdmatch_termijn_dagen", value)
			frappe.clear_document_cache(instellingen.SETTINGS, instellingen.SETTINGS)

		kept = instellingen.normen().jeugdmatch_termijn_dagen
		try:
			term(5)
			self.assertIn(
				late.name, [f.name for f in reminders.families_with_unregistered_children(getdate())]
			)
			term(30)
			self.assertNotIn(
				late.name, [f.name for f in reminders.families_with_unregistered_children(getdate())]
			)
		finally:
			term(kept)

	def test_closure_needs_every_registration_ended(self):
		family = self.family_started_days_ago(20)
		family.leden[1].jeugdmatch_registratiedatum = getdate() - timedelta(days=5)
		family.save()
		family.update({"workflow_state": AFGESLOTEN, "afsluitreden": "Doelen bereikt"})
		with self.assertRaises(frappe.ValidationError) as refused:
			family.save()
		self.assertIn("JeugdMATCH", str(refused.exception))
		family.reload()
		family.leden[1].jeugdmatch_afgemeld_op = getdate()
		family.update({"workflow_state": AFGESLOTEN, "afsluitreden": "Doelen bereikt"})
		family.save()
