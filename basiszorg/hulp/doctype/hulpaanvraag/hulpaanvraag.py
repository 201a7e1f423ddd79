# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Extra help requested for a family (basiszorg.domain.hulpaanvraag): its life follows the
workflow *Hulpaanvraag*; each state has its date, a refusal its reason. Protected like the family
itself (consent scope gezinsgegevens); help for one child is that child's part."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg.domain import hulpaanvraag as regels
from basiszorg.domain.leden import kind_met_naam, naam
from basiszorg.domain.traject import BEEINDIGD
from basiszorg.hulp import doelen
from basiszorg.permissions.changes import RecordChanges
from basiszorg.records import ConflictInDutch, domain_record, family_members, member_choices, throw_findings

TITEL = "Hulpaanvraag"


class Hulpaanvraag(RecordChanges, ConflictInDutch, Document):
	def onload(self):
		self.set_onload("leden", member_choices(self))
		self.set_onload("doelen", [d["doel"] for d in doelen.of_current_plan(self.gezin)])

	def before_insert(self):
		self.aangevraagd_door = frappe.session.user
		self.workflow_state = self.workflow_state or regels.AANGEVRAAGD

	def validate(self):
		self.check_the_family_is_in_traject()
		self.link_the_member()
		self.link_the_goal()
		self.date_the_state_reached()
		self.check_the_step()
		self.check_the_request()

	def on_update(self):
		self.tell_the_plan_when_help_starts()

	def check_the_family_is_in_traject(self):
		if self.is_new() and frappe.db.get_value("Gezin", self.gezin, "workflow_state") in BEEINDIGD:
			frappe.throw(_("Dit gezin is niet meer in traject: er kan geen hulp meer worden aangevraagd."), title=_(TITEL))

	def link_the_member(self):
		"""Help for one child (``voor_wie`` names that child) is that child's own part."""
		members = family_members(self.gezin)
		self.over_lid = kind_met_naam(self.voor_wie, members)
		if self.over_lid:
			self.voor_wie = naam(next(m for m in members if m.name == self.over_lid))
		elif self.voor_wie:
			frappe.throw(_("Kies een kind van dit gezin, of laat het leeg voor het gezin of de ouder."), title=_(TITEL))

	def link_the_goal(self):
		"""The goal is chosen by its words; the request keeps the goal's own mark (``doel_id``),
		which stays the same through the plan's versions."""
		if not self.doel:
			self.doel_id = None
			return
		found = next((d for d in doelen.of_current_plan(self.gezin) if d["doel"] == self.doel), None)
		if not found and not (self.doel_id and not self.has_value_changed("doel")):
			frappe.throw(_("Kies een doel uit het huidige plan van dit gezin."), title=_(TITEL))
		if found:
			self.doel_id = found["doel_id"]

	def date_the_state_reached(self):
		"""A step of the workflow taken today is dated today, unless a date was filled in."""
		veld = regels.DATUM_VAN.get(self.workflow_state)
		if veld and not self.get(veld):
			self.set(veld, getdate())

	def check_the_step(self):
		before = self.get_doc_before_save()
		throw_findings(
			regels.overgang_fouten(before.workflow_state if before else None, self.workflow_state), _(TITEL)
		)

	def check_the_request(self):
		throw_findings(regels.fouten({**domain_record(self), "status": self.workflow_state}, getdate()), _(TITEL))

	def tell_the_plan_when_help_starts(self):
		before = self.get_doc_before_save()
		if self.workflow_state == regels.GESTART and (not before or before.workflow_state != regels.GESTART):
			doelen.help_started(self)


