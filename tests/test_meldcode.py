"""The meldcode's five steps and the afwegingskader as pure rules (basiszorg.domain.meldcode)."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import meldcode as m

VANDAAG = date(2026, 5, 20)


def codes(bevindingen):
	return [b.code for b in bevindingen]


def stappen(**uitkomsten):
	"""The five step rows; ``s1="..."`` gives step 1 an outcome; started steps have a date."""
	rows = m.stappen_klaarzetten([])
	for row in rows:
		uitkomst = uitkomsten.get(f"s{row['stap']}")
		if uitkomst:
			row.update(uitkomst=uitkomst, begonnen_op=VANDAAG - timedelta(days=10))
	return rows


def afwegingen(*antwoorden, toelichting="Omdat het zo is."):
	rows = m.afwegingen_klaarzetten([])
	for row, antwoord in zip(rows, antwoorden, strict=False):
		row.update(antwoord=antwoord, toelichting=toelichting)
	return rows


def compleet(tot: int = 5, **extra) -> dict:
	"""A record with every step up to ``tot`` complete."""
	zorg = {
		"geopend_op": VANDAAG - timedelta(days=20),
		"stappen": stappen(**{f"s{n}": f"uitkomst {n}" for n in range(1, tot + 1)}),
		"signalen": [],
		"consultaties": [],
		"afwegingen": m.afwegingen_klaarzetten([]),
	}
	if tot >= 1:
		zorg["signalen"] = [
			{"wat": "Blauwe plek", "gezien_door": "Juf", "gezien_op": VANDAAG, "over_wie": "Daan"}
		]
	if tot >= 2:
		zorg["consultaties"] = [
			{"datum": VANDAAG, "soort": m.COLLEGA, "met_wie": "Els", "advies": "Gesprek voeren"}
		]
	if tot >= 3:
		zorg.update(
			gesprek_ouders=m.GEVOERD,
			gesprek_ouders_op=VANDAAG,
			gesprek_ouders_verslag="Moeder herkent het.",
			gesprek_kind=m.NIET_GEVOERD,
			gesprek_kind_waarom_niet="Daan is te jong.",
		)
	if tot >= 4:
		zorg["afwegingen"] = afwegingen(m.JA, m.NEE, m.JA, m.JA, m.JA)
	if tot >= 5:
		zorg.update(besluit=m.BESLUIT_HULP, besluit_op=VANDAAG, hulp_omschrijving="Opvoedondersteuning")
	zorg.update(extra)
	return zorg


# -- the five steps and the states ---------------------------------------------------------------


def test_states_are_the_five_steps_then_closed():
	assert len(m.STAPPEN) == 5 == len(m.STAP_TITELS)
	assert [m.stapnummer(s) for s in m.STATUSSEN] == [1, 2, 3, 4, 5, 6]
	assert m.stapnummer("Onbekend") is None
	assert "Veilig Thuis" in m.STAP_TITELS[1] and "afwegingskader" in m.STAP_TITELS[3]


def test_step_rows_are_always_the_five_steps_keeping_what_was_written():
	rows = m.stappen_klaarzetten([{"stap": 2, "uitkomst": "gedaan", "titel": "oud"}, {"stap": 9}])
	assert [r["stap"] for r in rows] == [1, 2, 3, 4, 5]
	assert rows[1]["uitkomst"] == "gedaan" and rows[1]["titel"] == m.STAP_TITELS[1]


def test_leaving_step_1_needs_complete_signs_and_the_outcome():
	zorg = compleet(0)
	assert codes(m.ontbrekend_voor_status(m.CONSULTATIE, zorg)) == ["geen_signalen", "stap1_uitkomst"]
	zorg["signalen"] = [{"wat": "Honger", "gezien_door": "", "gezien_op": VANDAAG}]
	found = m.ontbrekend_voor_status(m.CONSULTATIE, zorg)
	assert codes(found) == ["signaal_onvolledig", "stap1_uitkomst"]
	assert "door wie" in found[0].tekst() and "over welk kind" in found[0].tekst()
	assert m.ontbrekend_voor_status(m.CONSULTATIE, compleet(1)) == []


def test_step_2_needs_a_colleague_not_only_veilig_thuis():
	zorg = compleet(1, stappen=stappen(s1="a", s2="b"))
	zorg["consultaties"] = [
		{"datum": VANDAAG, "soort": m.VEILIG_THUIS_ADVIES, "advies": "Bespreek", "anoniem": 1}
	]
	assert codes(m.ontbrekend_voor_status(m.GESPREK, zorg)) == ["geen_collega"]
	zorg["consultaties"].append({"datum": VANDAAG, "soort": m.AANDACHTSFUNCTIONARIS, "advies": "Ja"})
	assert codes(m.ontbrekend_voor_status(m.GESPREK, zorg)) == ["consultatie_onvolledig"]
	zorg["consultaties"][1]["gebruiker"] = "af@bureau.example"
	assert m.ontbrekend_voor_status(m.GESPREK, zorg) == []


def test_step_3_needs_each_conversation_or_why_it_did_not_take_place():
	zorg = compleet(2, stappen=stappen(s1="a", s2="b", s3="c"))
	assert codes(m.ontbrekend_voor_status(m.AFWEGEN, zorg)) == ["gesprek_ouders_keuze", "gesprek_kind_keuze"]
	zorg.update(gesprek_ouders=m.NIET_GEVOERD, gesprek_kind=m.GEVOERD, gesprek_kind_op=VANDAAG)
	assert codes(m.ontbrekend_voor_status(m.AFWEGEN, zorg)) == [
		"gesprek_ouders_waarom_niet",
		"gesprek_kind_onvolledig",
	]
	zorg.update(gesprek_ouders_waarom_niet="Het kind loopt gevaar.", gesprek_kind_verslag="Daan vertelt.")
	assert m.ontbrekend_voor_status(m.AFWEGEN, zorg) == []


def test_step_4_needs_the_questions_on_the_way_to_the_advice_each_explained():
	zorg = compleet(3, stappen=stappen(s1="a", s2="b", s3="c", s4="d"))
	found = m.ontbrekend_voor_status(m.BESLISSEN, zorg)
	assert codes(found) == ["afweging_open"] and "1" in found[0].tekst()
	zorg["afwegingen"] = afwegingen(m.JA, m.JA, toelichting="")
	assert codes(m.ontbrekend_voor_status(m.BESLISSEN, zorg)) == ["afweging_toelichting"] * 2
	zorg["afwegingen"] = afwegingen(m.JA, m.JA)  # acute or structural unsafety: questions 3-5 not needed
	assert m.ontbrekend_voor_status(m.BESLISSEN, zorg) == []


def test_every_state_needs_every_step_before_it():
	for nummer, status in enumerate(m.STAPPEN, start=1):
		assert m.ontbrekend_voor_status(status, compleet(nummer - 1)) == []
		if nummer > 1:
			assert m.ontbrekend_voor_status(status, compleet(nummer - 2)), status
	assert m.ontbrekend_voor_status(m.AFGESLOTEN, compleet(5)) == []
	assert codes(m.ontbrekend_voor_status("Iets", {})) == ["onbekende_status"]


def test_closing_after_a_report_needs_the_report_the_traject_decision_and_informing_the_family():
	zorg = compleet(5, besluit=m.BESLUIT_MELDEN_EN_HULP, afwegingen=afwegingen(m.JA, m.JA))
	assert codes(m.ontbrekend_voor_status(m.AFGESLOTEN, zorg)) == [
		"melding_onvolledig",
		"coordinatie_besluit",
		"gezin_informeren",
	]
	zorg.update(
		melding_op=VANDAAG,
		gemeld_door="coordinator@bureau.example",
		gedeelde_gegevens="Signalen en gesprek",
		grondslag=m.GRONDSLAG_MELDRECHT,
		coordinatie_besluit=m.COORDINATIE_DOOR,
		coordinatie_besluit_reden="Samen met Veilig Thuis",
	)
	assert codes(m.ontbrekend_voor_status(m.AFGESLOTEN, zorg)) == ["gezin_informeren"]
	assert m.ontbrekend_voor_status(m.AFGESLOTEN, {**zorg, "gezin_geinformeerd_op": VANDAAG}) == []
	# or the exception: informing the family now would endanger a child (with its reason)
	exception = {**zorg, "niet_informeren": 1, "niet_informeren_reden": "Vader dreigt."}
	assert m.ontbrekend_voor_status(m.AFGESLOTEN, exception) == []
	assert m.altijd(exception, VANDAAG) == []
	assert codes(m.altijd({**exception, "niet_informeren_reden": " "}, VANDAAG)) == ["niet_informeren_reden"]


def test_a_decision_against_the_advice_needs_a_motivation():
	zorg = compleet(5, afwegingen=afwegingen(m.JA, m.JA))  # advice: report; decision: help only
	found = m.ontbrekend_voor_status(m.AFGESLOTEN, zorg)
	assert codes(found) == ["afwijking"] and m.ADVIES_MELDEN in found[0].tekst()
	assert m.ontbrekend_voor_status(m.AFGESLOTEN, {**zorg, "afwijking_motivatie": "Hulp loopt al."}) == []


def test_closing_early_needs_the_reason_and_the_outcome_of_every_started_step():
	zorg = {"stappen": stappen(s1="a", s2="")}
	zorg["stappen"][1]["begonnen_op"] = VANDAAG
	assert codes(m.ontbrekend_voor_status(m.AFGESLOTEN, zorg)) == [
		"afsluiten_zonder_besluit",
		"stap2_uitkomst",
	]
	zorg["stappen"][1]["uitkomst"] = "Zorg weggenomen na overleg"
	zorg["afsluiting_toelichting"] = "De blauwe plek kwam van de sport."
	assert m.ontbrekend_voor_status(m.AFGESLOTEN, zorg) == []


def test_what_holds_in_every_state():
	zorg = compleet(2, melding_op=VANDAAG + timedelta(days=1), coordinatie_besluit=m.COORDINATIE_STOPT)
	zorg["signalen"][0]["gezien_op"] = VANDAAG + timedelta(days=3)
	assert codes(m.altijd(zorg, VANDAAG)) == ["toekomst", "toekomst", "coordinatie_reden"]
	assert codes(
		m.altijd({"coordinatie_besluit": m.COORDINATIE_DOOR, "coordinatie_besluit_reden": "x"}, VANDAAG)
	) == ["coordinatie_zonder_melding"]
	both = {"niet_informeren": 1, "niet_informeren_reden": "x", "gezin_geinformeerd_op": VANDAAG}
	assert codes(m.altijd(both, VANDAAG)) == ["al_geinformeerd"]


def test_a_sign_is_about_a_child_of_the_family_or_all_children():
	assert m.signaal_over("Daan", kind_gevonden=True) == []
	assert m.signaal_over(m.ALLE_KINDEREN, kind_gevonden=False) == []
	assert codes(m.signaal_over("Buurjongen", kind_gevonden=False)) == ["signaal_kind_onbekend"]


# -- the afwegingskader ------------------------------------------------------------------------------


def test_the_afwegingskader_has_five_questions_named_once():
	assert len(m.AFWEGINGSVRAGEN) == 5 and len(set(m.VRAAGCODES)) == 5
	rows = m.afwegingen_klaarzetten([{"vraag_code": "onveiligheid", "antwoord": m.JA, "vraag": "oud"}])
	assert [r["nummer"] for r in rows] == [1, 2, 3, 4, 5]
	assert rows[1]["antwoord"] == m.JA and rows[1]["vraag"] == m.AFWEGINGSVRAGEN[1].vraag


@pytest.mark.parametrize(
	("antwoorden", "uitkomst"),
	[
		((m.NEE,), m.ADVIES_AFSLUITEN),
		((m.JA, m.JA), m.ADVIES_MELDEN),
		((m.JA, m.NEE, m.NEE), m.ADVIES_MELDEN),
		((m.JA, m.NEE, m.JA, m.NEE), m.ADVIES_MELDEN),
		((m.JA, m.NEE, m.JA, m.JA, m.NEE), m.ADVIES_MELDEN),
		((m.JA, m.NEE, m.JA, m.JA, m.JA), m.ADVIES_HULP),
	],
)
def test_the_advice_follows_the_afwegingskader(antwoorden, uitkomst):
	result = m.advies(dict(zip(m.VRAAGCODES, antwoorden, strict=False)))
	assert result.uitkomst == uitkomst
	assert result.gevolgd == m.VRAAGCODES[: len(antwoorden)]
	assert result.volgende is None


def test_an_open_question_on_the_way_has_no_advice_yet():
	result = m.advies({"vermoeden": m.JA, "hulp_mogelijk": m.JA})
	assert (result.uitkomst, result.gevolgd, result.volgende) == (None, ("vermoeden",), "onveiligheid")


antwoord = st.sampled_from([m.JA, m.NEE, None, ""])


@given(st.lists(antwoord, min_size=5, max_size=5))
def test_advice_properties(answers):
	antwoorden = dict(zip(m.VRAAGCODES, answers, strict=True))
	result = m.advies(antwoorden)
	# the walk follows the questions in order and never passes an open one
	assert result.gevolgd == m.VRAAGCODES[: len(result.gevolgd)]
	assert all(antwoorden[c] in (m.JA, m.NEE) for c in result.gevolgd)
	if result.uitkomst is None:
		assert antwoorden[result.volgende] not in (m.JA, m.NEE)
	else:
		assert result.volgende is None
	# acute or structural unsafety always means reporting; no suspicion never does
	if answers[0] == m.JA and answers[1] == m.JA:
		assert result.uitkomst == m.ADVIES_MELDEN
	if answers[0] == m.NEE:
		assert result.uitkomst == m.ADVIES_AFSLUITEN
	# help is advised only when every question says help will work
	if result.uitkomst == m.ADVIES_HULP:
		assert answers == [m.JA, m.NEE, m.JA, m.JA, m.JA]
	# answers after the advice do not change it
	changed = {**antwoorden, **{c: m.JA for c in m.VRAAGCODES if c not in result.gevolgd}}
	if result.uitkomst is not None:
		assert m.advies(changed).uitkomst == result.uitkomst


@given(st.sampled_from(m.BESLUITEN), st.sampled_from([m.ADVIES_AFSLUITEN, m.ADVIES_MELDEN, m.ADVIES_HULP]))
def test_a_report_follows_the_advice_to_report(besluit, uitkomst):
	past = m.past_bij_advies(besluit, uitkomst)
	if uitkomst == m.ADVIES_MELDEN:
		assert past == (besluit in m.MET_MELDING)
	if uitkomst == m.ADVIES_HULP:
		assert past == (besluit in m.MET_HULP)
	assert not m.past_bij_advies(None, uitkomst)


# -- dates and who: the steps' progress --------------------------------------------------------------


def test_moving_on_dates_and_signs_the_step_left_and_starts_the_next():
	rows = m.stappen_klaarzetten([{"stap": 1, "begonnen_op": VANDAAG - timedelta(days=3)}])
	changes = m.stapvoortgang(m.SIGNALEN, m.CONSULTATIE, rows, VANDAAG, "coord", met_besluit=False)
	assert [(c.stap, c.velden) for c in changes] == [
		(1, {"afgerond_op": VANDAAG, "door": "coord"}),
		(2, {"begonnen_op": VANDAAG}),
	]
	assert m.stapvoortgang(m.GESPREK, m.GESPREK, rows, VANDAAG, "coord", False) == []


def test_a_step_already_dated_keeps_its_date_and_who():
	rows = m.stappen_klaarzetten(
		[{"stap": 1, "afgerond_op": date(2026, 5, 1), "door": "els", "begonnen_op": VANDAAG}]
	)
	changes = m.stapvoortgang(m.SIGNALEN, m.CONSULTATIE, rows, VANDAAG, "coord", False)
	assert [(c.stap, c.velden) for c in changes] == [(2, {"begonnen_op": VANDAAG})]


def test_closing_completes_step_5_or_the_step_the_record_was_in():
	rows = m.stappen_klaarzetten([])
	after_decision = m.stapvoortgang(m.BESLISSEN, m.AFGESLOTEN, rows, VANDAAG, "c", met_besluit=True)
	assert [c.stap for c in after_decision] == [5]
	early = m.stapvoortgang(m.CONSULTATIE, m.AFGESLOTEN, rows, VANDAAG, "c", met_besluit=False)
	assert [c.stap for c in early] == [2]
	back = m.stapvoortgang(m.AFWEGEN, m.GESPREK, rows, VANDAAG, "c", False)
	assert [(c.stap, c.velden) for c in back] == [(3, {"afgerond_op": None})]


@given(st.sampled_from(m.STATUSSEN), st.sampled_from(m.STATUSSEN))
def test_progress_touches_only_the_steps_between(van, naar):
	rows = m.stappen_klaarzetten([])
	changes = m.stapvoortgang(van, naar, rows, VANDAAG, "c", met_besluit=True)
	a, b = m.stapnummer(van), m.stapnummer(naar)
	for change in changes:
		assert 1 <= change.stap <= 5
		assert min(a, b) <= change.stap <= max(a, b)


# -- the exception to transparency, and the signals ----------------------------------------------------


def test_the_exception_is_looked_at_again_after_the_period():
	opnieuw = m.heroverwegen_op(VANDAAG, 30)
	assert opnieuw == VANDAAG + timedelta(days=30)
	assert not m.heroverweging_nodig(True, opnieuw, VANDAAG)
	assert m.heroverweging_nodig(True, opnieuw, opnieuw)
	assert not m.heroverweging_nodig(False, opnieuw, opnieuw + timedelta(days=1))
	assert m.heroverwegen_op(None, 30) is None


def test_the_family_sees_a_report_unless_the_exception_holds():
	assert m.zichtbaar_voor_gezin({"melding_op": VANDAAG})
	assert not m.zichtbaar_voor_gezin({"melding_op": VANDAAG, "niet_informeren": 1})
	assert set(m.GRONDSLAG_IN_WOORDEN) == set(m.GRONDSLAGEN)
	assert "zonder uw toestemming" in m.GRONDSLAG_IN_WOORDEN[m.GRONDSLAG_MELDRECHT]


@given(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=30))
def test_a_step_open_longer_than_the_norm_is_signalled(age, norm):
	since = VANDAAG - timedelta(days=age)
	assert m.stap_te_lang_open(m.GESPREK, since, VANDAAG, norm) == (age > norm)
	assert not m.stap_te_lang_open(m.AFGESLOTEN, since, VANDAAG, norm)
	assert not m.stap_te_lang_open(m.GESPREK, None, VANDAAG, norm)


def test_the_warning_on_the_family_form():
	open_ = m.traject_waarschuwing({"name": "ZV-1", "workflow_state": m.GESPREK}, False)
	assert open_.code == "open" and "stap 3" in open_.tekst()
	report = {"name": "ZV-1", "workflow_state": m.BESLISSEN, "melding_op": VANDAAG}
	assert m.traject_waarschuwing(report, False).code == "besluit_coordinatie"
	stop = {"name": "ZV-1", "workflow_state": m.AFGESLOTEN, "coordinatie_besluit": m.COORDINATIE_STOPT}
	assert m.traject_waarschuwing(stop, False).code == "stoppen"
	assert m.traject_waarschuwing(stop, True) is None
	assert m.traject_waarschuwing({"workflow_state": m.AFGESLOTEN}, False) is None
