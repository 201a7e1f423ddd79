# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class OverlegLevensgebied(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		besproken: DF.Text | None
		levensgebied: DF.Literal[
			"Dagelijkse verzorging",
			"Dag- en nachtritme",
			"Voorzieningen",
			"School",
			"Aandacht en veiligheid",
			"Behandeling ouder",
			"Financi\u00ebn",
			"Wonen",
			"Netwerk",
		]
		over_lid: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		voor_wie: DF.Autocomplete | None
	# end: auto-generated types
	pass
