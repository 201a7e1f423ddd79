# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document


class BasiszorgInstellingen(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		beslistermijn_dagen: DF.Int
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
		vertrouwelijkheid: DF.SmallText | None
		wachttijd_opschoning_dagen: DF.Int

	# end: auto-generated types
	def on_update(self):
		self.move_notifications_with_the_norms()

	def move_notifications_with_the_norms(self):
		from basiszorg.instellingen import normen
		from basiszorg.setup.notifications import follow_norms

		follow_norms(normen(self))
