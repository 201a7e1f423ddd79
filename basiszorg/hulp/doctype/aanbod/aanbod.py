# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""An offer of an organisation in the region: the social map the coordinators keep."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg.domain import hulpaanvraag as regels
from basiszorg.records import domain_record, throw_findings


class Aanbod(Document):
	def validate(self):
		self.naam = (self.naam or "").strip()
		throw_findings(regels.aanbod_fouten(domain_record(self), getdate()), _("Sociale kaart"))
		self.check_the_receiver_works_there()

	def check_the_receiver_works_there(self):
		if self.ontvanger and frappe.db.get_value("Hulpverlener", self.ontvanger, "zorgorganisatie") != self.zorgorganisatie:
			frappe.throw(_("De ontvanger van de verwijzing werkt niet bij {0}.").format(self.zorgorganisatie), title=_("Sociale kaart"))
