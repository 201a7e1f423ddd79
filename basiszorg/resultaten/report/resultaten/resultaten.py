"""Resultaten: per quarter of closure, the share of closed families whose basic care improved from
the baseline to the last measurement, the average goal attainment, the share with draaglast above
draagkracht at the start and at closure, and the parents' judgement at closure; filters by
coordinator and period; a chart. Read through the permissions package (basiszorg.resultaten.closed)."""

import frappe
from frappe import _

from basiszorg.domain import resultaten as regels
from basiszorg.domain.afsluiting import OORDELEN
from basiszorg.resultaten import closed


def execute(filters=None):
	filters = frappe._dict(filters or {})
	rows = [q.als_rij() for q in regels.per_kwartaal(closed.families(filters))]
	for row in rows:
		for oordeel in OORDELEN:
			row.setdefault(f"oordeel_{oordeel}", 0)
	chart = {
		"data": {
			"labels": [r["kwartaal"] for r in rows],
			"datasets": [
				{"name": _("Basiszorg verbeterd (%)"), "values": [r["aandeel_verbeterd"] or 0 for r in rows]},
				{"name": _("Draaglast te hoog bij de start (%)"), "values": [r["te_zwaar_begin"] or 0 for r in rows]},
				{"name": _("Draaglast te hoog bij de afsluiting (%)"), "values": [r["te_zwaar_eind"] or 0 for r in rows]},
			],
		},
		"type": "bar",
	} if rows else None
	return columns(), rows, None, chart


def columns() -> list[dict]:
	return [
		{"fieldname": "kwartaal", "label": _("Kwartaal"), "fieldtype": "Data", "width": 100},
		{"fieldname": "afgesloten", "label": _("Afgesloten gezinnen"), "fieldtype": "Int", "width": 120},
		{"fieldname": "aandeel_verbeterd", "label": _("Basiszorg verbeterd (%)"), "fieldtype": "Percent", "width": 150},
		{"fieldname": "gemiddeld_doelbereik", "label": _("Gemiddeld doelbereik (-2 tot 2)"), "fieldtype": "Float", "precision": 2, "width": 170},
		{"fieldname": "te_zwaar_begin", "label": _("Draaglast > draagkracht bij de start (%)"), "fieldtype": "Percent", "width": 200},
		{"fieldname": "te_zwaar_eind", "label": _("Draaglast > draagkracht bij de afsluiting (%)"), "fieldtype": "Percent", "width": 220},
		*({"fieldname": f"oordeel_{o}", "label": _("Oordeel ouders: {0}").format(_(o)), "fieldtype": "Int", "width": 150} for o in OORDELEN),
	]
