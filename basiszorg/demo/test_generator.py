"""The demo generator: deterministic, every state reached through the real workflow, refuses real data."""

import frappe

from basiszorg.demo.generator import RealDataPresent, generate
from basiszorg.domain.toestemming import DEEL_NIET_GEDEELD, VERNIEUWEN
from basiszorg.domain.traject import (
	AANGEMELD,
	ACTIEF,
	AFGESLOTEN,
	AFGEWEZEN,
	IN_COMMISSIE,
	INTAKE,
	WACHTLIJST,
)
from basiszorg.domain.zorgplan import VASTGESTELD
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestDemoGenerator(IntegrationTestCase):
	def test_refuses_a_site_with_real_families(self):
		frappe.get_doc(factories.gezin_dict(factories.network())).insert()
		with self.assertRaises(RealDataPresent):
			generate(families=3, seed=1)

	def test_fills_every_state_through_the_workflow(self):
		before = set(frappe.get_all("Gezin", {"demo": 1}, pluck="name"))
		summary = generate(families=20, seed=7, force=True)
		created = frappe.get_all(
			"Gezin",
			{"demo": 1, "name": ["not in", list(before) or [""]]},
			["name", "workflow_state", "komt_in_aanmerking", "wachtlijst_datum"],
		)
		self.assertEqual(len(created), 20)
		self.assertIn("20 gezinnen", summary)
		states = {row.workflow_state for row in created}
		self.assertEqual(states, {AANGEMELD, IN_COMMISSIE, WACHTLIJST, INTAKE, ACTIEF, AFGESLOTEN, AFGEWEZEN})
		for row in created:
			if row.workflow_state in (WACHTLIJST, INTAKE, ACTIEF, AFGESLOTEN):
				self.assertTrue(row.komt_in_aanmerking and row.wachtlijst_datum, row)
			if row.workflow_state in (ACTIEF, AFGESLOTEN):
				self.assertEqual(
					frappe.db.count("Zorgplan", {"gezin": row.name, "workflow_state": VASTGESTELD}), 1
				)
				self.assertTrue(frappe.db.count("Overleg", {"gezin": row.name}), row.name)
				self.assertTrue(frappe.db.count("Toestemming", {"gezin": row.name}), row.name)
				self.assert_the_coordinators_daily_work(row)
		self.assert_consents_of_every_kind(summary, [row.name for row in created])

	def assert_consents_of_every_kind(self, summary, families):
		"""Declarations with several lines, a youngster who kept their part closed, one to renew,
		and a login for each kind (README, demo users)."""
		declarations = frappe.get_all("Toestemming", {"gezin": ["in", families]}, pluck="name")
		lines = [
			frappe.db.count("Toestemming Regel", {"parent": name, "parenttype": "Toestemming"})
			for name in declarations
		]
		self.assertTrue(any(n > 1 for n in lines), "a declaration for a network")
		self.assertTrue(
			frappe.db.exists(
				"Toestemming Gever", {"parent": ["in", declarations], "eigen_deel": DEEL_NIET_GEDEELD}
			)
		)
		self.assertTrue(frappe.db.exists("Toestemming", {"gezin": ["in", families], "status": VERNIEUWEN}))
		for login in (
			"hulpverlener.volledig",
			"hulpverlener.jongere-dicht",
			"hulpverlener.vernieuwen",
			"ouder1",
		):
			self.assertIn(login, summary)

	def assert_the_coordinators_daily_work(self, row):
		"""Intake steps, contacts, prepared meetings, a signaleringsplan, JeugdMATCH and letters."""
		family = frappe.get_doc("Gezin", row.name)
		self.assertTrue(all(step.gedaan_op for step in family.intakestappen if not step.koppeling), row.name)
		self.assertTrue(frappe.db.count("Contactmoment", {"gezin": row.name}), row.name)
		meetings = frappe.get_all("Overleg", {"gezin": row.name}, pluck="name")
		self.assertTrue(frappe.db.count("Overleg Agendapunt", {"parent": ["in", meetings]}), row.name)
		self.assertTrue(
			frappe.db.count("Overleg Deelnemer", {"parent": ["in", meetings], "uitnodiging": ["!=", ""]})
		)
		plans = frappe.get_all("Zorgplan", {"gezin": row.name}, pluck="name")
		self.assertTrue(frappe.db.count("Zorgplan Signaal", {"parent": ["in", plans]}), row.name)
		self.assertTrue(family.startbericht_verstuurd_op, row.name)
		if row.workflow_state == AFGESLOTEN:
			self.assertTrue(family.oordeel_ouders and family.afsluitbericht_verstuurd_op, row.name)
			self.assertTrue(all(r.bereikt for r in family.doeloordelen), row.name)
			self.assertFalse(
				[k for k in family.leden if k.jeugdmatch_registratiedatum and not k.jeugdmatch_afgemeld_op]
			)
