"""Committee clock and waitlist: two weeks to decide, at most twelve weeks on the waitlist.

Families with a baby under one year, or whose mother is pregnant, get priority. Priority is
judged on the waitlist date (or on the registration date while no waitlist date is known).
"""

from dataclasses import dataclass
from datetime import date

from .dates import leeftijd_in_jaren, plus_dagen, plus_weken, volle_weken
from .leden import kinderen, naam, ongeboren
from .messages import _

BESLISTERMIJN_DAGEN = 14
MAX_WACHTWEKEN = 12


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


def beslistermijn(aanmelddatum: date) -> date:
	return plus_dagen(aanmelddatum, BESLISTERMIJN_DAGEN)


def dagen_tot_beslistermijn(aanmelddatum: date, peildatum: date) -> int:
	return (beslistermijn(aanmelddatum) - peildatum).days


def uiterste_startdatum(wachtlijst_datum: date) -> date:
	return plus_weken(wachtlijst_datum, MAX_WACHTWEKEN)


def wachtweken(wachtlijst_datum: date, peildatum: date) -> int:
	return max(volle_weken(wachtlijst_datum, peildatum), 0)


def weken_tot_limiet(wachtlijst_datum: date, peildatum: date) -> int:
	"""Completed weeks left before the 12-week limit; negative once it has passed."""
	return volle_weken(peildatum, uiterste_startdatum(wachtlijst_datum))


def is_te_laat(wachtlijst_datum: date, peildatum: date) -> bool:
	return peildatum > uiterste_startdatum(wachtlijst_datum)


def volgorde(heeft_prioriteit: bool, wachtlijst_datum: date, naam: str = "") -> tuple:
	"""Sort key: priority first, then the longest waiting, then name for a stable order."""
	return (0 if heeft_prioriteit else 1, wachtlijst_datum, naam)
