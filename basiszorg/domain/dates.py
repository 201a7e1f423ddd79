"""Date arithmetic in the terms the bureau uses (full years, full weeks)."""

from datetime import date, timedelta

DAGEN_PER_WEEK = 7


def leeftijd_in_jaren(geboortedatum: date, peildatum: date) -> int:
	"""Completed years on ``peildatum``; a child born on 29 February turns one on 1 March."""
	jaren = peildatum.year - geboortedatum.year
	if (peildatum.month, peildatum.day) < (geboortedatum.month, geboortedatum.day):
		jaren -= 1
	return jaren


def volle_weken(vanaf: date, tot: date) -> int:
	"""Completed weeks from ``vanaf`` to ``tot``; negative when ``tot`` lies before ``vanaf``."""
	return (tot - vanaf).days // DAGEN_PER_WEEK


def plus_weken(datum: date, weken: int) -> date:
	return datum + timedelta(weeks=weken)


def plus_dagen(datum: date, dagen: int) -> date:
	return datum + timedelta(days=dagen)


def plus_maanden(datum: date, maanden: int) -> date:
	"""Same day ``maanden`` months later, clamped to the last day of a shorter month."""
	maand_index = datum.month - 1 + maanden
	jaar, maand = datum.year + maand_index // 12, maand_index % 12 + 1
	for dag in (datum.day, 30, 29, 28):
		try:
			return date(jaar, maand, dag)
		except ValueError:
			continue
	raise ValueError(datum)
