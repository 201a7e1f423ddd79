# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""Zorg over veiligheid: the meldcode's five steps for one family, in the family's file.

Each step is a state of the workflow "Zorg over veiligheid"; what a state needs is decided by the
pure rules in ``basiszorg.domain.meldcode`` on every save, so it holds for the workflow's buttons,
the REST API and a workflow an administrator edited alike. Who reads and changes it is decided in
``basiszorg.permissions`` (coordinators; the meldcode officer reads and comments).
"""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain import meldcode
from basiszorg.domain.leden import kind_met_naam, kinderen, naam
from basiszorg.permissions.changes import RecordChanges
from basiszorg.records import ConflictInDutch, domain_record, domain_rows, family_members, throw_findings
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS

TABLES = ("signalen", "stappen", "consultaties", "afwegingen")


class Zorgoverveiligheid(RecordChanges, ConflictInDutch, Document):
	def onload(self):
		"""The family's children as choices for 'about which child' and the conversation."""
		children = [naam(k) for k in kinderen(family_members(self.gezin))]
		self.set_onload("kinderen", [*children, meldcode.ALLE_KINDEREN])

	def validate(self):
		today = getdate()
		members = family_members(self.gezin)
		self.fill_defaults(today)
		self.set_out_the_steps()
		self.set_out_the_questions()
		self.mark_signs_about_children(members)
		self.take_over_anonymous_consultations()
		self.follow_the_steps(today)
		self.weigh()
		self.sign_the_report_and_decisions(today)
		self.record_the_exception(today)
		self.check_every_state(today)
		self.check_what_the_step_needs()
		self.check_the_exclusion_at_registration()
		self.check_the_officers_asked()

	def on_update(self):
		self.notify_the_officers_asked()

	# -- the steps ---------------------------------------------------------------------------------
	def fill_defaults(self, today):
		self.workflow_state = self.workflow_state or meldcode.SIGNALEN
		self.coordinator = self.coordinator or frappe.session.user
		self.geopend_op = self.geopend_op or today

	def set_out_the_steps(self):
		"""Always the five steps, in order, with their titles."""
		have = [{"stap": row.stap} for row in self.stappen]
		_sync_rows(self, "stappen", meldcode.stappen_klaarzetten(have), "stap")

	def set_out_the_questions(self):
		"""The afwegingskader's questions, named once in the domain, one row each."""
		have = [{"vraag_code": row.vraag_code} for row in self.afwegingen]
		_sync_rows(self, "afwegingen", meldcode.afwegingen_klaarzetten(have), "vraag_code")

	def mark_signs_about_children(self, members):
		findings = []
		for sign in self.signalen:
			sign.over_lid = kind_met_naam(sign.over_wie, members)
			findings += meldcode.signaal_over(sign.over_wie, bool(sign.over_lid))
		throw_findings(findings, _("Signalen"))

	def take_over_anonymous_consultations(self):
		"""A consultation that was held anonymously in Advies en overleg (no personal data there) is
		linked here later: its date and advice come along; the anonymous record is left as it was."""
		for row in self.consultaties:
			if not row.advies_en_overleg:
				continue
			earlier = frappe.db.get_value(
				"Advies en Overleg", row.advies_en_overleg, ["datum", "advies"], as_dict=True
			)
			if earlier:
				row.datum = row.datum or earlier.datum
				row.advies = row.advies or earlier.advies
				row.anoniem = 1

	def follow_the_steps(self, today):
		"""A new step starts today; the steps left behind get their date and who, when still empty."""
		before = self.get_doc_before_save()
		van = before.workflow_state if before else meldcode.SIGNALEN
		changes = meldcode.stapvoortgang(
			van,
			self.workflow_state,
			domain_rows(self.stappen),
			today,
			frappe.session.user,
			bool(self.besluit),
		)
		rows = {row.stap: row for row in self.stappen}
		for change in changes:
			rows[change.stap].update(change.velden)
		if self.is_new() or van != self.workflow_state:
			self.stap_sinds = today
		first = rows[1]
		first.begonnen_op = first.begonnen_op or self.geopend_op

	def weigh(self):
		"""The afwegingskader's advice follows the answers; it is step 4's outcome unless the
		coordinator wrote another."""
		advice = meldcode.advies(meldcode.antwoorden_van(domain_rows(self.afwegingen))).uitkomst
		self.advies_afwegingskader = advice or ""
		step4 = next(row for row in self.stappen if row.stap == 4)
		if advice and not step4.uitkomst:
			step4.uitkomst = advice

	def sign_the_report_and_decisions(self, today):
		"""Who reported and when each decision was taken are filled in, when left empty."""
		if self.melding_op and not self.gemeld_door:
			self.gemeld_door = frappe.session.user
		if self.besluit and not self.besluit_op:
			self.besluit_op = today
		if not self.coordinatie_besluit:
			self.coordinatie_besluit_op = None
		elif self.is_new() or self.has_value_changed("coordinatie_besluit"):
			self.coordinatie_besluit_op = today

	def record_the_exception(self, today):
		"""Not informing the family now (it would endanger a child or someone else): since when, by
		whom, and when the coordinator looks at it again (Basiszorg Instellingen)."""
		if not self.niet_informeren:
			self.niet_informeren_sinds = self.niet_informeren_door = self.heroverwegen_op = None
			return
		if not self.niet_informeren_sinds:
			self.niet_informeren_sinds = today
			self.niet_informeren_door = frappe.session.user
		self.heroverwegen_op = meldcode.heroverwegen_op(
			getdate(self.niet_informeren_sinds), instellingen.normen().meldcode_heroverwegen_dagen
		)

	def as_domain(self) -> frappe._dict:
		record = domain_record(self)
		for table in TABLES:
			record[table] = domain_rows(self.get(table))
		return record

	def check_every_state(self, today):
		throw_findings(meldcode.altijd(self.as_domain(), today), _("Zorg over veiligheid"))

	def check_what_the_step_needs(self):
		throw_findings(
			meldcode.ontbrekend_voor_status(self.workflow_state, self.as_domain()),
			_("Nog niet klaar voor: {0}").format(_(self.workflow_state)),
		)

	def check_the_exclusion_at_registration(self):
		"""The Veilig Thuis exclusion of a registration can point at this record (the pointer lives
		here, not on the Gezin, whose fields and history the committee and professionals read)."""
		if self.reden_uitsluiting and not frappe.db.get_value("Gezin", self.gezin, "veilig_thuis_nodig"):
			frappe.throw(
				_(
					"Vink op het gezin eerst 'De situatie vraagt om Veilig Thuis' aan: dan verwijst die "
					"uitsluiting naar deze zorg."
				),
				title=_("Uitsluiting bij de aanmelding"),
			)

	# -- asking the meldcode officer ------------------------------------------------------------
	def check_the_officers_asked(self):
		self.flags.officers_asked = []
		for row in self.consultaties:
			if not row.gebruiker:
				continue
			if AANDACHTSFUNCTIONARIS not in frappe.get_roles(row.gebruiker):
				frappe.throw(
					_("{0} is geen aandachtsfunctionaris van het bureau.").format(row.gebruiker),
					title=_("Consultaties"),
				)
			row.met_wie = row.met_wie or frappe.utils.get_fullname(row.gebruiker)
			if not row.advies_gevraagd:
				row.advies_gevraagd = 1
				self.flags.officers_asked.append(row.gebruiker)

	def notify_the_officers_asked(self):
		"""The officer asked for advice hears it in the desk (the record's name only)."""
		for user in dict.fromkeys(self.flags.officers_asked or []):
			frappe.get_doc(
				{
					"doctype": "Notification Log",
					"for_user": user,
					"type": "Alert",
					"document_type": self.doctype,
					"document_name": self.name,
					"subject": _("Uw advies is gevraagd bij zorg over veiligheid {0}").format(self.name),
					"from_user": frappe.session.user,
				}
			).insert(ignore_permissions=True)

	# -- the exception looked at again -----------------------------------------------------------
	@frappe.whitelist()
	def opnieuw_bekeken(self, toelichting: str):
		"""The coordinator looked at the exception again: informing the family still endangers a
		child or someone else. The period starts again; the reason is noted on the record."""
		self.check_permission("write")
		if not self.niet_informeren:
			frappe.throw(_("Voor deze zorg geldt geen uitzondering: het gezin wordt geïnformeerd."))
		if not (toelichting or "").strip():
			frappe.throw(_("Schrijf op waarom het gezin informeren nog steeds gevaarlijk is."))
		self.niet_informeren_sinds = getdate()
		self.save()
		self.add_comment(
			"Info",
			_(
				"Opnieuw bekeken: het gezin informeren brengt nog steeds een kind of een ander in gevaar. {0}"
			).format(toelichting.strip()),
		)
		return self.heroverwegen_op


def _sync_rows(doc, table: str, wanted: list[dict], key: str) -> None:
	"""Make ``doc``'s rows of ``table`` the ``wanted`` ones (matched on ``key``, in that order): rows
	that exist keep their name and what was filled in, and get the values ``wanted`` names; missing
	rows are added, rows that match nothing go."""
	existing = {str(row.get(key)): row for row in doc.get(table)}
	rows = []
	for idx, values in enumerate(wanted, start=1):
		row = existing.get(str(values[key]))
		if row is None:
			row = doc.append(table, {})
		row.update({**values, "idx": idx})
		rows.append(row)
	doc.set(table, rows)
