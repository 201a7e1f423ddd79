"""Contacts between meetings: who the contact was with, and what cannot be right."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import contactmoment as cm
from basiszorg.domain.leden import zoek_lid
from tests.factories import PEILDATUM, codes, kind, ouder


def leden():
	return [
		{**ouder("Sanne"), "name": "lid-1"},
		{**kind("Daan"), "name": "lid-2"},
		{**kind("Mila", achternaam="Bakker"), "name": "lid-3"},
	]


def contact(**velden):
	return {"datum": PEILDATUM, "met_wie": cm.MET_OUDER, "naam": "Sanne", **velden}


def test_a_contact_with_a_youngster_names_the_member():
	assert cm.gezinslid(contact(met_wie=cm.MET_JONGERE, naam="daan"), leden())["name"] == "lid-2"
	assert cm.gezinslid(contact(met_wie=cm.MET_JONGERE, naam="Mila  Bakker"), leden())["name"] == "lid-3"
	assert cm.gezinslid(contact(naam="Sanne Jansen"), leden())["name"] == "lid-1"


def test_a_youngster_must_be_one_of_the_children():
	assert codes(cm.controleer(contact(met_wie=cm.MET_JONGERE, naam="Sanne"), leden(), PEILDATUM)) == [
		"jongere"
	]
	assert cm.controleer(contact(met_wie=cm.MET_JONGERE, naam="Daan"), leden(), PEILDATUM) == []


def test_a_parent_not_found_is_kept_by_name():
	assert cm.gezinslid(contact(naam="moeder"), leden()) is None
	assert cm.controleer(contact(naam="moeder"), leden(), PEILDATUM) == []


def test_what_cannot_be_right():
	later = date(2026, 3, 16)
	assert codes(cm.controleer(contact(datum=later), leden(), PEILDATUM)) == ["datum_toekomst"]
	assert codes(cm.controleer(contact(met_wie=cm.MET_HULPVERLENER, naam=""), leden(), PEILDATUM)) == [
		"hulpverlener"
	]
	assert codes(cm.controleer(contact(naam=" "), leden(), PEILDATUM)) == ["naam"]
	assert codes(cm.controleer(contact(vervolg_op=date(2026, 3, 1)), leden(), PEILDATUM)) == ["vervolg"]


def test_two_members_with_the_same_first_name_are_not_guessed():
	twee = [kind("Daan"), kind("Daan", achternaam="Bakker")]
	assert zoek_lid(twee, "Daan") is None
	assert zoek_lid(twee, "Daan Bakker")["achternaam"] == "Bakker"


@given(st.text(max_size=12))
def test_finding_a_member_never_crashes_and_only_returns_members(wie):
	lid = zoek_lid(leden(), wie)
	assert lid is None or lid in leden()
