# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges


class BasiszorgInzagelog(RecordChanges, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		document: DF.Data | None
		documenttype: DF.Data | None
		gebruiker: DF.Link | None
		gezin: DF.Link | None
		kanaal: DF.Literal["Formulier", "REST API", "Afdruk/PDF", "Export", "Bestand"]
		tijdstip: DF.Datetime | None
	# end: auto-generated types
	"""Written by basiszorg.permissions.audit; read in the report 'Inzage per gezin'."""
