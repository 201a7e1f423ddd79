"""The front door online: a registration from the public pages is read as plain text, only with
what the pages ask for; known families are recognised; acceptance prefills the Gezin."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import aanmelding as a
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER

VANDAAG = date(2026, 12, 2)


def formulier(**over):
	gegevens = {
		"gezinsnaam": "Gezin Jansen",
		"postcode": "1234 AB",
		"email": "ouder@example.org",
		"reden_aanmelding": "Moeder heeft een depressie, de kinderen missen school.",
		"toestemming_aanmelding": 1,
		"verzend_sleutel": "b5c1f0a2-6d3e-4e1b-9a7c-1234567890ab",
		"leden": [
			{"rol": OUDER, "voornaam": "Sanne", "achternaam": "Jansen", "geboortedatum": "1990-04-01", "psychiatrie": 1, "behandeling": "Loopt"},
			{"rol": KIND, "voornaam": "Mila", "achternaam": "Jansen", "geboortedatum": "2018-06-12"},
		],
		"betrokkenen": [{"naam": "Dr. Visser", "organisatie": "GGZ Regio", "email": "visser@ggz.example"}],
	}
	gegevens.update(over)
	return gegevens


def codes(gegevens, soort=a.OUDERS, grenzen=a.Grenzen()):
	return {b.code for b in a.lees(gegevens, soort, VANDAAG, grenzen)[1]}


def test_a_complete_registration_of_parents_has_no_findings():
	schoon, bevindingen = a.lees(formulier(), a.OUDERS, VANDAAG)
	assert bevindingen == []
	assert schoon["leden"][0]["geboortedatum"] == date(1990, 4, 1)
	assert schoon["leden"][0]["psychiatrie"] is True
	assert schoon["leden"][1]["behandeling"] == ""  # only a parent's treatment is asked


def test_a_professional_names_themselves_and_the_parents_consent():
	assert {"verplicht"} <= codes(formulier(), a.HULPVERLENER)
	ok = formulier(afzender_naam="R. de Boer", afzender_organisatie="Wijkteam", afzender_email="r@wijk.example")
	assert codes(ok, a.HULPVERLENER) == set()
	assert "toestemming" in codes({**ok, "toestemming_aanmelding": 0}, a.HULPVERLENER)


def test_parents_give_a_way_to_reach_them():
	assert "contact" in codes(formulier(email="", telefoon=""))
	assert "contact" not in codes(formulier(email="", telefoon="06 1234 5678"))


def test_only_the_fields_the_page_asks_for():
	assert "onbekend_veld" in codes(formulier(workflow_state="Actief"))
	leden = formulier()["leden"]
	leden[0]["portaal_toegang"] = "Volledig"
	assert "onbekend_veld" in codes(formulier(leden=leden))


def test_html_and_scripts_are_refused():
	assert "html" in codes(formulier(reden_aanmelding="<script>alert(1)</script>"))
	assert "html" in codes(formulier(gezinsnaam="javascript:alert(1)"))
	assert "stuurteken" in codes(formulier(gezinsnaam="Jansen\x00"))


def test_members_need_a_parent_and_a_child():
	assert {"geen_ouder"} <= codes(formulier(leden=[{"rol": KIND, "voornaam": "Mila", "geboortedatum": "2018-06-12"}]))
	assert {"geen_kind"} <= codes(formulier(leden=[{"rol": OUDER, "voornaam": "Sanne", "geboortedatum": "1990-04-01"}]))
	unborn = formulier(leden=[formulier()["leden"][0], {"rol": ONGEBOREN, "voornaam": "Baby", "uitgerekende_datum": "2027-03-01"}])
	assert codes(unborn) == set()


def test_birth_dates_must_make_sense():
	ouder = formulier()["leden"][0]
	assert "geboorte_toekomst" in codes(formulier(leden=[ouder, {"rol": KIND, "voornaam": "M", "geboortedatum": "2027-01-01"}]))
	assert "kind_te_oud" in codes(formulier(leden=[ouder, {"rol": KIND, "voornaam": "M", "geboortedatum": "2000-01-01"}]))
	assert "ouder_leeftijd" in codes(formulier(leden=[{**ouder, "geboortedatum": "2020-01-01"}, formulier()["leden"][1]]))
	assert "geen_datum" in codes(formulier(leden=[{**ouder, "geboortedatum": "1-4-1990"}, formulier()["leden"][1]]))
	assert "uitgerekend_voorbij" in codes(formulier(leden=[ouder, {"rol": ONGEBOREN, "voornaam": "B", "uitgerekende_datum": "2026-01-01"}]))


def test_at_most_the_configured_number_of_members():
	leden = formulier()["leden"] + [{"rol": KIND, "voornaam": f"Kind {i}", "geboortedatum": "2015-01-01"} for i in range(5)]
	assert "te_veel_leden" in codes(formulier(leden=leden), grenzen=a.Grenzen(max_leden=4))
	assert "te_veel_leden" not in codes(formulier(leden=leden), grenzen=a.Grenzen(max_leden=7))


def test_forms_of_answers():
	assert "vorm" in codes(formulier(email="geen-adres"))
	assert "vorm" in codes(formulier(postcode="12345"))
	assert "vorm" in codes(formulier(verzend_sleutel="kort"))
	assert "bsn_ongeldig" in codes(formulier(leden=[{**formulier()["leden"][0], "bsn": "123456789"}, formulier()["leden"][1]]))


@given(st.text(max_size=300))
def test_any_text_is_either_kept_as_plain_text_or_refused(tekst):
	schoon, bevindingen = a.lees(formulier(reden_aanmelding=tekst), a.OUDERS, VANDAAG)
	kept = schoon["reden_aanmelding"]
	assert kept == "" or ("<" not in kept and ">" not in kept and kept == tekst.strip())
	if "<" in tekst or ">" in tekst:
		assert "html" in {b.code for b in bevindingen}


@given(st.lists(st.sampled_from([OUDER, KIND, ONGEBOREN]), max_size=20), st.integers(1, 15))
def test_member_limit_holds_for_any_family(rollen, maximum):
	leden = [{"rol": r, "voornaam": f"L{i}", "geboortedatum": "2015-01-01" if r == KIND else "1985-01-01" if r == OUDER else None, "uitgerekende_datum": "2027-02-01" if r == ONGEBOREN else None} for i, r in enumerate(rollen)]
	schoon, bevindingen = a.lees(formulier(leden=leden), a.OUDERS, VANDAAG, a.Grenzen(max_leden=maximum))
	assert ("te_veel_leden" in {b.code for b in bevindingen}) == (len(rollen) > maximum)
	assert len(schoon["leden"]) <= maximum + 1


@given(st.binary(min_size=8, max_size=8))
def test_references_have_one_shape_and_no_ambiguous_characters(willekeurig):
	ref = a.referentie(willekeurig)
	assert len(ref) == 12 and ref.startswith("AM-") and ref[7] == "-"
	assert not set(ref[3:7] + ref[8:]) - set(a.REFERENTIE_TEKENS)


def test_known_families_by_bsn_or_parent_name_and_birth_date():
	schoon, _ = a.lees(formulier(), a.OUDERS, VANDAAG)
	schoon["leden"][1]["bsn"] = "111222333"
	bekend = [
		{"gezin": "GZ-1", "status": "Afgesloten", "rol": KIND, "voornaam": "X", "bsn": "111222333"},
		{"gezin": "GZ-2", "status": "Actief", "rol": OUDER, "voornaam": " sanne ", "achternaam": "JANSEN", "geboortedatum": date(1990, 4, 1)},
		{"gezin": "GZ-3", "status": "Actief", "rol": OUDER, "voornaam": "Sanne", "achternaam": "Jansen", "geboortedatum": date(1991, 4, 1)},
		{"gezin": "GZ-4", "status": "Actief", "rol": KIND, "voornaam": "Sanne", "achternaam": "Jansen", "geboortedatum": date(1990, 4, 1)},
	]
	gevonden = a.dubbelen(schoon["leden"], bekend)
	assert [g["gezin"] for g in gevonden] == ["GZ-1", "GZ-2"]
	assert gevonden[0]["redenen"] == ["zelfde BSN"]


def test_a_registration_is_judged_once_and_a_rejection_says_why():
	assert a.beoordeling_fouten(a.NIEUW) == []
	assert a.beoordeling_fouten(a.GEACCEPTEERD)
	assert a.afwijzing_fouten("Spam of misbruik", None) == []
	assert a.afwijzing_fouten(a.ANDERS, " ")
	assert a.afwijzing_fouten("", "iets")


def test_the_family_is_registered_on_the_day_it_was_sent():
	schoon, _ = a.lees(formulier(afzender_naam="R", afzender_organisatie="W", afzender_email="r@w.example"), a.HULPVERLENER, VANDAAG)
	gezin = a.gezin_uit(schoon, date(2026, 11, 20))
	assert gezin["aanmelddatum"] == date(2026, 11, 20)
	assert gezin["aangemeld_door"] == a.HULPVERLENER and gezin["verwijzer_email"] == "r@w.example"
	assert [lid["rol"] for lid in gezin["leden"]] == [OUDER, KIND]
	ouders = a.gezin_uit({**schoon, "soort": a.OUDERS}, VANDAAG)
	assert ouders["verwijzer_email"] is None and ouders["aangemeld_door"] == a.OUDERS


@given(st.lists(st.tuples(st.sampled_from(["brief.pdf", "foto.PNG", "x.exe", "geen"]), st.integers(0, 12 * 1024 * 1024)), max_size=6))
def test_attachments_are_few_small_and_of_a_known_kind(bestanden):
	from basiszorg.domain.bestanden import MB, TOEGESTAAN, bijlage_fouten

	found = {b.code for b in bijlage_fouten(bestanden, 3, 5)}
	assert ("te_veel_bijlagen" in found) == (len(bestanden) > 3)
	assert ("bijlage_soort" in found) == any(n.rsplit(".", 1)[-1].lower() not in TOEGESTAAN for n, _ in bestanden)
	assert ("bijlage_groot" in found) == any(n.rsplit(".", 1)[-1].lower() in TOEGESTAAN and s > 5 * MB for n, s in bestanden)


def test_a_rejected_registration_goes_after_the_configured_days_and_no_other_does():
	afgewezen = date(2026, 11, 1)
	assert not a.afgewezen_verlopen(a.AFGEWEZEN, afgewezen, 30, date(2026, 11, 30))
	assert a.afgewezen_verlopen(a.AFGEWEZEN, afgewezen, 30, date(2026, 12, 1))
	for status in (a.NIEUW, a.GEACCEPTEERD, a.GEKOPPELD, None):
		assert not a.afgewezen_verlopen(status, afgewezen, 0, date(2030, 1, 1))
	assert not a.afgewezen_verlopen(a.AFGEWEZEN, None, 0, date(2030, 1, 1))


@given(st.sampled_from(a.STATUSSEN), st.dates(max_value=date(2100, 1, 1)), st.integers(-5, 400), st.integers(0, 800))
def test_purging_is_monotone_in_time_and_only_for_rejections(status, afgewezen, dagen, later):
	vandaag = afgewezen + timedelta(days=later)
	verlopen = a.afgewezen_verlopen(status, afgewezen, dagen, vandaag)
	assert verlopen == (status == a.AFGEWEZEN and later >= max(dagen, 0))
	if verlopen:  # once due, due on every later day
		assert a.afgewezen_verlopen(status, afgewezen, dagen, vandaag + timedelta(days=1))
