"""Committee clock and waitlist: the referrer informed within two weeks, at most twelve weeks on
the waitlist.

Seed 001: "De aanmelder wordt binnen twee weken geïnformeerd of het gezin al dan niet op de
wachtlijst wordt geplaatst." The two weeks are about informing the referrer (the parents, when they
registered themselves), not about the committee's decision date: the clock runs from the
registration until ``verwijzer_geinformeerd_op`` is known, also once the committee has decided.

Families with a baby under one year, or whose mother is pregnant, get priority. Priority is
judged on the waitlist date (or on the registration date while no waitlist date is known).
"""

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .dates import leeftijd_in_jaren, plus_dagen, plus_weken, volle_weken
from .leden import kinderen, naam, ongeboren
from .messages import _
from .traject import VERWIJZER_INFORMEREN

BESLISTERMIJN_DAGEN = 14
MAX_WACHTWEKEN = 12
RAPPORT = "Wachtlijst"  # the Script Report of the waitlist (named like the state it lists)
MODUS_WACHTLIJST = RAPPORT  # the report's two views: the waitlist itself ...
MODUS_COMMISSIE = "Wacht op besluit"  # ... and the registrations awaiting the committee


@dataclass(frozen=True)
class Prioriteit:
	heeft_prioriteit: bool
	reden: str = ""


def bepaal_prioriteit(leden, peildatum: date) -> Prioriteit:
	redenen = []
	for kind in kinderen(leden):
		geboren = kind.get("geboortedatum")
		if geboren and geboren > peildatum:
			# born after the waitlist date: on that date the mother was pregnant
			redenen.append(_("zwangerschap"))
		elif geboren and leeftijd_in_jaren(geboren, peildatum) < 1:
			redenen.append(_("baby onder 1 jaar ({naam})").format(naam=naam(kind)))
	for kind in ongeboren(leden):
		uitgerekend = kind.get("uitgerekende_datum")
		if uitgerekend is None or uitgerekend >= peildatum:
			redenen.append(_("zwangerschap"))
		elif leeftijd_in_jaren(uitgerekend, peildatum) < 1:
			# due date passed without a recorded birth: the baby is almost surely under one
			redenen.append(_("uitgerekende datum verstreken, geboorte nog niet vastgelegd"))
	return Prioriteit(bool(redenen), "; ".join(dict.fromkeys(redenen)))


def beslistermijn(aanmelddatum: date, dagen: int = BESLISTERMIJN_DAGEN) -> date:
	return plus_dagen(aanmelddatum, dagen)


def klok_loopt(status: str | None, verwijzer_geinformeerd_op: date | None) -> bool:
	"""The two-week clock runs: the referrer has not been informed yet, before or after the decision."""
	return not verwijzer_geinformeerd_op and status in VERWIJZER_INFORMEREN


def op_tijd_geinformeerd(
	aanmelddatum: date, verwijzer_geinformeerd_op: date, dagen: int = BESLISTERMIJN_DAGEN
) -> bool:
	return verwijzer_geinformeerd_op <= beslistermijn(aanmelddatum, dagen)


def dagen_tot_beslistermijn(aanmelddatum: date, peildatum: date, dagen: int = BESLISTERMIJN_DAGEN) -> int:
	return (beslistermijn(aanmelddatum, dagen) - peildatum).days


def uiterste_startdatum(wachtlijst_datum: date, max_weken: int = MAX_WACHTWEKEN) -> date:
	return plus_weken(wachtlijst_datum, max_weken)


def wachtweken(wachtlijst_datum: date, peildatum: date) -> int:
	return max(volle_weken(wachtlijst_datum, peildatum), 0)


def weken_tot_limiet(wachtlijst_datum: date, peildatum: date, max_weken: int = MAX_WACHTWEKEN) -> int:
	"""Completed weeks left before the waitlist limit; negative once it has passed."""
	return volle_weken(peildatum, uiterste_startdatum(wachtlijst_datum, max_weken))


def is_te_laat(wachtlijst_datum: date, peildatum: date, max_weken: int = MAX_WACHTWEKEN) -> bool:
	return peildatum > uiterste_startdatum(wachtlijst_datum, max_weken)


def plaats_sleutel(*family_and_day) -> tuple:
	"""A family's sort key on the waitlist today (the arguments of ``wachtplek``): the one order of
	the Wachtlijst report and of the place a family sees on Mijn gezin."""
	return wachtplek(*family_and_day).sleutel


class Wachtplek(NamedTuple):
	"""One family's wait as the Wachtlijst report shows it."""

	wachtweken: int
	weken_tot_limiet: int
	te_laat: bool
	sleutel: tuple  # plaats_sleutel


def wachtplek(
	heeft_prioriteit: bool,
	wachtlijst_datum: date,
	naam: str,
	peildatum: date,
	max_weken: int,
	te_laat_voor_voorrang: bool,
) -> Wachtplek:
	"""``wachtweken``, ``weken_tot_limiet``, ``is_te_laat`` and ``plaats_sleutel`` at once, from one
	computation of the limit date (the report computes it for every waiting family)."""
	uiterste = uiterste_startdatum(wachtlijst_datum, max_weken)
	te_laat = peildatum > uiterste
	return Wachtplek(
		max(volle_weken(wachtlijst_datum, peildatum), 0),
		volle_weken(peildatum, uiterste),
		te_laat,
		volgorde(heeft_prioriteit, wachtlijst_datum, naam, te_laat, te_laat_voor_voorrang),
	)


def te_laat_grens(peildatum: date, max_weken: int = MAX_WACHTWEKEN) -> date:
	"""The first waitlist date that is not too late on ``peildatum``: a family on the waitlist
	since an earlier date is past the limit (``is_te_laat``)."""
	return plus_weken(peildatum, -max_weken)


@dataclass(frozen=True)
class Voorgangers:
	"""One group of waiting families that sort before a family, countable with one indexed count.

	``prioriteit`` and ``te_laat`` are None when either value counts; ``datum_voor``: on the
	waitlist since before that date; ``datum_op`` with ``naam_voor``: since that very date, with a
	name that sorts before it."""

	prioriteit: bool | None = None
	te_laat: bool | None = None
	datum_voor: date | None = None
	datum_op: date | None = None
	naam_voor: str | None = None


def _groepen(te_laat_voor_voorrang: bool) -> list[tuple[bool | None, bool | None]]:
	"""The groups of the waitlist in their order, as (prioriteit, te_laat) of ``volgorde``."""
	if te_laat_voor_voorrang:
		return [(None, True), (True, False), (False, False)]
	return [(True, None), (False, None)]


def voorgangers(
	heeft_prioriteit: bool,
	wachtlijst_datum: date,
	naam: str,
	peildatum: date,
	max_weken: int,
	te_laat_voor_voorrang: bool,
) -> list[Voorgangers]:
	"""Who sorts before this family on the waitlist (``plaats_sleutel``), as counts a database
	answers from its indexes: every earlier group whole, then the own group's earlier dates, then
	the same date with an earlier name. Its place is 1 + the sum of the counts."""
	te_laat = is_te_laat(wachtlijst_datum, peildatum, max_weken)
	groepen = _groepen(te_laat_voor_voorrang)
	eigen = next(
		i
		for i, (prioriteit, laat) in enumerate(groepen)
		if (laat is None or laat == te_laat) and (prioriteit is None or prioriteit == heeft_prioriteit)
	)
	tellingen = [Voorgangers(prioriteit, laat) for prioriteit, laat in groepen[:eigen]]
	prioriteit, laat = groepen[eigen]
	tellingen.append(Voorgangers(prioriteit, laat, datum_voor=wachtlijst_datum))
	tellingen.append(Voorgangers(prioriteit, laat, datum_op=wachtlijst_datum, naam_voor=naam))
	return tellingen


def telt_mee(
	telling: Voorgangers, heeft_prioriteit: bool, wachtlijst_datum: date, naam: str, grens: date
) -> bool:
	"""Whether a waiting family is in ``telling`` (``grens``: ``te_laat_grens`` of the day): the
	meaning of each field, as the database count reads it."""
	return (
		(telling.prioriteit is None or telling.prioriteit == heeft_prioriteit)
		and (telling.te_laat is None or telling.te_laat == (wachtlijst_datum < grens))
		and (telling.datum_voor is None or wachtlijst_datum < telling.datum_voor)
		and (telling.datum_op is None or (wachtlijst_datum == telling.datum_op and naam < telling.naam_voor))
	)


def volgorde(
	heeft_prioriteit: bool,
	wachtlijst_datum: date,
	naam: str = "",
	te_laat: bool = False,
	te_laat_voor_voorrang: bool = False,
) -> tuple:
	"""Sort key: priority first, then the longest waiting, then name for a stable order.

	With ``te_laat_voor_voorrang`` (a setting of the bureau) families past the waitlist limit come
	first, before newly arrived priority families; without it they keep their place below them."""
	groep = -1 if (te_laat and te_laat_voor_voorrang) else (0 if heeft_prioriteit else 1)
	return (groep, wachtlijst_datum, naam)
