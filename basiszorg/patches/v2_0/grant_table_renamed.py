"""The grant table is now called Basiszorg Toegang (it was Basiszorg Inzage, a name it shared
with the read log and the AVG overview). Its rows are derived data: drop the old table and
derive every grant again from the consents."""

import frappe

from basiszorg.permissions.grants import rebuild_all

OLD = "Basiszorg Inzage"


def execute():
	if frappe.db.exists("DocType", OLD):
		frappe.delete_doc("DocType", OLD, force=True, ignore_permissions=True)
	frappe.db.sql_ddl(f"drop table if exists `tab{OLD}`")
	rebuild_all()
