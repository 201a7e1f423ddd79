"""The front door's endpoints: ``meld_aan`` for anyone on the public pages (rate limited, with a
honeypot, only what the pages ask for); ``dubbelen``, ``accepteer`` and ``afwijzen`` for
coordinators. A guest learns nothing back but the new registration's reference."""

import frappe
from frappe import _
from frappe.rate_limiter import rate_limit
from frappe.utils import cint, get_datetime, getdate, now_datetime

from basiszorg import instellingen
from basiszorg.domain import aanmelding as regels
from basiszorg.domain import traject
from basiszorg.domain.bestanden import bijlage_fouten
from basiszorg.permissions import rules
from basiszorg.permissions.changes import app_action, refuse
from basiszorg.permissions.registry import AANMELDING, GEZIN
from basiszorg.records import throw_findings

UUR = 60 * 60


def _per_uur() -> int:
	return cint(instellingen.get().aanmelden_per_uur) or 1


def grenzen(settings) -> regels.Grenzen:
	return regels.Grenzen(
		max_leden=cint(settings.aanmelden_max_leden), max_bestanden=cint(settings.aanmelden_max_bestanden)
	)


@frappe.whitelist(allow_guest=True, methods=["POST"])
@rate_limit(limit=_per_uur, seconds=UUR, methods=["POST"])
def meld_aan(soort: str, gegevens: str, website: str | None = None) -> dict:
	"""Store a registration from a public page (as the app: anyone may send one, nobody reads one
	back). ``website`` is the honeypot: a person leaves it empty; when it is filled the answer
	looks the same and nothing is stored."""
	if website:
		return {"ontvangen": True, "referentie": None}
	settings = instellingen.get()
	schoon, bevindingen = regels.lees(_parse(gegevens), soort, getdate(), grenzen(settings))
	bestanden = _uploads()
	bevindingen += bijlage_fouten(
		[(f.filename or "", len(f.content)) for f in bestanden],
		cint(settings.aanmelden_max_bestanden),
		cint(settings.aanmelden_max_mb),
	)
	throw_findings(bevindingen, _("Controleer de aanmelding"))
	with app_action():
		name = _store(schoon, bestanden)
	return {"ontvangen": True, "referentie": name}


def _parse(gegevens: str):
	try:
		return frappe.parse_json(gegevens)
	except ValueError:
		return None


class _Upload:
	def __init__(self, storage):
		self.filename = storage.filename
		self.content = storage.stream.read()


def _uploads() -> list:
	request = getattr(frappe.local, "request", None)
	if not request or not request.files:
		return []
	return [_Upload(f) for f in request.files.getlist("bijlage") if f.filename]


def _store(schoon: dict, bestanden: list) -> str:
	"""Insert once per sending code: a page that sends again (a retry after a lost answer) gets the
	same reference back, and two requests racing with one code leave one registration."""
	existing = frappe.db.get_value(AANMELDING, {"verzend_sleutel": schoon["verzend_sleutel"]})
	if existing:
		return existing
	doc = frappe.get_doc(
		{"doctype": AANMELDING, "status": regels.NIEUW, "verzonden_op": now_datetime(), **schoon}
	)
	frappe.db.savepoint("aanmelding")
	try:
		doc.insert(ignore_permissions=True)
	except frappe.DuplicateEntryError:
		frappe.db.rollback(save_point="aanmelding")
		return frappe.db.get_value(AANMELDING, {"verzend_sleutel": schoon["verzend_sleutel"]})
	for bestand in bestanden:
		frappe.get_doc(
			{
				"doctype": "File",
				"file_name": bestand.filename,
				"attached_to_doctype": AANMELDING,
				"attached_to_name": doc.name,
				"is_private": 1,
				"content": bestand.content,
			}
		).insert(ignore_permissions=True)
	_confirm(doc)
	return doc.name


def _confirm(doc) -> None:
	"""The sender's confirmation, through the e-mail queue: the reference and what happens next,
	no family data (an e-mail address may be mistyped)."""
	recipient = doc.afzender_email if doc.soort == regels.HULPVERLENER else doc.email
	if not recipient:
		return
	settings = instellingen.get()
	frappe.db.savepoint("bevestiging")
	try:
		_queue_confirmation(doc, recipient, settings)
	except frappe.OutgoingEmailError:  # no outgoing account yet: the registration stays, the desk says so
		frappe.db.rollback(save_point="bevestiging")
		doc.add_comment("Info", _("Geen bevestiging verstuurd: er is nog geen uitgaand e-mailaccount ingesteld."))
		return
	doc.db_set("bevestiging_aan", recipient, update_modified=False)


def _queue_confirmation(doc, recipient: str, settings) -> None:
	frappe.sendmail(
		recipients=[recipient],
		subject=_("Uw aanmelding is ontvangen ({0})").format(doc.name),
		message=frappe.render_template(
			"basiszorg/templates/emails/aanmelding_ontvangen.html",
			{
				"referentie": doc.name,
				"ouders": doc.soort == regels.OUDERS,
				"vervolg": settings.aanmelden_vervolg,
				"bureau": settings.bureau_naam or _("Bureau Basiszorg"),
				"telefoon": settings.bureau_telefoon,
			},
		),
		reference_doctype=AANMELDING,
		reference_name=doc.name,
	)


# -- the coordinator's side -------------------------------------------------------------------


def _require_coordinator() -> None:
	if not rules.is_coordinator(frappe.session.user):
		refuse(_("Alleen een coördinator beoordeelt aanmeldingen."))


def _registration(name: str):
	if not frappe.db.exists(AANMELDING, name):
		frappe.throw(_("Deze aanmelding bestaat niet."), frappe.DoesNotExistError)
	doc = frappe.get_doc(AANMELDING, name)
	doc.check_permission("write")
	return doc


@frappe.whitelist(methods=["GET"])
def dubbelen(aanmelding: str) -> list[dict]:
	"""Known families that look like this registration (same BSN, or a parent with the same name
	and birth date), with their state: a closed one may be registered again, a running one linked."""
	_require_coordinator()
	return _dubbelen(_registration(aanmelding))


def _dubbelen(doc) -> list[dict]:
	leden = [lid.as_dict() for lid in doc.leden]
	bsns = [lid.bsn for lid in doc.leden if lid.bsn]
	dates = [lid.geboortedatum for lid in doc.leden if lid.geboortedatum]
	if not (bsns or dates):
		return []
	or_filters = []
	if bsns:
		or_filters.append(["Gezinslid", "bsn", "in", bsns])
	if dates:
		or_filters.append(["Gezinslid", "geboortedatum", "in", dates])
	rows = frappe.get_list(  # read through the permission rules, as the coordinator
		GEZIN,
		or_filters=or_filters,
		fields=[
			"name as gezin",
			"workflow_state as status",
			*(f"`tabGezinslid`.`{f}` as {f}" for f in ("rol", "voornaam", "achternaam", "geboortedatum", "bsn")),
		],
	)
	found = regels.dubbelen(leden, rows)
	for row in found:
		row["kan"] = regels.OPNIEUW if row["status"] in traject.BEEINDIGD else regels.KOPPELEN
	return found


@frappe.whitelist(methods=["POST"])
def accepteer(aanmelding: str, keuze: str = regels.NIEUW_GEZIN, gezin: str | None = None, ander_gezin: int = 0) -> dict:
	"""Accept a registration: a new Gezin in *Aangemeld* (``nieuw``), a new traject of a closed
	family (``opnieuw``, linked to it), or the registration added to a running family
	(``koppelen``). A new family is registered on the day the registration was sent."""
	_require_coordinator()
	doc = _registration(aanmelding)
	throw_findings(regels.beoordeling_fouten(doc.status), _("Accepteren"))
	if keuze not in regels.KEUZES:
		frappe.throw(_("Kies: een nieuw gezin, opnieuw aanmelden of koppelen."), title=_("Accepteren"))
	if keuze == regels.NIEUW_GEZIN:
		matches = _dubbelen(doc)
		if matches and not cint(ander_gezin):
			frappe.throw(
				_("Dit gezin lijkt al bekend: {0}. Meld het opnieuw aan, koppel de aanmelding, of bevestig dat het een ander gezin is.").format(
					", ".join(f"{m['gezin']} ({', '.join(m['redenen'])})" for m in matches)
				),
				title=_("Mogelijk dubbel"),
			)
		return _new_family(doc, vorig_traject=None)
	if not gezin or not frappe.db.exists(GEZIN, gezin):
		frappe.throw(_("Kies het gezin dat al bekend is."), title=_("Accepteren"))
	if not rules.may_change(GEZIN, gezin, frappe.session.user, rules.SAVE):
		refuse()
	state = frappe.db.get_value(GEZIN, gezin, "workflow_state")
	if keuze == regels.OPNIEUW:
		again = frappe.db.get_value(GEZIN, {"vorig_traject": gezin}, "name")
		throw_findings(traject.opnieuw_aanmelden(state, again), _("Opnieuw aanmelden"))
		return _new_family(doc, vorig_traject=gezin)
	if state in traject.BEEINDIGD:
		frappe.throw(_("Dit gezin is niet meer in traject: meld het opnieuw aan."), title=_("Koppelen"))
	_judged(doc, regels.GEKOPPELD, gezin)
	frappe.get_doc(GEZIN, gezin).add_comment(
		"Info", _("Nieuwe aanmelding via de website ({0}) gekoppeld aan dit gezin.").format(doc.name)
	)
	return {"gezin": gezin, "status": doc.status}


def _new_family(doc, vorig_traject: str | None) -> dict:
	sent = getdate(get_datetime(doc.verzonden_op))
	values = regels.gezin_uit(doc.as_dict(), sent)
	professionals, not_found = _professionals(doc)
	family = frappe.get_doc(
		{
			"doctype": GEZIN,
			**values,
			"vorig_traject": vorig_traject,
			"coordinator": frappe.session.user,
			"verwijzer_organisatie": frappe.db.get_value(
				"Zorgorganisatie", {"name": doc.afzender_organisatie}
			)
			if doc.soort == regels.HULPVERLENER and doc.afzender_organisatie
			else None,
			"betrokkenen": professionals,
		}
	).insert()
	_copy_attachments(doc, family.name)
	family.add_comment("Info", _("Aangemeld via de website: {0}.").format(doc.name))
	if not_found:
		family.add_comment(
			"Info", _("Genoemd bij de aanmelding, nog niet vastgelegd als betrokkene: {0}.").format("; ".join(not_found))
		)
	_judged(doc, regels.GEACCEPTEERD, family.name)
	return {
		"gezin": family.name,
		"status": doc.status,
		"aanmelddatum": str(family.aanmelddatum),
		"beslistermijn": str(family.beslistermijn) if family.get("beslistermijn") else None,
		"niet_gevonden": not_found,
	}


def _professionals(doc) -> tuple[list[dict], list[str]]:
	"""The professionals named who are in the directory (by e-mail), and the names of the others."""
	rows, not_found = [], []
	for named in doc.betrokkenen:
		known = frappe.db.get_value("Hulpverlener", {"email": named.email, "actief": 1}) if named.email else None
		if known:
			rows.append({"hulpverlener": known})
		else:
			not_found.append(", ".join(filter(None, (named.naam, named.organisatie, named.email))))
	return rows, not_found


def _copy_attachments(doc, gezin: str) -> None:
	for f in frappe.get_list(
		"File", {"attached_to_doctype": AANMELDING, "attached_to_name": doc.name}, ["file_url", "file_name"]
	):
		frappe.get_doc(
			{
				"doctype": "File",
				"file_url": f.file_url,
				"file_name": f.file_name,
				"attached_to_doctype": GEZIN,
				"attached_to_name": gezin,
				"is_private": 1,
			}
		).insert()


def _judged(doc, status: str, gezin: str | None = None, **values) -> None:
	doc.update(
		{"status": status, "gezin": gezin, "beoordeeld_door": frappe.session.user, "beoordeeld_op": now_datetime(), **values}
	)
	doc.save()


@frappe.whitelist(methods=["POST"])
def afwijzen(aanmelding: str, reden: str, toelichting: str | None = None) -> dict:
	"""Reject a registration (spam, not for us, a double) with the reason (checked by the
	Aanmelding controller, the one place of that rule)."""
	_require_coordinator()
	doc = _registration(aanmelding)
	throw_findings(regels.beoordeling_fouten(doc.status), _("Afwijzen"))
	_judged(doc, regels.AFGEWEZEN, afwijsreden=reden, afwijs_toelichting=(toelichting or "").strip())
	return {"status": doc.status}
