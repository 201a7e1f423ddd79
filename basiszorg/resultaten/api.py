"""The desk's side of the measurements: the picture over time on the Gezin form, and what a new
measurement starts with (the goals of the current plan, every child with each element)."""

import frappe
from frappe import _

from basiszorg.domain.leden import KIND, naam
from basiszorg.permissions import own_items, rules
from basiszorg.permissions.registry import GEZIN, METING
from basiszorg.resultaten import metingen, schalen


@frappe.whitelist(methods=["GET"])
def resultaten(gezin: str) -> dict:
	"""The family's picture over time, as far as the reader may see its measurements."""
	user = frappe.session.user
	if not (rules.may(GEZIN, gezin, user) and rules.may_for_family(METING, gezin, user, "read")):
		raise frappe.PermissionError(_("U heeft geen toegang tot de metingen van dit gezin."))
	return metingen.picture(gezin)


@frappe.whitelist(methods=["GET"])
def nieuwe_meting(gezin: str) -> dict:
	"""The rows a coordinator's new measurement starts with: every goal of the current plan and,
	per child, each element of basic care (scores empty)."""
	if not rules.may_for_family(METING, gezin, frappe.session.user, "create"):
		raise frappe.PermissionError(_("U mag voor dit gezin geen meting maken."))
	goals = own_items.goals_of_current_plan(gezin).values()
	children = [naam(m) for m in frappe.get_doc(GEZIN, gezin).leden if m.rol == KIND]
	return {
		"doelen": [{"doel_id": g.doel_id, "doel": g.doel} for g in goals],
		"basiszorg": [{"kind": k, "element": e} for k in children for e in schalen.elementen()],
	}
