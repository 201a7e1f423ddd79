# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document

from basiszorg.permissions import grants


class Hulpverlener(Document):
	def on_update(self):
		if any(self.has_value_changed(f) for f in ("user", "zorgorganisatie", "actief")):
			grants.sync_for_hulpverlener(self)

	def on_trash(self):
		grants.remove_for_hulpverlener(self)
