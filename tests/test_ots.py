"""Partial OTS during the traject: children under OTS are outside the coordination (not in the
plan's goals, not in the minutes' distribution about them), the consultation with the gezinsvoogd
is recorded before the start, and an OTS for all children registered later raises a signal."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import criteria as c
from basiszorg.domain import overleg as o
from basiszorg.domain import traject
from basiszorg.domain.zorgplan import doelen_buiten_traject
from tests.factories import PEILDATUM, codes, gezin, kind, ouder, twee_instanties


def leden_met_ots():
	return [ouder(), kind("Daan"), kind("Mila", date(2014, 2, 2), ots=1)]


def test_children_under_ots_are_outside_the_coordination():
	assert [k["voornaam"] for k in c.kinderen_buiten_traject(leden_met_ots())] == ["Mila"]
	assert c.kinderen_buiten_traject([ouder(), kind()]) == []


def test_no_goals_for_a_child_outside_the_coordination():
	buiten = c.kinderen_buiten_traject(leden_met_ots())
	doelen = [
		{"idx": 1, "voor_wie": "Daan"},
		{"idx": 2, "voor_wie": "mila"},
		{"idx": 3, "voor_wie": "Hele gezin"},
		{"idx": 4, "voor_wie": "Mila Jansen"},
	]
	result = doelen_buiten_traject(doelen, buiten)
	assert [b.waarden["rij"] for b in result] == [2, 4]
	assert "gezinsvoogd" in result[0].tekst()


def test_the_consultation_with_the_gezinsvoogd_is_recorded_before_the_start():
	(bevinding,) = c.overleg_voogd_ontbreekt(leden_met_ots(), None)
	assert bevinding.code == "overleg_voogd" and "Mila Jansen" in bevinding.tekst()
	assert c.overleg_voogd_ontbreekt(leden_met_ots(), date(2026, 3, 1)) == []
	assert c.overleg_voogd_ontbreekt([ouder(), kind()], None) == []


def beoordeling(leden):
	return c.beoordeel(gezin(), leden, twee_instanties(), PEILDATUM)


def test_an_ots_for_all_children_registered_in_a_traject_raises_a_signal_once():
	alle = beoordeling([ouder(), kind("Daan", ots=1), kind("Mila", date(2014, 2, 2), ots=1)])
	signaal = c.ots_signaal(False, alle, traject.ACTIEF, traject.LOPEND)
	assert signaal.code == "ots_alle_kinderen_in_traject"
	assert c.ots_signaal(True, alle, traject.ACTIEF, traject.LOPEND) is None  # already so
	assert c.ots_signaal(False, alle, traject.WACHTLIJST, traject.LOPEND) is None  # not in a traject
	assert c.ots_signaal(False, beoordeling(leden_met_ots()), traject.INTAKE, traject.LOPEND) is None


def test_professionals_only_involved_with_a_child_under_ots_get_the_minutes_only_when_present():
	voogd = {"hulpverlener": "HV-9", "naam": "Gezinsvoogd", "email": "v@x.nl", "organisatietype": "JGZ"}
	scopes = {"HV-9": {"overleg", "verslag_email"}}
	absent = o.verzendlijst([], [voogd], scopes, buiten_traject=frozenset({"HV-9"}))
	assert [(r.ontvangt, "OTS" in r.reden) for r in absent] == [(False, True)]
	present = o.verzendlijst(
		[{**voogd, "soort": o.HULPVERLENER, "aanwezigheid": o.AANWEZIG}],
		[],
		scopes,
		buiten_traject=frozenset({"HV-9"}),
	)
	assert [r.ontvangt for r in present] == [True]
	assert [r.ontvangt for r in o.verzendlijst([], [voogd], scopes)] == [True]


child = st.fixed_dictionaries(
	{"rol": st.just("Kind"), "voornaam": st.sampled_from(["Daan", "Mila", "Noor"]), "ots": st.booleans()}
)


@given(st.lists(child, max_size=5), st.sampled_from(["Daan", "Mila", "Noor", "Hele gezin", ""]))
def test_a_goal_is_refused_exactly_when_it_names_one_child_under_ots(kinderen, voor_wie):
	buiten = c.kinderen_buiten_traject(kinderen)
	refused = doelen_buiten_traject([{"idx": 1, "voor_wie": voor_wie}], buiten)
	named = [k for k in buiten if k["voornaam"] == voor_wie]
	assert bool(refused) == (len(named) == 1)
	assert codes(refused) in ([], ["doel_buiten_traject"])
