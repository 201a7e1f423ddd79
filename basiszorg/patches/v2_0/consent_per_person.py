"""Consents were one record per professional with the givers as free text; now a declaration names
the members who gave it and has a line per professional or organisation. Each old record becomes a
declaration with one line; names that match members become givers, the rest is kept in
'oorspronkelijke_gevers' and the declaration is flagged for the coordinator to review. The old
columns stay in the table (Frappe keeps removed columns), so the patch reads them from there."""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain import toestemming as regels
from basiszorg.permissions import grants
from basiszorg.records import family_members

LEGACY = ("hulpverlener", "zorgorganisatie", *regels.SCOPES, "gegeven_door", "jongeren")


def execute():
	# the table as it is now, not Frappe's cached column list (removed columns stay in the table)
	columns = {row[0] for row in frappe.db.describe("Toestemming")}
	if not set(LEGACY) <= columns:
		return  # installed after the change: nothing in the old form
	for old in frappe.db.sql(
		f"select name, gezin, gegeven_op, status, {', '.join(f'`{c}`' for c in LEGACY)} from `tabToestemming`",
		as_dict=True,
	):
		if not frappe.db.exists("Toestemming Regel", {"parent": old.name, "parenttype": "Toestemming"}):
			convert(old)
	grants.rebuild_all()


def convert(old) -> None:
	doc = frappe.get_doc("Toestemming", old.name)
	members = family_members(doc.gezin)
	result = regels.zet_om(old.gegeven_door, old.jongeren, members, getdate(old.gegeven_op))
	doc.append(
		"regels",
		{
			"hulpverlener": old.hulpverlener,
			"zorgorganisatie": old.zorgorganisatie,
			**{scope: old.get(scope) for scope in regels.SCOPES},
		},
	)
	for giver in result.gevers:
		doc.append("gevers", {"gezinslid": giver["gezinslid"], "eigen_deel": giver["eigen_deel"]})
	doc.describe_givers(members)
	doc.te_controleren = int(result.te_controleren)
	doc.oorspronkelijke_gevers = "\n".join(result.niet_herkend) or None
	doc.set_statuses()
	for row in [*doc.regels, *doc.gevers]:
		row.db_insert()
	doc.db_set(
		{
			"status": doc.status,
			"te_controleren": doc.te_controleren,
			"oorspronkelijke_gevers": doc.oorspronkelijke_gevers,
		},
		update_modified=False,
	)
	doc.add_comment(
		"Info",
		_("Omgezet naar toestemming per persoon.")
		+ (
			" " + _("Controleer wie tekenden: niet herkend: {0}.").format(", ".join(result.niet_herkend))
			if result.niet_herkend
			else ""
		),
	)
