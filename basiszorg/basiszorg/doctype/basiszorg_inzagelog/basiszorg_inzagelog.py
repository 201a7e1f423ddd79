# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document


class BasiszorgInzagelog(Document):
	"""Written by basiszorg.permissions.audit; read in the report 'Inzage per gezin'."""
