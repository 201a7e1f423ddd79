"""Who the logged-in family member is, in which family, with which access."""

import frappe
from frappe import _

from basiszorg.domain.leden import KIND, OUDER
from basiszorg.domain.portaal import BEPERKT, VOLLEDIG
from basiszorg.domain.toestemming import is_zelfstandig
from basiszorg.permissions.portaal import reading

MEMBER_FIELDS = ["name", "parent", "rol", "voornaam", "achternaam", "geboortedatum", "portaal_toegang"]


def my_memberships() -> list[frappe._dict]:
	"""The session user's member rows with access (read through the rules, as the user)."""
	if frappe.session.user == "Guest":
		return []
	with reading():
		return frappe.get_list(
			"Gezinslid",
			filters={
				"parenttype": "Gezin",
				"portaal_gebruiker": frappe.session.user,
				"portaal_toegang": ["in", [VOLLEDIG, BEPERKT]],
			},
			fields=MEMBER_FIELDS,
			parent_doctype="Gezin",
			order_by="creation asc",
			limit=0,
		)


def require_member(gezin: str | None = None, access: str | None = None) -> frappe._dict:
	"""The member row of the session user in ``gezin`` (or their first family); refuses with a
	permission error when there is none, or when ``access`` (e.g. Volledig) is needed."""
	if frappe.session.user == "Guest":
		raise frappe.PermissionError(_("Log in om Mijn gezin te zien."))
	memberships = my_memberships()
	member = next((m for m in memberships if not gezin or m.parent == gezin), None)
	if member is None or (access and member.portaal_toegang != access):
		raise frappe.PermissionError(_("U heeft geen toegang tot dit gezin in Mijn gezin."))
	member.gezin = member.parent
	member.memberships = memberships
	member.is_ouder = member.rol == OUDER
	member.is_jongere = member.rol == KIND
	member.zelfstandig = is_zelfstandig(member, frappe.utils.getdate())
	member.volledig = member.portaal_toegang == VOLLEDIG
	member.naam = " ".join(filter(None, (member.voornaam, member.achternaam)))
	return member
