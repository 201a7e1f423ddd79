"""Eligibility: the five Bkk criteria, the Veilig Thuis and OTS exclusions, the partial OTS rule."""

from datetime import date

import pytest

from basiszorg.domain import criteria as c
from tests.factories import PEILDATUM, betrokkene, codes, gezin, kind, ongeboren, ouder, twee_instanties


def beoordeel(record=None, leden=None, betrokkenen=None, peildatum=PEILDATUM):
	return c.beoordeel(
		gezin() if record is None else record,
		[ouder(), kind()] if leden is None else leden,
		twee_instanties() if betrokkenen is None else betrokkenen,
		peildatum,
	)


def test_complete_family_is_eligible():
	result = beoordeel()
	assert result.komt_in_aanmerking
	assert result.niet_voldaan == () and result.uitsluitingen == () and result.opmerkingen == ()
	assert [k["voornaam"] for k in result.kinderen_in_traject] == ["Daan"]


# --- each criterion failing on its own -------------------------------------------------------------


def test_no_parent_with_problems():
	leden = [ouder(psychiatrie=0, verslaving=0, lvb=0), kind()]
	result = beoordeel(leden=leden)
	assert codes(result.niet_voldaan) == ["problematiek_ouder"]
	assert not result.komt_in_aanmerking


def test_any_intellectual_disability_counts_and_is_named_so():
	"""Seed 001: "een verstandelijke beperking", not only a light one (LVB)."""
	assert beoordeel(leden=[ouder(psychiatrie=0, lvb=1), kind()]).komt_in_aanmerking
	tekst = beoordeel(leden=[ouder(psychiatrie=0), kind()]).niet_voldaan[0].tekst()
	assert "verstandelijke beperking" in tekst and "licht" not in tekst


def test_no_parents_at_all():
	assert codes(beoordeel(leden=[kind()]).niet_voldaan) == ["problematiek_ouder"]


@pytest.mark.parametrize("veld", ["psychiatrie", "verslaving", "lvb"])
def test_each_kind_of_problem_counts(veld):
	vlaggen = {"psychiatrie": 0, "verslaving": 0, "lvb": 0, veld: 1}
	leden = [ouder(**vlaggen), kind()]
	assert beoordeel(leden=leden).komt_in_aanmerking


def test_parent_not_in_treatment():
	leden = [ouder(behandeling=c.BEHANDELING_GEEN), kind()]
	result = beoordeel(leden=leden)
	assert codes(result.niet_voldaan) == ["behandeling"]
	assert result.niet_voldaan[0].waarden == {"maanden": 3}
	assert "3 maanden" in result.niet_voldaan[0].tekst()


@pytest.mark.parametrize("status", ["", None, c.BEHANDELING_GEEN])
def test_treatment_status_without_treatment(status):
	leden = [ouder(behandeling=status, verwachte_start_behandeling=PEILDATUM), kind()]
	assert codes(beoordeel(leden=leden).niet_voldaan) == ["behandeling"]


def test_treatment_of_a_parent_without_problems_does_not_count():
	leden = [
		ouder("Sanne", psychiatrie=1, behandeling=c.BEHANDELING_GEEN),
		ouder("Piet", psychiatrie=0, behandeling=c.BEHANDELING_LOOPT),
		kind(),
	]
	assert codes(beoordeel(leden=leden).niet_voldaan) == ["behandeling"]


def test_one_parent_with_problems_in_treatment_is_enough():
	leden = [
		ouder("Sanne", psychiatrie=1, behandeling=c.BEHANDELING_GEEN),
		ouder("Piet", verslaving=1, psychiatrie=0, behandeling=c.BEHANDELING_LOOPT),
		kind(),
	]
	assert beoordeel(leden=leden).komt_in_aanmerking


def test_no_problem_parent_reports_problematiek_not_behandeling():
	leden = [ouder(psychiatrie=0, behandeling=c.BEHANDELING_GEEN), kind()]
	assert codes(beoordeel(leden=leden).niet_voldaan) == ["problematiek_ouder"]


@pytest.mark.parametrize("waarde", [0, None, False, ""])
def test_no_concerns_about_basic_care(waarde):
	result = beoordeel(record=gezin(zorgen_basiszorg=waarde))
	assert codes(result.niet_voldaan) == ["zorgen_basiszorg"]


def test_missing_field_counts_as_not_met():
	result = beoordeel(record={})
	assert codes(result.niet_voldaan) == ["zorgen_basiszorg", "toestemming"]


def test_no_children():
	result = beoordeel(leden=[ouder()])
	assert codes(result.niet_voldaan) == ["kinderen"]
	assert result.uitsluitingen == ()  # no children is not the OTS exclusion


def test_only_adult_children():
	leden = [ouder(), kind("Sem", date(2005, 1, 1))]
	assert codes(beoordeel(leden=leden).niet_voldaan) == ["kinderen"]


def test_only_an_unborn_child_is_enough():
	result = beoordeel(leden=[ouder(), ongeboren()])
	assert result.komt_in_aanmerking
	assert result.kinderen_in_traject == ()


def test_only_one_organisation():
	result = beoordeel(betrokkenen=[betrokkene("GGZ Rivierduinen")])
	assert codes(result.niet_voldaan) == ["meerdere_instanties"]
	assert result.niet_voldaan[0].waarden == {"aantal": 2}


def test_two_professionals_of_the_same_organisation_count_once():
	betrokkenen = [betrokkene("GGZ Rivierduinen", "Els"), betrokkene("GGZ Rivierduinen", "Ans")]
	assert codes(beoordeel(betrokkenen=betrokkenen).niet_voldaan) == ["meerdere_instanties"]


def test_professionals_without_organisation_do_not_count():
	betrokkenen = [betrokkene("GGZ Rivierduinen"), betrokkene(None), betrokkene(""), {}]
	assert codes(beoordeel(betrokkenen=betrokkenen).niet_voldaan) == ["meerdere_instanties"]


def test_no_professionals():
	assert codes(beoordeel(betrokkenen=[]).niet_voldaan) == ["meerdere_instanties"]


def test_aantal_instanties():
	assert c.aantal_instanties([]) == 0
	assert c.aantal_instanties([betrokkene("A"), betrokkene("B"), betrokkene("A"), betrokkene(None)]) == 2


def test_no_consent_for_registration():
	result = beoordeel(record=gezin(toestemming_aanmelding=0))
	assert codes(result.niet_voldaan) == ["toestemming"]
	assert not result.komt_in_aanmerking


def test_all_criteria_failing_at_once_are_all_reported_in_order():
	result = beoordeel(
		record=gezin(zorgen_basiszorg=0, toestemming_aanmelding=0),
		leden=[ouder(psychiatrie=0)],
		betrokkenen=[],
	)
	assert codes(result.niet_voldaan) == [
		"problematiek_ouder",
		"zorgen_basiszorg",
		"kinderen",
		"meerdere_instanties",
		"toestemming",
	]


# --- treatment expected within three months ------------------------------------------------------


def verwacht(start):
	return [ouder(behandeling=c.BEHANDELING_VERWACHT, verwachte_start_behandeling=start), kind()]


@pytest.mark.parametrize(
	"peil, start, binnen",
	[
		(date(2026, 3, 15), date(2026, 6, 15), True),  # exactly three months
		(date(2026, 3, 15), date(2026, 6, 16), False),  # one day later
		(date(2026, 3, 15), date(2026, 3, 15), True),  # starts today
		(date(2026, 3, 15), date(2026, 1, 1), True),  # expected start already passed
		(date(2025, 11, 30), date(2026, 2, 28), True),  # clamped to the end of February
		(date(2025, 11, 30), date(2026, 3, 1), False),
		(date(2023, 11, 30), date(2024, 2, 29), True),  # leap year
		(date(2023, 11, 30), date(2024, 3, 1), False),
		(date(2026, 1, 31), date(2026, 4, 30), True),  # 31 January + 3 months = 30 April
		(date(2026, 1, 31), date(2026, 5, 1), False),
		(date(2026, 10, 31), date(2027, 1, 31), True),  # across the year
		(date(2026, 10, 31), date(2027, 2, 1), False),
	],
)
def test_treatment_expected_within_three_months(peil, start, binnen):
	result = beoordeel(leden=verwacht(start), peildatum=peil)
	assert ("behandeling" not in codes(result.niet_voldaan)) is binnen
	assert c.behandeling_binnen_termijn(verwacht(start)[0], peil) is binnen


def test_expected_treatment_without_a_date_counts():
	"""The coordinator records the expectation of a start within three months; no date is needed."""
	assert "behandeling" not in codes(beoordeel(leden=verwacht(None)).niet_voldaan)
	assert c.behandeling_binnen_termijn(verwacht(None)[0], PEILDATUM)


def test_a_known_date_beyond_three_months_still_does_not_count():
	assert not c.behandeling_binnen_termijn(verwacht(date(2026, 9, 1))[0], PEILDATUM)


def test_running_treatment_needs_no_date():
	assert c.behandeling_binnen_termijn(ouder(behandeling=c.BEHANDELING_LOOPT), PEILDATUM)
	far = ouder(behandeling=c.BEHANDELING_LOOPT, verwachte_start_behandeling=date(2030, 1, 1))
	assert c.behandeling_binnen_termijn(far, PEILDATUM)


# --- children aged 0 to 19 -----------------------------------------------------------------------


@pytest.mark.parametrize(
	"geboren, telt",
	[
		(date(2007, 3, 16), True),  # 18, the day before the 19th birthday
		(date(2007, 3, 15), False),  # 19 on the peildatum
		(date(2008, 3, 15), True),  # 18 exactly
		(date(2026, 3, 15), True),  # born on the peildatum
		(None, True),  # unknown birth date counts
	],
)
def test_children_age_boundary_18_vs_19(geboren, telt):
	result = beoordeel(leden=[ouder(), kind("Sem", geboren)])
	assert ("kinderen" not in codes(result.niet_voldaan)) is telt
	assert result.komt_in_aanmerking is telt


def test_child_of_19_next_to_a_younger_one_is_not_in_the_traject():
	sem, mila = kind("Sem", date(2006, 1, 1)), kind("Mila", date(2015, 1, 1))
	result = beoordeel(leden=[ouder(), sem, mila])
	assert result.komt_in_aanmerking
	assert [k["voornaam"] for k in result.kinderen_in_traject] == ["Mila"]


# --- exclusions ----------------------------------------------------------------------------------


def test_veilig_thuis_excludes():
	result = beoordeel(record=gezin(veilig_thuis_nodig=1))
	assert codes(result.uitsluitingen) == ["veilig_thuis"]
	assert result.niet_voldaan == ()
	assert not result.komt_in_aanmerking


def test_ots_for_the_only_child_excludes():
	result = beoordeel(leden=[ouder(), kind("Daan", ots=1)])
	assert codes(result.uitsluitingen) == ["ots_alle_kinderen"]
	assert result.opmerkingen == ()
	assert result.kinderen_in_traject == ()
	assert not result.komt_in_aanmerking


def test_ots_for_all_children_excludes():
	leden = [ouder(), kind("Daan", ots=1), kind("Mila", date(2020, 2, 2), ots=1)]
	result = beoordeel(leden=leden)
	assert codes(result.uitsluitingen) == ["ots_alle_kinderen"]
	assert result.niet_voldaan == ()
	assert not result.komt_in_aanmerking


def test_both_exclusions_veilig_thuis_first():
	result = beoordeel(record=gezin(veilig_thuis_nodig=1), leden=[ouder(), kind(ots=1)])
	assert codes(result.uitsluitingen) == ["veilig_thuis", "ots_alle_kinderen"]


def test_exclusion_and_unmet_criteria_are_reported_together():
	result = beoordeel(record=gezin(veilig_thuis_nodig=1, toestemming_aanmelding=0))
	assert codes(result.uitsluitingen) == ["veilig_thuis"]
	assert codes(result.niet_voldaan) == ["toestemming"]


def test_partial_ots_covers_the_other_children():
	daan, mila, noor = kind("Daan", ots=1), kind("Mila", date(2016, 4, 1)), kind("Noor", date(2019, 9, 9))
	result = beoordeel(leden=[ouder(), daan, mila, noor])
	assert result.komt_in_aanmerking
	assert result.uitsluitingen == ()
	assert codes(result.opmerkingen) == ["ots_deel_kinderen"]
	assert result.opmerkingen[0].waarden == {"kinderen": "Daan Jansen"}
	assert "Daan Jansen" in result.opmerkingen[0].tekst()
	assert "voogd" in result.opmerkingen[0].tekst()
	assert [k["voornaam"] for k in result.kinderen_in_traject] == ["Mila", "Noor"]
	assert daan not in result.kinderen_in_traject


def test_partial_ots_names_every_child_under_ots():
	leden = [ouder(), kind("Daan", ots=1), kind("Sem", date(2012, 1, 1), ots=1), kind("Mila")]
	result = beoordeel(leden=leden)
	assert result.opmerkingen[0].waarden == {"kinderen": "Daan Jansen, Sem Jansen"}
	assert [k["voornaam"] for k in result.kinderen_in_traject] == ["Mila"]


def test_all_children_ots_but_an_unborn_child_is_not_excluded():
	result = beoordeel(leden=[ouder(), kind("Daan", ots=1), ongeboren()])
	assert result.uitsluitingen == ()
	assert result.komt_in_aanmerking
	assert codes(result.opmerkingen) == ["ots_deel_kinderen"]
	assert result.kinderen_in_traject == ()


def test_ots_child_of_19_does_not_count_for_the_exclusion():
	# Sem (19, OTS) is outside the target group: Mila is the only child that counts
	leden = [ouder(), kind("Sem", date(2006, 1, 1), ots=1), kind("Mila")]
	result = beoordeel(leden=leden)
	assert result.komt_in_aanmerking
	assert result.opmerkingen == ()
	assert [k["voornaam"] for k in result.kinderen_in_traject] == ["Mila"]


def test_only_in_range_child_under_ots_next_to_an_adult_child_excludes():
	leden = [ouder(), kind("Sem", date(2005, 1, 1)), kind("Mila", ots=1)]
	assert codes(beoordeel(leden=leden).uitsluitingen) == ["ots_alle_kinderen"]


def test_beoordeling_is_judged_on_the_peildatum():
	# Sem turns 19 on 2026-06-01: eligible before, no children in range after
	leden = [ouder(), kind("Sem", date(2007, 6, 1))]
	assert beoordeel(leden=leden, peildatum=date(2026, 5, 31)).komt_in_aanmerking
	assert codes(beoordeel(leden=leden, peildatum=date(2026, 6, 1)).niet_voldaan) == ["kinderen"]


def test_heeft_problematiek():
	assert c.heeft_problematiek({"lvb": 1})
	assert not c.heeft_problematiek({"psychiatrie": 0, "verslaving": None})
	assert not c.heeft_problematiek({})
