# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""A contact between meetings, on the family's timeline and protected like the family itself
(consent scope gezinsgegevens; see basiszorg.permissions.registry)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg.domain import contactmoment as regels
from basiszorg.domain.leden import KIND, naam
from basiszorg.permissions.changes import RecordChanges
from basiszorg.records import ConflictInDutch, domain_record, throw_findings


class Contactmoment(RecordChanges, ConflictInDutch, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		datum: DF.Date
		gezin: DF.Link
		gezinsnaam: DF.Data | None
		hoe: DF.Literal["Telefoon", "Bezoek", "E-mail", "Video"]
		hulpverlener: DF.Link | None
		met_wie: DF.Literal["Ouder", "Jongere", "Hulpverlener", "Anders"]
		naam: DF.Autocomplete | None
		notitie: DF.SmallText
		over_lid: DF.Data | None
		vervolg: DF.SmallText | None
		vervolg_op: DF.Date | None

	# end: auto-generated types
	def validate(self):
		members = self.family_members()
		self.name_the_professional()
		self.check_contact(members)
		self.link_the_member(members)

	def family_members(self) -> list:
		rows = frappe.get_all(
			"Gezinslid",
			filters={"parent": self.gezin, "parenttype": "Gezin"},
			fields=["name", "rol", "voornaam", "achternaam"],
		)
		return rows

	def name_the_professional(self):
		if self.met_wie == regels.MET_HULPVERLENER and self.hulpverlener:
			self.naam = frappe.db.get_value("Hulpverlener", self.hulpverlener, "volledige_naam")
		elif self.met_wie != regels.MET_HULPVERLENER:
			self.hulpverlener = None

	def check_contact(self, members):
		throw_findings(regels.controleer(domain_record(self), members, getdate()), _("Contactmoment"))

	def link_the_member(self, members):
		"""The member the contact was with gets their full name; a contact with a youngster is part
		of the youngster's own part: it names that child's row (``over_lid``), which the consent
		rules read (a youngster of 16+ decides who sees it)."""
		member = regels.gezinslid(self, members)
		if member:
			self.naam = naam(member)
		self.over_lid = member.name if member and member.rol == KIND else None
