"""The family's network and the child's world: who changes what on Mijn gezin, what a network
person may hold, and the bureau's norm of a growing informal network."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import kpi
from basiszorg.domain import netwerk as n
from basiszorg.domain.leden import KIND, OUDER
from basiszorg.domain.netwerkkaart import MIDDEN, NABIJ, VER, Persoon

OUDER_W = n.Wijziger("lid-ouder", OUDER, 38)
JONGERE_16 = n.Wijziger("lid-16", KIND, 16)
JONGERE_15 = n.Wijziger("lid-15", KIND, 15)
JONGERE_12 = n.Wijziger("lid-12", KIND, 12)
KIND_11 = n.Wijziger("lid-11", KIND, 11)


@pytest.mark.parametrize(
	"wijziger, over_lid, delen, verwacht",
	[
		(OUDER_W, None, set(), True),  # the family's own people
		(OUDER_W, "lid-12", {"lid-12"}, True),  # a child whose part the parent sees
		(OUDER_W, "lid-16", {"lid-12"}, False),  # a 16+ youngster who keeps it from the parents
		(OUDER_W, "lid-16", None, True),
		(JONGERE_16, "lid-16", set(), True),  # their own
		(JONGERE_16, None, set(), False),  # not the family's
		(JONGERE_16, "lid-12", {"lid-12"}, False),  # not a sibling's
		(JONGERE_15, "lid-15", {"lid-15"}, False),  # under 16: the parents keep it up
		(KIND_11, None, None, False),
	],
)
def test_who_keeps_the_network_up(wijziger, over_lid, delen, verwacht):
	assert n.mag_netwerkpersoon_wijzigen(wijziger, over_lid, delen) is verwacht


@pytest.mark.parametrize(
	"wijziger, over_lid, verwacht",
	[
		(JONGERE_12, "lid-12", True),
		(JONGERE_16, "lid-16", True),
		(KIND_11, "lid-11", False),  # under 12
		(JONGERE_12, "lid-16", False),  # about someone else
		(OUDER_W, "lid-12", False),  # a parent does not write the child's own words
		(n.Wijziger("lid-x", KIND, None), "lid-x", False),  # unknown age: not assumed
	],
)
def test_own_words_from_twelve_about_yourself(wijziger, over_lid, verwacht):
	assert n.mag_eigen_woorden(wijziger, over_lid) is verwacht


def codes(findings):
	return {f.code for f in findings}


def test_a_network_person_needs_a_name_and_a_circle():
	assert codes(n.controleer_netwerkpersoon({})) == {"netwerk_naam", "netwerk_nabijheid"}
	assert n.controleer_netwerkpersoon({"naam": "Oma", "nabijheid": NABIJ}) == []
	assert codes(n.controleer_netwerkpersoon({"naam": "  ", "nabijheid": VER})) == {"netwerk_naam"}
	assert codes(n.controleer_netwerkpersoon({"naam": "x" * 141, "nabijheid": VER})) == {"netwerk_naam_lang"}
	assert codes(
		n.controleer_netwerkpersoon({"naam": "Oma", "nabijheid": VER, "betrekken": "Misschien"})
	) == {"netwerk_betrekken"}


@pytest.mark.parametrize(
	"tekst, bsn",
	[
		("Oma Truus 111222333", True),  # a valid BSN (11-proef)
		("buurman, bsn 111.222.333", True),
		("bel 0612345678", False),  # a phone number is not a BSN
		("huisnummer 12", False),
		("123456789", False),  # nine digits, fails the 11-proef
	],
)
def test_no_bsn_of_people_who_are_not_clients(tekst, bsn):
	found = "netwerk_bsn" in codes(n.controleer_netwerkpersoon({"naam": tekst, "nabijheid": MIDDEN}))
	assert found is bsn


def test_the_childs_world_takes_values_from_its_lists():
	assert n.controleer_kindwereld({"weet_wat_er_speelt": n.WEET_HET, "school_gaat_door": n.GAAT_DOOR}) == []
	assert codes(n.controleer_kindwereld({"weet_wat_er_speelt": "Misschien"})) == {"kindwereld_weet"}
	assert codes(n.controleer_kindwereld({"sport_gaat_door": "Vaak"})) == {"kindwereld_gaat_door"}
	assert codes(n.controleer_kindwereld({"in_eigen_woorden": "x" * 2001})) == {"kindwereld_lang"}


def test_a_record_becomes_a_person_on_the_map():
	oma = n.informeel(
		{
			"name": "NP-1",
			"naam": "Oma",
			"nabijheid": NABIJ,
			"steun_opvang": 1,
			"steun_crisis": 1,
			"betrekken": "Nee",
		}
	)
	assert (oma.formeel, oma.nabijheid, oma.betrekken) == (False, NABIJ, False)
	assert set(oma.steun) == {"Opvang van de kinderen", "Bij een crisis"}
	assert n.informeel({"name": "NP-2", "naam": "Buur", "betrekken": n.NOG_NIET_BESPROKEN}).betrekken is True
	spv = n.formeel(
		{"name": "r1", "hulpverlener_naam": "Sanne", "zorgorganisatie": "GGZ", "rol_in_gezin": "SPV"}
	)
	assert (spv.formeel, spv.naam, spv.nabijheid) == (True, "Sanne (GGZ)", MIDDEN)


def test_what_changed_in_plain_words():
	oma = Persoon("NP-1", "Oma", NABIJ, steun=("Opvang van de kinderen",))
	buur = Persoon("NP-2", "Buurvrouw", MIDDEN)
	said = [f.tekst() for f in n.veranderingen([oma], [oma, buur])]
	assert "Midden: van 0 naar 1" in said
	assert "Erbij: Buurvrouw" in said
	assert [f.code for f in n.veranderingen([oma], [oma])] == ["gelijk"]
	assert "Niet meer op de kaart: Oma" in [f.tekst() for f in n.veranderingen([oma], [])]


names = st.text(alphabet="abcdefghij", min_size=1, max_size=6)


@given(st.lists(names, unique=True, max_size=8), names)
def test_naming_one_more_involved_person_is_growth(sleutels, extra):
	before = [Persoon(s, s, MIDDEN) for s in sleutels if s != extra]
	from basiszorg.domain.netwerkkaart import informeel_gegroeid

	assert informeel_gegroeid(before, [*before, Persoon(extra, extra, NABIJ)])
	assert not informeel_gegroeid(before, before)
	assert not informeel_gegroeid(before, [*before, Persoon(extra, extra, NABIJ, betrekken=False)])


def test_the_norm_counts_closed_families_whose_network_grew():
	gezinnen = [
		{"name": f"G{i}", "startdatum": date(2026, 1, 5), "afsluitdatum": date(2026, 8, 10)} for i in range(4)
	]
	q3 = kpi.bereken(gezinnen, {}, netwerkgroei={"G0": True, "G1": False, "G2": True})[-1]
	assert (q3.netwerk_vergeleken, q3.netwerk_gegroeid, q3.pct_netwerk_gegroeid) == (3, 2, 66.7)
	assert kpi.bereken(gezinnen, {})[-1].pct_netwerk_gegroeid is None
