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
	pass


__all__ = ["APITestCase", "IntegrationTestCase"]
