"""Anonymous consultations: personal data (BSN, dates, postcodes) in free text is detected."""

import pytest

from basiszorg.domain.anoniem import persoonsgegevens_in
from tests.factories import codes


@pytest.mark.parametrize(
	"tekst",
	[
		"BSN 111222333",
		"bsn: 111222333.",
		"moeder (111 222 333) belde",
		"kind 111-222-333",
		"nummer 111.222.333",
		"012345611",  # BSN with a leading zero
		"BSN moeder 111222333, kind 123456782",
	],
)
def test_bsn_is_detected(tekst):
	assert codes(persoonsgegevens_in(tekst)) == ["anoniem_bsn"]


@pytest.mark.parametrize(
	"tekst",
	[
		"BSN 111222333 2 kinderen thuis",  # a number right after the BSN
		"kind 2 111222333",  # a number right before the BSN
	],
)
def test_bsn_next_to_another_number_is_still_detected(tekst):
	assert "anoniem_bsn" in codes(persoonsgegevens_in(tekst))


@pytest.mark.parametrize(
	"tekst",
	[
		"123456789",  # nine digits failing the 11-check
		"0612345678",  # mobile number, ten digits
		"bel 06-12345678",
		"071 516 0000",
		"1112223330",  # valid BSN followed by a digit: ten digits
		"dossier 1234567",
		"000000000",
	],
)
def test_numbers_that_are_no_bsn(tekst):
	assert "anoniem_bsn" not in codes(persoonsgegevens_in(tekst))


@pytest.mark.parametrize(
	"tekst",
	[
		"geboren 12-03-2015",
		"geboren 1-3-15",
		"op 01/02/2020 gezien",
		"datum 3.4.2019",
		"12-03-2015",
	],
)
def test_date_is_detected(tekst):
	assert codes(persoonsgegevens_in(tekst)) == ["anoniem_datum"]


def test_iso_date_is_detected():
	# the desk shows and exports dates as yyyy-mm-dd; a pasted date of birth must be caught too
	assert "anoniem_datum" in codes(persoonsgegevens_in("geboren 2015-03-12"))


@pytest.mark.parametrize(
	"tekst",
	[
		"3 kinderen van 4 en 7 jaar",
		"2 tot 3 keer per week",
		"score 7/10",
		"in 2019 verhuisd",
		"1-2-3",
	],
)
def test_no_date(tekst):
	assert "anoniem_datum" not in codes(persoonsgegevens_in(tekst))


@pytest.mark.parametrize("tekst", ["woont op 2312 AB", "postcode 2312AB Leiden", "(1011 AB)", "9999ZZ"])
def test_postcode_is_detected(tekst):
	assert codes(persoonsgegevens_in(tekst)) == ["anoniem_postcode"]


@pytest.mark.parametrize(
	"tekst",
	[
		"in 2019 en 2020",  # year followed by a lowercase word
		"0123 AB",  # postcodes never start with 0
		"2312 ABC",  # three letters: not a postcode
		"A2312 AB",
		"123 AB",
	],
)
def test_no_postcode(tekst):
	assert "anoniem_postcode" not in codes(persoonsgegevens_in(tekst))


@pytest.mark.parametrize(
	"tekst",
	[
		"",
		None,
		"Moeder heeft een depressie, vader drinkt. Twee kinderen van 4 en 7 jaar, school maakt zich zorgen.",
		"Huisarts en wijkteam betrokken sinds vorig jaar; GGZ-behandeling start over 2 maanden.",
	],
)
def test_anonymous_text_has_no_findings(tekst):
	assert persoonsgegevens_in(tekst) == []


def test_all_three_in_one_text_in_fixed_order():
	bevindingen = persoonsgegevens_in("2312 AB, geboren 12-03-2015, BSN 111222333")
	assert codes(bevindingen) == ["anoniem_bsn", "anoniem_datum", "anoniem_postcode"]
	assert all(b.tekst() for b in bevindingen)
