"""Mijn gezin over HTTP as the family members themselves: invitation, the four pages, the actions,
privacy between family members, limited and removed access, and no desk or REST for them."""

import json
from io import BytesIO

import frappe
from frappe.utils import add_years, getdate
from pypdf import PdfReader

from basiszorg.domain.leden import KIND
from basiszorg.domain.overleg import GEPLAND, VERSLAG_VERZONDEN
from basiszorg.domain.portaal import BEPERKT, GEEN, VOLLEDIG
from basiszorg.portaal import accounts
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

PLAN_GOAL = "bz-test-PORTAAL-DOEL"
MINUTES_TEXT = "bz-test-PORTAAL-VERSLAG-DAAN"
YOUTH_MINUTES = "bz-test-PORTAAL-VERSLAG-NOOR"
YOUTH_GOAL = "bz-test-PORTAAL-NOOR"


class TestMijnGezin(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		for email in ("ouder@bz-test.example", "noor@bz-test.example", "kees@bz-test.example"):
			if frappe.db.exists("User", email):  # left by an earlier run
				frappe.delete_doc("User", email, force=True, ignore_permissions=True)
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		frappe.db.set_value("User", cls.coordinator, "mobile_no", "06-12345678")
		leden = factories.gezin_dict(cls.net)["leden"]
		leden[0]["email"] = "ouder@bz-test.example"
		leden += [
			{
				"rol": KIND,
				"voornaam": "Noor",
				"achternaam": "Test",
				"geboortedatum": add_years(getdate(), -17),
				"email": "noor@bz-test.example",
			},
			{
				"rol": "Ouder/verzorger",
				"voornaam": "Kees",
				"achternaam": "Test",
				"email": "kees@bz-test.example",
			},
		]
		family = factories.active_family(
			cls.net, coordinator=cls.coordinator, gezinsnaam="bz-test Portaal", leden=leden
		)
		cls.family = family.name
		members = {m.voornaam: m.name for m in family.leden}
		cls.members = members
		frappe.set_user(cls.coordinator)
		cls.parent = accounts.nodig_uit(cls.family, members["Sanne"])
		cls.youngster = accounts.nodig_uit(cls.family, members["Noor"])
		cls.limited = accounts.nodig_uit(cls.family, members["Kees"])
		accounts.zet_toegang(cls.family, members["Kees"], BEPERKT)
		frappe.set_user("Administrator")
		cls.plan = factories.adopted_plan(
			cls.family,
			doelen=[
				{"levensgebied": "School", "voor_wie": "Daan", "doel": PLAN_GOAL},
				{"levensgebied": "School", "voor_wie": "Noor", "doel": YOUTH_GOAL},
			],
		)
		frappe.db.set_value("Zorgplan", cls.plan.name, "akkoord_ouders_op", None)
		cls.professional_user, cls.professional = factories.professional_user("hv-portaal", cls.net["ggz"])
		cls.consent = factories.toestemming(cls.family, cls.professional, gezinsgegevens=1)
		cls.meeting = factories.meeting(cls.family, days_from_now=7, voorzitter=cls.coordinator).name
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def as_(self, user):
		return self.user_headers(user)

	def page(self, user, path=""):
		return self.portal_page(user, f"/mijn-gezin{path}")

	def act(self, user, method, **params):
		return self.post(self.method(f"basiszorg.portaal.api.{method}"), params, headers=self.as_(user))

	def test_invitation_makes_a_website_user_with_frappes_welcome_mail(self):
		user = frappe.get_doc("User", self.parent)
		self.assertEqual(user.user_type, "Website User")
		self.assertEqual([r.role for r in user.roles], ["Gezinslid"])
		mail = frappe.get_all("Email Queue Recipient", {"recipient": self.parent}, pluck="parent")
		self.assertTrue(mail, "welcome mail queued")
		message = frappe.db.get_value("Email Queue", mail[0], "message")
		self.assertIn("update-password", message)
		too_young = frappe.get_doc("Gezin", self.family)
		with self.assertRaises(frappe.ValidationError):
			frappe.set_user(self.coordinator)
			try:
				accounts.nodig_uit(self.family, self.members["Daan"])  # 6 years old
			finally:
				frappe.set_user("Administrator")
		self.assertTrue(too_young)

	def test_where_we_stand_and_the_contact_person(self):
		response = self.page(self.parent)
		self.assertEqual(response.status_code, 200)
		body = response.get_data(as_text=True)
		self.assertIn("We werken samen aan het plan voor uw gezin", body)
		self.assertIn("06-12345678", body)
		self.assertIn("bz-test Portaal", body)

	def test_the_plan_agreement_and_a_remark_per_goal(self):
		body = self.page(self.parent, "/plan").get_data(as_text=True)
		self.assertIn(PLAN_GOAL, body)
		self.assertIn(YOUTH_GOAL, body, "by default the parents see the youngster's part")
		self.assertEqual(
			self.act(self.parent, "akkoord_met_plan", gezin=self.family, zorgplan=self.plan.name).status_code,
			200,
		)
		goal = next(g for g in self.plan.doelen if g.doel == PLAN_GOAL)
		response = self.act(
			self.parent,
			"opmerking_bij_doel",
			gezin=self.family,
			zorgplan=self.plan.name,
			doel_id=goal.doel_id,
			opmerking="Daan wil met de fiets",
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		frappe.db.rollback()
		plan = frappe.get_doc("Zorgplan", self.plan.name)
		self.assertEqual(plan.akkoord_ouders_op, getdate())
		self.assertEqual(plan.akkoord_door, "Sanne Test")
		self.assertEqual(
			[(o.opmerking, o.door) for o in plan.opmerkingen], [("Daan wil met de fiets", "Sanne Test")]
		)

	def test_a_youngster_keeps_their_part_from_the_parents(self):
		youngster_page = self.page(self.youngster, "/plan").get_data(as_text=True)
		self.assertIn(YOUTH_GOAL, youngster_page)
		self.assertNotIn(PLAN_GOAL, youngster_page, "not a sibling's part")
		self.assertEqual(
			self.act(self.youngster, "deel_voor_ouders", gezin=self.family, zichtbaar=0).status_code, 200
		)
		try:
			self.assertNotIn(YOUTH_GOAL, self.page(self.parent, "/plan").get_data(as_text=True))
			self.assertGreaterEqual(
				self.act(self.parent, "deel_voor_ouders", gezin=self.family, zichtbaar=1).status_code, 400
			)
		finally:
			restored = self.act(self.youngster, "deel_voor_ouders", gezin=self.family, zichtbaar=1)
			self.assertEqual(restored.status_code, 200, restored.get_data(as_text=True)[:500])

	def test_a_limited_parent_sees_the_step_and_their_own_consents_only(self):
		self.assertEqual(self.page(self.limited).status_code, 200)
		for path in ("/plan", "/overleggen"):
			response = self.page(self.limited, path)
			self.assertNotEqual(response.status_code, 200, path)
			self.assertNotIn(PLAN_GOAL, response.get_data(as_text=True))
		consents = self.page(self.limited, "/toestemming").get_data(as_text=True)
		self.assertNotIn("hv-portaal", consents, "a consent Kees did not give")
		self.assertGreaterEqual(
			self.act(
				self.limited, "akkoord_met_plan", gezin=self.family, zorgplan=self.plan.name
			).status_code,
			400,
		)

	def test_withdrawal_on_the_portal_ends_the_professionals_access(self):
		self.assertEqual(
			self.get(
				self.resource("Gezin", self.family), headers=self.as_(self.professional_user)
			).status_code,
			200,
		)
		page = self.page(self.parent, "/toestemming").get_data(as_text=True)
		self.assertIn("bz-test hv-portaal", page)
		response = self.act(
			self.parent,
			"trek_toestemming_in",
			gezin=self.family,
			toestemming=self.consent.name,
			regel=self.consent.regels[0].name,
			reden="Niet meer nodig",
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		self.assertEqual(
			self.get(
				self.resource("Gezin", self.family), headers=self.as_(self.professional_user)
			).status_code,
			403,
		)
		frappe.db.rollback()
		self.assertIn(
			"(Mijn gezin)",
			frappe.db.get_value("Toestemming Regel", self.consent.regels[0].name, "ingetrokken_door"),
		)

	def test_agenda_topic_from_the_family_appears_in_the_meeting(self):
		body = self.page(self.parent, "/overleggen").get_data(as_text=True)
		self.assertIn("Op de agenda zetten", body)
		response = self.act(
			self.parent, "agendapunt", gezin=self.family, overleg=self.meeting, onderwerp="Bedtijd van Daan"
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		frappe.db.rollback()
		topics = frappe.get_doc("Overleg", self.meeting).agendapunten
		self.assertEqual(
			[(t.onderwerp, t.van_gezin, t.ingebracht_door) for t in topics],
			[("Bedtijd van Daan", 1, "Sanne Test")],
		)
		self.assertEqual(frappe.db.get_value("Overleg", self.meeting, "workflow_state"), GEPLAND)

	def test_no_desk_and_no_rest_for_family_members(self):
		for user in (self.parent, self.youngster, self.limited):
			desk = self.get("/app/gezin", headers=self.as_(user))
			self.assertNotEqual(desk.status_code, 200, "the desk is not for family members")
			own = self.get(self.resource("Gezin", self.family), headers=self.as_(user))
			self.assertEqual(
				own.status_code, 403, "REST on family doctypes is closed, also for their own family"
			)
			listed = self.get(self.resource("Gezin"), headers=self.as_(user))
			self.assertNotIn(self.family, listed.get_data(as_text=True))
			rows = self.post(
				self.method("frappe.client.get_list"),
				{
					"doctype": "Gezinslid",
					"parent": "Gezin",
					"fields": json.dumps(["*"]),
					"limit_page_length": 0,
				},
				headers=self.as_(user),
			)
			self.assertNotIn(self.family, rows.get_data(as_text=True))

	def test_removing_access_ends_it_on_the_next_request(self):
		self.assertEqual(self.page(self.youngster).status_code, 200)
		frappe.set_user(self.coordinator)
		try:
			accounts.zet_toegang(self.family, self.members["Noor"], GEEN)
		finally:
			frappe.set_user("Administrator")
		frappe.db.commit()
		try:
			self.assertNotEqual(self.page(self.youngster).status_code, 200)
			self.assertGreaterEqual(
				self.act(self.youngster, "deel_voor_ouders", gezin=self.family, zichtbaar=0).status_code, 400
			)
		finally:
			frappe.set_user(self.coordinator)
			accounts.zet_toegang(self.family, self.members["Noor"], VOLLEDIG)
			frappe.set_user("Administrator")
			frappe.db.commit()

	def minutes_text(self, user, meeting) -> str:
		response = self.get(
			self.method("basiszorg.portaal.api.verslag"),
			{"gezin": self.family, "overleg": meeting},
			headers=self.as_(user),
		)
		self.assertEqual(response.status_code, 200, response.get_data()[:300])
		self.assertTrue(response.get_data().startswith(b"%PDF"))
		pages = PdfReader(BytesIO(response.get_data())).pages
		return "".join("".join(page.extract_text() for page in pages).split())

	def test_the_minutes_pdf_for_a_member(self):
		response = self.get(
			self.method("basiszorg.portaal.api.verslag"),
			{"gezin": self.family, "overleg": self.meeting},
			headers=self.as_(self.parent),
		)
		self.assertGreaterEqual(response.status_code, 400, "not before the minutes are sent")
		self.assertNotIn(b"%PDF", response.get_data())
		held = factories.meeting(
			self.family,
			days_from_now=-3,
			voorzitter=self.coordinator,
			besproken=[
				{"levensgebied": "School", "voor_wie": "Daan", "besproken": MINUTES_TEXT},
				{"levensgebied": "School", "voor_wie": "Noor", "besproken": YOUTH_MINUTES},
			],
		).name
		frappe.db.set_value("Overleg", held, "workflow_state", VERSLAG_VERZONDEN)  # as if sent
		frappe.db.commit()
		parents = self.minutes_text(self.parent, held)
		self.assertIn(MINUTES_TEXT, parents)
		self.assertIn(YOUTH_MINUTES, parents, "parents see the youngster's part by default")
		self.assertIn(YOUTH_MINUTES, self.minutes_text(self.youngster, held))
		self.assertEqual(
			self.act(self.youngster, "deel_voor_ouders", gezin=self.family, zichtbaar=0).status_code, 200
		)
		try:
			text = self.minutes_text(self.parent, held)
			self.assertIn(MINUTES_TEXT, text)
			self.assertNotIn(YOUTH_MINUTES, text, "Noor keeps her part from the parents")
			self.assertIn(YOUTH_MINUTES, self.minutes_text(self.youngster, held))
			limited = self.get(
				self.method("basiszorg.portaal.api.verslag"),
				{"gezin": self.family, "overleg": held},
				headers=self.as_(self.limited),
			)
			self.assertGreaterEqual(limited.status_code, 400, "a limited parent reads no minutes")
		finally:
			self.act(self.youngster, "deel_voor_ouders", gezin=self.family, zichtbaar=1)

	def test_who_read_our_file_by_organisation_and_person(self):
		read = self.get(f"/api/resource/Gezin/{self.family}", headers=self.as_(self.professional_user))
		self.assertEqual(read.status_code, 200)
		frappe.db.commit()
		body = self.page(self.parent, "/toestemming").get_data(as_text=True)
		section = body.split("Wie heeft uw dossier bekeken", 1)[1]
		organisation = frappe.db.get_value("Hulpverlener", self.professional, "zorgorganisatie")
		self.assertIn(organisation, section)
		self.assertIn(frappe.utils.get_fullname(self.professional_user), section)
