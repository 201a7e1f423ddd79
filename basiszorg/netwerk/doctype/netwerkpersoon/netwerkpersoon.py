# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Someone of the family's informal network (basiszorg.domain.netwerk). Protected like the family
itself (consent scope gezinsgegevens); a child's own network person is that child's part."""

import frappe
from frappe import _
from frappe.model.document import Document

from basiszorg.domain import netwerk as regels
from basiszorg.domain.leden import kind_met_naam, naam
from basiszorg.permissions.changes import RecordChanges, acting_as_app
from basiszorg.records import ConflictInDutch, domain_record, family_members, member_choices, throw_findings

# rows that may name a network person (they keep their own text when the person goes)
NAMED_IN = (
	("Kindwereld", "vertrouwenspersoon"),
	("Zorgplan Doel", "netwerkpersoon"),
	("Zorgplan Signaal", "netwerkpersoon"),
)


class Netwerkpersoon(RecordChanges, ConflictInDutch, Document):
	def onload(self):
		self.set_onload("leden", member_choices(self))

	def validate(self):
		self.check_person()
		self.link_the_member()
		self.record_who_changed_it()

	def check_person(self):
		self.naam = (self.naam or "").strip()
		throw_findings(regels.controleer_netwerkpersoon(domain_record(self)), _("Netwerk"))

	def link_the_member(self):
		"""A person of one child (``voor_wie`` names that child) is that child's own part; the
		child's full name is kept, as the forms offer it."""
		members = family_members(self.gezin)
		self.over_lid = kind_met_naam(self.voor_wie, members)
		if self.over_lid:
			self.voor_wie = naam(next(m for m in members if m.name == self.over_lid))
		elif self.voor_wie:
			frappe.throw(
				_("Kies een kind van dit gezin, of laat het leeg voor het hele gezin."), title=_("Netwerk")
			)

	def record_who_changed_it(self):
		"""A change in the desk is the desk user's; the family's own changes (Mijn gezin's actions)
		name the member, and the coordinator is notified of those (setup/notifications.py)."""
		if not acting_as_app():
			self.bijgewerkt_door = frappe.utils.get_fullname(frappe.session.user)
			self.bijgewerkt_op = frappe.utils.now_datetime()

	def on_trash(self):
		self.let_go_of_links()

	def let_go_of_links(self):
		"""A person taken off the map is no longer linked from the child's world or the plan;
		the plan keeps its own words of who does what."""
		for doctype, field in NAMED_IN:
			for name in frappe.get_all(doctype, filters={field: self.name}, pluck="name"):
				frappe.db.set_value(doctype, name, field, None, update_modified=False)
