"""Contacts between meetings: the member they were with, the family's timeline, the caseload."""

import frappe

from basiszorg.basiszorg.report.caseload_per_coordinator.caseload_per_coordinator import execute as caseload
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase
from basiszorg.tijdlijn import contacts


class TestContactmoment(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user(
			f"contact-{frappe.generate_hash(length=5)}", "Basiszorg Coördinator"
		)
		cls.family = factories.active_family(cls.net, days_ago=60, coordinator=cls.coordinator)

	def setUp(self):
		frappe.set_user(self.coordinator)

	def log(self, **values):
		return frappe.get_doc(
			{
				"doctype": "Contactmoment",
				"gezin": self.family.name,
				"hoe": "Telefoon",
				"notitie": "Even gebeld",
				**values,
			}
		).insert()

	def test_a_contact_with_a_youngster_names_the_member(self):
		daan = next(lid for lid in self.family.leden if lid.voornaam == "Daan")
		contact = self.log(met_wie="Jongere", naam="daan")
		self.assertEqual(contact.over_lid, daan.name)
		self.assertEqual(contact.naam, "Daan Test")
		parent = self.log(met_wie="Ouder", naam="sanne")
		self.assertEqual((parent.naam, parent.over_lid), ("Sanne Test", None))  # a parent's is no part
		with self.assertRaises(frappe.ValidationError):
			self.log(met_wie="Jongere", naam="Onbekend")

	def test_a_contact_with_a_professional_takes_the_name(self):
		contact = self.log(met_wie="Hulpverlener", hulpverlener=self.net["psychiater"])
		self.assertEqual(contact.naam, "bz-test Psychiater")
		self.assertFalse(contact.over_lid)

	def test_contacts_are_on_the_family_timeline(self):
		self.log(
			met_wie="Ouder",
			naam="Sanne",
			hoe="Bezoek",
			notitie="Thuis bezocht: 2 < 3 & meer",
			vervolg="School bellen",
		)
		items = contacts("Gezin", self.family.name)
		text = " ".join(item["content"] for item in items)
		self.assertIn("2 &lt; 3 &amp; meer", text)  # escaped
		self.assertIn("School bellen", text)
		self.assertTrue(all(item["is_card"] for item in items))

	def test_markup_in_the_note_is_refused(self):
		with self.assertRaises(frappe.ValidationError):
			self.log(met_wie="Ouder", naam="Sanne", notitie="<script>alert(1)</script>")

	def test_the_caseload_counts_contacts(self):
		self.log(met_wie="Ouder", naam="Sanne")
		self.log(met_wie="Anders", naam="Oma")
		_columns, rows, _m, _chart = caseload()
		mine = next(r for r in rows if r["coordinator"] == self.coordinator)
		self.assertGreaterEqual(mine["contacten"], 2)
		self.assertEqual(mine["contacten_per_gezin"], mine["contacten"] / mine["lopend"])

	def test_the_committee_opens_a_family_without_reading_its_contacts(self):
		"""The committee reads the families it decides on, not the contacts: the form still loads."""
		from frappe.desk.form.load import getdoc

		frappe.set_user("Administrator")
		family = factories.to_waitlist(frappe.get_doc(factories.gezin_dict(self.net)).insert())
		self.log(met_wie="Ouder", naam="Sanne")  # on the active family: none for the committee anyway
		frappe.set_user(factories.ensure_user("commissie", "Basiszorg Commissie"))
		getdoc("Gezin", family.name)
		self.assertEqual(frappe.response.docs[0].name, family.name)
		self.assertEqual(contacts("Gezin", family.name), [])

	def test_a_professional_reads_contacts_only_with_consent_for_family_data(self):
		user, professional = factories.professional_user("hv-contact", self.net["ggz"])
		contact = self.log(met_wie="Ouder", naam="Sanne")
		frappe.set_user("Administrator")
		factories.toestemming(self.family.name, professional, overleg=1)
		frappe.set_user(user)
		self.assertFalse(frappe.has_permission("Contactmoment", "read", contact.name))
		self.assertEqual(contacts("Gezin", self.family.name), [])
		frappe.set_user("Administrator")
		factories.toestemming(self.family.name, professional, gezinsgegevens=1)
		frappe.set_user(user)
		self.assertTrue(frappe.has_permission("Contactmoment", "read", contact.name))
		self.assertFalse(frappe.has_permission("Contactmoment", "write", contact.name))
