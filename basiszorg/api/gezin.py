"""Whitelisted actions on a Gezin that are more than a save."""

import frappe
from frappe import _
from frappe.core.doctype.communication.email import make as make_communication
from frappe.utils import getdate

BESLUITBRIEF = "Besluitbrief Commissie"


def _letter_recipient(gezin) -> str:
	"""The referrer, or the parents when they registered themselves."""
	recipient = gezin.verwijzer_email if gezin.aangemeld_door == "Hulpverlener" else gezin.email
	if not recipient:
		frappe.throw(
			_("Er is geen e-mailadres van de verwijzer (of van de ouders, als zij zelf aanmeldden)."),
			title=_("Besluitbrief niet verstuurd"),
		)
	return recipient


@frappe.whitelist()
def stuur_besluitbrief(gezin: str) -> str:
	"""Queue the committee's decision letter (PDF attached) to the referrer and record the date."""
	doc = frappe.get_doc("Gezin", gezin)
	doc.check_permission("email")
	if not doc.commissie_besluit:
		frappe.throw(
			_("De commissie heeft nog geen besluit genomen."), title=_("Besluitbrief niet verstuurd")
		)
	recipient = _letter_recipient(doc)
	make_communication(
		doctype="Gezin",
		name=doc.name,
		subject=_("Besluit over de aanmelding voor basiszorgcoördinatie ({0})").format(doc.name),
		content=frappe.render_template("basiszorg/templates/emails/besluitbrief.html", {"doc": doc}),
		recipients=[recipient],
		send_email=True,
		print_format=BESLUITBRIEF,
		print_letterhead=True,
	)
	doc.verwijzer_geinformeerd_op = getdate()
	doc.save()
	return recipient
