"""Mijn werk: what is asked of a professional across the families their consent covers today:
their open agreements that are late or due soon, the meetings they are invited to (with or without
their answer), and the contributions still to send. Read as the session user: every list goes
through the permissions package, so a family without consent (or after a withdrawal) is not there."""

import frappe
from frappe import _
from frappe.utils import add_days, getdate, now_datetime

from basiszorg import afspraken
from basiszorg.domain import samenwerken as regels
from basiszorg.domain.overleg import GEPLAND, MET_GEZIN
from basiszorg.permissions.own_items import professional_writer


def execute(filters=None):
	writer = professional_writer()
	columns = [
		{"fieldname": "soort", "label": _("Wat"), "fieldtype": "Data", "width": 170},
		{"fieldname": "gezin", "label": _("Gezin"), "fieldtype": "Link", "options": "Gezin", "width": 130},
		{"fieldname": "gezinsnaam", "label": _("Gezinsnaam"), "fieldtype": "Data", "width": 150},
		{"fieldname": "omschrijving", "label": _("Omschrijving"), "fieldtype": "Data", "width": 280},
		{"fieldname": "wanneer", "label": _("Wanneer"), "fieldtype": "Date", "width": 110},
		{"fieldname": "stand", "label": _("Stand"), "fieldtype": "Data", "width": 150},
		{"fieldname": "doctype", "label": _("Soort document"), "fieldtype": "Data", "hidden": 1},
		{
			"fieldname": "document",
			"label": _("Openen"),
			"fieldtype": "Dynamic Link",
			"options": "doctype",
			"width": 140,
		},
	]
	if writer is None:
		return columns, [], _("Mijn werk is er voor hulpverleners met een account bij het bureau.")
	today = getdate()
	rows = agreements(writer, today) + meetings(writer)
	return columns, rows


def agreements(writer, today) -> list[dict]:
	soon = add_days(today, regels.MIJN_WERK_DAGEN_VOORUIT)
	rows = []
	for a in afspraken.open_agreements(frappe.get_list, hulpverlener=writer.hulpverlener):
		due = getdate(a.wanneer) if a.wanneer else None
		if due and due > soon:
			continue
		rows.append(
			{
				"soort": _("Afspraak"),
				"gezin": a.gezin,
				"gezinsnaam": a.gezinsnaam,
				"omschrijving": a.wat,
				"wanneer": due,
				"stand": _("Te laat") if due and due < today else _(a.status),
				"doctype": "Overleg" if a.overleg else "Zorgplan",
				"document": a.overleg or a.zorgplan,
			}
		)
	return rows


def meetings(writer) -> list[dict]:
	invited = frappe.get_list(
		"Overleg",
		filters=[
			["Overleg", "workflow_state", "=", GEPLAND],
			["Overleg", "starts_on", ">=", now_datetime()],
			["Overleg Deelnemer", "hulpverlener", "=", writer.hulpverlener],
		],
		fields=[
			"name",
			"gezin",
			"gezinsnaam",
			"type",
			"starts_on",
			"`tabOverleg Deelnemer`.`antwoord` as antwoord",
		],
		order_by="starts_on asc",
		limit=0,
	)
	if not invited:
		return []
	sent = set(
		frappe.get_list(
			"Overleg Inbreng",
			filters={"overleg": ["in", [m.name for m in invited]], "hulpverlener": writer.hulpverlener},
			pluck="overleg",
			limit=0,
		)
	)
	rows = []
	for m in invited:
		row = {
			"gezin": m.gezin,
			"gezinsnaam": m.gezinsnaam,
			"wanneer": getdate(m.starts_on),
			"doctype": "Overleg",
			"document": m.name,
		}
		rows.append(
			{
				**row,
				"soort": _("Overleg"),
				"omschrijving": _(m.type),
				"stand": _(m.antwoord) if m.antwoord else _("Nog niet beantwoord"),
			}
		)
		if m.type in MET_GEZIN and m.name not in sent:
			rows.append(
				{
					**row,
					"soort": _("Inbreng gevraagd"),
					"omschrijving": _("Hoe gaat het, per doel"),
					"stand": _("Nog niet gestuurd"),
				}
			)
	return sorted(rows, key=lambda r: r["wanneer"] or getdate("2100-01-01"))
