"""Family members: roles, the 0-19 target group and checks on member data."""

from datetime import date

import pytest

from basiszorg.domain import leden as l
from tests.factories import codes, kind, ongeboren, ouder

VANDAAG = date(2026, 3, 15)


def test_roles_are_split_by_rol():
	sanne, daan, baby = ouder("Sanne"), kind("Daan"), ongeboren()
	leden = [sanne, daan, baby, {"rol": "Onbekend"}]
	assert l.ouders(leden) == [sanne]
	assert l.kinderen(leden) == [daan]
	assert l.ongeboren(leden) == [baby]
	assert l.ROLLEN == (l.OUDER, l.KIND, l.ONGEBOREN)


@pytest.mark.parametrize(
	"geboren, in_doelgroep",
	[
		(date(2007, 3, 16), True),  # 18, turns 19 tomorrow
		(date(2007, 3, 15), False),  # 19 today
		(date(2000, 1, 1), False),
		(date(2026, 3, 15), True),  # born today
		(date(2026, 3, 16), False),  # birth date in the future
		(None, True),  # unknown age counts as in range
	],
)
def test_kinderen_in_doelgroep_age_boundary(geboren, in_doelgroep):
	daan = kind("Daan", geboren)
	assert (l.kinderen_in_doelgroep([daan], VANDAAG) == [daan]) is in_doelgroep


def test_kinderen_in_doelgroep_ignores_parents_and_unborn():
	jong = kind("Mila", date(2020, 1, 1))
	oud = kind("Sem", date(2001, 1, 1))
	assert l.kinderen_in_doelgroep([ouder(), ongeboren(), jong, oud], VANDAAG) == [jong]


def test_leeftijd_of_member():
	assert l.leeftijd(kind("Daan", date(2020, 3, 16)), VANDAAG) == 5
	assert l.leeftijd(kind("Daan", None), VANDAAG) is None


def test_naam_falls_back_to_rol():
	assert l.naam({"voornaam": "Noor", "achternaam": "Bakker"}) == "Noor Bakker"
	assert l.naam({"voornaam": "Noor"}) == "Noor"
	assert l.naam({"rol": l.ONGEBOREN}) == l.ONGEBOREN
	assert l.naam({}) == "?"


def test_valid_members_give_no_findings():
	leden = [ouder(bsn="111222333"), kind("Daan", bsn="123456782"), ongeboren(date(2026, 9, 1))]
	assert l.controleer_leden(leden, VANDAAG) == []


def test_invalid_bsn_is_reported_with_name():
	bevindingen = l.controleer_leden([kind("Daan", bsn="123456789")], VANDAAG)
	assert codes(bevindingen) == ["bsn_ongeldig"]
	assert "Daan Jansen" in bevindingen[0].tekst()


def test_same_bsn_twice_even_with_different_formatting():
	bevindingen = l.controleer_leden(
		[ouder("Sanne", bsn="111222333"), ouder("Piet", bsn="111 222 333")], VANDAAG
	)
	assert codes(bevindingen) == ["bsn_dubbel"]
	assert bevindingen[0].waarden == {"naam": "Piet Jansen"}


def test_eight_digit_and_nine_digit_form_of_one_bsn_are_duplicates():
	bevindingen = l.controleer_leden([kind("Daan", bsn="12345611"), kind("Mila", bsn="012345611")], VANDAAG)
	assert codes(bevindingen) == ["bsn_dubbel"]


def test_empty_bsn_is_not_checked():
	assert l.controleer_leden([kind("Daan", bsn=""), kind("Mila", bsn=None)], VANDAAG) == []


def test_birth_in_the_future():
	assert codes(l.controleer_leden([kind("Daan", date(2026, 3, 16))], VANDAAG)) == ["geboorte_toekomst"]
	assert l.controleer_leden([kind("Daan", date(2026, 3, 15))], VANDAAG) == []  # born today is fine


def test_unborn_child_needs_a_due_date():
	assert codes(l.controleer_leden([ongeboren(None)], VANDAAG)) == ["uitgerekend_ontbreekt"]


def test_due_date_at_most_300_days_ahead():
	grens = date(2027, 1, 9)  # VANDAAG + 300 days
	assert l.controleer_leden([ongeboren(grens)], VANDAAG) == []
	assert codes(l.controleer_leden([ongeboren(date(2027, 1, 10))], VANDAAG)) == ["uitgerekend_te_ver"]


def test_due_date_in_the_past_is_not_a_member_error():
	# the waitlist priority deals with a passed due date; it is not invalid data
	assert l.controleer_leden([ongeboren(date(2026, 1, 1))], VANDAAG) == []


def test_several_findings_are_all_reported():
	leden = [kind("Daan", date(2027, 1, 1), bsn="123456789"), ongeboren(None)]
	assert codes(l.controleer_leden(leden, VANDAAG)) == [
		"bsn_ongeldig",
		"geboorte_toekomst",
		"uitgerekend_ontbreekt",
	]
