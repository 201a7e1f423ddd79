# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from basiszorg.permissions import grants


class BasiszorgInstellingen(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		beslistermijn_dagen: DF.Int
		bureau_adres: DF.SmallText | None
		bureau_email: DF.Data | None
		bureau_logo: DF.AttachImage | None
		bureau_naam: DF.Data
		bureau_telefoon: DF.Data | None
		bewaartermijn_jaren: DF.Int
		huisarts_jgz_standaard: DF.Check
		intakestappen: DF.Table
		jeugdmatch_termijn_dagen: DF.Int
		max_trajectduur_maanden: DF.Int
		max_wachtweken: DF.Int
		overleg_duur_minuten: DF.Int
		overleg_interval_maanden: DF.Int
		signaal_beslistermijn_dagen: DF.Int
		signaal_geen_overleg_maanden: DF.Int
		signaal_wachtlijst_dagen: DF.Int
		te_laat_voor_voorrang: DF.Check
		toestemming_na_leeftijdsgrens: DF.Literal["Doorlopen tot vernieuwing", "Stoppen na wachttijd"]
		vernieuwen_wachttijd_dagen: DF.Int
		vertrouwelijkheid: DF.SmallText | None
		wachttijd_opschoning_dagen: DF.Int

	# end: auto-generated types
	def validate(self):
		self.check_the_bureaus_name()

	def check_the_bureaus_name(self):
		from basiszorg.domain.portaal import controleer_bureaunaam
		from basiszorg.records import throw_findings

		throw_findings(controleer_bureaunaam(self.bureau_naam), _("Het bureau op Mijn gezin"))

	def on_update(self):
		self.move_notifications_with_the_norms()
		self.apply_the_renewal_setting()
		self.show_the_bureau_on_mijn_gezin()

	def show_the_bureau_on_mijn_gezin(self):
		from basiszorg.portaal import huisstijl

		changed = huisstijl.changed_details(self)
		if changed is None or changed:
			huisstijl.show_the_bureau(self, changed)

	def apply_the_renewal_setting(self):
		"""Access of declarations that need renewing follows the (changed) setting at once."""
		if not (
			self.has_value_changed("toestemming_na_leeftijdsgrens")
			or self.has_value_changed("vernieuwen_wachttijd_dagen")
		):
			return
		frappe.clear_document_cache(self.doctype, self.name)
		for name in frappe.get_all("Toestemming", {"vernieuwen_sinds": ["is", "set"]}, pluck="name"):
			grants.sync_toestemming(frappe.get_doc("Toestemming", name))

	def move_notifications_with_the_norms(self):
		from basiszorg.instellingen import normen
		from basiszorg.setup.notifications import follow_norms

		follow_norms(normen(self))
