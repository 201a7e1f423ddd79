"""A caseload changing hands on a real site: a handover of 50 families in one action (history rows,
the family's contact on Mijn gezin, notifications, the parents' e-mail), all or nothing, a whole
caseload by the Beheerder without reading it, absences and the stand-in's reminders and contact,
the reports, and everyone who must not hand over or read absences, over HTTP."""

import json

import frappe
from frappe.utils import add_days, get_fullname, getdate

from basiszorg.domain import overdracht as regels
from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.overdracht import vervanging
from basiszorg.permissions.registry import GEZIN
from basiszorg.portaal import accounts
from basiszorg.reminders.overleg import _notify
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS, BEHEERDER, COMMISSIE, COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

AFWEZIGHEID = vervanging.AFWEZIGHEID
ENDPOINTS = (
	"basiszorg.overdracht.api.draag_over",
	"basiszorg.overdracht.api.draag_caseload_over",
	"basiszorg.overdracht.api.zoek_coordinator",
)
PARENT_EMAIL = "ouder-overdracht@bz-test.example"


class TestOverdracht(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.delete_test_families()  # an earlier run's families (the parent's too)
		factories.ensure_outgoing_email_account()
		if frappe.db.exists("User", PARENT_EMAIL):
			frappe.delete_doc("User", PARENT_EMAIL, force=True, ignore_permissions=True)
		cls.net = factories.network()
		cls.anna = factories.ensure_user("overdracht-anna", COORDINATOR)
		cls.bram = factories.ensure_user("overdracht-bram", COORDINATOR)
		cls.cem = factories.ensure_user("overdracht-cem", COORDINATOR)
		cls.beheerder = factories.ensure_user("overdracht-beheerder", BEHEERDER)
		frappe.db.set_value("User", cls.bram, {"mobile_no": "06-11122233", "first_name": "Bram"})
		frappe.db.delete(AFWEZIGHEID, {"coordinator": ["in", [cls.anna, cls.bram, cls.cem]]})
		leden = factories.gezin_dict(cls.net)["leden"]
		leden[0]["email"] = PARENT_EMAIL
		cls.family = factories.active_family(
			cls.net, coordinator=cls.anna, gezinsnaam="bz-test Overdracht", leden=leden
		).name
		member = frappe.db.get_value("Gezinslid", {"parent": cls.family, "voornaam": "Sanne"})
		frappe.set_user(cls.anna)
		cls.parent = accounts.nodig_uit(cls.family, member)
		frappe.set_user("Administrator")
		cls.outsiders = {
			"hulpverlener": factories.professional_user("overdracht-hv", cls.net["ggz"])[0],
			"commissie": factories.ensure_user("overdracht-commissie", COMMISSIE),
			"aandachtsfunctionaris": factories.ensure_user("overdracht-af", AANDACHTSFUNCTIONARIS),
			"andere afdeling": factories.unrelated_desk_user(),
			"ouder": cls.parent,
		}
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		frappe.db.delete(AFWEZIGHEID, {"coordinator": ["in", [cls.anna, cls.bram, cls.cem]]})
		frappe.delete_doc("User", PARENT_EMAIL, force=True, ignore_permissions=True)
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def setUp(self):
		# a portal page or an API token commits: every test starts from the same family and no absence
		frappe.set_user("Administrator")
		frappe.db.delete(AFWEZIGHEID, {"coordinator": ["in", [self.anna, self.bram, self.cem]]})
		frappe.db.set_value(GEZIN, self.family, "coordinator", self.anna)
		frappe.db.delete("Gezin Coordinatorperiode", {"parent": self.family, "idx": [">", 1]})
		frappe.db.set_value("Gezin Coordinatorperiode", {"parent": self.family}, "tot", None)
		frappe.db.commit()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	# the history ------------------------------------------------------------------------
	def periods(self, gezin: str) -> list:
		return frappe.get_all(
			"Gezin Coordinatorperiode",
			{"parent": gezin, "parenttype": GEZIN},
			["coordinator", "van", "tot", "reden", "door"],
			order_by="idx asc",
		)

	def new_families(self, count: int, coordinator: str) -> list[str]:
		return [
			frappe.get_doc(
				factories.gezin_dict(self.net, gezinsnaam=f"bz-test Caseload {n}", coordinator=coordinator)
			)
			.insert()
			.name
			for n in range(count)
		]

	def test_a_new_family_starts_its_history_with_its_coordinator_since_registration(self):
		(periode,) = self.periods(self.family)
		registered = frappe.db.get_value(GEZIN, self.family, "aanmelddatum")
		self.assertEqual(
			(periode.coordinator, getdate(periode.van), periode.tot), (self.anna, registered, None)
		)

	def test_a_family_from_before_the_history_gets_its_coordinator_by_the_patch(self):
		from basiszorg.patches.v2_4 import coordinators_history_begins

		older = self.new_families(1, self.cem)[0]
		frappe.db.delete("Gezin Coordinatorperiode", {"parent": older})
		coordinators_history_begins.execute()
		coordinators_history_begins.execute()  # twice: nothing more
		(periode,) = self.periods(older)
		self.assertEqual((periode.coordinator, getdate(periode.van)), (self.cem, getdate()))
		self.assertEqual(len(self.periods(self.family)), 1)

	def test_a_change_in_the_form_is_recorded_with_who_did_it(self):
		frappe.set_user(self.anna)
		doc = frappe.get_doc(GEZIN, self.family)
		doc.coordinator = self.cem
		doc.save()
		first, second = self.periods(self.family)
		self.assertEqual(getdate(first.tot), add_days(getdate(), -1))
		self.assertEqual(
			(second.coordinator, getdate(second.van), second.door), (self.cem, getdate(), self.anna)
		)
		self.assertEqual(second.reden, regels.REDEN_FORMULIER)

	def test_fifty_families_in_one_action(self):
		families = self.new_families(50, self.anna)
		families.append(self.family)
		frappe.set_user(self.anna)
		queued = frappe.db.count("Email Queue")
		before = frappe.db.count("Notification Log", {"for_user": self.bram})
		result = frappe.call(
			"basiszorg.overdracht.api.draag_over",
			gezinnen=json.dumps(families),
			naar=self.bram,
			reden="Anna gaat met verlof",
			informeer_gezin=1,
		)
		# one parent with an e-mail address among these families: one e-mail
		self.assertEqual(result, {"overgedragen": 51, "al_van_deze_coordinator": 0, "mails": 1})
		frappe.set_user("Administrator")
		moved = frappe.get_all(GEZIN, {"name": ["in", families]}, pluck="coordinator")
		self.assertEqual(set(moved), {self.bram})
		for gezin in (families[0], families[-1]):
			last = self.periods(gezin)[-1]
			self.assertEqual(
				(last.coordinator, last.reden, last.door), (self.bram, "Anna gaat met verlof", self.anna)
			)
			self.assertEqual(self.periods(gezin)[-2].coordinator, self.anna)
		# one notification for the new coordinator, none for the one who did it
		self.assertEqual(frappe.db.count("Notification Log", {"for_user": self.bram}) - before, 1)
		self.assertIn("51 gezinnen", frappe.get_last_doc("Notification Log", {"for_user": self.bram}).subject)
		# the parent with an address got an e-mail through the queue
		self.assertEqual(frappe.db.count("Email Queue") - queued, 1)
		mail = frappe.get_last_doc("Email Queue", {"reference_name": self.family})
		self.assertIn("Subject: Uw nieuwe contactpersoon bij Bureau Basiszorg", mail.message)
		# Mijn gezin shows the new contact person at once
		page = self.portal_page(self.parent, "/mijn-gezin").get_data(as_text=True)
		self.assertIn("06-11122233", page)
		# and the family's AVG overview holds its coordinators' history
		from basiszorg.privacy.dossieroverzicht import collect

		overview = json.dumps(collect(self.family), default=str)
		self.assertIn("Anna gaat met verlof", overview)

	def test_all_or_nothing(self):
		families = self.new_families(3, self.anna)
		frappe.set_user(self.anna)
		for bad, message in (
			({"gezinnen": json.dumps([*families, "GZ-BESTAAT-NIET"])}, "Onbekend gezin"),
			({"naar": self.outsiders["hulpverlener"]}, "Kies een basiszorgcoördinator"),
			({"reden": "  "}, "Geef een reden"),
			({"gezinnen": "geen lijst"}, "Geef de gezinnen als lijst"),
		):
			args = {"gezinnen": json.dumps(families), "naar": self.bram, "reden": "verlof", **bad}
			with self.assertRaises(frappe.ValidationError) as refused:
				frappe.call("basiszorg.overdracht.api.draag_over", **args)
			self.assertIn(message, str(refused.exception))
			self.assertEqual(
				set(frappe.get_all(GEZIN, {"name": ["in", families]}, pluck="coordinator")), {self.anna}
			)

	def test_a_whole_caseload_by_the_beheerder_who_reads_no_family(self):
		own = self.new_families(4, self.cem)
		closed = own.pop()
		frappe.db.set_value(GEZIN, closed, "workflow_state", AFGESLOTEN)
		frappe.set_user(self.beheerder)
		with self.assertRaises(frappe.PermissionError):
			frappe.call(
				"basiszorg.overdracht.api.draag_over", gezinnen=json.dumps(own), naar=self.bram, reden="x"
			)
		result = frappe.call(
			"basiszorg.overdracht.api.draag_caseload_over", van=self.cem, naar=self.bram, reden="Cem stopt"
		)
		self.assertEqual(result["overgedragen"], 3)
		self.assertNotIn("GZ-", json.dumps(result))
		self.assertFalse(frappe.has_permission(GEZIN, "read", own[0]))
		frappe.set_user("Administrator")
		self.assertEqual(set(frappe.get_all(GEZIN, {"name": ["in", own]}, pluck="coordinator")), {self.bram})
		self.assertEqual(frappe.db.get_value(GEZIN, closed, "coordinator"), self.cem)  # ended: stays

	# standing in --------------------------------------------------------------------------
	def absence(self, **values):
		frappe.set_user(self.bram)  # the team records absences for each other
		doc = frappe.get_doc(
			{
				"doctype": AFWEZIGHEID,
				"coordinator": self.anna,
				"van": add_days(getdate(), -1),
				"tot": add_days(getdate(), 5),
				"vervanger": self.bram,
				**values,
			}
		).insert()
		frappe.set_user("Administrator")
		return doc

	def test_the_stand_in_receives_the_reminders_and_is_the_familys_contact(self):
		self.absence()
		self.assertTrue(_notify(self.anna, "bz-test herinnering", GEZIN, self.family))
		for user in (self.anna, self.bram):
			self.assertTrue(
				frappe.db.exists(
					"Notification Log",
					{"for_user": user, "subject": "bz-test herinnering", "document_name": self.family},
				),
				user,
			)
		self.assertFalse(_notify(self.anna, "bz-test herinnering", GEZIN, self.family))  # once a day
		frappe.db.commit()  # the page is rendered by a request of its own
		page = self.portal_page(self.parent, "/mijn-gezin").get_data(as_text=True)
		contact = page[page.index('id="bz-contact-kop"') :][:800]
		self.assertIn("06-11122233", contact)
		self.assertIn("is er niet", contact)
		# the Caseload report shows who stands in for whom
		frappe.set_user(self.anna)
		from basiszorg.basiszorg.report.caseload_per_coordinator.caseload_per_coordinator import execute

		_columns, rows, *_rest = execute()
		mine = next(r for r in rows if r["coordinator"] == self.anna)
		self.assertEqual(mine["vervanger"], get_fullname(self.bram))

	def test_outside_the_absence_only_the_coordinator_receives(self):
		self.absence(van=add_days(getdate(), 3), tot=add_days(getdate(), 9))
		self.assertEqual(vervanging.ontvangers(self.anna), [self.anna])
		self.assertEqual(vervanging.ontvangers(self.anna, add_days(getdate(), 4)), [self.anna, self.bram])

	def test_an_absence_is_checked_in_dutch(self):
		for values, message in (
			({"tot": add_days(getdate(), -3)}, "einddatum ligt voor de begindatum"),
			({"vervanger": self.anna}, "eigen vervanger"),
			({"vervanger": self.outsiders["hulpverlener"]}, "geen basiszorgcoördinator"),
		):
			with self.assertRaises(frappe.ValidationError) as refused:
				self.absence(**values)
			self.assertIn(message, str(refused.exception))
			frappe.set_user("Administrator")
		self.assertFalse(frappe.db.exists(AFWEZIGHEID, {"coordinator": self.anna}))

	def test_families_without_a_present_coordinator(self):
		self.absence(vervanger=None)
		alone = self.new_families(1, None)[0]
		frappe.set_user(self.bram)
		from basiszorg.overdracht.report.gezinnen_zonder_coordinator.gezinnen_zonder_coordinator import (
			execute,
		)

		_columns, rows = execute()
		why = {r["gezin"]: r["waarom"] for r in rows}
		self.assertEqual(why[self.family], "Coördinator afwezig, geen vervanger")
		self.assertEqual(why[alone], "Geen coördinator")

	def test_the_desk_finds_the_coordinators_in_a_link_field(self):
		"""The dialog's link field asks Frappe's search_link with the app's query, as the desk sends
		it (with ``cmd``); only coordinators come back."""
		response = self.post(
			self.method("frappe.desk.search.search_link"),
			{
				"doctype": "User",
				"txt": "overdracht",
				"query": "basiszorg.overdracht.api.zoek_coordinator",
				"cmd": "frappe.desk.search.search_link",
			},
			headers=self.user_headers(self.anna),
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True)[:300])
		found = {row["value"] for row in response.json["message"]}
		self.assertTrue({self.anna, self.bram, self.cem} <= found, found)
		self.assertNotIn(self.beheerder, found)

	# who must not ------------------------------------------------------------------------
	def test_nobody_else_hands_over_searches_coordinators_or_reads_absences(self):
		absence = self.absence().name
		frappe.db.commit()
		params = {
			"gezinnen": json.dumps([self.family]),
			"van": self.anna,
			"naar": self.bram,
			"reden": "bz-test poging",
			"doctype": "User",
			"txt": "",
			"searchfield": "name",
			"start": 0,
			"page_len": 20,
			"filters": "{}",
		}
		for key, user in [*self.outsiders.items(), ("Guest", None)]:
			headers = self.user_headers(user) if user else {}
			for method in ENDPOINTS:
				response = self.post(self.method(method), params, headers=headers)
				self.assertIn(response.status_code, (401, 403), f"{key} {method}: {response.status_code}")
				self.assertNotIn(self.bram, response.get_data(as_text=True), f"{key} {method}")
			report = self.post(
				self.method("frappe.desk.query_report.run"),
				{"report_name": "Gezinnen zonder coordinator", "filters": "{}"},
				headers=headers,
			)
			self.assertGreaterEqual(report.status_code, 400, key)
			self.assertNotIn(self.family, report.get_data(as_text=True), key)
			for response in (
				self.get(self.resource(AFWEZIGHEID), headers=headers),
				self.get(self.resource(AFWEZIGHEID, absence), headers=headers),
				self.post(
					self.resource(AFWEZIGHEID),
					{"coordinator": self.anna, "van": str(getdate()), "tot": str(getdate())},
					headers=headers,
				),
			):
				self.assertGreaterEqual(response.status_code, 400, f"{key} {response.request.path}")
				self.assertNotIn(self.bram, response.get_data(as_text=True), key)
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value(GEZIN, self.family, "coordinator"), self.anna)
		self.assertEqual(frappe.db.count(AFWEZIGHEID, {"coordinator": self.anna}), 1)
		frappe.db.delete(AFWEZIGHEID, {"name": absence})
		frappe.db.commit()


class TestChronologie(APITestCase):
	"""The family's chronology for a coordinator: order, filters by kind and period, the mark and
	the PDF for a handover (who else may read it: the adversarial suite, test_consent_leaks)."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.delete_test_families()
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("chronologie-coordinator", COORDINATOR)
		family = factories.active_family(
			cls.net, days_ago=120, coordinator=cls.coordinator, gezinsnaam="bz-test Chronologie"
		)
		cls.family = family.name
		cls.meeting = factories.meeting(cls.family, days_from_now=-30, voorzitter=cls.coordinator).name
		cls.plan = factories.adopted_plan(cls.family).name
		cls.contact = (
			frappe.get_doc(
				{
					"doctype": "Contactmoment",
					"gezin": cls.family,
					"datum": add_days(getdate(), -10),
					"met_wie": "Ouder",
					"naam": "Sanne",
					"hoe": "Telefoon",
					"notitie": "bz-test belafspraak",
				}
			)
			.insert()
			.name
		)
		frappe.db.commit()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def events(self, **filters):
		from basiszorg.overdracht.chronologie import chronologie

		frappe.set_user(self.coordinator)
		return chronologie(self.family, **filters)

	def test_every_kind_of_record_in_time_order(self):
		events = self.events()
		kinds = {e.soort for e in events}
		for kind in (
			"Aanmelding",
			"Besluit",
			"Intake",
			"Toestemming",
			"Overleg",
			"Zorgplan",
			"Contact",
			"Coördinator",
		):
			self.assertIn(kind, kinds)
		self.assertEqual([e.op for e in events], sorted(e.op for e in events))
		self.assertEqual(events[0].soort, "Aanmelding")
		self.assertIn(self.contact, {e.name for e in events})

	def test_filters_by_kind_and_period(self):
		contacts = self.events(soorten=["Contact"])
		self.assertEqual([e.name for e in contacts], [self.contact])
		recent = self.events(van=add_days(getdate(), -40))
		self.assertTrue(recent and all(e.op >= add_days(getdate(), -40) for e in recent))
		self.assertIn(self.meeting, {e.name for e in recent})
		self.assertEqual(self.events(tot=add_days(getdate(), -200)), [])

	def test_a_coordinator_marks_what_matters_and_it_is_printed(self):
		from basiszorg.overdracht.chronologie import markeer

		key = f"Contactmoment:{self.contact}:contact"
		frappe.set_user(self.coordinator)
		self.assertEqual(markeer(self.family, key, 1), {"sleutel": key, "significant": True})
		only = self.events(alleen_significant=True)
		self.assertEqual([(e.name, e.significant) for e in only], [(self.contact, True)])
		with self.assertRaises(frappe.ValidationError):
			markeer(self.family, "Gezin:GZ-ANDER:aangemeld", 1)
		html = frappe.get_print("Gezin", self.family, "Chronologie")
		self.assertIn("Chronologie van gezin bz-test Chronologie", html)
		self.assertIn("★ Contact (telefoon) met Ouder Sanne", html)
		pdf = frappe.get_print("Gezin", self.family, "Chronologie", as_pdf=True)
		self.assertTrue(pdf.startswith(b"%PDF"))
		markeer(self.family, key, 0)
		self.assertEqual(self.events(alleen_significant=True), [])

	def test_the_report_answers_the_desk(self):
		from frappe.desk.query_report import run

		frappe.set_user(self.coordinator)
		result = run("Chronologie", filters={"gezin": self.family, "soorten": '["Overleg"]'})
		self.assertIn(self.meeting, {r["document"] for r in result["result"]})
		self.assertEqual({r["soort"] for r in result["result"]}, {"Overleg"})
		self.assertEqual(run("Chronologie", filters={})["result"], [])
