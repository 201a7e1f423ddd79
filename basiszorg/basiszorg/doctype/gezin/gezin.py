# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg import afspraken, instellingen
from basiszorg import intake as intake_steps
from basiszorg.domain import afsluiting, criteria, intake, jeugdmatch, leden, traject, wachtlijst, zorgplan
from basiszorg.domain.overleg import MET_GEZIN
from basiszorg.permissions import grants
from basiszorg.permissions.changes import RecordChanges
from basiszorg.permissions.parts import ShowsOnlyCoveredParts
from basiszorg.records import ConflictInDutch, domain_record, domain_rows, throw_findings, translate


class Gezin(RecordChanges, ConflictInDutch, ShowsOnlyCoveredParts, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from basiszorg.basiszorg.doctype.gezin_betrokkene.gezin_betrokkene import GezinBetrokkene
		from basiszorg.basiszorg.doctype.gezin_doeloordeel.gezin_doeloordeel import GezinDoeloordeel
		from basiszorg.basiszorg.doctype.gezin_intakestap.gezin_intakestap import GezinIntakestap
		from basiszorg.basiszorg.doctype.gezinslid.gezinslid import Gezinslid

		aangemeld_door: DF.Literal["Hulpverlener", "Ouders zelf"]
		aanmelddatum: DF.Date
		adres: DF.SmallText | None
		afsluitbericht_verstuurd_op: DF.Date | None
		afsluitdatum: DF.Date | None
		afsluiting_toelichting: DF.SmallText | None
		afsluitreden: DF.Literal[
			"",
			"Doelen bereikt",
			"Overgedragen aan andere zorg",
			"Ouders trekken toestemming in",
			"Verhuisd",
			"Anders",
		]
		beslistermijn: DF.Date | None
		besluitdatum: DF.Date | None
		betrokkenen: DF.Table[GezinBetrokkene]
		commissie_besluit: DF.Literal["", "Plaatsen op wachtlijst", "Afwijzen"]
		commissie_motivatie: DF.Text | None
		coordinator: DF.Link | None
		criteria_toelichting: DF.SmallText | None
		demo: DF.Check
		doeloordelen: DF.Table[GezinDoeloordeel]
		email: DF.Data | None
		gezinsnaam: DF.Data
		intakedatum: DF.Date | None
		intakestappen: DF.Table[GezinIntakestap]
		komt_in_aanmerking: DF.Check
		leden: DF.Table[Gezinslid]
		oordeel_ouders: DF.Literal["", "Tevreden", "Deels tevreden", "Niet tevreden"]
		oordeel_toelichting: DF.SmallText | None
		overdracht_aan: DF.Link | None
		overdracht_afspraken: DF.SmallText | None
		overdracht_contactpersoon: DF.Link | None
		overleg_voogd_afspraken: DF.SmallText | None
		overleg_voogd_op: DF.Date | None
		postcode: DF.Data | None
		prioriteit: DF.Check
		prioriteit_reden: DF.Data | None
		reden_aanmelding: DF.SmallText | None
		startbericht_verstuurd_op: DF.Date | None
		startdatum: DF.Date | None
		telefoon: DF.Data | None
		toelichting_open_afspraken: DF.SmallText | None
		toestemming_aanmelding: DF.Check
		uiterste_startdatum: DF.Date | None
		veilig_thuis_nodig: DF.Check
		verwachte_startdatum: DF.Date | None
		verwijzer: DF.Link | None
		verwijzer_email: DF.Data | None
		verwijzer_geinformeerd_op: DF.Date | None
		verwijzer_naam: DF.Data | None
		verwijzer_organisatie: DF.Link | None
		voogd: DF.Link | None
		vorig_traject: DF.Link | None
		wachtlijst_datum: DF.Date | None
		woonplaats: DF.Data | None
		workflow_state: DF.Link | None
		zorgen_basiszorg: DF.Check
		zorgen_toelichting: DF.SmallText | None

	# end: auto-generated types
	def onload(self):
		"""The family's earlier and later trajects, as far as the user may read them."""
		from basiszorg.api.gezin import trajects

		if not self.is_new():
			self.set_onload("trajecten", trajects(self.name, self.vorig_traject))

	def validate(self):
		today = getdate()
		normen = instellingen.normen()
		self.workflow_state = self.workflow_state or traject.AANGEMELD
		members = domain_rows(self.leden)  # read once; the steps below do not change the members
		self.check_members(members, today)
		self.mark_children_outside_the_traject(members)
		self.link_professionals_to_members()
		self.check_dates(today)
		self.fill_state_fields(today)
		self.assess_eligibility(members, today)
		self.set_decision_deadline(normen)
		self.set_waitlist_fields(members, normen)
		self.check_state_requirements()
		self.check_consent_before_start()
		self.fill_intake_steps()
		self.sign_intake_steps()
		self.check_start()
		self.check_closure()
		self.prepare_parents_judgement()
		self.keep_the_coordinators_history(today)

	def keep_the_coordinators_history(self, today):
		"""Who coordinated the family when: a change of coordinator closes one period, opens the next."""
		from basiszorg.overdracht.coordinatoren import werk_bij

		werk_bij(self, today)

	def on_update(self):
		self.update_grants_when_members_change()
		self.send_ots_signal()
		self.keep_the_network_map_at_closure()

	def keep_the_network_map_at_closure(self):
		"""The map at closure is the last one the bureau's norm compares with the first."""
		if self.workflow_state == traject.AFGESLOTEN and self.has_value_changed("workflow_state"):
			from basiszorg.domain.netwerk import MOMENT_AFSLUITING
			from basiszorg.netwerk.kaart import keep_moment

			keep_moment(self.name, MOMENT_AFSLUITING)

	def check_members(self, members, today):
		findings = leden.controleer_leden(members, today) + jeugdmatch.controleer_datums(members, today)
		throw_findings(findings, _("Gezinsleden"))

	def mark_children_outside_the_traject(self, members):
		"""Children under OTS are marked: the coordination covers the others and the parents."""
		outside = {id(row) for row in criteria.kinderen_buiten_traject(members)}
		for row, member in zip(self.leden, members, strict=True):
			row.buiten_traject = int(id(member) in outside)

	def link_professionals_to_members(self):
		"""A professional involved with one child only names that child's row (``over_lid``)."""
		for row in self.betrokkenen:
			row.over_lid = leden.kind_met_naam(row.betrokken_bij, self.leden)

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
		self.signal_ots_for_all_children(beoordeling, peildatum)
		if self.workflow_state == traject.WACHTLIJST and self.has_value_changed("workflow_state"):
			throw_findings(
				(*beoordeling.uitsluitingen, *beoordeling.niet_voldaan),
				_("Dit gezin kan niet op de wachtlijst"),
			)

	def signal_ots_for_all_children(self, beoordeling, peildatum):
		"""An OTS for all children registered while the traject runs: a signal (on_update)."""
		before = self.get_doc_before_save()
		was_excluded = bool(before) and any(
			b.code == criteria.OTS_ALLE_KINDEREN
			for b in criteria.beoordeel(
				domain_record(before), domain_rows(before.leden), [], peildatum
			).uitsluitingen
		)
		signal = criteria.ots_signaal(was_excluded, beoordeling, self.workflow_state, traject.LOPEND)
		self.flags.ots_signal = translate(signal) if signal else None

	def send_ots_signal(self):
		if self.flags.ots_signal:
			self.add_comment("Info", self.flags.ots_signal)
			if self.coordinator:
				frappe.get_doc(
					{
						"doctype": "Notification Log",
						"for_user": self.coordinator,
						"type": "Alert",
						"document_type": "Gezin",
						"document_name": self.name,
						"subject": _("Gezin {0}: {1}").format(self.name, self.flags.ots_signal),
						"from_user": frappe.session.user,
					}
				).insert(ignore_permissions=True)

	def set_decision_deadline(self, normen):
		if self.aanmelddatum:
			self.beslistermijn = wachtlijst.beslistermijn(
				getdate(self.aanmelddatum), normen.beslistermijn_dagen
			)

	def set_waitlist_fields(self, members, normen):
		"""Priority is judged on the waitlist date, and recalculated whenever the members change."""
		peildatum = getdate(self.wachtlijst_datum or self.aanmelddatum or None)
		prioriteit = wachtlijst.bepaal_prioriteit(members, peildatum)
		self.prioriteit = int(prioriteit.heeft_prioriteit)
		self.prioriteit_reden = prioriteit.reden
		self.uiterste_startdatum = (
			wachtlijst.uiterste_startdatum(getdate(self.wachtlijst_datum), normen.max_wachtweken)
			if self.wachtlijst_datum
			else None
		)

	def check_state_requirements(self):
		throw_findings(traject.ontbrekend_voor_status(self.workflow_state, domain_record(self)))

	def fill_intake_steps(self):
		"""A family in Intake gets the bureau's intake steps (Basiszorg Instellingen), once."""
		if self.workflow_state == traject.INTAKE and not self.intakestappen:
			for step in intake_steps.steps_for_a_new_intake():
				self.append("intakestappen", step)

	def sign_intake_steps(self):
		"""A step dated without a name is signed by who dated it."""
		for step in self.intakestappen:
			if step.gedaan_op and not step.gedaan_door:
				step.gedaan_door = frappe.session.user

	def check_start(self):
		"""Intake → Actief: the first meeting with the family planned and the needed steps done."""
		if self.workflow_state != traject.ACTIEF or not self.has_value_changed("workflow_state"):
			return
		meetings = frappe.db.count("Overleg", {"gezin": self.name, "type": ["in", list(MET_GEZIN)]})
		findings = intake.ontbrekend_voor_start(domain_rows(self.intakestappen), meetings)
		findings += criteria.overleg_voogd_ontbreekt(domain_rows(self.leden), self.overleg_voogd_op)
		throw_findings(findings, _("Traject starten"))

	def check_consent_before_start(self):
		throw_findings(
			traject.toestemming_voor_start(
				self.workflow_state,
				self.has_value_changed("workflow_state"),
				not self.is_new() and grants.has_written_consent(self.name),
			),
			_("Toestemming"),
		)

	def update_grants_when_members_change(self):
		"""Which children's parts a consent covers depends on the members: follow them at once."""
		before = self.get_doc_before_save()
		if before and [(m.name, m.rol, m.geboortedatum) for m in before.leden] != [
			(m.name, m.rol, m.geboortedatum) for m in self.leden
		]:
			grants.sync_family(self.name)

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
		findings += jeugdmatch.controleer_afsluiting(domain_rows(self.leden))
		throw_findings(findings, _("Afsluiten"))

	def prepare_parents_judgement(self):
		"""At closure the parents judge every goal of the current plan: the rows are set out once."""
		from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan

		if self.workflow_state != traject.AFGESLOTEN or self.doeloordelen:
			return
		plan = current_plan(self.name)
		goals = frappe.get_doc("Zorgplan", plan).doelen if plan else []
		for row in afsluiting.doelen_voor_oordeel(goals):
			self.append("doeloordelen", {**row, "over_lid": leden.kind_met_naam(row["voor_wie"], self.leden)})

	def count_open_agreements(self) -> int:
		"""Open agreements of the family, read from their owners (meetings and the current plan)."""
		return afspraken.count_open(self.name)


def on_doctype_update():
	"""Frappe calls it on migrate: the place on the waitlist counts on (state, waitlist date)."""
	frappe.db.add_index("Gezin", ["workflow_state", "wachtlijst_datum"], "wachtlijst_plaats_index")
