"""Daily reminders about meetings and agreements (scheduled in hooks.py).

- A family in an active traject whose last meeting is longer ago than the configured number of
  months, with none planned: the coordinator gets a notification.
- An agreement past its date and not done: the meeting's chair gets a notification, and so does
  the responsible professional when they have a desk user and a consent that lets them read it.

Runs as the scheduler (Administrator); notifications carry only the record name and what is due.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain import overleg as regels
from basiszorg.permissions.access import may_access

HELD = ("Gehouden", "Verslag concept", "Verslag verzonden")
OPEN = ("Open", "Loopt")


def run(today=None) -> dict:
	today = getdate(today)
	return {"overleg": remind_missing_meetings(today), "afspraken": remind_overdue_agreements(today)}


def _notify(user: str, subject: str, doctype: str, name: str) -> bool:
	"""One system notification per user, record and subject a day."""
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
	months = frappe.db.get_single_value("Basiszorg Instellingen", "signaal_geen_overleg_maanden") or 3
	sent = 0
	for family in frappe.get_all(
		"Gezin", filters={"workflow_state": "Actief"}, fields=["name", "coordinator"]
	):
		meetings = frappe.get_all(
			"Overleg", filters={"gezin": family.name}, fields=["starts_on", "workflow_state"]
		)
		held = [getdate(m.starts_on) for m in meetings if m.workflow_state in HELD]
		planned = [getdate(m.starts_on) for m in meetings if m.workflow_state == "Gepland"]
		if regels.overleg_achterstallig(max(held, default=None), max(planned, default=None), today, months):
			subject = _("Gezin {0}: al meer dan {1} maanden geen overleg, en geen overleg gepland").format(
				family.name, months
			)
			sent += _notify(family.coordinator, subject, "Gezin", family.name)
	return sent


def remind_overdue_agreements(today) -> int:
	sent = 0
	rows = frappe.get_all(
		"Overleg Afspraak",
		filters={"status": ["in", OPEN], "wanneer": ["<", today]},
		fields=["parent", "wat", "wanneer", "hulpverlener"],
	)
	for row in rows:
		meeting = frappe.db.get_value("Overleg", row.parent, ["gezin", "voorzitter"], as_dict=True)
		subject = _("Afspraak over datum ({0}): {1}").format(
			frappe.format(row.wanneer, {"fieldtype": "Date"}), row.wat[:80]
		)
		sent += _notify(meeting.voorzitter, subject, "Overleg", row.parent)
		user = frappe.db.get_value("Hulpverlener", row.hulpverlener, "user") if row.hulpverlener else None
		if user and may_access(user, "Overleg", meeting.gezin, "read"):
			sent += _notify(user, subject, "Overleg", row.parent)
	return sent
