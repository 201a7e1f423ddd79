# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe import _
from frappe.model.document import Document

from basiszorg.domain.anoniem import persoonsgegevens_in
from basiszorg.records import throw_findings


class AdviesenOverleg(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		advies: DF.Text | None
		datum: DF.Date
		hulpverlener: DF.Link | None
		leidde_tot_aanmelding: DF.Check
		organisatietype: DF.Literal[
			"",
			"Huisartsenpraktijk",
			"JGZ",
			"GGZ",
			"Verslavingszorg",
			"Wijkteam",
			"Onderwijs",
			"Jeugdhulp",
			"Veilig Thuis",
			"Gecertificeerde instelling",
			"Overig",
		]
		vraag: DF.Text

	# end: auto-generated types
	def validate(self):
		self.refuse_personal_data()

	def refuse_personal_data(self):
		"""The consultation log is anonymous: refuse text that looks like a BSN, a date or a postcode."""
		findings = persoonsgegevens_in(self.vraag) + persoonsgegevens_in(self.advies)
		throw_findings(findings, _("Geen persoonsgegevens vastleggen"))
