"""The family's network and the child's world on a real site: what the coordinator records, who
reads it (consent scope and the child's part), what the family keeps up on Mijn gezin, the maps
kept with plan versions and at closure, the bureau's norm, and the printed plan with the map."""

from io import BytesIO

import frappe
from frappe.utils import add_years, getdate
from pypdf import PdfReader

from basiszorg.domain import netwerk as regels
from basiszorg.domain.leden import KIND
from basiszorg.domain.netwerkkaart import MIDDEN, NABIJ, VER
from basiszorg.domain.portaal import BEPERKT
from basiszorg.domain.toestemming import DEEL_NIET_GEDEELD
from basiszorg.netwerk import kaart
from basiszorg.permissions.registry import KINDWERELD, NETWERKMOMENT, NETWERKPERSOON
from basiszorg.portaal import accounts
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

FAMILY_PERSON = "bz-test NETWERK-OMA"
NOOR_PERSON = "bz-test NETWERK-MENTOR-NOOR"
OTHER_PARENT = "ouder-ander-netwerk@bz-test.example"


class TestNetwerk(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		emails = ("sanne-netwerk@bz-test.example", "noor-netwerk@bz-test.example")
		emails += ("mila-netwerk@bz-test.example", "kees-netwerk@bz-test.example", OTHER_PARENT)
		for email in emails:
			if frappe.db.exists("User", email):  # left by an earlier run
				frappe.delete_doc("User", email, force=True, ignore_permissions=True)
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		leden = factories.gezin_dict(cls.net)["leden"]
		leden[0]["email"] = emails[0]
		# Mila is 11 when her parents sign the first consent, 13 now (a youngster who says it herself)
		for voornaam, jaren, email in (("Noor", 17, emails[1]), ("Mila", 11, emails[2])):
			leden.append(
				{
					"rol": KIND,
					"voornaam": voornaam,
					"achternaam": "Test",
					"geboortedatum": add_years(getdate(), -jaren),
					"email": email,
				}
			)
		leden.append({"rol": "Ouder/verzorger", "voornaam": "Kees", "achternaam": "Test", "email": emails[3]})
		family = factories.active_family(
			cls.net, coordinator=cls.coordinator, gezinsnaam="bz-test Netwerk", leden=leden
		)
		cls.family = family.name
		cls.members = {m.voornaam: m.name for m in family.leden}
		frappe.db.set_value("Gezinslid", cls.members["Mila"], "geboortedatum", add_years(getdate(), -13))
		frappe.set_user(cls.coordinator)
		cls.parent = accounts.nodig_uit(cls.family, cls.members["Sanne"])
		cls.noor = accounts.nodig_uit(cls.family, cls.members["Noor"])
		cls.mila = accounts.nodig_uit(cls.family, cls.members["Mila"])
		cls.limited = accounts.nodig_uit(cls.family, cls.members["Kees"])
		accounts.zet_toegang(cls.family, cls.members["Kees"], BEPERKT)
		cls.oma = cls.person(FAMILY_PERSON, NABIJ, steun_opvang=1, betrekken=regels.BETREKKEN_JA).name
		cls.mentor = cls.person(NOOR_PERSON, NABIJ, voor_wie="Noor Test", steun_emotioneel=1).name
		cls.other_parent_user = cls.other_family_parent()
		frappe.set_user("Administrator")
		# a professional whose consent covers the family's data but not Noor's part; one with meetings only
		cls.full_user, cls.full = factories.professional_user("hv-netwerk-vol", cls.net["ggz"])
		givers = [
			{"gezinslid": cls.members["Sanne"]},
			{"gezinslid": cls.members["Mila"]},
			{"gezinslid": cls.members["Noor"], "eigen_deel": DEEL_NIET_GEDEELD},
		]
		factories.toestemming(cls.family, cls.full, gevers=givers, gezinsgegevens=1, zorgplan=1)
		cls.plan_user, cls.plan_only = factories.professional_user("hv-netwerk-plan", cls.net["jgz"])
		factories.toestemming(cls.family, cls.plan_only, gevers=givers, zorgplan=1)
		frappe.db.commit()

	@classmethod
	def person(cls, naam, nabijheid, gezin=None, **values):
		return frappe.get_doc(
			{
				"doctype": NETWERKPERSOON,
				"gezin": gezin or cls.family,
				"naam": naam,
				"nabijheid": nabijheid,
				**values,
			}
		).insert()

	@classmethod
	def other_family_parent(cls) -> str:
		values = factories.gezin_dict(
			cls.net, gezinsnaam="bz-test ander netwerk", coordinator=cls.coordinator
		)
		values["leden"][0]["email"] = OTHER_PARENT
		other = frappe.get_doc(values).insert()
		cls.other_family = other.name
		cls.other_person = cls.person("bz-test NETWERK-ANDER", VER, gezin=other.name).name
		return accounts.nodig_uit(other.name, other.leden[0].name)

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def act(self, user, method, **params):
		return self.post(self.method(f"basiszorg.portaal.api.{method}"), params, headers=self.headers(user))

	def headers(self, user):
		return self.user_headers(user)

	def page(self, user, path="/netwerk"):
		return self.portal_page(user, f"/mijn-gezin{path}")

	def names_read_by(self, user) -> set[str]:
		response = self.get(
			self.resource(NETWERKPERSOON),
			{"filters": frappe.as_json({"gezin": self.family}), "fields": '["naam"]', "limit_page_length": 0},
			headers=self.headers(user),
		)
		if response.status_code != 200:
			return set()
		return {r["naam"] for r in response.json["data"]}

	# the coordinator's records --------------------------------------------------------------
	def test_a_person_of_one_child_is_that_childs_part(self):
		self.assertEqual(frappe.db.get_value(NETWERKPERSOON, self.mentor, "over_lid"), self.members["Noor"])
		self.assertFalse(frappe.db.get_value(NETWERKPERSOON, self.oma, "over_lid"))

	def test_bad_input_is_refused_in_dutch_and_nothing_is_saved(self):
		before = frappe.db.count(NETWERKPERSOON)
		with self.assertRaisesRegex(frappe.ValidationError, "burgerservicenummer"):
			self.person("Buurman 111222333", MIDDEN)
		with self.assertRaisesRegex(frappe.ValidationError, "dichtbij"):
			self.person("Buurman", "Heel dichtbij")
		self.assertEqual(frappe.db.count(NETWERKPERSOON), before)

	def test_the_childs_world_one_per_child_with_a_trusted_person_of_the_family(self):
		world = frappe.get_doc(
			{"doctype": KINDWERELD, "gezin": self.family, "kind": "Mila", "vertrouwenspersoon": self.oma}
		).insert()
		try:
			self.assertEqual((world.over_lid, world.kind), (self.members["Mila"], "Mila Test"))
			with self.assertRaisesRegex(frappe.ValidationError, "al vastgelegd"):
				frappe.get_doc({"doctype": KINDWERELD, "gezin": self.family, "kind": "Mila Test"}).insert()
			with self.assertRaisesRegex(frappe.ValidationError, "netwerk van dit gezin"):
				frappe.get_doc(
					{
						"doctype": KINDWERELD,
						"gezin": self.family,
						"kind": "Daan",
						"vertrouwenspersoon": self.other_person,
					}
				).insert()
			with self.assertRaisesRegex(frappe.ValidationError, "kind van dit gezin"):
				frappe.get_doc({"doctype": KINDWERELD, "gezin": self.family, "kind": "Sanne"}).insert()
			# Noor's own mentor is not Daan's trusted person (her part would show in his world)
			with self.assertRaisesRegex(frappe.ValidationError, "hele gezin of van Daan Test"):
				frappe.get_doc(
					{
						"doctype": KINDWERELD,
						"gezin": self.family,
						"kind": "Daan",
						"vertrouwenspersoon": self.mentor,
					}
				).insert()
		finally:
			frappe.delete_doc(KINDWERELD, world.name, force=True)

	def test_a_plan_names_network_people_of_its_own_family_only(self):
		plan = factories.adopted_plan(
			self.family,
			doelen=[
				{
					"levensgebied": "School",
					"voor_wie": "Daan",
					"doel": "Naar school",
					"netwerkpersoon": self.oma,
				}
			],
		)
		self.assertEqual(plan.doelen[0].wie_werkt_eraan, FAMILY_PERSON)
		plan.doelen[0].netwerkpersoon = self.other_person
		with self.assertRaisesRegex(frappe.ValidationError, "netwerk van dit gezin"):
			plan.save()
		plan.reload()
		# Noor's own mentor on Daan's goal would put her part in his: refused; on her own goal it is hers
		plan.doelen[0].netwerkpersoon = self.mentor
		with self.assertRaisesRegex(frappe.ValidationError, "ander kind"):
			plan.save()
		plan.reload()
		plan.append(
			"doelen",
			{
				"levensgebied": "School",
				"voor_wie": "Noor",
				"doel": "Eindexamen",
				"netwerkpersoon": self.mentor,
			},
		)
		plan.save()
		self.assertEqual(plan.doelen[-1].wie_werkt_eraan, NOOR_PERSON)
		# another person chosen: the name follows
		buurvrouw = self.person("bz-test NETWERK-BUURVROUW", MIDDEN).name
		plan.doelen[0].netwerkpersoon = buurvrouw
		plan.save()
		self.assertEqual(plan.doelen[0].wie_werkt_eraan, "bz-test NETWERK-BUURVROUW")
		frappe.delete_doc(NETWERKPERSOON, buurvrouw, force=True)

	# who reads it ------------------------------------------------------------------------------
	def test_professionals_read_the_network_within_consent_and_parts(self):
		self.assertEqual(self.names_read_by(self.full_user), {FAMILY_PERSON}, "not Noor's own person")
		self.assertEqual(
			self.names_read_by(self.plan_user), set(), "the plan scope does not open the network"
		)
		mentor = self.get(self.resource(NETWERKPERSOON, self.mentor), headers=self.headers(self.full_user))
		self.assertEqual(mentor.status_code, 403)
		api = self.method("basiszorg.netwerk.api.netwerkkaart")
		drawn = self.get(api, {"gezin": self.family}, headers=self.headers(self.full_user))
		self.assertEqual(drawn.status_code, 200)
		svg = drawn.json["message"]["nu"]["svg"]
		self.assertIn(FAMILY_PERSON, svg)
		self.assertNotIn(NOOR_PERSON, svg)
		self.assertEqual(
			self.get(api, {"gezin": self.family}, headers=self.headers(self.plan_user)).status_code, 403
		)
		for outsider in (self.parent, self.other_parent_user):
			self.assertEqual(self.names_read_by(outsider), set(), "no REST for family members")
			self.assertEqual(
				self.get(api, {"gezin": self.family}, headers=self.headers(outsider)).status_code, 403
			)

	def test_the_printed_plan_carries_the_map_as_far_as_the_reader_may_see(self):
		plan = factories.adopted_plan(self.family)
		url = self.method("frappe.utils.print_format.download_pdf")
		params = {"doctype": "Zorgplan", "name": plan.name, "format": "Zorgplan voor ons gezin"}
		frappe.db.commit()
		html_url = self.method("frappe.www.printview.get_html_and_style")
		for user, sees_map in ((self.coordinator, True), (self.full_user, True), (self.plan_user, False)):
			response = self.get(url, params, headers=self.headers(user))
			self.assertEqual(response.status_code, 200, user)
			reader = PdfReader(BytesIO(response.data))
			text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
			# wkhtmltopdf draws the SVG image as vector graphics: its circles' names are PDF text
			self.assertEqual("Ons netwerk" in text, sees_map, user)
			self.assertEqual("Verder weg Informeel Formeel" in text, sees_map, f"the drawing itself ({user})")
			self.assertEqual(FAMILY_PERSON in text, sees_map, user)
			if user != self.coordinator:
				self.assertNotIn("NETWERK-ME", text, f"Noor's part ({user})")
			shown = self.get(
				html_url,
				{"doc": "Zorgplan", "name": plan.name, "print_format": "Zorgplan voor ons gezin"},
				headers=self.headers(user),
			)
			html = (shown.json.get("message") or {}).get("html") or ""
			image = '<img class="bz-netwerkkaart" src="data:image/svg+xml;base64,'
			self.assertEqual(image in html, sees_map, f"the map as an image element ({user})")

	# Mijn gezin ----------------------------------------------------------------------------------
	def test_a_parent_adds_changes_and_removes_a_person(self):
		response = self.act(
			self.parent,
			"netwerkpersoon_bewaren",
			gezin=self.family,
			naam="bz-test Buurvrouw Ans",
			relatie="buurvrouw",
			nabijheid=MIDDEN,
			betrekken=regels.BETREKKEN_JA,
			steun=frappe.as_json(["Praktische hulp", "Bij een crisis"]),
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True)[:400])
		name = response.json["message"]
		frappe.db.rollback()
		person = frappe.get_doc(NETWERKPERSOON, name)
		self.assertEqual((person.steun_praktisch, person.steun_crisis, person.steun_opvang), (1, 1, 0))
		self.assertEqual(person.toegevoegd_via, "Mijn gezin")
		self.assertEqual(person.bijgewerkt_door, "Sanne Test (Mijn gezin)")
		# the coordinator hears of it, in Frappe's own notification log (the web request queued it for
		# a background worker; here the shipped notification is evaluated as that job does), and a
		# change made in the desk is not announced as the family's
		from frappe.email.doctype.notification.notification import evaluate_alert

		from basiszorg.setup.notifications import NETWORK_CHANGED

		evaluate_alert(person, NETWORK_CHANGED, "Save")
		self.assertTrue(
			frappe.db.exists("Notification Log", {"for_user": self.coordinator, "document_name": name}),
			"the coordinator hears what the family changed",
		)
		frappe.set_user(self.coordinator)
		try:
			in_the_desk = frappe.get_doc(NETWERKPERSOON, self.oma)
			in_the_desk.save()
		finally:
			frappe.set_user("Administrator")
		self.assertNotIn("(Mijn gezin)", in_the_desk.bijgewerkt_door)
		evaluate_alert(in_the_desk, NETWORK_CHANGED, "Save")
		self.assertFalse(
			frappe.db.exists("Notification Log", {"for_user": self.coordinator, "document_name": self.oma})
		)
		changed = self.act(
			self.parent,
			"netwerkpersoon_bewaren",
			gezin=self.family,
			persoon=name,
			naam="bz-test Ans",
			nabijheid=VER,
		)
		self.assertEqual(changed.status_code, 200, changed.get_data(as_text=True)[:400])
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(NETWERKPERSOON, name, ["naam", "nabijheid"]), ("bz-test Ans", VER)
		)
		notes = frappe.get_all(
			"Comment", {"reference_doctype": NETWERKPERSOON, "reference_name": name}, pluck="content"
		)
		self.assertIn(
			"Sanne Test paste via Mijn gezin bz-test Ans aan.", notes, "the coordinator sees who changed it"
		)
		removed = self.act(self.parent, "netwerkpersoon_verwijderen", gezin=self.family, persoon=name)
		self.assertEqual(removed.status_code, 200)
		frappe.db.rollback()
		self.assertFalse(frappe.db.exists(NETWERKPERSOON, name))
		self.assertTrue(
			frappe.db.exists(
				"Comment",
				{"reference_name": self.family, "content": ["like", "%bz-test Ans van de netwerkkaart%"]},
			)
		)

	def test_a_youngster_of_sixteen_keeps_up_their_own_people_only(self):
		own = self.act(
			self.noor,
			"netwerkpersoon_bewaren",
			gezin=self.family,
			naam="bz-test Vriendin Lisa",
			nabijheid=NABIJ,
		)
		self.assertEqual(own.status_code, 200, own.get_data(as_text=True)[:400])
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(NETWERKPERSOON, own.json["message"], "over_lid"), self.members["Noor"]
		)
		lisa = own.json["message"]
		changed = self.act(
			self.noor,
			"netwerkpersoon_bewaren",
			gezin=self.family,
			persoon=lisa,
			naam="bz-test Lisa",
			nabijheid=MIDDEN,
		)
		self.assertEqual(changed.status_code, 200, changed.get_data(as_text=True)[:400])
		removed = self.act(self.noor, "netwerkpersoon_verwijderen", gezin=self.family, persoon=lisa)
		self.assertEqual(removed.status_code, 200, removed.get_data(as_text=True)[:400])
		frappe.db.rollback()
		self.assertFalse(frappe.db.exists(NETWERKPERSOON, lisa))
		comment = frappe.get_all(
			"Comment",
			{"reference_name": self.family, "content": ["like", "%van de netwerkkaart%"]},
			pluck="content",
		)
		self.assertFalse(
			[c for c in comment if "Lisa" in c], "the family's timeline does not name her own people"
		)
		family_person = self.act(
			self.noor,
			"netwerkpersoon_bewaren",
			gezin=self.family,
			persoon=self.oma,
			naam="veranderd",
			nabijheid=VER,
		)
		self.assertEqual(family_person.status_code, 403)
		self.assertEqual(frappe.db.get_value(NETWERKPERSOON, self.oma, "naam"), FAMILY_PERSON)

	def test_who_may_not_change_the_network_changes_nothing(self):
		before = frappe.db.count(NETWERKPERSOON), frappe.db.get_value(NETWERKPERSOON, self.oma, "modified")
		tries = [
			(self.mila, {"naam": "bz-test nieuw", "nabijheid": MIDDEN}),  # under 16
			(self.limited, {"naam": "bz-test nieuw", "nabijheid": MIDDEN}),  # limited access
			(self.other_parent_user, {"naam": "bz-test nieuw", "nabijheid": MIDDEN}),  # another family
			(
				self.other_parent_user,
				{"gezin": self.other_family, "persoon": self.oma, "naam": "x", "nabijheid": VER},
			),
			(self.full_user, {"naam": "bz-test nieuw", "nabijheid": MIDDEN}),  # a professional
		]
		for user, values in tries:
			response = self.act(user, "netwerkpersoon_bewaren", **{"gezin": self.family, **values})
			self.assertEqual(response.status_code, 403, (user, values))
		for user in (self.mila, self.limited, self.other_parent_user, self.full_user):
			response = self.act(user, "netwerkpersoon_verwijderen", gezin=self.family, persoon=self.oma)
			self.assertEqual(response.status_code, 403, user)
		# a youngster's own person stays hers: her mother cannot make the mentor the whole family's
		widened = self.act(
			self.parent,
			"netwerkpersoon_bewaren",
			gezin=self.family,
			persoon=self.mentor,
			naam=NOOR_PERSON,
			nabijheid=NABIJ,
		)
		self.assertEqual(widened.status_code, 403, widened.get_data(as_text=True)[:300])
		self.assertEqual(frappe.db.get_value(NETWERKPERSOON, self.mentor, "over_lid"), self.members["Noor"])
		# Noor keeps her own part from the parents: then her mother cannot change it either
		frappe.db.set_value("Gezinslid", self.members["Noor"], "deel_zichtbaar_voor_ouders", 0)
		frappe.db.commit()
		try:
			response = self.act(
				self.parent,
				"netwerkpersoon_bewaren",
				gezin=self.family,
				persoon=self.mentor,
				naam="x",
				nabijheid=VER,
			)
			self.assertEqual(response.status_code, 403)
			self.assertNotIn(NOOR_PERSON, self.page(self.parent).get_data(as_text=True))
		finally:
			frappe.db.set_value("Gezinslid", self.members["Noor"], "deel_zichtbaar_voor_ouders", 1)
			frappe.db.commit()
		self.assertEqual(
			(frappe.db.count(NETWERKPERSOON), frappe.db.get_value(NETWERKPERSOON, self.oma, "modified")),
			before,
		)

	def test_a_youngster_of_twelve_writes_their_world_in_their_own_words(self):
		response = self.act(
			self.mila,
			"eigen_wereld",
			gezin=self.family,
			tekst="Ik praat met oma.",
			vertrouwenspersoon=self.oma,
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True)[:400])
		frappe.db.rollback()
		world = frappe.get_doc(KINDWERELD, response.json["message"])
		self.assertEqual((world.over_lid, world.vertrouwenspersoon), (self.members["Mila"], self.oma))
		self.assertEqual(world.in_eigen_woorden, "Ik praat met oma.")
		# about someone else, or the trusted person of another family, or by her mother: refused
		self.assertEqual(self.act(self.parent, "eigen_wereld", gezin=self.family, tekst="x").status_code, 403)
		other = self.act(self.mila, "eigen_wereld", gezin=self.family, vertrouwenspersoon=self.other_person)
		self.assertEqual(other.status_code, 417)
		self.assertEqual(frappe.db.get_value(KINDWERELD, world.name, "vertrouwenspersoon"), self.oma)
		noor_page = self.page(self.noor).get_data(as_text=True)
		self.assertNotIn("Ik praat met oma.", noor_page, "not a sibling's world")
		self.assertIn("Ik praat met oma.", self.page(self.parent).get_data(as_text=True))
		# the coordinator hears of it (the shipped notification, evaluated as the queued job does)
		from frappe.email.doctype.notification.notification import evaluate_alert

		from basiszorg.setup.notifications import OWN_WORDS_WRITTEN

		evaluate_alert(world, OWN_WORDS_WRITTEN, "Save")
		self.assertTrue(
			frappe.db.exists("Notification Log", {"for_user": self.coordinator, "document_name": world.name})
		)
		frappe.delete_doc(KINDWERELD, world.name, force=True)
		frappe.db.commit()

	def test_the_page_shows_the_map_and_its_text_to_full_members_only(self):
		body = self.page(self.parent).get_data(as_text=True)
		self.assertIn("<svg", body)
		self.assertIn(FAMILY_PERSON, body)
		self.assertIn("Dichtbij (informeel)", body, "the text list beside the map")
		self.assertIn(NOOR_PERSON, body, "Noor shares her part with her parents")
		self.assertNotEqual(self.page(self.limited).status_code, 200)
		other = self.page(self.other_parent_user).get_data(as_text=True)
		self.assertNotIn(FAMILY_PERSON, other)
		guest = self.get("/mijn-gezin/netwerk")
		self.assertIn(guest.status_code, (301, 302, 303, 307))
		self.assertIn("login", guest.headers.get("Location", ""))

	# change over time -------------------------------------------------------------------------
	def test_the_map_is_kept_with_each_plan_and_at_closure_and_the_norm_counts_growth(self):
		from basiszorg.domain.overleg import EVALUATIE, GEHOUDEN

		for earlier in frappe.get_all(NETWERKMOMENT, {"gezin": self.family}, pluck="name"):
			frappe.delete_doc(NETWERKMOMENT, earlier, force=True)  # this test's own maps only
		frappe.set_user(self.coordinator)
		first_plan = factories.adopted_plan(self.family)
		frappe.set_user("Administrator")
		first = frappe.db.get_value(NETWERKMOMENT, {"zorgplan": first_plan.name})
		self.assertTrue(first, "kept when the plan was adopted")
		kept = {r.naam for r in frappe.get_doc(NETWERKMOMENT, first).personen}
		self.assertTrue({FAMILY_PERSON, NOOR_PERSON} <= kept)
		self.assertEqual(kaart.growth([self.family]), {}, "one kept map: nothing to compare yet")
		buurman = self.person("bz-test NETWERK-BUURMAN", MIDDEN, betrekken=regels.BETREKKEN_JA).name
		drawn = kaart.family_map(self.family)
		self.assertEqual([m["naam"] for m in drawn["momenten"]], [first])
		self.assertIn("Erbij: bz-test NETWERK-BUURMAN", drawn["veranderingen"])
		evaluation = factories.meeting(self.family, days_from_now=-1, type=EVALUATIE)
		evaluation.workflow_state = GEHOUDEN
		evaluation.save()
		latest = frappe.get_all(
			NETWERKMOMENT, {"gezin": self.family}, ["name", "aanleiding"], order_by="creation"
		)
		self.assertEqual(
			latest[-1].aanleiding, regels.MOMENT_EVALUATIE, "an evaluation held keeps that day's map"
		)
		self.assertEqual(kaart.growth([self.family]), {self.family: True}, "the neighbour came in")
		shown = kaart.family_map(self.family)
		self.assertEqual([m["naam"] for m in shown["momenten"]], [first, latest[-1].name], "first and latest")
		self.assertIn("bz-test NETWERK-BUURMAN", shown["momenten"][1]["svg"])
		self.assertNotIn("bz-test NETWERK-BUURMAN", shown["momenten"][0]["svg"])
		# someone who does not want to be involved is no growth: the norm counts involved people
		frappe.db.set_value(NETWERKPERSOON, buurman, "betrekken", regels.BETREKKEN_NEE)
		closure = kaart.keep_moment(self.family, regels.MOMENT_AFSLUITING)
		self.assertEqual(kaart.growth([self.family]), {self.family: False})
		# as the professional without Noor's part: the kept maps leave her person out
		frappe.set_user(self.full_user)
		try:
			seen = kaart.family_map(self.family)
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(len(seen["momenten"]), 2)
		for moment in seen["momenten"]:
			self.assertIn(FAMILY_PERSON, moment["svg"])
			self.assertNotIn("NETWERK-ME", moment["svg"] + " ".join(moment["tekst"]))
		self.assertNotIn("NETWERK-ME", " ".join(seen["veranderingen"]))
		for name in (closure, *[m.name for m in latest]):
			frappe.delete_doc(NETWERKMOMENT, name, force=True)
		frappe.delete_doc(NETWERKPERSOON, buurman, force=True)
