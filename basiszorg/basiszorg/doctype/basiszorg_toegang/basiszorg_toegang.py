# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges
from basiszorg.permissions.grants import on_doctype_update  # noqa: F401 (Frappe calls it: the indexes)


class BasiszorgToegang(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		deel: DF.Data | None
		geldig_tot: DF.Date | None
		geldig_van: DF.Date | None
		gezin: DF.Link
		gezinsgegevens: DF.Check
		hulpverlener: DF.Link
		overleg: DF.Check
		regel: DF.Data | None
		toestemming: DF.Link
		user: DF.Link | None
		verslag_email: DF.Check
		zorgplan: DF.Check
	# end: auto-generated types
	"""Derived from Toestemming by basiszorg.permissions.grants; never edited by hand."""
