# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""A scale scores are given on: its values each have one meaning; values are unique."""

import frappe
from frappe import _
from frappe.model.document import Document


class Meetschaal(Document):
	def validate(self):
		seen = [row.waarde for row in self.waarden]
		if len(seen) != len(set(seen)):
			frappe.throw(_("Elke waarde staat maar één keer op de schaal."), title=_("Meetschaal"))
		if len(seen) < 2:
			frappe.throw(_("Een schaal heeft ten minste twee waarden."), title=_("Meetschaal"))
