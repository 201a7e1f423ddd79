# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""What a professional or the family sent before a meeting; the minutes draft starts from it (basiszorg.samenwerken.inbreng). Written only by the app's own actions; read as the meeting it belongs to, a youngster's own part closed by the part rule."""

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges
from basiszorg.permissions.parts import ShowsOnlyCoveredParts


class OverlegInbreng(RecordChanges, ShowsOnlyCoveredParts, Document):
	pass
