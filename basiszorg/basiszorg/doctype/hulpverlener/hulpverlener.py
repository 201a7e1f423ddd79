# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions import grants


class Hulpverlener(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aanspreekpunt: DF.Check
		actief: DF.Check
		discipline: DF.Data | None
		email: DF.Data | None
		organisatietype: DF.Data | None
		telefoon: DF.Data | None
		user: DF.Link | None
		volledige_naam: DF.Data
		zorgorganisatie: DF.Link

	# end: auto-generated types
	def on_update(self):
		if any(self.has_value_changed(f) for f in ("user", "zorgorganisatie", "actief")):
			grants.sync_for_hulpverlener(self)

	def on_trash(self):
		grants.remove_for_hulpverlener(self)
