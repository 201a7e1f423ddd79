"""The family's chronology: which events each record gives, their order, and the filters."""

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import chronologie as c

D = date(2026, 1, 10)


def family(**values):
	return {"name": "GZ-1", "aanmelddatum": D, "verwijzer_naam": "Dr. Jansen", **values}


def test_a_family_gives_its_steps_with_who_registered_it():
	events = c.uit_gezin(
		family(besluitdatum=D + timedelta(days=9), commissie_besluit="Plaatsen op wachtlijst")
	)
	assert [(e.soort, e.wat) for e in events] == [
		(c.AANMELDING, "Aangemeld Dr. Jansen"),
		(c.BESLUIT, "Besluit van de commissie: Plaatsen op wachtlijst"),
	]
	assert c.uit_gezin(family(aangemeld_door="Ouders zelf"))[0].wat == "Aangemeld door de ouders zelf"


def test_only_meetings_with_minutes_sent_give_a_letter_event():
	held = {
		"name": "OV-1",
		"type": "Gezinsoverleg",
		"workflow_state": "Verslag verzonden",
		"starts_on": datetime(2026, 2, 1, 10),
		"verzonden_op": datetime(2026, 2, 3, 9),
	}
	assert [e.soort for e in c.uit_overleg(held)] == [c.OVERLEG, c.BRIEF]
	assert c.uit_overleg(held)[0].op == date(2026, 2, 1) and "gehouden" in c.uit_overleg(held)[0].wat
	planned = {**held, "workflow_state": "Gepland"}
	assert [e.soort for e in c.uit_overleg(planned)] == [c.OVERLEG]
	assert "gepland" in c.uit_overleg(planned)[0].wat


def test_only_adopted_plans_count():
	plan = {
		"name": "ZP-1",
		"versie": 2,
		"workflow_state": "Vastgesteld",
		"geldig_vanaf": D,
		"akkoord_ouders_op": D,
	}
	assert [e.wat for e in c.uit_zorgplan(plan)] == [
		"Zorgplan versie 2 vastgesteld",
		"Ouders akkoord met zorgplan versie 2",
	]
	assert c.uit_zorgplan({**plan, "workflow_state": "Concept"}) == []


def test_consents_contacts_coordinators_and_safety():
	assert [e.wat for e in c.uit_toestemming({"name": "TS-1", "gegeven_op": D, "ingetrokken_op": D})] == [
		"Toestemming gegeven (TS-1)",
		"Toestemming ingetrokken (TS-1)",
	]
	assert c.uit_contact(
		{"name": "CM-1", "datum": D, "hoe": "Telefoon", "met_wie": "Ouder", "naam": "Sanne"}
	)[0].wat == ("Contact (telefoon) met Ouder Sanne")
	periods = [
		{"idx": 1, "coordinator": "a", "van": D},
		{"idx": 2, "coordinator": "b", "van": D, "reden": "verlof"},
	]
	assert [e.wat for e in c.uit_coordinatoren("GZ-1", periods, str.upper)] == [
		"Coördinator: A",
		"Coördinator: B (verlof)",
	]
	assert [e.soort for e in c.uit_veiligheid({"name": "ZV-1", "geopend_op": D, "melding_op": D})] == [
		c.VEILIGHEID
	] * 2


def test_keys_are_stable_and_unique_per_event():
	events = c.uit_gezin(family(intakedatum=D, startdatum=D, afsluitdatum=D))
	assert len({e.sleutel for e in events}) == len(events)
	assert c.uit_gezin(family())[0].sleutel == "Gezin:GZ-1:aangemeld"


events_strategy = st.lists(
	st.builds(
		lambda days, soort, n: c.Gebeurtenis(D + timedelta(days=days), soort, "x", "Gezin", "GZ-1", f"k{n}"),
		st.integers(0, 400),
		st.sampled_from(c.SOORTEN),
		st.integers(0, 30),
	),
	max_size=40,
)


@given(events_strategy, st.sets(st.sampled_from(c.SOORTEN)), st.integers(0, 400), st.integers(0, 400))
def test_the_filters_keep_exactly_the_chosen_kinds_and_period_in_time_order(events, kinds, a, b):
	van, tot = D + timedelta(days=min(a, b)), D + timedelta(days=max(a, b))
	chosen = c.selecteer(events, sorted(kinds), van, tot)
	assert all((not kinds or e.soort in kinds) and van <= e.op <= tot for e in chosen)
	expected = [e for e in events if (not kinds or e.soort in kinds) and van <= e.op <= tot]
	assert len(chosen) == len(expected)
	assert [e.op for e in chosen] == sorted(e.op for e in chosen)


@given(events_strategy, st.sets(st.sampled_from([f"k{n}" for n in range(31)])))
def test_the_significant_mark_is_shown_and_can_be_the_only_filter(events, marked):
	shown = c.selecteer(events, significant=marked)
	assert all(e.significant == (e.sleutel in marked) for e in shown)
	only = c.selecteer(events, significant=marked, alleen_significant=True)
	assert len(only) == sum(1 for e in events if e.sleutel in marked)
