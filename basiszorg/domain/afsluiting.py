"""Closing the loop: letters to the referrer, huisarts and JGZ when the coordination starts and when
it closes, and the parents' judgement at closure.

Seed 003: "Investeren in relatie met verwijzers: terugkoppelen of kinderen wel of niet zijn
gestart"; seed 001: a copy to the huisarts and the JGZ by default. A letter names the family, so a
professional receives it only with an active consent that covers family data or written reports
(scopes ``gezinsgegevens`` or ``verslag_email``) at the moment of sending.

At closure the parents say whether they are satisfied and, per goal of the plan, whether it was
reached (yes, partly, no); the report Basiszorg normen shows it per quarter.
"""

from dataclasses import dataclass

from .messages import Bevinding, _
from .overleg import STANDAARD_ORGANISATIETYPES
from .toestemming import GEZINSGEGEVENS, VERSLAG_EMAIL
from .traject import ACTIEF, AFGESLOTEN

START = "Start"
AFSLUITING = "Afsluiting"
SOORTEN = (START, AFSLUITING)
SCOPES_BERICHT = (GEZINSGEGEVENS, VERSLAG_EMAIL)
# the states in which each letter can go
STATUSSEN_BERICHT = {START: (ACTIEF, AFGESLOTEN), AFSLUITING: (AFGESLOTEN,)}

VERWIJZER = "verwijzer"
ROL_VAN_TYPE = {STANDAARD_ORGANISATIETYPES[0]: "huisarts", STANDAARD_ORGANISATIETYPES[1]: "JGZ"}

TEVREDEN = "Tevreden"
DEELS_TEVREDEN = "Deels tevreden"
NIET_TEVREDEN = "Niet tevreden"
OORDELEN = (TEVREDEN, DEELS_TEVREDEN, NIET_TEVREDEN)
BEREIKT_JA = "Ja"
BEREIKT_DEELS = "Deels"
BEREIKT_NEE = "Nee"
BEREIKT = (BEREIKT_JA, BEREIKT_DEELS, BEREIKT_NEE)


@dataclass(frozen=True)
class Berichtontvanger:
	naam: str
	email: str | None
	rol: str
	hulpverlener: str | None
	ontvangt: bool
	reden: str


def ontvangers(verwijzer, betrokkenen, toestemming_scopes: dict) -> list[Berichtontvanger]:
	"""The referrer (a professional; ``verwijzer`` is None when the parents registered themselves)
	and the family's huisarts and JGZ, each with whether they receive the letter and why."""
	kandidaten = []
	if verwijzer and verwijzer.get("hulpverlener"):
		kandidaten.append((verwijzer, VERWIJZER))
	for row in betrokkenen:
		rol = ROL_VAN_TYPE.get(row.get("organisatietype"))
		if rol:
			kandidaten.append((row, rol))
	lijst, gezien = [], set()
	for row, rol in kandidaten:
		hulpverlener = row.get("hulpverlener")
		if hulpverlener in gezien:
			continue
		gezien.add(hulpverlener)
		naam = row.get("naam") or row.get("hulpverlener_naam") or hulpverlener or ""
		email = row.get("email")
		scopes = toestemming_scopes.get(hulpverlener, set())
		if not email:
			ontvangt, reden = False, _("geen e-mailadres")
		elif not scopes & set(SCOPES_BERICHT):
			ontvangt, reden = False, _("geen toestemming van de ouders voor gegevens of verslagen")
		else:
			ontvangt, reden = True, _("met toestemming")
		lijst.append(Berichtontvanger(naam, email, rol, hulpverlener, ontvangt, reden))
	return lijst


def kan_versturen(soort: str, status: str | None) -> list[Bevinding]:
	if soort not in SOORTEN:
		return [Bevinding("soort", _("Kies het bericht: start of afsluiting."))]
	if status not in STATUSSEN_BERICHT[soort]:
		return [
			Bevinding(
				"status_bericht",
				_("Het bericht over de {soort} kan nog niet: het gezin staat op {status}."),
				{"soort": _(soort).lower(), "status": status or ""},
			)
		]
	return []


def doelen_voor_oordeel(doelen) -> list[dict]:
	"""The plan's goals the parents judge at closure (every goal, stopped ones too), once each."""
	gezien, rijen = set(), []
	for doel in doelen:
		if doel.get("doel_id") in gezien:
			continue
		gezien.add(doel.get("doel_id"))
		rijen.append(
			{"doel_id": doel.get("doel_id"), "voor_wie": doel.get("voor_wie"), "doel": doel.get("doel")}
		)
	return rijen
