"""Management reports: norms per quarter, caseload per coordinator, meeting backlog."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.basiszorg.report.basiszorg_normen.basiszorg_normen import execute as normen
from basiszorg.basiszorg.report.caseload_per_coordinator.caseload_per_coordinator import execute as caseload
from basiszorg.basiszorg.report.overleg_achterstand.overleg_achterstand import execute as achterstand
from basiszorg.domain.kpi import kwartaal
from basiszorg.domain.traject import ACTIEF
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestManagementReports(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user(
			f"kpi-{frappe.generate_hash(length=5)}", "Basiszorg Coördinator"
		)
		cls.family = factories.active_family(cls.net, days_ago=120, coordinator=cls.coordinator)
		cls.informed_on = getdate(cls.family.aanmelddatum) + timedelta(days=10)
		cls.family.db_set("verwijzer_geinformeerd_op", cls.informed_on)

	def tearDown(self):
		frappe.set_user("Administrator")

	def test_norms_count_informing_the_referrer_in_its_quarter(self):
		frappe.set_user(self.coordinator)
		_columns, rows, _m, chart, summary = normen()
		quarter = next(r for r in rows if r["kwartaal"] == kwartaal(self.informed_on))
		self.assertGreaterEqual(quarter["terugkoppelingen"], 1)
		self.assertIsNotNone(quarter["pct_verwijzer"])
		self.assertEqual(len(chart["data"]["datasets"]), 3)
		self.assertGreaterEqual(len(summary), 3)

	def test_caseload_counts_the_coordinators_families(self):
		frappe.set_user(self.coordinator)
		_columns, rows, _m, _chart = caseload()
		mine = next(r for r in rows if r["coordinator"] == self.coordinator)
		self.assertEqual((mine[ACTIEF], mine["lopend"]), (1, 1))

	def test_backlog_lists_active_family_without_meetings(self):
		frappe.set_user(self.coordinator)
		_columns, rows, message = achterstand()
		self.assertIn(self.family.name, [r["gezin"] for r in rows])
		self.assertIn("3", message)

	def test_professional_without_consent_sees_no_numbers(self):
		frappe.set_user(factories.ensure_user("hulpverlener", "Hulpverlener"))
		self.assertEqual(caseload()[1], [])
		self.assertEqual(achterstand()[1], [])
