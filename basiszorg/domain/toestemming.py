"""Consent (toestemming) of parents and youngsters: who decides, what a declaration covers, when it
needs renewing, and who may withdraw.

A *toestemmingsverklaring* is one signed form. It names the family members who gave it
(``gevers``) and has one line (``regels``) per professional or organisation, each with its own
scopes, reason and end date, so parents sign once for their network.

Who decides (Bkk practice, seed 004: "met instemming van ouders en jongeren"):

- parents/carers decide for the family;
- a youngster of 12 to 15 decides together with a parent: they sign along;
- a youngster of 16 or older decides alone about their own part (their member data, the plan's
  goals and agreements for them, the parts of minutes about them): they share it or not, in the
  parents' declaration or in one of their own. A part is marked "about this youngster" by the
  row's ``over_lid`` (the member's row in the family); without their yes it stays closed.

Ages are judged on the day the declaration was given; a child who turns 12 or 16 later makes the
declaration need renewing (status Vernieuwen). Withdrawal never depends on anything but who
withdraws: a giver can always withdraw the whole declaration or a line, a youngster their own part.
Nothing is deleted.
"""

from dataclasses import dataclass
from datetime import date

from .dates import plus_dagen
from .leden import KIND, OUDER, kinderen, leeftijd, naam, zoek_lid
from .messages import Bevinding, _

GEZINSGEGEVENS = "gezinsgegevens"
OVERLEG = "overleg"
ZORGPLAN = "zorgplan"
VERSLAG_EMAIL = "verslag_email"
SCOPES = (GEZINSGEGEVENS, OVERLEG, ZORGPLAN, VERSLAG_EMAIL)
# What each scope shares, in words a family reads (B1)
SCOPE_UITLEG = {
	GEZINSGEGEVENS: _("gegevens over ons gezin: wie er in het gezin zijn, hoe het gaat en wie er al helpen"),
	OVERLEG: _("meedoen aan het gezinsoverleg en de verslagen daarvan lezen"),
	ZORGPLAN: _("ons zorgplan lezen: de doelen en de afspraken"),
	VERSLAG_EMAIL: _("het verslag van het overleg per e-mail krijgen"),
}

# status of a declaration and of each of its lines
GELDIG = "Geldig"
VERNIEUWEN = "Vernieuwen"
INGETROKKEN = "Ingetrokken"
VERLOPEN = "Verlopen"
NOG_NIET_GELDIG = "Nog niet geldig"
VERVANGEN = "Vervangen"
STATUSSEN = (GELDIG, VERNIEUWEN, NOG_NIET_GELDIG, VERLOPEN, INGETROKKEN, VERVANGEN)
WERKZAAM = (GELDIG, VERNIEUWEN)  # the declaration opens access

# a youngster's (16+) answer about their own part
DEEL_GEDEELD = "Gedeeld"
DEEL_NIET_GEDEELD = "Niet gedeeld"
DEEL_INGETROKKEN = "Ingetrokken"
DEEL_KEUZES = (DEEL_GEDEELD, DEEL_NIET_GEDEELD, DEEL_INGETROKKEN)

# what happens when a child turns 12 or 16 after the declaration (Basiszorg Instellingen)
DOORLOPEN = "Doorlopen tot vernieuwing"
STOPPEN = "Stoppen na wachttijd"
VERNIEUWEN_WACHTTIJD_DAGEN = 30

LEEFTIJD_MEEBESLISSEN = 12
LEEFTIJD_ZELFSTANDIG = 16
LEEFTIJDSGRENZEN = (LEEFTIJD_MEEBESLISSEN, LEEFTIJD_ZELFSTANDIG)


def status(
	gegeven_op: date | None, geldig_tot: date | None, ingetrokken_op: date | None, peildatum: date
) -> str:
	"""Status from the dates alone (withdrawal wins over expiry)."""
	if ingetrokken_op and ingetrokken_op <= peildatum:
		return INGETROKKEN
	if gegeven_op and gegeven_op > peildatum:
		return NOG_NIET_GELDIG
	if geldig_tot and geldig_tot < peildatum:
		return VERLOPEN
	return GELDIG


def _lid_id(lid) -> str | None:
	return lid.get("name") or lid.get("lid")


def is_ouder(lid) -> bool:
	return lid.get("rol") == OUDER


def is_kind(lid) -> bool:
	return lid.get("rol") == KIND


def jongeren_die_meebeslissen(leden, peildatum: date) -> list:
	"""Children aged 12 or older on ``peildatum``: their say is needed too."""
	return [k for k in kinderen(leden) if (leeftijd(k, peildatum) or 0) >= LEEFTIJD_MEEBESLISSEN]


def is_zelfstandig(lid, peildatum: date) -> bool:
	"""A youngster of 16 or older: decides alone about their own part."""
	return is_kind(lid) and (leeftijd(lid, peildatum) or 0) >= LEEFTIJD_ZELFSTANDIG


def _gevers_als_leden(gevers, leden) -> list:
	by_id = {_lid_id(lid): lid for lid in leden}
	return [by_id[g.get("gezinslid")] for g in gevers if g.get("gezinslid") in by_id]


def _controleer_gevers(gevers, leden, gegeven_op: date):
	by_id = {_lid_id(lid): lid for lid in leden}
	if not gevers:
		yield Bevinding("gevers", _("Kies wie de toestemming gaven: een ouder of een jongere vanaf 16 jaar."))
		return
	gevende_ids = set()
	for gever in gevers:
		lid = by_id.get(gever.get("gezinslid"))
		if lid is None:
			yield Bevinding(
				"gever_onbekend",
				_("{naam} hoort niet (meer) bij dit gezin: kies een gezinslid."),
				{"naam": gever.get("naam") or gever.get("gezinslid") or "?"},
			)
			continue
		gevende_ids.add(_lid_id(lid))
		jaren = leeftijd(lid, gegeven_op)
		if is_kind(lid) and (jaren or 0) < LEEFTIJD_MEEBESLISSEN:
			yield Bevinding(
				"gever_te_jong",
				_("{naam} is {jaren} jaar: kinderen onder de 12 tekenen niet zelf, hun ouders beslissen."),
				{"naam": naam(lid), "jaren": jaren},
			)
		elif not is_ouder(lid) and not is_kind(lid):
			yield Bevinding("gever_rol", _("{naam} kan geen toestemming geven."), {"naam": naam(lid)})
		if is_zelfstandig(lid, gegeven_op) and gever.get("eigen_deel") not in DEEL_KEUZES:
			yield Bevinding(
				"eigen_deel",
				_(
					"{naam} is {jaren} jaar en beslist zelf over het eigen deel: kies of dat gedeeld wordt of niet."
				),
				{"naam": naam(lid), "jaren": jaren},
			)
	ouder_tekent = any(is_ouder(by_id[i]) for i in gevende_ids)
	for kind in jongeren_die_meebeslissen(leden, gegeven_op):
		jaren = leeftijd(kind, gegeven_op)
		if jaren >= LEEFTIJD_ZELFSTANDIG or _lid_id(kind) in gevende_ids:
			continue
		if ouder_tekent:
			yield Bevinding(
				"jongere",
				_("{naam} is {jaren} jaar en beslist samen met de ouders: voeg {naam} toe bij wie tekenen."),
				{"naam": naam(kind), "jaren": jaren},
			)
	if not ouder_tekent and any(
		not is_zelfstandig(by_id[i], gegeven_op) for i in gevende_ids if is_kind(by_id[i])
	):
		yield Bevinding(
			"jongere_alleen",
			_("Een jongere van 12 tot 16 jaar tekent samen met een ouder, niet alleen."),
		)


def _controleer_regels(regels, gegeven_op: date | None, geldig_tot: date | None):
	if not regels:
		yield Bevinding(
			"regels", _("Voeg ten minste één hulpverlener of organisatie toe waarvoor de toestemming geldt.")
		)
	for regel in regels:
		rij = regel.get("idx") or ""
		if bool(regel.get("hulpverlener")) == bool(regel.get("zorgorganisatie")):
			yield Bevinding(
				"voor_wie",
				_("Regel {rij}: kies een hulpverlener óf een hele zorgorganisatie."),
				{"rij": rij},
			)
		if not any(regel.get(scope) for scope in SCOPES):
			yield Bevinding(
				"scope",
				_("Regel {rij}: kies ten minste één onderdeel waarvoor de toestemming geldt."),
				{"rij": rij},
			)
		eind = regel.get("geldig_tot")
		if eind and gegeven_op and eind < gegeven_op:
			yield Bevinding(
				"geldigheid_regel",
				_("Regel {rij}: 'geldig tot' ligt voor de datum van toestemming."),
				{"rij": rij},
			)
		if eind and geldig_tot and eind > geldig_tot:
			yield Bevinding(
				"regel_langer",
				_("Regel {rij}: een regel kan niet langer gelden dan de hele verklaring."),
				{"rij": rij},
			)


def controleer(verklaring, gevers, regels, leden, peildatum: date) -> list[Bevinding]:
	"""Findings that block saving a declaration (dates as ``date``; rows as dicts)."""
	bevindingen = []
	gegeven_op, geldig_tot = verklaring.get("gegeven_op"), verklaring.get("geldig_tot")
	if not gegeven_op:
		bevindingen.append(Bevinding("gegeven_op", _("Vul in op welke datum de toestemming is gegeven.")))
	elif gegeven_op > peildatum:
		bevindingen.append(Bevinding("gegeven_toekomst", _("De datum van toestemming ligt in de toekomst.")))
	if gegeven_op and geldig_tot and geldig_tot < gegeven_op:
		bevindingen.append(Bevinding("geldigheid", _("'Geldig tot' ligt voor de datum van toestemming.")))
	if not verklaring.get("formulier"):
		bevindingen.append(
			Bevinding(
				"formulier", _("Voeg de getekende toestemmingsverklaring toe (schriftelijke toestemming).")
			)
		)
	bevindingen += _controleer_gevers(gevers, leden, gegeven_op or peildatum)
	bevindingen += _controleer_regels(regels, gegeven_op, geldig_tot)
	return bevindingen


def gedekte_delen(gevers, leden, gegeven_op: date) -> set[str]:
	"""The children whose own part the declaration covers: a youngster who was 16 or older when it
	was given only with their own 'Gedeeld'; a younger child when a parent signed."""
	ouder_tekent = any(is_ouder(lid) for lid in _gevers_als_leden(gevers, leden))
	antwoord = {g.get("gezinslid"): g.get("eigen_deel") for g in gevers}
	gedekt = set()
	for kind in kinderen(leden):
		lid_id = _lid_id(kind)
		if is_zelfstandig(kind, gegeven_op):
			if antwoord.get(lid_id) == DEEL_GEDEELD:
				gedekt.add(lid_id)
		elif ouder_tekent:
			gedekt.add(lid_id)
	return gedekt


def opent_gezin(gevers, leden) -> bool:
	"""Only a parent's consent opens the family file; a youngster's own consent covers their part."""
	return any(is_ouder(lid) for lid in _gevers_als_leden(gevers, leden))


def leeftijdsgrens_gepasseerd(leden, gevers, gegeven_op: date, peildatum: date) -> list[tuple]:
	"""(child, age limit) for children who turned 12 or 16 after the declaration was given and
	have not signed it (so they were never asked): the declaration needs renewing."""
	getekend = {g.get("gezinslid") for g in gevers}
	result = []
	for kind in kinderen(leden):
		if _lid_id(kind) in getekend:
			continue
		toen, nu = leeftijd(kind, gegeven_op), leeftijd(kind, peildatum)
		if toen is None or nu is None:
			continue
		for grens in LEEFTIJDSGRENZEN:
			if toen < grens <= nu:
				result.append((kind, grens))
	return result


@dataclass(frozen=True)
class Dekking:
	"""What one line of a declaration opens today: per professional the scopes, the validity and
	the children's parts."""

	scopes: tuple[str, ...]
	geldig_van: date | None
	geldig_tot: date | None
	opent_gezin: bool
	delen: frozenset


def regel_status(verklaring, regel, peildatum: date) -> str:
	if verklaring.get("vervangen_door"):
		return VERVANGEN
	ingetrokken = regel.get("ingetrokken_op") or verklaring.get("ingetrokken_op")
	eind = min(filter(None, (regel.get("geldig_tot"), verklaring.get("geldig_tot"))), default=None)
	return status(verklaring.get("gegeven_op"), eind, ingetrokken, peildatum)


def stopdatum(vernieuwen_sinds: date | None, na_leeftijdsgrens: str, wachttijd_dagen: int) -> date | None:
	"""When access ends for a declaration that needs renewing (None: it continues until renewal)."""
	if vernieuwen_sinds and na_leeftijdsgrens == STOPPEN:
		return plus_dagen(vernieuwen_sinds, wachttijd_dagen)
	return None


def dekking(verklaring, gevers, regel, leden, stop: date | None = None) -> Dekking | None:
	"""What ``regel`` opens, or None when it opens nothing (withdrawn, replaced, no scope)."""
	if verklaring.get("vervangen_door") or verklaring.get("ingetrokken_op") or regel.get("ingetrokken_op"):
		return None
	scopes = tuple(scope for scope in SCOPES if regel.get(scope))
	if not scopes:
		return None
	eind = min(filter(None, (regel.get("geldig_tot"), verklaring.get("geldig_tot"), stop)), default=None)
	gegeven_op = verklaring.get("gegeven_op")
	gedekt = gedekte_delen(gevers, leden, gegeven_op) if gegeven_op else set()
	return Dekking(scopes, gegeven_op, eind, opent_gezin(gevers, leden), frozenset(gedekt))


def verklaring_status(verklaring, regels, peildatum: date) -> str:
	"""The declaration's status: replaced, withdrawn, or the best status among its lines; a valid
	declaration whose renewal is due shows Vernieuwen."""
	if verklaring.get("vervangen_door"):
		return VERVANGEN
	if verklaring.get("ingetrokken_op") and verklaring["ingetrokken_op"] <= peildatum:
		return INGETROKKEN
	statussen = [regel_status(verklaring, r, peildatum) for r in regels] or [
		status(verklaring.get("gegeven_op"), verklaring.get("geldig_tot"), None, peildatum)
	]
	for kandidaat in (GELDIG, NOG_NIET_GELDIG, VERLOPEN, INGETROKKEN):
		if kandidaat in statussen:
			if kandidaat == GELDIG and verklaring.get("vernieuwen_sinds"):
				return VERNIEUWEN
			return kandidaat
	return INGETROKKEN


def mag_intrekken(lid, gevers, alleen_eigen_deel: bool, volledige_toegang: bool = True) -> bool:
	"""Who may withdraw. A giver (a parent, or a youngster who signed along) the declaration or a
	line; a parent of the family with full say (on Mijn gezin: full access) also a declaration the
	other parent signed, since a withdrawal only ever narrows what is shared; a youngster who shared
	their own part, that part. Nothing else decides it: not the other data of the family."""
	if lid is None:
		return False
	gever = next((g for g in gevers if g.get("gezinslid") == _lid_id(lid)), None)
	if alleen_eigen_deel:
		return gever is not None and is_kind(lid) and gever.get("eigen_deel") == DEEL_GEDEELD
	if gever is not None and (is_ouder(lid) or is_kind(lid)):
		return True
	return is_ouder(lid) and volledige_toegang


SCHEIDERS = (",", ";", "/", "&", "\n", " en ")


def _namen(tekst: str | None) -> list[str]:
	tekst = f" {tekst or ''} "
	for scheider in SCHEIDERS:
		tekst = tekst.replace(scheider, "\n")
	return [regel.strip() for regel in tekst.splitlines() if regel.strip()]


@dataclass(frozen=True)
class Omzetting:
	"""An old consent (names as text) as givers who are members; what was not recognised."""

	gevers: tuple[dict, ...]
	niet_herkend: tuple[str, ...]

	@property
	def te_controleren(self) -> bool:
		return bool(self.niet_herkend) or not any(g["rol"] == OUDER for g in self.gevers)


def zet_om(gegeven_door: str | None, jongeren: str | None, leden, gegeven_op: date) -> Omzetting:
	"""Names typed in the old free-text fields matched to the family's members by first or full name
	(case ignored); a youngster of 16+ named in the old consent shared their part."""
	gevers, niet_herkend, gezien = [], [], set()
	for tekst in _namen(gegeven_door) + _namen(jongeren):
		lid = zoek_lid(leden, tekst, (OUDER, KIND))
		if lid is None:
			niet_herkend.append(tekst)
			continue
		if _lid_id(lid) in gezien:
			continue
		gezien.add(_lid_id(lid))
		gevers.append(
			{
				"gezinslid": _lid_id(lid),
				"rol": lid.get("rol"),
				"eigen_deel": DEEL_GEDEELD if is_zelfstandig(lid, gegeven_op) else None,
			}
		)
	return Omzetting(tuple(gevers), tuple(niet_herkend))
