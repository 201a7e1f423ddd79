# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.grants import on_doctype_update


class BasiszorgInzage(Document):
	"""Derived from Toestemming by basiszorg.permissions.grants; never edited by hand."""
