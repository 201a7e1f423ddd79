"""A family's right of access: one action, a complete PDF and a machine-readable file."""

import json
from datetime import timedelta
from io import BytesIO

import frappe
from frappe.utils import add_to_date, getdate, now_datetime
from pypdf import PdfReader

from basiszorg.privacy.dossieroverzicht import maak_dossieroverzicht
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestInzage(IntegrationTestCase):
	def test_export_is_complete(self):
		frappe.set_user("Administrator")
		net = factories.network()
		# registered yesterday: the meeting two hours ago lies after the registration also after midnight
		yesterday = getdate() - timedelta(days=1)
		family = frappe.get_doc(
			factories.gezin_dict(net, today=yesterday, gezinsnaam="bz-test Inzage")
		).insert()
		consent = factories.toestemming(family.name, net["psychiater"], gezinsgegevens=1)
		meeting = frappe.get_doc(
			{
				"doctype": "Overleg",
				"gezin": family.name,
				"starts_on": add_to_date(now_datetime(), hours=-2),
				"voorzitter": "Administrator",
				"afspraken": [
					{
						"wat": "Moeder belt de huisarts",
						"wie_soort": "Ouder",
						"wie": "Sanne",
						"wanneer": getdate() + timedelta(days=7),
					}
				],
			}
		).insert()
		family.add_comment("Comment", "Gesprek met moeder gevoerd")
		frappe.get_doc(
			{
				"doctype": "Version",
				"ref_doctype": "Gezin",
				"docname": family.name,
				"data": frappe.as_json({"changed": [["woonplaats", "Leiden", "Gouda"]]}),
			}
		).insert(ignore_permissions=True)
		frappe.get_doc(
			{
				"doctype": "Basiszorg Inzagelog",
				"gebruiker": "Administrator",
				"gezin": family.name,
				"kanaal": "Afdruk/PDF",
				"documenttype": "Gezin",
				"document": family.name,
				"tijdstip": now_datetime(),
			}
		).insert(ignore_permissions=True)

		files = maak_dossieroverzicht(family.name)

		data = json.loads(frappe.get_doc("File", {"file_url": files["json"]}).get_content())
		self.assertEqual(data["gezin"]["name"], family.name)
		self.assertEqual([d["name"] for d in data["toestemming"]], [consent.name])
		self.assertEqual([d["name"] for d in data["overleg"]], [meeting.name])
		self.assertIn("Moeder belt de huisarts", json.dumps(data["overleg"]))
		self.assertTrue(any(t["soort"] == "opmerking" and "moeder" in t["wat"] for t in data["geschiedenis"]))
		self.assertTrue(any(t["soort"] == "wijziging" for t in data["geschiedenis"]))
		self.assertEqual([r["kanaal"] for r in data["inzagelog"]], ["Afdruk/PDF"])
		pdf = frappe.get_doc("File", {"file_url": files["pdf"]}).get_content()
		text = " ".join("".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())
		self.assertIn("bz-test Inzage", text)
		self.assertIn("Moeder belt de huisarts", text)
		self.assertIn("Afdruk/PDF", text)
		request = frappe.get_last_doc("AVG Verzoek", {"gezin": family.name})
		frappe.set_user(factories.ensure_user("hulpverlener", "Hulpverlener"))
		with self.assertRaises(frappe.PermissionError):
			maak_dossieroverzicht(family.name)
		frappe.set_user("Administrator")
		self.assertEqual((request.soort, request.uitkomst), ("Inzage", "Toegewezen"))
		self.assertGreaterEqual((getdate(request.uiterlijk_op) - getdate(request.ontvangen_op)).days, 28)
