"""Resultaten voor de gemeente: the anonymised export for the municipality (export it as CSV from
the report): per month of closure only counts and shares, no names, no BSN, no dates finer than a
month, and every row of fewer than five families suppressed (``domain.resultaten.onderdruk``)."""

import frappe
from frappe import _

from basiszorg.domain import resultaten as regels
from basiszorg.domain.afsluiting import TEVREDEN
from basiszorg.resultaten import closed

FIGURES = ("aandeel_verbeterd", "gemiddeld_doelbereik", "te_zwaar_begin", "te_zwaar_eind", "aandeel_tevreden")


def execute(filters=None):
	filters = frappe._dict(filters or {})
	per_month: dict[str, list] = {}
	for family in closed.families(filters):
		per_month.setdefault(regels.maand(family["afsluitdatum"]), []).append(family)
	rows = []
	for month in sorted(per_month):
		group = per_month[month]
		(figures,) = regels.per_kwartaal(group) or (None,)
		row = figures.als_rij() if figures else {}
		with_judgement = [f for f in group if f.get("oordeel")]
		rows.append(
			{
				"maand": month,
				"gezinnen": len(group),
				**{k: row.get(k) for k in FIGURES[:-1]},
				"aandeel_tevreden": round(100.0 * sum(1 for f in with_judgement if f["oordeel"] == TEVREDEN) / len(with_judgement), 1)
				if with_judgement
				else None,
			}
		)
	return columns(), regels.onderdruk(rows, "gezinnen", FIGURES)


def columns() -> list[dict]:
	return [
		{"fieldname": "maand", "label": _("Maand van afsluiting"), "fieldtype": "Data", "width": 140},
		{"fieldname": "gezinnen", "label": _("Gezinnen (leeg: minder dan 5)"), "fieldtype": "Int", "width": 170},
		{"fieldname": "aandeel_verbeterd", "label": _("Basiszorg verbeterd (%)"), "fieldtype": "Percent", "width": 150},
		{"fieldname": "gemiddeld_doelbereik", "label": _("Gemiddeld doelbereik"), "fieldtype": "Float", "precision": 2, "width": 150},
		{"fieldname": "te_zwaar_begin", "label": _("Draaglast > draagkracht bij de start (%)"), "fieldtype": "Percent", "width": 200},
		{"fieldname": "te_zwaar_eind", "label": _("Draaglast > draagkracht bij de afsluiting (%)"), "fieldtype": "Percent", "width": 220},
		{"fieldname": "aandeel_tevreden", "label": _("Ouders tevreden (%)"), "fieldtype": "Percent", "width": 140},
	]
