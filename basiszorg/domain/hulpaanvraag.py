"""Help that comes: a request for extra help at an organisation of the social map, followed from
the asking until it starts (or why it did not), and the waiting it brings. Pure: dates are passed in.

Seed 001, step 5 of the Bkk traject ("Soms is er meer hulp nodig en moet dit worden aangevraagd");
seed 004: parents miss clear word about waiting lists and a contact person while they wait."""

import statistics
from dataclasses import dataclass
from datetime import date

from basiszorg.domain.messages import Bevinding, _

# the life of a request (the workflow's states, basiszorg/workflow/hulpaanvraag.json)
AANGEVRAAGD = "Aangevraagd"
WACHTLIJST = "Op de wachtlijst"
GESTART = "Gestart"
GEWEIGERD = "Geweigerd"
INGETROKKEN = "Ingetrokken"
NIET_NODIG = "Niet meer nodig"
STATUSSEN = (AANGEVRAAGD, WACHTLIJST, GESTART, GEWEIGERD, INGETROKKEN, NIET_NODIG)
OPEN = (AANGEVRAAGD, WACHTLIJST)  # the family waits
AFGEROND = (GESTART, GEWEIGERD, INGETROKKEN, NIET_NODIG)
# which state may follow which (the workflow JSON is checked against this)
OVERGANGEN = {
	AANGEVRAAGD: (WACHTLIJST, GESTART, GEWEIGERD, INGETROKKEN, NIET_NODIG),
	WACHTLIJST: (GESTART, GEWEIGERD, INGETROKKEN, NIET_NODIG),
}
# the date field each state is reached on
DATUM_VAN = {
	AANGEVRAAGD: "aangevraagd_op",
	WACHTLIJST: "wachtlijst_op",
	GESTART: "gestart_op",
	GEWEIGERD: "geweigerd_op",
	INGETROKKEN: "beeindigd_op",
	NIET_NODIG: "beeindigd_op",
}
# what the family reads on Mijn gezin (B1 Dutch)
IN_WOORDEN = {
	AANGEVRAAGD: _("Gevraagd. We wachten op antwoord."),
	WACHTLIJST: _("U staat op de wachtlijst."),
	GESTART: _("De hulp is begonnen."),
	GEWEIGERD: _("De organisatie geeft deze hulp niet."),
	INGETROKKEN: _("We vragen deze hulp niet meer."),
	NIET_NODIG: _("Deze hulp is niet meer nodig."),
}
WEIGERREDENEN = (
	"Valt buiten de doelgroep",
	"Geen plek of capaciteit",
	"Andere hulp past beter",
	"Gezin wil het niet",
	"Te weinig informatie",
	"Anders",
)
ANDERS = "Anders"
WACHTEN_SIGNAAL_DAGEN = 42  # without a waiting time from the organisation: six weeks

# the kinds of offer on the social map (seed 003 and the issue)
SOORTEN_AANBOD = (
	"KOPP/KVO-groep",
	"Opvoedondersteuning",
	"Jeugdhulp",
	"GGZ of verslavingszorg voor de ouder",
	"Praktische hulp",
	"Respijtzorg",
	"Anders",
)
VOOR_WIE = ("Kind", "Ouder", "Gezin")


def _dag(waarde) -> date | None:
	return waarde if isinstance(waarde, date) else None


def overgang_fouten(van: str | None, naar: str) -> list[Bevinding]:
	"""A request moves only along its life; a new one starts as asked (or is recorded at once in a
	state that follows from there: help asked before it was written down)."""
	van = van or AANGEVRAAGD
	if naar == van or naar in OVERGANGEN.get(van, ()):
		return []
	return [Bevinding("overgang", _("Een aanvraag gaat niet van '{van}' naar '{naar}'."), {"van": van, "naar": naar})]


def fouten(aanvraag: dict, vandaag: date) -> list[Bevinding]:
	"""What a request must hold in its state: the dates in order and not in the future, a reason
	when help was refused, a date for the state reached."""
	bevindingen: list[Bevinding] = []
	status = aanvraag.get("status") or AANGEVRAAGD
	gevraagd = _dag(aanvraag.get("aangevraagd_op"))
	if not gevraagd:
		bevindingen.append(Bevinding("aangevraagd_op", _("Vul in wanneer de hulp is aangevraagd.")))
	for veld in DATUM_VAN.values():
		dag = _dag(aanvraag.get(veld))
		if not dag:
			continue
		if dag > vandaag:
			bevindingen.append(Bevinding(veld, _("Een datum die nog moet komen kan niet: {veld}."), {"veld": LABELS[veld]}))
		if gevraagd and veld != "aangevraagd_op" and dag < gevraagd:
			bevindingen.append(
				Bevinding(f"{veld}_voor_aanvraag", _("{veld} ligt vóór de aanvraag ({datum})."), {"veld": LABELS[veld], "datum": gevraagd.isoformat()})
			)
	wachtlijst, gestart = _dag(aanvraag.get("wachtlijst_op")), _dag(aanvraag.get("gestart_op"))
	if wachtlijst and gestart and gestart < wachtlijst:
		bevindingen.append(Bevinding("start_voor_wachtlijst", _("De start ligt vóór de plaatsing op de wachtlijst.")))
	verwacht = _dag(aanvraag.get("verwachte_start"))
	if verwacht and gevraagd and verwacht < gevraagd:
		bevindingen.append(Bevinding("verwachte_start", _("De verwachte start ligt vóór de aanvraag.")))
	if status in DATUM_VAN and not _dag(aanvraag.get(DATUM_VAN[status])):
		bevindingen.append(Bevinding(f"{DATUM_VAN[status]}_nodig", _("Vul de datum in: {veld}."), {"veld": LABELS[DATUM_VAN[status]]}))
	if status == GEWEIGERD:
		reden = aanvraag.get("weigerreden")
		if reden not in WEIGERREDENEN:
			bevindingen.append(Bevinding("weigerreden", _("Kies waarom de hulp is geweigerd.")))
		elif reden == ANDERS and not (aanvraag.get("weiger_toelichting") or "").strip():
			bevindingen.append(Bevinding("weiger_toelichting", _("Schrijf bij 'Anders' waarom de hulp is geweigerd.")))
	if aanvraag.get("warme_overdracht") and not _dag(aanvraag.get("overdracht_op")):
		bevindingen.append(Bevinding("overdracht_op", _("Vul in wanneer de warme overdracht was.")))
	return bevindingen


LABELS = {
	"aangevraagd_op": "Aangevraagd op",
	"wachtlijst_op": "Op de wachtlijst sinds",
	"gestart_op": "Gestart op",
	"geweigerd_op": "Geweigerd op",
	"beeindigd_op": "Beëindigd op",
}


def wachtdagen(aangevraagd_op: date, einde: date | None, vandaag: date) -> int:
	"""Days the family waited (or waits) from the request until the help started or the request
	ended; never negative."""
	return max(((einde or vandaag) - aangevraagd_op).days, 0)


def einde(aanvraag: dict) -> date | None:
	"""The day the waiting ended: the start, the refusal, the withdrawal; None while it is open."""
	if aanvraag.get("status") in OPEN:
		return None
	for veld in ("gestart_op", "geweigerd_op", "beeindigd_op"):
		if _dag(aanvraag.get(veld)):
			return aanvraag[veld]
	return None


def wacht_te_lang(aanvraag: dict, opgegeven_weken: int | None, norm_dagen: int, vandaag: date) -> bool:
	"""An open request waits too long when it waits longer than the organisation said (its stated
	waiting time, in weeks) or, when it said nothing, than the bureau's norm."""
	if aanvraag.get("status") not in OPEN or not _dag(aanvraag.get("aangevraagd_op")):
		return False
	grens = opgegeven_weken * 7 if opgegeven_weken and opgegeven_weken > 0 else norm_dagen
	return wachtdagen(aanvraag["aangevraagd_op"], None, vandaag) > grens


HERINNER_ELKE_DAGEN = 7  # a request that keeps waiting too long is signalled again each week


def herinneren(aanvraag: dict, opgegeven_weken: int | None, norm_dagen: int, vandaag: date) -> bool:
	"""Signal the coordinator: the request waits too long and was not signalled this past week."""
	if not wacht_te_lang(aanvraag, opgegeven_weken, norm_dagen, vandaag):
		return False
	vorige = _dag(aanvraag.get("herinnerd_op"))
	return vorige is None or (vandaag - vorige).days >= HERINNER_ELKE_DAGEN


@dataclass(frozen=True)
class Regel:
	"""One line of *Wachten bij partners*: an organisation and a kind of offer."""

	organisatie: str
	soort: str
	aanvragen: int
	wachten_nu: int
	mediaan_dagen: float | None
	langste_dagen: int | None
	gestart: int
	geweigerd: int
	aandeel_geweigerd: float | None
	redenen: dict


def wachten_bij_partners(aanvragen: list[dict], vandaag: date) -> list[Regel]:
	"""Per organisation and kind of offer: how many families wait now, the median and longest
	wait (of the open requests to today, of the closed ones to their end), and the share of the
	decided requests (started or refused) that was refused, with the reasons."""
	groepen: dict[tuple[str, str], list[dict]] = {}
	for a in aanvragen:
		groepen.setdefault((a.get("organisatie") or "", a.get("soort") or ""), []).append(a)
	regels = []
	for (organisatie, soort), rijen in sorted(groepen.items()):
		dagen = [wachtdagen(r["aangevraagd_op"], einde(r), vandaag) for r in rijen if _dag(r.get("aangevraagd_op"))]
		geweigerd = [r for r in rijen if r.get("status") == GEWEIGERD]
		gestart = sum(1 for r in rijen if r.get("status") == GESTART)
		besloten = gestart + len(geweigerd)
		redenen: dict[str, int] = {}
		for r in geweigerd:
			redenen[r.get("weigerreden") or ""] = redenen.get(r.get("weigerreden") or "", 0) + 1
		regels.append(
			Regel(
				organisatie=organisatie,
				soort=soort,
				aanvragen=len(rijen),
				wachten_nu=sum(1 for r in rijen if r.get("status") in OPEN),
				mediaan_dagen=statistics.median(dagen) if dagen else None,
				langste_dagen=max(dagen) if dagen else None,
				gestart=gestart,
				geweigerd=len(geweigerd),
				aandeel_geweigerd=len(geweigerd) / besloten if besloten else None,
				redenen=dict(sorted(redenen.items(), key=lambda kv: (-kv[1], kv[0]))),
			)
		)
	return regels


def past_bij(aanbod: dict, leeftijden: list[int]) -> bool:
	"""An offer fits a family when one of the members it is for falls within its ages (an offer
	without ages fits everyone)."""
	laag, hoog = aanbod.get("leeftijd_van"), aanbod.get("leeftijd_tot")
	if not laag and not hoog:
		return True
	return any((not laag or leeftijd >= laag) and (not hoog or leeftijd <= hoog) for leeftijd in leeftijden)


def aanbod_fouten(aanbod: dict, vandaag: date) -> list[Bevinding]:
	"""An offer of the social map: ages that make sense, a waiting time that is not negative and
	not dated in the future."""
	bevindingen = []
	laag, hoog = aanbod.get("leeftijd_van"), aanbod.get("leeftijd_tot")
	if (laag is not None and laag < 0) or (hoog is not None and hoog < 0):
		bevindingen.append(Bevinding("leeftijd", _("Een leeftijd is nooit negatief.")))
	if laag and hoog and laag > hoog:
		bevindingen.append(Bevinding("leeftijden", _("'Vanaf leeftijd' is hoger dan 'tot en met leeftijd'.")))
	if (aanbod.get("wachttijd_weken") or 0) < 0:
		bevindingen.append(Bevinding("wachttijd", _("Een wachttijd is nooit negatief.")))
	per = _dag(aanbod.get("wachttijd_per"))
	if per and per > vandaag:
		bevindingen.append(Bevinding("wachttijd_per", _("De wachttijd kan niet in de toekomst zijn opgegeven.")))
	return bevindingen


def nodig_voor_verwijzing(plan_mee: bool, gezinsgegevens: str, zorgplan: str) -> tuple[str, ...]:
	"""The consent scopes a referral needs: the family's data for the letter, the plan's scope
	when the plan goes with it."""
	return (gezinsgegevens, zorgplan) if plan_mee else (gezinsgegevens,)


def verwijzing_fouten(
	ontvanger: str | None,
	email: str | None,
	gedekt: set[str],
	nodig: tuple[str, ...],
	kind: str | None,
	kind_gedekt: bool,
) -> list[Bevinding]:
	"""Whether the referral may go to the receiving professional now: a receiver with an address,
	a consent line that covers every scope it needs today, and (help for one child) the consent
	covers that child's own part. The message names what is missing."""
	if not ontvanger:
		return [Bevinding("ontvanger", _("Kies wie bij de nieuwe organisatie de verwijzing ontvangt."))]
	if not email:
		return [Bevinding("ontvanger_email", _("De ontvanger {ontvanger} heeft geen e-mailadres in het adresboek."), {"ontvanger": ontvanger})]
	bevindingen = []
	ontbreekt = [s for s in nodig if s not in gedekt]
	if ontbreekt:
		bevindingen.append(
			Bevinding(
				"toestemming",
				_("Er is vandaag geen toestemming die {ontvanger} dekt voor: {wat}. Vraag de ouders eerst om toestemming; er is niets verstuurd."),
				{"ontvanger": ontvanger, "wat": ", ".join(ontbreekt)},
			)
		)
	if kind and not kind_gedekt:
		bevindingen.append(
			Bevinding(
				"eigen_deel",
				_("De toestemming dekt het eigen deel van {kind} niet: de verwijzing over {kind} gaat niet naar {ontvanger}."),
				{"kind": kind, "ontvanger": ontvanger},
			)
		)
	return bevindingen
