# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import get_datetime, getdate

from basiszorg import afspraken, instellingen
from basiszorg import intake as intake_steps
from basiszorg.domain import overleg as regels
from basiszorg.domain import uitnodiging
from basiszorg.domain.leden import kind_met_naam
from basiszorg.domain.zorgplan import open_doelen
from basiszorg.permissions.changes import RecordChanges
from basiszorg.permissions.grants import scopes_today
from basiszorg.permissions.parts import ShowsOnlyCoveredParts
from basiszorg.records import (
	ConflictInDutch,
	domain_rows,
	family_members,
	mark_rows_about_children,
	member_choices,
	throw_findings,
	translate,
)


class Overleg(RecordChanges, ConflictInDutch, ShowsOnlyCoveredParts, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from basiszorg.basiszorg.doctype.overleg_afspraak.overleg_afspraak import OverlegAfspraak
		from basiszorg.basiszorg.doctype.overleg_agendapunt.overleg_agendapunt import OverlegAgendapunt
		from basiszorg.basiszorg.doctype.overleg_deelnemer.overleg_deelnemer import OverlegDeelnemer
		from basiszorg.basiszorg.doctype.overleg_doelevaluatie.overleg_doelevaluatie import (
			OverlegDoelevaluatie,
		)
		from basiszorg.basiszorg.doctype.overleg_levensgebied.overleg_levensgebied import OverlegLevensgebied
		from basiszorg.basiszorg.doctype.overleg_ontvanger.overleg_ontvanger import OverlegOntvanger
		from basiszorg.basiszorg.doctype.overleg_postverzending.overleg_postverzending import (
			OverlegPostverzending,
		)

		afspraken: DF.Table[OverlegAfspraak]
		agenda: DF.TextEditor | None
		agendapunten: DF.Table[OverlegAgendapunt]
		besproken: DF.Table[OverlegLevensgebied]
		deelnemers: DF.Table[OverlegDeelnemer]
		doelevaluaties: DF.Table[OverlegDoelevaluatie]
		ends_on: DF.Datetime | None
		gezin: DF.Link
		gezinsnaam: DF.Data | None
		locatie: DF.Data | None
		postverzending: DF.Table[OverlegPostverzending]
		starts_on: DF.Datetime
		type: DF.Literal["Voorbespreking", "Gezinsoverleg", "Evaluatie", "Afsluitend overleg"]
		uitnodigingen_verstuurd_op: DF.Datetime | None
		verslag_versie: DF.Int
		verzendlijst: DF.Table[OverlegOntvanger]
		verzonden_op: DF.Datetime | None
		videolink: DF.Data | None
		volgend_overleg: DF.Date | None
		voorzitter: DF.Link
		workflow_state: DF.Link | None

	# end: auto-generated types
	def onload(self):
		"""The members a row can be for, and the warnings the minutes dialog shows before sending."""
		self.set_onload("leden", member_choices(self))
		# asked quietly: a reader who may not send (a professional) gets no "not allowed" message
		if self.gezin and frappe.has_permission(self.doctype, "email", doc=self):
			rows = domain_rows(frappe.get_doc("Gezin", self.gezin).betrokkenen)
			warnings = regels.standaardkopie_ontbreekt(rows, bool(instellingen.get().huisarts_jgz_standaard))
			self.set_onload("kopie_waarschuwingen", [translate(w) for w in warnings])
		from basiszorg.api.overleg import werk_verzendstatus_bij

		werk_verzendstatus_bij(self)  # per receiver: did the e-mail with the minutes leave?
		if not self.is_new():
			from basiszorg.samenwerken.inbreng import for_the_form

			self.set_onload("inbreng", for_the_form(self.name))

	def validate(self):
		normen = instellingen.normen()
		self.keep_updates_made_meanwhile()
		self.start_minutes_from_contributions()
		self.check_dates()
		self.check_participants()
		self.check_consent_of_new_participants()
		self.mark_rows_about_children()
		self.set_default_end(normen.overleg_duur_minuten)
		self.set_next_meeting(normen.overleg_interval_maanden)
		self.set_distribution_list()
		self.check_sent_only_by_sending()
		self.link_agenda_points_to_members()

	def on_update(self):
		self.mark_contributions_taken()
		intake_steps.tick_off_for_meeting(self)
		if self.workflow_state in regels.GEHOUDEN_STATUSSEN:
			self.update_care_plan()
		self.keep_the_network_map_at_an_evaluation()

	def keep_the_network_map_at_an_evaluation(self):
		"""An evaluation with the family, once held, keeps the network map of that day."""
		if (
			self.type == regels.EVALUATIE
			and self.workflow_state == regels.GEHOUDEN
			and self.has_value_changed("workflow_state")
		):
			from basiszorg.domain.netwerk import MOMENT_EVALUATIE
			from basiszorg.netwerk.kaart import keep_moment

			keep_moment(self.gezin, MOMENT_EVALUATIE)

	def keep_updates_made_meanwhile(self):
		"""An agreement's status or an invitation's answer written by its own person while this
		copy was open stays (basiszorg.samenwerken)."""
		from basiszorg.domain.samenwerken import AFSPRAAK_VELDEN, ANTWOORD_VELDEN
		from basiszorg.samenwerken.eigen import keep_updates_made_meanwhile

		keep_updates_made_meanwhile(self, (("afspraken", AFSPRAAK_VELDEN), ("deelnemers", ANTWOORD_VELDEN)))

	def start_minutes_from_contributions(self):
		"""When the meeting is held, what was sent before it is in the minutes draft."""
		if self.workflow_state == regels.GEHOUDEN and self.has_value_changed("workflow_state"):
			from basiszorg.samenwerken.inbreng import take_into_minutes

			self.flags.contributions_taken = take_into_minutes(self)

	def mark_contributions_taken(self):
		from basiszorg.samenwerken.inbreng import mark_taken

		mark_taken(self.flags.pop("contributions_taken", None) or [])

	def check_dates(self):
		registered = frappe.db.get_value("Gezin", self.gezin, "aanmelddatum")
		findings = regels.controleer_datums(
			get_datetime(self.starts_on),
			get_datetime(self.ends_on) if self.ends_on else None,
			getdate(registered) if registered else None,
			domain_rows(self.afspraken),
		)
		throw_findings(findings, _("Datum"))

	def check_participants(self):
		throw_findings(regels.controleer_deelnemers(self.type, domain_rows(self.deelnemers)), _("Deelnemers"))

	def check_consent_of_new_participants(self):
		"""A professional joins a meeting with the family only with the parents' consent for it
		(checked when added: a later withdrawal is handled when the minutes are sent)."""
		before = self.get_doc_before_save()
		known = {row.name for row in before.deelnemers} if before else set()
		added = [row for row in self.deelnemers if not row.name or row.name not in known]
		professionals = [row.hulpverlener for row in added if row.hulpverlener]
		if not professionals:
			return
		names = {
			row.name: (row.volledige_naam, row.zorgorganisatie)
			for row in frappe.get_all(
				"Hulpverlener",
				filters={"name": ["in", professionals]},
				fields=["name", "volledige_naam", "zorgorganisatie"],
			)
		}
		findings = regels.deelnemers_zonder_toestemming(
			domain_rows(added), scopes_today(self.gezin, professionals), names
		)
		throw_findings(findings, _("Deelnemers"))

	def mark_rows_about_children(self):
		mark_rows_about_children(self, family_members(self.gezin))

	def set_default_end(self, minutes: int):
		if self.starts_on and not self.ends_on:
			self.ends_on = regels.standaard_einde(get_datetime(self.starts_on), minutes)

	def set_next_meeting(self, months: int):
		if not self.volgend_overleg and self.starts_on:
			self.volgend_overleg = regels.volgende_overlegdatum(getdate(self.starts_on), months)

	def set_distribution_list(self):
		"""Preview who would receive the minutes while they are in draft; frozen once sent."""
		if self.workflow_state in (regels.VERSLAG_CONCEPT, None, "") or self.is_new():
			self.set("verzendlijst", [vars(o) for o in self.distribution()])

	def check_sent_only_by_sending(self):
		findings = regels.verzonden_zonder_versturen(
			self.workflow_state, self.has_value_changed("workflow_state"), bool(self.flags.sending)
		)
		throw_findings(findings, _("Verslag niet verzonden"))

	def link_agenda_points_to_members(self):
		"""A topic brought in by a youngster is theirs: the row names that child (``over_lid``). A
		mark already there (a topic taken from a contribution about a child) stays: fail closed."""
		members = family_members(self.gezin)
		for point in self.agendapunten:
			child = kind_met_naam(point.ingebracht_door, members)
			if child:
				point.over_lid = child

	def invitations(self) -> list:
		"""Who is invited and how, with the consents as they are today."""
		professionals = [d.hulpverlener for d in self.deelnemers if d.hulpverlener]
		return uitnodiging.uitnodigingslijst(
			domain_rows(self.deelnemers), scopes_today(self.gezin, professionals)
		)

	def distribution(self) -> list:
		"""Who receives the minutes if they are sent now (consents as they are today)."""
		family = frappe.get_doc("Gezin", self.gezin)
		rows = domain_rows(family.betrokkenen)
		outside = {member.name for member in family.leden if member.buiten_traject}
		emails = (
			dict(
				frappe.get_all(
					"Hulpverlener",
					filters={"name": ["in", [r.hulpverlener for r in rows]]},
					fields=["name", "email"],
					as_list=True,
				)
			)
			if rows
			else {}
		)
		for row in rows:
			row.email = emails.get(row.hulpverlener)
		professionals = list(
			{*(r.hulpverlener for r in rows), *(d.hulpverlener for d in self.deelnemers if d.hulpverlener)}
		)
		return regels.verzendlijst(
			domain_rows(self.deelnemers),
			rows,
			scopes_today(self.gezin, professionals),
			bool(instellingen.get().huisarts_jgz_standaard),
			frozenset(r.hulpverlener for r in rows if r.over_lid and r.over_lid in outside),
		)

	def update_care_plan(self):
		"""Agreements and goal evaluations of a held meeting flow into the family's current plan."""
		from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan

		name = current_plan(self.gezin)
		if not name or not (self.afspraken or self.doelevaluaties):
			return
		plan = frappe.get_doc("Zorgplan", name)
		changed = afspraken.mirror_meeting_into_plan(self, plan) | self.apply_evaluations(plan)
		if changed:
			plan.flags.from_overleg = self.name
			plan.save()

	def apply_evaluations(self, plan) -> bool:
		goals = {goal.doel_id: goal for goal in plan.doelen}
		changed = False
		for evaluation in self.doelevaluaties:
			goal = goals.get(evaluation.doel_id)
			if goal and (goal.status, goal.evaluatie or "") != (
				evaluation.status,
				evaluation.evaluatie or "",
			):
				goal.update(
					{
						"status": evaluation.status,
						"evaluatie": evaluation.evaluatie,
						"evaluatiedatum": getdate(self.starts_on),
					}
				)
				changed = True
		return changed

	@frappe.whitelist()
	def inbreng_overnemen(self) -> int:
		"""Put contributions sent since into the minutes draft (also after the meeting was held)."""
		from basiszorg.samenwerken.inbreng import take_into_minutes

		self.check_permission("write")
		taken = take_into_minutes(self)
		self.flags.contributions_taken = taken
		self.save()
		return len(taken)

	@frappe.whitelist()
	def doelen_ophalen(self):
		"""Put the open goals of the current plan on this meeting, to evaluate them in place."""
		from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan

		self.check_permission("write")
		name = current_plan(self.gezin)
		if not name:
			frappe.throw(_("Dit gezin heeft nog geen zorgplan."), title=_("Doelen"))
		present = {row.doel_id for row in self.doelevaluaties}
		for goal in open_doelen(frappe.get_doc("Zorgplan", name).doelen):
			if goal.doel_id not in present:
				self.append(
					"doelevaluaties",
					{
						"doel_id": goal.doel_id,
						"over_lid": goal.over_lid,
						"doel": f"{goal.voor_wie}: {goal.doel}",
						"status": goal.status,
						"evaluatie": goal.evaluatie,
					},
				)
		self.save()
