# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document


class BasiszorgOpschoningGezin(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		afgesloten_op: DF.Date | None
		gezin: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		resultaat: DF.SmallText | None
	# end: auto-generated types
	pass
