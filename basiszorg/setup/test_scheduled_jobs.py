"""Fault: the scheduler runs basiszorg's jobs twice on one day (a restarted worker, a job retried).

Every job in hooks.py (grants expiry, meeting and agreement reminders, retention, the minutes'
sending status) is run twice, as the scheduler calls it (no arguments, as Administrator). The
first run has work to do; the second changes nothing and notifies nobody again.
"""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.domain import privacy, toestemming
from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.privacy import retention
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


def scheduled_jobs() -> list[str]:
	events = frappe.get_hooks("scheduler_events", app_name="basiszorg")
	return [job for jobs in events.values() for job in jobs]


def snapshot() -> dict:
	"""What a job could do: notify, mail, propose or remove, change consents or grants."""
	counts = {
		doctype: frappe.db.count(doctype)
		for doctype in (
			"Notification Log",
			"Email Queue",
			"Basiszorg Opschoning",
			"Basiszorg Toegang",
			"Gezin",
			"Version",
			"Comment",
		)
	}
	counts["Toestemming"] = frappe.get_all(
		"Toestemming", fields=["name", "status", "modified"], order_by="name", as_list=True
	)
	counts["Opschoning"] = frappe.get_all(
		"Basiszorg Opschoning", fields=["name", "status", "modified"], order_by="name", as_list=True
	)
	return counts


class TestDailyJobsTwice(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", COORDINATOR)

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def closed_long_ago(self) -> str:
		family = factories.active_family(self.net, days_ago=300)
		family.update(
			{
				"workflow_state": AFGESLOTEN,
				"afsluitreden": "Doelen bereikt",
				"toelichting_open_afspraken": "Afgerond met het gezin.",
			}
		)
		family.save()
		frappe.db.set_value("Gezin", family.name, "afsluitdatum", getdate() - timedelta(days=366 * 21))
		return family.name

	def work_for_every_job(self) -> dict:
		today = getdate()
		frappe.db.delete("Basiszorg Opschoning")
		# reminders: an active family without any meeting, and an agreement past its date
		waiting = factories.active_family(self.net, days_ago=200, coordinator=self.coordinator)
		factories.meeting(
			waiting.name,
			days_from_now=-30,
			afspraken=[
				{"wat": "Bellen", "wie_soort": "Ouder", "wie": "Sanne", "wanneer": today - timedelta(days=5)}
			],
		)
		# grants: a consent whose end date has passed
		_user, professional = factories.professional_user("hv-dagelijks", self.net["ggz"])
		expiring = factories.toestemming(waiting.name, professional, gezinsgegevens=1, geldig_tot=today)
		frappe.db.set_value("Toestemming", expiring.name, "geldig_tot", today - timedelta(days=1))
		frappe.db.set_value(
			"Basiszorg Toegang", {"toestemming": expiring.name}, "geldig_tot", today - timedelta(days=1)
		)
		# retention: a confirmed removal due today, and another family past its retention
		purged = self.closed_long_ago()
		run = frappe.get_doc("Basiszorg Opschoning", retention.propose(today))
		run.bevestig()
		frappe.db.set_value("Basiszorg Opschoning", run.name, "uit_te_voeren_na", today)
		proposed = self.closed_long_ago()
		return {"consent": expiring.name, "purged": purged, "proposed": proposed, "run": run.name}

	def run_all(self):
		for job in scheduled_jobs():
			frappe.set_user("Administrator")
			frappe.get_attr(job)()

	def test_every_job_twice_on_one_day_does_nothing_twice(self):
		self.assertIn("basiszorg.permissions.grants.expire_daily", scheduled_jobs())
		work = self.work_for_every_job()
		before = snapshot()

		self.run_all()
		first = snapshot()
		self.assertGreater(first["Notification Log"], before["Notification Log"], "reminders went out")
		self.assertEqual(frappe.db.get_value("Toestemming", work["consent"], "status"), toestemming.VERLOPEN)
		self.assertFalse(frappe.db.exists("Gezin", work["purged"]), "the confirmed removal ran")
		self.assertEqual(
			frappe.db.get_value("Basiszorg Opschoning", work["run"], "status"), privacy.UITGEVOERD
		)
		proposal = frappe.get_all("Basiszorg Opschoning", {"status": privacy.VOORGESTELD}, pluck="name")
		self.assertEqual(len(proposal), 1)
		self.assertIn(
			work["proposed"],
			[r.gezin for r in frappe.get_doc("Basiszorg Opschoning", proposal[0]).gezinnen],
		)

		self.run_all()
		self.assertEqual(snapshot(), first, "the second run of the day changed something")
