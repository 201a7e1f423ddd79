# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Wachtlijst: families waiting for coordination, or registrations waiting for the committee (and
decided ones whose referrer has not been informed yet: the two weeks run until then).

Rows are read with ``frappe.get_list`` as the session user, so the report shows exactly the
families that user may see in the Gezin list.
"""

from datetime import date

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain import traject, wachtlijst
from basiszorg.domain.normen import Normen


def week_buckets(normen: Normen) -> tuple:
	"""Waiting weeks in five bands: three thirds up to the signal, the signal band, past the limit
	(for 12 weeks and a signal two weeks before: 0-3, 4-7, 8-9, 10-12, > 12)."""
	limit = normen.max_wachtweken
	third = max(limit // 3, 1)
	signal = limit - normen.signaal_wachtlijst_dagen // 7
	edges = ((0, third - 1), (third, 2 * third - 1), (2 * third, signal - 1), (signal, limit))
	return (*((low, high, f"{low}-{high}") for low, high in edges), (limit + 1, 10**6, f"> {limit}"))


@frappe.read_only()  # safe on a read replica (site config read_from_replica): it only reads
def execute(filters=None):
	filters = frappe._dict(filters or {})
	today = getdate(filters.get("peildatum") or None)
	normen = instellingen.normen()
	if filters.get("modus") == wachtlijst.MODUS_COMMISSIE:
		rows = committee_rows(filters, today, normen)
		return (
			committee_columns(normen),
			rows,
			None,
			committee_chart(rows, normen),
			committee_summary(rows),
		)
	rows = waitlist_rows(filters, today, normen)
	return waitlist_columns(normen), rows, None, waitlist_chart(rows, normen), waitlist_summary(rows, normen)


def _list_filters(filters, states) -> dict:
	result = {"workflow_state": ["in", states]}
	for fieldname in ("coordinator", "verwijzer_organisatie"):
		if filters.get(fieldname):
			result[fieldname] = filters[fieldname]
	if filters.get("prioriteit") in ("Ja", "Nee"):
		result["prioriteit"] = 1 if filters.prioriteit == "Ja" else 0
	return result


def waitlist_rows(filters, today, normen: Normen) -> list[dict]:
	families = frappe.get_list(
		"Gezin",
		filters=_list_filters(filters, [traject.WACHTLIJST]),
		fields=[
			"name",
			"gezinsnaam",
			"coordinator",
			"wachtlijst_datum",
			"prioriteit",
			"prioriteit_reden",
			"uiterste_startdatum",
			"verwachte_startdatum",
			"verwijzer_organisatie",
		],
		# the index on (state, waitlist date) hands the rows over nearly in the waitlist's order
		order_by="wachtlijst_datum asc, name asc",
		limit=0,
	)
	voorrang_te_laat = bool(normen.te_laat_voor_voorrang)
	order = {}
	for family in families:
		sinds = family.wachtlijst_datum
		sinds = sinds if type(sinds) is date else getdate(sinds)  # the database gives dates already
		plek = wachtlijst.wachtplek(
			bool(family.prioriteit), sinds, family.name, today, normen.max_wachtweken, voorrang_te_laat
		)
		family.wachtweken, family.weken_tot_limiet = plek.wachtweken, plek.weken_tot_limiet
		family.te_laat = int(plek.te_laat)
		order[family.name] = plek.sleutel
	families.sort(key=lambda f: order[f.name])
	for position, family in enumerate(families, start=1):
		family.positie = position
	return families


def committee_rows(filters, today, normen: Normen) -> list[dict]:
	families = frappe.get_list(
		"Gezin",
		filters={
			**_list_filters(filters, list(traject.VERWIJZER_INFORMEREN)),
			"verwijzer_geinformeerd_op": ["is", "not set"],
		},
		fields=[
			"name",
			"gezinsnaam",
			"workflow_state",
			"coordinator",
			"aanmelddatum",
			"beslistermijn",
			"komt_in_aanmerking",
			"verwijzer_organisatie",
			"prioriteit",
		],
		order_by="beslistermijn asc, name asc",
		limit=0,
	)
	for family in families:
		family.dagen_tot_besluit = wachtlijst.dagen_tot_beslistermijn(
			getdate(family.aanmelddatum), today, normen.beslistermijn_dagen
		)
		family.te_laat = int(family.dagen_tot_besluit < 0)
	return families


def _col(fieldname: str, label: str, fieldtype: str, width: int, options: str | None = None) -> dict:
	column = {"fieldname": fieldname, "label": label, "fieldtype": fieldtype, "width": width}
	if options:
		column["options"] = options
	return column


def _family_columns() -> list[dict]:
	return [_col("name", _("Gezin"), "Link", 130, "Gezin"), _col("gezinsnaam", _("Gezinsnaam"), "Data", 160)]


def _responsible_columns() -> list[dict]:
	return [
		_col("coordinator", _("Coördinator"), "Link", 160, "User"),
		_col("verwijzer_organisatie", _("Organisatie verwijzer"), "Link", 170, "Zorgorganisatie"),
	]


def waitlist_columns(normen: Normen) -> list[dict]:
	return [
		_col("positie", _("Positie"), "Int", 70),
		*_family_columns(),
		_col("prioriteit", _("Voorrang"), "Check", 80),
		_col("prioriteit_reden", _("Reden voorrang"), "Data", 180),
		_col("wachtlijst_datum", _("Op wachtlijst sinds"), "Date", 120),
		_col("wachtweken", _("Wachtweken"), "Int", 100),
		_col("weken_tot_limiet", _("Weken tot {0}-wekengrens").format(normen.max_wachtweken), "Int", 120),
		_col("te_laat", _("Over de grens"), "Check", 90),
		_col("uiterste_startdatum", _("Uiterlijk starten op"), "Date", 120),
		_col("verwachte_startdatum", _("Verwachte start"), "Date", 110),
		*_responsible_columns(),
	]


def committee_columns(normen: Normen) -> list[dict]:
	return [
		*_family_columns(),
		_col("workflow_state", _("Status"), "Data", 110),
		_col("aanmelddatum", _("Aanmelddatum"), "Date", 110),
		_col("beslistermijn", _("Verwijzer informeren uiterlijk op"), "Date", 130),
		_col(
			"dagen_tot_besluit",
			_("Dagen over van de {0} dagen").format(normen.beslistermijn_dagen),
			"Int",
			130,
		),
		_col("te_laat", _("Termijn overschreden"), "Check", 110),
		_col("komt_in_aanmerking", _("Voldoet aan criteria"), "Check", 110),
		_col("prioriteit", _("Voorrang"), "Check", 80),
		*_responsible_columns(),
	]


def waitlist_chart(rows, normen: Normen) -> dict:
	buckets = week_buckets(normen)
	labels = [label for _low, _high, label in buckets]
	counts = {1: [0] * len(buckets), 0: [0] * len(buckets)}
	last = buckets[-1][0]  # every week from here on is in the last band
	band_of = {
		week: next((i for i, (low, high, _label) in enumerate(buckets) if low <= week <= high), None)
		for week in range(last + 1)
	}
	for row in rows:  # one pass over the rows, however long the waitlist
		band = band_of.get(min(row.wachtweken, last))
		if band is not None:
			counts[1 if row.prioriteit else 0][band] += 1

	return {
		"data": {
			"labels": labels,
			"datasets": [
				{"name": _("Voorrang"), "values": counts[1]},
				{"name": _("Regulier"), "values": counts[0]},
			],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
		"colors": ["#e24c4c", "#5e64ff"],
		"title": _("Gezinnen per aantal wachtweken"),
	}


def committee_chart(rows, normen: Normen) -> dict:
	signal = normen.signaal_beslistermijn_dagen
	labels = [
		_("Termijn overschreden"),
		_("Nog 0-{0} dagen").format(signal),
		_("Nog {0} of meer dagen").format(signal + 1),
	]
	values = [
		sum(1 for r in rows if r.dagen_tot_besluit < 0),
		sum(1 for r in rows if 0 <= r.dagen_tot_besluit <= signal),
		sum(1 for r in rows if r.dagen_tot_besluit > signal),
	]
	return {
		"data": {"labels": labels, "datasets": [{"name": _("Aanmeldingen"), "values": values}]},
		"type": "bar",
		"colors": ["#e24c4c"],
	}


def waitlist_summary(rows, normen: Normen) -> list[dict]:
	priority = late = 0
	for row in rows:
		priority += 1 if row.prioriteit else 0
		late += row.te_laat
	return [
		{"label": _("Op de wachtlijst"), "value": len(rows), "indicator": "Blue", "datatype": "Int"},
		{"label": _("Met voorrang"), "value": priority, "indicator": "Orange", "datatype": "Int"},
		{
			"label": _("Langer dan {0} weken").format(normen.max_wachtweken),
			"value": late,
			"indicator": "Red",
			"datatype": "Int",
		},
	]


def committee_summary(rows) -> list[dict]:
	return [
		{"label": _("Wachten op besluit"), "value": len(rows), "indicator": "Blue", "datatype": "Int"},
		{
			"label": _("Termijn overschreden"),
			"value": sum(1 for r in rows if r.te_laat),
			"indicator": "Red",
			"datatype": "Int",
		},
	]
