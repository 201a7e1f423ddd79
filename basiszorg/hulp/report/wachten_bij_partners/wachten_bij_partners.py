"""Wachten bij partners: per organisation and kind of offer, how many families wait now, the median
and longest waiting time, the share refused and why, over a period (requests asked in it): the
figures a bureau brings to the municipality's table. Read as the session user through the
permissions package: a professional counts only the families their consent covers today."""

import frappe
from frappe import _
from frappe.utils import add_months, getdate

from basiszorg.domain import hulpaanvraag as regels
from basiszorg.permissions.registry import HULPAANVRAAG


def execute(filters=None):
	filters = frappe._dict(filters or {})
	today = getdate()
	van = getdate(filters.van) if filters.van else add_months(today, -12)
	tot = getdate(filters.tot) if filters.tot else today
	if van > tot:
		frappe.throw(_("'Van' ligt na 'tot'."), title=_("Wachten bij partners"))
	conditions = [["aangevraagd_op", ">=", van], ["aangevraagd_op", "<=", tot]]
	if filters.zorgorganisatie:
		conditions.append(["zorgorganisatie", "=", filters.zorgorganisatie])
	rows = frappe.get_list(
		HULPAANVRAAG,
		filters=conditions,
		fields=[
			"zorgorganisatie as organisatie",
			"soort",
			"workflow_state as status",
			"aangevraagd_op",
			"gestart_op",
			"geweigerd_op",
			"beeindigd_op",
			"weigerreden",
		],
		limit=0,
	)
	lines = regels.wachten_bij_partners(rows, today)
	data = [
		{
			"organisatie": r.organisatie,
			"soort": _(r.soort) if r.soort else "",
			"aanvragen": r.aanvragen,
			"wachten_nu": r.wachten_nu,
			"mediaan_dagen": r.mediaan_dagen,
			"langste_dagen": r.langste_dagen,
			"gestart": r.gestart,
			"geweigerd": r.geweigerd,
			"aandeel_geweigerd": round(100 * r.aandeel_geweigerd, 1) if r.aandeel_geweigerd is not None else None,
			"redenen": "; ".join(f"{_(reden)}: {n}" for reden, n in r.redenen.items()),
		}
		for r in lines
	]
	chart = {
		"data": {
			"labels": [f"{d['organisatie']} ({d['soort']})" for d in data],
			"datasets": [
				{"name": _("Wachten nu"), "values": [d["wachten_nu"] for d in data]},
				{"name": _("Mediaan wachttijd (dagen)"), "values": [d["mediaan_dagen"] or 0 for d in data]},
			],
		},
		"type": "bar",
	} if data else None
	return columns(), data, None, chart


def columns() -> list[dict]:
	return [
		{"fieldname": "organisatie", "label": _("Organisatie"), "fieldtype": "Link", "options": "Zorgorganisatie", "width": 200},
		{"fieldname": "soort", "label": _("Soort aanbod"), "fieldtype": "Data", "width": 190},
		{"fieldname": "aanvragen", "label": _("Aanvragen"), "fieldtype": "Int", "width": 95},
		{"fieldname": "wachten_nu", "label": _("Wachten nu"), "fieldtype": "Int", "width": 100},
		{"fieldname": "mediaan_dagen", "label": _("Mediaan wachttijd (dagen)"), "fieldtype": "Float", "precision": 1, "width": 130},
		{"fieldname": "langste_dagen", "label": _("Langste wachttijd (dagen)"), "fieldtype": "Int", "width": 130},
		{"fieldname": "gestart", "label": _("Gestart"), "fieldtype": "Int", "width": 80},
		{"fieldname": "geweigerd", "label": _("Geweigerd"), "fieldtype": "Int", "width": 90},
		{"fieldname": "aandeel_geweigerd", "label": _("Geweigerd (% van besloten)"), "fieldtype": "Percent", "width": 130},
		{"fieldname": "redenen", "label": _("Redenen van weigering"), "fieldtype": "Data", "width": 300},
	]
