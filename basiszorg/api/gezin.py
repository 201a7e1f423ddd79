"""Whitelisted actions on a Gezin that are more than a save."""

import frappe
from frappe import _
from frappe.core.doctype.communication.email import make as make_communication
from frappe.utils import getdate

from basiszorg.domain import afsluiting, traject
from basiszorg.permissions.grants import scopes_today
from basiszorg.permissions.parts import pdf_for_recipient
from basiszorg.records import domain_rows, throw_findings

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


# registered again ----------------------------------------------------------------------------

COPIED = ("gezinsnaam", "adres", "postcode", "woonplaats", "telefoon", "email", "coordinator")
MEMBER_FIELDS = (
	"rol",
	"voornaam",
	"achternaam",
	"geboortedatum",
	"uitgerekende_datum",
	"bsn",
	"psychiatrie",
	"verslaving",
	"lvb",
	"behandeling",
	"verwachte_start_behandeling",
	"ots",
	"email",
	"deel_zichtbaar_voor_ouders",
)
NETWORK_FIELDS = ("hulpverlener", "rol_in_gezin", "contactpersoon", "betrokken_bij")


@frappe.whitelist()
def opnieuw_aanmelden(
	gezin: str,
	aangemeld_door: str = "Hulpverlener",
	verwijzer: str | None = None,
	reden_aanmelding: str | None = None,
) -> str:
	"""Register a closed or rejected family again, linked to its earlier traject: members, network
	and contact details are copied (professionals who left their organisation are not)."""
	frappe.has_permission("Gezin", "create", throw=True)
	earlier = frappe.get_doc("Gezin", gezin)
	earlier.check_permission("read")
	# any later registration counts, also one this user may not open: a traject is registered again once
	again = frappe.db.get_value("Gezin", {"vorig_traject": gezin}, "name")
	throw_findings(traject.opnieuw_aanmelden(earlier.workflow_state, again), _("Opnieuw aanmelden"))
	active = set(
		frappe.get_all(  # the directory of professionals (no family data), for who may create families
			"Hulpverlener",
			filters={"name": ["in", [b.hulpverlener for b in earlier.betrokkenen]], "actief": 1},
			pluck="name",
		)
	)
	new = frappe.get_doc(
		{
			"doctype": "Gezin",
			**{field: earlier.get(field) for field in COPIED},
			"vorig_traject": earlier.name,
			"aanmelddatum": getdate(),
			"aangemeld_door": aangemeld_door,
			"verwijzer": verwijzer if aangemeld_door == "Hulpverlener" else None,
			"reden_aanmelding": reden_aanmelding,
			"leden": [{f: lid.get(f) for f in MEMBER_FIELDS} for lid in earlier.leden],
			"betrokkenen": [
				{f: b.get(f) for f in NETWORK_FIELDS} for b in earlier.betrokkenen if b.hulpverlener in active
			],
		}
	).insert()
	earlier.add_comment("Info", _("Opnieuw aangemeld als {0}.").format(new.name))
	return new.name


def trajects(gezin: str, vorig_traject: str | None) -> list[dict]:
	"""The family's earlier and later trajects that the session user may read, oldest first."""
	fields = [
		"name",
		"aanmelddatum",
		"workflow_state",
		"startdatum",
		"afsluitdatum",
		"afsluitreden",
		"vorig_traject",
	]
	vorig_van, readable, current = {gezin: vorig_traject}, {}, vorig_traject
	while current and current != gezin and current not in readable:
		rows = frappe.get_list("Gezin", filters={"name": current}, fields=fields, limit=1)
		if not rows:
			break  # not readable for this user (or removed after its retention term)
		readable[current] = rows[0]
		vorig_van[current] = rows[0].vorig_traject
		current = rows[0].vorig_traject
	earlier = [readable[n] for n in traject.eerdere_trajecten(gezin, vorig_van) if n in readable]
	later = frappe.get_list("Gezin", filters={"vorig_traject": gezin}, fields=fields, limit=20)
	return [*reversed(earlier), *later]


# closing the loop: letters to the referrer, huisarts and JGZ ---------------------------------

LETTERS = {
	afsluiting.START: "Terugkoppeling start",
	afsluiting.AFSLUITING: "Terugkoppeling afsluiting",
}
SENT_ON = {
	afsluiting.START: "startbericht_verstuurd_op",
	afsluiting.AFSLUITING: "afsluitbericht_verstuurd_op",
}


def letter_receivers(doc) -> list:
	"""The referrer, huisarts and JGZ with whether the consents let them receive a letter today."""
	rows = domain_rows(doc.betrokkenen)
	names = {r.hulpverlener for r in rows}
	referrer = None
	if doc.aangemeld_door == "Hulpverlener" and doc.verwijzer:
		referrer = {"hulpverlener": doc.verwijzer, "naam": doc.verwijzer_naam, "email": doc.verwijzer_email}
		names.add(doc.verwijzer)
	emails = dict(
		frappe.get_all(  # addresses from the directory of professionals; the consent rule decides below
			"Hulpverlener", filters={"name": ["in", list(names)]}, fields=["name", "email"], as_list=True
		)
		if names
		else []
	)
	for row in rows:
		row.email = emails.get(row.hulpverlener)
	if referrer and not referrer["email"]:
		referrer["email"] = emails.get(doc.verwijzer)
	return afsluiting.ontvangers(referrer, rows, scopes_today(doc.name, list(names)))


def _letter_for(doc, soort: str, receiver, pdfs: dict) -> bytes:
	"""The letter as this receiver may read it: a child whose own part the receiver's consent does
	not cover (a youngster of 16+ who said no) is not named in it."""
	return pdf_for_recipient(
		doc, LETTERS[soort], doc.name, receiver.hulpverlener, afsluiting.SCOPES_BERICHT, pdfs
	)


@frappe.whitelist()
def stuur_trajectbericht(gezin: str, soort: str) -> dict:
	"""Queue the letter about the start or the closure (PDF) to the referrer, huisarts and JGZ, one
	e-mail each, only to those the consents allow today; record the date and who got it."""
	doc = frappe.get_doc("Gezin", gezin)
	doc.check_permission("email")
	throw_findings(afsluiting.kan_versturen(soort, doc.workflow_state), _("Bericht niet verstuurd"))
	receivers = letter_receivers(doc)
	allowed = [r for r in receivers if r.ontvangt]
	if not allowed:
		frappe.throw(
			_("Niemand mag of kan dit bericht ontvangen: {0}").format(
				", ".join(f"{r.naam} ({r.reden})" for r in receivers) or _("geen verwijzer, huisarts of JGZ")
			),
			title=_("Bericht niet verstuurd"),
		)
	pdfs = {}  # one rendering per set of children's parts the receivers may see
	subject = (
		_("Start basiszorgcoördinatie gezin {0}")
		if soort == afsluiting.START
		else _("Afsluiting basiszorgcoördinatie gezin {0}")
	).format(doc.gezinsnaam)
	for receiver in allowed:
		frappe.sendmail(
			recipients=[receiver.email],
			subject=subject,
			message=frappe.render_template(
				"basiszorg/templates/emails/trajectbericht.html",
				{"doc": doc, "naam": receiver.naam, "start": soort == afsluiting.START},
			),
			attachments=[
				{
					"fname": f"{doc.name}-{frappe.scrub(soort)}.pdf",
					"fcontent": _letter_for(doc, soort, receiver, pdfs),
				}
			],
			reference_doctype="Gezin",
			reference_name=doc.name,
		)
	doc.db_set(SENT_ON[soort], getdate())
	doc.add_comment(
		"Info",
		_("Bericht over de {0} verstuurd aan: {1}. Niet verstuurd aan: {2}.").format(
			_(soort).lower(),
			", ".join(f"{r.naam} ({_(r.rol)})" for r in allowed),
			", ".join(f"{r.naam} ({r.reden})" for r in receivers if not r.ontvangt) or _("niemand"),
		),
	)
	return {
		"verstuurd": [r.naam for r in allowed],
		"niet": [f"{r.naam} ({r.reden})" for r in receivers if not r.ontvangt],
	}
