# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""A progress note on an agreement, written by who is responsible for it (the status itself lives on the agreement's owner, see basiszorg.afspraken). Written only by the app's own actions; read as the meeting or plan it belongs to."""

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class AfspraakVoortgang(RecordChanges, Document):
	pass
