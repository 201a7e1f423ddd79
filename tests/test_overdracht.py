"""A caseload changing hands and standing in: the coordinators' history of a family, who receives
an absent coordinator's reminders, whom the family calls, and what stops a handover."""

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import overdracht as o

D = date(2026, 3, 1)
COORDS = ("anna", "bram", "cem")


def test_a_new_family_starts_the_history_with_its_first_coordinator():
	assert o.na_wissel([], None, "anna", D, "start", "beheer") == [
		o.Periode("anna", D, None, "start", "beheer")
	]


def test_a_handover_closes_the_open_period_the_day_before():
	history = [o.Periode("anna", D)]
	later = D + timedelta(days=30)
	after = o.na_wissel(history, "anna", "bram", later, "verhuizing", "anna")
	assert after == [
		o.Periode("anna", D, later - timedelta(days=1)),
		o.Periode("bram", later, None, "verhuizing", "anna"),
	]
	assert o.huidige(after).coordinator == "bram"


def test_a_family_from_before_the_history_gets_its_coordinator_since_registration():
	registered = D - timedelta(days=100)
	assert o.na_wissel([], "anna", "anna", D, "", "", begin=registered) == [o.Periode("anna", registered)]
	after = o.na_wissel([], "anna", "bram", D, "ziekte", "x", begin=registered)
	assert [p.coordinator for p in after] == ["anna", "bram"]
	assert after[0].van == registered and after[0].tot == D - timedelta(days=1)


def test_the_same_coordinator_again_changes_nothing():
	history = [o.Periode("anna", D)]
	assert o.na_wissel(history, "anna", "anna", D + timedelta(days=3), "x", "y") == history


def test_removing_the_coordinator_closes_the_period_and_opens_none():
	after = o.na_wissel([o.Periode("anna", D)], "anna", None, D + timedelta(days=5), "x", "y")
	assert o.huidige(after) is None and after[0].tot == D + timedelta(days=4)


def test_a_change_on_the_first_day_does_not_end_before_it_began():
	after = o.na_wissel([o.Periode("anna", D)], "anna", "bram", D, "x", "y")
	assert after[0].tot == D


@given(st.lists(st.tuples(st.sampled_from((*COORDS, None)), st.integers(0, 40)), max_size=12))
def test_any_sequence_of_changes_keeps_one_open_period_for_the_current_coordinator(changes):
	history, current, day = [], None, D
	for nieuw, gap in changes:
		day = day + timedelta(days=gap)
		history = o.na_wissel(history, current, nieuw, day, "r", "u", begin=D)
		current = nieuw
	open_ = [p for p in history if p.tot is None]
	assert len(open_) <= 1
	assert (open_[0].coordinator if open_ else None) == current
	assert all(p.tot is None or p.van <= p.tot for p in history)
	assert [p.van for p in history] == sorted(p.van for p in history)
	assert all(a.tot is not None and a.tot <= b.van for a, b in pairwise(history))


ABSENT = o.Afwezigheid("anna", D, D + timedelta(days=9), "bram")


def test_during_an_absence_the_stand_in_receives_as_well_and_is_the_contact():
	inside = D + timedelta(days=4)
	assert o.ontvangers([ABSENT], "anna", inside) == ["anna", "bram"]
	assert o.contactpersoon([ABSENT], "anna", inside) == "bram"
	for outside in (D - timedelta(days=1), D + timedelta(days=10)):
		assert o.ontvangers([ABSENT], "anna", outside) == ["anna"]
		assert o.contactpersoon([ABSENT], "anna", outside) == "anna"


def test_an_absence_without_stand_in_leaves_the_coordinator_and_is_flagged():
	alone = o.Afwezigheid("anna", D, D, None)
	assert o.ontvangers([alone], "anna", D) == ["anna"]
	assert o.contactpersoon([alone], "anna", D) == "anna"
	assert o.zonder_aanwezige("anna", True, alone) == "Coördinator afwezig, geen vervanger"
	assert o.zonder_aanwezige("anna", True, ABSENT) is None
	assert o.zonder_aanwezige(None, True, None) == "Geen coördinator"
	assert o.zonder_aanwezige("anna", False, None) == "Coördinator heeft geen toegang meer"


def test_nobody_receives_for_a_family_without_coordinator():
	assert o.ontvangers([ABSENT], None, D) == []


@given(st.integers(-20, 20), st.integers(0, 15))
def test_the_stand_in_receives_exactly_on_the_days_of_the_absence(offset, length):
	a = o.Afwezigheid("anna", D, D + timedelta(days=length), "bram")
	day = D + timedelta(days=offset)
	assert ("bram" in o.ontvangers([a], "anna", day)) == (0 <= offset <= length)
	assert o.ontvangers([a], "anna", day)[0] == "anna"


def is_coordinator(user):
	return user in COORDS


def test_what_is_wrong_with_an_absence():
	codes = {
		f.code
		for f in o.afwezigheid_fouten(o.Afwezigheid("anna", D, D - timedelta(days=1), "anna"), is_coordinator)
	}
	assert codes == {"tot_voor_van", "zelf_vervanger"}
	codes = {f.code for f in o.afwezigheid_fouten(o.Afwezigheid("x", D, D, "y"), is_coordinator)}
	assert codes == {"geen_coordinator", "geen_vervanger"}
	assert o.afwezigheid_fouten(ABSENT, is_coordinator) == []


def test_what_stops_a_handover():
	def exists(g):
		return g.startswith("GZ")

	assert o.overdracht_fouten(["GZ-1"], "bram", "verhuizing", is_coordinator, exists) == []
	codes = {f.code for f in o.overdracht_fouten([], None, " ", is_coordinator, exists)}
	assert codes == {"geen_gezinnen", "naar_geen_coordinator", "geen_reden"}
	found = o.overdracht_fouten(["GZ-1", "XX"], "iemand", "r" * 501, is_coordinator, exists)
	assert {f.code for f in found} == {"naar_geen_coordinator", "reden_te_lang", "onbekend_gezin"}
	assert "XX" in next(f for f in found if f.code == "onbekend_gezin").tekst()
	many = [f"GZ-{n}" for n in range(o.MAX_GEZINNEN + 1)]
	assert {f.code for f in o.overdracht_fouten(many, "bram", "r", is_coordinator, exists)} == {"te_veel"}
