# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class GezinCoordinatorperiode(RecordChanges, Document):
	"""A period of the family's coordinators' history, written by ``overdracht.coordinatoren``."""
