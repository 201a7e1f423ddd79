# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from basiszorg.domain import privacy as regels
from basiszorg.permissions import require_beheerder


class BasiszorgOpschoning(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from basiszorg.basiszorg.doctype.basiszorg_opschoning_gezin.basiszorg_opschoning_gezin import (
			BasiszorgOpschoningGezin,
		)

		bevestigd_door: DF.Link | None
		bevestigd_op: DF.Datetime | None
		gezinnen: DF.Table[BasiszorgOpschoningGezin]
		status: DF.Literal["Voorgesteld", "Bevestigd", "Uitgevoerd", "Geannuleerd"]
		uit_te_voeren_na: DF.Date | None
		uitgevoerd_op: DF.Datetime | None
		voorgesteld_op: DF.Date | None
	# end: auto-generated types
	"""A retention run: proposed by the daily job, confirmed by a Beheerder, executed after the grace period."""

	@frappe.whitelist()
	def bevestig(self):
		require_beheerder(_("Alleen een Basiszorg Beheerder bevestigt het opschonen."))
		if self.status != regels.VOORGESTELD:
			frappe.throw(_("Alleen een voorstel kan worden bevestigd."))
		self.status = regels.BEVESTIGD
		self.bevestigd_door = frappe.session.user
		self.bevestigd_op = now_datetime()
		self.save(ignore_permissions=True)

	@frappe.whitelist()
	def annuleer(self):
		self.check_permission("write")
		if self.status not in regels.LOPENDE_OPSCHONING:
			frappe.throw(_("Een uitgevoerde opschoning kan niet meer worden geannuleerd."))
		self.status = regels.GEANNULEERD
		self.save()
