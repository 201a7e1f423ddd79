# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.domain import overdracht as regels
from basiszorg.overdracht.vervanging import als_afwezigheid, kan_coordineren
from basiszorg.records import throw_findings


class AfwezigheidCoordinator(Document):
	def validate(self):
		self.check_the_absence()

	def check_the_absence(self):
		if not (self.coordinator and self.van and self.tot):
			return  # Frappe's check of the mandatory fields names what is missing
		throw_findings(regels.afwezigheid_fouten(als_afwezigheid(self), kan_coordineren))
