"""Traject states: values filled in on entering a state, required fields, order of the dates."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import traject as t
from basiszorg.domain.traject import (
	AANGEMELD,
	ACTIEF,
	AFGESLOTEN,
	AFGEWEZEN,
	IN_COMMISSIE,
	INTAKE,
	WACHTLIJST,
)
from tests.factories import codes

VANDAAG = date(2026, 3, 15)
BESLOTEN = date(2026, 3, 10)


def test_statussen_match_the_workflow_contract():
	assert t.STATUSSEN == (
		AANGEMELD,
		IN_COMMISSIE,
		WACHTLIJST,
		INTAKE,
		ACTIEF,
		AFGESLOTEN,
		AFGEWEZEN,
	)


# --- aanvullingen_bij_status ---------------------------------------------------------------------


@pytest.mark.parametrize("status", [t.AANGEMELD, t.IN_COMMISSIE])
def test_nothing_filled_before_the_decision(status):
	assert t.aanvullingen_bij_status(status, {}, VANDAAG) == {}


def test_wachtlijst_fills_decision_and_waitlist_date():
	assert t.aanvullingen_bij_status(t.WACHTLIJST, {}, VANDAAG) == {
		"commissie_besluit": t.BESLUIT_WACHTLIJST,
		"besluitdatum": VANDAAG,
		"wachtlijst_datum": VANDAAG,
	}


def test_waitlist_date_follows_an_existing_decision_date():
	updates = t.aanvullingen_bij_status(t.WACHTLIJST, {"besluitdatum": BESLOTEN}, VANDAAG)
	assert updates == {"commissie_besluit": t.BESLUIT_WACHTLIJST, "wachtlijst_datum": BESLOTEN}


def test_existing_values_are_never_overwritten():
	gezin = {
		"commissie_besluit": t.BESLUIT_WACHTLIJST,
		"besluitdatum": BESLOTEN,
		"wachtlijst_datum": date(2026, 3, 11),
		"intakedatum": date(2026, 3, 12),
		"startdatum": date(2026, 3, 13),
		"afsluitdatum": date(2026, 3, 14),
	}
	for status in t.STATUSSEN:
		assert t.aanvullingen_bij_status(status, gezin, VANDAAG) == {}, status


def test_intake_fills_decision_waitlist_and_intake():
	assert t.aanvullingen_bij_status(t.INTAKE, {}, VANDAAG) == {
		"commissie_besluit": t.BESLUIT_WACHTLIJST,
		"besluitdatum": VANDAAG,
		"wachtlijst_datum": VANDAAG,
		"intakedatum": VANDAAG,
	}


def test_actief_fills_intake_and_start():
	updates = t.aanvullingen_bij_status(
		t.ACTIEF,
		{"commissie_besluit": t.BESLUIT_WACHTLIJST, "besluitdatum": BESLOTEN, "wachtlijst_datum": BESLOTEN},
		VANDAAG,
	)
	assert updates == {"intakedatum": VANDAAG, "startdatum": VANDAAG}


def test_afgesloten_fills_intake_and_closing_but_not_start():
	updates = t.aanvullingen_bij_status(t.AFGESLOTEN, {"besluitdatum": BESLOTEN}, VANDAAG)
	assert updates == {
		"commissie_besluit": t.BESLUIT_WACHTLIJST,
		"wachtlijst_datum": BESLOTEN,
		"intakedatum": VANDAAG,
		"afsluitdatum": VANDAAG,
	}


def test_afgewezen_fills_rejection():
	assert t.aanvullingen_bij_status(t.AFGEWEZEN, {}, VANDAAG) == {
		"commissie_besluit": t.BESLUIT_AFWIJZEN,
		"besluitdatum": VANDAAG,
	}


def test_empty_string_counts_as_empty():
	updates = t.aanvullingen_bij_status(t.AFGEWEZEN, {"commissie_besluit": "", "besluitdatum": None}, VANDAAG)
	assert updates == {"commissie_besluit": t.BESLUIT_AFWIJZEN, "besluitdatum": VANDAAG}


# --- ontbrekend_voor_status ----------------------------------------------------------------------


@pytest.mark.parametrize("status", [t.AANGEMELD, t.IN_COMMISSIE])
def test_nothing_required_before_the_decision(status):
	assert t.ontbrekend_voor_status(status, {}) == []


@pytest.mark.parametrize("status", [t.WACHTLIJST, t.INTAKE, t.ACTIEF, t.AFGEWEZEN])
def test_motivation_required_after_the_decision(status):
	bevindingen = t.ontbrekend_voor_status(status, {})
	assert codes(bevindingen) == ["verplicht_commissie_motivatie"]
	assert bevindingen[0].waarden == {"veld": "Motivatie van de commissie", "status": status}
	assert bevindingen[0].tekst() == f"Motivatie van de commissie is verplicht in de status {status}."
	assert t.ontbrekend_voor_status(status, {"commissie_motivatie": "Voldoet"}) == []


def test_motivation_reported_once_for_afgesloten():
	# Afgesloten is in NA_BESLUIT as well: the motivation must not be required twice
	assert codes(t.ontbrekend_voor_status(t.AFGESLOTEN, {"afsluitreden": "Verhuisd"})) == [
		"verplicht_commissie_motivatie"
	]


def test_closing_needs_a_reason():
	gezin = {"commissie_motivatie": "Voldoet", "commissie_besluit": t.BESLUIT_WACHTLIJST}
	assert codes(t.ontbrekend_voor_status(t.AFGESLOTEN, gezin)) == ["verplicht_afsluitreden"]
	gezin["afsluitreden"] = "Doelen bereikt"
	assert t.ontbrekend_voor_status(t.AFGESLOTEN, gezin) == []


def test_closing_without_anything_reports_both():
	assert codes(t.ontbrekend_voor_status(t.AFGESLOTEN, {})) == [
		"verplicht_commissie_motivatie",
		"verplicht_afsluitreden",
	]


@pytest.mark.parametrize("status", [t.WACHTLIJST, t.INTAKE, t.ACTIEF])
def test_rejection_decision_does_not_fit_a_waitlist_state(status):
	gezin = {"commissie_motivatie": "x", "commissie_besluit": t.BESLUIT_AFWIJZEN}
	bevindingen = t.ontbrekend_voor_status(status, gezin)
	assert codes(bevindingen) == ["besluit_past_niet"]
	assert bevindingen[0].waarden == {"besluit": t.BESLUIT_AFWIJZEN, "status": status}


def test_waitlist_decision_does_not_fit_afgewezen():
	gezin = {"commissie_motivatie": "x", "commissie_besluit": t.BESLUIT_WACHTLIJST}
	assert codes(t.ontbrekend_voor_status(t.AFGEWEZEN, gezin)) == ["besluit_past_niet"]
	gezin["commissie_besluit"] = t.BESLUIT_AFWIJZEN
	assert t.ontbrekend_voor_status(t.AFGEWEZEN, gezin) == []


@pytest.mark.parametrize("besluit", [None, ""])
def test_no_decision_yet_is_not_a_mismatch(besluit):
	assert (
		t.ontbrekend_voor_status(t.ACTIEF, {"commissie_motivatie": "x", "commissie_besluit": besluit}) == []
	)


def test_fields_filled_by_aanvullingen_satisfy_the_requirements():
	for status in t.STATUSSEN:
		gezin = {"commissie_motivatie": "Voldoet", "afsluitreden": "Doelen bereikt"}
		gezin.update(t.aanvullingen_bij_status(status, gezin, VANDAAG))
		assert t.ontbrekend_voor_status(status, gezin) == [], status


def test_afsluitredenen():
	assert "Doelen bereikt" in t.AFSLUITREDENEN
	assert "Anders" in t.AFSLUITREDENEN


# --- datumvolgorde -------------------------------------------------------------------------------


def volledig(**velden):
	gezin = {
		"aanmelddatum": date(2026, 1, 5),
		"besluitdatum": date(2026, 1, 12),
		"verwijzer_geinformeerd_op": date(2026, 1, 13),
		"wachtlijst_datum": date(2026, 1, 12),
		"intakedatum": date(2026, 2, 20),
		"startdatum": date(2026, 3, 1),
		"afsluitdatum": date(2026, 3, 10),
	}
	gezin.update(velden)
	return gezin


def test_dates_in_order_give_no_findings():
	assert t.datumvolgorde(volledig(), VANDAAG) == []


def test_all_dates_on_the_registration_day_are_fine():
	dag = date(2026, 1, 5)
	gezin = {veld: dag for veld in volledig()}
	assert t.datumvolgorde(gezin, VANDAAG) == []


def test_registration_in_the_future():
	assert codes(t.datumvolgorde({"aanmelddatum": date(2026, 3, 16)}, VANDAAG)) == ["aanmelding_toekomst"]
	assert t.datumvolgorde({"aanmelddatum": VANDAAG}, VANDAAG) == []


@pytest.mark.parametrize(
	"veld, label",
	[
		("besluitdatum", "Besluitdatum"),
		("verwijzer_geinformeerd_op", "Verwijzer geïnformeerd op"),
		("wachtlijst_datum", "Op wachtlijst sinds"),
		("intakedatum", "Intakedatum"),
		("startdatum", "Startdatum traject"),
		("afsluitdatum", "Afsluitdatum"),
	],
)
def test_date_before_registration(veld, label):
	bevindingen = t.datumvolgorde(volledig(**{veld: date(2026, 1, 4)}), VANDAAG)
	assert codes(bevindingen) == [f"voor_aanmelding_{veld}"]
	assert bevindingen[0].tekst() == f"{label} ligt voor de aanmelddatum."


def test_several_dates_before_registration():
	gezin = {
		"aanmelddatum": date(2026, 1, 5),
		"besluitdatum": date(2025, 1, 1),
		"intakedatum": date(2025, 1, 1),
	}
	assert codes(t.datumvolgorde(gezin, VANDAAG)) == [
		"voor_aanmelding_besluitdatum",
		"voor_aanmelding_intakedatum",
	]


def test_without_registration_date_nothing_is_compared():
	assert t.datumvolgorde({"besluitdatum": date(2020, 1, 1)}, VANDAAG) == []
	assert t.datumvolgorde({}, VANDAAG) == []


def test_closing_before_the_start_contradicts():
	# "Dates that contradict each other": a traject cannot close before it started, nor before the
	# intake, even when both dates lie after the registration
	gezin = volledig(
		intakedatum=date(2026, 2, 20), startdatum=date(2026, 3, 1), afsluitdatum=date(2026, 2, 1)
	)
	assert t.datumvolgorde(gezin, VANDAAG) != []


# --- registered again ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", t.BEEINDIGD)
def test_a_closed_or_rejected_family_can_be_registered_again_once(status):
	assert t.opnieuw_aanmelden(status) == []
	(bevinding,) = t.opnieuw_aanmelden(status, "GZ-2026-00009")
	assert bevinding.code == "al_aangemeld" and "GZ-2026-00009" in bevinding.tekst()


@pytest.mark.parametrize("status", [*t.WACHT_OP_BESLUIT, t.WACHTLIJST, *t.LOPEND, None])
def test_a_running_family_is_not_registered_again(status):
	assert [b.code for b in t.opnieuw_aanmelden(status)] == ["nog_lopend"]


def test_earlier_trajects_most_recent_first():
	assert t.eerdere_trajecten("c", {"c": "b", "b": "a"}) == ["b", "a"]
	assert t.eerdere_trajecten("a", {"c": "b", "b": "a"}) == []


@given(st.dictionaries(st.sampled_from("abcdef"), st.sampled_from("abcdef")), st.sampled_from("abcdef"))
def test_earlier_trajects_never_loop(vorig_van, start):
	keten = t.eerdere_trajecten(start, vorig_van)
	assert len(keten) == len(set(keten)) and start not in keten
	for eerder, later in zip(keten, [start, *keten], strict=False):
		assert vorig_van[later] == eerder
