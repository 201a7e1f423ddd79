from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class AanmeldingLid(RecordChanges, Document):
	pass
