"""The desk's network map of a family (the Gezin form's Netwerk tab)."""

import frappe
from frappe import _

from basiszorg.netwerk import kaart
from basiszorg.permissions import rules
from basiszorg.permissions.registry import GEZIN, NETWERKPERSOON


@frappe.whitelist(methods=["GET"])
def netwerkkaart(gezin: str) -> dict:
	"""Today's map, the first and latest kept maps with what changed, and the children's worlds,
	as far as the reader may see them (a professional needs the scope gezinsgegevens)."""
	user = frappe.session.user
	if not (rules.may(GEZIN, gezin, user) and rules.may_for_family(NETWERKPERSOON, gezin, user, "read")):
		raise frappe.PermissionError(_("U heeft geen toegang tot het netwerk van dit gezin."))
	return kaart.family_map(gezin)
