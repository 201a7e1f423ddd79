"""Fault: the mail server refuses while the minutes are sent. Nothing is lost, nobody is told
"verzonden" who did not get it, and a failed e-mail can be sent again (to whom may still have it).

A real SMTP server (aiosmtpd) on 127.0.0.1 refuses, then accepts; Frappe's own e-mail queue sends.
"""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.api.overleg import verstuur_opnieuw, verstuur_verslag, werk_verzendstatus_bij
from basiszorg.domain.overleg import AFGELEVERD, GEHOUDEN, IN_WACHTRIJ, MISLUKT, VERSLAG_CONCEPT
from basiszorg.domain.toestemming import GELDIG
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase
from basiszorg.tests.smtp import mailserver

PARENT = "verzending-ouder@bz-test.example"
PRESENT = "verzending-aanwezig@bz-test.example"
ABSENT = "verzending-afwezig@bz-test.example"


class TestVerslagVerzending(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.account = factories.ensure_outgoing_email_account()
		net = factories.network()
		cls.present = factories.ensure_hulpverlener("bz-test Verzending aanwezig", net["ggz"], PRESENT)
		cls.absent = factories.ensure_hulpverlener("bz-test Verzending afwezig", net["ggz"], ABSENT)
		cls.family = (
			frappe.get_doc(factories.gezin_dict(net, today=getdate() - timedelta(days=100))).insert().name
		)
		factories.toestemming(cls.family, cls.present, overleg=1)
		cls.absent_consent = None

	def setUp(self):
		"""The absent professional's consent: new for each test (one test withdraws it)."""
		consent = self.absent_consent
		if not consent or frappe.db.get_value("Toestemming", consent.name, "status") != GELDIG:
			type(self).absent_consent = factories.toestemming(
				self.family, self.absent, overleg=1, verslag_email=1
			)

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		for name in frappe.get_all("Email Queue", {"reference_doctype": "Overleg"}, pluck="name"):
			if frappe.db.get_value("Email Queue", name, "reference_name") in cls.meetings():
				frappe.delete_doc("Email Queue", name, force=True, ignore_permissions=True)
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	@classmethod
	def meetings(cls) -> list[str]:
		return frappe.get_all("Overleg", {"gezin": cls.family}, pluck="name")

	def meeting_in_concept(self):
		doc = factories.meeting(
			self.family,
			days_from_now=-1,
			type="Gezinsoverleg",
			deelnemers=[
				{"soort": "Ouder", "naam": "Sanne Test", "email": PARENT, "aanwezigheid": "Aanwezig"},
				{"soort": "Hulpverlener", "hulpverlener": self.present, "aanwezigheid": "Aanwezig"},
				{"soort": "Hulpverlener", "hulpverlener": self.absent, "aanwezigheid": "Afgemeld"},
			],
		)
		for state in (GEHOUDEN, VERSLAG_CONCEPT):
			doc.workflow_state = state
			doc.save()
		return doc

	def send_queue(self, doc):
		"""What Frappe's queue flush does every few minutes (frappe.email.queue.flush), for our
		entries only: send each, and a refused one keeps its error in the queue."""
		for row in doc.verzendlijst:
			if row.email_queue:
				try:
					frappe.get_doc("Email Queue", row.email_queue).send()
				except Exception:
					frappe.db.rollback()

	def statuses(self, name):
		doc = frappe.get_doc("Overleg", name)
		doc.run_method("onload")  # what the form shows
		return {row.email: row.verzendstatus for row in doc.verzendlijst if row.ontvangt}, doc

	def test_refused_mail_is_not_called_sent_and_can_be_sent_again(self):
		doc = self.meeting_in_concept()
		with mailserver(self.account) as server:
			server.refuse = True
			self.assertEqual(set(verstuur_verslag(doc.name)), {PARENT, PRESENT, ABSENT})
			status, doc = self.statuses(doc.name)
			self.assertEqual(set(status.values()), {IN_WACHTRIJ})
			self.send_queue(doc)
			status, doc = self.statuses(doc.name)
			self.assertEqual(status, {PARENT: MISLUKT, PRESENT: MISLUKT, ABSENT: MISLUKT})
			self.assertEqual(server.received, [])
			comments = " ".join(
				frappe.get_all(
					"Comment", {"reference_doctype": "Overleg", "reference_name": doc.name}, pluck="content"
				)
			)
			self.assertNotIn("verzonden aan", comments.lower())

			# meanwhile the parents withdraw the consent of the absent professional
			frappe.get_doc("Toestemming", self.absent_consent.name).trek_in(
				reden="Ouders trekken in", door="Sanne Test"
			)
			server.refuse = False
			self.assertEqual(set(verstuur_opnieuw(doc.name)), {PARENT, PRESENT})
			status, doc = self.statuses(doc.name)
			self.assertEqual(status, {PARENT: IN_WACHTRIJ, PRESENT: IN_WACHTRIJ})
			self.send_queue(doc)
			status, doc = self.statuses(doc.name)
			self.assertEqual(status, {PARENT: AFGELEVERD, PRESENT: AFGELEVERD})
			self.assertEqual(sorted(server.received), sorted([PARENT, PRESENT]))
			withdrawn = next(row for row in doc.verzendlijst if row.email == ABSENT)
			self.assertFalse(withdrawn.ontvangt)
			self.assertIn("toestemming", withdrawn.reden)
			with self.assertRaises(frappe.ValidationError):
				verstuur_opnieuw(doc.name)  # nothing failed any more

	def test_status_is_kept_when_the_queue_is_cleared(self):
		doc = self.meeting_in_concept()
		with mailserver(self.account):
			verstuur_verslag(doc.name)
			doc.reload()
			self.send_queue(doc)
		status, doc = self.statuses(doc.name)
		self.assertEqual(set(status.values()), {AFGELEVERD})
		for row in doc.verzendlijst:
			if row.email_queue:
				frappe.delete_doc("Email Queue", row.email_queue, force=True, ignore_permissions=True)
		self.assertFalse(werk_verzendstatus_bij(frappe.get_doc("Overleg", doc.name)))
		status, _doc = self.statuses(doc.name)
		self.assertEqual(set(status.values()), {AFGELEVERD})
