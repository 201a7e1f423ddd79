"""Daily reminders about meetings and agreements (scheduled in hooks.py).

- A family in intake or in an active traject whose last meeting *with the family* (a voorbespreking
  with professionals only does not count) is longer ago than the configured number of months, with
  none planned: the coordinator gets a notification (the Overleg achterstand report lists the same
  families, through ``families_without_meeting``). Without any meeting yet, the months count from
  the intake date.
- An agreement past its date and not done (read from its owner, see ``basiszorg.afspraken``):
  the meeting's chair, or the family's coordinator for an agreement written in the plan, gets a
  notification, and so does the responsible professional when they have a desk user and a
  consent that lets them read it.

Runs as the scheduler (Administrator); notifications carry only the record name and what is due.
Running twice on one day notifies nobody twice.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg import afspraken, instellingen
from basiszorg.domain import overleg as regels
from basiszorg.domain import traject
from basiszorg.permissions import rules


def run(today=None) -> dict:
	today = getdate(today)
	return {"overleg": remind_missing_meetings(today), "afspraken": remind_overdue_agreements(today)}


def families_without_meeting(read, today, months: int) -> list[dict]:
	"""Families in intake or an active traject whose last meeting with the family is more than
	``months`` ago, with none planned. ``read`` is ``frappe.get_list`` (a user's view) or
	``frappe.get_all`` (the daily job)."""
	families = read(
		"Gezin",
		filters={"workflow_state": ["in", list(traject.LOPEND)]},
		fields=["name", "gezinsnaam", "coordinator", "workflow_state", "intakedatum", "startdatum"],
		limit=0,
	)
	meetings = {}
	if families:
		for meeting in read(
			"Overleg",
			filters={"gezin": ["in", [f.name for f in families]], "type": ["in", list(regels.MET_GEZIN)]},
			fields=["gezin", "starts_on", "workflow_state"],
			limit=0,
		):
			meetings.setdefault(meeting.gezin, []).append(meeting)
	result = []
	for family in families:
		own = meetings.get(family.name, [])
		held = max(
			(getdate(m.starts_on) for m in own if m.workflow_state in regels.GEHOUDEN_STATUSSEN), default=None
		)
		planned = max((getdate(m.starts_on) for m in own if m.workflow_state == regels.GEPLAND), default=None)
		since = getdate(family.intakedatum) if family.intakedatum else None
		if regels.overleg_achterstallig(held, planned, today, months, since):
			family.laatste_overleg = held
			result.append(family)
	return result


def _notify(user: str, subject: str, doctype: str, name: str) -> bool:
	"""One system notification per receiver, record and subject a day; while the coordinator is
	away, their stand-in receives it as well (``basiszorg.overdracht.vervanging``)."""
	from basiszorg.overdracht.vervanging import ontvangers

	sent = False
	for receiver in ontvangers(user):
		sent = _notify_one(receiver, subject, doctype, name) or sent
	return sent


def _notify_one(user: str, subject: str, doctype: str, name: str) -> bool:
	if not user or frappe.db.exists(
		"Notification Log",
		{
			"for_user": user,
			"document_type": doctype,
			"document_name": name,
			"subject": subject,
			"creation": [">=", getdate()],
		},
	):
		return False
	frappe.get_doc(
		{
			"doctype": "Notification Log",
			"for_user": user,
			"type": "Alert",
			"document_type": doctype,
			"document_name": name,
			"subject": subject,
			"from_user": "Administrator",
		}
	).insert(ignore_permissions=True)
	return True


def remind_missing_meetings(today) -> int:
	months = instellingen.normen().signaal_geen_overleg_maanden
	sent = 0
	for family in families_without_meeting(frappe.get_all, today, months):
		subject = _(
			"Gezin {0}: al meer dan {1} maanden geen overleg met het gezin, en geen overleg gepland"
		).format(family.name, months)
		sent += _notify(family.coordinator, subject, "Gezin", family.name)
	return sent


def remind_overdue_agreements(today) -> int:
	sent = 0
	rows = afspraken.open_agreements(frappe.get_all, overdue_on=today)
	coordinators = dict(
		frappe.get_all(
			"Gezin",
			filters={"name": ["in", list({r.gezin for r in rows})]},
			fields=["name", "coordinator"],
			as_list=True,
		)
		if rows
		else []
	)
	for row in rows:
		doctype, name = ("Overleg", row.overleg) if row.overleg else ("Zorgplan", row.zorgplan)
		subject = _("Afspraak over datum ({0}): {1}").format(
			frappe.format(row.wanneer, {"fieldtype": "Date"}), (row.wat or "")[:80]
		)
		sent += _notify(row.voorzitter or coordinators.get(row.gezin), subject, doctype, name)
		user = frappe.db.get_value("Hulpverlener", row.hulpverlener, "user") if row.hulpverlener else None
		if user and rules.may(doctype, name, user, "read"):
			sent += _notify(user, subject, doctype, name)
	return sent
