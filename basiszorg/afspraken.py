"""Agreements (afspraken): made in a meeting, followed in the care plan, with one owner each.

Who owns an agreement's status:

- an agreement made in a meeting is owned by its row in that meeting (Overleg Afspraak); the
  care plan lists it (a Zorgplan Afspraak with ``overleg_afspraak``) and shows the owner's status;
- an agreement written directly in the plan is owned by its plan row.

A status changed on either side is written to the owner (``Zorgplan.validate`` sends plan-side
changes to the meeting; ``Overleg.on_update`` refreshes the plan). Everything that asks which
agreements are open (reminders, the Afspraken bewaking report, closing a traject) reads the
owners through ``open_agreements``, never a copy.
"""

import frappe
from frappe import _

from basiszorg.domain.zorgplan import AFSPRAAK_OPEN, CONCEPT, VASTGESTELD

MEETING_ROW = "Overleg Afspraak"
PLAN_ROW = "Zorgplan Afspraak"
ROW_FIELDS = ("wat", "wie", "hulpverlener", "wanneer", "status", "over_lid")


def _meeting_owned(read, filters: list) -> list[dict]:
	rows = read(
		"Overleg",
		filters=[
			*[["Overleg", *f] for f in filters.get("parent", [])],
			*[[MEETING_ROW, *f] for f in filters["row"]],
		],
		fields=[
			"name as overleg",
			"gezin",
			"gezinsnaam",
			"voorzitter",
			*(f"`tab{MEETING_ROW}`.`{field}` as {field}" for field in ROW_FIELDS),
			f"`tab{MEETING_ROW}`.`wie_soort` as wie_soort",
		],
		limit=0,
	)
	for row in rows:
		row.wie = row.wie or _(row.wie_soort or "")
		row.zorgplan = None
	return rows


def _plan_owned(read, filters: dict) -> list[dict]:
	"""Agreements written in the plan itself, from each family's current plan only."""
	rows = read(
		"Zorgplan",
		filters=[
			["Zorgplan", "workflow_state", "in", [VASTGESTELD, CONCEPT]],
			*[["Zorgplan", *f] for f in filters.get("parent", [])],
			[PLAN_ROW, "overleg_afspraak", "is", "not set"],
			*[[PLAN_ROW, *f] for f in filters["row"]],
		],
		fields=[
			"name as zorgplan",
			"gezin",
			"gezinsnaam",
			"workflow_state",
			*(f"`tab{PLAN_ROW}`.`{field}` as {field}" for field in ROW_FIELDS),
		],
		limit=0,
	)
	adopted = {row.gezin for row in rows if row.workflow_state == VASTGESTELD}
	result = []
	for row in rows:
		if row.workflow_state == CONCEPT and row.gezin in adopted:
			continue  # the draft of a next version repeats the adopted plan's open agreements
		row.overleg = None
		row.voorzitter = None
		result.append(row)
	return result


def open_agreements(read, gezinnen=None, overdue_on=None, hulpverlener=None) -> list[dict]:
	"""Open agreements from their owners (read with ``read``: ``frappe.get_list`` for a user's
	view, ``frappe.get_all`` in jobs), optionally for some families, past a date, or of one
	professional. Each row: gezin, gezinsnaam, wat, wie, hulpverlener, wanneer, status, and the
	owning ``overleg`` (with its ``voorzitter``) or ``zorgplan``."""
	row_filters = [["status", "in", list(AFSPRAAK_OPEN)]]
	if overdue_on:
		row_filters.append(["wanneer", "<", overdue_on])
	if hulpverlener:
		row_filters.append(["hulpverlener", "=", hulpverlener])
	parent_filters = [["gezin", "in", list(gezinnen)]] if gezinnen is not None else []
	if gezinnen is not None and not gezinnen:
		return []
	filters = {"row": row_filters, "parent": parent_filters}
	rows = _meeting_owned(read, filters) + _plan_owned(read, filters)
	if read is not frappe.get_all:  # a user's view: rows about a child only with that part covered
		rows = _covered_rows_only(rows)
	return sorted(rows, key=lambda r: (r.wanneer, r.gezin, r.wat or ""))


def _covered_rows_only(rows: list) -> list:
	from basiszorg.permissions.rules import row_visible, visible_parts

	covered = {}
	result = []
	for row in rows:
		doctype = "Overleg" if row.overleg else "Zorgplan"
		key = (doctype, row.gezin)
		if key not in covered:
			covered[key] = visible_parts(doctype, row.gezin, frappe.session.user)
		if covered[key] is None or row_visible(row, "over_lid", covered[key]):
			result.append(row)
	return result


def count_open(gezin: str) -> int:
	return len(open_agreements(frappe.get_all, gezinnen=[gezin]))


def write_plan_changes_to_owners(plan) -> None:
	"""A status changed in the plan for an agreement owned by a meeting: change it there."""
	before = plan.get_doc_before_save()
	previous = {row.name: row.status for row in before.afspraken} if before else {}
	for row in plan.afspraken:
		if not row.overleg_afspraak or previous.get(row.name, row.status) == row.status:
			continue
		owner = frappe.db.get_value(MEETING_ROW, row.overleg_afspraak, ["parent", "status"], as_dict=True)
		if not owner or owner.status == row.status:
			continue
		frappe.db.set_value(MEETING_ROW, row.overleg_afspraak, "status", row.status)
		frappe.get_doc("Overleg", owner.parent).add_comment(
			"Info",
			_("Status van afspraak '{0}' gewijzigd in {1} (in zorgplan {2}).").format(
				(row.wat or "")[:80], _(row.status), plan.name
			),
		)


def show_owner_status(plan) -> None:
	"""Refresh the status of meeting-owned rows from their owners (for display and print)."""
	owned = [row.overleg_afspraak for row in plan.afspraken if row.overleg_afspraak]
	if not owned:
		return
	status = dict(
		frappe.get_all(MEETING_ROW, filters={"name": ["in", owned]}, fields=["name", "status"], as_list=True)
	)
	for row in plan.afspraken:
		if row.overleg_afspraak in status:
			row.status = status[row.overleg_afspraak]


def mirror_meeting_into_plan(meeting, plan) -> bool:
	"""List the meeting's agreements in the plan (added once, kept up to date, status included:
	the meeting owns it). Returns whether the plan changed."""
	from frappe.utils import getdate

	mirrored = {row.overleg_afspraak: row for row in plan.afspraken if row.overleg_afspraak}
	changed = False
	for agreement in meeting.afspraken:
		values = {
			"wat": agreement.wat,
			"voor_wie": agreement.voor_wie,
			"over_lid": agreement.over_lid,
			"wie": agreement.wie or _(agreement.wie_soort),
			"hulpverlener": agreement.hulpverlener,
			"wanneer": getdate(agreement.wanneer),
			"status": agreement.status,
			"overleg": meeting.name,
			"overleg_afspraak": agreement.name,
		}
		row = mirrored.get(agreement.name)
		if row is None:
			plan.append("afspraken", values)
			changed = True
		elif any((getdate(row.get(k)) if k == "wanneer" else row.get(k)) != v for k, v in values.items()):
			row.update(values)
			changed = True
	return changed
