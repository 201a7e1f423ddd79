"""Date arithmetic: full years, full weeks, adding weeks, days and months."""

from datetime import date

import pytest

from basiszorg.domain.dates import leeftijd_in_jaren, plus_dagen, plus_maanden, plus_weken, volle_weken


@pytest.mark.parametrize(
	"geboren, peil, verwacht",
	[
		(date(2020, 6, 15), date(2020, 6, 15), 0),  # born today
		(date(2020, 6, 15), date(2021, 6, 14), 0),  # day before the first birthday
		(date(2020, 6, 15), date(2021, 6, 15), 1),  # on the first birthday
		(date(2007, 3, 1), date(2026, 2, 28), 18),
		(date(2007, 3, 1), date(2026, 3, 1), 19),
		(date(2020, 12, 31), date(2021, 1, 1), 0),  # new year does not count as a birthday
		(date(2019, 1, 1), date(2020, 12, 31), 1),
	],
)
def test_leeftijd_counts_completed_years(geboren, peil, verwacht):
	assert leeftijd_in_jaren(geboren, peil) == verwacht


@pytest.mark.parametrize(
	"peil, verwacht",
	[
		(date(2025, 2, 28), 0),  # no 29 February in 2025: not yet one
		(date(2025, 3, 1), 1),  # turns one on 1 March
		(date(2027, 2, 28), 2),
		(date(2027, 3, 1), 3),
		(date(2028, 2, 28), 3),
		(date(2028, 2, 29), 4),  # leap year: birthday on the day itself
	],
)
def test_leeftijd_born_on_29_february(peil, verwacht):
	assert leeftijd_in_jaren(date(2024, 2, 29), peil) == verwacht


def test_leeftijd_before_birth_is_negative():
	assert leeftijd_in_jaren(date(2026, 5, 1), date(2026, 4, 30)) == -1


@pytest.mark.parametrize(
	"vanaf, tot, verwacht",
	[
		(date(2026, 1, 1), date(2026, 1, 1), 0),
		(date(2026, 1, 1), date(2026, 1, 7), 0),  # six days: no full week yet
		(date(2026, 1, 1), date(2026, 1, 8), 1),
		(date(2026, 1, 1), date(2026, 1, 14), 1),
		(date(2026, 1, 1), date(2026, 1, 15), 2),
		(date(2026, 1, 1), date(2026, 3, 26), 12),
		(date(2025, 12, 29), date(2026, 1, 5), 1),  # across the new year
		(date(2026, 1, 8), date(2026, 1, 1), -1),
		(date(2026, 1, 2), date(2026, 1, 1), -1),  # negative as soon as tot lies before vanaf
	],
)
def test_volle_weken(vanaf, tot, verwacht):
	assert volle_weken(vanaf, tot) == verwacht


def test_plus_weken_and_plus_dagen():
	assert plus_weken(date(2026, 1, 1), 12) == date(2026, 3, 26)
	assert plus_weken(date(2026, 1, 1), 0) == date(2026, 1, 1)
	assert plus_weken(date(2026, 1, 1), -1) == date(2025, 12, 25)
	assert plus_dagen(date(2026, 2, 28), 1) == date(2026, 3, 1)
	assert plus_dagen(date(2024, 2, 28), 1) == date(2024, 2, 29)
	assert plus_dagen(date(2026, 1, 1), 14) == date(2026, 1, 15)
	assert plus_dagen(date(2026, 1, 1), -1) == date(2025, 12, 31)


@pytest.mark.parametrize(
	"datum, maanden, verwacht",
	[
		(date(2026, 1, 15), 3, date(2026, 4, 15)),
		(date(2026, 1, 15), 0, date(2026, 1, 15)),
		(date(2025, 11, 30), 3, date(2026, 2, 28)),  # clamped to the end of February
		(date(2023, 11, 30), 3, date(2024, 2, 29)),  # leap year
		(date(2025, 11, 29), 3, date(2026, 2, 28)),
		(date(2026, 1, 31), 1, date(2026, 2, 28)),
		(date(2026, 1, 31), 3, date(2026, 4, 30)),  # 31 -> 30
		(date(2026, 8, 31), 3, date(2026, 11, 30)),
		(date(2026, 10, 31), 3, date(2027, 1, 31)),  # across the year, no clamping needed
		(date(2026, 12, 15), 1, date(2027, 1, 15)),
		(date(2026, 11, 1), 14, date(2028, 1, 1)),
		(date(2026, 1, 15), -1, date(2025, 12, 15)),  # backwards across the year
		(date(2026, 3, 31), -1, date(2026, 2, 28)),
		(date(2024, 2, 29), 12, date(2025, 2, 28)),
	],
)
def test_plus_maanden_clamps_to_the_last_day_of_the_month(datum, maanden, verwacht):
	assert plus_maanden(datum, maanden) == verwacht
