"""Consent per person: who decides (by age on any date), what a declaration covers, when it needs
renewing, who may withdraw, and the conversion of old free-text consents."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import toestemming as t
from basiszorg.domain.leden import KIND, OUDER

TODAY = date(2026, 11, 22)


def ouder(lid="O1", voornaam="Sanne"):
	return {"name": lid, "rol": OUDER, "voornaam": voornaam, "achternaam": "Jansen"}


def kind(lid, voornaam, born):
	return {"name": lid, "rol": KIND, "voornaam": voornaam, "achternaam": "Jansen", "geboortedatum": born}


def years_ago(years, days=0):
	return date(TODAY.year - years, TODAY.month, TODAY.day) - timedelta(days=days)


def declaration(**overrides):
	values = {"gegeven_op": TODAY, "formulier": "/private/files/getekend.pdf"}
	values.update(overrides)
	return values


def line(**overrides):
	values = {"idx": 1, "hulpverlener": "HV-1", "gezinsgegevens": 1}
	values.update(overrides)
	return values


def codes(findings):
	return {f.code for f in findings}


def check(givers, members, lines=None, **values):
	return codes(t.controleer(declaration(**values), givers, lines or [line()], members, TODAY))


# status ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
	"given_on, until, withdrawn, expected",
	[
		(date(2026, 1, 1), None, None, t.GELDIG),
		(date(2026, 1, 1), TODAY, None, t.GELDIG),  # valid through its last day
		(date(2026, 1, 1), date(2026, 11, 21), None, t.VERLOPEN),
		(date(2026, 1, 1), None, TODAY, t.INGETROKKEN),
		(date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 2), t.INGETROKKEN),  # withdrawal wins over expiry
		(date(2026, 11, 23), None, None, t.NOG_NIET_GELDIG),
		(date(2026, 1, 1), None, date(2026, 11, 23), t.GELDIG),  # withdrawal recorded for tomorrow
	],
)
def test_status(given_on, until, withdrawn, expected):
	assert t.status(given_on, until, withdrawn, TODAY) == expected


def test_declaration_status_follows_its_lines_and_renewal():
	signed = declaration(gegeven_op=date(2026, 1, 1))
	lines = [line(), line(idx=2, ingetrokken_op=date(2026, 5, 1))]
	assert t.verklaring_status(signed, lines, TODAY) == t.GELDIG  # one line still valid
	assert t.verklaring_status(signed, [lines[1]], TODAY) == t.INGETROKKEN
	assert (
		t.verklaring_status({**signed, "vernieuwen_sinds": date(2026, 10, 1)}, lines, TODAY) == t.VERNIEUWEN
	)
	assert t.verklaring_status({**signed, "ingetrokken_op": TODAY}, lines, TODAY) == t.INGETROKKEN
	assert t.verklaring_status({**signed, "vervangen_door": "TS-2"}, lines, TODAY) == t.VERVANGEN


# who decides ----------------------------------------------------------------------------------


def test_a_parent_signs_for_the_family():
	assert check([{"gezinslid": "O1"}], [ouder(), kind("K1", "Daan", years_ago(6))]) == set()


def test_someone_must_sign_and_be_a_member():
	assert "gevers" in check([], [ouder()])
	assert "gever_onbekend" in check([{"gezinslid": "X9", "naam": "Piet"}], [ouder()])


def test_a_child_under_twelve_does_not_sign():
	members = [ouder(), kind("K1", "Daan", years_ago(9))]
	assert "gever_te_jong" in check([{"gezinslid": "O1"}, {"gezinslid": "K1"}], members)


@pytest.mark.parametrize(
	"born, must_sign_along",
	[
		(years_ago(12, days=-1), False),  # 11, turns 12 tomorrow
		(years_ago(12), True),  # 12 today
		(years_ago(16, days=-1), True),  # 15
	],
)
def test_a_youngster_of_twelve_to_fifteen_signs_along_with_a_parent(born, must_sign_along):
	members = [ouder(), kind("K1", "Mila", born)]
	assert ("jongere" in check([{"gezinslid": "O1"}], members)) is must_sign_along
	if must_sign_along:
		assert check([{"gezinslid": "O1"}, {"gezinslid": "K1"}], members) == set()


def test_a_youngster_of_twelve_to_fifteen_never_signs_alone():
	members = [ouder(), kind("K1", "Mila", years_ago(13))]
	assert "jongere_alleen" in check([{"gezinslid": "K1"}], members)


def test_a_youngster_of_sixteen_decides_alone_about_their_own_part():
	members = [ouder(), kind("K1", "Noor", years_ago(17))]
	assert check([{"gezinslid": "O1"}], members) == set()  # not asked: their part stays closed
	assert "eigen_deel" in check([{"gezinslid": "O1"}, {"gezinslid": "K1"}], members)
	assert check([{"gezinslid": "K1", "eigen_deel": t.DEEL_GEDEELD}], members) == set()  # alone


def test_youngster_message_names_the_age_and_rule():
	members = [ouder(), kind("K1", "Sem", years_ago(13))]
	(finding,) = t.controleer(declaration(), [{"gezinslid": "O1"}], [line()], members, TODAY)
	assert "Sem Jansen is 13 jaar" in finding.tekst() and "samen met de ouders" in finding.tekst()


def test_age_is_judged_on_the_day_the_declaration_was_given():
	members = [ouder(), kind("K1", "Mila", date(2014, 6, 1))]  # 12 on 1 June 2026
	assert "jongere" not in check([{"gezinslid": "O1"}], members, gegeven_op=date(2026, 5, 31))
	assert "jongere" in check([{"gezinslid": "O1"}], members, gegeven_op=date(2026, 6, 1))


def test_lines_dates_and_the_signed_form():
	found = check(
		[{"gezinslid": "O1"}],
		[ouder()],
		lines=[line(gezinsgegevens=0), line(idx=2, zorgorganisatie="GGZ")],
		gegeven_op=date(2026, 12, 1),
		geldig_tot=date(2026, 11, 30),
		formulier=None,
	)
	assert {"scope", "voor_wie", "gegeven_toekomst", "geldigheid", "formulier"} <= found
	assert "regels" in codes(t.controleer(declaration(), [{"gezinslid": "O1"}], [], [ouder()], TODAY))


# what a declaration covers --------------------------------------------------------------------


def family():
	return [
		ouder(),
		kind("K6", "Daan", years_ago(6)),
		kind("K13", "Mila", years_ago(13)),
		kind("K17", "Noor", years_ago(17)),
	]


def test_parents_cover_the_younger_children_a_youngster_covers_their_own_part():
	members = family()
	givers = [
		{"gezinslid": "O1"},
		{"gezinslid": "K13"},
		{"gezinslid": "K17", "eigen_deel": t.DEEL_NIET_GEDEELD},
	]
	assert t.gedekte_delen(givers, members, TODAY) == {"K6", "K13"}
	givers[2]["eigen_deel"] = t.DEEL_GEDEELD
	assert t.gedekte_delen(givers, members, TODAY) == {"K6", "K13", "K17"}
	givers[2]["eigen_deel"] = t.DEEL_INGETROKKEN
	assert t.gedekte_delen(givers, members, TODAY) == {"K6", "K13"}


def test_only_a_parent_opens_the_family_file():
	members = family()
	own = [{"gezinslid": "K17", "eigen_deel": t.DEEL_GEDEELD}]
	cover = t.dekking(declaration(), own, line(), members)
	assert cover.opent_gezin is False and cover.delen == {"K17"}
	assert t.dekking(declaration(), [{"gezinslid": "O1"}], line(), members).opent_gezin is True


def test_a_withdrawn_or_replaced_line_covers_nothing_and_the_stop_date_ends_it():
	members, givers = family(), [{"gezinslid": "O1"}]
	assert t.dekking(declaration(), givers, line(ingetrokken_op=TODAY), members) is None
	assert t.dekking(declaration(ingetrokken_op=TODAY), givers, line(), members) is None
	assert t.dekking(declaration(vervangen_door="TS-2"), givers, line(), members) is None
	stop = t.stopdatum(date(2026, 11, 1), t.STOPPEN, 30)
	assert stop == date(2026, 12, 1)
	assert (
		t.dekking(declaration(geldig_tot=date(2027, 1, 1)), givers, line(), members, stop).geldig_tot == stop
	)
	assert t.stopdatum(date(2026, 11, 1), t.DOORLOPEN, 30) is None


# renewal --------------------------------------------------------------------------------------


def test_a_child_turning_twelve_or_sixteen_after_the_declaration_needs_renewal():
	members = [ouder(), kind("K1", "Mila", date(2014, 6, 1)), kind("K2", "Noor", date(2010, 3, 1))]
	crossed = t.leeftijdsgrens_gepasseerd(members, [{"gezinslid": "O1"}], date(2026, 1, 1), TODAY)
	assert [(child["name"], limit) for child, limit in crossed] == [("K1", 12), ("K2", 16)]
	# a youngster who already signed was asked
	signed = [{"gezinslid": "O1"}, {"gezinslid": "K1"}, {"gezinslid": "K2"}]
	assert t.leeftijdsgrens_gepasseerd(members, signed, date(2026, 1, 1), TODAY) == []


# withdrawal -----------------------------------------------------------------------------------


def test_who_may_withdraw():
	members = {m["name"]: m for m in family()}
	givers = [{"gezinslid": "O1"}, {"gezinslid": "K13"}, {"gezinslid": "K17", "eigen_deel": t.DEEL_GEDEELD}]
	assert t.mag_intrekken(members["O1"], givers, alleen_eigen_deel=False)
	assert t.mag_intrekken(members["K17"], givers, alleen_eigen_deel=True)
	assert not t.mag_intrekken(members["K6"], givers, alleen_eigen_deel=False)  # never signed
	assert not t.mag_intrekken(members["K13"], givers, alleen_eigen_deel=True)  # no own part to withdraw
	assert not t.mag_intrekken(None, givers, alleen_eigen_deel=False)
	# the other parent did not sign: with full say they may withdraw, with limited access not
	other = {**members["O1"], "name": "O2"}
	assert t.mag_intrekken(other, givers, alleen_eigen_deel=False)
	assert not t.mag_intrekken(other, givers, alleen_eigen_deel=False, volledige_toegang=False)
	assert t.mag_intrekken(members["O1"], givers, alleen_eigen_deel=False, volledige_toegang=False)
	assert not t.mag_intrekken(other, givers, alleen_eigen_deel=True)


# conversion of old consents -------------------------------------------------------------------


def test_old_names_become_givers_and_the_rest_is_flagged():
	members = family()
	result = t.zet_om("Sanne Jansen en Kees", "Mila\nnoor", members, TODAY)
	assert [g["gezinslid"] for g in result.gevers] == ["O1", "K13", "K17"]
	assert result.niet_herkend == ("Kees",)
	assert result.te_controleren
	assert next(g for g in result.gevers if g["gezinslid"] == "K17")["eigen_deel"] == t.DEEL_GEDEELD
	clean = t.zet_om("sanne", "", members, TODAY)
	assert not clean.te_controleren


# properties -----------------------------------------------------------------------------------

births = st.dates(min_value=date(2004, 1, 1), max_value=TODAY)
scope_sets = st.sets(st.sampled_from(t.SCOPES), min_size=1)


@given(born=births, signed=st.dates(min_value=date(2020, 1, 1), max_value=TODAY))
def test_ages_on_any_date_decide_who_signs(born, signed):
	members = [ouder(), kind("K1", "Mila", born)]
	found = codes(
		t.controleer(declaration(gegeven_op=signed), [{"gezinslid": "O1"}], [line()], members, TODAY)
	)
	age = signed.year - born.year - ((signed.month, signed.day) < (born.month, born.day))
	assert ("jongere" in found) == (12 <= age < 16)


@given(
	born=births,
	signed=st.dates(min_value=date(2020, 1, 1), max_value=TODAY),
	answer=st.sampled_from([None, *t.DEEL_KEUZES]),
)
def test_a_youngsters_part_is_covered_only_with_their_yes_once_sixteen(born, signed, answer):
	members = [ouder(), kind("K1", "Noor", born)]
	givers = [{"gezinslid": "O1"}, {"gezinslid": "K1", "eigen_deel": answer}]
	covered = "K1" in t.gedekte_delen(givers, members, signed)
	if t.is_zelfstandig(members[1], signed):
		assert covered == (answer == t.DEEL_GEDEELD)
	else:
		assert covered  # a younger child's part comes with the parents' signature


@given(scopes=scope_sets, withdrawn_line=st.booleans(), withdrawn_all=st.booleans())
def test_a_withdrawal_always_closes_what_it_withdraws(scopes, withdrawn_line, withdrawn_all):
	row = line(**{scope: int(scope in scopes) for scope in t.SCOPES})
	if withdrawn_line:
		row["ingetrokken_op"] = TODAY
	signed = declaration(ingetrokken_op=TODAY if withdrawn_all else None)
	cover = t.dekking(signed, [{"gezinslid": "O1"}], row, family())
	assert (cover is None) == (withdrawn_line or withdrawn_all)
	if cover:
		assert set(cover.scopes) == scopes
