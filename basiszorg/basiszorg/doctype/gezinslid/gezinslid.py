# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class Gezinslid(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		achternaam: DF.Data | None
		behandeling: DF.Literal["", "Loopt", "Start verwacht", "Geen"]
		bsn: DF.Data | None
		geboortedatum: DF.Date | None
		jeugdmatch_registratiedatum: DF.Date | None
		lvb: DF.Check
		ots: DF.Check
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		psychiatrie: DF.Check
		rol: DF.Literal["Ouder/verzorger", "Kind", "Ongeboren kind"]
		uitgerekende_datum: DF.Date | None
		verslaving: DF.Check
		verwachte_start_behandeling: DF.Date | None
		voornaam: DF.Data | None
	# end: auto-generated types
	pass
