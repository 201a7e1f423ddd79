# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg.domain import toestemming as regels
from basiszorg.permissions import grants
from basiszorg.records import domain_record, domain_rows, throw_findings

FROZEN_AFTER_WITHDRAWAL = ("gegeven_op", "geldig_tot", "gegeven_door", "jongeren", *regels.SCOPES)


class Toestemming(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		formulier: DF.Attach
		gegeven_door: DF.Data
		gegeven_op: DF.Date
		geldig_tot: DF.Date | None
		gezin: DF.Link
		gezinsgegevens: DF.Check
		hulpverlener: DF.Link | None
		ingetrokken_door: DF.Data | None
		ingetrokken_op: DF.Date | None
		jongeren: DF.SmallText | None
		overleg: DF.Check
		reden_intrekking: DF.SmallText | None
		status: DF.Literal["Actief", "Nog niet geldig", "Verlopen", "Ingetrokken"]
		verslag_email: DF.Check
		zorgorganisatie: DF.Link | None
		zorgplan: DF.Check

	# end: auto-generated types
	def validate(self):
		today = getdate()
		self.check_frozen_after_withdrawal()
		self.check_rules(today)
		self.set_status(today)

	def on_update(self):
		grants.sync_toestemming(self)

	def on_trash(self):
		frappe.throw(_("Een toestemming wordt nooit verwijderd; trek haar in."), title=_("Niet verwijderen"))

	def check_frozen_after_withdrawal(self):
		before = self.get_doc_before_save()
		if (
			before
			and before.ingetrokken_op
			and any(self.has_value_changed(f) for f in FROZEN_AFTER_WITHDRAWAL)
		):
			frappe.throw(
				_("Een ingetrokken toestemming kan niet meer worden gewijzigd."), title=_("Ingetrokken")
			)

	def check_rules(self, today):
		leden = frappe.get_doc("Gezin", self.gezin).leden if self.gezin else []
		throw_findings(regels.controleer(domain_record(self), domain_rows(leden), today), _("Toestemming"))

	def set_status(self, today):
		record = domain_record(self)
		self.status = regels.status(record.gegeven_op, record.geldig_tot, record.ingetrokken_op, today)

	@frappe.whitelist()
	def trek_in(self, reden: str, door: str):
		"""Withdraw this consent (one click in the desk); access ends with this request."""
		self.check_permission("write")
		if self.ingetrokken_op:
			frappe.throw(_("Deze toestemming is al ingetrokken."))
		if not (reden or "").strip() or not (door or "").strip():
			frappe.throw(_("Vul in wie de toestemming introk en waarom."), title=_("Intrekken"))
		self.ingetrokken_op = getdate()
		self.ingetrokken_door = door.strip()
		self.reden_intrekking = reden.strip()
		self.save()
		return self.status
