"""The heavy reports are safe on a read replica: they run through frappe.read_only() (so with
``read_from_replica`` in the site config they read from the replica) and write nothing, shown by
running each in a read-only database transaction, in a web request, as a coordinator."""

import importlib

import frappe
from frappe.core.doctype.report.report import get_report_module_dotted_path
from frappe.desk.query_report import run
from frappe.utils import getdate, set_request

from basiszorg.domain.wachtlijst import MODUS_COMMISSIE, MODUS_WACHTLIJST, RAPPORT
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase

HEAVY_REPORTS = (
	RAPPORT,
	"Basiszorg normen",
	"Caseload per coordinator",
	"Overleg achterstand",
	"Afspraken bewaking",
	"Inzage per gezin",
)


class TestReportsOnAReplica(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", COORDINATOR)
		cls.family = factories.active_family(net, days_ago=150, coordinator=cls.coordinator).name
		factories.to_waitlist(frappe.get_doc(factories.gezin_dict(net)).insert())
		factories.meeting(
			cls.family,
			days_from_now=-20,
			afspraken=[{"wat": "Bellen", "wie_soort": "Ouder", "wie": "Sanne", "wanneer": getdate()}],
		)
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()  # committed above: other tests must not meet them
		frappe.db.commit()
		super().tearDownClass()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.request = None

	def filters(self, report: str) -> list[dict]:
		if report == RAPPORT:
			return [{"modus": MODUS_WACHTLIJST}, {"modus": MODUS_COMMISSIE}]
		if report == "Inzage per gezin":
			return [{"gezin": self.family}]
		return [{}]

	def test_every_heavy_report_runs_read_only(self):
		frappe.set_user(self.coordinator)
		set_request(path="/api/method/frappe.desk.query_report.run", method="POST")
		for report in HEAVY_REPORTS:
			module = importlib.import_module(get_report_module_dotted_path("Basiszorg", report))
			self.assertTrue(hasattr(module.execute, "__wrapped__"), f"{report}: execute is not read_only")
			for filters in self.filters(report):
				frappe.db.commit()
				frappe.db.sql("START TRANSACTION READ ONLY")
				try:
					result = run(report, filters=filters)
				finally:
					frappe.db.rollback()
				self.assertIsInstance(result["result"], list, report)
