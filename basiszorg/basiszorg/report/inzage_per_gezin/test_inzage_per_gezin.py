"""'Who looked at our file?' lists the recorded reads of one family, and only for coordinators."""

import frappe
from frappe.utils import now_datetime

from basiszorg.basiszorg.report.inzage_per_gezin.inzage_per_gezin import execute
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestInzagePerGezin(IntegrationTestCase):
	def test_lists_reads_of_one_family_newest_first(self):
		net = factories.network()
		family = frappe.get_doc(factories.gezin_dict(net)).insert().name
		other = frappe.get_doc(factories.gezin_dict(net)).insert().name
		frappe.db.delete(
			"Basiszorg Inzagelog", {"gezin": ["in", [family, other]]}
		)  # names can be reused after rollbacks
		for gezin, kanaal in ((family, "REST API"), (family, "Afdruk/PDF"), (other, "Formulier")):
			frappe.get_doc(
				{
					"doctype": "Basiszorg Inzagelog",
					"gebruiker": "Administrator",
					"gezin": gezin,
					"documenttype": "Gezin",
					"document": gezin,
					"kanaal": kanaal,
					"tijdstip": now_datetime(),
				}
			).insert(ignore_permissions=True)
		coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		frappe.set_user(coordinator)
		_columns, rows, _message, chart = execute({"gezin": family})
		self.assertEqual({r.kanaal for r in rows}, {"REST API", "Afdruk/PDF"})
		self.assertEqual(sum(chart["data"]["datasets"][0]["values"]), 2)
		frappe.set_user(factories.ensure_user("commissie", "Basiszorg Commissie"))
		with self.assertRaises(frappe.PermissionError):
			execute({"gezin": family})
		frappe.set_user("Administrator")
