import frappe

from basiszorg.tests.base import IntegrationTestCase


class TestAdviesEnOverleg(IntegrationTestCase):
	def test_anonymous_question_is_saved(self):
		doc = frappe.get_doc(
			{"doctype": "Advies en Overleg", "vraag": "Moeder met psychose, twee jonge kinderen: aanmelden?"}
		).insert()
		self.assertTrue(frappe.db.exists("Advies en Overleg", doc.name))

	def test_personal_data_is_refused(self):
		before = frappe.db.count("Advies en Overleg")
		for text in ("Kind geboren 03-04-2019", "BSN 111222333 van moeder", "Woont op 2312 AB"):
			with self.assertRaises(frappe.ValidationError):
				frappe.get_doc({"doctype": "Advies en Overleg", "vraag": text}).insert()
		self.assertEqual(frappe.db.count("Advies en Overleg"), before)
