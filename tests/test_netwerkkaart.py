"""Netwerkkaart: the layout never overlaps, keeps halves and bands, and the SVG is safe and the same
for the same people in any order."""

import json
import math
import xml.etree.ElementTree as ET
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from basiszorg.domain import netwerkkaart as n
from basiszorg.domain.netwerkkaart import Persoon

SVG = "{http://www.w3.org/2000/svg}"
PLAIN_SVG_1_1 = {"svg", "title", "desc", "g", "circle", "rect", "line", "text"}
LANG = "<script>alert('x')</script> & \"Oma\" Truus-van den Bergh-Ünal 👵🏽 " * 3  # 150+ characters


def persoon(sleutel, naam="Oma Truus", nabijheid=n.NABIJ, **meer):
	return Persoon(sleutel, naam, nabijheid, **meer)


def voorbeeld():
	return [
		persoon("NP-1", "Oma Truus", steun=(n.PRAKTISCH, n.OPVANG), relatie="oma van Mila"),
		persoon("NP-2", "Buurvrouw Els", n.MIDDEN, steun=(n.PRAKTISCH,)),
		persoon("NP-3", "Coach Ruud", n.VER, steun=(n.EMOTIONEEL,)),
		persoon("NP-4", "Vader van Daan", n.VER, betrekken=False),
		persoon("NP-5", "Huisarts dr. Bakker", n.MIDDEN, formeel=True, steun=(n.ADVIES,)),
		persoon("NP-6", "Wijkteam", n.NABIJ, formeel=True, steun=(n.ADVIES, n.CRISIS)),
	]


# --- strategies -----------------------------------------------------------------------------------

namen = st.one_of(
	st.sampled_from(
		["Oma Truus", "Juf Anja", "Huisarts", "", "   ", LANG[:140], "</text><script>x</script>"]
	),
	st.text(max_size=140),
)
personen_st = st.builds(
	Persoon,
	sleutel=st.text(min_size=1, max_size=12),
	naam=namen,
	nabijheid=st.sampled_from([*n.CIRKELS, "", "onbekend", "dichtbij "]),
	formeel=st.booleans(),
	steun=st.lists(st.sampled_from([*n.STEUN, "Iets anders", ""]), max_size=6).map(tuple),
	relatie=st.one_of(st.just(""), st.text(max_size=40)),
	betrekken=st.booleans(),
)
netwerken = st.lists(personen_st, max_size=40, unique_by=lambda p: p.sleutel)


# --- geometry checks ------------------------------------------------------------------------------


def dot_box(plek):
	r = plek.dot_r
	return (plek.x - r, plek.y - r, plek.x + r, plek.y + r)


def overlapt(a, b):
	return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def controleer(kaart, personen):
	"""Every geometric promise of ``indeling``."""
	plekken = kaart.plekken
	assert sorted(p.persoon.sleutel for p in plekken) == sorted(p.sleutel for p in personen)
	cx, cy = kaart.midden
	r1, r2, r3 = kaart.stralen
	assert n.CENTRUM_R < r1 < r2 < r3
	centrum = (cx - n.CENTRUM_R, cy - n.CENTRUM_R, cx + n.CENTRUM_R, cy + n.CENTRUM_R)
	banden = {n.NABIJ: (n.CENTRUM_R, r1), n.MIDDEN: (r1, r2), n.VER: (r2, r3)}
	for plek in plekken:
		for x0, y0, x1, y1 in (plek.label_box, dot_box(plek)):
			assert 0 <= x0 < x1 <= kaart.breedte and 0 <= y0 < y1 <= kaart.hoogte
		assert not overlapt(plek.label_box, centrum)
		assert not overlapt(plek.label_box, dot_box(plek))
		if plek.persoon.formeel:
			assert plek.x - plek.dot_r > cx + 10 and plek.label_box[0] > cx + 10
		else:
			assert plek.x + plek.dot_r < cx - 10 and plek.label_box[2] < cx - 10
		binnen, buiten = banden[n.cirkel(plek.persoon)]
		afstand = math.hypot(plek.x - cx, plek.y - cy)
		assert binnen < afstand - plek.dot_r and afstand + plek.dot_r < buiten
		assert len(plek.label) <= n.MAX_TEKENS
	for a, b in combinations(plekken, 2):
		assert not overlapt(a.label_box, b.label_box)
		assert not overlapt(a.label_box, dot_box(b))
		assert not overlapt(b.label_box, dot_box(a))
		assert not overlapt(dot_box(a), dot_box(b))


def elementen(tekst):
	root = ET.fromstring(tekst)
	return root, [el.tag.removeprefix(SVG) for el in root.iter()]


def persoon_groepen(root):
	return [g for g in root.iter(f"{SVG}g") if g.get("class") == "persoon"]


# --- properties -----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(netwerken)
def test_layout_has_no_overlaps_and_keeps_halves_and_bands(personen):
	controleer(n.indeling(personen), personen)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(n.CIRKELS), st.booleans(), st.integers(20, 40), st.integers(0, 130))
def test_one_crowded_half_ring_still_fits(cirkel, formeel, aantal, extra):
	personen = [
		persoon(f"NP-{i:03}", f"{'W' * (i % 7)}{LANG[: 10 + (i * extra) % 130]}", cirkel, formeel=formeel)
		for i in range(aantal)
	]
	controleer(n.indeling(personen), personen)


@settings(max_examples=40, deadline=None)
@given(netwerken, st.randoms(use_true_random=False))
def test_order_of_the_people_does_not_matter(personen, rnd):
	geschud = list(personen)
	rnd.shuffle(geschud)
	assert n.indeling(geschud) == n.indeling(personen)
	assert n.svg(geschud, "Gezin Jansen") == n.svg(personen, "Gezin Jansen")
	assert n.svg(list(reversed(personen))) == n.svg(personen)
	assert n.tekstlijst(geschud) == n.tekstlijst(personen)


@settings(max_examples=40, deadline=None)
@given(netwerken, st.text(), st.text())
def test_svg_is_valid_xml_with_any_text_and_draws_everyone_once(personen, gezin, titel):
	root, tags = elementen(n.svg(personen, gezin=gezin, titel=titel))
	assert set(tags) <= PLAIN_SVG_1_1
	groepen = persoon_groepen(root)
	assert len(groepen) == len(personen)
	ids = [el.get("id") for el in root.iter() if el.get("id")]
	assert len(ids) == len(set(ids))
	assert all(g.get("id").startswith("p-") for g in groepen)
	for g in groepen:
		kinderen = [el.tag.removeprefix(SVG) for el in g]
		assert kinderen[0] == "title" and kinderen.count("text") == 1


@settings(max_examples=40, deadline=None)
@given(netwerken)
def test_tekstlijst_has_one_line_per_person_inner_circle_first(personen):
	regels = n.tekstlijst(personen)
	assert len(regels) == max(len(personen), 1)
	if personen:
		cirkels = [next(c for c in n.CIRKELS if regel.startswith(c)) for regel in regels]
		assert [n.CIRKELS.index(c) for c in cirkels] == sorted(n.CIRKELS.index(c) for c in cirkels)
		assert sum("niet betrekken" in regel for regel in regels) >= sum(not p.betrekken for p in personen)


@settings(max_examples=40, deadline=None)
@given(netwerken, st.text(max_size=30), st.sampled_from(n.CIRKELS))
def test_an_informal_person_who_may_be_involved_is_growth(personen, naam, cirkel):
	nieuw = persoon("nieuw-" + "x" * 20, naam, cirkel, steun=(n.PRAKTISCH,))
	later = [p for p in personen if p.sleutel != nieuw.sleutel] + [nieuw]
	eerder = [p for p in personen if p.sleutel != nieuw.sleutel]
	assert n.informeel_gegroeid(eerder, later)
	assert not n.informeel_gegroeid(later, later)
	assert not n.informeel_gegroeid(later, eerder)
	v = n.verschil(eerder, later)
	assert v.erbij == (n._naam(nieuw),) and v.weg == ()
	voor, na = v.per_cirkel[cirkel]
	assert na == voor + 1
	assert v.per_steun[n.PRAKTISCH][1] == v.per_steun[n.PRAKTISCH][0] + 1
	assert sum(na for _, na in v.per_cirkel.values()) == sum(not p.formeel for p in later)
	zelfde = n.verschil(personen, list(reversed(personen)))
	assert zelfde.erbij == zelfde.weg == ()
	assert all(voor == na for voor, na in (*zelfde.per_cirkel.values(), *zelfde.per_steun.values()))


@settings(max_examples=40, deadline=None)
@given(personen_st)
def test_snapshot_round_trip(p):
	d = n.naar_dict(p)
	assert n.van_dict(json.loads(json.dumps(d))) == p


# --- examples -------------------------------------------------------------------------------------


def test_empty_network():
	kaart = n.indeling([])
	assert kaart.plekken == ()
	root, tags = elementen(n.svg([]))
	assert persoon_groepen(root) == []
	assert tags.count("circle") >= 4  # three circles and the family
	assert n.tekstlijst([]) == ["Er staat nog niemand op de netwerkkaart."]
	assert "nog niemand" in root.find(f"{SVG}desc").text


def test_one_person():
	oma = persoon("NP-1", "Oma Truus", steun=(n.PRAKTISCH, n.OPVANG), relatie="oma van Mila")
	kaart = n.indeling([oma])
	controleer(kaart, [oma])
	(plek,) = kaart.plekken
	assert plek.label == "Oma Truus"
	assert plek.y == pytest.approx(kaart.midden[1], abs=n.RIJ)  # on the left, about level with the family
	root, _ = elementen(n.svg([oma], gezin="Gezin Jansen"))
	(groep,) = persoon_groepen(root)
	assert groep.get("id") == "p-NP-1"
	titel = groep.find(f"{SVG}title").text
	assert (
		titel
		== "Oma Truus, oma van Mila. Informeel, Dichtbij. Steun: praktische hulp, opvang van de kinderen."
	)
	assert groep.find(f"{SVG}circle").get("fill") == n.KLEUREN[n.PRAKTISCH]
	assert n.tekstlijst([oma]) == [
		"Dichtbij (informeel): Oma Truus, oma van Mila — praktische hulp, opvang van de kinderen"
	]


def test_forty_in_one_circle_with_long_names():
	personen = [persoon(f"NP-{i:02}", f"{i} {LANG}", n.MIDDEN) for i in range(40)]
	kaart = n.indeling(personen)
	controleer(kaart, personen)
	assert all(p.label.endswith("…") for p in kaart.plekken)
	root, _ = elementen(n.svg(personen))
	assert len(persoon_groepen(root)) == 40
	assert not any(el.tag == f"{SVG}script" for el in root.iter())
	titels = [g.find(f"{SVG}title").text for g in persoon_groepen(root)]
	assert all(LANG.strip() in titel for titel in titels)  # the full name stays in the tooltip


def test_many_people_do_not_crash():
	personen = [
		persoon(f"NP-{i:03}", LANG[: i + 10], n.CIRKELS[i % 3], formeel=i % 4 == 0, steun=n.STEUN[: i % 6])
		for i in range(120)
	]
	controleer(n.indeling(personen), personen)


def test_svg_scales_by_its_viewbox_and_says_what_it_shows():
	personen = voorbeeld()
	kaart = n.indeling(personen)
	root, _ = elementen(n.svg(personen, gezin="Gezin Jansen", titel="Netwerkkaart"))
	assert root.get("width") == "100%" and root.get("height") is None
	assert root.get("viewBox") == f"0 0 {n._getal(kaart.breedte)} {n._getal(kaart.hoogte)}"
	assert root.get("role") == "img"
	titel_id, uitleg_id = root.get("aria-labelledby").split()
	assert root.find(f"{SVG}title").get("id") == titel_id
	assert root.find(f"{SVG}title").text == "Netwerkkaart: Gezin Jansen"
	desc = root.find(f"{SVG}desc")
	assert desc.get("id") == uitleg_id
	assert desc.text == (
		"Netwerkkaart van Gezin Jansen: 6 personen; Dichtbij 2 (1 informeel, 1 formeel); "
		"Midden 2 (1 informeel, 1 formeel); Verder weg 2 (2 informeel, 0 formeel). "
		"1 persoon niet betrekken. Informeel staat links, formeel rechts."
	)
	teksten = [el.text for el in root.iter(f"{SVG}text")]
	assert {"Informeel", "Formeel", *n.CIRKELS, *n.STEUN, n.ONBEKEND} <= set(teksten)
	assert "Gezin" in teksten and "Jansen" in teksten  # the family's name, on two lines in the disc
	for el in root.iter(f"{SVG}text"):  # fonts as attributes, for wkhtmltopdf
		assert el.get("font-family") and el.get("font-size")
	assert " style=" not in n.svg(personen) and "var(" not in n.svg(personen)


def test_formal_people_are_squares_and_not_involved_ones_are_dashed():
	root, _ = elementen(n.svg(voorbeeld()))
	groepen = {g.get("id"): g for g in persoon_groepen(root)}
	wijkteam = groepen["p-NP-6"]
	assert wijkteam[1].tag == f"{SVG}rect" and wijkteam[1].get("rx")
	assert len(wijkteam.findall(f"{SVG}circle")) == 1  # the second kind: one small extra dot
	vader = groepen["p-NP-4"]
	assert vader[1].get("stroke-dasharray") and vader[1].get("fill") == n.WIT
	assert "Niet betrekken" in vader.find(f"{SVG}title").text
	assert vader.find(f"{SVG}text").get("font-style") == "italic"


def test_user_text_is_escaped():
	kwaad = persoon('"><script>alert(1)</script>', "</text><script>alert(1)</script>", relatie="&amp; <b>")
	tekst = n.svg([kwaad], gezin="<script>", titel="</title><script>")
	root, tags = elementen(tekst)
	assert "script" not in tags and "<script" not in tekst
	(groep,) = persoon_groepen(root)
	assert groep.find(f"{SVG}title").text.startswith("</text><script>alert(1)</script>, &amp; <b>")
	assert root.find(f"{SVG}title").text == "</title><script>: <script>"


def test_text_that_xml_does_not_allow_is_left_out():
	p = persoon("a\x00b", "Oma\x01\x0b Truus\ufffe\n\tvan\r hier")
	root, _ = elementen(n.svg([p], gezin="\x1f"))
	(groep,) = persoon_groepen(root)
	assert groep.find(f"{SVG}text").text == "Oma Truus van hier"
	assert groep.get("id") == "p-a_0_b"


def test_ids_are_one_to_one_and_unique_for_the_same_sleutel():
	assert n._element_id("a b") != n._element_id("a-b") != n._element_id("a_20_b")
	root, _ = elementen(n.svg([persoon("x", "Een"), persoon("x", "Twee")]))
	assert [g.get("id") for g in persoon_groepen(root)] == ["p-x", "p-x.2"]


def test_unknown_closeness_and_kinds():
	p = persoon("NP-1", "Iemand", "heel ver", steun=("Iets anders", "advies", n.ADVIES))
	assert n.cirkel(p) == n.VER
	assert n.cirkel(persoon("NP-2", nabijheid=" midden ")) == n.MIDDEN
	assert n.soorten(p) == (n.ADVIES,)
	assert n.kleur(p) == n.KLEUREN[n.ADVIES]
	assert n.kleur(persoon("NP-3", steun=("Iets anders",))) == n.KLEUREN[n.ONBEKEND]


def test_labels_are_shortened_but_names_are_not():
	lang = "Schoolmaatschappelijk werk van de Regenboogschool"
	p = persoon("NP-1", lang, formeel=True)
	(plek,) = n.indeling([p]).plekken
	assert plek.label.startswith("Schoolmaatschappelij") and plek.label.endswith("…")
	assert n.tekstlijst([p]) == [f"Dichtbij (formeel): {lang}"]
	assert n.beschrijving(p).startswith(lang)
	assert len(n._label(persoon("NP-2", "我" * 40))) < 22  # wide characters get fewer


def test_long_family_name_stays_inside_the_centre():
	regels = n._centrumregels("Familie van den Berg-Oosterhuis")
	assert 1 <= len(regels) <= 2
	budget = 2 * math.sqrt(n.CENTRUM_R**2 - 16**2) - 12
	assert all(n.tekstbreedte(r, n.LETTER, vet=True) <= budget for r in regels)
	assert n._centrumregels("") == ["Gezin"]


def luminantie(kleur):
	def kanaal(c):
		c /= 255
		return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

	r, g, b = (kanaal(int(kleur[i : i + 2], 16)) for i in (1, 3, 5))
	return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
	la, lb = sorted((luminantie(a), luminantie(b)), reverse=True)
	return (la + 0.05) / (lb + 0.05)


def test_colours_are_distinct_and_readable():
	assert set(n.KLEUREN) == {*n.STEUN, n.ONBEKEND}
	assert len(set(n.KLEUREN.values())) == len(n.KLEUREN)
	for kleur in n.KLEUREN.values():
		assert max(contrast(kleur, n.WIT), contrast(kleur, n.TEKST)) >= 4.5
	assert contrast(n.TEKST, n.WIT) >= 7
	assert contrast("#444444", n.WIT) >= 4.5  # the label of someone not to be involved


def test_verschil_counts_informal_people_only():
	eerder = voorbeeld()
	later = [*eerder[1:], persoon("NP-9", "GGZ", n.NABIJ, formeel=True, steun=(n.ADVIES,))]
	v = n.verschil(eerder, later)
	assert v.per_cirkel == {n.NABIJ: (1, 0), n.MIDDEN: (1, 1), n.VER: (2, 2)}
	assert v.per_steun[n.PRAKTISCH] == (2, 1) and v.per_steun[n.OPVANG] == (1, 0)
	assert v.per_steun[n.ADVIES] == (0, 0)
	assert v.erbij == ("GGZ",) and v.weg == ("Oma Truus",)
	assert not n.informeel_gegroeid(eerder, later)
	# someone the family does not want involved is no growth
	niet = [*eerder, persoon("NP-10", "Oom", n.MIDDEN, betrekken=False)]
	assert not n.informeel_gegroeid(eerder, niet)


def test_van_dict_tolerates_missing_and_loose_values():
	assert n.van_dict({}) == Persoon("", "", "")
	assert n.van_dict(None) == Persoon("", "", "")
	p = n.van_dict({"naam": "Oma", "formeel": 0, "betrekken": "0", "steun": "Advies, Bij een crisis"})
	assert (p.formeel, p.betrekken, p.steun) == (False, False, (n.ADVIES, n.CRISIS))
	assert n.van_dict({"betrekken": None}).betrekken is True
	assert n.naar_dict(persoon("NP-1", steun=(n.ADVIES,)))["steun"] == [n.ADVIES]
