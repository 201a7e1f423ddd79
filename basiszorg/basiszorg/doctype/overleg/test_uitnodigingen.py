"""Meetings prepared with the family: agenda topics, invitations with a calendar file to those the
consents allow (one e-mail each, through the e-mail queue), and the paper route by post."""

import email
from datetime import timedelta
from io import BytesIO

import frappe
from frappe.utils import add_to_date, getdate, now_datetime

from basiszorg.api.overleg import (
	INVITATION_LETTER,
	MINUTES_LETTER,
	per_post_verstuurd,
	verstuur_uitnodigingen,
	verstuur_verslag,
)
from basiszorg.domain.overleg import GEHOUDEN, VERSLAG_CONCEPT, VERSLAG_VERZONDEN
from basiszorg.domain.uitnodiging import PER_EMAIL, PER_POST, UITNODIGING, VERSLAG
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase

TOPIC = "Daan wil vaker bij oma logeren"


def pdf_text(pdf: bytes) -> str:
	from pypdf import PdfReader

	return " ".join("".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


class TestInvitations(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		cls.net = factories.network()
		org = cls.net["ggz"]
		cls.allowed = factories.ensure_hulpverlener("bz-test Uitgenodigd", org, "uitgenodigd@bz-test.example")
		cls.withdrawn = factories.ensure_hulpverlener(
			"bz-test Ingetrokken", org, "ingetrokken@bz-test.example"
		)
		values = factories.gezin_dict(
			cls.net,
			today=getdate() - timedelta(days=60),
			adres="Lindelaan 7",
			postcode="2312 AB",
			woonplaats="Leiden",
		)
		cls.family = frappe.get_doc(values).insert().name
		factories.toestemming(cls.family, cls.allowed, overleg=1)

	def planned(self, extra=(), **values):
		return factories.meeting(
			self.family,
			days_from_now=14,
			type="Gezinsoverleg",
			locatie="Wijkcentrum De Kom",
			deelnemers=[
				{"soort": "Ouder", "naam": "Sanne Test", "email": "sanne@bz-test.example"},
				{"soort": "Ouder", "naam": "Piet Test"},  # no e-mail: by post
				{"soort": "Hulpverlener", "hulpverlener": self.allowed},
				*({"soort": "Hulpverlener", "hulpverlener": hv} for hv in extra),
				{"soort": "Anders", "naam": "Oma", "email": "oma@bz-test.example"},
			],
			agendapunten=[{"onderwerp": TOPIC, "van_gezin": 1, "ingebracht_door": "Daan"}],
			**values,
		)

	def queued(self, name):
		return frappe.get_all(
			"Email Queue",
			{"reference_doctype": "Overleg", "reference_name": name},
			["name", "message"],
		)

	def test_invitations_go_one_per_receiver_with_a_calendar_file_to_allowed_participants_only(self):
		# a professional on the list with consent for meetings, whose consent was withdrawn since
		consent = factories.toestemming(self.family, self.withdrawn, overleg=1)
		doc = self.planned(extra=[self.withdrawn])
		consent.reload()
		consent.trek_in(reden="Ouders willen het niet meer", door="Sanne Test")
		result = verstuur_uitnodigingen(doc.name)
		self.assertEqual(set(result["email"]), {"Sanne Test", "bz-test Uitgenodigd", "Oma"})
		self.assertEqual(result["post"], ["Piet Test"])
		queue = self.queued(doc.name)
		self.assertEqual(len(queue), 3)
		recipients = {
			r
			for q in queue
			for r in frappe.get_all("Email Queue Recipient", {"parent": q.name}, pluck="recipient")
		}
		self.assertEqual(
			recipients, {"sanne@bz-test.example", "uitgenodigd@bz-test.example", "oma@bz-test.example"}
		)
		for q in queue:
			message = email.message_from_string(q.message)
			calendars = [p for p in message.walk() if (p.get_filename() or "").endswith(".ics")]
			self.assertEqual(len(calendars), 1)
			ics = calendars[0].get_payload(decode=True).decode()
			self.assertIn("BEGIN:VEVENT", ics)
			self.assertIn(f"UID:{doc.name}@", ics)
			self.assertIn("LOCATION:Wijkcentrum De Kom", ics)
			self.assertNotIn("bz-test gezin", ics, "the calendar entry names no family")
			body = " ".join(
				p.get_payload(decode=True).decode()
				for p in message.walk()
				if p.get_content_type() == "text/html"
			)
			self.assertIn(TOPIC, body)
		doc.reload()
		ways = {row.naam: row.uitnodiging for row in doc.deelnemers}
		self.assertEqual(ways["Sanne Test"], PER_EMAIL)
		self.assertFalse(ways["bz-test Ingetrokken"])
		self.assertIn("bz-test Ingetrokken", " ".join(result["niet"]))
		self.assertFalse(ways["Piet Test"], "the letter is recorded when it went")
		self.assertTrue(doc.uitnodigingen_verstuurd_op)

	def test_a_topic_of_a_youngster_names_the_member(self):
		doc = self.planned()
		daan = frappe.db.get_value("Gezinslid", {"parent": self.family, "voornaam": "Daan"})
		self.assertEqual(doc.agendapunten[0].over_lid, daan)

	def test_only_a_planned_meeting_is_invited_to(self):
		doc = self.planned()
		doc.workflow_state = GEHOUDEN
		doc.save()
		with self.assertRaises(frappe.ValidationError):
			verstuur_uitnodigingen(doc.name)

	def test_paper_route_invitation_letter_and_record(self):
		doc = self.planned()
		pdf = frappe.get_print("Overleg", doc.name, print_format=INVITATION_LETTER, as_pdf=True)
		text = pdf_text(pdf)
		for expected in ("Piet Test", "Lindelaan 7", "2312 AB Leiden", TOPIC, "Wijkcentrum De Kom"):
			self.assertIn(expected, text)
		self.assertEqual(per_post_verstuurd(doc.name, UITNODIGING), ["Piet Test"])
		doc.reload()
		(row,) = doc.postverzending
		self.assertEqual((row.wat, row.aan, getdate(row.verstuurd_op)), (UITNODIGING, "Piet Test", getdate()))
		self.assertIn("Lindelaan 7", row.adres)
		self.assertEqual(next(d.uitnodiging for d in doc.deelnemers if d.naam == "Piet Test"), PER_POST)

	def test_paper_route_minutes_letter_carries_the_minutes(self):
		doc = self.planned(
			starts_on=add_to_date(now_datetime(), days=-1),
			afspraken=[
				{
					"wat": "Moeder belt de school",
					"wie_soort": "Ouder",
					"wanneer": getdate() + timedelta(days=7),
				}
			],
		)
		with self.assertRaises(frappe.ValidationError):
			per_post_verstuurd(doc.name, VERSLAG)  # no minutes yet
		for state in (GEHOUDEN, VERSLAG_CONCEPT):
			doc.workflow_state = state
			doc.save()
		text = pdf_text(frappe.get_print("Overleg", doc.name, print_format=MINUTES_LETTER, as_pdf=True))
		self.assertIn("Piet Test", text)
		self.assertIn("Moeder belt de school", text)
		self.assertIn(TOPIC, text)  # the agenda topics are in the minutes
		self.assertIn("Versie 1", text)
		self.assertEqual(per_post_verstuurd(doc.name, VERSLAG), ["Piet Test"])
		doc.reload()
		self.assertEqual([(r.wat, r.versie) for r in doc.postverzending], [(VERSLAG, 1)])
		# others receive it by e-mail: the letter alone does not send the minutes
		self.assertEqual(doc.workflow_state, VERSLAG_CONCEPT)

	def test_minutes_only_by_post_are_sent_when_the_letter_goes(self):
		doc = factories.meeting(
			self.family,
			days_from_now=-1,
			type="Gezinsoverleg",
			deelnemers=[{"soort": "Ouder", "naam": "Piet Test", "aanwezigheid": "Aanwezig"}],
		)
		for state in (GEHOUDEN, VERSLAG_CONCEPT):
			doc.workflow_state = state
			doc.save()
		with self.assertRaises(frappe.ValidationError) as refused:
			verstuur_verslag(doc.name)
		self.assertIn("per post", str(refused.exception))
		self.assertEqual(per_post_verstuurd(doc.name, VERSLAG), ["Piet Test"])
		doc.reload()
		self.assertEqual(doc.workflow_state, VERSLAG_VERZONDEN)
		self.assertEqual(doc.verslag_versie, 1)
		self.assertTrue(doc.verzonden_op)
		self.assertEqual([(r.wat, r.versie) for r in doc.postverzending], [(VERSLAG, 1)])
		self.assertEqual(self.queued(doc.name), [], "nothing went by e-mail")

	def test_the_minutes_dialog_warns_without_huisarts(self):
		doc = self.planned()
		doc.run_method("onload")
		warnings = doc.get_onload().get("kopie_waarschuwingen")
		self.assertEqual(len(warnings), 1)  # the network has a JGZ, no huisarts
		self.assertIn("huisarts", warnings[0])
