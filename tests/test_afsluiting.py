"""Closing the loop: who receives the start and closing letters, and the parents' judgement."""

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import afsluiting as a
from basiszorg.domain import traject
from basiszorg.domain.toestemming import GEZINSGEGEVENS, OVERLEG, VERSLAG_EMAIL


def hv(name, organisatietype=None, email="x@y.nl"):
	return {"hulpverlener": name, "naam": name, "email": email, "organisatietype": organisatietype}


def test_referrer_huisarts_and_jgz_each_only_with_consent():
	verwijzer = hv("Verwijzer")
	betrokkenen = [hv("Huisarts", "Huisartsenpraktijk"), hv("JGZ", "JGZ"), hv("Wijkteam", "Wijkteam")]
	scopes = {"Verwijzer": {VERSLAG_EMAIL}, "Huisarts": {GEZINSGEGEVENS}, "JGZ": {OVERLEG}}
	result = {o.naam: (o.rol, o.ontvangt) for o in a.ontvangers(verwijzer, betrokkenen, scopes)}
	assert result == {
		"Verwijzer": ("verwijzer", True),
		"Huisarts": ("huisarts", True),
		"JGZ": ("JGZ", False),  # consent for meetings only
	}


def test_parents_who_registered_themselves_have_no_referrer_letter():
	result = a.ontvangers(None, [hv("Huisarts", "Huisartsenpraktijk")], {})
	assert [(o.rol, o.ontvangt) for o in result] == [("huisarts", False)]


def test_a_referrer_who_is_also_the_huisarts_gets_one_letter():
	huisarts = hv("Huisarts", "Huisartsenpraktijk")
	result = a.ontvangers(huisarts, [huisarts], {"Huisarts": {GEZINSGEGEVENS}})
	assert [(o.naam, o.rol) for o in result] == [("Huisarts", "verwijzer")]


def test_which_letter_when():
	assert a.kan_versturen(a.START, traject.ACTIEF) == []
	assert a.kan_versturen(a.START, traject.AFGESLOTEN) == []
	assert [b.code for b in a.kan_versturen(a.START, traject.INTAKE)] == ["status_bericht"]
	assert [b.code for b in a.kan_versturen(a.AFSLUITING, traject.ACTIEF)] == ["status_bericht"]
	assert a.kan_versturen(a.AFSLUITING, traject.AFGESLOTEN) == []
	assert [b.code for b in a.kan_versturen("Anders", traject.ACTIEF)] == ["soort"]


def test_goals_judged_once_each():
	doelen = [
		{"doel_id": "1", "doel": "School"},
		{"doel_id": "1", "doel": "School"},
		{"doel_id": "2", "doel": "Rust"},
	]
	assert [d["doel_id"] for d in a.doelen_voor_oordeel(doelen)] == ["1", "2"]


scopes = st.sets(st.sampled_from([GEZINSGEGEVENS, OVERLEG, VERSLAG_EMAIL]))
professional = st.builds(
	hv,
	st.sampled_from(["A", "B", "C"]),
	st.sampled_from(["Huisartsenpraktijk", "JGZ", "GGZ", None]),
	st.sampled_from(["x@y.nl", None, ""]),
)


@given(
	st.one_of(st.none(), professional),
	st.lists(professional, max_size=5),
	st.dictionaries(st.sampled_from("ABC"), scopes),
)
def test_nobody_receives_a_letter_without_consent_for_family_data_or_reports(
	verwijzer, betrokkenen, toestemming
):
	result = a.ontvangers(verwijzer, betrokkenen, toestemming)
	assert len({o.hulpverlener for o in result}) == len(result)
	for o in result:
		if o.ontvangt:
			assert o.email and toestemming.get(o.hulpverlener, set()) & set(a.SCOPES_BERICHT)
