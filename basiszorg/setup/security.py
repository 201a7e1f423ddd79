"""Frappe's own security settings, set for care data when basiszorg is installed.

What is set (reasons in docs/security.md): two-factor login for the roles that read family data,
a password policy, a shorter idle session, a limit on failed logins, and no login by e-mail link
(it would skip the second factor). Everything lives in Frappe's own System Settings and Role
records, so an administrator changes it in the desk like any other setting.

Applied once per site, like the workflows: a setting an administrator already changed from
Frappe's default is left alone, and after the first run nothing is touched again, so a choice
an administrator makes later survives every migrate.
"""

import frappe
from frappe.model import no_value_fields

from basiszorg.setup.roles import ROLES, WEBSITE_ROLES

APPLIED = "basiszorg_beveiliging"  # global default: version of the defaults applied on this site
VERSION = "1"
EVERY_USER = "All"  # Frappe's role that every user has

# System Settings field -> value for a site that holds care data
SYSTEM_SETTINGS = {
	"enable_two_factor_auth": 1,
	"two_factor_method": "OTP App",
	"otp_issuer_name": "Basiszorg",
	"enable_password_policy": 1,
	"minimum_password_score": "3",
	"allow_consecutive_login_attempts": 5,
	"allow_login_after_fail": 300,
	"session_expiry": "01:00",
	"login_with_email_link": 0,
}
# The desk roles that read family data log in with a second factor (Role.two_factor_auth). Family
# members on Mijn gezin do not by default: an authenticator app is a barrier for many parents and
# they only see their own family (docs/security.md); an administrator can switch it on for the role.
TWO_FACTOR_ROLES = tuple(role for role in ROLES if role not in WEBSITE_ROLES)


def ensure_security_defaults() -> dict:
	"""Apply the defaults once; returns what was set (empty when applied before)."""
	if frappe.db.get_default(APPLIED):
		return {}
	applied = {}
	meta = frappe.get_meta("System Settings")
	stored = frappe.db.get_singles_dict("System Settings")
	for field, value in SYSTEM_SETTINGS.items():
		if _chosen_by_administrator(meta.get_field(field), stored.get(field)):
			continue
		# Set the values as System Settings' own on_update does (its validate would also switch
		# two-factor login on for the role All, i.e. for every user of the site).
		frappe.db.set_single_value("System Settings", field, value)
		frappe.db.set_default(field, value)
		applied[field] = value
	for role in TWO_FACTOR_ROLES:
		if frappe.db.exists("Role", role):
			frappe.db.set_value("Role", role, "two_factor_auth", 1)
			applied[role] = "two_factor_auth"
	frappe.cache.delete_value("system_settings")
	frappe.db.set_default(APPLIED, VERSION)
	return applied


def ensure_encryption_key() -> None:
	"""The site's encryption key exists before a web worker needs it (install and migrate).

	Second-factor secrets are stored encrypted with it. Frappe makes the key on first use, and a
	web worker of Frappe v16 keeps the site config it read when it started: a worker that started
	before the key existed makes a key of its own and writes it over the file, after which secrets
	stored with the other key cannot be read ("Failed to decrypt key ... otpsecret": the user can
	no longer log in). Made here, from the command line, before the workers restart."""
	from frappe.utils.password import get_encryption_key

	get_encryption_key()


def remember_second_factor_for_every_user(doc, method=None) -> None:
	"""System Settings, before Frappe's validate: note whether the role All asks a second factor.

	Frappe switches it on for All whenever System Settings is saved with two-factor login on (also
	by its setup wizard); basiszorg asks it per role, so that save must not silently ask it of the
	families on Mijn gezin. An administrator who wants it for every user ticks it on the role All."""
	doc.flags.second_factor_for_every_user = frappe.db.get_value("Role", EVERY_USER, "two_factor_auth")


def keep_second_factor_for_every_user(doc, method=None) -> None:
	"""System Settings, after saving: the role All keeps what it had before the save."""
	before = doc.flags.get("second_factor_for_every_user")
	if before is None or int(before) or not frappe.db.get_default(APPLIED):
		return
	if frappe.db.get_value("Role", EVERY_USER, "two_factor_auth"):
		frappe.db.set_value("Role", EVERY_USER, "two_factor_auth", 0)


def _chosen_by_administrator(df, value) -> bool:
	"""A value differs from Frappe's shipped default: someone chose it, keep it."""
	if df is None or df.fieldtype in no_value_fields or value in (None, ""):
		return False
	return str(value) != str(df.default if df.default is not None else "")


def register_otp_secret(user: str, secret: str) -> None:
	"""Register ``secret`` as ``user``'s authenticator secret, as if the QR code was scanned.

	For demo and test users only (their secret is published with the demo or known to the test);
	a real user scans the QR code Frappe sends on the first login."""
	from frappe.twofactor import PARENT_FOR_DEFAULTS
	from frappe.utils.password import encrypt

	frappe.db.set_default(f"{user}_otpsecret", encrypt(secret), parent=PARENT_FOR_DEFAULTS)
	frappe.db.set_default(f"{user}_otplogin", 1, parent=PARENT_FOR_DEFAULTS)
