"""Burgerservicenummer: normalisation and the 11-check."""

import pytest

from basiszorg.domain.bsn import is_geldig_bsn, normaliseer_bsn


@pytest.mark.parametrize("waarde", ["111222333", "123456782", "999999904", "010000008"])
def test_valid_nine_digit_numbers(waarde):
	assert is_geldig_bsn(waarde)


@pytest.mark.parametrize(
	"waarde",
	[
		"111222334",  # last digit off by one
		"123456789",  # weighted sum 147, not a multiple of 11
		"111222332",
		"211222333",  # first digit changed
	],
)
def test_numbers_failing_the_11_check(waarde):
	assert not is_geldig_bsn(waarde)


def test_eight_digit_number_gets_its_leading_zero_back():
	assert normaliseer_bsn("12345611") == "012345611"
	assert is_geldig_bsn("12345611")
	assert not is_geldig_bsn("12345612")


@pytest.mark.parametrize("waarde", ["000000000", "00000000", "000-000-000", "0000 0000"])
def test_all_zeros_is_invalid(waarde):
	assert not is_geldig_bsn(waarde)


@pytest.mark.parametrize(
	"waarde", ["111 222 333", "111-222-333", "111.222.333", " 111222333 ", "1112.22.333"]
)
def test_separators_are_allowed(waarde):
	assert is_geldig_bsn(waarde)
	assert normaliseer_bsn(waarde) == "111222333"


@pytest.mark.parametrize(
	"waarde",
	[
		"",
		None,
		"1112223",  # seven digits
		"1234567",
		"1112223330",  # ten digits
		"0111222333",  # ten digits, even with a leading zero
		"11122233a",
		"BSN111222333",  # letters are not allowed, even around a valid number
		"111/222/333",  # slash is not one of the separators
		"111_222_333",
		"+111222333",
	],
)
def test_wrong_length_or_characters(waarde):
	assert not is_geldig_bsn(waarde)


def test_normaliseer_keeps_digits_only_and_tolerates_none():
	assert normaliseer_bsn(None) == ""
	assert normaliseer_bsn("") == ""
	assert normaliseer_bsn("BSN: 111-222-333") == "111222333"
	assert normaliseer_bsn("1234567") == "1234567"  # seven digits: not padded
	assert normaliseer_bsn("1112223334") == "1112223334"  # ten digits: left as is


@pytest.mark.parametrize(
	"waarde", ["11122233\u00b3", "\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2"]
)
def test_odd_unicode_digits_give_false_instead_of_an_error(waarde):
	# '³' and '²' are str.isdigit() but int() rejects them: a BSN field filled with one must be
	# reported as invalid, not crash the form with a ValueError
	assert is_geldig_bsn(waarde) is False
