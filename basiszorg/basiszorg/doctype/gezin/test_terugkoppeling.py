"""Closing the loop: letters about the start and the closure to the referrer, huisarts and JGZ
(PDF through the e-mail queue, only with consent), and the parents' judgement in Basiszorg normen."""

from io import BytesIO

import frappe
from frappe.utils import getdate

from basiszorg.api.gezin import LETTERS, stuur_trajectbericht
from basiszorg.basiszorg.report.basiszorg_normen.basiszorg_normen import execute as normen
from basiszorg.domain.afsluiting import AFSLUITING, BEREIKT_DEELS, BEREIKT_JA, START, TEVREDEN
from basiszorg.domain.kpi import kwartaal
from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


def pdf_text(pdf: bytes) -> str:
	from pypdf import PdfReader

	return " ".join("".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


class TestClosingTheLoop(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		cls.net = factories.network()
		cls.gp_org = factories.ensure_organisatie("bz-test Huisartsen", "Huisartsenpraktijk")
		cls.gp = factories.ensure_hulpverlener("bz-test Huisarts", cls.gp_org, "huisarts@bz-test.example")
		cls.coordinator = factories.ensure_user(
			f"kring-{frappe.generate_hash(length=5)}", "Basiszorg Coördinator"
		)

	def setUp(self):
		frappe.set_user("Administrator")

	def family(self):
		values = factories.gezin_dict(self.net)
		family = factories.active_family(
			self.net,
			days_ago=120,
			coordinator=self.coordinator,
			betrokkenen=[*values["betrokkenen"], {"hulpverlener": self.gp, "rol_in_gezin": "huisarts"}],
		)
		factories.toestemming(family.name, self.net["psychiater"], gezinsgegevens=1)  # the referrer
		factories.toestemming(family.name, self.gp, verslag_email=1)
		factories.toestemming(family.name, self.net["jeugdverpleegkundige"], overleg=1)  # JGZ: meetings only
		return family

	def queued(self, name):
		rows = frappe.get_all(
			"Email Queue", {"reference_doctype": "Gezin", "reference_name": name}, ["name", "message"]
		)
		recipients = {
			r
			for q in rows
			for r in frappe.get_all("Email Queue Recipient", {"parent": q.name}, pluck="recipient")
		}
		return rows, recipients

	def close(self, family):
		family.reload()
		family.update({"workflow_state": AFGESLOTEN, "afsluitreden": "Doelen bereikt"})
		family.save()
		return family

	def test_start_letter_to_referrer_and_huisarts_with_consent_not_to_jgz_without(self):
		family = self.family()
		result = stuur_trajectbericht(family.name, START)
		self.assertEqual(set(result["verstuurd"]), {"bz-test Psychiater", "bz-test Huisarts"})
		self.assertIn("bz-test Jeugdverpleegkundige", " ".join(result["niet"]))
		rows, recipients = self.queued(family.name)
		self.assertEqual(len(rows), 2)
		psychiater_email = frappe.db.get_value("Hulpverlener", self.net["psychiater"], "email")
		self.assertEqual(recipients, {psychiater_email, "huisarts@bz-test.example"})
		self.assertIn(f"{family.name}-start.pdf", rows[0].message)
		self.assertEqual(
			getdate(frappe.db.get_value("Gezin", family.name, "startbericht_verstuurd_op")), getdate()
		)
		text = pdf_text(frappe.get_print("Gezin", family.name, print_format=LETTERS[START], as_pdf=True))
		self.assertIn("gestart", text)
		self.assertIn("Daan", text)

	def test_closing_letter_only_after_closure(self):
		family = self.family()
		with self.assertRaises(frappe.ValidationError):
			stuur_trajectbericht(family.name, AFSLUITING)
		self.close(family)
		stuur_trajectbericht(family.name, AFSLUITING)
		rows, _recipients = self.queued(family.name)
		self.assertEqual(len(rows), 2)
		self.assertTrue(frappe.db.get_value("Gezin", family.name, "afsluitbericht_verstuurd_op"))
		text = pdf_text(frappe.get_print("Gezin", family.name, print_format=LETTERS[AFSLUITING], as_pdf=True))
		self.assertIn("afgesloten", text)

	def test_nobody_allowed_means_nothing_is_sent(self):
		# registered by the parents themselves, no huisarts, and no consent for the JGZ
		family = factories.active_family(
			self.net, days_ago=120, coordinator=self.coordinator, aangemeld_door="Ouders zelf", verwijzer=None
		)
		with self.assertRaises(frappe.ValidationError):
			stuur_trajectbericht(family.name, START)
		self.assertEqual(self.queued(family.name)[0], [])

	def test_the_parents_judgement_is_recorded_at_closure_and_reported_in_basiszorg_normen(self):
		family = self.family()
		factories.adopted_plan(
			family.name,
			doelen=[
				{"levensgebied": "School", "voor_wie": "Daan", "doel": "Daan gaat elke dag naar school"},
				{"levensgebied": "Wonen", "voor_wie": "Hele gezin", "doel": "Een rustig huis"},
			],
		)
		family = self.close(family)
		self.assertEqual([r.voor_wie for r in family.doeloordelen], ["Daan", "Hele gezin"])
		daan = next(lid for lid in family.leden if lid.voornaam == "Daan")
		self.assertEqual(family.doeloordelen[0].over_lid, daan.name)
		family.oordeel_ouders = TEVREDEN
		family.doeloordelen[0].bereikt = BEREIKT_JA
		family.doeloordelen[1].bereikt = BEREIKT_DEELS
		family.save()
		frappe.set_user(self.coordinator)
		columns, rows, *_ = normen()
		self.assertIn("pct_tevreden", [c["fieldname"] for c in columns])
		quarter = next(r for r in rows if r["kwartaal"] == kwartaal(getdate(family.afsluitdatum)))
		self.assertGreaterEqual(quarter["oordelen"], 1)
		self.assertIsNotNone(quarter["pct_tevreden"])
		self.assertIsNotNone(quarter["pct_doelen_bereikt"])
		self.assertIsNotNone(quarter["pct_doelen_deels"])


class TestLettersAndAYoungstersPart(IntegrationTestCase):
	"""A youngster of 16+ who did not share her own part with the huisarts is not named in the
	letter the huisarts gets; the referrer, whose consent covers her part, reads her name."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		cls.net = factories.network()
		cls.gp_org = factories.ensure_organisatie("bz-test Huisartsen", "Huisartsenpraktijk")
		cls.gp = factories.ensure_hulpverlener("bz-test Huisarts", cls.gp_org, "huisarts@bz-test.example")

	def test_the_letter_names_only_the_children_whose_part_the_receiver_may_see(self):
		import email as mail

		from frappe.utils import add_years

		from basiszorg.domain.toestemming import DEEL_GEDEELD, DEEL_NIET_GEDEELD

		values = factories.gezin_dict(self.net)
		values["leden"].append(
			{
				"rol": "Kind",
				"voornaam": "Noor",
				"achternaam": "Test",
				"geboortedatum": add_years(getdate(), -17),
			}
		)
		values["betrokkenen"].append({"hulpverlener": self.gp, "rol_in_gezin": "huisarts"})
		family = factories.active_family(
			self.net, days_ago=120, leden=values["leden"], betrokkenen=values["betrokkenen"]
		)
		sanne = next(m.name for m in family.leden if m.voornaam == "Sanne")
		noor = next(m.name for m in family.leden if m.voornaam == "Noor")
		for professional, answer in ((self.net["psychiater"], DEEL_GEDEELD), (self.gp, DEEL_NIET_GEDEELD)):
			factories.toestemming(
				family.name,
				professional,
				gevers=[{"gezinslid": sanne}, {"gezinslid": noor, "eigen_deel": answer}],
				gezinsgegevens=1,
			)
		stuur_trajectbericht(family.name, START)
		texts = {}
		for q in frappe.get_all(
			"Email Queue", {"reference_doctype": "Gezin", "reference_name": family.name}, ["name", "message"]
		):
			(to,) = frappe.get_all("Email Queue Recipient", {"parent": q.name}, pluck="recipient")
			(pdf,) = [
				p
				for p in mail.message_from_string(q.message).walk()
				if (p.get_filename() or "").endswith(".pdf")
			]
			texts[to] = pdf_text(pdf.get_payload(decode=True))
		psychiater_email = frappe.db.get_value("Hulpverlener", self.net["psychiater"], "email")
		self.assertIn("Noor", texts[psychiater_email])
		self.assertNotIn("Noor", texts["huisarts@bz-test.example"])
		self.assertIn("Daan", texts["huisarts@bz-test.example"])
