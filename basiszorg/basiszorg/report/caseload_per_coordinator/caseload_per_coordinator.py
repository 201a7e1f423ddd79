# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""How many families each coordinator carries, per state, and how many contacts between meetings
they had with their running families (through frappe.get_list).

Counted in Python over the rows the session user may read (no SQL aggregate strings, which Frappe
v16 refuses in get_list)."""

from collections import Counter

import frappe
from frappe import _
from frappe.utils import get_fullname, getdate

from basiszorg.domain.traject import CASELOAD, LOPEND
from basiszorg.overdracht.vervanging import AFWEZIGHEID

STATES = CASELOAD


def contacts_per_coordinator(families) -> Counter:
	"""Contacts (Contactmoment) with the running families, per coordinator of the family."""
	coordinator_of = {f.name: f.coordinator or "" for f in families if f.workflow_state in LOPEND}
	if not coordinator_of or not frappe.has_permission("Contactmoment", "read"):
		return Counter()
	return Counter(
		coordinator_of[gezin]
		for gezin in frappe.get_list(
			"Contactmoment", filters={"gezin": ["in", list(coordinator_of)]}, pluck="gezin", limit=0
		)
	)


def stand_ins(coordinators: list[str]) -> dict:
	"""Today's absences as the report's columns: who stands in for whom (read with the user's
	permissions on absences: the committee sees the caseload, not the team's absences)."""
	if not frappe.has_permission(AFWEZIGHEID, "read"):
		return {}
	today = getdate()
	rows = frappe.get_list(
		AFWEZIGHEID,
		filters={"van": ["<=", today], "tot": [">=", today]},
		fields=["coordinator", "tot", "vervanger"],
		order_by="creation asc",
	)
	found = {}
	for row in rows:
		found.setdefault(row.coordinator, {}).update(
			{
				"vervanger": get_fullname(row.vervanger) if row.vervanger else _("niemand"),
				"afwezig_tot": row.tot,
			}
		)
		if row.vervanger:
			entry = found.setdefault(row.vervanger, {})
			entry["vervangt"] = ", ".join(
				filter(None, [entry.get("vervangt"), get_fullname(row.coordinator)])
			)
	return {c: found[c] for c in coordinators if c in found}


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	families = frappe.get_list(
		"Gezin",
		filters={"workflow_state": ["in", STATES]},
		fields=["name", "coordinator", "workflow_state"],
		limit=0,
	)
	counts = Counter((row.coordinator or "", row.workflow_state) for row in families)
	contacts = contacts_per_coordinator(families)
	per = {}
	for (coordinator, state), n in counts.items():
		per.setdefault(coordinator, dict.fromkeys(STATES, 0))[state] = n

	def running(values) -> int:
		return sum(values[state] for state in LOPEND)

	standing_in = stand_ins(list(per))
	rows = [
		{
			**standing_in.get(key, {}),
			"coordinator": key or None,
			"naam": get_fullname(key) if key else _("(geen coördinator)"),
			**values,
			"lopend": running(values),
			"contacten": contacts[key],
			"contacten_per_gezin": round(contacts[key] / running(values), 1) if running(values) else None,
		}
		for key, values in sorted(per.items(), key=lambda kv: -running(kv[1]))
	]
	columns = [
		{"fieldname": "naam", "label": _("Coördinator"), "fieldtype": "Data", "width": 200},
		{
			"fieldname": "coordinator",
			"label": _("Gebruiker"),
			"fieldtype": "Link",
			"options": "User",
			"width": 200,
		},
		*[{"fieldname": s, "label": _(s), "fieldtype": "Int", "width": 100} for s in STATES],
		{"fieldname": "lopend", "label": _("Lopende trajecten"), "fieldtype": "Int", "width": 130},
		{"fieldname": "vervanger", "label": _("Afwezig, vervangen door"), "fieldtype": "Data", "width": 180},
		{"fieldname": "afwezig_tot", "label": _("Afwezig tot en met"), "fieldtype": "Date", "width": 130},
		{"fieldname": "vervangt", "label": _("Vervangt"), "fieldtype": "Data", "width": 180},
		{"fieldname": "contacten", "label": _("Contactmomenten"), "fieldtype": "Int", "width": 130},
		{
			"fieldname": "contacten_per_gezin",
			"label": _("Contacten per lopend gezin"),
			"fieldtype": "Float",
			"width": 150,
		},
	]
	chart = {
		"data": {
			"labels": [r["naam"] for r in rows],
			"datasets": [{"name": _(s), "values": [r[s] for r in rows]} for s in STATES],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
	}
	return columns, rows, None, chart
