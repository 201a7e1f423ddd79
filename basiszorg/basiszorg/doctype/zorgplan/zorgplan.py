# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg import afspraken
from basiszorg.domain import zorgplan as regels
from basiszorg.domain.criteria import kinderen_buiten_traject
from basiszorg.domain.leden import kind_met_naam
from basiszorg.permissions.changes import RecordChanges
from basiszorg.permissions.parts import ShowsOnlyCoveredParts
from basiszorg.records import (
	ConflictInDutch,
	domain_rows,
	family_members,
	mark_rows_about_children,
	member_choices,
	throw_findings,
)

CARRIED_OVER = ("krachten", "netwerk", "opvang_kinderen", "crisiscontact")
SIGNAL_FIELDS = ("signaal", "bij_wie", "wat_te_doen", "wie")


def current_plan(gezin: str) -> str | None:
	"""The family's current plan: the adopted one, else the draft being prepared."""
	for state in (regels.VASTGESTELD, regels.CONCEPT):
		name = frappe.db.get_value(
			"Zorgplan", {"gezin": gezin, "workflow_state": state}, "name", order_by="versie desc"
		)
		if name:
			return name
	return None


class Zorgplan(RecordChanges, ConflictInDutch, ShowsOnlyCoveredParts, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from basiszorg.basiszorg.doctype.zorgplan_afspraak.zorgplan_afspraak import ZorgplanAfspraak
		from basiszorg.basiszorg.doctype.zorgplan_doel.zorgplan_doel import ZorgplanDoel
		from basiszorg.basiszorg.doctype.zorgplan_doelhistorie.zorgplan_doelhistorie import (
			ZorgplanDoelhistorie,
		)
		from basiszorg.basiszorg.doctype.zorgplan_signaal.zorgplan_signaal import ZorgplanSignaal

		afspraken: DF.Table[ZorgplanAfspraak]
		akkoord_hoe: DF.Literal["", "In het gezinsoverleg", "Schriftelijk", "Digitaal", "Mondeling"]
		akkoord_ouders_op: DF.Date | None
		crisiscontact: DF.SmallText | None
		doelen: DF.Table[ZorgplanDoel]
		geldig_vanaf: DF.Date
		gezin: DF.Link
		gezinsnaam: DF.Data | None
		historie: DF.Table[ZorgplanDoelhistorie]
		krachten: DF.Text | None
		netwerk: DF.Text | None
		opvang_kinderen: DF.SmallText | None
		signalen: DF.Table[ZorgplanSignaal]
		versie: DF.Int
		vorige_versie: DF.Link | None
		workflow_state: DF.Link | None

	# end: auto-generated types
	def before_insert(self):
		self.check_single_draft()
		self.versie = (frappe.db.count("Zorgplan", {"gezin": self.gezin}) or 0) + 1

	def onload(self):
		afspraken.show_owner_status(self)
		self.set_onload("leden", member_choices(self))

	def validate(self):
		members = family_members(self.gezin)
		self.keep_updates_made_meanwhile()
		self.check_goals_are_for_children_in_the_traject(members)
		self.mark_signs_seen_in_youngsters(members)
		self.assign_goal_ids()
		self.mark_rows_about_children()
		self.record_goal_history()
		self.check_adoption()
		self.check_network_people()
		self.send_agreement_status_to_owners()

	def keep_updates_made_meanwhile(self):
		"""A status written by the agreement's own person while this copy was open stays."""
		from basiszorg.domain.samenwerken import AFSPRAAK_VELDEN
		from basiszorg.samenwerken.eigen import keep_updates_made_meanwhile

		keep_updates_made_meanwhile(self, (("afspraken", AFSPRAAK_VELDEN),))

	def on_update(self):
		if self.workflow_state == regels.VASTGESTELD and self.has_value_changed("workflow_state"):
			self.replace_previous_versions()
			self.keep_the_network_map()

	def check_network_people(self):
		"""Who works on a goal, or does what in the signaleringsplan, can be someone of this family's
		network: the whole family's or of the child the row is about (never another child's part);
		their name is written in when the person is chosen; a person of another family is refused."""
		from basiszorg.domain.netwerk import past_bij_deel

		before = self.get_doc_before_save()
		chosen_before = {
			row.name: row.get("netwerkpersoon")
			for table in ("doelen", "signalen")
			for row in (before.get(table) if before else [])
		}
		for table, text_field in (("doelen", "wie_werkt_eraan"), ("signalen", "wie")):
			for row in self.get(table):
				if not row.get("netwerkpersoon"):
					continue
				person = frappe.db.get_value(
					"Netwerkpersoon", row.netwerkpersoon, ["gezin", "naam", "over_lid"], as_dict=True
				)
				if not person or person.gezin != self.gezin:
					frappe.throw(_("Kies iemand uit het netwerk van dit gezin."), title=_("Zorgplan"))
				if not past_bij_deel(person.over_lid, row.get("over_lid")):
					frappe.throw(
						_("{0} hoort bij het eigen netwerk van een ander kind.").format(person.naam),
						title=_("Zorgplan"),
					)
				if not row.get(text_field) or chosen_before.get(row.name) != row.netwerkpersoon:
					row.set(text_field, person.naam)

	def keep_the_network_map(self):
		"""The map as it is when this version is adopted, to see later how the network changed."""
		from basiszorg.domain.netwerk import MOMENT_PLAN
		from basiszorg.netwerk.kaart import keep_moment

		keep_moment(self.gezin, MOMENT_PLAN, self.name)

	def check_single_draft(self):
		if frappe.db.exists("Zorgplan", {"gezin": self.gezin, "workflow_state": regels.CONCEPT}):
			frappe.throw(
				_("Er is al een conceptversie van het zorgplan voor dit gezin."), title=_("Zorgplan")
			)

	def check_goals_are_for_children_in_the_traject(self, members):
		"""No goals for a child under OTS (outside the coordination)."""
		findings = regels.doelen_buiten_traject(domain_rows(self.doelen), kinderen_buiten_traject(members))
		throw_findings(findings, _("Doelen"))

	def mark_signs_seen_in_youngsters(self, members):
		"""A sign of the signaleringsplan seen in a youngster is theirs (``over_lid``)."""
		for signal in self.signalen:
			signal.over_lid = kind_met_naam(signal.bij_wie, members)

	def assign_goal_ids(self):
		for goal in self.doelen:
			goal.doel_id = goal.doel_id or frappe.generate_hash(length=10)

	def mark_rows_about_children(self):
		mark_rows_about_children(self, family_members(self.gezin))

	def record_goal_history(self):
		"""Keep every change of a goal's status or evaluation, with the meeting it came from."""
		before = self.get_doc_before_save()
		previous = domain_rows(before.doelen) if before else []
		for goal in regels.gewijzigde_doelen(previous, self.doelen):
			self.append(
				"historie",
				{
					"doel_id": goal.doel_id,
					"datum": goal.evaluatiedatum or getdate(),
					"doel": (goal.doel or "")[:140],
					"status": goal.status,
					"evaluatie": goal.evaluatie,
					"overleg": self.flags.from_overleg,
					"over_lid": goal.over_lid,
				},
			)

	def send_agreement_status_to_owners(self):
		"""Agreements made in a meeting are owned there: a status changed here changes it there."""
		afspraken.write_plan_changes_to_owners(self)

	def check_adoption(self):
		if self.workflow_state == regels.VASTGESTELD and self.has_value_changed("workflow_state"):
			findings = regels.controleer_vaststellen(self.as_dict())
			findings += regels.controleer_signaleringsplan(domain_rows(self.signalen), self.opvang_kinderen)
			throw_findings(findings, _("Zorgplan vaststellen"))

	def replace_previous_versions(self):
		for name in frappe.get_all(
			"Zorgplan",
			filters={"gezin": self.gezin, "workflow_state": regels.VASTGESTELD, "name": ["!=", self.name]},
			pluck="name",
		):
			frappe.db.set_value("Zorgplan", name, "workflow_state", regels.VERVANGEN)
			frappe.get_doc("Zorgplan", name).add_comment(
				"Info", _("Vervangen door versie {0} ({1}).").format(self.versie, self.name)
			)

	@frappe.whitelist()
	def nieuwe_versie(self) -> str:
		"""A new draft that carries over the open goals (with their history) and open agreements."""
		self.check_permission("write")
		if self.workflow_state != regels.VASTGESTELD:
			frappe.throw(_("Maak een nieuwe versie vanuit het vastgestelde zorgplan."), title=_("Zorgplan"))
		new = frappe.new_doc("Zorgplan")
		new.update(
			{"gezin": self.gezin, "vorige_versie": self.name, **{f: self.get(f) for f in CARRIED_OVER}}
		)
		keep = (
			"doel_id",
			"levensgebied",
			"voor_wie",
			"over_lid",
			"doel",
			"wie_werkt_eraan",
			"status",
			"evaluatie",
			"evaluatiedatum",
		)
		for goal in regels.open_doelen(self.doelen):
			new.append("doelen", {f: goal.get(f) for f in keep})
		open_ids = {g.doel_id for g in new.doelen}
		for row in self.historie:
			if row.doel_id in open_ids:
				new.append(
					"historie",
					{
						f: row.get(f)
						for f in ("doel_id", "datum", "doel", "status", "evaluatie", "overleg", "over_lid")
					},
				)
		for signal in self.signalen:
			new.append("signalen", {f: signal.get(f) for f in SIGNAL_FIELDS})
		for agreement in regels.open_afspraken(self.afspraken):
			new.append(
				"afspraken",
				{
					f: agreement.get(f)
					for f in (
						"wat",
						"voor_wie",
						"wie",
						"hulpverlener",
						"wanneer",
						"status",
						"overleg",
						"overleg_afspraak",
					)
				},
			)
		new.insert()
		return new.name
