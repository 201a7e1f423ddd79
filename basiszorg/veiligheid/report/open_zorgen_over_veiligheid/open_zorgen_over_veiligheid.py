# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""The open records of the meldcode with their step and age, the longest in its step first; a step
open longer than the bureau's norm is marked. Read through the record rules as the session user
(coordinators and the meldcode officer; nobody else has the report or the doctype)."""

import frappe
from frappe import _
from frappe.utils import date_diff, getdate

from basiszorg import instellingen
from basiszorg.domain import meldcode
from basiszorg.permissions.registry import MELDCODE

FIELDS = [
	"name",
	"gezin",
	"gezinsnaam",
	"coordinator",
	"workflow_state",
	"stap_sinds",
	"geopend_op",
	"melding_op",
	"niet_informeren",
]


def _link_or_text(fieldname: str, label: str, doctype: str, width: int) -> dict:
	"""A link for whoever may open its doctype (a coordinator); text for the meldcode officer, who
	reads these records but not the family's file (Frappe checks every linked doctype of a report)."""
	linked = frappe.has_permission(doctype, "read")
	return {
		"fieldname": fieldname,
		"label": label,
		"fieldtype": "Link" if linked else "Data",
		**({"options": doctype} if linked else {}),
		"width": width,
	}


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	filters = frappe._dict(filters or {})
	today = getdate()
	days = instellingen.normen().meldcode_stap_signaal_dagen
	conditions = {"workflow_state": ["in", list(meldcode.OPEN)]}
	if filters.coordinator:
		conditions["coordinator"] = filters.coordinator
	rows = []
	for record in frappe.get_list(MELDCODE, filters=conditions, fields=FIELDS, limit=0):
		since = getdate(record.stap_sinds) if record.stap_sinds else None
		nummer = meldcode.stapnummer(record.workflow_state)
		rows.append(
			{
				"zorg": record.name,
				"gezin": record.gezin,
				"gezinsnaam": record.gezinsnaam,
				"coordinator": record.coordinator,
				"stap": nummer,
				"wat": _(meldcode.STAP_TITELS[nummer - 1]),
				"stap_sinds": since,
				"dagen_in_stap": meldcode.dagen_in_stap(since, today),
				"te_lang": int(meldcode.stap_te_lang_open(record.workflow_state, since, today, days)),
				"geopend_op": record.geopend_op,
				"dagen_open": date_diff(today, record.geopend_op) if record.geopend_op else None,
				"melding_op": record.melding_op,
				"niet_informeren": record.niet_informeren,
			}
		)
	rows.sort(key=lambda r: -(r["dagen_in_stap"] or 0))
	columns = [
		{"fieldname": "zorg", "label": _("Zorg"), "fieldtype": "Link", "options": MELDCODE, "width": 130},
		_link_or_text("gezin", _("Gezin"), "Gezin", 130),
		{"fieldname": "gezinsnaam", "label": _("Gezinsnaam"), "fieldtype": "Data", "width": 150},
		_link_or_text("coordinator", _("Coördinator"), "User", 170),
		{"fieldname": "stap", "label": _("Stap"), "fieldtype": "Int", "width": 60},
		{"fieldname": "wat", "label": _("Wat"), "fieldtype": "Data", "width": 260},
		{"fieldname": "stap_sinds", "label": _("In deze stap sinds"), "fieldtype": "Date", "width": 120},
		{"fieldname": "dagen_in_stap", "label": _("Dagen in deze stap"), "fieldtype": "Int", "width": 110},
		{"fieldname": "te_lang", "label": _("Langer dan de norm"), "fieldtype": "Check", "width": 100},
		{"fieldname": "geopend_op", "label": _("Geopend op"), "fieldtype": "Date", "width": 110},
		{"fieldname": "dagen_open", "label": _("Dagen open"), "fieldtype": "Int", "width": 90},
		{"fieldname": "melding_op", "label": _("Gemeld bij Veilig Thuis"), "fieldtype": "Date", "width": 120},
		{
			"fieldname": "niet_informeren",
			"label": _("Gezin nog niet informeren"),
			"fieldtype": "Check",
			"width": 100,
		},
	]
	message = _("Open zorgen over veiligheid. Een stap die langer dan {0} dagen open staat, is rood.").format(
		days
	)
	return columns, rows, message
