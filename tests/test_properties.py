"""Property-based tests (Hypothesis): the domain rules hold for random families."""

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from basiszorg.domain import criteria, overleg, toestemming, wachtlijst
from basiszorg.domain.dates import plus_maanden
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER, ROLLEN, controleer_leden, kinderen_in_doelgroep

dates = st.dates(min_value=date(1960, 1, 1), max_value=date(2030, 12, 31))
recent = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))
any_date = st.one_of(st.none(), dates, recent)
flag = st.sampled_from([0, 1, True, False, None, ""])
bsn = st.one_of(
	st.sampled_from(["111222333", "123456782", "111 222 333", "12345611", "123456789", "000000000"]),
	st.text(alphabet="0123456789 .-", max_size=12),
)
names = st.sampled_from(["Sanne", "Piet", "Fatima", "Ahmed", "Daan", "Mila", "Noor", "Sem", "Yara"])

parent = st.fixed_dictionaries(
	{
		"rol": st.just(OUDER),
		"voornaam": names,
		"geboortedatum": st.one_of(st.none(), dates),
		"psychiatrie": flag,
		"verslaving": flag,
		"lvb": flag,
		"behandeling": st.sampled_from(["", None, *criteria.BEHANDELING_OPTIES]),
		"verwachte_start_behandeling": any_date,
	}
)
child = st.fixed_dictionaries(
	{"rol": st.just(KIND), "voornaam": names, "geboortedatum": any_date, "ots": flag},
	optional={"bsn": bsn},
)
unborn = st.fixed_dictionaries({"rol": st.just(ONGEBOREN), "uitgerekende_datum": any_date})
# any role (or none), any subset of the fields
random_member = st.fixed_dictionaries(
	{"rol": st.sampled_from([*ROLLEN, "Anders", "", None])},
	optional={
		"voornaam": names,
		"achternaam": st.sampled_from(["Jansen", "de Vries", ""]),
		"geboortedatum": any_date,
		"psychiatrie": flag,
		"verslaving": flag,
		"lvb": flag,
		"behandeling": st.sampled_from(["", None, "onbekend", *criteria.BEHANDELING_OPTIES]),
		"verwachte_start_behandeling": any_date,
		"ots": flag,
		"uitgerekende_datum": any_date,
		"bsn": bsn,
	},
)
members = st.lists(st.one_of(parent, child, unborn, random_member), max_size=8)
organisation = st.one_of(
	st.sampled_from(["GGZ Rivierduinen", "JGZ", "Wijkteam Leiden", "Huisarts", "School", "", None]),
	st.text(max_size=6),
)
involved = st.lists(
	st.fixed_dictionaries({}, optional={"zorgorganisatie": organisation, "hulpverlener": names}), max_size=6
)
family = st.fixed_dictionaries(
	{},
	optional={"zorgen_basiszorg": flag, "toestemming_aanmelding": flag, "veilig_thuis_nodig": flag},
)


@st.composite
def likely_eligible(draw):
	"""A family that meets the criteria unless the random extras spoil it (OTS, Veilig Thuis, age)."""
	peildatum = draw(recent)
	gezin = {"zorgen_basiszorg": 1, "toestemming_aanmelding": 1, "veilig_thuis_nodig": draw(flag)}
	in_behandeling = {
		"rol": OUDER,
		"voornaam": draw(names),
		draw(st.sampled_from(["psychiatrie", "verslaving", "lvb"])): 1,
		"behandeling": criteria.BEHANDELING_LOOPT,
	}
	young = st.dates(min_value=peildatum - timedelta(days=19 * 366), max_value=peildatum)
	kids = draw(
		st.lists(
			st.fixed_dictionaries(
				{"rol": st.just(KIND), "voornaam": names, "geboortedatum": young, "ots": st.booleans()}
			),
			min_size=1,
			max_size=4,
		)
	)
	leden = draw(st.permutations([in_behandeling, *kids, *draw(st.lists(random_member, max_size=3))]))
	betrokkenen = [{"zorgorganisatie": "GGZ"}, {"zorgorganisatie": "JGZ"}, *draw(involved)]
	return gezin, leden, betrokkenen, peildatum


scenario = st.one_of(st.tuples(family, members, involved, dates), likely_eligible())

CRITERIA_CODES = {"problematiek_ouder", "behandeling", "zorgen_basiszorg", "kinderen", "meerdere_instanties"}
CRITERIA_CODES.add("toestemming")


def first_birthday(geboren: date) -> date:
	"""Independent of leeftijd_in_jaren: a child born on 29 February turns one on 1 March."""
	if (geboren.month, geboren.day) == (2, 29):
		return date(geboren.year + 1, 3, 1)
	return date(geboren.year + 1, geboren.month, geboren.day)


def born_under_one(lid, peildatum: date) -> bool:
	geboren = lid.get("geboortedatum")
	return lid.get("rol") == KIND and bool(geboren) and geboren <= peildatum < first_birthday(geboren)


@settings(max_examples=500, deadline=None)
@given(scenario)
def test_assessment_never_raises_and_is_consistent(case):
	gezin, leden, betrokkenen, peildatum = case
	result = criteria.beoordeel(gezin, leden, betrokkenen, peildatum)
	assert result.komt_in_aanmerking == (not result.niet_voldaan and not result.uitsluitingen)
	niet_voldaan = [b.code for b in result.niet_voldaan]
	assert set(niet_voldaan) <= CRITERIA_CODES
	assert len(niet_voldaan) == len(set(niet_voldaan))
	assert not {"problematiek_ouder", "behandeling"} <= set(niet_voldaan)
	assert ("veilig_thuis" in {b.code for b in result.uitsluitingen}) == bool(gezin.get("veilig_thuis_nodig"))
	assert ("toestemming" in niet_voldaan) == (not gezin.get("toestemming_aanmelding"))
	assert ("zorgen_basiszorg" in niet_voldaan) == (not gezin.get("zorgen_basiszorg"))
	for finding in (*result.niet_voldaan, *result.uitsluitingen, *result.opmerkingen):
		assert finding.tekst()  # every finding renders to a message


@settings(max_examples=500, deadline=None)
@given(scenario)
def test_ots_children_are_never_in_the_traject(case):
	gezin, leden, betrokkenen, peildatum = case
	result = criteria.beoordeel(gezin, leden, betrokkenen, peildatum)
	in_range = kinderen_in_doelgroep(leden, peildatum)
	assert all(not k.get("ots") for k in result.kinderen_in_traject)
	assert all(any(k is d for d in in_range) for k in result.kinderen_in_traject)
	onder_ots = [k for k in in_range if k.get("ots")]
	zonder_ots = [k for k in in_range if not k.get("ots")]
	has_unborn = any(m.get("rol") == ONGEBOREN for m in leden)
	all_ots = bool(in_range) and not zonder_ots and not has_unborn
	assert ("ots_alle_kinderen" in {b.code for b in result.uitsluitingen}) == all_ots
	if all_ots:
		assert result.kinderen_in_traject == ()
	else:
		assert list(result.kinderen_in_traject) == zonder_ots
	assert ("ots_deel_kinderen" in {b.code for b in result.opmerkingen}) == (bool(onder_ots) and not all_ots)


@settings(max_examples=200, deadline=None)
@given(recent, st.sampled_from(["psychiatrie", "verslaving", "lvb"]))
def test_treatment_start_boundary_is_exactly_three_months(peildatum, problem):
	grens = plus_maanden(peildatum, 3)
	assert grens.month == (peildatum.month + 2) % 12 + 1 and grens.day <= peildatum.day

	def eligible(start):
		parent_ = {"rol": OUDER, problem: 1, "behandeling": criteria.BEHANDELING_VERWACHT}
		parent_["verwachte_start_behandeling"] = start
		leden = [parent_, {"rol": ONGEBOREN, "uitgerekende_datum": peildatum}]
		gezin = {"zorgen_basiszorg": 1, "toestemming_aanmelding": 1}
		betrokkenen = [{"zorgorganisatie": "A"}, {"zorgorganisatie": "B"}]
		return criteria.beoordeel(gezin, leden, betrokkenen, peildatum).komt_in_aanmerking

	assert eligible(grens)
	assert not eligible(grens + timedelta(days=1))
	assert eligible(None)  # the expectation is recorded without a date


@settings(max_examples=400, deadline=None)
@given(members, dates)
def test_baby_under_one_always_gives_priority(leden, peildatum):
	priority = wachtlijst.bepaal_prioriteit(leden, peildatum)
	if any(born_under_one(m, peildatum) for m in leden):
		assert priority.heeft_prioriteit
		assert "baby onder 1 jaar" in priority.reden
	if any(m.get("rol") == ONGEBOREN for m in leden if not m.get("uitgerekende_datum")):
		assert priority.heeft_prioriteit  # pregnant, due date unknown
	assert priority.heeft_prioriteit == bool(priority.reden)


@settings(max_examples=300, deadline=None)
@given(members, dates)
def test_no_baby_and_no_pregnancy_gives_no_priority(leden, peildatum):
	older = []
	for m in leden:  # drop unborn children; every born child is at least one on the peildatum
		if m.get("rol") == ONGEBOREN:
			continue
		if m.get("rol") == KIND and m.get("geboortedatum"):
			m = {**m, "geboortedatum": min(m["geboortedatum"], date(peildatum.year - 1, 1, 1))}
		older.append(m)
	assert wachtlijst.bepaal_prioriteit(older, peildatum) == wachtlijst.Prioriteit(False, "")


waiting_family = st.tuples(members, recent, st.text(alphabet="GZ-0123456789", min_size=1, max_size=7))


@settings(max_examples=200, deadline=None)
@given(st.lists(waiting_family, max_size=12))
def test_waitlist_order_puts_priority_families_first(families):
	rows = []
	for leden, sinds, naam in families:
		priority = wachtlijst.bepaal_prioriteit(leden, sinds).heeft_prioriteit
		rows.append((priority, sinds, naam))
	ordered = sorted(rows, key=lambda r: wachtlijst.volgorde(*r))
	flags = [r[0] for r in ordered]
	assert flags == sorted(flags, reverse=True)  # all priority families before the others
	for a, b in pairwise(ordered):
		if a[0] == b[0]:
			assert a[1] <= b[1]  # then the longest waiting
			if a[1] == b[1]:
				assert a[2] <= b[2]  # then by name


@settings(max_examples=200, deadline=None)
@given(st.lists(waiting_family, max_size=12), recent, st.booleans())
def test_families_past_the_limit_go_first_exactly_when_the_setting_says_so(families, peil, setting):
	rows = []
	for leden, sinds, naam in families:
		priority = wachtlijst.bepaal_prioriteit(leden, sinds).heeft_prioriteit
		rows.append((priority, sinds, naam, wachtlijst.is_te_laat(sinds, peil), setting))
	ordered = sorted(rows, key=lambda r: wachtlijst.volgorde(*r))
	for a, b in pairwise(ordered):
		if setting and b[3]:
			assert a[3], "a family past the limit comes after one that is not"
		if not setting:
			assert a[0] or not b[0], "without the setting every priority family comes first"


@given(dates, st.integers(min_value=-200, max_value=400))
def test_waitlist_weeks_add_up_to_the_limit(sinds, days_later):
	peil = sinds + timedelta(days=days_later)
	if days_later >= 0:
		assert wachtlijst.wachtweken(sinds, peil) + wachtlijst.weken_tot_limiet(sinds, peil) in (11, 12)
	else:
		assert wachtlijst.wachtweken(sinds, peil) == 0
	assert wachtlijst.is_te_laat(sinds, peil) == (days_later > 84)
	assert (wachtlijst.weken_tot_limiet(sinds, peil) < 0) == (days_later > 84)


@settings(max_examples=300, deadline=None)
@given(members, dates)
def test_member_checks_never_crash_and_flag_future_births(leden, vandaag):
	findings = controleer_leden(leden, vandaag)
	future = any(m.get("geboortedatum") and m["geboortedatum"] > vandaag for m in leden)
	assert ("geboorte_toekomst" in {f.code for f in findings}) == future
	unborn_without_date = any(m.get("rol") == ONGEBOREN and not m.get("uitgerekende_datum") for m in leden)
	assert ("uitgerekend_ontbreekt" in {f.code for f in findings}) == unborn_without_date


@given(dates, st.one_of(st.none(), dates), st.one_of(st.none(), dates), dates)
def test_consent_status_is_one_of_four_and_withdrawal_wins(given_on, until, withdrawn, peil):
	status = toestemming.status(given_on, until, withdrawn, peil)
	assert status in (
		toestemming.GELDIG,
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
