# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class GezinMarkering(RecordChanges, Document):
	"""A chronology event a coordinator marked significant (``overdracht.chronologie.markeer``)."""
