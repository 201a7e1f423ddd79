"""Plan goals, agreements and parts of minutes chosen 'for' or 'about' a child get that child's mark
(``over_lid``), which the part rule reads (a youngster of 16+ decides about their own part)."""

import frappe

from basiszorg.records import family_members, mark_rows_about_children


def execute():
	for doctype in ("Zorgplan", "Overleg"):
		for name, gezin in frappe.get_all(doctype, fields=["name", "gezin"], as_list=True):
			doc = frappe.get_doc(doctype, name)
			mark_rows_about_children(doc, family_members(gezin))
			for table_field in doc.meta.get_table_fields():
				for row in doc.get(table_field.fieldname):
					if row.meta.has_field("over_lid"):
						row.db_set("over_lid", row.over_lid, update_modified=False)
