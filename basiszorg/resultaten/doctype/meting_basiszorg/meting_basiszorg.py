# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""A row of a Meting: changed only through its measurement, under the write rule."""

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class MetingBasiszorg(RecordChanges, Document):
	pass
