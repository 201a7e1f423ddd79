"""A family registered again is linked to its earlier traject: history visible, members and
network copied, no retyping."""

import frappe

from basiszorg.api.gezin import opnieuw_aanmelden
from basiszorg.domain.traject import AANGEMELD, AFGESLOTEN
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestRegisteredAgain(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")

	def setUp(self):
		frappe.set_user("Administrator")

	def closed_family(self):
		family = factories.active_family(self.net, days_ago=400, adres="Lindelaan 7", woonplaats="Leiden")
		family.workflow_state = AFGESLOTEN
		family.afsluitreden = "Doelen bereikt"
		family.save()
		return family

	def test_members_network_and_history_without_retyping(self):
		earlier = self.closed_family()
		leaving = factories.ensure_hulpverlener("bz-test Vertrokken", self.net["ggz"])
		earlier.append("betrokkenen", {"hulpverlener": leaving})
		earlier.save()
		frappe.db.set_value("Hulpverlener", leaving, "actief", 0)
		frappe.set_user(self.coordinator)
		name = opnieuw_aanmelden(
			earlier.name, verwijzer=self.net["jeugdverpleegkundige"], reden_aanmelding="Terugval"
		)
		new = frappe.get_doc("Gezin", name)
		self.assertEqual((new.workflow_state, new.vorig_traject), (AANGEMELD, earlier.name))
		self.assertEqual((new.adres, new.woonplaats), ("Lindelaan 7", "Leiden"))
		self.assertEqual(
			[(m.rol, m.voornaam, str(m.geboortedatum or "")) for m in new.leden],
			[(m.rol, m.voornaam, str(m.geboortedatum or "")) for m in earlier.leden],
		)
		self.assertEqual(
			{b.hulpverlener for b in new.betrokkenen},
			{self.net["psychiater"], self.net["jeugdverpleegkundige"]},
		)
		self.assertFalse(new.toestemming_aanmelding, "a new registration needs the parents' consent again")
		new.run_method("onload")
		self.assertEqual([t.name for t in new.get_onload().trajecten], [earlier.name])
		earlier.run_method("onload")
		self.assertEqual([t.name for t in earlier.get_onload().trajecten], [name])

	def test_only_once_and_only_after_the_traject_ended(self):
		running = factories.active_family(self.net, days_ago=100)
		with self.assertRaises(frappe.ValidationError):
			opnieuw_aanmelden(running.name)
		earlier = self.closed_family()
		opnieuw_aanmelden(earlier.name, verwijzer=self.net["psychiater"])
		with self.assertRaises(frappe.ValidationError) as refused:
			opnieuw_aanmelden(earlier.name, verwijzer=self.net["psychiater"])
		self.assertIn("al opnieuw aangemeld", str(refused.exception))

	def test_a_professional_cannot_register_a_family_again(self):
		earlier = self.closed_family()
		user, professional = factories.professional_user("hv-opnieuw", self.net["ggz"])
		factories.toestemming(earlier.name, professional, gezinsgegevens=1)
		frappe.set_user(user)
		with self.assertRaises(frappe.PermissionError):
			opnieuw_aanmelden(earlier.name)

	def test_removing_the_earlier_traject_after_its_retention_keeps_the_new_one(self):
		from basiszorg.privacy.retention import purge_family

		earlier = self.closed_family()
		name = opnieuw_aanmelden(earlier.name, verwijzer=self.net["psychiater"])
		purge_family(earlier.name)
		self.assertFalse(frappe.db.exists("Gezin", earlier.name))
		self.assertIsNone(frappe.db.get_value("Gezin", name, "vorig_traject"))
		frappe.get_doc("Gezin", name).save()  # no dangling link
