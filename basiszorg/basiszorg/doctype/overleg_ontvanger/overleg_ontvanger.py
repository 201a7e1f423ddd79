# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class OverlegOntvanger(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		email: DF.Data | None
		email_queue: DF.Data | None
		hulpverlener: DF.Link | None
		naam: DF.Data | None
		ontvangt: DF.Check
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		reden: DF.Data | None
		soort: DF.Data | None
		verzendstatus: DF.Literal["", "In wachtrij", "Verzonden", "Mislukt"]
	# end: auto-generated types
	pass
