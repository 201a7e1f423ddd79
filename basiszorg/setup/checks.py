"""Operational checks used by the test command (backup and restore): what does a site hold?"""

import os

import frappe

from basiszorg.permissions import registry

MASTERS = ("Zorgorganisatie", "Hulpverlener", "Advies en Overleg")


def inventory() -> dict:
	"""Row counts of every basiszorg doctype, and the attached files with whether each is on disk."""
	doctypes = {*(e.doctype for e in registry.FAMILY_DOCTYPES), *MASTERS}
	counts = {doctype: frappe.db.count(doctype) for doctype in sorted(doctypes)}
	files = frappe.get_all(
		"File",
		filters={"attached_to_doctype": ["in", registry.protected_doctypes()], "is_folder": 0},
		fields=["name", "file_url", "is_private", "content_hash"],
		order_by="file_url",
	)
	on_disk = [
		{
			"file_url": f.file_url,
			"is_private": f.is_private,
			"exists": os.path.exists(frappe.get_doc("File", f.name).get_full_path()),
		}
		for f in files
		if f.file_url and not f.file_url.startswith("http")
	]
	return {"counts": counts, "files": on_disk}


def add_private_attachment() -> str:
	"""Attach a small private file to one demo family (so that a backup has files to carry)."""
	family = frappe.get_all(registry.GEZIN, filters={"demo": 1}, pluck="name", limit=1)[0]
	file = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": "backup-check.txt",
			"attached_to_doctype": registry.GEZIN,
			"attached_to_name": family,
			"is_private": 1,
			"content": b"backup check",
		}
	).insert(ignore_permissions=True)
	return file.file_url


def leftovers() -> dict:
	"""What an uninstall left of basiszorg's desk navigation, per doctype (empty: nothing): its
	workspaces, and the sidebars and desktop icons Frappe v16 shows them with."""
	workspaces = ("Basiszorg", "Mijn gezinnen")
	found = {
		"Workspace": frappe.get_all("Workspace", filters={"module": "Basiszorg"}, pluck="name"),
		"Desktop Icon": frappe.get_all(
			"Desktop Icon", or_filters={"app": "basiszorg", "label": ["in", workspaces]}, pluck="name"
		),
	}
	if frappe.db.exists("DocType", "Workspace Sidebar"):
		found["Workspace Sidebar"] = frappe.get_all(
			"Workspace Sidebar", or_filters={"app": "basiszorg", "title": ["in", workspaces]}, pluck="name"
		)
	return {doctype: names for doctype, names in found.items() if names}
