"""JeugdMATCH per child: the reminder after the configured days and the closure check."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import jeugdmatch as jm
from tests.factories import PEILDATUM, codes, kind, ouder

START = date(2026, 3, 1)


def test_children_in_coordination_exclude_ots_and_adults():
	leden = [ouder(), kind("Daan"), kind("Mila", ots=1), kind("Sem", date(2000, 1, 1))]
	assert [k["voornaam"] for k in jm.in_coordinatie(leden, PEILDATUM)] == ["Daan"]


def test_reminder_only_after_the_configured_days():
	leden = [ouder(), kind("Daan"), kind("Noor", date(2020, 1, 1), jeugdmatch_registratiedatum=START)]
	assert jm.niet_geregistreerd(leden, START, START + timedelta(days=14)) == []
	assert [k["voornaam"] for k in jm.niet_geregistreerd(leden, START, START + timedelta(days=15))] == [
		"Daan"
	]
	assert jm.niet_geregistreerd(leden, START, START + timedelta(days=20), dagen=30) == []
	assert jm.niet_geregistreerd(leden, None, PEILDATUM) == []


def test_closure_needs_every_registration_ended():
	leden = [
		kind("Daan", jeugdmatch_registratiedatum=START),
		kind("Mila", jeugdmatch_registratiedatum=START, jeugdmatch_afgemeld_op=PEILDATUM),
		kind("Noor"),
	]
	result = jm.controleer_afsluiting(leden)
	assert codes(result) == ["jeugdmatch_afmelden"] and "Daan" in result[0].tekst()


def test_dates_that_cannot_be_right():
	assert codes(
		jm.controleer_datums([kind(jeugdmatch_registratiedatum=PEILDATUM + timedelta(days=1))], PEILDATUM)
	) == ["jeugdmatch_toekomst"]
	assert codes(jm.controleer_datums([kind(jeugdmatch_afgemeld_op=START)], PEILDATUM)) == [
		"jeugdmatch_volgorde"
	]
	assert (
		jm.controleer_datums(
			[kind(jeugdmatch_registratiedatum=START, jeugdmatch_afgemeld_op=START)], PEILDATUM
		)
		== []
	)


@given(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=90), st.booleans())
def test_a_registered_child_is_never_signalled(dagen, later, registered):
	leden = [kind("Daan", jeugdmatch_registratiedatum=START if registered else None)]
	signalled = jm.niet_geregistreerd(leden, START, START + timedelta(days=later), dagen)
	assert bool(signalled) == (not registered and later > dagen)
