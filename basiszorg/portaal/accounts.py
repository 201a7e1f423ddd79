"""Inviting family members to Mijn gezin, and ending their access (coordinator actions)."""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain import portaal
from basiszorg.permissions import require_coordinator
from basiszorg.records import domain_record, throw_findings
from basiszorg.setup.roles import GEZINSLID


def _member(gezin: str, lid: str):
	family = frappe.get_doc("Gezin", gezin)
	family.check_permission("write")
	member = next((m for m in family.leden if m.name == lid), None)
	if member is None:
		frappe.throw(_("Dit gezinslid hoort niet bij dit gezin."), title=_("Mijn gezin"))
	return family, member


def _website_user(member) -> str:
	email = member.email.strip().lower()
	if frappe.db.exists("User", email):
		user = frappe.get_doc("User", email)
		if user.user_type == "System User":
			frappe.throw(
				_(
					"{0} is al een medewerker in het systeem; gebruik een ander e-mailadres voor Mijn gezin."
				).format(email),
				title=_("Mijn gezin"),
			)
	else:
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": member.voornaam or email,
				"last_name": member.achternaam,
				"user_type": "Website User",
				"send_welcome_email": 0,
				"language": "nl",
			}
		)
		user.insert(ignore_permissions=True)
	if GEZINSLID not in [r.role for r in user.roles]:
		user.append("roles", {"role": GEZINSLID})
		user.save(ignore_permissions=True)
	return user.name


@frappe.whitelist(methods=["POST"])
def nodig_uit(gezin: str, lid: str) -> str:
	"""Give a parent/carer or youngster (12+) an account for Mijn gezin and send Frappe's welcome
	e-mail with the link to set a password (through the e-mail queue)."""
	require_coordinator()
	family, member, user = open_account(gezin, lid)
	account = frappe.get_doc("User", user)
	account.flags.delay_emails = True  # through the e-mail queue, like every mail of basiszorg
	try:
		account.send_welcome_mail_to_user()
	except frappe.OutgoingEmailError:
		frappe.throw(
			_("Er is nog geen uitgaand e-mailaccount ingesteld; de uitnodiging kan niet worden verstuurd."),
			title=_("Mijn gezin"),
		)
	family.add_comment(
		"Info", _("{0} uitgenodigd voor Mijn gezin ({1}).").format(member.voornaam, member.portaal_toegang)
	)
	return user


def open_account(gezin: str, lid: str):
	"""The member's website user with the role Gezinslid, linked on the member row (full access
	unless the coordinator chose otherwise); no e-mail. Returns (family, member, user)."""
	family, member = _member(gezin, lid)
	throw_findings(portaal.kan_uitgenodigd_worden(domain_record(member), getdate()), _("Mijn gezin"))
	user = _website_user(member)
	member.portaal_gebruiker = user
	if member.portaal_toegang in (None, "", portaal.GEEN):
		member.portaal_toegang = portaal.VOLLEDIG
	family.save()
	return family, member, user


@frappe.whitelist(methods=["POST"])
def zet_toegang(gezin: str, lid: str, toegang: str) -> str:
	"""Full, limited or no access; the change counts from the next request."""
	require_coordinator()
	if toegang not in portaal.TOEGANG:
		frappe.throw(_("Kies Volledig, Beperkt of Geen."), title=_("Mijn gezin"))
	family, member = _member(gezin, lid)
	member.portaal_toegang = toegang
	family.save()
	return toegang
