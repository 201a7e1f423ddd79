"""Waitlist: priority for babies under one and pregnancies, the decision term, the 12-week limit."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import traject
from basiszorg.domain import wachtlijst as w
from basiszorg.domain.portaal import positie
from tests.factories import kind, ongeboren, ouder

PEIL = date(2026, 3, 15)


def prioriteit(*leden, peil=PEIL):
	return w.bepaal_prioriteit([ouder(), *leden], peil)


# --- baby under one ------------------------------------------------------------------------------


@pytest.mark.parametrize(
	"geboren, verwacht",
	[
		(date(2025, 3, 16), True),  # day before the first birthday
		(date(2025, 3, 15), False),  # first birthday on the peildatum
		(date(2025, 3, 14), False),
		(date(2026, 3, 15), True),  # born on the peildatum
		(date(2025, 9, 1), True),
		(date(2020, 1, 1), False),
	],
)
def test_baby_under_one(geboren, verwacht):
	result = prioriteit(kind("Mila", geboren))
	assert result.heeft_prioriteit is verwacht
	assert ("baby onder 1 jaar (Mila Jansen)" == result.reden) is verwacht


@pytest.mark.parametrize(
	"peil, verwacht",
	[
		(date(2025, 2, 28), True),  # 2025 has no 29 February: still under one
		(date(2025, 3, 1), False),  # a child born on 29 February turns one on 1 March
		(date(2024, 2, 29), True),  # born on the peildatum
	],
)
def test_baby_born_on_29_february(peil, verwacht):
	assert prioriteit(kind("Yara", date(2024, 2, 29)), peil=peil).heeft_prioriteit is verwacht


def test_child_without_birth_date_gives_no_priority():
	assert prioriteit(kind("Daan", None)) == w.Prioriteit(False, "")


def test_no_children_no_priority():
	assert prioriteit() == w.Prioriteit(False, "")
	assert w.bepaal_prioriteit([], PEIL) == w.Prioriteit(False, "")


def test_parent_under_one_year_is_not_a_baby():
	assert not w.bepaal_prioriteit([ouder(geboortedatum=date(2025, 9, 1))], PEIL).heeft_prioriteit


def test_every_baby_is_named_once():
	result = prioriteit(kind("Mila", date(2025, 6, 1)), kind("Noor", date(2025, 6, 1)), kind("Daan"))
	assert result.reden == "baby onder 1 jaar (Mila Jansen); baby onder 1 jaar (Noor Jansen)"


def test_child_born_after_the_peildatum_means_a_pregnancy_on_the_peildatum():
	# Placed on the waitlist on PEIL while pregnant; the baby is born a month later and the
	# coordinator changes the unborn child into a child with its birth date. Priority is judged on
	# the waitlist date, when the mother was pregnant: the family must keep its priority.
	zwanger = prioriteit(ongeboren(date(2026, 4, 20)))
	assert zwanger.heeft_prioriteit
	geboren = prioriteit(kind("Mila", date(2026, 4, 15)))
	assert geboren.heeft_prioriteit


# --- pregnancy and due date ----------------------------------------------------------------------


@pytest.mark.parametrize(
	"uitgerekend, verwacht, reden",
	[
		(date(2026, 3, 15), True, "zwangerschap"),  # due today
		(date(2026, 8, 1), True, "zwangerschap"),  # due in the future
		(None, True, "zwangerschap"),  # pregnant, due date not known yet
		(date(2026, 3, 14), True, "uitgerekende datum verstreken, geboorte nog niet vastgelegd"),
		(date(2025, 3, 16), True, "uitgerekende datum verstreken, geboorte nog niet vastgelegd"),
		(date(2025, 3, 15), False, ""),  # exactly a year ago: the baby would be one
		(date(2024, 1, 1), False, ""),  # more than a year ago
	],
)
def test_due_date(uitgerekend, verwacht, reden):
	result = prioriteit(ongeboren(uitgerekend))
	assert result.heeft_prioriteit is verwacht
	assert result.reden == reden


def test_due_date_passed_on_29_february():
	baby = ongeboren(date(2024, 2, 29))
	assert prioriteit(baby, peil=date(2025, 2, 28)).heeft_prioriteit
	assert not prioriteit(baby, peil=date(2025, 3, 1)).heeft_prioriteit


def test_two_pregnancy_reasons_are_not_repeated():
	result = prioriteit(ongeboren(date(2026, 6, 1)), ongeboren(date(2026, 6, 1)))
	assert result.reden == "zwangerschap"


def test_baby_and_pregnancy_reasons_combined():
	result = prioriteit(kind("Mila", date(2025, 12, 1)), ongeboren(date(2026, 9, 1)))
	assert result.heeft_prioriteit
	assert result.reden == "baby onder 1 jaar (Mila Jansen); zwangerschap"


# --- decision term and waitlist clock ------------------------------------------------------------


def test_beslistermijn_is_fourteen_days():
	assert w.BESLISTERMIJN_DAGEN == 14
	assert w.beslistermijn(date(2026, 3, 15)) == date(2026, 3, 29)
	assert w.beslistermijn(date(2026, 12, 25)) == date(2027, 1, 8)
	assert w.beslistermijn(date(2024, 2, 20)) == date(2024, 3, 5)


@pytest.mark.parametrize(
	"peil, dagen",
	[
		(date(2026, 3, 15), 14),
		(date(2026, 3, 28), 1),
		(date(2026, 3, 29), 0),
		(date(2026, 3, 30), -1),
	],
)
def test_dagen_tot_beslistermijn(peil, dagen):
	assert w.dagen_tot_beslistermijn(date(2026, 3, 15), peil) == dagen


def test_uiterste_startdatum_is_twelve_weeks_later():
	assert w.MAX_WACHTWEKEN == 12
	assert w.uiterste_startdatum(date(2026, 1, 1)) == date(2026, 3, 26)
	assert w.uiterste_startdatum(date(2026, 11, 1)) == date(2027, 1, 24)


SINDS = date(2026, 1, 1)


@pytest.mark.parametrize(
	"dagen, wachtweken, tot_limiet, te_laat",
	[
		(-10, 0, 13, False),  # waitlist date in the future: no waiting weeks yet
		(0, 0, 12, False),
		(1, 0, 11, False),
		(6, 0, 11, False),
		(7, 1, 11, False),
		(8, 1, 10, False),
		(70, 10, 2, False),
		(77, 11, 1, False),
		(83, 11, 0, False),
		(84, 12, 0, False),  # exactly twelve weeks: still in time
		(85, 12, -1, True),  # one day over: late, and the weeks left turn negative
		(91, 13, -1, True),
		(92, 13, -2, True),
		(200, 28, -17, True),
	],
)
def test_waitlist_week_arithmetic(dagen, wachtweken, tot_limiet, te_laat):
	peil = SINDS + timedelta(days=dagen)
	assert w.wachtweken(SINDS, peil) == wachtweken
	assert w.weken_tot_limiet(SINDS, peil) == tot_limiet
	assert w.is_te_laat(SINDS, peil) is te_laat


# --- order of the waitlist -----------------------------------------------------------------------


def test_volgorde_priority_first_then_longest_waiting_then_name():
	rows = [
		(False, date(2026, 1, 1), "GZ-0001"),
		(True, date(2026, 2, 1), "GZ-0002"),
		(False, date(2025, 12, 1), "GZ-0003"),
		(True, date(2026, 1, 15), "GZ-0005"),
		(True, date(2026, 1, 15), "GZ-0004"),
		(False, date(2026, 1, 1), "GZ-0000"),
	]
	ordered = sorted(rows, key=lambda r: w.volgorde(*r))
	assert [r[2] for r in ordered] == ["GZ-0004", "GZ-0005", "GZ-0002", "GZ-0003", "GZ-0000", "GZ-0001"]


def test_volgorde_keys():
	assert w.volgorde(True, date(2026, 3, 1)) < w.volgorde(False, date(2020, 1, 1))
	assert w.volgorde(False, date(2026, 1, 1), "b") > w.volgorde(False, date(2026, 1, 1), "a")
	assert w.volgorde(True, date(2026, 1, 1)) == (0, date(2026, 1, 1), "")


def test_families_past_the_limit_go_first_only_when_the_bureau_chooses_so():
	# (naam, voorrang, sinds): a late regular family, a new priority family, a recent regular one
	rows = [("nieuw-voorrang", True, date(2026, 3, 1)), ("te-laat", False, date(2025, 12, 1))]
	rows.append(("kort", False, date(2026, 3, 10)))

	def order(setting):
		return [
			r[0]
			for r in sorted(
				rows,
				key=lambda r: w.volgorde(r[1], r[2], r[0], w.is_te_laat(r[2], PEIL), setting),
			)
		]

	assert order(False) == ["nieuw-voorrang", "te-laat", "kort"]  # today's order
	assert order(True) == ["te-laat", "nieuw-voorrang", "kort"]


@pytest.mark.parametrize("status", traject.VERWIJZER_INFORMEREN)
def test_the_clock_runs_until_the_referrer_is_informed(status):
	assert w.klok_loopt(status, None)
	assert not w.klok_loopt(status, date(2026, 3, 1))


@pytest.mark.parametrize("status", [traject.INTAKE, traject.ACTIEF, traject.AFGESLOTEN, None, ""])
def test_no_clock_once_the_coordination_started(status):
	assert not w.klok_loopt(status, None)


def test_informed_on_the_last_day_is_on_time():
	assert w.op_tijd_geinformeerd(date(2026, 3, 1), date(2026, 3, 15))
	assert not w.op_tijd_geinformeerd(date(2026, 3, 1), date(2026, 3, 16))
	assert w.op_tijd_geinformeerd(date(2026, 3, 1), date(2026, 3, 22), dagen=21)


def test_the_place_key_puts_late_families_first_only_when_the_bureau_chooses_so():
	today = date(2026, 11, 23)
	late = (False, today - timedelta(weeks=13), "late")
	priority = (True, today - timedelta(weeks=1), "prio")
	for chosen, first in ((False, "prio"), (True, "late")):
		order = sorted((late, priority), key=lambda f: w.plaats_sleutel(*f, today, 12, chosen))
		assert order[0][2] == first
	assert w.plaats_sleutel(*late, today, 12, True) == w.volgorde(late[0], late[1], "late", True, True)


# the place on Mijn gezin from indexed counts ------------------------------------------------

_family = st.tuples(
	st.booleans(),
	st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)),
	st.sampled_from(["GZ-2026-00001", "GZ-2026-00002", "GZ-2026-00010", "GZ-2026-00100"]),
)


@given(
	families=st.lists(_family, min_size=1, max_size=30, unique_by=lambda f: f[2]),
	today=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 6, 30)),
	weeks=st.integers(min_value=1, max_value=20),
	chosen=st.booleans(),
)
def test_the_counts_give_the_place_the_sorted_waitlist_gives(families, today, weeks, chosen):
	grens = w.te_laat_grens(today, weeks)
	for own in families:
		keys = [w.plaats_sleutel(*f, today, weeks, chosen) for f in families if f != own]
		counted = sum(
			sum(1 for f in families if w.telt_mee(t, *f, grens))
			for t in w.voorgangers(*own, today, weeks, chosen)
		)
		assert 1 + counted == positie(w.plaats_sleutel(*own, today, weeks, chosen), keys)


@given(
	day=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
	today=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 6, 30)),
	weeks=st.integers(min_value=0, max_value=30),
)
def test_too_late_is_before_the_limit_date(day, today, weeks):
	assert w.is_te_laat(day, today, weeks) == (day < w.te_laat_grens(today, weeks))


def test_a_family_alone_on_the_waitlist_is_first():
	today = date(2026, 12, 2)
	counts = w.voorgangers(False, today, "GZ-1", today, 12, True)
	assert not any(w.telt_mee(t, False, today, "GZ-1", w.te_laat_grens(today, 12)) for t in counts)


@given(
	prioriteit=st.booleans(),
	day=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
	today=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 6, 30)),
	weeks=st.integers(min_value=0, max_value=30),
	chosen=st.booleans(),
)
def test_the_reports_one_computation_agrees_with_each_rule(prioriteit, day, today, weeks, chosen):
	plek = w.wachtplek(prioriteit, day, "GZ-1", today, weeks, chosen)
	assert plek.wachtweken == w.wachtweken(day, today)
	assert plek.weken_tot_limiet == w.weken_tot_limiet(day, today, weeks)
	assert plek.te_laat == w.is_te_laat(day, today, weeks)
	assert plek.sleutel == w.plaats_sleutel(prioriteit, day, "GZ-1", today, weeks, chosen)
