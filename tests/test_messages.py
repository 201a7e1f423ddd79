"""Findings: a code, a Dutch template and values, rendered after translation."""

import dataclasses

import pytest

from basiszorg.domain.messages import Bevinding, _


def test_tekst_fills_in_the_values():
	b = Bevinding("x", "Het BSN van {naam} is ongeldig.", {"naam": "Daan"})
	assert b.tekst() == "Het BSN van Daan is ongeldig."


def test_tekst_translates_the_template_before_filling_in():
	b = Bevinding("x", "Het BSN van {naam} is ongeldig.", {"naam": "Daan"})
	vertalingen = {"Het BSN van {naam} is ongeldig.": "The BSN of {naam} is invalid."}
	assert b.tekst(vertalingen.get) == "The BSN of Daan is invalid."


def test_values_are_not_translated():
	b = Bevinding("x", "kind {naam}", {"naam": "kind"})
	assert b.tekst(lambda s: s.replace("kind", "child")) == "child kind"


def test_without_values():
	b = Bevinding("y", "Geen kinderen.")
	assert b.waarden == {}
	assert b.tekst() == "Geen kinderen."


def test_findings_are_immutable_and_compare_by_value():
	a = Bevinding("x", "t", {"n": 1})
	assert a == Bevinding("x", "t", {"n": 1})
	assert a != Bevinding("y", "t", {"n": 1})
	with pytest.raises(dataclasses.FrozenInstanceError):
		a.code = "z"


def test_default_values_are_not_shared():
	assert Bevinding("a", "t").waarden is not Bevinding("b", "t").waarden


def test_marker_returns_the_text_unchanged():
	assert _("Tekst {x}") == "Tekst {x}"
