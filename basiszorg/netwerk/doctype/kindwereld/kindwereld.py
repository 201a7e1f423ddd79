# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""The child's world (seed 003): who the child can go to, whether the child knows what goes on at
home, whether daily life goes on, and the youngster's own words. The child's own part."""

import frappe
from frappe import _
from frappe.model.document import Document

from basiszorg.domain import netwerk as regels
from basiszorg.domain.leden import KIND, kind_met_naam, naam
from basiszorg.permissions.changes import RecordChanges
from basiszorg.records import ConflictInDutch, domain_record, family_members, throw_findings


class Kindwereld(RecordChanges, ConflictInDutch, Document):
	def onload(self):
		"""The children the reader may see (a child's name is part of their own part)."""
		from basiszorg.permissions.rules import row_visible, visible_parts

		covered = visible_parts(self.doctype, self.gezin, frappe.session.user)
		children = [m for m in family_members(self.gezin) if m.rol == KIND]
		self.set_onload(
			"kinderen", [naam(m) for m in children if covered is None or row_visible(m, "name", covered)]
		)

	def validate(self):
		self.link_the_child()
		self.check_one_per_child()
		self.check_trusted_person()
		throw_findings(regels.controleer_kindwereld(domain_record(self)), _("Kindwereld"))

	def link_the_child(self):
		members = family_members(self.gezin)
		self.over_lid = kind_met_naam(self.kind, members)
		if not self.over_lid:
			frappe.throw(_("Kies een kind van dit gezin."), title=_("Kindwereld"))
		self.kind = naam(next(m for m in members if m.name == self.over_lid))

	def check_one_per_child(self):
		other = frappe.db.get_value(
			"Kindwereld", {"gezin": self.gezin, "over_lid": self.over_lid, "name": ["!=", self.name or ""]}
		)
		if other:
			frappe.throw(
				_("Voor {0} is de kindwereld al vastgelegd ({1}).").format(self.kind, other),
				title=_("Kindwereld"),
			)

	def check_trusted_person(self):
		"""The trusted person is someone of this family's network: the whole family's, or this
		child's own (never another child's part)."""
		if not self.vertrouwenspersoon:
			return
		person = frappe.db.get_value(
			"Netwerkpersoon", self.vertrouwenspersoon, ["gezin", "over_lid"], as_dict=True
		)
		if not person or person.gezin != self.gezin:
			frappe.throw(_("Kies iemand uit het netwerk van dit gezin."), title=_("Kindwereld"))
		if not regels.past_bij_deel(person.over_lid, self.over_lid):
			frappe.throw(
				_("Kies iemand van het hele gezin of van {0} zelf.").format(self.kind), title=_("Kindwereld")
			)
