# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg.domain import criteria, leden, traject, wachtlijst, zorgplan
from basiszorg.records import domain_record, domain_rows, throw_findings, translate


class Gezin(Document):
	def validate(self):
		today = getdate()
		self.workflow_state = self.workflow_state or traject.AANGEMELD
		members = domain_rows(self.leden)  # read once; the steps below do not change the members
		self.check_members(members, today)
		self.check_dates(today)
		self.fill_state_fields(today)
		self.assess_eligibility(members, today)
		self.set_decision_deadline()
		self.set_waitlist_fields(members)
		self.check_state_requirements()
		self.check_closure()

	def check_members(self, members, today):
		throw_findings(leden.controleer_leden(members, today), _("Gezinsleden"))

	def check_dates(self, today):
		throw_findings(traject.datumvolgorde(domain_record(self), today), _("Datums"))

	def fill_state_fields(self, today):
		"""Fill the decision, waitlist and traject dates a state implies, when still empty."""
		self.update(traject.aanvullingen_bij_status(self.workflow_state, domain_record(self), today))

	def assess_eligibility(self, members, today):
		peildatum = getdate(self.aanmelddatum) if self.aanmelddatum else today
		beoordeling = criteria.beoordeel(
			domain_record(self), members, domain_rows(self.betrokkenen), peildatum
		)
		self.komt_in_aanmerking = int(beoordeling.komt_in_aanmerking)
		regels = [
			translate(b)
			for b in (*beoordeling.uitsluitingen, *beoordeling.niet_voldaan, *beoordeling.opmerkingen)
		]
		self.criteria_toelichting = "\n".join(regels) if regels else _("Voldoet aan alle criteria.")
		if self.workflow_state == traject.WACHTLIJST and self.has_value_changed("workflow_state"):
			throw_findings(
				(*beoordeling.uitsluitingen, *beoordeling.niet_voldaan),
				_("Dit gezin kan niet op de wachtlijst"),
			)

	def set_decision_deadline(self):
		if self.aanmelddatum:
			self.beslistermijn = wachtlijst.beslistermijn(getdate(self.aanmelddatum))

	def set_waitlist_fields(self, members):
		"""Priority is judged on the waitlist date, and recalculated whenever the members change."""
		peildatum = getdate(self.wachtlijst_datum or self.aanmelddatum or None)
		prioriteit = wachtlijst.bepaal_prioriteit(members, peildatum)
		self.prioriteit = int(prioriteit.heeft_prioriteit)
		self.prioriteit_reden = prioriteit.reden
		self.uiterste_startdatum = (
			wachtlijst.uiterste_startdatum(getdate(self.wachtlijst_datum)) if self.wachtlijst_datum else None
		)

	def check_state_requirements(self):
		throw_findings(traject.ontbrekend_voor_status(self.workflow_state, domain_record(self)))

	def check_closure(self):
		"""Closing with open agreements needs an explanation; a handover needs its receiver."""
		if self.workflow_state != traject.AFGESLOTEN or not self.has_value_changed("workflow_state"):
			return
		findings = zorgplan.controleer_afsluiting(
			self.count_open_agreements(),
			self.toelichting_open_afspraken,
			self.afsluitreden,
			self.overdracht_aan,
		)
		throw_findings(findings, _("Afsluiten"))

	def count_open_agreements(self) -> int:
		"""Open agreements in the current care plan, or in the meetings when there is no plan yet."""
		from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan

		plan = current_plan(self.name)
		if plan:
			return len(zorgplan.open_afspraken(frappe.get_doc("Zorgplan", plan).afspraken))
		meetings = frappe.get_all("Overleg", filters={"gezin": self.name}, pluck="name")
		if not meetings:
			return 0
		return frappe.db.count(
			"Overleg Afspraak", {"parent": ["in", meetings], "status": ["in", zorgplan.AFSPRAAK_OPEN]}
		)
