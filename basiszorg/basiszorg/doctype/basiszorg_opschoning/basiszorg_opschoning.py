# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from basiszorg.setup.roles import BEHEERDER


class BasiszorgOpschoning(Document):
	"""A retention run: proposed by the daily job, confirmed by a Beheerder, executed after the grace period."""

	@frappe.whitelist()
	def bevestig(self):
		if BEHEERDER not in frappe.get_roles() and frappe.session.user != "Administrator":
			frappe.throw(_("Alleen een Basiszorg Beheerder bevestigt het opschonen."), frappe.PermissionError)
		if self.status != "Voorgesteld":
			frappe.throw(_("Alleen een voorstel kan worden bevestigd."))
		self.status = "Bevestigd"
		self.bevestigd_door = frappe.session.user
		self.bevestigd_op = now_datetime()
		self.save(ignore_permissions=True)

	@frappe.whitelist()
	def annuleer(self):
		self.check_permission("write")
		if self.status not in ("Voorgesteld", "Bevestigd"):
			frappe.throw(_("Een uitgevoerde opschoning kan niet meer worden geannuleerd."))
		self.status = "Geannuleerd"
		self.save()
