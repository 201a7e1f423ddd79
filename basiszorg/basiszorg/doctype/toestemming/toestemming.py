# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, strip_html

from basiszorg.domain import toestemming as regels
from basiszorg.domain.leden import leeftijd, naam
from basiszorg.permissions import grants
from basiszorg.permissions.changes import RecordChanges
from basiszorg.records import ConflictInDutch, domain_record, domain_rows, family_members, throw_findings


class Toestemming(RecordChanges, ConflictInDutch, Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from basiszorg.basiszorg.doctype.toestemming_gever.toestemming_gever import ToestemmingGever
		from basiszorg.basiszorg.doctype.toestemming_regel.toestemming_regel import ToestemmingRegel

		formulier: DF.Attach
		gegeven_op: DF.Date
		geldig_tot: DF.Date | None
		gevers: DF.Table[ToestemmingGever]
		gezin: DF.Link
		ingetrokken_door: DF.Data | None
		ingetrokken_op: DF.Date | None
		oorspronkelijke_gevers: DF.SmallText | None
		reden_intrekking: DF.SmallText | None
		regels: DF.Table[ToestemmingRegel]
		status: DF.Literal["Geldig", "Vernieuwen", "Nog niet geldig", "Verlopen", "Ingetrokken", "Vervangen"]
		te_controleren: DF.Check
		vernieuwen_reden: DF.SmallText | None
		vernieuwen_sinds: DF.Date | None
		vervangen_door: DF.Link | None
		vervangt: DF.Link | None
	# end: auto-generated types

	def validate(self):
		today = getdate()
		members = self.family_members()
		self.describe_givers(members)
		if not self.flags.withdrawal:
			self.check_frozen_after_withdrawal()
			self.check_rules(members, today)
		self.set_statuses(today)

	def on_update(self):
		grants.sync_toestemming(self)
		self.mark_renewed_declaration()

	def on_trash(self):
		frappe.throw(_("Een toestemming wordt nooit verwijderd; trek haar in."), title=_("Niet verwijderen"))

	# -- steps ----------------------------------------------------------------------------------

	def family_members(self) -> list:
		return family_members(self.gezin)

	def describe_givers(self, members):
		"""Name, role and age on the day of signing, from the family's member rows."""
		by_id = {m.name: m for m in members}
		signed_on = getdate(self.gegeven_op) if self.gegeven_op else getdate()
		for giver in self.gevers:
			member = by_id.get(giver.gezinslid)
			if member:
				giver.naam = naam(member)
				giver.rol = _(member.rol)
				giver.leeftijd = leeftijd(member, signed_on)

	def check_frozen_after_withdrawal(self):
		before = self.get_doc_before_save()
		if before and before.ingetrokken_op:
			frappe.throw(
				_("Een ingetrokken toestemming kan niet meer worden gewijzigd."), title=_("Ingetrokken")
			)

	def check_rules(self, members, today):
		throw_findings(
			regels.controleer(
				domain_record(self), domain_rows(self.gevers), domain_rows(self.regels), members, today
			),
			_("Toestemming"),
		)

	def set_statuses(self, today=None):
		today = getdate(today)
		record = domain_record(self)
		for line in self.regels:
			line.status = regels.regel_status(record, domain_record(line), today)
		self.status = regels.verklaring_status(record, domain_rows(self.regels), today)

	def mark_renewed_declaration(self):
		"""A renewal that is saved replaces the declaration it renews (which then opens nothing)."""
		if not self.vervangt or frappe.db.get_value("Toestemming", self.vervangt, "vervangen_door"):
			return
		old = frappe.get_doc("Toestemming", self.vervangt)
		old.db_set({"vervangen_door": self.name, "status": regels.VERVANGEN})
		grants.sync_toestemming(old)
		old.add_comment("Info", _("Vernieuwd door {0}.").format(self.name))

	# -- actions --------------------------------------------------------------------------------

	def _save_withdrawal(self, comment: str):
		"""Withdrawal always goes through: only the withdrawal is checked, nothing else of the
		family; the grants follow at once (the next request of every professional)."""
		self.flags.withdrawal = True
		try:
			self.save(ignore_permissions=True)  # who may withdraw was checked by the caller
		finally:
			self.flags.withdrawal = False
		from basiszorg.api.overleg import stop_queued_minutes

		stopped = stop_queued_minutes(self.gezin)  # minutes still in the queue for them stay there
		if stopped:
			comment += " " + _("Verslag niet meer verstuurd aan: {0}.").format(", ".join(stopped))
		self.add_comment("Info", comment)

	@frappe.whitelist()
	def trek_in(self, reden: str, door: str, regel: str | None = None) -> str:
		"""Withdraw the whole declaration, or one line (``regel``), on behalf of ``door`` (desk)."""
		self.check_permission("write")
		return self.withdraw(reden, door, regel)

	def withdraw(self, reden: str, door: str, regel: str | None = None) -> str:
		"""The withdrawal itself (the caller checked who may: the desk's write permission, or the
		family member on Mijn gezin)."""
		reden, door = strip_html(reden or "").strip(), strip_html(door or "").strip()
		if not reden or not door:
			frappe.throw(_("Vul in wie de toestemming introk en waarom."), title=_("Intrekken"))
		target = next(iter(self.get("regels", {"name": regel})), None) if regel else self
		if target is None:
			frappe.throw(_("Deze regel hoort niet bij deze toestemming."), title=_("Intrekken"))
		if target.ingetrokken_op or self.ingetrokken_op:
			frappe.throw(_("Deze toestemming is al ingetrokken."), title=_("Intrekken"))
		target.update({"ingetrokken_op": getdate(), "ingetrokken_door": door, "reden_intrekking": reden})
		what = _("regel {0}").format(target.idx) if regel else _("de hele verklaring")
		self._save_withdrawal(_("Ingetrokken door {0}: {1}. Reden: {2}").format(door, what, reden))
		return self.status

	@frappe.whitelist()
	def trek_eigen_deel_in(self, gezinslid: str, reden: str) -> str:
		"""A youngster (16+) withdraws their own part: professionals stop seeing it, nothing else changes."""
		self.check_permission("write")
		return self.withdraw_own_part(gezinslid, reden)

	def withdraw_own_part(self, gezinslid: str, reden: str) -> str:
		giver = next(iter(self.get("gevers", {"gezinslid": gezinslid})), None)
		member = next((m for m in self.family_members() if m.name == gezinslid), None)
		if giver is None or not regels.mag_intrekken(
			member, domain_rows(self.gevers), alleen_eigen_deel=True
		):
			frappe.throw(
				_("Alleen de jongere die het eigen deel deelde, kan dat intrekken."), title=_("Intrekken")
			)
		reden = strip_html(reden or "").strip()
		if not reden:
			frappe.throw(_("Vul in waarom het eigen deel wordt ingetrokken."), title=_("Intrekken"))
		giver.update(
			{
				"eigen_deel": regels.DEEL_INGETROKKEN,
				"eigen_deel_ingetrokken_op": getdate(),
				"eigen_deel_reden": reden,
			}
		)
		self._save_withdrawal(
			_("{0} trok het eigen deel in. Reden: {1}").format(giver.naam or gezinslid, reden)
		)
		return self.status

	@frappe.whitelist()
	def vernieuw(self) -> dict:
		"""The values of a renewal: the same lines, to be signed again (also by who was not asked);
		the desk opens them as a new declaration that replaces this one once saved."""
		self.check_permission("write")
		keep = ("hulpverlener", "zorgorganisatie", *regels.SCOPES, "doel", "geldig_tot")
		return {
			"gezin": self.gezin,
			"vervangt": self.name,
			"geldig_tot": self.geldig_tot,
			"regels": [{f: line.get(f) for f in keep} for line in self.regels if not line.ingetrokken_op],
		}
