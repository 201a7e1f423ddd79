"""A registration from the website, in quarantine until a coordinator accepts or rejects it."""

import secrets

import frappe
from frappe import _
from frappe.model.document import Document

from basiszorg.domain import aanmelding as regels
from basiszorg.permissions.changes import RecordChanges
from basiszorg.records import throw_findings


class Aanmelding(RecordChanges, Document):
	def autoname(self):
		self.name = new_reference()

	def validate(self):
		self.check_the_rejection()

	def check_the_rejection(self):
		if self.status == regels.AFGEWEZEN:
			throw_findings(regels.afwijzing_fouten(self.afwijsreden, self.afwijs_toelichting), _("Afwijzen"))


def new_reference() -> str:
	"""A random reference not in use yet (it says nothing about how many registrations there are)."""
	while True:
		reference = regels.referentie(secrets.token_bytes(8))
		if not frappe.db.exists("Aanmelding", reference):
			return reference
