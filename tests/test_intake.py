"""Intake steps and what starting the traject (Intake → Actief) needs."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import intake


def stap(naam="Stap", gedaan_op=None, **velden):
	return {"stap": naam, "gedaan_op": gedaan_op, **velden}


def codes(bevindingen):
	return [b.code for b in bevindingen]


def test_default_steps_follow_seed_001_and_end_with_the_first_meeting():
	namen = [s["stap"] for s in intake.STANDAARD_STAPPEN]
	assert "verwijzer" in namen[0] and "huisbezoek" in namen[1] and "toestemming" in namen[2].lower()
	assert intake.STANDAARD_STAPPEN[-1]["koppeling"] == intake.KOPPELING_OVERLEG
	assert {s.get("koppeling") for s in intake.STANDAARD_STAPPEN} - {None} == set(intake.KOPPELINGEN)
	assert not any(s.get("nodig_voor_start") for s in intake.STANDAARD_STAPPEN)


def test_start_needs_the_first_meeting_with_the_family():
	assert codes(intake.ontbrekend_voor_start([], 0)) == ["eerste_overleg"]
	assert intake.ontbrekend_voor_start([], 1) == []
	assert "voorbespreking" in intake.ontbrekend_voor_start([], 0)[0].tekst()


def test_steps_marked_as_needed_must_be_done():
	stappen = [
		stap("Huisbezoek", nodig_voor_start=1),
		stap("Contact verwijzer", nodig_voor_start=1, gedaan_op=date(2026, 3, 1)),
		stap("Voorbespreking"),
	]
	result = intake.ontbrekend_voor_start(stappen, 1)
	assert codes(result) == ["intakestap"]
	assert result[0].tekst() == "De intakestap 'Huisbezoek' is nog niet gedaan."


def test_progress_and_next_step():
	stappen = [stap("a", date(2026, 1, 1)), stap("b"), stap("c")]
	assert intake.voortgang(stappen) == (1, 3)
	assert intake.volgende_stap(stappen)["stap"] == "b"
	assert intake.volgende_stap([stap("a", date(2026, 1, 1))]) is None


def test_a_planned_meeting_ticks_off_only_its_own_open_steps():
	stappen = [
		stap("Voorbespreking", koppeling=intake.KOPPELING_VOORBESPREKING),
		stap("Overleg", koppeling=intake.KOPPELING_OVERLEG),
		stap("Overleg al gedaan", koppeling=intake.KOPPELING_OVERLEG, gedaan_op=date(2026, 1, 1)),
	]
	assert [s["stap"] for s in intake.af_te_vinken(stappen, intake.KOPPELING_OVERLEG)] == ["Overleg"]
	assert [s["stap"] for s in intake.af_te_vinken(stappen, intake.KOPPELING_VOORBESPREKING)] == [
		"Voorbespreking"
	]


step = st.fixed_dictionaries(
	{
		"stap": st.text(min_size=1, max_size=8),
		"gedaan_op": st.one_of(st.none(), st.dates()),
		"nodig_voor_start": st.sampled_from([0, 1, None]),
	}
)


@given(st.lists(step, max_size=8), st.integers(min_value=0, max_value=3))
def test_start_is_free_exactly_when_the_meeting_is_planned_and_needed_steps_are_done(stappen, overleggen):
	vrij = overleggen > 0 and all(s["gedaan_op"] or not s["nodig_voor_start"] for s in stappen)
	assert (intake.ontbrekend_voor_start(stappen, overleggen) == []) is vrij
	done, total = intake.voortgang(stappen)
	assert 0 <= done <= total == len(stappen)
