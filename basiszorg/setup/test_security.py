"""Hardened by default: Frappe's own security settings, a second factor for the family roles."""

import frappe
import pyotp
from frappe.tests.test_api import make_request
from frappe.utils import get_test_client
from frappe.utils.password import update_password

from basiszorg.setup import security
from basiszorg.setup.roles import GEZINSLID, HULPVERLENER, ROLES
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase, IntegrationTestCase

PASSWORD = "Tweede-factor-2026!"
SECRET = "JBSWY3DPEHPK3PXPBASISZORG2FATEST"


class TestSecurityDefaults(IntegrationTestCase):
	def test_frappe_settings_are_set_for_care_data(self):
		settings = frappe.get_single("System Settings")
		self.assertEqual(settings.enable_two_factor_auth, 1)
		self.assertEqual(settings.enable_password_policy, 1)
		self.assertGreaterEqual(int(settings.minimum_password_score), 3)
		self.assertEqual(settings.login_with_email_link, 0, "an e-mail link would skip the second factor")
		self.assertTrue(0 < settings.allow_consecutive_login_attempts <= 5)
		for role in security.TWO_FACTOR_ROLES:
			self.assertEqual(frappe.db.get_value("Role", role, "two_factor_auth"), 1, role)
		# families log in with their password (docs/security.md); every desk role of basiszorg has 2FA
		self.assertEqual(set(ROLES) - set(security.TWO_FACTOR_ROLES), {GEZINSLID})
		self.assertEqual(frappe.db.get_value("Role", GEZINSLID, "two_factor_auth"), 0)

	def test_applied_once_and_an_administrators_choice_stays(self):
		fields = list(security.SYSTEM_SETTINGS)
		before = {f: frappe.db.get_single_value("System Settings", f) for f in fields}
		marker = frappe.db.get_default(security.APPLIED)
		try:
			# an administrator chose a longer lock-out; a value nobody changed is Frappe's default
			frappe.db.set_single_value("System Settings", "allow_login_after_fail", 900)
			frappe.db.set_single_value("System Settings", "session_expiry", "170:00")
			frappe.db.set_default(security.APPLIED, None)
			applied = security.ensure_security_defaults()
			self.assertNotIn("allow_login_after_fail", applied)
			self.assertEqual(frappe.db.get_single_value("System Settings", "allow_login_after_fail"), 900)
			self.assertEqual(frappe.db.get_single_value("System Settings", "session_expiry"), "01:00")
			# once applied, later changes by the administrator survive every migrate
			frappe.db.set_single_value("System Settings", "session_expiry", "170:00")
			self.assertEqual(security.ensure_security_defaults(), {})
			self.assertEqual(frappe.db.get_single_value("System Settings", "session_expiry"), "170:00")
		finally:
			for field, value in before.items():
				frappe.db.set_single_value("System Settings", field, value)
				frappe.db.set_default(field, value)
			frappe.db.set_default(security.APPLIED, marker)


class TestTwoFactorLogin(APITestCase):
	"""A Hulpverlener's password alone does not log in: the login answers with the second step."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		# a site as an organisation has it after Frappe's setup wizard (a new test site has none)
		for field, value in (("language", "nl"), ("time_zone", "Europe/Amsterdam")):
			if not frappe.db.get_single_value("System Settings", field):
				frappe.db.set_single_value("System Settings", field, value)
		cls.user, _name = factories.professional_user("hv-2fa", factories.network()["ggz"])
		update_password(cls.user, PASSWORD)
		security.register_otp_secret(cls.user, SECRET)
		frappe.db.commit()

	def login(self, client, data):
		return make_request(target=client.post, args=("/api/method/login",), kwargs={"data": data})

	def logged_in_as(self, client):
		response = make_request(target=client.get, args=("/api/method/frappe.auth.get_logged_user",))
		return response.json.get("message") if response.status_code == 200 else None

	def test_hulpverlener_login_asks_for_the_second_factor(self):
		self.assertIn(HULPVERLENER, frappe.get_roles(self.user))
		client = get_test_client()
		first = self.login(client, {"usr": self.user, "pwd": PASSWORD})
		self.assertEqual(first.status_code, 200, first.get_data(as_text=True))
		self.assertEqual(first.json["verification"]["method"], "OTP App")
		self.assertTrue(first.json.get("tmp_id"))
		self.assertNotEqual(first.json.get("message"), "Logged In")
		self.assertIsNone(self.logged_in_as(client), "the password alone gave a session")

		wrong = self.login(client, {"tmp_id": first.json["tmp_id"], "otp": "000000"})
		self.assertGreaterEqual(wrong.status_code, 400)
		self.assertIsNone(self.logged_in_as(client))

		for _attempt in range(2):  # a code made just before its 30 seconds end can arrive too late
			again = self.login(client, {"usr": self.user, "pwd": PASSWORD})
			second = self.login(client, {"tmp_id": again.json["tmp_id"], "otp": pyotp.TOTP(SECRET).now()})
			if second.status_code == 200:
				break
		self.assertEqual(second.status_code, 200, second.get_data(as_text=True))
		self.assertEqual(second.json.get("message"), "Logged In")
		self.assertEqual(self.logged_in_as(client), self.user)

	def test_saving_system_settings_keeps_the_second_factor_per_role(self):
		"""Frappe asks the second factor of every user (role All) on each save of System Settings
		with two-factor login on; the role All keeps what the administrator chose."""
		try:
			for chosen in (0, 1):
				frappe.db.set_value("Role", security.EVERY_USER, "two_factor_auth", chosen)
				frappe.get_single("System Settings").save()
				self.assertEqual(frappe.db.get_value("Role", security.EVERY_USER, "two_factor_auth"), chosen)
		finally:
			frappe.db.set_value("Role", security.EVERY_USER, "two_factor_auth", 0)
			frappe.db.commit()

	def test_a_user_without_family_roles_logs_in_with_the_password(self):
		frappe.get_single("System Settings").save()  # as the setup wizard or an administrator does
		frappe.db.commit()
		user = factories.ensure_user("geen-gezinsrol")
		update_password(user, PASSWORD)
		frappe.db.commit()
		client = get_test_client()
		response = self.login(client, {"usr": user, "pwd": PASSWORD})
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		self.assertNotIn("verification", response.json)
		self.assertEqual(self.logged_in_as(client), user)
