"""Whitelisted actions on a Gezin that are more than a save."""

import frappe
from frappe import _
from frappe.core.doctype.communication.email import make as make_communication
from frappe.utils import getdate

from basiszorg.domain import traject
from basiszorg.records import throw_findings

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
	again = frappe.db.get_value("Gezin", {"vorig_traject": gezin}, "name")
	throw_findings(traject.opnieuw_aanmelden(earlier.workflow_state, again), _("Opnieuw aanmelden"))
	active = set(
		frappe.get_all(
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
