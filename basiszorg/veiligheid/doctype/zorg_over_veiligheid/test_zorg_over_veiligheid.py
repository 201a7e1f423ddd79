"""Zorg over veiligheid on a real site: each transition of the workflow and what it needs, the
dates and who of the steps, the decision, a report to Veilig Thuis and what it does to the traject,
asking the meldcode officer, anonymous consultations linked later, the exclusion at registration."""

import json
from datetime import timedelta

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import getdate

from basiszorg.domain import meldcode as m
from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.permissions.registry import MELDCODE
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS, COORDINATOR
from basiszorg.setup.workflows import WORKFLOW_DIR
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase
from basiszorg.veiligheid import api

# (state to leave, action, what the next state needs: a word of the message when it is missing)
TRANSITIONS = (
	(m.SIGNALEN, "Naar stap 2: consultatie", "signaal"),
	(m.CONSULTATIE, "Naar stap 3: gesprek", "collega"),
	(m.GESPREK, "Naar stap 4: afwegen", "gesprek"),
	(m.AFWEGEN, "Naar stap 5: beslissen", "afwegingsvraag"),
	(m.BESLISSEN, "Afsluiten", "besluit"),
)


class TestZorgOverVeiligheid(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		factories.delete_test_families()
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("zv-coordinator", COORDINATOR)
		cls.officer = factories.ensure_user("zv-aandachtsfunctionaris", AANDACHTSFUNCTIONARIS)

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def setUp(self):
		frappe.set_user("Administrator")
		self.family = factories.active_family(self.net, coordinator=self.coordinator)
		frappe.set_user(self.coordinator)

	def tearDown(self):
		frappe.set_user("Administrator")

	def new(self, **values):
		return factories.zorg_over_veiligheid(self.family.name, **values)

	def act(self, doc, action):
		return apply_workflow(frappe.get_doc(MELDCODE, doc.name).as_dict(), action)

	# -- the workflow and its requirements ---------------------------------------------------------
	def test_the_workflow_is_shipped_with_the_domains_states(self):
		shipped = json.loads((WORKFLOW_DIR / "zorg_over_veiligheid.json").read_text())
		self.assertEqual([s["state"] for s in shipped["states"]], list(m.STATUSSEN))
		workflow = frappe.get_doc("Workflow", shipped["workflow_name"])
		self.assertEqual(workflow.document_type, MELDCODE)
		self.assertTrue(all(t.allowed == COORDINATOR for t in workflow.transitions))

	def test_the_select_options_are_the_domains(self):
		meta = frappe.get_meta(MELDCODE)
		for field, values in (
			("besluit", m.BESLUITEN),
			("grondslag", m.GRONDSLAGEN),
			("coordinatie_besluit", m.COORDINATIE_BESLUITEN),
			("gesprek_ouders", m.GESPREK_KEUZES),
		):
			self.assertEqual([o for o in meta.get_field(field).options.split("\n") if o], list(values), field)
		consult = frappe.get_meta("Veiligheid Consultatie").get_field("soort").options.split("\n")
		self.assertEqual(consult, list(m.SOORTEN_CONSULTATIE))

	def test_a_new_record_has_the_five_steps_and_the_questions(self):
		doc = self.new()
		self.assertEqual(doc.workflow_state, m.SIGNALEN)
		self.assertEqual([(r.stap, r.titel) for r in doc.stappen], list(enumerate(m.STAP_TITELS, start=1)))
		self.assertEqual([r.vraag_code for r in doc.afwegingen], list(m.VRAAGCODES))
		self.assertEqual((doc.coordinator, getdate(doc.stap_sinds)), (self.coordinator, getdate()))
		self.assertEqual(getdate(doc.stappen[0].begonnen_op), getdate())
		# rows of the steps and the questions cannot be removed or renamed
		doc.set("stappen", doc.stappen[:2])
		doc.afwegingen[0].vraag = "Iets anders"
		doc.save()
		self.assertEqual(len(doc.stappen), 5)
		self.assertEqual(doc.afwegingen[0].vraag, m.AFWEGINGSVRAGEN[0].vraag)

	def test_each_transition_needs_what_its_step_needs(self):
		doc = self.new()
		for nummer, (state, action, missing) in enumerate(TRANSITIONS, start=1):
			doc.reload()
			self.assertEqual(doc.workflow_state, state)
			with self.assertRaises(frappe.ValidationError) as refused:
				self.act(doc, action)
			self.assertIn(missing, str(refused.exception).lower(), action)
			doc.reload()
			self.assertEqual(doc.workflow_state, state, "a refused transition changes nothing")
			factories.meldcode_step_data(doc, nummer)
			doc.save()
			moved = self.act(doc, action)
			self.assertEqual(moved.workflow_state, m.STATUSSEN[nummer])
			step = next(r for r in moved.stappen if r.stap == nummer)
			self.assertEqual((getdate(step.afgerond_op), step.door), (getdate(), self.coordinator), action)
		self.assertEqual(moved.workflow_state, m.AFGESLOTEN)

	def test_the_step_rules_hold_over_the_api_too(self):
		doc = self.new()
		doc.workflow_state = m.AFWEGEN  # skipping steps by setting the state
		with self.assertRaises(frappe.ValidationError):
			doc.save()
		doc.reload()
		self.assertEqual(doc.workflow_state, m.SIGNALEN)

	def test_a_step_keeps_a_date_and_who_filled_in_by_hand(self):
		doc = self.new()
		factories.meldcode_step_data(doc, 1)
		earlier = getdate() - timedelta(days=3)
		doc.stappen[0].update({"afgerond_op": earlier, "door": "Administrator"})
		doc.save()
		moved = self.act(doc, "Naar stap 2: consultatie")
		self.assertEqual(
			(getdate(moved.stappen[0].afgerond_op), moved.stappen[0].door), (earlier, "Administrator")
		)
		self.assertEqual(getdate(moved.stappen[1].begonnen_op), getdate())

	def test_closing_early_when_the_concern_is_taken_away(self):
		doc = self.new(tot=m.CONSULTATIE)
		with self.assertRaises(frappe.ValidationError) as refused:
			self.act(doc, "Zorg weggenomen: afsluiten")
		self.assertIn("weggenomen", str(refused.exception))
		doc.reload()
		factories.meldcode_step_data(doc, 2)
		doc.afsluiting_toelichting = "De plekken kwamen van de sport; de collega ziet geen zorgen."
		doc.save()
		closed = self.act(doc, "Zorg weggenomen: afsluiten")
		self.assertEqual(closed.workflow_state, m.AFGESLOTEN)
		self.assertEqual(getdate(closed.stappen[1].afgerond_op), getdate())
		self.assertFalse(closed.stappen[2].afgerond_op, "step 3 was never taken")

	def test_the_afwegingskader_advises_and_a_deviating_decision_needs_a_motivation(self):
		doc = self.new(tot=m.BESLISSEN)
		self.assertEqual(doc.advies_afwegingskader, m.ADVIES_MELDEN)
		self.assertEqual(doc.stappen[3].uitkomst, "Stap 4 gedaan.")

		def decide(**values):
			doc.reload()
			doc.update({"besluit": m.BESLUIT_HULP, "hulp_omschrijving": "Opvoedondersteuning", **values})
			doc.stappen[4].uitkomst = "Hulp"
			doc.workflow_state = m.AFGESLOTEN
			doc.save()

		with self.assertRaises(frappe.ValidationError) as refused:
			decide()
		self.assertIn(m.ADVIES_MELDEN, str(refused.exception))
		decide(afwijking_motivatie="De ouders nemen de hulp al aan; Veilig Thuis adviseerde zo.")
		self.assertEqual(getdate(doc.besluit_op), getdate())

	# -- a report to Veilig Thuis and the traject ------------------------------------------------------
	def test_a_report_asks_the_traject_decision_and_informing_the_family(self):
		doc = self.new(tot=m.BESLISSEN)
		doc.update(
			{
				"besluit": m.BESLUIT_MELDEN,
				"melding_op": getdate(),
				"gedeelde_gegevens": "De signalen",
				"grondslag": m.GRONDSLAG_MELDRECHT,
			}
		)
		doc.save()
		self.assertEqual(doc.gemeld_door, self.coordinator)
		warnings = api.voor_gezin(self.family.name)["waarschuwingen"]
		self.assertEqual([w["zorg"] for w in warnings], [doc.name])
		self.assertIn("doorgaat of stopt", warnings[0]["tekst"])
		doc.stappen[4].uitkomst = "Gemeld"
		doc.workflow_state = m.AFGESLOTEN
		with self.assertRaises(frappe.ValidationError) as refused:
			doc.save()
		self.assertIn("coördinatie", str(refused.exception))
		doc.reload()
		doc.coordinatie_besluit = m.COORDINATIE_STOPT
		with self.assertRaises(frappe.ValidationError):  # the reason is required
			doc.save()
		doc.reload()
		doc.update(
			{
				"coordinatie_besluit": m.COORDINATIE_STOPT,
				"coordinatie_besluit_reden": "Veilig Thuis neemt over.",
			}
		)
		doc.save()
		self.assertEqual(getdate(doc.coordinatie_besluit_op), getdate())
		doc.update({"gezin_geinformeerd_op": getdate(), "workflow_state": m.AFGESLOTEN})
		doc.stappen[4].uitkomst = "Gemeld"
		doc.save()
		# closed, but the decision to stop is shown until the traject is closed
		(warning,) = api.voor_gezin(self.family.name)["waarschuwingen"]
		self.assertIn("sluit het traject af", warning["tekst"])
		frappe.set_user("Administrator")
		self.family.reload()
		self.family.update(
			{"workflow_state": AFGESLOTEN, "afsluitreden": "Anders", "toelichting_open_afspraken": "x"}
		)
		self.family.save()
		frappe.set_user(self.coordinator)
		self.assertEqual(api.voor_gezin(self.family.name)["waarschuwingen"], [])

	def test_a_report_without_consent_is_a_disclosure_never_a_consent(self):
		consents = frappe.db.count("Toestemming", {"gezin": self.family.name})
		grants = frappe.db.count("Basiszorg Toegang", {"gezin": self.family.name})
		doc = self.new(tot=m.AFGESLOTEN)
		self.assertEqual((doc.grondslag, doc.workflow_state), (m.GRONDSLAG_MELDRECHT, m.AFGESLOTEN))
		self.assertEqual(frappe.db.count("Toestemming", {"gezin": self.family.name}), consents)
		self.assertEqual(frappe.db.count("Basiszorg Toegang", {"gezin": self.family.name}), grants)

	def test_the_gezin_list_and_form_warnings_are_for_coordinators_only(self):
		doc = self.new(tot=m.GESPREK)
		self.assertEqual(api.gezinnen_met_open_zorg([self.family.name, "GZ-0000-00000"]), [self.family.name])
		(warning,) = api.voor_gezin(self.family.name)["waarschuwingen"]
		self.assertIn("stap 3", warning["tekst"])
		self.assertIn(doc.name, warning["tekst"])
		for user in (self.officer, factories.ensure_user("zv-hulpverlener", "Hulpverlener")):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError):
				api.voor_gezin(self.family.name)
			with self.assertRaises(frappe.PermissionError):
				api.gezinnen_met_open_zorg([self.family.name])

	def test_the_exclusion_at_registration_can_point_at_the_record(self):
		frappe.set_user("Administrator")
		registration = frappe.get_doc(factories.gezin_dict(self.net, coordinator=self.coordinator)).insert()
		frappe.set_user(self.coordinator)
		doc = factories.zorg_over_veiligheid(registration.name)
		doc.reden_uitsluiting = 1
		with self.assertRaises(frappe.ValidationError) as refused:
			doc.save()
		self.assertIn("Veilig Thuis", str(refused.exception))
		frappe.set_user("Administrator")
		registration.reload()
		registration.veilig_thuis_nodig = 1
		registration.save()
		self.assertFalse(registration.komt_in_aanmerking)
		frappe.set_user(self.coordinator)
		doc.reload()
		doc.reden_uitsluiting = 1
		doc.save()
		self.assertEqual(api.voor_gezin(registration.name)["uitsluiting"], doc.name)
		self.assertNotIn(doc.name, frappe.as_json(frappe.get_doc("Gezin", registration.name).as_dict()))

	# -- consultations ----------------------------------------------------------------------------
	def test_asking_the_officer_for_advice_notifies_them_once(self):
		doc = self.new()
		factories.meldcode_step_data(doc, 1)
		doc.append(
			"consultaties",
			{
				"datum": getdate(),
				"soort": m.AANDACHTSFUNCTIONARIS,
				"gebruiker": self.officer,
				"advies": "Volgt",
			},
		)
		doc.save()
		doc.save()
		notes = frappe.get_all(
			"Notification Log", {"for_user": self.officer, "document_name": doc.name}, pluck="subject"
		)
		self.assertEqual(len(notes), 1)
		self.assertNotIn(self.family.gezinsnaam, notes[0])
		self.assertTrue(doc.consultaties[0].met_wie)
		doc.append("consultaties", {"datum": getdate(), "soort": m.COLLEGA, "gebruiker": self.coordinator})
		with self.assertRaises(frappe.ValidationError):  # only an officer is asked as the officer
			doc.save()

	def test_an_anonymous_consultation_is_linked_later_and_stays_anonymous(self):
		anonymous = frappe.get_doc(
			{
				"doctype": "Advies en Overleg",
				"datum": getdate() - timedelta(days=10),
				"organisatietype": "Veilig Thuis",
				"vraag": "Een kind met blauwe plekken: wat nu?",
				"advies": "Consulteer een collega en voer het gesprek.",
			}
		).insert()
		before = frappe.db.get_value("Advies en Overleg", anonymous.name, "modified")
		doc = self.new()
		doc.append("consultaties", {"soort": m.VEILIG_THUIS_ADVIES, "advies_en_overleg": anonymous.name})
		doc.save()
		row = doc.consultaties[0]
		self.assertEqual(
			(getdate(row.datum), row.advies, row.anoniem), (getdate(anonymous.datum), anonymous.advies, 1)
		)
		self.assertEqual(frappe.db.get_value("Advies en Overleg", anonymous.name, "modified"), before)
		anonymous.reload()
		self.assertNotIn(self.family.name, frappe.as_json(anonymous.as_dict()))

	# -- input ----------------------------------------------------------------------------------------
	def test_a_sign_about_someone_who_is_not_a_child_of_the_family_is_refused(self):
		doc = self.new()
		doc.append("signalen", {"wat": "Honger", "over_wie": "Buurjongen"})
		with self.assertRaises(frappe.ValidationError) as refused:
			doc.save()
		self.assertIn("Buurjongen", str(refused.exception))
		doc.reload()
		doc.append("signalen", {"wat": "Honger", "over_wie": "daan"})
		doc.save()
		daan = next(r.name for r in self.family.leden if r.voornaam == "Daan")
		self.assertEqual(doc.signalen[0].over_lid, daan)

	def test_dates_in_the_future_are_refused_and_nothing_is_saved(self):
		doc = self.new()
		doc.append(
			"signalen", {"wat": "Honger", "over_wie": "Daan", "gezien_op": getdate() + timedelta(days=2)}
		)
		with self.assertRaises(frappe.ValidationError) as refused:
			doc.save()
		self.assertIn("toekomst", str(refused.exception))
		self.assertEqual(frappe.db.count("Veiligheid Signaal", {"parent": doc.name}), 0)
