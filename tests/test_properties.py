"""Property-based tests (Hypothesis): the domain rules hold for random families."""

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from basiszorg.domain import criteria, overleg, toestemming, wachtlijst
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER, controleer_leden, kinderen_in_doelgroep

TODAY = date(2026, 11, 22)
dates = st.dates(min_value=date(1960, 1, 1), max_value=date(2027, 9, 1))

parent = st.fixed_dictionaries(
	{
		"rol": st.just(OUDER),
		"voornaam": st.sampled_from(["Sanne", "Piet", "Fatima", "Ahmed"]),
		"geboortedatum": st.one_of(st.none(), dates),
		"psychiatrie": st.booleans(),
		"verslaving": st.booleans(),
		"lvb": st.booleans(),
		"behandeling": st.sampled_from(["", "Loopt", "Start verwacht", "Geen"]),
		"verwachte_start_behandeling": st.one_of(st.none(), dates),
	}
)
child = st.fixed_dictionaries(
	{
		"rol": st.just(KIND),
		"voornaam": st.sampled_from(["Daan", "Mila", "Noor", "Sem", "Yara"]),
		"geboortedatum": st.one_of(st.none(), dates),
		"ots": st.booleans(),
	}
)
unborn = st.fixed_dictionaries({"rol": st.just(ONGEBOREN), "uitgerekende_datum": st.one_of(st.none(), dates)})
members = st.lists(st.one_of(parent, child, unborn), max_size=7)
involved = st.lists(
	st.fixed_dictionaries({"zorgorganisatie": st.sampled_from(["GGZ", "JGZ", "Wijkteam", None])}), max_size=5
)
family = st.fixed_dictionaries(
	{
		"zorgen_basiszorg": st.booleans(),
		"toestemming_aanmelding": st.booleans(),
		"veilig_thuis_nodig": st.booleans(),
	}
)


@settings(max_examples=300, deadline=None)
@given(family, members, involved, dates)
def test_assessment_is_consistent(gezin, leden, betrokkenen, peildatum):
	result = criteria.beoordeel(gezin, leden, betrokkenen, peildatum)
	assert result.komt_in_aanmerking == (not result.niet_voldaan and not result.uitsluitingen)
	assert all(not k.get("ots") for k in result.kinderen_in_traject)
	assert all(k in kinderen_in_doelgroep(leden, peildatum) for k in result.kinderen_in_traject)
	if gezin["veilig_thuis_nodig"]:
		assert not result.komt_in_aanmerking
	if not gezin["toestemming_aanmelding"]:
		assert "toestemming" in {b.code for b in result.niet_voldaan}
	for finding in (*result.niet_voldaan, *result.uitsluitingen, *result.opmerkingen):
		assert finding.tekst()  # every finding renders to a message


@settings(max_examples=300, deadline=None)
@given(members, dates)
def test_baby_under_one_always_gives_priority(leden, peildatum):
	priority = wachtlijst.bepaal_prioriteit(leden, peildatum)
	babies = [  # born less than 365 days ago: certainly under one year old
		k
		for k in leden
		if k["rol"] == KIND and k.get("geboortedatum") and 0 <= (peildatum - k["geboortedatum"]).days < 365
	]
	if babies:
		assert priority.heeft_prioriteit
	assert priority.heeft_prioriteit == bool(priority.reden)


@given(st.lists(st.tuples(st.booleans(), dates, st.text(max_size=5)), max_size=30))
def test_waitlist_order_puts_priority_first_then_longest_waiting(rows):
	ordered = sorted(rows, key=lambda r: wachtlijst.volgorde(*r))
	flags = [r[0] for r in ordered]
	assert flags == sorted(flags, reverse=True)
	for a, b in pairwise(ordered):
		if a[0] == b[0]:
			assert a[1] <= b[1]


@given(dates, st.integers(min_value=-200, max_value=400))
def test_waitlist_weeks_add_up_to_the_limit(sinds, days_later):
	peil = sinds + timedelta(days=days_later)
	if days_later >= 0:
		assert wachtlijst.wachtweken(sinds, peil) + wachtlijst.weken_tot_limiet(sinds, peil) in (11, 12)
	assert wachtlijst.is_te_laat(sinds, peil) == (days_later > 84)


@given(members, dates)
def test_member_checks_never_crash_and_flag_future_births(leden, vandaag):
	findings = controleer_leden(leden, vandaag)
	future = any(
		m.get("geboortedatum") and m["geboortedatum"] > vandaag for m in leden if m["rol"] != ONGEBOREN
	)
	assert ("geboorte_toekomst" in {f.code for f in findings}) == future


@given(dates, st.one_of(st.none(), dates), st.one_of(st.none(), dates), dates)
def test_consent_status_is_one_of_four_and_withdrawal_wins(given_on, until, withdrawn, peil):
	status = toestemming.status(given_on, until, withdrawn, peil)
	assert status in (
		toestemming.ACTIEF,
		toestemming.INGETROKKEN,
		toestemming.VERLOPEN,
		toestemming.NOG_NIET_GELDIG,
	)
	if withdrawn and withdrawn <= peil:
		assert status == toestemming.INGETROKKEN


scopes = st.sets(st.sampled_from(toestemming.SCOPES))
participant = st.fixed_dictionaries(
	{
		"soort": st.sampled_from(["Ouder", "Hulpverlener", "Anders"]),
		"naam": st.text(min_size=1, max_size=8),
		"email": st.one_of(st.none(), st.just("x@example.org")),
		"hulpverlener": st.sampled_from([None, "HV-1", "HV-2", "HV-3"]),
		"aanwezigheid": st.sampled_from(["Uitgenodigd", "Aanwezig", "Afgemeld", "Afwezig"]),
	}
)


@given(st.lists(participant, max_size=8), st.dictionaries(st.sampled_from(["HV-1", "HV-2", "HV-3"]), scopes))
def test_no_professional_receives_minutes_without_consent(deelnemers, consented):
	for receiver in overleg.verzendlijst(deelnemers, [], consented):
		if receiver.ontvangt:
			assert receiver.email
		if receiver.ontvangt and receiver.soort == "Hulpverlener":
			assert consented.get(receiver.hulpverlener)
