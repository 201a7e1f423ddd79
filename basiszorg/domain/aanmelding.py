"""The front door online: what a registration sent from the public pages must hold, how it is read
(only what the pages ask for, as plain text), how it is compared with the families the bureau
already knows, and what a coordinator's acceptance makes of it. Pure: dates are passed in."""

import re
from dataclasses import dataclass
from datetime import date

from basiszorg.domain.bsn import normaliseer_bsn
from basiszorg.domain.leden import KIND, MAX_LEEFTIJD_KIND, ONGEBOREN, OUDER, ROLLEN, controleer_leden
from basiszorg.domain.messages import Bevinding, _

# who registers (the same words as Gezin.aangemeld_door)
HULPVERLENER, OUDERS = "Hulpverlener", "Ouders zelf"
SOORTEN = (HULPVERLENER, OUDERS)

# the life of a registration in quarantine
NIEUW, GEACCEPTEERD, GEKOPPELD, AFGEWEZEN = "Nieuw", "Geaccepteerd", "Gekoppeld", "Afgewezen"
STATUSSEN = (NIEUW, GEACCEPTEERD, GEKOPPELD, AFGEWEZEN)
AFWIJSREDENEN = ("Spam of misbruik", "Niet voor ons", "Dubbel", "Anders")
ANDERS = "Anders"

# what a coordinator does with a registration that looks like a family already known
NIEUW_GEZIN, OPNIEUW, KOPPELEN = "nieuw", "opnieuw", "koppelen"
KEUZES = (NIEUW_GEZIN, OPNIEUW, KOPPELEN)

BEHANDELINGEN = ("", "Loopt", "Start verwacht", "Geen")
KORT, LANG = 140, 2000  # longest answer to a short and to an open question
MAX_BETROKKENEN = 10
MAX_LEEFTIJD_OUDER = 100
REFERENTIE_TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone

_HTML = re.compile(r"[<>]|&#|javascript:", re.IGNORECASE)
_STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_POSTCODE = re.compile(r"^[1-9][0-9]{3} ?[A-Za-z]{2}$")
_TELEFOON = re.compile(r"^[0-9 +()\-]{6,20}$")
_SLEUTEL = re.compile(r"^[A-Za-z0-9\-]{16,64}$")
_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")

GEZIN_VELDEN = {
	"gezinsnaam": KORT,
	"adres": KORT,
	"postcode": 10,
	"woonplaats": KORT,
	"telefoon": 20,
	"email": KORT,
	"reden_aanmelding": LANG,
	"zorgen_toelichting": LANG,
	"behandeling_toelichting": LANG,
	"afzender_naam": KORT,
	"afzender_organisatie": KORT,
	"afzender_functie": KORT,
	"afzender_telefoon": 20,
	"afzender_email": KORT,
	"verzend_sleutel": 64,
}
VINKJES = ("zorgen_basiszorg", "toestemming_aanmelding")
LID_VELDEN = {"rol": KORT, "voornaam": KORT, "achternaam": KORT, "bsn": 12, "behandeling": KORT}
LID_DATUMS = ("geboortedatum", "uitgerekende_datum")
LID_VINKJES = ("psychiatrie", "verslaving", "lvb")
BETROKKENE_VELDEN = {"naam": KORT, "organisatie": KORT, "functie": KORT, "telefoon": 20, "email": KORT}
LIJSTEN = ("leden", "betrokkenen")

LABELS = {
	"gezinsnaam": _("Naam van het gezin"),
	"adres": _("Adres"),
	"postcode": _("Postcode"),
	"woonplaats": _("Woonplaats"),
	"telefoon": _("Telefoon"),
	"email": _("E-mailadres"),
	"reden_aanmelding": _("Waarom aanmelden"),
	"zorgen_toelichting": _("Zorgen over de kinderen"),
	"behandeling_toelichting": _("Behandeling van de ouder"),
	"afzender_naam": _("Uw naam"),
	"afzender_organisatie": _("Uw organisatie"),
	"afzender_functie": _("Uw functie"),
	"afzender_telefoon": _("Uw telefoon"),
	"afzender_email": _("Uw e-mailadres"),
	"verzend_sleutel": _("Verzendcode"),
	"rol": _("Rol"),
	"voornaam": _("Voornaam"),
	"achternaam": _("Achternaam"),
	"bsn": _("BSN"),
	"behandeling": _("Behandeling"),
	"naam": _("Naam"),
	"organisatie": _("Organisatie"),
	"functie": _("Functie"),
}


@dataclass(frozen=True)
class Grenzen:
	"""What a bureau allows one registration to hold (Basiszorg Instellingen)."""

	max_leden: int = 12
	max_bestanden: int = 3


def _veld(naam: str) -> str:
	return LABELS.get(naam, naam)


def _tekst(waarde, naam: str, lengte: int, bevindingen: list, wie: str = "") -> str:
	"""One answer as plain text: a string, not too long, without HTML or control characters."""
	if waarde is None:
		return ""
	if not isinstance(waarde, str):
		bevindingen.append(Bevinding("geen_tekst", _("{veld} moet tekst zijn."), {"veld": _veld(naam)}))
		return ""
	waarde = waarde.strip()
	waarden = {"veld": _veld(naam), "max": lengte, "wie": wie}
	if _HTML.search(waarde):
		bevindingen.append(
			Bevinding(
				"html",
				_("Gebruik bij {veld} geen < of > en geen code: het formulier neemt alleen gewone tekst aan."),
				waarden,
			)
		)
		return ""
	if _STUURTEKENS.search(waarde):
		bevindingen.append(Bevinding("stuurteken", _("{veld} bevat tekens die niet kunnen."), waarden))
		return ""
	if len(waarde) > lengte:
		bevindingen.append(
			Bevinding("te_lang", _("{veld} is te lang: ten hoogste {max} tekens."), waarden)
		)
		return ""
	return waarde


def _vinkje(waarde, naam: str, bevindingen: list) -> bool:
	if waarde in (None, "", 0, "0", False):
		return False
	if waarde in (1, "1", True, "on"):
		return True
	bevindingen.append(Bevinding("geen_vinkje", _("{veld} is geen ja of nee."), {"veld": naam}))
	return False


def _datum(waarde, naam: str, bevindingen: list, wie: str) -> date | None:
	if waarde in (None, ""):
		return None
	if isinstance(waarde, str) and _DATUM.match(waarde):
		try:
			return date.fromisoformat(waarde)
		except ValueError:
			pass
	bevindingen.append(
		Bevinding("geen_datum", _("De datum bij {wie} klopt niet (jjjj-mm-dd)."), {"wie": wie or naam})
	)
	return None


def _onbekend(gegevens: dict, bekend, bevindingen: list) -> None:
	for sleutel in sorted(set(gegevens) - set(bekend)):
		bevindingen.append(
			Bevinding("onbekend_veld", _("Het formulier kent het veld {veld} niet."), {"veld": str(sleutel)[:40]})
		)


def _lijst(waarde, naam: str, bevindingen: list) -> list:
	if waarde in (None, ""):
		return []
	if not isinstance(waarde, list) or not all(isinstance(r, dict) for r in waarde):
		bevindingen.append(Bevinding("geen_lijst", _("{veld} is geen lijst."), {"veld": naam}))
		return []
	return waarde


def lees(gegevens, soort: str, vandaag: date, grenzen: Grenzen = Grenzen()) -> tuple[dict, list[Bevinding]]:
	"""The registration as plain data (only the fields the pages ask for), and what is wrong with
	it. Nothing is stored when the list of findings is not empty."""
	bevindingen: list[Bevinding] = []
	if soort not in SOORTEN:
		return {}, [Bevinding("soort", _("Kies wie aanmeldt: een hulpverlener of de ouders zelf."))]
	if not isinstance(gegevens, dict):
		return {}, [Bevinding("geen_formulier", _("Het formulier is niet goed verstuurd."))]
	_onbekend(gegevens, (*GEZIN_VELDEN, *VINKJES, *LIJSTEN), bevindingen)
	schoon = {"soort": soort}
	for naam, lengte in GEZIN_VELDEN.items():
		schoon[naam] = _tekst(gegevens.get(naam), naam, lengte, bevindingen)
	for naam in VINKJES:
		schoon[naam] = _vinkje(gegevens.get(naam), naam, bevindingen)
	schoon["leden"] = [
		_lid(rij, i, vandaag, bevindingen)
		for i, rij in enumerate(_lijst(gegevens.get("leden"), "leden", bevindingen)[: grenzen.max_leden + 1], 1)
	]
	schoon["betrokkenen"] = [
		_betrokkene(rij, i, bevindingen)
		for i, rij in enumerate(_lijst(gegevens.get("betrokkenen"), "betrokkenen", bevindingen)[: MAX_BETROKKENEN + 1], 1)
	]
	bevindingen += verplicht(schoon, grenzen)
	bevindingen += vormen(schoon)
	bevindingen += leeftijden(schoon["leden"], vandaag)
	bevindingen += controleer_leden(schoon["leden"], vandaag)
	return schoon, _uniek(bevindingen)


def _uniek(bevindingen: list[Bevinding]) -> list[Bevinding]:
	gezien, uniek = set(), []
	for b in bevindingen:
		sleutel = (b.code, b.sjabloon, tuple(sorted((k, str(v)) for k, v in b.waarden.items())))
		if sleutel not in gezien:
			gezien.add(sleutel)
			uniek.append(b)
	return uniek


def _wie(rij: dict, i: int) -> str:
	return " ".join(filter(None, (rij.get("voornaam"), rij.get("achternaam")))) or f"gezinslid {i}"


def _lid(rij: dict, i: int, vandaag: date, bevindingen: list) -> dict:
	_onbekend(rij, (*LID_VELDEN, *LID_DATUMS, *LID_VINKJES), bevindingen)
	lid = {naam: _tekst(rij.get(naam), naam, lengte, bevindingen) for naam, lengte in LID_VELDEN.items()}
	wie = _wie(lid, i)
	for naam in LID_DATUMS:
		lid[naam] = _datum(rij.get(naam), naam, bevindingen, wie)
	for naam in LID_VINKJES:
		lid[naam] = _vinkje(rij.get(naam), naam, bevindingen) if lid["rol"] == OUDER else False
	if lid["rol"] not in ROLLEN:
		bevindingen.append(Bevinding("rol", _("Kies bij {wie} of het een ouder, kind of ongeboren kind is."), {"wie": wie}))
	if lid["behandeling"] not in BEHANDELINGEN:
		bevindingen.append(Bevinding("behandeling", _("Kies bij {wie} een behandeling uit de lijst."), {"wie": wie}))
	if lid["rol"] != OUDER:
		lid["behandeling"] = ""
	if lid["bsn"]:
		lid["bsn"] = normaliseer_bsn(lid["bsn"])
	return lid


def _betrokkene(rij: dict, i: int, bevindingen: list) -> dict:
	_onbekend(rij, BETROKKENE_VELDEN, bevindingen)
	return {naam: _tekst(rij.get(naam), naam, lengte, bevindingen) for naam, lengte in BETROKKENE_VELDEN.items()}


def verplicht(schoon: dict, grenzen: Grenzen) -> list[Bevinding]:
	"""What the committee needs and each page asks for."""
	bevindingen = []
	for naam in ("gezinsnaam", "reden_aanmelding", "verzend_sleutel"):
		if not schoon.get(naam):
			bevindingen.append(Bevinding("verplicht", _("Vul {veld} in."), {"veld": _veld(naam)}))
	leden = schoon.get("leden", [])
	if len(leden) > grenzen.max_leden:
		bevindingen.append(
			Bevinding("te_veel_leden", _("Meld ten hoogste {max} gezinsleden aan."), {"max": grenzen.max_leden})
		)
	if not any(lid["rol"] == OUDER for lid in leden):
		bevindingen.append(Bevinding("geen_ouder", _("Vul ten minste één ouder of verzorger in.")))
	if not any(lid["rol"] in (KIND, ONGEBOREN) for lid in leden):
		bevindingen.append(Bevinding("geen_kind", _("Vul ten minste één kind in (of een kind dat nog komt).")))
	for i, lid in enumerate(leden, 1):
		if not lid["voornaam"]:
			bevindingen.append(Bevinding("voornaam", _("Vul de voornaam in van gezinslid {nummer}."), {"nummer": i}))
		if lid["rol"] in (OUDER, KIND) and not lid["geboortedatum"]:
			bevindingen.append(Bevinding("geboortedatum", _("Vul de geboortedatum in van {wie}."), {"wie": _wie(lid, i)}))
	if len(schoon.get("betrokkenen", [])) > MAX_BETROKKENEN:
		bevindingen.append(
			Bevinding("te_veel_betrokkenen", _("Noem ten hoogste {max} hulpverleners."), {"max": MAX_BETROKKENEN})
		)
	for rij in schoon.get("betrokkenen", []):
		if not rij["naam"] and any(rij.values()):
			bevindingen.append(Bevinding("betrokkene_naam", _("Vul bij elke hulpverlener de naam in.")))
	if not schoon.get("toestemming_aanmelding"):
		bevindingen.append(
			Bevinding(
				"toestemming",
				_("Vink aan dat de ouders van deze aanmelding weten en ermee akkoord zijn.")
				if schoon["soort"] == HULPVERLENER
				else _("Vink aan dat u het eens bent met de aanmelding."),
			)
		)
	if schoon["soort"] == HULPVERLENER:
		for naam in ("afzender_naam", "afzender_organisatie", "afzender_email"):
			if not schoon.get(naam):
				bevindingen.append(Bevinding("verplicht", _("Vul {veld} in."), {"veld": _veld(naam)}))
	elif not (schoon.get("email") or schoon.get("telefoon")):
		bevindingen.append(Bevinding("contact", _("Vul een e-mailadres of telefoonnummer in, zodat wij u kunnen bereiken.")))
	return bevindingen


def vormen(schoon: dict) -> list[Bevinding]:
	"""Answers with a fixed form: e-mail addresses, postcode, phone numbers, the sending code."""
	bevindingen = []
	checks = [(n, _EMAIL) for n in ("email", "afzender_email")] + [
		("postcode", _POSTCODE),
		("telefoon", _TELEFOON),
		("afzender_telefoon", _TELEFOON),
		("verzend_sleutel", _SLEUTEL),
	]
	for naam, vorm in checks:
		if schoon.get(naam) and not vorm.match(schoon[naam]):
			bevindingen.append(Bevinding("vorm", _("{veld} klopt niet."), {"veld": _veld(naam)}))
	for rij in schoon.get("betrokkenen", []):
		if rij["email"] and not _EMAIL.match(rij["email"]):
			bevindingen.append(Bevinding("vorm", _("{veld} klopt niet."), {"veld": _("E-mailadres van een hulpverlener")}))
		if rij["telefoon"] and not _TELEFOON.match(rij["telefoon"]):
			bevindingen.append(Bevinding("vorm", _("{veld} klopt niet."), {"veld": _("Telefoon van een hulpverlener")}))
	return bevindingen


def _jaren(geboren: date, vandaag: date) -> int:
	return vandaag.year - geboren.year - ((vandaag.month, vandaag.day) < (geboren.month, geboren.day))


def leeftijden(leden: list, vandaag: date) -> list[Bevinding]:
	"""Birth dates that make sense: children up to 19 (the target group), parents of at least 12
	and at most 100; a due date not in the past (future ones are checked by ``controleer_leden``)."""
	bevindingen = []
	for i, lid in enumerate(leden, 1):
		wie, geboren = _wie(lid, i), lid.get("geboortedatum")
		if geboren and geboren <= vandaag:
			jaren = _jaren(geboren, vandaag)
			if lid["rol"] == KIND and jaren > MAX_LEEFTIJD_KIND:
				bevindingen.append(
					Bevinding("kind_te_oud", _("{wie} is ouder dan {max} jaar: controleer de geboortedatum."), {"wie": wie, "max": MAX_LEEFTIJD_KIND})
				)
			if lid["rol"] == OUDER and not 12 <= jaren <= MAX_LEEFTIJD_OUDER:
				bevindingen.append(Bevinding("ouder_leeftijd", _("Controleer de geboortedatum van {wie}."), {"wie": wie}))
		uitgerekend = lid.get("uitgerekende_datum")
		if lid["rol"] == ONGEBOREN and uitgerekend and uitgerekend < vandaag:
			bevindingen.append(
				Bevinding("uitgerekend_voorbij", _("De uitgerekende datum ligt in het verleden: vul het kind in met zijn geboortedatum."))
			)
	return bevindingen


def referentie(willekeurig: bytes) -> str:
	"""A reference the sender can quote (``AM-XXXX-XXXX``): random, so it tells nothing about how
	many registrations there are. ``willekeurig``: at least 8 random bytes."""
	tekens = "".join(REFERENTIE_TEKENS[b % len(REFERENTIE_TEKENS)] for b in willekeurig[:8])
	return f"AM-{tekens[:4]}-{tekens[4:8]}"


# --- a family the bureau already knows ----------------------------------------------------------


def _gewoon(tekst) -> str:
	return " ".join((tekst or "").split()).casefold()


def dubbelen(leden: list, bekende_leden: list) -> list[dict]:
	"""The known families that look like this registration: a member with the same BSN, or a parent
	with the same first and last name and birth date. ``bekende_leden``: member rows of known
	families (``gezin``, ``status``, ``rol``, names, ``geboortedatum``, ``bsn``). One entry per
	family, with every reason, in the order found."""
	gevonden: dict[str, dict] = {}
	bsns = {normaliseer_bsn(lid["bsn"]) for lid in leden if lid.get("bsn")}
	ouders = {
		(_gewoon(lid.get("voornaam")), _gewoon(lid.get("achternaam")), lid.get("geboortedatum"))
		for lid in leden
		if lid.get("rol") == OUDER and lid.get("geboortedatum")
	}
	for bekend in bekende_leden:
		redenen = []
		if bekend.get("bsn") and normaliseer_bsn(bekend["bsn"]) in bsns:
			redenen.append(_("zelfde BSN"))
		sleutel = (_gewoon(bekend.get("voornaam")), _gewoon(bekend.get("achternaam")), bekend.get("geboortedatum"))
		if bekend.get("rol") == OUDER and sleutel in ouders:
			redenen.append(_("ouder met dezelfde naam en geboortedatum"))
		if not redenen:
			continue
		rij = gevonden.setdefault(bekend["gezin"], {"gezin": bekend["gezin"], "status": bekend.get("status"), "redenen": []})
		rij["redenen"] += [r for r in redenen if r not in rij["redenen"]]
	return list(gevonden.values())


def beoordeling_fouten(status: str | None) -> list[Bevinding]:
	"""Only a new registration is accepted, linked or rejected (once)."""
	if status != NIEUW:
		return [Bevinding("al_beoordeeld", _("Deze aanmelding is al beoordeeld ({status})."), {"status": status or ""})]
	return []


def afwijzing_fouten(reden: str | None, toelichting: str | None) -> list[Bevinding]:
	if reden not in AFWIJSREDENEN:
		return [Bevinding("afwijsreden", _("Kies waarom de aanmelding wordt afgewezen."))]
	if reden == ANDERS and not (toelichting or "").strip():
		return [Bevinding("afwijs_toelichting", _("Schrijf bij 'Anders' waarom de aanmelding wordt afgewezen."))]
	return []


def gezin_uit(aanmelding: dict, aanmelddatum: date) -> dict:
	"""The Gezin a registration becomes: prefilled, registered on the day it was sent (the two-week
	decision clock runs from there)."""
	hulpverlener = aanmelding.get("soort") == HULPVERLENER
	return {
		**{v: aanmelding.get(v) for v in ("gezinsnaam", "adres", "postcode", "woonplaats", "telefoon", "email")},
		"aanmelddatum": aanmelddatum,
		"aangemeld_door": HULPVERLENER if hulpverlener else OUDERS,
		"verwijzer_naam": aanmelding.get("afzender_naam") if hulpverlener else None,
		"verwijzer_email": aanmelding.get("afzender_email") if hulpverlener else None,
		"reden_aanmelding": aanmelding.get("reden_aanmelding"),
		"zorgen_basiszorg": 1 if aanmelding.get("zorgen_basiszorg") else 0,
		"zorgen_toelichting": aanmelding.get("zorgen_toelichting"),
		"toestemming_aanmelding": 1 if aanmelding.get("toestemming_aanmelding") else 0,
		"leden": [
			{
				"rol": lid.get("rol"),
				"voornaam": lid.get("voornaam"),
				"achternaam": lid.get("achternaam"),
				"geboortedatum": lid.get("geboortedatum"),
				"uitgerekende_datum": lid.get("uitgerekende_datum"),
				"bsn": lid.get("bsn") or None,
				**{v: 1 if lid.get(v) else 0 for v in LID_VINKJES},
				"behandeling": lid.get("behandeling") or "",
			}
			for lid in aanmelding.get("leden", [])
		],
	}


def afgewezen_verlopen(status: str | None, afgewezen_op: date | None, bewaren_dagen: int, vandaag: date) -> bool:
	"""A rejected registration goes ``bewaren_dagen`` days after it was rejected (room to undo a
	mistake, no longer); an accepted or linked one stays with its family and its retention."""
	if status != AFGEWEZEN or afgewezen_op is None:
		return False
	return (vandaag - afgewezen_op).days >= max(bewaren_dagen, 0)
