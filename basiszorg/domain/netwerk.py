"""The family's network and the child's world (seed 004: "breng het sociaal netwerk samen met het
gezin visueel in kaart", "let op: niet alle ouders willen netwerk betrekken"; seed 003: the child
understands at their level what goes on at home, daily life goes on, and the child has someone to
trust).

- A **network person** (netwerkpersoon) is someone informal around the family: a name or a
  description, their relation, what they do for the family, how close they are (three circles)
  and whether the family wants them involved. Nothing else is kept about people who are not
  clients: no BSN, no birth date, no address. The professionals around the family are the
  family's *betrokkenen* and are drawn from there, never typed again.
- A network person can be a youngster's own (``over_lid``): then the part rule decides who reads
  them, and a youngster of 16+ keeps them up on Mijn gezin.
- The **child's world** (kindwereld) is per child: who the child can go to, whether the child
  knows at their level what goes on at home, and whether school, sport and friends go on; a
  youngster of 12+ says it in their own words on Mijn gezin.

Who may change what on Mijn gezin (the rules add: full access, the family's own records):
a parent keeps up the family's network and the network of the children whose part they see; a
youngster of 16+ keeps up their own; a youngster of 12+ writes their own words.
"""

from dataclasses import dataclass

from .bsn import CIJFERS, is_geldig_bsn
from .leden import KIND, OUDER
from .messages import Bevinding, _
from .netwerkkaart import (
	ADVIES,
	CIRKELS,
	CRISIS,
	EMOTIONEEL,
	MIDDEN,
	OPVANG,
	PRAKTISCH,
	Persoon,
	verschil,
)
from .toestemming import LEEFTIJD_MEEBESLISSEN, LEEFTIJD_ZELFSTANDIG

# whether the family wants this person involved (seed 004: not every parent wants the network in)
BETREKKEN_JA, BETREKKEN_NEE, NOG_NIET_BESPROKEN = "Ja", "Nee", "Nog niet besproken"
BETREKKEN = (BETREKKEN_JA, BETREKKEN_NEE, NOG_NIET_BESPROKEN)

# what a network person does for the family: one Check field per kind of support
STEUN_VELDEN = {
	"steun_praktisch": PRAKTISCH,
	"steun_opvang": OPVANG,
	"steun_emotioneel": EMOTIONEEL,
	"steun_advies": ADVIES,
	"steun_crisis": CRISIS,
}

# the child's world
WEET_HET, WEET_EEN_BEETJE, WEET_HET_NIET, ONBEKEND = "Ja", "Een beetje", "Nee", "Weet ik niet"
WEET_WAT_ER_SPEELT = (WEET_HET, WEET_EEN_BEETJE, WEET_HET_NIET, ONBEKEND)
GAAT_DOOR, GAAT_SOMS_DOOR, GAAT_NIET_DOOR = "Ja", "Soms", "Nee"
GAAT_DOOR_KEUZES = (GAAT_DOOR, GAAT_SOMS_DOOR, GAAT_NIET_DOOR)
DAGELIJKS_LEVEN = {
	"school_gaat_door": _("School"),
	"sport_gaat_door": _("Sport of club"),
	"vrienden_gaan_door": _("Vrienden"),
}
EIGEN_WOORDEN_VANAF = LEEFTIJD_MEEBESLISSEN  # a youngster of 12+ says it in their own words

# who put someone on the map (the Select of Netwerkpersoon.toegevoegd_via); the family's own
# changes are signed "<member> (Mijn gezin)"
VIA_COORDINATOR, VIA_MIJN_GEZIN = "Coördinator", "Mijn gezin"


def door_het_gezin(naam: str) -> str:
	return f"{naam} ({VIA_MIJN_GEZIN})"


# when the map is kept, to see later how the network changed
MOMENT_PLAN, MOMENT_EVALUATIE, MOMENT_AFSLUITING = "Zorgplan vastgesteld", "Evaluatie", "Afsluiting"

MAX_NAAM, MAX_RELATIE, MAX_TEKST = 140, 140, 2000
MAX_PERSONEN = 60  # a network beyond this is not a map any more (and a sign of a copy-paste error)


@dataclass(frozen=True)
class Wijziger:
	"""Who changes the network on Mijn gezin: their member row, role and age today."""

	lid: str
	rol: str
	leeftijd: int | None


def mag_netwerkpersoon_wijzigen(wijziger: Wijziger, over_lid: str | None, zichtbare_delen) -> bool:
	"""A parent: the family's own people and those of children whose part they see
	(``zichtbare_delen``: the member rows; None means every part); a youngster of 16+: their own
	people only; anyone else: nothing."""
	if wijziger.rol == OUDER:
		return not over_lid or zichtbare_delen is None or over_lid in zichtbare_delen
	if wijziger.rol == KIND and (wijziger.leeftijd or 0) >= LEEFTIJD_ZELFSTANDIG:
		return over_lid == wijziger.lid
	return False


def mag_van_wie_wijzigen(eerder: str | None, later: str | None) -> bool:
	"""On Mijn gezin a person of the whole family may become one child's (a narrower circle of
	readers), never the other way round: a child's own person stays theirs (only the coordinator
	moves them)."""
	return not eerder or eerder == later


def past_bij_deel(persoon_van: str | None, deel: str | None) -> bool:
	"""A network person named in a row (a child's trusted person, a plan goal, a sign) is the whole
	family's, or of the same child the row is about: a row never carries another child's part."""
	return not persoon_van or persoon_van == deel


def mag_eigen_woorden(wijziger: Wijziger, over_lid: str) -> bool:
	"""Only the child themselves, from 12 years on, writes the child's world in their own words."""
	return (
		wijziger.rol == KIND and over_lid == wijziger.lid and (wijziger.leeftijd or 0) >= EIGEN_WOORDEN_VANAF
	)


def _heeft_bsn(tekst: str) -> bool:
	"""A run of digits (spaces, dots and dashes between them allowed) that is a valid BSN."""
	runs, run = [], ""
	for teken in (tekst or "") + "x":
		if teken in CIJFERS or (run and teken in " .-"):
			run += teken
		else:
			runs.append(run)
			run = ""
	return any(is_geldig_bsn(r.strip(" .-")) for r in runs if r.strip(" .-"))


def controleer_netwerkpersoon(persoon: dict) -> list[Bevinding]:
	"""A network person needs a name or description and a circle; minimal data about people who
	are not clients: no BSN in the free text, values from the lists only."""
	bevindingen = []
	naam = (persoon.get("naam") or "").strip()
	if not naam:
		bevindingen.append(Bevinding("netwerk_naam", _("Vul een naam of omschrijving in.")))
	elif len(naam) > MAX_NAAM:
		bevindingen.append(
			Bevinding("netwerk_naam_lang", _("Een naam is ten hoogste {max} tekens."), {"max": MAX_NAAM})
		)
	if len(persoon.get("relatie") or "") > MAX_RELATIE:
		bevindingen.append(
			Bevinding(
				"netwerk_relatie_lang",
				_("Wie het is voor het gezin: ten hoogste {max} tekens."),
				{"max": MAX_RELATIE},
			)
		)
	if persoon.get("nabijheid") not in CIRKELS:
		bevindingen.append(
			Bevinding(
				"netwerk_nabijheid",
				_("Kies hoe dichtbij deze persoon staat: {keuzes}."),
				{"keuzes": ", ".join(CIRKELS)},
			)
		)
	if (persoon.get("betrekken") or NOG_NIET_BESPROKEN) not in BETREKKEN:
		bevindingen.append(
			Bevinding(
				"netwerk_betrekken",
				_("Kies of het gezin deze persoon wil betrekken: {keuzes}."),
				{"keuzes": ", ".join(BETREKKEN)},
			)
		)
	if any(_heeft_bsn(persoon.get(veld) or "") for veld in ("naam", "relatie", "toelichting")):
		bevindingen.append(
			Bevinding(
				"netwerk_bsn",
				_("Schrijf geen burgerservicenummer op van iemand uit het netwerk: dat bewaren we niet."),
			)
		)
	return bevindingen


def controleer_kindwereld(wereld: dict) -> list[Bevinding]:
	bevindingen = []
	if (wereld.get("weet_wat_er_speelt") or ONBEKEND) not in WEET_WAT_ER_SPEELT:
		bevindingen.append(
			Bevinding(
				"kindwereld_weet",
				_("Kies of het kind weet wat er thuis speelt: {keuzes}."),
				{"keuzes": ", ".join(WEET_WAT_ER_SPEELT)},
			)
		)
	for veld, wat in DAGELIJKS_LEVEN.items():
		waarde = wereld.get(veld)
		if waarde and waarde not in GAAT_DOOR_KEUZES:
			bevindingen.append(
				Bevinding(
					"kindwereld_gaat_door",
					_("{wat}: kies {keuzes}."),
					{"wat": wat, "keuzes": ", ".join(GAAT_DOOR_KEUZES)},
				)
			)
	if len(wereld.get("in_eigen_woorden") or "") > MAX_TEKST:
		bevindingen.append(
			Bevinding("kindwereld_lang", _("In eigen woorden: ten hoogste {max} tekens."), {"max": MAX_TEKST})
		)
	return bevindingen


def steun_van(rij) -> tuple[str, ...]:
	return tuple(soort for veld, soort in STEUN_VELDEN.items() if rij.get(veld))


def informeel(rij) -> Persoon:
	"""A network person (a record's values) as the map draws them."""
	return Persoon(
		sleutel=rij.get("name") or "",
		naam=rij.get("naam") or "",
		nabijheid=rij.get("nabijheid") or MIDDEN,
		formeel=False,
		steun=steun_van(rij),
		relatie=rij.get("relatie") or "",
		betrekken=rij.get("betrekken") != BETREKKEN_NEE,
	)


def formeel(rij) -> Persoon:
	"""A professional involved with the family (a row of the family's betrokkenen)."""
	naam = rij.get("hulpverlener_naam") or rij.get("hulpverlener") or ""
	organisatie = rij.get("zorgorganisatie") or ""
	rol = rij.get("rol_in_gezin") or ""
	return Persoon(
		sleutel=rij.get("name") or naam,
		naam=f"{naam} ({organisatie})" if organisatie and organisatie not in naam else naam,
		nabijheid=rij.get("nabijheid") or MIDDEN,
		formeel=True,
		steun=(ADVIES,),
		relatie=", ".join(
			filter(None, (rol, rij.get("betrokken_bij") and f"bij {rij.get('betrokken_bij')}"))
		),
		betrekken=True,
	)


def veranderingen(eerder, later) -> list[Bevinding]:
	"""What changed in the informal network between two maps, in plain Dutch (B1)."""
	v = verschil(eerder, later)
	regels = []
	for cirkel, (voor, na) in v.per_cirkel.items():
		if voor != na:
			regels.append(
				Bevinding(
					"cirkel", _("{cirkel}: van {voor} naar {na}"), {"cirkel": cirkel, "voor": voor, "na": na}
				)
			)
	for soort, (voor, na) in v.per_steun.items():
		if voor != na:
			regels.append(
				Bevinding(
					"steun", _("{soort}: van {voor} naar {na}"), {"soort": soort, "voor": voor, "na": na}
				)
			)
	if v.erbij:
		regels.append(Bevinding("erbij", _("Erbij: {namen}"), {"namen": ", ".join(v.erbij)}))
	if v.weg:
		regels.append(Bevinding("weg", _("Niet meer op de kaart: {namen}"), {"namen": ", ".join(v.weg)}))
	return regels or [Bevinding("gelijk", _("Geen verandering in het informele netwerk."))]
