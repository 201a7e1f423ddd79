"""A family's right of access (inzage): everything held on the family, readable (PDF) and
machine-readable (JSON), attached privately to the family and listed in an AVG Verzoek."""

import json

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime
from frappe.utils.file_manager import save_file
from frappe.utils.pdf import get_pdf

from basiszorg.retention import FAMILY_RECORDS

CHILD_TABLE_SKIP = {"doctype", "parent", "parenttype", "parentfield", "docstatus", "idx"}


def _clean(doc: dict) -> dict:
	return {k: v for k, v in doc.items() if v not in (None, "") and k not in CHILD_TABLE_SKIP}


def collect(gezin: str) -> dict:
	"""Everything the bureau holds on one family, read as the session user (who must be allowed)."""
	family = frappe.get_doc("Gezin", gezin)
	family.check_permission("read")
	data = {"gezin": _clean(family.as_dict(convert_dates_to_str=True)), "gemaakt_op": str(now_datetime())}
	names = {"Gezin": [gezin]}
	for doctype, field in FAMILY_RECORDS.items():
		docs = [
			frappe.get_doc(doctype, n) for n in frappe.get_list(doctype, filters={field: gezin}, pluck="name")
		]
		data[frappe.scrub(doctype)] = [_clean(d.as_dict(convert_dates_to_str=True)) for d in docs]
		names[doctype] = [d.name for d in docs]
	trail = []
	for doctype, docnames in names.items():
		for name in docnames:
			trail += [
				{
					"soort": "wijziging",
					"document": name,
					"door": v.owner,
					"op": str(v.creation),
					"wat": v.data,
				}
				for v in frappe.get_all(
					"Version",
					filters={"ref_doctype": doctype, "docname": name},
					fields=["owner", "creation", "data"],
					order_by="creation",
				)
			]
			trail += [
				{
					"soort": "opmerking",
					"document": name,
					"door": c.owner,
					"op": str(c.creation),
					"wat": c.content,
				}
				for c in frappe.get_all(
					"Comment",
					filters={
						"reference_doctype": doctype,
						"reference_name": name,
						"comment_type": ["in", ["Comment", "Info", "Workflow"]],
					},
					fields=["owner", "creation", "content"],
				)
			]
			trail += [
				{
					"soort": "e-mail",
					"document": name,
					"door": c.sender,
					"op": str(c.creation),
					"wat": c.subject,
					"aan": c.recipients,
				}
				for c in frappe.get_all(
					"Communication",
					filters={"reference_doctype": doctype, "reference_name": name},
					fields=["sender", "creation", "subject", "recipients"],
				)
			]
			trail += [
				{"soort": "bestand", "document": name, "op": str(f.creation), "wat": f.file_name}
				for f in frappe.get_all(
					"File",
					filters={"attached_to_doctype": doctype, "attached_to_name": name},
					fields=["file_name", "creation"],
				)
			]
	data["geschiedenis"] = sorted(trail, key=lambda t: t["op"])
	data["inzagelog"] = [
		{k: str(v) for k, v in row.items()}
		for row in frappe.get_list(
			"Basiszorg Inzagelog",
			filters={"gezin": gezin},
			fields=["tijdstip", "gebruiker", "kanaal", "documenttype", "document"],
			order_by="tijdstip",
		)
	]
	return data


@frappe.whitelist()
def maak_inzage(gezin: str) -> dict:
	"""Produce the access export (PDF + JSON), attach both privately to the family, record the request.
	Only a coordinator answers a family's request: the export holds every scope."""
	from basiszorg.permissions.access import is_coordinator

	if not is_coordinator(frappe.session.user):
		frappe.throw(_("Alleen een coördinator maakt een inzage-overzicht."), frappe.PermissionError)
	data = collect(gezin)
	stamp = now_datetime().strftime("%Y%m%d-%H%M%S")
	html = frappe.render_template("basiszorg/templates/inzage.html", {"data": data, "_": _})
	pdf = save_file(f"inzage-{gezin}-{stamp}.pdf", get_pdf(html), "Gezin", gezin, is_private=1)
	machine = save_file(
		f"inzage-{gezin}-{stamp}.json",
		json.dumps(data, indent=1, ensure_ascii=False, default=str),
		"Gezin",
		gezin,
		is_private=1,
	)
	frappe.get_doc(
		{
			"doctype": "AVG Verzoek",
			"gezin": gezin,
			"soort": "Inzage",
			"ingediend_door": _("Ouders"),
			"ontvangen_op": getdate(),
			"verzoek": _("Inzage in alle gegevens van het gezin."),
			"uitkomst": "Toegewezen",
			"toelichting_uitkomst": _("Overzicht gemaakt: {0} en {1}.").format(
				pdf.file_name, machine.file_name
			),
			"afgehandeld_op": getdate(),
		}
	).insert()
	return {"pdf": pdf.file_url, "json": machine.file_url}
