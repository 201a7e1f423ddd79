"""What the family's timeline shows besides Frappe's own items (``additional_timeline_content``).

Contacts between meetings appear on the Gezin's timeline. They are read with ``frappe.get_list`` as
the session user, so the timeline never shows a contact the user may not read (the record rules of
basiszorg.permissions apply).
"""

import frappe
from frappe import _
from frappe.utils import escape_html, get_datetime, get_link_to_form, getdate

from basiszorg.domain.contactmoment import MET_HULPVERLENER

ICONS = {"Telefoon": "call", "E-mail": "mail", "Video": "video", "Bezoek": "home"}


def _moment(row) -> str:
	"""The contact's place on the timeline: when it was logged, or its own day when logged later."""
	if getdate(row.creation) == getdate(row.datum):
		return str(row.creation)
	return f"{row.datum} 23:59:59"


def contacts(doctype: str, docname: str) -> list[dict]:
	if not frappe.has_permission("Contactmoment", "read"):
		return []  # e.g. the committee: it reads the family, not the contacts
	rows = frappe.get_list(
		"Contactmoment",
		filters={"gezin": docname},
		fields=["name", "datum", "met_wie", "naam", "hoe", "notitie", "vervolg", "vervolg_op", "creation"],
		order_by="datum desc",
		limit=200,
	)
	items = []
	for row in rows:
		wie = escape_html(row.naam or "")
		if row.met_wie != MET_HULPVERLENER:
			wie = f"{wie} ({escape_html(_(row.met_wie).lower())})"
		content = _("{0} met {1}").format(f"<b>{escape_html(_(row.hoe))}</b>", wie)
		content = f"{get_link_to_form('Contactmoment', row.name, content)}: {escape_html(row.notitie or '')}"
		if row.vervolg:
			vervolg = escape_html(row.vervolg)
			if row.vervolg_op:
				vervolg += " (" + frappe.format(row.vervolg_op, {"fieldtype": "Date"}) + ")"
			content += f"<br>{_('Vervolg')}: {vervolg}"
		items.append(
			{
				"icon": ICONS.get(row.hoe, "dot-horizontal"),
				"is_card": True,
				"creation": str(get_datetime(_moment(row))),
				"content": content,
			}
		)
	return items


def own_parts(doctype: str, docname: str) -> list[dict]:
	"""What professionals and the family added themselves (one plan, written together): progress
	on agreements and contributions before meetings, each with who wrote it and when."""
	items = []
	for doctype_read, fields, describe in (
		(
			"Afspraak Voortgang",
			["name", "door", "op", "wat", "status", "notitie"],
			lambda r: (
				_("{0} werkte afspraak '{1}' bij: {2}").format(
					f"<b>{escape_html(r.door or '')}</b>",
					escape_html((r.wat or "")[:120]),
					escape_html(_(r.status or "")),
				)
				+ (f"<br>{escape_html(r.notitie)}" if r.notitie else "")
			),
		),
		(
			"Overleg Inbreng",
			["name", "door", "ingediend_op as op", "overleg"],
			lambda r: _("{0} stuurde inbreng voor overleg {1}").format(
				f"<b>{escape_html(r.door or '')}</b>", get_link_to_form("Overleg", r.overleg)
			),
		),
	):
		if not frappe.has_permission(doctype_read, "read"):
			continue
		for row in frappe.get_list(
			doctype_read, filters={"gezin": docname}, fields=fields, order_by="creation desc", limit=100
		):
			items.append(
				{
					"icon": "edit",
					"is_card": True,
					"creation": str(get_datetime(row.op)),
					"content": get_link_to_form(doctype_read, row.name, describe(row)),
				}
			)
	return items
