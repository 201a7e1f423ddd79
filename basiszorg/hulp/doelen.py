"""A help request and the goal of the plan it serves: the goals to choose from, and what the plan
shows when the help starts."""

import frappe
from frappe import _
from frappe.utils import formatdate

from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan
from basiszorg.permissions import own_items
from basiszorg.permissions.registry import HULPAANVRAAG


def of_current_plan(gezin: str | None) -> list[dict]:
	"""The goals of the family's current plan the reader may see: their words and their lasting mark."""
	return [{"doel_id": g.doel_id, "doel": g.doel} for g in own_items.goals_of_current_plan(gezin).values()]


def help_started(request) -> None:
	"""The plan that holds the goal says on its timeline that the help started."""
	plan = current_plan(request.gezin)
	if not plan or not request.doel_id:
		return
	frappe.get_doc("Zorgplan", plan).add_comment(
		"Info",
		_("Hulp gestart bij het doel '{0}': {1} ({2}), op {3}.").format(
			request.doel, frappe.db.get_value("Aanbod", request.aanbod, "naam"), request.name, formatdate(request.gestart_op)
		),
	)


def per_goal(gezin: str, doel_ids: list[str]) -> dict[str, list[dict]]:
	"""doel_id -> the help requests for that goal the reader may see (read through the rules)."""
	if not doel_ids:
		return {}
	rows = frappe.get_list(
		HULPAANVRAAG,
		filters={"gezin": gezin, "doel_id": ["in", doel_ids]},
		fields=["name", "doel_id", "aanbod", "workflow_state", "aangevraagd_op", "gestart_op", "verwachte_start"],
		order_by="aangevraagd_op",
	)
	names = {r.aanbod for r in rows}
	offers = dict(frappe.get_all("Aanbod", filters={"name": ["in", list(names)]}, fields=["name", "naam"], as_list=True)) if names else {}
	result: dict[str, list[dict]] = {}
	for row in rows:
		result.setdefault(row.doel_id, []).append({**row, "aanbod_naam": offers.get(row.aanbod, row.aanbod)})
	return result
