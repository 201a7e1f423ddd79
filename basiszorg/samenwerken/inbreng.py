"""The minutes draft starts from the contributions: what professionals and the family sent before
the meeting is put into the meeting (never typed again), once, when the meeting is held or when
the coordinator asks for it.

- a contribution about a goal goes to that goal's evaluation row of the meeting (added when the
  meeting does not evaluate the goal yet), as "who: what they wrote";
- how it goes in general, and each topic, become agenda topics brought in by the writer.

A row made from a youngster's own contribution, or about a goal of one child, carries that
child's mark (``over_lid``), so the part rule keeps it closed where it was closed.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.samenwerken.eigen import INBRENG


def not_taken(meeting: str) -> list:
	"""Contributions to ``meeting`` not yet in its minutes, oldest first (read as the app: only
	after the caller's check that the user may change the meeting)."""
	names = frappe.get_all(
		INBRENG, filters={"overleg": meeting, "overgenomen": 0}, pluck="name", order_by="ingediend_op asc"
	)
	return [frappe.get_doc(INBRENG, name) for name in names]


def take_into_minutes(meeting) -> list[str]:
	"""Put the contributions not yet taken into ``meeting`` (a document being saved); returns their
	names, to be marked as taken once the meeting is saved (``mark_taken``)."""
	contributions = not_taken(meeting.name)
	if not contributions:
		return []
	evaluations = {row.doel_id: row for row in meeting.doelevaluaties}
	for contribution in contributions:
		who = contribution.door
		for goal in contribution.doelen:
			row = evaluations.get(goal.doel_id)
			if row is None:
				row = meeting.append(
					"doelevaluaties",
					{
						"doel_id": goal.doel_id,
						"doel": goal.doel,
						"over_lid": goal.over_lid,
						"status": "Bezig",
					},
				)
				evaluations[goal.doel_id] = row
			line = f"{who}: {goal.hoe_gaat_het}"
			row.evaluatie = f"{row.evaluatie}\n{line}" if row.evaluatie else line
		topics = []
		if contribution.algemeen:
			topics.append({"onderwerp": _("Hoe gaat het (inbreng)"), "toelichting": contribution.algemeen})
		topics += [{"onderwerp": p.onderwerp, "toelichting": p.toelichting} for p in contribution.punten]
		for topic in topics:
			meeting.append(
				"agendapunten",
				{
					**topic,
					"ingebracht_door": who,
					"van_gezin": int(bool(contribution.gezinslid)),
					"ingebracht_op": getdate(contribution.ingediend_op),
					"over_lid": contribution.over_lid,
				},
			)
	return [c.name for c in contributions]


def mark_taken(names: list[str]) -> None:
	for name in names:
		frappe.db.set_value(INBRENG, name, "overgenomen", 1, update_modified=False)


def for_the_form(meeting: str) -> list[dict]:
	"""The contributions to show in the meeting's form, read as the session user (the rules and the
	part rule decide what each reader sees)."""
	rows = frappe.get_list(
		INBRENG,
		filters={"overleg": meeting},
		fields=["name", "door", "ingediend_op", "algemeen", "overgenomen", "over_lid"],
		order_by="ingediend_op asc",
		limit=0,
	)
	result = []
	for row in rows:
		doc = frappe.get_doc(INBRENG, row.name)
		doc.apply_fieldlevel_read_permissions()
		result.append(
			{
				**row,
				"doelen": [{"doel": g.doel, "hoe_gaat_het": g.hoe_gaat_het} for g in doc.doelen],
				"punten": [{"onderwerp": p.onderwerp, "toelichting": p.toelichting} for p in doc.punten],
			}
		)
	return result
