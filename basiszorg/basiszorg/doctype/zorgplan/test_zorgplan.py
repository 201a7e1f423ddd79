"""Zorgplan: versions, one current plan, agreements and evaluations from meetings, closure, PDFs."""

from datetime import timedelta
from io import BytesIO

import frappe
from frappe.utils import add_to_date, getdate, now_datetime
from pypdf import PdfReader

from basiszorg.basiszorg.report.afspraken_bewaking.afspraken_bewaking import execute as afspraken_bewaking
from basiszorg.domain.overleg import GEHOUDEN
from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.domain.zorgplan import CONCEPT, VASTGESTELD, VERVANGEN
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


def pdf_text(doctype, name, print_format):
	pdf = frappe.get_print(doctype, name, print_format=print_format, as_pdf=True)
	return " ".join("".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())


class TestZorgplan(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()

	def active_family(self):
		return factories.active_family(self.net)

	def plan(self, family, **overrides):
		values = {
			"doctype": "Zorgplan",
			"gezin": family.name,
			"krachten": "Moeder vraagt zelf om hulp.",
			"doelen": [
				{
					"levensgebied": "School",
					"voor_wie": "Daan",
					"doel": "Daan gaat elke dag naar school",
					"status": "Bezig",
				},
				{
					"levensgebied": "Wonen",
					"voor_wie": "Hele gezin",
					"doel": "Een rustig huis",
					"status": "Bereikt",
				},
			],
			"afspraken": [
				{
					"wat": "Wijkteam regelt schuldhulp",
					"wie": "Wijkteam",
					"wanneer": getdate() - timedelta(days=3),
				}
			],
		}
		values.update(overrides)
		return frappe.get_doc(values).insert()

	def adopt(self, plan):
		plan.akkoord_ouders_op = getdate()
		plan.akkoord_hoe = "In het gezinsoverleg"
		plan.workflow_state = VASTGESTELD
		plan.save()
		return plan

	def test_new_version_carries_open_goals_and_replaces_the_old_one(self):
		family = self.active_family()
		first = self.adopt(self.plan(family))
		first.doelen[0].evaluatie = "Gaat beter, drie dagen per week"
		first.save()
		second = frappe.get_doc("Zorgplan", first.nieuwe_versie())
		self.assertEqual(
			(second.versie, second.workflow_state, second.vorige_versie), (2, CONCEPT, first.name)
		)
		self.assertEqual([g.doel for g in second.doelen], ["Daan gaat elke dag naar school"])
		self.assertEqual(second.doelen[0].doel_id, first.doelen[0].doel_id)
		self.assertTrue(any("drie dagen" in (h.evaluatie or "") for h in second.historie))
		self.assertEqual(len(second.afspraken), 1)
		self.adopt(second)
		self.assertEqual(frappe.db.get_value("Zorgplan", first.name, "workflow_state"), VERVANGEN)
		self.assertEqual(
			frappe.db.count("Zorgplan", {"gezin": family.name, "workflow_state": VASTGESTELD}), 1
		)

	def test_only_one_draft_and_adoption_needs_the_parents(self):
		family = self.active_family()
		draft = self.plan(family)
		with self.assertRaises(frappe.ValidationError):
			self.plan(family)
		draft.workflow_state = VASTGESTELD
		with self.assertRaisesRegex(frappe.ValidationError, "ouders akkoord"):
			draft.save()

	def test_meeting_agreements_and_evaluations_flow_into_the_plan(self):
		family = self.active_family()
		plan = self.adopt(self.plan(family))
		meeting = frappe.get_doc(
			{
				"doctype": "Overleg",
				"gezin": family.name,
				"starts_on": add_to_date(now_datetime(), days=-1),
				"voorzitter": "Administrator",
				"afspraken": [
					{
						"wat": "School belt moeder wekelijks",
						"wie_soort": "Anders",
						"wie": "Mentor",
						"wanneer": getdate() + timedelta(days=10),
					}
				],
			}
		).insert()
		meeting.doelen_ophalen()
		meeting.reload()
		self.assertEqual([e.doel_id for e in meeting.doelevaluaties], [plan.doelen[0].doel_id])
		meeting.doelevaluaties[0].status = "Bereikt"
		meeting.doelevaluaties[0].evaluatie = "Daan gaat weer elke dag"
		meeting.workflow_state = GEHOUDEN
		meeting.save()
		meeting.save()  # saving again must not duplicate the agreement
		plan.reload()
		mirrored = [a for a in plan.afspraken if a.overleg == meeting.name]
		self.assertEqual([a.wat for a in mirrored], ["School belt moeder wekelijks"])
		self.assertEqual(plan.doelen[0].status, "Bereikt")
		history = [h for h in plan.historie if h.overleg == meeting.name]
		self.assertEqual([(h.status, h.evaluatie) for h in history], [("Bereikt", "Daan gaat weer elke dag")])

	def test_closure_rules_and_letter(self):
		family = self.active_family()
		self.adopt(self.plan(family))
		family.reload()
		family.afsluitreden = "Overgedragen aan andere zorg"
		family.workflow_state = AFGESLOTEN
		with self.assertRaisesRegex(frappe.ValidationError, "afspraken open"):
			family.save()
		family.reload()
		family.afsluitreden = "Overgedragen aan andere zorg"
		family.toelichting_open_afspraken = "Schuldhulp loopt door via het wijkteam."
		family.workflow_state = AFGESLOTEN
		with self.assertRaisesRegex(frappe.ValidationError, "overgedragen"):
			family.save()
		family.reload()
		family.update(
			{
				"afsluitreden": "Overgedragen aan andere zorg",
				"toelichting_open_afspraken": "Schuldhulp loopt door via het wijkteam.",
				"overdracht_aan": self.net["jgz"],
				"overdracht_contactpersoon": self.net["jeugdverpleegkundige"],
				"workflow_state": AFGESLOTEN,
			}
		)
		family.save()
		text = pdf_text("Gezin", family.name, "Afsluitbrief")
		self.assertIn("Overgedragen aan andere zorg", text)
		self.assertIn(self.net["jgz"], text)

	def test_plan_for_the_family_renders_per_child(self):
		family = self.active_family()
		plan = self.adopt(self.plan(family))
		text = pdf_text("Zorgplan", plan.name, "Zorgplan voor ons gezin")
		self.assertIn("Daan gaat elke dag naar school", text)
		self.assertIn("Hele gezin", text)
		self.assertIn("Wijkteam regelt schuldhulp", text)

	def test_overdue_agreements_report(self):
		family = self.active_family()
		self.adopt(self.plan(family))
		coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		frappe.set_user(coordinator)
		try:
			_columns, rows, _message, chart = afspraken_bewaking({})
		finally:
			frappe.set_user("Administrator")
		ours = [r for r in rows if r.gezin == family.name]
		self.assertEqual([(r.wat, r.dagen_te_laat) for r in ours], [("Wijkteam regelt schuldhulp", 3)])
		self.assertGreaterEqual(sum(chart["data"]["datasets"][0]["values"]), 1)


class TestSignaleringsplan(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()

	def test_the_signaleringsplan_is_printed_in_the_plan_for_the_family(self):
		family = factories.active_family(self.net)
		plan = factories.adopted_plan(
			family.name,
			signalen=[
				{
					"signaal": "Moeder blijft 's ochtends in bed",
					"bij_wie": "Sanne",
					"wat_te_doen": "Vader brengt Daan naar school en belt de SPV",
					"wie": "Vader en SPV",
				},
				{
					"signaal": "Daan blijft thuis van school",
					"bij_wie": "Daan",
					"wat_te_doen": "School belt de coördinator",
					"wie": "Intern begeleider",
				},
			],
			opvang_kinderen="Oma Jansen (Lindelaan 9) vangt Daan op",
			crisiscontact="Crisisdienst GGZ 088-1234567",
		)
		daan = next(lid for lid in family.leden if lid.voornaam == "Daan")
		# a sign seen in a child is that child's own part; a parent's is not
		self.assertEqual([s.over_lid for s in plan.signalen], [None, daan.name])
		text = pdf_text("Zorgplan", plan.name, "Zorgplan voor ons gezin")
		for expected in (
			"Als het minder goed gaat",
			"Moeder blijft 's ochtends in bed",
			"Vader brengt Daan naar school en belt de SPV",
			"Oma Jansen (Lindelaan 9) vangt Daan op",
			"Crisisdienst GGZ 088-1234567",
		):
			self.assertIn(expected, text)
		new = frappe.get_doc("Zorgplan", plan.nieuwe_versie())
		self.assertEqual(
			[s.signaal for s in new.signalen],
			["Moeder blijft 's ochtends in bed", "Daan blijft thuis van school"],
		)
		self.assertEqual(new.opvang_kinderen, plan.opvang_kinderen)

	def test_signs_without_who_looks_after_the_children_block_adoption(self):
		family = factories.active_family(self.net)
		with self.assertRaises(frappe.ValidationError) as refused:
			factories.adopted_plan(
				family.name,
				signalen=[
					{
						"signaal": "Vader drinkt weer",
						"wat_te_doen": "Moeder belt de huisarts",
						"wie": "Moeder",
					}
				],
			)
		self.assertIn("voor de kinderen zorgt", str(refused.exception))
