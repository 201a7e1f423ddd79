"""The grant table follows consents and professionals: organisation consents, moves, deactivation, expiry."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.domain.toestemming import VERLOPEN
from basiszorg.permissions import grants
from basiszorg.permissions.rules import may_for_family
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestGrants(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.family = frappe.get_doc(factories.gezin_dict(cls.net)).insert().name

	def setUp(self):
		"""Fresh professionals per test: the tests share one transaction (rolled back after the class)."""
		org = factories.ensure_organisatie(f"bz-test GGZ {frappe.generate_hash(length=6)}", "GGZ")
		self.org = org
		self.user_a, self.hv_a = factories.professional_user(f"hv-a-{frappe.generate_hash(length=6)}", org)
		self.user_b, self.hv_b = factories.professional_user(f"hv-b-{frappe.generate_hash(length=6)}", org)

	def reads(self, user):
		return may_for_family("Gezin", self.family, user, "read")

	def test_organisation_consent_covers_every_professional_with_a_user(self):
		factories.toestemming(self.family, zorgorganisatie=self.org, gezinsgegevens=1)
		self.assertTrue(self.reads(self.user_a))
		self.assertTrue(self.reads(self.user_b))
		self.assertFalse(may_for_family("Gezin", self.family, self.user_a, "write"))

	def test_moving_to_another_organisation_ends_access(self):
		factories.toestemming(self.family, zorgorganisatie=self.org, gezinsgegevens=1)
		professional = frappe.get_doc("Hulpverlener", self.hv_a)
		professional.zorgorganisatie = self.net["jgz"]
		professional.save()
		self.assertFalse(self.reads(self.user_a))
		self.assertTrue(self.reads(self.user_b))

	def test_deactivated_professional_loses_access(self):
		factories.toestemming(self.family, self.hv_b, gezinsgegevens=1)
		self.assertTrue(self.reads(self.user_b))
		frappe.db.set_value("Hulpverlener", self.hv_b, "actief", 1)
		professional = frappe.get_doc("Hulpverlener", self.hv_b)
		professional.actief = 0
		professional.save()
		self.assertFalse(self.reads(self.user_b))

	def test_scope_is_respected(self):
		factories.toestemming(self.family, self.hv_a, zorgplan=1)
		self.assertFalse(self.reads(self.user_a))
		self.assertTrue(may_for_family("Zorgplan", self.family, self.user_a, "read"))
		self.assertFalse(may_for_family("Overleg", self.family, self.user_a, "read"))
		self.assertFalse(may_for_family("Zorgplan", self.family, self.user_a, "write"))

	def test_daily_job_removes_expired_grants_and_marks_the_consent(self):
		consent = factories.toestemming(
			self.family,
			self.hv_a,
			gezinsgegevens=1,
			gegeven_op=getdate() - timedelta(days=30),
			geldig_tot=getdate(),
		)
		frappe.db.set_value(
			"Basiszorg Toegang", {"toestemming": consent.name}, "geldig_tot", getdate() - timedelta(days=1)
		)
		frappe.db.set_value("Toestemming", consent.name, "geldig_tot", getdate() - timedelta(days=1))
		self.assertFalse(self.reads(self.user_a))  # the query checks the date itself
		grants.expire_daily()
		self.assertFalse(frappe.db.exists("Basiszorg Toegang", {"toestemming": consent.name}))
		self.assertEqual(frappe.db.get_value("Toestemming", consent.name, "status"), VERLOPEN)

	def test_consent_is_never_deleted(self):
		consent = factories.toestemming(self.family, self.hv_a, gezinsgegevens=1)
		with self.assertRaises(frappe.ValidationError):
			consent.delete()

	def test_withdrawn_consent_cannot_be_edited(self):
		consent = factories.toestemming(self.family, self.hv_a, gezinsgegevens=1)
		consent.trek_in(reden="Ouders willen dit niet", door="Sanne Test")
		consent.reload()
		consent.regels[0].zorgplan = 1
		with self.assertRaises(frappe.ValidationError):
			consent.save()
