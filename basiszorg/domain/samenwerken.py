"""One plan, written together (seed 004: "maak afspraken over taken en verantwoordelijkheden",
"evalueer regelmatig samen"): what professionals and family members add to the plan themselves.

Three kinds of own item, each with its own rule of *whose* it is (``rules.py`` adds *whether the
consent and the family's portal access allow it today*):

- an **agreement** (afspraak) someone is responsible for: its status and a dated progress note.
  A professional's, when the agreement names them or a colleague of their organisation; a family
  member's, when it names them, or names "a parent" and they are a parent;
- a **contribution** (inbreng) before a planned meeting with the family: per goal how it is going,
  and topics to discuss; anyone invited (a professional on the list) or any family member with
  full access;
- an **answer** to an invitation: coming, not coming, or a colleague comes instead.

The status of an agreement stays in its one owner (``basiszorg.afspraken``); a change made there
by someone else while the coordinator has the form open is kept when the coordinator saves
(``bewaar_bijwerkingen``): per row, who last wrote it and when travels with the form.
"""

from dataclasses import dataclass
from datetime import datetime

from .leden import OUDER, zoek_lid
from .messages import Bevinding, _
from .overleg import GEPLAND, MET_GEZIN
from .overleg import OUDER as OVERLEG_OUDER
from .privacy import opmaak_in
from .traject import LOPEND
from .zorgplan import AFSPRAAK_GEDAAN, AFSPRAAK_OPEN, AFSPRAAK_VERVALLEN

AFSPRAAK_STATUSSEN = (*AFSPRAAK_OPEN, AFSPRAAK_GEDAAN, AFSPRAAK_VERVALLEN)
MAX_TEKST = 2000
MAX_PUNTEN = 10
MIJN_WERK_DAGEN_VOORUIT = 14  # Mijn werk lists open agreements due within this many days (and late ones)

# an invitation's answers (on the participant row)
KOMT = "Komt"
KOMT_NIET = "Komt niet"
IEMAND_ANDERS = "Iemand anders komt"
ANTWOORDEN = (KOMT, KOMT_NIET, IEMAND_ANDERS)

# fields of a meeting's or plan's rows that others than the coordinator write (the rest of the
# row is the coordinator's); ``bijgewerkt_op`` says when they last did
BIJGEWERKT_OP = "bijgewerkt_op"
AFSPRAAK_VELDEN = ("status", BIJGEWERKT_OP, "bijgewerkt_door")
ANTWOORD_VELDEN = ("antwoord", "vervanger", "antwoord_toelichting", BIJGEWERKT_OP, "bijgewerkt_door")

# what a plan's "wie" says when an agreement is for a parent without naming one
WIE_IS_EEN_OUDER = ("ouder", "ouders", "moeder", "vader", "ouder/verzorger")

# who writes (the kind of actor an own item is checked for)
HULPVERLENER = "Hulpverlener"
GEZINSLID = "Gezinslid"


@dataclass(frozen=True)
class Schrijver:
	"""Who adds something: a professional (``hulpverlener`` and its ``organisatie``) or a family
	member (``lid``: their member row, with ``rol`` and names)."""

	soort: str
	naam: str
	hulpverlener: str | None = None
	organisatie: str | None = None
	lid: dict | None = None


def traject_loopt(status: str | None) -> bool:
	"""Own items are added while the coordination runs (intake or active), not before or after."""
	return status in LOPEND


def is_eigen_afspraak(afspraak, schrijver: Schrijver, leden, organisatie_van_verantwoordelijke=None) -> bool:
	"""Whether ``schrijver`` is responsible for ``afspraak`` (a row of a meeting or a plan):
	a professional named on it, or a colleague of the same organisation; a family member named
	on it (``wie``), or any parent where it names a parent without a name."""
	if schrijver.soort == HULPVERLENER:
		named = afspraak.get("hulpverlener")
		if not named or not schrijver.hulpverlener:
			return False
		return named == schrijver.hulpverlener or (
			bool(schrijver.organisatie) and organisatie_van_verantwoordelijke == schrijver.organisatie
		)
	if schrijver.soort == GEZINSLID and schrijver.lid:
		if afspraak.get("hulpverlener"):
			return False
		genoemd = zoek_lid(leden, afspraak.get("wie"))
		if genoemd is not None:
			return genoemd.get("name") == schrijver.lid.get("name")
		voor_een_ouder = afspraak.get("wie_soort") == OVERLEG_OUDER or (
			(afspraak.get("wie") or "").strip().casefold() in WIE_IS_EEN_OUDER
		)
		return voor_een_ouder and schrijver.lid.get("rol") == OUDER
	return False


def _tekst(label: str, waarde: str | None, verplicht: bool = False) -> list[Bevinding]:
	bevindingen = opmaak_in({label: waarde})
	if verplicht and not (waarde or "").strip():
		bevindingen.append(Bevinding("leeg", _("Vul {veld} in."), {"veld": label}))
	if waarde and len(waarde) > MAX_TEKST:
		bevindingen.append(
			Bevinding(
				"te_lang", _("{veld} is te lang (hoogstens {max} tekens)."), {"veld": label, "max": MAX_TEKST}
			)
		)
	return bevindingen


def controleer_bijwerking(status: str | None, notitie: str | None) -> list[Bevinding]:
	"""A status from the list, and a note in plain text of reasonable length; at least one of both."""
	bevindingen = []
	if status and status not in AFSPRAAK_STATUSSEN:
		bevindingen.append(
			Bevinding(
				"status",
				_("Kies een status: {statussen}."),
				{"statussen": ", ".join(AFSPRAAK_STATUSSEN)},
			)
		)
	if not status and not (notitie or "").strip():
		bevindingen.append(Bevinding("leeg", _("Kies een status of schrijf hoe het gaat."), {}))
	return bevindingen + _tekst(_("Hoe gaat het"), notitie)


def overleg_open_voor_inbreng(status: str | None, type_overleg: str | None, begint: datetime, nu: datetime):
	"""Contributions and answers come before a planned meeting with the family."""
	if status != GEPLAND or begint <= nu:
		return [Bevinding("voorbij", _("Dit overleg is al geweest of niet meer gepland."), {})]
	if type_overleg not in MET_GEZIN:
		return [Bevinding("type", _("Inbreng is er voor een overleg met het gezin."), {})]
	return []


def controleer_inbreng(
	algemeen: str | None, doelen: list[dict], punten: list[dict], bekende_doelen
) -> list[Bevinding]:
	"""Something to say, in plain text, only about goals of this family's plan."""
	bevindingen = _tekst(_("Hoe gaat het"), algemeen)
	for doel in doelen:
		if doel.get("doel_id") not in bekende_doelen:
			bevindingen.append(Bevinding("doel", _("Dit doel hoort niet bij het plan van dit gezin."), {}))
		bevindingen += _tekst(_("Hoe gaat het met dit doel"), doel.get("hoe_gaat_het"), verplicht=True)
	if len(punten) > MAX_PUNTEN:
		bevindingen.append(Bevinding("punten", _("Hoogstens {max} onderwerpen."), {"max": MAX_PUNTEN}))
	for punt in punten:
		bevindingen += _tekst(_("Onderwerp"), punt.get("onderwerp"), verplicht=True)
		bevindingen += _tekst(_("Toelichting"), punt.get("toelichting"))
	if not (algemeen or "").strip() and not doelen and not punten:
		bevindingen.append(Bevinding("leeg", _("Schrijf iets over hoe het gaat, of een onderwerp."), {}))
	return bevindingen


def controleer_antwoord(
	antwoord: str | None,
	vervanger: str | None,
	vervanger_organisatie: str | None,
	eigen_organisatie: str | None,
	vervanger_mag_komen: bool,
	toelichting: str | None,
) -> list[Bevinding]:
	"""An answer from the list; a stand-in only of the same organisation, with consent for meetings."""
	if antwoord not in ANTWOORDEN:
		return [Bevinding("antwoord", _("Kies: {antwoorden}."), {"antwoorden": ", ".join(ANTWOORDEN)})]
	bevindingen = _tekst(_("Toelichting"), toelichting)
	if antwoord == IEMAND_ANDERS:
		if not vervanger:
			bevindingen.append(Bevinding("vervanger", _("Kies wie er in uw plaats komt."), {}))
		elif vervanger_organisatie != eigen_organisatie:
			bevindingen.append(
				Bevinding("vervanger", _("Wie in uw plaats komt, werkt bij dezelfde organisatie als u."), {})
			)
		elif not vervanger_mag_komen:
			bevindingen.append(
				Bevinding(
					"vervanger",
					_("Het gezin gaf geen toestemming voor overleg met deze collega. Vraag de coördinator."),
					{},
				)
			)
	elif vervanger:
		bevindingen.append(Bevinding("vervanger", _("Een vervanger hoort bij 'Iemand anders komt'."), {}))
	return bevindingen


def bewaar_bijwerkingen(opgeslagen: dict, verstuurd, velden) -> list[tuple[str, str, object]]:
	"""Rows someone else wrote after this copy of the form was loaded: their ``velden`` stay as
	stored. ``opgeslagen`` maps a row's name to the stored row; ``verstuurd`` are the rows being
	saved (with the ``bijgewerkt_op`` they were loaded with). Returns (row, field, stored value)
	for every value to keep."""
	houden = []
	for rij in verstuurd:
		bewaard = opgeslagen.get(rij.get("name"))
		if not bewaard or not bewaard.get(BIJGEWERKT_OP):
			continue
		if _tijd(bewaard.get(BIJGEWERKT_OP)) == _tijd(rij.get(BIJGEWERKT_OP)):
			continue  # this copy had seen the latest change: what it says now is meant
		houden += [
			(rij.get("name"), veld, bewaard.get(veld))
			for veld in velden
			if bewaard.get(veld) != rij.get(veld)
		]
	return houden


def _tijd(waarde) -> str:
	"""Datetimes compared as text to the second (a form sends them back as text)."""
	return str(waarde or "")[:19]
