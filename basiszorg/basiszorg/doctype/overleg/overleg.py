# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import add_to_date, get_datetime, getdate

from basiszorg.domain import overleg as regels
from basiszorg.permissions.consent import scopes_today
from basiszorg.records import domain_rows

VERZONDEN = "Verslag verzonden"
CONCEPT = "Verslag concept"
HELD_STATES = ("Gehouden", CONCEPT, VERZONDEN)


class Overleg(Document):
	def validate(self):
		self.check_dates()
		self.check_participants()
		self.set_default_end()
		self.set_next_meeting()
		self.set_distribution_list()
		self.check_sent_only_by_sending()

	def on_update(self):
		if self.workflow_state in HELD_STATES:
			self.update_care_plan()

	def update_care_plan(self):
		"""Agreements and goal evaluations of a held meeting flow into the family's current plan."""
		from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan

		name = current_plan(self.gezin)
		if not name or not (self.afspraken or self.doelevaluaties):
			return
		plan = frappe.get_doc("Zorgplan", name)
		changed = self.mirror_agreements(plan) | self.apply_evaluations(plan)
		if changed:
			plan.flags.from_overleg = self.name
			plan.save()

	def mirror_agreements(self, plan) -> bool:
		mirrored = {row.overleg_afspraak: row for row in plan.afspraken if row.overleg_afspraak}
		changed = False
		for agreement in self.afspraken:
			values = {
				"wat": agreement.wat,
				"wie": agreement.wie or _(agreement.wie_soort),
				"hulpverlener": agreement.hulpverlener,
				"wanneer": getdate(agreement.wanneer),
				"overleg": self.name,
				"overleg_afspraak": agreement.name,
			}
			row = mirrored.get(agreement.name)
			if row is None:
				plan.append("afspraken", {**values, "status": agreement.status})
				changed = True
			elif any((getdate(row.get(k)) if k == "wanneer" else row.get(k)) != v for k, v in values.items()):
				row.update(values)
				changed = True
		return changed

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
	def doelen_ophalen(self):
		"""Put the open goals of the current plan on this meeting, to evaluate them in place."""
		from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan
		from basiszorg.domain.zorgplan import open_doelen

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
						"doel": f"{goal.voor_wie}: {goal.doel}",
						"status": goal.status,
						"evaluatie": goal.evaluatie,
					},
				)
		self.save()

	def check_dates(self):
		registered = frappe.db.get_value("Gezin", self.gezin, "aanmelddatum")
		if registered and getdate(self.starts_on) < getdate(registered):
			frappe.throw(_("Het overleg ligt voor de aanmelddatum van het gezin."), title=_("Datum"))
		if self.ends_on and get_datetime(self.ends_on) < get_datetime(self.starts_on):
			frappe.throw(_("Het einde van het overleg ligt voor het begin."), title=_("Datum"))
		for row in self.afspraken:
			if getdate(row.wanneer) < getdate(self.starts_on):
				frappe.throw(
					_("Rij {0}: de afspraak '{1}' moet na het overleg klaar zijn, niet ervoor.").format(
						row.idx, row.wat
					),
					title=_("Afspraken"),
				)

	def check_participants(self):
		if self.type == regels.VOORBESPREKING and any(d.soort == regels.OUDER for d in self.deelnemers):
			frappe.throw(
				_("Een voorbespreking is alleen met hulpverleners, zonder ouders."), title=_("Deelnemers")
			)

	def set_default_end(self):
		if self.starts_on and not self.ends_on:
			self.ends_on = add_to_date(self.starts_on, hours=1, minutes=30)

	def set_next_meeting(self):
		if not self.volgend_overleg and self.starts_on:
			months = frappe.db.get_single_value("Basiszorg Instellingen", "overleg_interval_maanden") or 3
			self.volgend_overleg = regels.volgende_overlegdatum(getdate(self.starts_on), months)

	def distribution(self) -> list:
		"""Who receives the minutes if they are sent now (consents as they are today)."""
		betrokkenen = frappe.get_doc("Gezin", self.gezin).betrokkenen
		rows = domain_rows(betrokkenen)
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
		default_gp_jgz = frappe.db.get_single_value("Basiszorg Instellingen", "huisarts_jgz_standaard")
		return regels.verzendlijst(
			domain_rows(self.deelnemers), rows, scopes_today(self.gezin, professionals), bool(default_gp_jgz)
		)

	def set_distribution_list(self):
		"""Preview who would receive the minutes while they are in draft; frozen once sent."""
		if self.workflow_state in (CONCEPT, None, "") or self.is_new():
			self.set("verzendlijst", [vars(o) for o in self.distribution()])

	def check_sent_only_by_sending(self):
		if (
			self.workflow_state == VERZONDEN
			and self.has_value_changed("workflow_state")
			and not self.flags.sending
		):
			frappe.throw(
				_(
					"Verstuur het verslag met de knop 'Verslag versturen'; dan krijgt alleen wie mag het verslag."
				),
				title=_("Verslag niet verzonden"),
			)
