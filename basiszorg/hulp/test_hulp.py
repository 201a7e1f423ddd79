"""Help that comes, on a real site: the social map, a request through its workflow (dates, a
refusal's reason, nothing half-saved), the referral sent only as far as a consent covers it (a
withdrawn line, a youngster's closed part), what the family reads on Mijn gezin, the reminder and
the report *Wachten bij partners* as coordinator and as professional."""

import email
from io import BytesIO

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, getdate
from pypdf import PdfReader

from basiszorg.domain import hulpaanvraag as regels
from basiszorg.domain.netwerk import MOMENT_PLAN
from basiszorg.domain.netwerkkaart import NABIJ
from basiszorg.domain.toestemming import DEEL_NIET_GEDEELD
from basiszorg.netwerk import kaart
from basiszorg.permissions.registry import HULPAANVRAAG, NETWERKMOMENT, NETWERKPERSOON
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

REPORT = "Wachten bij partners"
VRAAG = "bz-test Een groep voor Daan, om te praten over mama."


class TestHulp(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.delete_test_families()
		factories.ensure_outgoing_email_account()
		cls.coordinator = factories.ensure_user("coordinator-hulp", COORDINATOR)
		made = factories.family_on_mijn_gezin("hulp", cls.coordinator)
		cls.net, cls.family, cls.members = made.net, made.family, made.members
		cls.doel_id = made.plan.doelen[0].doel_id
		cls.parent, cls.limited, cls.other_parent = made.parent, made.limited, made.other_parent
		frappe.set_user("Administrator")
		# receivers: one whose consent covers the family's data and the plan (not Noor's part),
		# one with the plan only, one whose consent was withdrawn
		cls.full_user, cls.full = factories.professional_user("hv-hulp-vol", cls.net["ggz"])
		givers = [{"gezinslid": cls.members["Sanne"]}, {"gezinslid": cls.members["Noor"], "eigen_deel": DEEL_NIET_GEDEELD}]
		factories.toestemming(cls.family, cls.full, gevers=givers, gezinsgegevens=1, zorgplan=1)
		cls.plan_user, cls.plan_only = factories.professional_user("hv-hulp-plan", cls.net["ggz"])
		factories.toestemming(cls.family, cls.plan_only, gevers=givers, zorgplan=1)
		cls.withdrawn_user, cls.withdrawn = factories.professional_user("hv-hulp-ingetrokken", cls.net["ggz"])
		consent = factories.toestemming(cls.family, cls.withdrawn, gezinsgegevens=1, zorgplan=1)
		consent.trek_in(reden="Ouders willen het niet meer", door="Sanne Test")
		cls.offer = factories.aanbod(cls.net["ggz"], wachttijd_weken=2, wachttijd_per=getdate(), telefoon="010-1234567", ontvanger=cls.full)
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def setUp(self):
		frappe.set_user("Administrator")
		for name in frappe.get_all(HULPAANVRAAG, {"gezin": self.family}, pluck="name"):
			frappe.delete_doc(HULPAANVRAAG, name, force=True, ignore_permissions=True, delete_permanently=True)
		frappe.db.commit()
		frappe.set_user(self.coordinator)

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def request(self, **values):
		return factories.hulpaanvraag(self.family, self.offer, vraag=VRAAG, **values)

	# -- the workflow ----------------------------------------------------------------------
	def test_a_request_goes_from_asked_to_waiting_to_started_with_its_dates(self):
		self.assertTrue(frappe.db.exists("Workflow", "Hulpaanvraag"))
		doc = self.request(voor_wie="Daan", doel="Daan gaat elke dag naar school")
		self.assertEqual((doc.workflow_state, doc.aangevraagd_door, doc.over_lid), (regels.AANGEVRAAGD, self.coordinator, self.members["Daan"]))
		self.assertEqual(doc.doel_id, self.doel_id)
		doc = apply_workflow(doc, "Op de wachtlijst zetten")
		self.assertEqual((doc.workflow_state, getdate(doc.wachtlijst_op)), (regels.WACHTLIJST, getdate()))
		doc = apply_workflow(doc, "Hulp gestart")
		self.assertEqual((doc.workflow_state, getdate(doc.gestart_op)), (regels.GESTART, getdate()))
		plan = frappe.db.get_value("Zorgplan", {"gezin": self.family, "workflow_state": "Vastgesteld"})
		self.assertTrue(frappe.db.exists("Comment", {"reference_name": plan, "content": ["like", f"%{doc.name}%"]}))
		from basiszorg.hulp import api

		shown = api.hulp_bij_doelen(plan)
		self.assertEqual([h["name"] for h in shown[self.doel_id]], [doc.name])

	def test_a_new_request_offers_the_members_and_the_goals_of_the_current_plan(self):
		from basiszorg.hulp import api

		choices = api.keuzes(self.family)
		self.assertIn("Daan gaat elke dag naar school", choices["doelen"])
		self.assertIn("Noor Test", choices["leden"])
		frappe.set_user(self.full_user)  # a professional reads requests but makes none
		self.assertRaises(frappe.PermissionError, api.keuzes, self.family)

	def test_bad_input_is_refused_in_dutch_and_nothing_is_saved(self):
		doc = self.request()
		stored = frappe.db.get_value(HULPAANVRAAG, doc.name, "modified")
		doc.reload()
		doc.workflow_state, doc.gestart_op = regels.GESTART, add_days(doc.aangevraagd_op, -3)
		with self.assertRaisesRegex(frappe.ValidationError, "vóór de aanvraag"):
			doc.save()
		doc.reload()
		doc.weigerreden = None
		with self.assertRaisesRegex(frappe.ValidationError, "waarom de hulp is geweigerd"):
			apply_workflow(doc, "Geweigerd door aanbieder")
		self.assertEqual(frappe.db.get_value(HULPAANVRAAG, doc.name, ["workflow_state", "modified"]), (regels.AANGEVRAAGD, stored))
		doc.reload()
		doc.weigerreden = regels.WEIGERREDENEN[0]
		doc.save()
		doc = apply_workflow(doc, "Geweigerd door aanbieder")
		self.assertEqual(doc.workflow_state, regels.GEWEIGERD)
		doc.reload()
		doc.workflow_state = regels.GESTART  # a refused request does not start after all
		with self.assertRaisesRegex(frappe.ValidationError, "gaat niet van"):
			doc.save()
		with self.assertRaisesRegex(frappe.ValidationError, "doel uit het huidige plan"):
			self.request(doel="Een doel dat niet in het plan staat")
		with self.assertRaisesRegex(frappe.ValidationError, "kind van dit gezin"):
			self.request(voor_wie="Iemand anders")

	def test_the_social_map_checks_its_offers(self):
		with self.assertRaisesRegex(frappe.ValidationError, "hoger dan"):
			factories.aanbod(self.net["ggz"], naam="bz-test Piep zei de muis", leeftijd_van=9, leeftijd_tot=8)
		with self.assertRaisesRegex(frappe.ValidationError, "werkt niet bij"):
			factories.aanbod(self.net["jgz"], naam="bz-test VoorZorg", ontvanger=self.full)

	# -- sending through consent -----------------------------------------------------------
	def mails(self, name) -> list:
		return frappe.get_all("Email Queue", {"reference_doctype": HULPAANVRAAG, "reference_name": name}, ["name", "message"])

	def test_the_referral_goes_with_the_plan_when_a_consent_covers_it(self):
		from basiszorg.hulp import api

		# the plan's map as kept at adoption: Oma for the family, and Noor's own mentor (her part,
		# which the receiver's consent does not cover)
		frappe.set_user("Administrator")
		plan = frappe.db.get_value("Zorgplan", {"gezin": self.family, "workflow_state": "Vastgesteld"})
		for kept in frappe.get_all(NETWERKMOMENT, {"zorgplan": plan}, pluck="name"):
			frappe.delete_doc(NETWERKMOMENT, kept, force=True, ignore_permissions=True)
		for naam, voor_wie in (("bz-test Oma Truus", None), ("bz-test Mentor van Noor", "Noor Test")):
			frappe.get_doc({"doctype": NETWERKPERSOON, "gezin": self.family, "naam": naam, "nabijheid": NABIJ, "voor_wie": voor_wie}).insert()
		kaart.keep_moment(self.family, MOMENT_PLAN, plan)
		frappe.set_user(self.coordinator)
		doc = self.request(verwijsbrief="<p>Moeder is in behandeling bij de GGZ.</p>", contact_wachten="Anna, 06-12345678")
		result = api.stuur_verwijzing(doc.name)
		self.assertTrue(result["plan"])
		mail = self.mails(doc.name)
		self.assertEqual(len(mail), 1)
		parts = list(email.message_from_string(mail[0].message).walk())
		html = "".join(p.get_payload(decode=True).decode() for p in parts if p.get_content_type() == "text/html")
		self.assertIn("Moeder is in behandeling", html)
		self.assertIn("Anna, 06-12345678", html)
		pdfs = [p for p in parts if p.get_content_type() == "application/pdf"]
		self.assertEqual(len(pdfs), 1)
		plan_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdfs[0].get_payload(decode=True))).pages)
		self.assertIn("Daan gaat elke dag naar school", plan_text)
		self.assertIn("Oma Truus", plan_text, "the positive control: the family's network on the plan's map")
		self.assertNotIn("Mentor van Noor", plan_text, "Noor's own person on the map sent to a receiver without her part")
		recipients = frappe.get_all("Email Queue Recipient", {"parent": mail[0].name}, pluck="recipient")
		self.assertEqual(recipients, [frappe.db.get_value("Hulpverlener", self.full, "email")])
		self.assertTrue(frappe.db.get_value(HULPAANVRAAG, doc.name, "verstuurd_op"))
		self.assertTrue(frappe.db.exists("Comment", {"reference_name": doc.name, "content": ["like", "%Verwijzing verstuurd%"]}))

	def test_no_referral_without_a_consent_that_covers_it_now(self):
		from basiszorg.hulp import api

		cases = (
			({"ontvanger": self.plan_only}, "gezinsgegevens"),  # a line without the family's data
			({"ontvanger": self.withdrawn}, "geen toestemming"),  # a withdrawn line
			({"voor_wie": "Noor"}, "eigen deel van Noor"),  # a youngster's closed part
		)
		for values, message in cases:
			doc = self.request(**values)
			with self.assertRaisesRegex(frappe.ValidationError, message):
				api.stuur_verwijzing(doc.name)
			self.assertEqual(self.mails(doc.name), [], values)
			self.assertFalse(frappe.db.get_value(HULPAANVRAAG, doc.name, "verstuurd_op"))

	def test_the_part_rule_hides_a_youngsters_request_from_the_professional(self):
		own = self.request(voor_wie="Noor")
		family = self.request()
		frappe.db.commit()
		seen = self.get(self.resource(HULPAANVRAAG), {"fields": '["name"]', "limit": 100}, headers=self.user_headers(self.full_user)).json["data"]
		names = {r["name"] for r in seen}
		self.assertIn(family.name, names)
		self.assertNotIn(own.name, names)
		self.assertEqual(self.get(self.resource(HULPAANVRAAG, own.name), headers=self.user_headers(self.full_user)).status_code, 403)
		self.assertEqual(self.get(self.resource(HULPAANVRAAG, family.name), headers=self.user_headers(self.plan_user)).status_code, 403)

	# -- the family ------------------------------------------------------------------------
	def test_the_family_sees_what_was_asked_and_why_it_was_refused(self):
		waiting = self.request(contact_wachten="Anna, 06-12345678", verwachte_start=add_days(getdate(), 30))
		waiting = apply_workflow(waiting, "Op de wachtlijst zetten")
		refused = self.request(weigerreden="Valt buiten de doelgroep", weiger_toelichting="bz-test De groep is vol tot de zomer.")
		apply_workflow(refused, "Geweigerd door aanbieder")
		frappe.db.commit()
		page = self.portal_page(self.parent, "/mijn-gezin/hulp")
		self.assertEqual(page.status_code, 200)
		text = page.get_data(as_text=True)
		for shown in (VRAAG, "bz-test KOPP-groep", "U staat op de wachtlijst", "Anna, 06-12345678", "Valt buiten de doelgroep", "De groep is vol tot de zomer"):
			self.assertIn(shown, text)
		self.assertNotEqual(self.portal_page(self.limited, "/mijn-gezin/hulp").status_code, 200)
		other = self.portal_page(self.other_parent, "/mijn-gezin/hulp").get_data(as_text=True)
		self.assertNotIn(VRAAG, other)
		self.assertNotIn("De groep is vol", other)

	# -- signals and figures ---------------------------------------------------------------
	def test_a_request_waiting_past_the_organisations_time_is_signalled_once(self):
		from basiszorg.hulp import herinneringen

		doc = self.request(aangevraagd_op=add_days(getdate(), -20))  # the offer says two weeks
		fresh = self.request()
		frappe.set_user("Administrator")
		before = frappe.db.count("Notification Log", {"document_name": doc.name})
		herinneringen.run(getdate())
		self.assertEqual(frappe.db.count("Notification Log", {"document_name": doc.name, "for_user": self.coordinator}), before + 1)
		self.assertEqual(frappe.db.count("Notification Log", {"document_name": fresh.name}), 0)
		herinneringen.run(getdate())  # the next day's run within the week: no second signal
		self.assertEqual(frappe.db.count("Notification Log", {"document_name": doc.name, "for_user": self.coordinator}), before + 1)

	def report(self, user):
		from frappe.desk.query_report import run

		frappe.set_user(user)
		try:
			return run(REPORT, filters={"van": str(add_days(getdate(), -60)), "tot": str(getdate())})["result"]
		finally:
			frappe.set_user("Administrator")

	def test_the_partners_report_counts_what_the_reader_may_see(self):
		frappe.set_user("Administrator")
		partner = factories.ensure_organisatie("bz-test Partner voor het rapport", "Jeugdhulp")  # only this test's requests
		offer = factories.aanbod(partner, naam="bz-test Gezinsbehandeling")
		frappe.set_user(self.coordinator)
		factories.hulpaanvraag(self.family, offer, aangevraagd_op=add_days(getdate(), -10))
		refused = factories.hulpaanvraag(self.family, offer, aangevraagd_op=add_days(getdate(), -30), weigerreden="Geen plek of capaciteit")
		apply_workflow(refused, "Geweigerd door aanbieder")
		frappe.db.commit()
		rows = [r for r in self.report(self.coordinator) if isinstance(r, dict) and r.get("organisatie") == partner]
		self.assertEqual(len(rows), 1)
		self.assertEqual((rows[0]["aanvragen"], rows[0]["wachten_nu"], rows[0]["geweigerd"]), (2, 1, 1))
		self.assertEqual(rows[0]["aandeel_geweigerd"], 100.0)
		self.assertIn("Geen plek of capaciteit: 1", rows[0]["redenen"])
		self.assertEqual(rows[0]["langste_dagen"], 30)
		professional = [r for r in self.report(self.full_user) if isinstance(r, dict) and r.get("organisatie") == partner]
		self.assertEqual(professional[0]["aanvragen"], 2)  # the family's data is covered
		self.assertEqual([r for r in self.report(self.plan_user) if isinstance(r, dict) and r.get("organisatie") == partner], [])

	# -- who reads and keeps the social map ------------------------------------------------
	def test_the_social_map_is_read_by_desk_roles_and_kept_by_coordinators(self):
		frappe.db.commit()
		offer = self.resource("Aanbod", self.offer)
		self.assertEqual(self.get(offer, headers=self.user_headers(self.full_user)).status_code, 200)
		self.assertEqual(self.get(offer, headers=self.user_headers(self.coordinator)).status_code, 200)
		changed = self.put(offer, {"wachttijd_weken": 40}, headers=self.user_headers(self.full_user))
		self.assertGreaterEqual(changed.status_code, 400)
		made = self.post(self.resource("Aanbod"), {"naam": "bz-test eigen aanbod", "zorgorganisatie": self.net["ggz"], "soort": "Jeugdhulp"}, headers=self.user_headers(self.full_user))
		self.assertGreaterEqual(made.status_code, 400)
		for outsider in (self.parent, None):  # a family member on Mijn gezin, and Guest
			headers = self.user_headers(outsider) if outsider else {}
			self.assertGreaterEqual(self.get(offer, headers=headers).status_code, 400)
			self.assertNotIn(self.offer, self.get(self.resource("Aanbod"), headers=headers).get_data(as_text=True))
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("Aanbod", self.offer, "wachttijd_weken"), 2)
		self.assertFalse(frappe.db.exists("Aanbod", {"naam": "bz-test eigen aanbod"}))
		kept = self.put(offer, {"wachttijd_weken": 3}, headers=self.user_headers(self.coordinator))
		self.assertEqual(kept.status_code, 200, kept.get_data(as_text=True)[:300])
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("Aanbod", self.offer, "wachttijd_weken"), 3)
		frappe.db.set_value("Aanbod", self.offer, "wachttijd_weken", 2)
		frappe.db.commit()
