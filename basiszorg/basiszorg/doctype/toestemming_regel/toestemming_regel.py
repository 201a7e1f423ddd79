# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class ToestemmingRegel(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		doel: DF.SmallText | None
		geldig_tot: DF.Date | None
		gezinsgegevens: DF.Check
		hulpverlener: DF.Link | None
		ingetrokken_door: DF.Data | None
		ingetrokken_op: DF.Date | None
		overleg: DF.Check
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		reden_intrekking: DF.SmallText | None
		status: DF.Literal["Geldig", "Vernieuwen", "Nog niet geldig", "Verlopen", "Ingetrokken", "Vervangen"]
		verslag_email: DF.Check
		zorgorganisatie: DF.Link | None
		zorgplan: DF.Check
	# end: auto-generated types
	pass
