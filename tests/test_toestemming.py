"""Consent rules: status over time, who must sign (youngsters by age), what it must cover."""

from datetime import date

import pytest

from basiszorg.domain import toestemming as t

TODAY = date(2026, 11, 22)


def consent(**overrides):
	values = {"hulpverlener": "HV-1", "gezinsgegevens": 1, "gegeven_door": "Sanne", "gegeven_op": TODAY}
	values.update(overrides)
	return values


def child(voornaam, born):
	return {"rol": "Kind", "voornaam": voornaam, "achternaam": "Jansen", "geboortedatum": born}


def codes(findings):
	return {f.code for f in findings}


@pytest.mark.parametrize(
	"given, until, withdrawn, expected",
	[
		(date(2026, 1, 1), None, None, t.ACTIEF),
		(date(2026, 1, 1), TODAY, None, t.ACTIEF),  # valid through its last day
		(date(2026, 1, 1), date(2026, 11, 21), None, t.VERLOPEN),
		(date(2026, 1, 1), None, TODAY, t.INGETROKKEN),
		(date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 2), t.INGETROKKEN),  # withdrawal wins over expiry
		(date(2026, 11, 23), None, None, t.NOG_NIET_GELDIG),
		(date(2026, 1, 1), None, date(2026, 11, 23), t.ACTIEF),  # withdrawal recorded for tomorrow
	],
)
def test_status(given, until, withdrawn, expected):
	assert t.status(given, until, withdrawn, TODAY) == expected


def test_valid_consent_has_no_findings():
	assert t.controleer(consent(), [child("Daan", date(2020, 5, 1))], TODAY) == []


def test_exactly_one_of_professional_or_organisation():
	assert "voor_wie" in codes(t.controleer(consent(hulpverlener=None), [], TODAY))
	assert "voor_wie" in codes(t.controleer(consent(zorgorganisatie="GGZ"), [], TODAY))
	assert "voor_wie" not in codes(t.controleer(consent(hulpverlener=None, zorgorganisatie="GGZ"), [], TODAY))


def test_needs_a_scope_a_parent_and_sane_dates():
	found = codes(
		t.controleer(
			consent(
				gezinsgegevens=0,
				gegeven_door=" ",
				gegeven_op=date(2026, 12, 1),
				geldig_tot=date(2026, 11, 30),
			),
			[],
			TODAY,
		)
	)
	assert {"scope", "ouder", "gegeven_toekomst", "geldigheid"} <= found


@pytest.mark.parametrize(
	"born, needs_youngster",
	[
		(date(2014, 11, 23), False),  # 11 years old, turns 12 tomorrow
		(date(2014, 11, 22), True),  # 12 today: decides along with the parents
		(date(2010, 11, 22), True),  # 16: consents alone
	],
)
def test_youngsters_from_twelve_sign_too(born, needs_youngster):
	leden = [child("Mila", born)]
	assert ("jongere" in codes(t.controleer(consent(), leden, TODAY))) is needs_youngster
	assert t.controleer(consent(jongeren="Mila"), leden, TODAY) == []


def test_youngster_message_explains_the_age_rule():
	(sixteen,) = t.controleer(consent(), [child("Noor", date(2010, 1, 1))], TODAY)
	assert "vanaf 16 jaar zelf" in sixteen.tekst()
	(thirteen,) = t.controleer(consent(), [child("Sem", date(2013, 1, 1))], TODAY)
	assert "samen met de ouders" in thirteen.tekst()


def test_youngster_names_match_first_or_full_name_one_per_line_or_comma():
	leden = [child("Mila", date(2012, 1, 1)), child("Noor", date(2010, 1, 1))]
	assert t.controleer(consent(jongeren="mila jansen\nNoor"), leden, TODAY) == []
	assert t.controleer(consent(jongeren="Mila, Noor"), leden, TODAY) == []
	assert codes(t.controleer(consent(jongeren="Mila"), leden, TODAY)) == {"jongere"}


def test_age_is_judged_on_the_day_consent_was_given():
	leden = [child("Mila", date(2014, 6, 1))]  # 12 on 1 June 2026
	assert t.controleer(consent(gegeven_op=date(2026, 5, 31)), leden, TODAY) == []
	assert "jongere" in codes(t.controleer(consent(gegeven_op=date(2026, 6, 1)), leden, TODAY))
