"""The family's AVG overview (recht op inzage, AVG art. 15): everything the bureau holds on one
family, readable (PDF) and machine-readable (JSON), attached privately to the family and
recorded in an AVG Verzoek.

What it reads, and why not through the record rules: the overview answers the family's own
request and covers every scope, so only a coordinator makes it (``require_coordinator`` on the
first line), and coordinators may read every family record anyway. The records come from the
registry's ``exported()`` doctypes, read with ``frappe.get_list`` as the coordinator; their
trail (versions, comments, e-mails, files) is read with ``frappe.get_all`` because Frappe lets
only system managers list those doctypes, while this trail belongs to records the coordinator
may read.

One exception to "everything": a record whose registry entry names a ``withheld_field`` is left out,
with its trail and the reads of it, while that field is set (the meldcode: informing the family now
would endanger a child or someone else; ``basiszorg.veiligheid.transparantie``). Reports to Veilig
Thuis the family may know of are listed on their own (``verstrekkingen``): when, by whom, what was
shared, on which ground.
"""

import json

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime
from frappe.utils.file_manager import save_file
from frappe.utils.pdf import get_pdf

from basiszorg.permissions import registry, require_coordinator
from basiszorg.veiligheid import transparantie

CHILD_TABLE_SKIP = {"doctype", "parent", "parenttype", "parentfield", "docstatus", "idx"}
LOG_FIELDS = ("tijdstip", "gebruiker", "kanaal", "documenttype", "document")


def _clean(doc: dict) -> dict:
	return {k: v for k, v in doc.items() if v not in (None, "") and k not in CHILD_TABLE_SKIP}


def _trail(doctype: str, name: str) -> list[dict]:
	"""Versions, comments, e-mails and files of one record."""
	trail = [
		{"soort": "wijziging", "document": name, "door": v.owner, "op": str(v.creation), "wat": v.data}
		for v in frappe.get_all(
			"Version",
			filters={"ref_doctype": doctype, "docname": name},
			fields=["owner", "creation", "data"],
			order_by="creation",
		)
	]
	trail += [
		{"soort": "opmerking", "document": name, "door": c.owner, "op": str(c.creation), "wat": c.content}
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
	return trail


def collect(gezin: str) -> dict:
	"""Everything the bureau holds on one family (the session user must be a coordinator)."""
	require_coordinator(_("Alleen een coördinator maakt een inzage-overzicht."))
	family = frappe.get_doc(registry.GEZIN, gezin)
	family.check_permission("read")
	data = {
		"gezin": _clean(family.as_dict(convert_dates_to_str=True)),
		"gemaakt_op": str(now_datetime()),
		"onderdelen": [],
	}
	trail = _trail(registry.GEZIN, gezin)
	withheld = {name for _doctype, name in transparantie.achtergehouden(gezin)}
	data["verstrekkingen"] = transparantie.verstrekkingen(gezin)
	for declared in registry.exported():
		key = "inzagelog" if declared.doctype == registry.READ_LOG else frappe.scrub(declared.doctype)
		filters = {declared.gezin_field: gezin}
		if declared.withheld_field:
			filters[declared.withheld_field] = 0
		if not declared.trail:  # plain log rows
			data[key] = [
				{k: str(v) for k, v in row.items()}
				for row in frappe.get_list(
					declared.doctype, filters=filters, fields=list(LOG_FIELDS), order_by="tijdstip", limit=0
				)
				if row.document not in withheld
			]
			continue
		docs = [
			frappe.get_doc(declared.doctype, n)
			for n in frappe.get_list(declared.doctype, filters=filters, pluck="name", limit=0)
		]
		data[key] = [_clean(d.as_dict(convert_dates_to_str=True)) for d in docs]
		data["onderdelen"].append({"sleutel": key, "titel": _(declared.doctype)})
		for doc in docs:
			trail += _trail(declared.doctype, doc.name)
	data["geschiedenis"] = sorted(trail, key=lambda t: t["op"])
	data["achtergehouden"] = len(withheld)  # for the coordinator only: not in the family's files
	return data


@frappe.whitelist()
def maak_dossieroverzicht(gezin: str) -> dict:
	"""Produce the overview (PDF + JSON), record the request and attach both privately to it. Only a
	coordinator answers a family's request: the overview holds every scope, so its files hang off
	the request (coordinators only), not off the family, whose files professionals with a consent
	may read."""
	require_coordinator(_("Alleen een coördinator maakt een inzage-overzicht."))
	data = collect(gezin)
	withheld = data.pop("achtergehouden")
	stamp = now_datetime().strftime("%Y%m%d-%H%M%S")
	request = frappe.get_doc(
		{
			"doctype": "AVG Verzoek",
			"gezin": gezin,
			"soort": "Inzage",
			"ingediend_door": _("Ouders"),
			"ontvangen_op": getdate(),
			"verzoek": _("Inzage in alle gegevens van het gezin."),
			"uitkomst": "Toegewezen",
			"afgehandeld_op": getdate(),
		}
	).insert()
	html = frappe.render_template("basiszorg/templates/dossieroverzicht.html", {"data": data, "_": _})
	pdf = save_file(f"inzage-{gezin}-{stamp}.pdf", get_pdf(html), request.doctype, request.name, is_private=1)
	machine = save_file(
		f"inzage-{gezin}-{stamp}.json",
		json.dumps(data, indent=1, ensure_ascii=False, default=str),
		request.doctype,
		request.name,
		is_private=1,
	)
	request.toelichting_uitkomst = _("Overzicht gemaakt: {0} en {1}.").format(
		pdf.file_name, machine.file_name
	)
	request.save()
	return {"pdf": pdf.file_url, "json": machine.file_url, "achtergehouden": withheld}
