"""Beside ERPNext: its fiscal-year message does not reach basiszorg's users (see api/fiscal_year.py).

On a site with ERPNext the desk's own HTTP call is made for a date no fiscal year covers: a
coordinator gets a quiet empty answer, ERPNext's Accounts User still gets ERPNext's message.
"""

import frappe

from basiszorg.api.fiscal_year import METHOD
from basiszorg.setup.roles import COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

NO_FISCAL_YEAR = "1901-06-01"


class TestFiscalYearBesideErpnext(APITestCase):
	def call(self, user: str, date: str):
		headers = {"Authorization": factories.api_token(user)}
		frappe.db.commit()
		return self.post(self.method(METHOD), {"date": date}, headers=headers)

	def test_the_desk_call_is_routed_to_basiszorg(self):
		overrides = frappe.get_hooks("override_whitelisted_methods")
		self.assertEqual(overrides[METHOD][-1], "basiszorg.api.fiscal_year.get_fiscal_year")

	def test_basiszorg_users_get_no_fiscal_year_dialog(self):
		if "erpnext" not in frappe.get_installed_apps():
			print(
				"\nERPNEXT NOT INSTALLED ON THIS SITE: the fiscal-year call is checked on the ERPNext "
				"bench's site (test command, ERPNext layer); here only that it does not answer."
			)
			response = self.call(factories.ensure_user("coordinator", COORDINATOR), NO_FISCAL_YEAR)
			self.assertEqual(response.status_code, 404, response.get_data(as_text=True))
			return
		coordinator = factories.ensure_user("coordinator", COORDINATOR)
		quiet = self.call(coordinator, NO_FISCAL_YEAR)
		self.assertEqual(quiet.status_code, 200, quiet.get_data(as_text=True))
		self.assertIsNone(quiet.json.get("message"))
		self.assertNotIn("_server_messages", quiet.json, "a message would open the dialog")

		today = self.call(coordinator, frappe.utils.today())
		self.assertEqual(today.status_code, 200)
		self.assertTrue(today.json.get("message"), "a fiscal year covers today on a set-up site")

		accountant = factories.ensure_user("erp-accounts", "Accounts User")
		loud = self.call(accountant, NO_FISCAL_YEAR)
		self.assertGreaterEqual(loud.status_code, 400)
		self.assertIn("Fiscal Year", loud.get_data(as_text=True), "ERPNext's own users keep its message")
