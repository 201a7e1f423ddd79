# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class GezinBetrokkene(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		contactpersoon: DF.Check
		hulpverlener: DF.Link
		hulpverlener_naam: DF.Data | None
		organisatietype: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		rol_in_gezin: DF.Data | None
		zorgorganisatie: DF.Link | None
	# end: auto-generated types
	pass
