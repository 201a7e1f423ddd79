# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class ToestemmingGever(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		eigen_deel: DF.Literal["", "Gedeeld", "Niet gedeeld", "Ingetrokken"]
		eigen_deel_ingetrokken_op: DF.Date | None
		eigen_deel_reden: DF.SmallText | None
		gezinslid: DF.Data
		leeftijd: DF.Int
		naam: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		rol: DF.Data | None
	# end: auto-generated types
	pass
