"""Outcomes on a real site: scores from the desk and from Mijn gezin, every score on its scale (the
scale is data), goals and children of the family only, the part rule on a youngster's own scores,
the picture over time, the report *Resultaten* as coordinator and professional, and the export for
the municipality without identifiers and with small cells suppressed."""

import json

import frappe
from frappe.utils import add_days, getdate

from basiszorg.domain import resultaten as regels
from basiszorg.domain.overleg import GEHOUDEN, VERSLAG_CONCEPT
from basiszorg.domain.toestemming import DEEL_NIET_GEDEELD
from basiszorg.domain.traject import AANGEMELD, ACTIEF, AFGESLOTEN
from basiszorg.permissions.registry import METING
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase


class TestResultaten(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.delete_test_families()
		cls.coordinator = factories.ensure_user("coordinator-res", COORDINATOR)
		made = factories.family_on_mijn_gezin("res", cls.coordinator)
		cls.net, cls.family, cls.members, cls.other = made.net, made.family, made.members, made.other
		cls.goal, cls.other_goal = made.plan.doelen[0].doel_id, made.other_plan.doelen[0].doel_id
		cls.parent, cls.noor, cls.limited, cls.other_parent = made.parent, made.noor, made.limited, made.other_parent
		frappe.set_user("Administrator")
		# a professional whose consent covers the plan, but not Noor's own part
		cls.pro_user, cls.pro = factories.professional_user("hv-res", cls.net["ggz"])
		givers = [{"gezinslid": cls.members["Sanne"]}, {"gezinslid": cls.members["Noor"], "eigen_deel": DEEL_NIET_GEDEELD}]
		factories.toestemming(cls.family, cls.pro, gevers=givers, gezinsgegevens=1, zorgplan=1)
		cls.none_user, _none = factories.professional_user("hv-res-geen", cls.net["jgz"])
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def setUp(self):
		frappe.set_user("Administrator")
		for name in frappe.get_all(METING, {"gezin": ["in", [self.family, self.other]]}, pluck="name"):
			frappe.delete_doc(METING, name, force=True, ignore_permissions=True, delete_permanently=True)
		frappe.db.commit()
		frappe.set_user(self.coordinator)

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def measure(self, gezin=None, dagen=0, zorg=2, doel=0, kracht=4, last=7, **values):
		return frappe.get_doc(
			{
				"doctype": METING,
				"gezin": gezin or self.family,
				"moment": regels.INTAKE if not dagen else regels.EVALUATIE,
				"datum": add_days(getdate(), dagen - 200),
				"doelen": [{"doel_id": self.goal if not gezin else self.other_goal, "score": doel}],
				"basiszorg": [{"kind": "Daan", "element": e, "score": zorg} for e in regels.STANDAARD_ELEMENTEN],
				"draagkracht": kracht,
				"draaglast": last,
				**values,
			}
		).insert()

	# -- the desk --------------------------------------------------------------------------
	def test_the_coordinator_scores_and_the_picture_shows_what_changed(self):
		self.measure()
		later = self.measure(dagen=90, zorg=4, doel=1, kracht=7, last=5)
		self.assertEqual((later.door, later.door_naam), (regels.COORDINATOR, frappe.utils.get_fullname(self.coordinator)))
		self.assertEqual(later.basiszorg[0].over_lid, self.members["Daan"])
		from basiszorg.resultaten import api

		picture = api.resultaten(self.family)
		self.assertIn("<svg", picture["svg"])
		self.assertIn("De basiszorg voor Daan Test gaat beter dan bij de start (2 → 4).", picture["veranderd"])
		self.assertIn("Bij de start was de draaglast groter dan de draagkracht; nu niet meer.", picture["veranderd"])
		self.assertEqual(picture["doelbereik"], 1)
		start = api.nieuwe_meting(self.family)
		self.assertEqual([d["doel_id"] for d in start["doelen"]], [self.goal])
		self.assertIn({"kind": "Daan Test", "element": regels.STANDAARD_ELEMENTEN[0]}, start["basiszorg"])

	def test_bad_input_is_refused_in_dutch_and_nothing_is_saved(self):
		cases = (
			({"zorg": 9}, "staat niet op de schaal"),
			({"doel": 3}, "staat niet op de schaal"),
			({"kracht": "veel"}, "staat niet op de schaal"),
			({"doelen": [{"doel_id": self.other_goal, "score": 1}]}, "hoort niet bij het plan van dit gezin"),
			({"basiszorg": [{"kind": "Iemand anders", "element": regels.STANDAARD_ELEMENTEN[0], "score": 3}]}, "geen kind van dit gezin"),
			({"overleg": factories.meeting(self.other).name}, "hoort niet bij dit gezin"),
		)
		for values, message in cases:
			with self.assertRaisesRegex(frappe.ValidationError, message):
				self.measure(**values)
		self.assertEqual(frappe.db.count(METING, {"gezin": self.family}), 0)

	def test_the_scale_is_data_the_bureau_can_extend(self):
		scale = frappe.get_doc("Meetschaal", regels.BASISZORG)
		self.assertEqual([w.waarde for w in scale.waarden], [1, 2, 3, 4, 5])
		frappe.set_user("Administrator")
		scale.append("waarden", {"waarde": 6, "betekenis": "Uitstekend"})
		scale.save()
		try:
			frappe.set_user(self.coordinator)
			self.assertEqual(self.measure(zorg=6).basiszorg[0].score, "6")
		finally:
			frappe.set_user("Administrator")
			scale.reload()
			scale.waarden = [w for w in scale.waarden if w.waarde != 6]
			scale.save()

	# -- the printed evaluation ------------------------------------------------------------
	def minutes(self, meeting) -> str:
		return frappe.get_print("Overleg", meeting, print_format="1 Gezin 1 Plan Verslag")

	def sent_minutes(self, meeting) -> dict[str, str]:
		"""Send the minutes as the coordinator does; each receiver's PDF as text, by address."""
		import email
		from io import BytesIO

		from pypdf import PdfReader

		from basiszorg.api.overleg import verstuur_verslag

		doc = frappe.get_doc("Overleg", meeting)
		for state in (GEHOUDEN, VERSLAG_CONCEPT):
			doc.workflow_state = state
			doc.save()
		verstuur_verslag(meeting)
		texts = {}
		for queued in frappe.get_all("Email Queue", {"reference_doctype": "Overleg", "reference_name": meeting}, ["name", "message"]):
			to = frappe.get_all("Email Queue Recipient", {"parent": queued.name}, pluck="recipient")[0]
			pdf = next(p for p in email.message_from_string(queued.message).walk() if p.get_content_type() == "application/pdf")
			texts[to] = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf.get_payload(decode=True))).pages)
		return texts

	def test_the_printed_evaluation_has_a_page_with_the_picture_as_far_as_its_reader_may_see(self):
		elements = regels.STANDAARD_ELEMENTEN
		noor = [{"kind": "Noor Test", "element": e, "score": 1} for e in elements]
		self.measure(basiszorg=[{"kind": "Daan Test", "element": e, "score": 2} for e in elements] + noor)
		better = [{"kind": "Noor Test", "element": e, "score": 5} for e in elements]
		self.measure(dagen=90, zorg=4, doel=1, basiszorg=[{"kind": "Daan Test", "element": e, "score": 4} for e in elements] + better)
		self.measure(dagen=190, zorg=1, doel=-2)  # after the meeting: not on its page
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		givers = [{"gezinslid": self.members["Sanne"]}, {"gezinslid": self.members["Noor"], "eigen_deel": DEEL_NIET_GEDEELD}]
		factories.toestemming(self.family, self.pro, gevers=givers, overleg=1)  # the minutes too, still not Noor's part
		_user, meetings_only = factories.professional_user("hv-res-overleg", self.net["ggz"])
		factories.toestemming(self.family, meetings_only, gevers=givers, overleg=1)
		frappe.db.set_value("Gezinslid", self.members["Noor"], "deel_zichtbaar_voor_ouders", 0)
		frappe.set_user(self.coordinator)
		present = {"aanwezigheid": "Aanwezig"}
		evaluation = factories.meeting(
			self.family,
			days_from_now=-20,
			type="Evaluatie",
			deelnemers=[
				{"soort": "Ouder", "naam": "Sanne Test", "email": "sanne-res@bz-test.example", **present},
				{"soort": "Hulpverlener", "hulpverlener": self.pro, **present},
				{"soort": "Hulpverlener", "hulpverlener": meetings_only, **present},
				{"soort": "Anders", "naam": "Buurvrouw", "email": "buurvrouw-res@bz-test.example", **present},
			],
		).name
		html = self.minutes(evaluation)  # the coordinator, printing
		self.assertIn("Hoe gaat het? De metingen tot en met dit overleg", html)
		self.assertIn("Daan gaat elke dag naar school", html)
		self.assertIn("2 metingen: 2 van de coördinator, 0 van het gezin zelf.", html)
		self.assertIn("0 (Zoals verwacht)", html)  # the goal's first score, in words of the scale
		self.assertIn("1 (Iets meer dan verwacht)", html)  # and its last one before the meeting
		self.assertNotIn("-2 (Veel minder", html)
		self.assertIn("De basiszorg voor Noor Test gaat beter", html)
		self.assertIn('<img class="bz-grafiek"', html)
		self.assertNotIn("Hoe gaat het? De metingen", self.minutes(factories.meeting(self.family, days_from_now=-20, type="Gezinsoverleg").name))
		# sent: each receiver's PDF as far as their own consent (or the parents' view) goes
		sent = self.sent_minutes(evaluation)
		pro, only, parent, other = (
			sent[frappe.db.get_value("Hulpverlener", self.pro, "email")],
			sent[frappe.db.get_value("Hulpverlener", meetings_only, "email")],
			sent["sanne-res@bz-test.example"],
			sent["buurvrouw-res@bz-test.example"],
		)
		self.assertIn("Hoe gaat het?", pro)
		self.assertIn("De basiszorg voor Daan Test gaat beter", pro)
		self.assertNotIn("Noor", pro, "Noor's part for a professional her consent does not cover")
		self.assertNotIn("Hoe gaat het?", only, "the measurements for a professional without the plan")
		self.assertIn("De basiszorg voor Daan Test gaat beter", parent)
		self.assertNotIn("Noor Test gaat", parent, "the part Noor (17) keeps from her parents")
		self.assertNotIn("Hoe gaat het?", other, "the measurements for someone present without a consent")

	# -- Mijn gezin ------------------------------------------------------------------------
	def act(self, user, **params):
		return self.post(self.method("basiszorg.portaal.api.meting"), {"gezin": self.family, **params}, headers=self.user_headers(user))

	def test_parents_and_youngsters_score_themselves_and_a_youngsters_scores_are_her_part(self):
		care = json.dumps([{"kind": "Daan Test", "element": regels.STANDAARD_ELEMENTEN[1], "score": "4"}])
		parent = self.act(self.parent, basiszorg=care, doelen=json.dumps([{"doel_id": self.goal, "score": "1"}]), draagkracht="6", draaglast="5")
		self.assertEqual(parent.status_code, 200, parent.get_data(as_text=True)[:300])
		own = self.act(self.noor, basiszorg=json.dumps([{"kind": "Noor Test", "element": regels.STANDAARD_ELEMENTEN[3], "score": "2"}]))
		self.assertEqual(own.status_code, 200, own.get_data(as_text=True)[:300])
		frappe.db.commit()
		stored = {m.door: m for m in frappe.get_all(METING, {"gezin": self.family}, ["name", "door", "door_naam", "over_lid", "draagkracht"])}
		self.assertEqual((stored[regels.OUDER].door_naam, stored[regels.OUDER].draagkracht), ("Sanne Test", "6"))
		self.assertEqual(stored[regels.JONGERE].over_lid, self.members["Noor"])
		# refused: a score off the scale, a child of another family, the limited member, another family's parent
		refused = (
			self.act(self.parent, draagkracht="11"),
			self.act(self.parent, basiszorg=json.dumps([{"kind": "Iemand Anders", "element": regels.STANDAARD_ELEMENTEN[0], "score": "3"}])),
			self.act(self.noor, basiszorg=care),  # a youngster scores herself only
			self.act(self.limited, draagkracht="5"),
			self.act(self.other_parent, draagkracht="5"),
			self.act(self.parent, doelen=json.dumps([{"doel_id": self.other_goal, "score": "1"}])),
		)
		for response in refused:
			self.assertGreaterEqual(response.status_code, 400, response.get_data(as_text=True)[:300])
		frappe.db.rollback()
		self.assertEqual(frappe.db.count(METING, {"gezin": self.family}), 2)
		# the professional reads the family's measurements, not Noor's own
		seen = self.get(self.resource(METING), {"fields": '["name","door"]', "limit": 100}, headers=self.user_headers(self.pro_user)).json["data"]
		self.assertEqual([r["name"] for r in seen], [stored[regels.OUDER].name])
		self.assertEqual(self.get(self.resource(METING, stored[regels.JONGERE].name), headers=self.user_headers(self.pro_user)).status_code, 403)
		self.assertEqual(self.get(self.resource(METING, stored[regels.OUDER].name), headers=self.user_headers(self.none_user)).status_code, 403)
		page = self.portal_page(self.parent, "/mijn-gezin/resultaten")
		self.assertEqual(page.status_code, 200)
		self.assertIn("Hoe gaat het", page.get_data(as_text=True))
		self.assertNotEqual(self.portal_page(self.limited, "/mijn-gezin/resultaten").status_code, 200)
		guest = self.get("/mijn-gezin/resultaten")
		self.assertNotEqual(guest.status_code, 200)

	# -- the bureau's figures --------------------------------------------------------------
	def close(self, gezin, on):
		frappe.db.set_value("Gezin", gezin, {"workflow_state": AFGESLOTEN, "afsluitdatum": on, "oordeel_ouders": "Tevreden"})

	def report(self, user, name="Resultaten"):
		from frappe.desk.query_report import run

		frappe.set_user(user)
		try:
			return [r for r in run(name, filters={"van": str(add_days(getdate(), -30)), "tot": str(getdate())})["result"] if isinstance(r, dict)]
		finally:
			frappe.set_user("Administrator")

	def test_the_report_counts_closed_families_the_reader_may_see_and_the_export_is_anonymous(self):
		self.measure()
		self.measure(dagen=90, zorg=4, doel=1, kracht=7, last=5)
		self.measure(gezin=self.other, zorg=4)
		self.measure(gezin=self.other, dagen=90, zorg=3, doel=-1)
		frappe.set_user("Administrator")
		today = getdate()
		self.close(self.family, today)
		self.close(self.other, today)
		frappe.db.commit()
		try:
			quarter = regels.kwartaal(today)
			row = next(r for r in self.report(self.coordinator) if r["kwartaal"] == quarter)
			self.assertGreaterEqual(row["afgesloten"], 2)
			mine = next(r for r in self.report(self.pro_user) if r["kwartaal"] == quarter)
			self.assertEqual((mine["afgesloten"], mine["aandeel_verbeterd"], mine["te_zwaar_begin"], mine["te_zwaar_eind"]), (1, 100.0, 100.0, 0.0))
			self.assertEqual(self.report(self.none_user), [])
			export = self.report(self.coordinator, "Resultaten voor de gemeente")
			text = json.dumps(export)
			for identifier in ("Sanne", "Daan", "bz-test", self.family, str(today)):
				self.assertNotIn(identifier, text)
			month = next(r for r in export if r["maand"] == regels.maand(today))
			if frappe.db.count("Gezin", {"workflow_state": AFGESLOTEN, "afsluitdatum": [">=", today.replace(day=1)]}) < regels.MIN_CEL:
				self.assertEqual((month["gezinnen"], month["aandeel_verbeterd"]), (None, None))
		finally:
			frappe.set_user("Administrator")
			frappe.db.set_value("Gezin", self.family, {"workflow_state": ACTIEF, "afsluitdatum": None})
			frappe.db.set_value("Gezin", self.other, {"workflow_state": AANGEMELD, "afsluitdatum": None})
			frappe.db.commit()
