# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class ZorgplanAfspraak(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		hulpverlener: DF.Link | None
		over_lid: DF.Data | None
		overleg: DF.Link | None
		overleg_afspraak: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		status: DF.Literal["Open", "Loopt", "Gedaan", "Vervallen"]
		voor_wie: DF.Autocomplete | None
		wanneer: DF.Date | None
		wat: DF.SmallText
		wie: DF.Data | None
	# end: auto-generated types
	pass
