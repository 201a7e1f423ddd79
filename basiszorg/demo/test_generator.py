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
		self.assert_a_closed_meldcode_record(summary, [row.name for row in created])
		self.assert_networks_of_every_size(summary, [row.name for row in created])

	def assert_networks_of_every_size(self, summary, families):
		"""An almost empty network, an overloaded one, one that grew since the first plan, and a
		youngster on Mijn gezin who named a trusted person in her own words."""
		from basiszorg.demo.generator import DEMO_DOMAIN
		from basiszorg.domain.netwerk import informeel
		from basiszorg.domain.netwerkkaart import informeel_gegroeid
		from basiszorg.netwerk.kaart import PERSON_FIELDS, moment_people

		sizes = {g: frappe.db.count("Netwerkpersoon", {"gezin": g}) for g in families}
		for kind in ("bijna leeg netwerk", "overbelast netwerk", "vertrouwenspersoon van jongere1"):
			self.assertIn(kind, summary)
		self.assertIn(1, sizes.values())
		self.assertGreaterEqual(max(sizes.values()), 7)
		overloaded = frappe.get_all(
			"Netwerkpersoon",
			{
				"gezin": ["in", families],
				**dict.fromkeys(("steun_opvang", "steun_crisis", "steun_praktisch"), 1),
			},
			pluck="gezin",
		)
		self.assertTrue(overloaded, "one person who carries nearly everything")
		grown = [
			g
			for g in families
			if (
				first := frappe.get_all(
					"Netwerkmoment", {"gezin": g}, pluck="name", order_by="creation", limit=1
				)
			)
			and informeel_gegroeid(
				moment_people(frappe.get_doc("Netwerkmoment", first[0])),
				[informeel(r) for r in frappe.get_all("Netwerkpersoon", {"gezin": g}, PERSON_FIELDS)],
			)
		]
		self.assertTrue(grown, "a network that grew since the first plan")
		youngster = frappe.db.get_value("Gezinslid", {"portaal_gebruiker": f"jongere1@{DEMO_DOMAIN}"}, "name")
		world = frappe.db.get_value(
			"Kindwereld", {"over_lid": youngster}, ["vertrouwenspersoon", "in_eigen_woorden"], as_dict=True
		)
		self.assertTrue(world and world.vertrouwenspersoon and world.in_eigen_woorden, world)

	def assert_a_closed_meldcode_record(self, summary, families):
		"""One family (the demo parent's on Mijn gezin) has a closed Zorg over veiligheid with a report,
		and the meldcode officer has a login."""
		from basiszorg.domain import meldcode
		from basiszorg.permissions.registry import MELDCODE

		(record,) = frappe.get_all(
			MELDCODE, {"gezin": ["in", families]}, ["name", "gezin", "workflow_state", "melding_op"]
		)
		self.assertEqual(record.workflow_state, meldcode.AFGESLOTEN)
		self.assertTrue(record.melding_op)
		steps = frappe.get_all(
			"Veiligheid Stap", {"parent": record.name}, ["afgerond_op", "door", "uitkomst"]
		)
		self.assertEqual(len(steps), 5)
		self.assertTrue(all(s.afgerond_op and s.door and s.uitkomst for s in steps), steps)
		self.assertIn("aandachtsfunctionaris1", summary)
		self.assertTrue(
			frappe.db.exists("Gezinslid", {"parent": record.gezin, "portaal_gebruiker": ["like", "ouder1@%"]})
		)

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
