"""Intake steps on the site: the bureau's list in Basiszorg Instellingen, copied onto a family when
it enters Intake, dated and signed per step, and ticked off when a meeting is planned.

Why a child table of configurable steps and not Frappe's ToDo/assignments: the steps belong to the
family's file (they are exported with it, purged with it and read under the same consent rules,
because a child table follows its Gezin in ``basiszorg.permissions.registry``), they show in one
place on the Gezin with their date and who did them, and an administrator changes the list in
Basiszorg Instellingen without code. A ToDo is a task of one user: it carries the family's name
outside the family's record rules, it is not part of the file, and its "done" says nothing about
when the step happened.
"""

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime

from basiszorg import instellingen
from basiszorg.domain import intake as regels
from basiszorg.domain import overleg as overleg_regels

SETTINGS_TABLE = "intakestappen"
STEP_FIELDS = ("stap", "toelichting", "nodig_voor_start", "koppeling")
FAMILY_STEP = "Gezin Intakestap"


def ensure_default_steps() -> None:
	"""Store the default steps (seed 001) when the bureau has no list yet (install and upgrade)."""
	instellingen.ensure_defaults()  # an upgraded site may not have the norms of this version yet
	settings = frappe.get_single(instellingen.SETTINGS)
	if settings.get(SETTINGS_TABLE):
		return
	for step in regels.STANDAARD_STAPPEN:
		settings.append(SETTINGS_TABLE, {field: step.get(field) for field in STEP_FIELDS})
	settings.save(ignore_permissions=True)


def steps_for_a_new_intake() -> list[dict]:
	return [
		{field: row.get(field) for field in STEP_FIELDS} for row in instellingen.get().get(SETTINGS_TABLE)
	]


def koppeling_for(meeting_type: str) -> str:
	if meeting_type == overleg_regels.VOORBESPREKING:
		return regels.KOPPELING_VOORBESPREKING
	return regels.KOPPELING_OVERLEG if meeting_type in overleg_regels.MET_GEZIN else ""


def tick_off_for_meeting(meeting) -> list[str]:
	"""A meeting was planned: tick off the family's open steps that stand for it (today, by the
	planner). Written to the rows directly, so an unrelated problem in the family record never
	blocks planning; the family's timestamp moves, so an open form reloads before it saves."""
	koppeling = koppeling_for(meeting.type)
	rows = frappe.get_all(
		FAMILY_STEP,
		filters={"parent": meeting.gezin, "parenttype": "Gezin"},
		fields=["name", "stap", "koppeling", "gedaan_op"],
		order_by="idx",
	)
	ticked = []
	for row in regels.af_te_vinken(rows, koppeling) if koppeling else []:
		frappe.db.set_value(
			FAMILY_STEP,
			row.name,
			{
				"gedaan_op": getdate(),
				"gedaan_door": frappe.session.user,
				"notitie": _("{0} gepland op {1}").format(
					meeting.name, frappe.format(meeting.starts_on, {"fieldtype": "Datetime"})
				),
			},
		)
		ticked.append(row.stap)
	if ticked:
		frappe.db.set_value("Gezin", meeting.gezin, "modified", now_datetime(), update_modified=False)
		frappe.get_doc("Gezin", meeting.gezin).add_comment(
			"Info", _("Intakestap afgevinkt: {0} ({1}).").format(", ".join(ticked), meeting.name)
		)
	return ticked
