# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class OverlegDeelnemer(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aanwezigheid: DF.Literal["Uitgenodigd", "Aanwezig", "Afgemeld", "Afwezig"]
		email: DF.Data | None
		hulpverlener: DF.Link | None
		naam: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		soort: DF.Literal["Ouder", "Hulpverlener", "Anders"]
	# end: auto-generated types
	pass
