"""The test-case classes site tests derive from, the same on Frappe v15 and v16.

v16 deprecates ``FrappeTestCase`` in favour of ``IntegrationTestCase``, which v15 does not have.
Every class starts as the Administrator: a class never inherits the user an earlier one left.
"""

import frappe
from frappe.tests.test_api import FrappeAPITestCase

try:
	from frappe.tests import IntegrationTestCase as _IntegrationTestCase
except ImportError:  # Frappe v15
	from frappe.tests.utils import FrappeTestCase as _IntegrationTestCase


class _StartsAsAdministrator:
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")


class IntegrationTestCase(_StartsAsAdministrator, _IntegrationTestCase):
	pass


class APITestCase(_StartsAsAdministrator, FrappeAPITestCase):
	def user_headers(self, user: str) -> dict:
		"""The Authorization header of ``user``'s own API token (made when missing)."""
		from basiszorg.tests import factories

		if not frappe.db.get_value("User", user, "api_key"):
			frappe.db.set_value("User", user, "api_key", frappe.generate_hash(length=15))
		token = factories.api_token(user)
		frappe.db.commit()
		return {"Authorization": token}

	def portal_page(self, user: str, path: str):
		"""A website page as ``user`` sees it in the browser: with a session of their own."""
		from frappe.auth import CookieManager, LoginManager
		from frappe.utils import set_request

		set_request(path="/")
		frappe.local.cookie_manager = CookieManager()
		frappe.local.login_manager = LoginManager()
		frappe.local.login_manager.login_as(user)
		sid = frappe.session.sid
		frappe.set_user("Administrator")
		frappe.db.commit()
		try:
			return self.get(f"{path}{'&' if '?' in path else '?'}sid={sid}")
		finally:  # the session cookie must not ride along with the next (token) request
			jar = getattr(self.TEST_CLIENT, "_cookies", None)
			jar.clear() if jar is not None else self.TEST_CLIENT.cookie_jar.clear()


__all__ = ["APITestCase", "IntegrationTestCase"]
