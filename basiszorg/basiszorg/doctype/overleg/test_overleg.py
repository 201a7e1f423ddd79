"""Overleg: the distribution of the minutes, the e-mail queue, the workflow and the PDF."""

from datetime import timedelta

import frappe
from frappe.utils import add_to_date, getdate, now_datetime

from basiszorg.api.overleg import verstuur_verslag
from basiszorg.domain.overleg import GEHOUDEN, VERSLAG_CONCEPT, VERSLAG_VERZONDEN
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase

SECRET_AGREEMENT = "Moeder belt de school voor een gesprek over Daan"


class TestOverleg(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		net = factories.network()
		cls.net = net
		org = net["ggz"]
		cls.present = factories.ensure_hulpverlener("bz-test Aanwezig", org, "aanwezig@bz-test.example")
		cls.absent_with = factories.ensure_hulpverlener(
			"bz-test Afwezig met", org, "afwezig-met@bz-test.example"
		)
		cls.absent_without = factories.ensure_hulpverlener(
			"bz-test Afwezig zonder", org, "afwezig-zonder@bz-test.example"
		)
		cls.gp_org = factories.ensure_organisatie("bz-test Huisartsen", "Huisartsenpraktijk")
		cls.gp = factories.ensure_hulpverlener("bz-test Huisarts", cls.gp_org, "huisarts@bz-test.example")
		cls.withdrawn = factories.ensure_hulpverlener(
			"bz-test Ingetrokken", org, "ingetrokken@bz-test.example"
		)
		values = factories.gezin_dict(net, today=getdate() - timedelta(days=200))
		values["betrokkenen"].append({"hulpverlener": cls.gp, "rol_in_gezin": "huisarts"})
		cls.family = frappe.get_doc(values).insert().name
		# a professional joins a meeting only with consent for 'overleg'; the minutes by e-mail to
		# someone absent need 'verslag_email' too
		factories.toestemming(cls.family, cls.present, overleg=1)
		factories.toestemming(cls.family, cls.absent_with, overleg=1, verslag_email=1)
		factories.toestemming(cls.family, cls.absent_without, overleg=1)
		factories.toestemming(cls.family, cls.gp, verslag_email=1)
		cls.withdrawn_consent = factories.toestemming(cls.family, cls.withdrawn, overleg=1, verslag_email=1)

	def meeting(self, **overrides):
		values = {
			"doctype": "Overleg",
			"gezin": self.family,
			"type": "Gezinsoverleg",
			"starts_on": add_to_date(now_datetime(), days=-1),
			"voorzitter": "Administrator",
			"deelnemers": [
				{
					"soort": "Ouder",
					"naam": "Sanne Test",
					"email": "sanne@bz-test.example",
					"aanwezigheid": "Aanwezig",
				},
				{"soort": "Hulpverlener", "hulpverlener": self.present, "aanwezigheid": "Aanwezig"},
				{"soort": "Hulpverlener", "hulpverlener": self.absent_with, "aanwezigheid": "Afgemeld"},
				{"soort": "Hulpverlener", "hulpverlener": self.absent_without, "aanwezigheid": "Afwezig"},
				{"soort": "Hulpverlener", "hulpverlener": self.withdrawn, "aanwezigheid": "Afwezig"},
				{
					"soort": "Anders",
					"naam": "Buurvrouw",
					"email": "buurvrouw@bz-test.example",
					"aanwezigheid": "Afwezig",
				},
			],
			"besproken": [{"levensgebied": "School", "besproken": "Daan gaat weer elke dag naar school."}],
			"afspraken": [
				{
					"wat": SECRET_AGREEMENT,
					"wie_soort": "Ouder",
					"wie": "Sanne Test",
					"wanneer": getdate() + timedelta(days=14),
				}
			],
		}
		values.update(overrides)
		return frappe.get_doc(values).insert()

	def to_concept(self, doc):
		for state in (GEHOUDEN, VERSLAG_CONCEPT):
			doc.workflow_state = state
			doc.save()
		return doc

	def receivers(self, doc):
		return {row.naam: (row.ontvangt, row.reden) for row in doc.verzendlijst}

	def test_distribution_rules(self):
		doc = self.meeting()
		who = self.receivers(doc)
		self.assertTrue(who["Sanne Test"][0])
		self.assertTrue(who["bz-test Aanwezig"][0])
		self.assertTrue(who["bz-test Afwezig met"][0])
		self.assertEqual(who["bz-test Afwezig zonder"], (0, "toestemming dekt het verslag niet"))
		self.assertTrue(who["bz-test Huisarts"][0], "huisarts gets it by default, with consent")
		self.assertIn("huisarts", who["bz-test Huisarts"][1])
		self.assertFalse(who["Buurvrouw"][0])
		self.assertEqual(
			doc.volgend_overleg.__str__()[:7] if doc.volgend_overleg else None,
			str(getdate(doc.starts_on) + timedelta(days=90))[:7],
		)

	def test_sending_queues_one_mail_per_receiver_with_pdf_and_moves_the_workflow(self):
		doc = self.to_concept(self.meeting())
		# consent withdrawn after the meeting, before sending
		frappe.get_doc("Toestemming", self.withdrawn_consent.name).trek_in(
			reden="Ouders trekken in", door="Sanne Test"
		)
		sent_to = verstuur_verslag(doc.name)
		self.assertEqual(
			set(sent_to),
			{
				"sanne@bz-test.example",
				"aanwezig@bz-test.example",
				"afwezig-met@bz-test.example",
				"huisarts@bz-test.example",
			},
		)
		queue = frappe.get_all(
			"Email Queue", {"reference_doctype": "Overleg", "reference_name": doc.name}, pluck="name"
		)
		self.assertEqual(len(queue), 4)
		recipients = {
			r
			for q in queue
			for r in frappe.get_all("Email Queue Recipient", {"parent": q}, pluck="recipient")
		}
		self.assertNotIn("ingetrokken@bz-test.example", recipients)
		self.assertNotIn("afwezig-zonder@bz-test.example", recipients)
		# the parents consent again, so the other tests can put this professional on a meeting
		factories.toestemming(self.family, self.withdrawn, overleg=1, verslag_email=1)
		message = frappe.db.get_value("Email Queue", queue[0], "message")
		self.assertIn(f"{doc.name}-versie-1.pdf", message)
		doc.reload()
		self.assertEqual(doc.workflow_state, VERSLAG_VERZONDEN)
		self.assertEqual(doc.verslag_versie, 1)
		comment = frappe.get_last_doc(
			"Comment", {"reference_doctype": "Overleg", "reference_name": doc.name, "comment_type": "Info"}
		)
		self.assertIn("versie 1", comment.content)
		self.assertIn("bz-test Ingetrokken", comment.content)

	def test_a_professional_without_consent_for_meetings_cannot_be_added(self):
		stranger = factories.ensure_hulpverlener(
			"bz-test Zonder toestemming", self.net["jgz"], "zonder@bz-test.example"
		)
		with self.assertRaisesRegex(frappe.ValidationError, "bz-test Zonder toestemming.*overleg"):
			self.meeting(
				deelnemers=[{"soort": "Hulpverlener", "hulpverlener": stranger, "aanwezigheid": "Aanwezig"}]
			)
		only_minutes = self.gp  # consent for the minutes by e-mail, not for taking part
		with self.assertRaises(frappe.ValidationError):
			self.meeting(
				deelnemers=[
					{"soort": "Hulpverlener", "hulpverlener": only_minutes, "aanwezigheid": "Aanwezig"}
				]
			)

	def test_a_participant_whose_consent_ends_never_receives(self):
		consent = factories.toestemming(
			self.family, self.net["jeugdverpleegkundige"], overleg=1, verslag_email=1
		)
		doc = self.meeting(
			deelnemers=[
				{
					"soort": "Hulpverlener",
					"hulpverlener": self.net["jeugdverpleegkundige"],
					"aanwezigheid": "Aanwezig",
				}
			]
		)
		consent.trek_in(reden="Ouders willen het niet meer", door="Sanne Test")
		doc.reload()
		doc.save()  # a later save of the meeting is not held up by the ended consent
		name = frappe.db.get_value("Hulpverlener", self.net["jeugdverpleegkundige"], "volledige_naam")
		now = {o.naam: (o.ontvangt, o.reden) for o in doc.distribution()}
		self.assertEqual(now[name], (0, "geen geldige toestemming van de ouders"))

	def test_sent_state_only_through_sending(self):
		doc = self.to_concept(self.meeting())
		doc.workflow_state = VERSLAG_VERZONDEN
		with self.assertRaises(frappe.ValidationError):
			doc.save()

	def test_meeting_before_registration_is_refused(self):
		with self.assertRaises(frappe.ValidationError):
			self.meeting(starts_on=add_to_date(now_datetime(), days=-400))

	def test_voorbespreking_is_without_parents(self):
		with self.assertRaises(frappe.ValidationError):
			self.meeting(type="Voorbespreking")

	def test_pdf_contains_the_agreements(self):
		doc = self.meeting()
		pdf = frappe.get_print("Overleg", doc.name, print_format="1 Gezin 1 Plan Verslag", as_pdf=True)
		self.assertTrue(pdf.startswith(b"%PDF"))
		from io import BytesIO

		from pypdf import PdfReader

		text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
		self.assertIn("Moeder belt de school", " ".join(text.split()))
		self.assertIn("Dagelijkse verzorging" if False else "School", text)
		path = frappe.get_site_path("private", "files", "bz-test-verslag.pdf")
		with open(path, "wb") as fh:
			fh.write(pdf)
