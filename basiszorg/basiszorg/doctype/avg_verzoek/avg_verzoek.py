# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg.domain.privacy import avg_termijn
from basiszorg.permissions.changes import RecordChanges


class AVGVerzoek(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		afgehandeld_op: DF.Date | None
		gezin: DF.Link
		ingediend_door: DF.Data
		ontvangen_op: DF.Date
		soort: DF.Literal["Inzage", "Correctie", "Bezwaar", "Verwijdering"]
		toelichting_uitkomst: DF.Text | None
		uiterlijk_op: DF.Date | None
		uitkomst: DF.Literal["", "Toegewezen", "Deels toegewezen", "Afgewezen"]
		verzoek: DF.Text
	# end: auto-generated types
	"""A family's request for access, correction, objection or erasure, with its outcome."""

	def validate(self):
		self.uiterlijk_op = avg_termijn(getdate(self.ontvangen_op))
		self.check_outcome()

	def check_outcome(self):
		if self.afgehandeld_op and not self.uitkomst:
			frappe.throw(_("Vul de uitkomst in voordat het verzoek is afgehandeld."), title=_("AVG-verzoek"))
		if self.afgehandeld_op and getdate(self.afgehandeld_op) < getdate(self.ontvangen_op):
			frappe.throw(
				_("'Afgehandeld op' ligt voor de ontvangst van het verzoek."), title=_("AVG-verzoek")
			)
