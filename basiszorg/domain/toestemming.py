"""Consent (toestemming) of parents and youngsters for sharing a family's data.

A consent covers one professional or one whole organisation, for one or more scopes, from the
day it was given until it expires or is withdrawn. Youngsters decide along: a child of 12 to 15
consents together with the parents, from 16 the youngster consents alone for their own part.
Nothing is deleted on withdrawal: the consent stays, with the date, the person and the reason.
"""

from datetime import date

from .leden import kinderen, leeftijd, naam
from .messages import Bevinding, _

GEZINSGEGEVENS = "gezinsgegevens"
OVERLEG = "overleg"
ZORGPLAN = "zorgplan"
VERSLAG_EMAIL = "verslag_email"
SCOPES = (GEZINSGEGEVENS, OVERLEG, ZORGPLAN, VERSLAG_EMAIL)

ACTIEF = "Actief"
INGETROKKEN = "Ingetrokken"
VERLOPEN = "Verlopen"
NOG_NIET_GELDIG = "Nog niet geldig"

LEEFTIJD_MEEBESLISSEN = 12
LEEFTIJD_ZELFSTANDIG = 16


def status(
	gegeven_op: date | None, geldig_tot: date | None, ingetrokken_op: date | None, peildatum: date
) -> str:
	if ingetrokken_op and ingetrokken_op <= peildatum:
		return INGETROKKEN
	if gegeven_op and gegeven_op > peildatum:
		return NOG_NIET_GELDIG
	if geldig_tot and geldig_tot < peildatum:
		return VERLOPEN
	return ACTIEF


def _namen(tekst: str | None) -> set[str]:
	return {regel.strip().lower() for regel in (tekst or "").replace(",", "\n").splitlines() if regel.strip()}


def jongeren_die_meebeslissen(leden, peildatum: date) -> list:
	"""Children aged 12 or older on ``peildatum``: their consent is needed too."""
	return [k for k in kinderen(leden) if (leeftijd(k, peildatum) or 0) >= LEEFTIJD_MEEBESLISSEN]


def controleer(toestemming, leden, peildatum: date) -> list[Bevinding]:
	"""Findings that block saving ``toestemming`` for a family with ``leden``."""
	bevindingen = []
	if bool(toestemming.get("hulpverlener")) == bool(toestemming.get("zorgorganisatie")):
		bevindingen.append(
			Bevinding(
				"voor_wie",
				_("Kies een hulpverlener óf een hele zorgorganisatie waarvoor de toestemming geldt."),
			)
		)
	if not any(toestemming.get(scope) for scope in SCOPES):
		bevindingen.append(
			Bevinding("scope", _("Kies ten minste één onderdeel waarvoor de toestemming geldt."))
		)
	gegeven_op, geldig_tot = toestemming.get("gegeven_op"), toestemming.get("geldig_tot")
	if gegeven_op and gegeven_op > peildatum:
		bevindingen.append(Bevinding("gegeven_toekomst", _("De datum van toestemming ligt in de toekomst.")))
	if gegeven_op and geldig_tot and geldig_tot < gegeven_op:
		bevindingen.append(Bevinding("geldigheid", _("'Geldig tot' ligt voor de datum van toestemming.")))
	if not (toestemming.get("gegeven_door") or "").strip():
		bevindingen.append(Bevinding("ouder", _("Vul in welke ouder(s) de toestemming gaven.")))
	getekend = _namen(toestemming.get("jongeren"))
	for kind in jongeren_die_meebeslissen(leden, gegeven_op or peildatum):
		namen = {(kind.get("voornaam") or "").lower(), naam(kind).lower()}
		if not namen & getekend:
			jaren = leeftijd(kind, gegeven_op or peildatum)
			sjabloon = (
				_(
					"{naam} is {jaren} jaar en geeft vanaf 16 jaar zelf toestemming: vul de naam in bij 'Jongeren'."
				)
				if jaren >= LEEFTIJD_ZELFSTANDIG
				else _(
					"{naam} is {jaren} jaar en beslist samen met de ouders: vul de naam in bij 'Jongeren'."
				)
			)
			bevindingen.append(Bevinding("jongere", sjabloon, {"naam": naam(kind), "jaren": jaren}))
	return bevindingen
