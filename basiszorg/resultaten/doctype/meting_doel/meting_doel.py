# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document


class MetingDoel(Document):
	pass
