# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""A measurement of how it goes (basiszorg.domain.resultaten): per goal of the family's plan, per
child the elements of basic care, for the parents draagkracht and draaglast; every score on its
scale (Meetschaal), every goal and child the family's own. Read like the plan it measures."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import get_fullname, getdate

from basiszorg.domain import resultaten as regels
from basiszorg.domain.leden import kind_met_naam, naam
from basiszorg.permissions.changes import RecordChanges, acting_as_app
from basiszorg.permissions.parts import ShowsOnlyCoveredParts
from basiszorg.records import ConflictInDutch, family_members, throw_findings
from basiszorg.resultaten import schalen

TITEL = "Meting"


class Meting(RecordChanges, ConflictInDutch, ShowsOnlyCoveredParts, Document):
	def onload(self):
		self.set_onload("elementen", schalen.elementen())

	def validate(self):
		self.take_the_meeting_of_the_family()
		self.check_the_goals_are_the_familys()
		self.link_the_children()
		self.check_every_score_on_its_scale()
		self.name_who_scored()

	def take_the_meeting_of_the_family(self):
		if not self.overleg:
			return
		meeting = frappe.db.get_value("Overleg", self.overleg, ["gezin", "starts_on"], as_dict=True)
		if not meeting or meeting.gezin != self.gezin:
			frappe.throw(_("Dit overleg hoort niet bij dit gezin."), title=_(TITEL))
		if not self.datum:
			self.datum = getdate(meeting.starts_on)

	def check_the_goals_are_the_familys(self):
		"""A goal scored is a goal of one of this family's plans; its words and its child come from
		the plan (a score for another family's goal is refused)."""
		goals = {
			g.doel_id: g
			for g in frappe.get_all(
				"Zorgplan Doel",
				filters={"parenttype": "Zorgplan", "parent": ["in", frappe.get_all("Zorgplan", {"gezin": self.gezin}, pluck="name")]},
				fields=["doel_id", "doel", "over_lid"],
				order_by="creation desc",
			)
			if g.doel_id
		} if self.gezin else {}
		for row in self.doelen:
			goal = goals.get(row.doel_id)
			if not goal:
				frappe.throw(_("Het doel '{0}' hoort niet bij het plan van dit gezin.").format(row.doel or row.doel_id or ""), title=_(TITEL))
			row.doel, row.over_lid = goal.doel, goal.over_lid

	def link_the_children(self):
		members = family_members(self.gezin)
		for row in self.basiszorg:
			row.over_lid = kind_met_naam(row.kind, members)
			if not row.over_lid:
				frappe.throw(_("'{0}' is geen kind van dit gezin.").format(row.kind or ""), title=_(TITEL))
			row.kind = naam(next(m for m in members if m.name == row.over_lid))

	def check_every_score_on_its_scale(self):
		goals, care, balance = (schalen.toegestaan(s) for s in (regels.DOELBEREIK, regels.BASISZORG, regels.DRAAGKRACHT))
		findings = []
		for row in self.doelen:
			findings += regels.score_fouten(row.score, goals, _("Doel '{0}'").format(row.doel))
		for row in self.basiszorg:
			findings += regels.score_fouten(row.score, care, f"{row.kind}: {_(row.element)}")
		findings += regels.score_fouten(self.draagkracht, balance, _("Draagkracht"))
		findings += regels.score_fouten(self.draaglast, balance, _("Draaglast"))
		throw_findings(findings, _(TITEL))
		# stored as the plain number ("+1" and " 2" are 1 and 2); an empty score stays empty
		for row in (*self.doelen, *self.basiszorg):
			row.score = regels.als_score(row.score)
		self.draagkracht, self.draaglast = regels.als_score(self.draagkracht), regels.als_score(self.draaglast)

	def name_who_scored(self):
		"""A measurement made in the desk is the coordinator's; the family's own (Mijn gezin) names
		the member, set by its action."""
		if not acting_as_app():
			self.door = regels.COORDINATOR
			self.door_naam = get_fullname(frappe.session.user)
			self.over_lid = None
