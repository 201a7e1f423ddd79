"""The test-case classes site tests derive from, the same on Frappe v15 and v16.

v16 deprecates ``FrappeTestCase`` in favour of ``IntegrationTestCase``, which v15 does not have.
"""

from frappe.tests.test_api import FrappeAPITestCase as APITestCase

try:
	from frappe.tests import IntegrationTestCase
except ImportError:  # Frappe v15
	from frappe.tests.utils import FrappeTestCase as IntegrationTestCase

__all__ = ["APITestCase", "IntegrationTestCase"]
