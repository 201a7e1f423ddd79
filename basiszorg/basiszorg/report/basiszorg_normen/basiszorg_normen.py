# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""The bureau's norms per quarter, traject duration and closure reasons (through frappe.get_list)."""

from collections import Counter

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain.kpi import bereken, kwartaal
from basiszorg.domain.overleg import GEHOUDEN_STATUSSEN, MET_GEZIN
from basiszorg.domain.traject import AFGESLOTEN

DATE_FIELDS = (
	"aanmelddatum",
	"besluitdatum",
	"verwijzer_geinformeerd_op",
	"wachtlijst_datum",
	"intakedatum",
	"startdatum",
	"afsluitdatum",
)


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	normen = instellingen.normen()
	families = frappe.get_list(
		"Gezin", fields=["name", "afsluitreden", "oordeel_ouders", *DATE_FIELDS], limit=0
	)
	for family in families:
		for field in DATE_FIELDS:
			family[field] = getdate(family[field]) if family.get(field) else None
	closed = [f.name for f in families if f.afsluitdatum]
	meetings = (
		Counter(
			frappe.get_list(
				"Overleg",
				filters={
					"gezin": ["in", closed],
					"workflow_state": ["in", GEHOUDEN_STATUSSEN],
					"type": ["in", list(MET_GEZIN)],
				},
				pluck="gezin",
				limit=0,
			)
		)
		if closed
		else {}
	)
	quarters = bereken(
		families,
		meetings,
		normen.beslistermijn_dagen,
		normen.max_wachtweken,
		normen.max_trajectduur_maanden,
		getdate(),
		goal_judgements(closed),
		network_growth(closed),
	)
	reasons = {}
	for family in families:
		if family.afsluitdatum and family.afsluitreden:
			key = (kwartaal(family.afsluitdatum), family.afsluitreden)
			reasons[key] = reasons.get(key, 0) + 1
	rows = []
	for q in quarters:
		row = {
			"kwartaal": q.kwartaal,
			"terugkoppelingen": q.terugkoppelingen,
			"pct_verwijzer": q.pct_verwijzer_op_tijd,
			"starts": q.starts,
			"pct_start": q.pct_start_binnen_12_weken,
			"afgesloten": q.afgesloten,
			"pct_afgesloten": q.pct_afgesloten_binnen_12_maanden,
			"gem_duur": q.gem_trajectduur_dagen,
			"gem_overleggen": q.gem_overleggen_per_gezin,
			"oordelen": q.oordelen,
			"pct_tevreden": q.pct_ouders_tevreden,
			"pct_doelen_bereikt": q.pct_doelen_bereikt,
			"pct_doelen_deels": q.pct_doelen_deels,
			"netwerk_vergeleken": q.netwerk_vergeleken,
			"pct_netwerk_gegroeid": q.pct_netwerk_gegroeid,
			"redenen": ", ".join(f"{_(r)}: {n}" for (k, r), n in sorted(reasons.items()) if k == q.kwartaal),
		}
		rows.append(row)
	return columns(normen), rows, None, chart(rows, normen), summary(rows, normen)


def goal_judgements(closed: list[str]) -> dict:
	"""The parents' "reached" per goal of the closed families, read from the child table itself as
	the session user (its own rules apply, a youngster's part included)."""
	per: dict[str, list] = {}
	if closed:
		for row in frappe.get_list(
			"Gezin Doeloordeel",
			parent_doctype="Gezin",
			filters={"parent": ["in", closed], "parenttype": "Gezin"},
			fields=["parent", "bereikt"],
			limit=0,
		):
			if row.bereikt:
				per.setdefault(row.parent, []).append(row.bereikt)
	return per


def network_growth(closed: list[str]) -> dict:
	"""Per closed family with a kept network map: whether its informal network grew."""
	from basiszorg.netwerk.kaart import growth

	return growth(closed)


def labels(normen) -> dict:
	return {
		"pct_verwijzer": _("Verwijzer binnen {0} dagen geïnformeerd").format(normen.beslistermijn_dagen),
		"pct_start": _("Start binnen {0} weken").format(normen.max_wachtweken),
		"pct_afgesloten": _("Afgesloten binnen {0} maanden").format(normen.max_trajectduur_maanden),
	}


def columns(normen):
	pct = {"fieldtype": "Percent", "width": 130}
	label = labels(normen)
	return [
		{"fieldname": "kwartaal", "label": _("Kwartaal"), "fieldtype": "Data", "width": 90},
		{
			"fieldname": "terugkoppelingen",
			"label": _("Verwijzer geïnformeerd"),
			"fieldtype": "Int",
			"width": 110,
		},
		{"fieldname": "pct_verwijzer", "label": label["pct_verwijzer"], **pct},
		{"fieldname": "starts", "label": _("Gestart"), "fieldtype": "Int", "width": 80},
		{"fieldname": "pct_start", "label": label["pct_start"], **pct},
		{"fieldname": "afgesloten", "label": _(AFGESLOTEN), "fieldtype": "Int", "width": 90},
		{"fieldname": "pct_afgesloten", "label": label["pct_afgesloten"], **pct},
		{"fieldname": "gem_duur", "label": _("Gem. trajectduur (dagen)"), "fieldtype": "Int", "width": 120},
		{
			"fieldname": "gem_overleggen",
			"label": _("Gem. overleggen per gezin"),
			"fieldtype": "Float",
			"width": 120,
		},
		{"fieldname": "oordelen", "label": _("Oordeel ouders gegeven"), "fieldtype": "Int", "width": 120},
		{"fieldname": "pct_tevreden", "label": _("Ouders tevreden"), **pct},
		{"fieldname": "pct_doelen_bereikt", "label": _("Doelen bereikt volgens ouders"), **pct},
		{"fieldname": "pct_doelen_deels", "label": _("Doelen deels bereikt volgens ouders"), **pct},
		{
			"fieldname": "netwerk_vergeleken",
			"label": _("Netwerkkaart vergeleken"),
			"fieldtype": "Int",
			"width": 110,
		},
		{"fieldname": "pct_netwerk_gegroeid", "label": _("Informeel netwerk gegroeid"), **pct},
		{"fieldname": "redenen", "label": _("Afsluitredenen"), "fieldtype": "Data", "width": 320},
	]


def chart(rows, normen):
	recent = rows[-8:]
	return {
		"data": {
			"labels": [r["kwartaal"] for r in recent],
			"datasets": [
				{"name": name, "values": [r[field] or 0 for r in recent]}
				for field, name in labels(normen).items()
			],
		},
		"type": "line",
	}


def summary(rows, normen):
	if not rows:
		return []
	last = rows[-1]
	label = labels(normen)
	indicators = {"pct_verwijzer": "Blue", "pct_start": "Orange", "pct_afgesloten": "Green"}
	cards = [
		{
			"label": label[field] + (f" ({last['kwartaal']})" if field == "pct_verwijzer" else ""),
			"value": last[field] or 0,
			"datatype": "Percent",
			"indicator": indicator,
		}
		for field, indicator in indicators.items()
	]
	cards += _latest_quarter_with(rows, "oordelen", "pct_tevreden", _("Ouders tevreden ({0})"))
	cards += _latest_quarter_with(
		rows, "netwerk_vergeleken", "pct_netwerk_gegroeid", _("Informeel netwerk gegroeid ({0})")
	)
	return cards


def _latest_quarter_with(rows, counted: str, share: str, label: str) -> list[dict]:
	"""A card of ``share`` in the latest quarter where ``counted`` is not zero (none without one)."""
	quarters = [r for r in rows if r[counted]]
	if not quarters:
		return []
	latest = quarters[-1]
	return [
		{
			"label": label.format(latest["kwartaal"]),
			"value": latest[share] or 0,
			"datatype": "Percent",
			"indicator": "Green",
		}
	]
