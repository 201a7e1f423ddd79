"""Outcomes through the traject: scores on their scale, improved or not from the baseline, goal
attainment, draaglast above draagkracht, quarters, and the suppression of small cells."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import resultaten as r

DOEL = [w for w, _ in r.STANDAARD_SCHALEN[r.DOELBEREIK]]
ZORG = [w for w, _ in r.STANDAARD_SCHALEN[r.BASISZORG]]
START = date(2026, 1, 10)


def meting(dagen=0, door=r.COORDINATOR, zorg=None, doelen=None, kracht=None, last=None):
	return r.Meting(
		datum=START + timedelta(days=dagen),
		moment=r.INTAKE if not dagen else r.EVALUATIE,
		door=door,
		doelen=doelen or {},
		basiszorg={("daan", e): s for e, s in (zorg or {}).items()},
		draagkracht=kracht,
		draaglast=last,
	)


def test_the_shipped_scales_and_the_five_elements():
	assert DOEL == [-2, -1, 0, 1, 2]
	assert ZORG == [1, 2, 3, 4, 5]
	assert len(r.STANDAARD_ELEMENTEN) == 5


def test_a_score_outside_the_scale_is_refused():
	assert r.score_fouten(2, DOEL, "Doel") == []
	assert r.score_fouten("-1", DOEL, "Doel") == []
	assert r.score_fouten(None, DOEL, "Doel") == []
	for bad in (3, -3, "x", 1.5, True):
		found = r.score_fouten(bad, DOEL, "Doel")
		assert [b.code for b in found] == ["score"], bad
	assert "-2 tot en met 2" in r.score_fouten(7, DOEL, "Doel")[0].tekst()


@given(st.one_of(st.integers(-20, 20), st.text(max_size=4)))
def test_a_score_is_accepted_exactly_when_it_is_on_the_scale(score):
	try:
		on_scale = int(str(score).strip()) in ZORG
	except ValueError:
		on_scale = False
	assert (r.score_fouten(score, ZORG, "x") == []) == (on_scale or str(score).strip() == "")


def test_improved_compares_the_baseline_with_the_last_measurement_of_the_coordinator():
	begin = meting(zorg={"Aandacht": 2, "Naar school": 2})
	family_view = meting(30, door=r.OUDER, zorg={"Aandacht": 5, "Naar school": 5})
	later = meting(60, zorg={"Aandacht": 3, "Naar school": 4})
	assert r.basiszorg_verbeterd([begin, family_view, later]) is True
	assert r.basiszorg_verbeterd([begin, family_view]) is None  # the family's view runs beside it
	assert r.basiszorg_verbeterd([later, meting(90, zorg={"Aandacht": 1})]) is False


@given(st.lists(st.dictionaries(st.sampled_from(r.STANDAARD_ELEMENTEN), st.sampled_from(ZORG), min_size=1), min_size=2, max_size=6))
def test_improvement_is_the_order_of_the_baseline_and_last_means(reeks):
	metingen = [meting(30 * i, zorg=z) for i, z in enumerate(reeks)]
	verbeterd = r.basiszorg_verbeterd(metingen)
	mean = lambda z: r.gemiddelde(z.values())  # noqa: E731
	assert verbeterd == (mean(reeks[-1]) > mean(reeks[0]))
	# adding the same last measurement again changes nothing
	assert r.basiszorg_verbeterd(metingen + [meting(30 * len(reeks), zorg=reeks[-1])]) == verbeterd


def test_goal_attainment_and_the_balance_of_the_parents():
	assert r.doelbereik([meting(doelen={"a": -1, "b": 1}), meting(40, doelen={"a": 1, "b": 2})]) == 1.5
	assert r.draaglast_te_hoog(meting(kracht=4, last=7)) is True
	assert r.draaglast_te_hoog(meting(kracht=7, last=4)) is False
	assert r.draaglast_te_hoog(meting(kracht=7)) is None


def test_what_changed_is_said_in_plain_sentences():
	said = [b.tekst() for b in r.wat_veranderde([meting(zorg={"Aandacht": 2}, kracht=3, last=8), meting(60, zorg={"Aandacht": 4}, kracht=6, last=5)], {"daan": "Daan"})]
	assert said == [
		"De basiszorg voor Daan gaat beter dan bij de start (2 → 4).",
		"Bij de start was de draaglast groter dan de draagkracht; nu niet meer.",
	]
	assert [b.code for b in r.wat_veranderde([meting()], {})] == ["een_meting"]


def test_quarters_count_closed_families():
	families = [
		{"afsluitdatum": date(2026, 5, 1), "oordeel": "Tevreden", "metingen": [meting(zorg={"Aandacht": 2}, kracht=3, last=8), meting(60, zorg={"Aandacht": 4}, doelen={"a": 1}, kracht=6, last=5)]},
		{"afsluitdatum": date(2026, 6, 1), "oordeel": "Niet tevreden", "metingen": [meting(zorg={"Aandacht": 4}), meting(60, zorg={"Aandacht": 3}, doelen={"a": -1})]},
		{"afsluitdatum": None, "metingen": []},
	]
	(k2,) = r.per_kwartaal(families)
	row = k2.als_rij()
	assert (row["kwartaal"], row["afgesloten"], row["aandeel_verbeterd"], row["gemiddeld_doelbereik"]) == ("2026-K2", 2, 50.0, 0.0)
	assert (row["te_zwaar_begin"], row["te_zwaar_eind"]) == (100.0, 0.0)
	assert (row["oordeel_Tevreden"], row["oordeel_Niet tevreden"]) == (1, 1)


@given(st.lists(st.integers(0, 30), max_size=20), st.integers(1, 10))
def test_small_cells_never_leave_the_export(counts, minimum):
	rows = [{"aantal": n, "aandeel": 50.0} for n in counts]
	out = r.onderdruk(rows, "aantal", ("aandeel",), minimum)
	assert len(out) == len(rows)
	for before, after in zip(rows, out, strict=True):
		if before["aantal"] < minimum:
			assert after["aantal"] is None and after["aandeel"] is None
		else:
			assert after == before


def test_the_export_knows_only_months():
	assert r.maand(date(2026, 3, 31)) == "2026-03"


def test_the_chart_is_plain_svg_with_a_line_per_series_and_words_beside_it():
	import xml.etree.ElementTree as ET

	from basiszorg.domain.resultatengrafiek import Reeks, svg, tekst

	reeksen = [
		Reeks("Coördinator", ((START, 2.0), (START + timedelta(days=60), 3.5))),
		Reeks("Gezin zelf", ((START + timedelta(days=61), 4.0),)),
	]
	drawn = svg(reeksen, 1, 5, "Basiszorg <gemiddeld>")
	root = ET.fromstring(drawn)
	ns = "{http://www.w3.org/2000/svg}"
	assert len(root.findall(f"{ns}polyline")) == 1  # a single point draws no line
	assert len(root.findall(f"{ns}circle")) == 3
	assert "&lt;gemiddeld&gt;" in drawn
	assert tekst(reeksen) == ["Coördinator: 10-01-2026 2, 11-03-2026 3,5", "Gezin zelf: 12-03-2026 4"]


@given(st.lists(st.tuples(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)), st.integers(-2, 2)), max_size=12))
def test_every_point_lies_inside_the_drawing(punten):
	import re

	from basiszorg.domain.resultatengrafiek import BREEDTE, HOOGTE, Reeks, svg

	drawn = svg([Reeks("x", tuple((d, float(v)) for d, v in punten))], -2, 2, "t")
	for cx, cy in re.findall(r'<circle cx="([-\d.]+)" cy="([-\d.]+)"', drawn):
		assert 0 <= float(cx) <= BREEDTE and 0 <= float(cy) <= HOOGTE


def test_the_printed_evaluation_follows_each_goal_from_its_first_score_to_its_last():
	history = [
		meting(0, doelen={"g1": -2, "g2": 0}),
		meting(10, door=r.OUDER, doelen={"g1": 2}),  # the family's own view runs beside it
		meting(40, doelen={"g1": -1}),
		meting(80, doelen={"g1": 1, "g2": -1}),
	]
	by_goal = {v.doel_id: v for v in r.verloop_per_doel(history)}
	assert (by_goal["g1"].eerste, by_goal["g1"].laatste, by_goal["g1"].aantal, by_goal["g1"].richting) == (-2, 1, 3, 1)
	assert (by_goal["g2"].eerste, by_goal["g2"].laatste, by_goal["g2"].richting) == (0, -1, -1)
	assert r.verloop_per_doel(r.tot_en_met(history, START + timedelta(days=40)))[0].laatste == -1
	assert r.EVALUATIE_OVERLEG in r.BEELD_IN_VERSLAG


@given(st.lists(st.tuples(st.integers(0, 200), st.sampled_from(r.DOOR), st.sampled_from(DOEL)), max_size=12), st.integers(0, 200))
def test_a_printed_evaluation_shows_no_measurement_after_its_meeting(rows, cut):
	history = [meting(dagen, door=door, doelen={"g": score}) for dagen, door, score in rows]
	day = START + timedelta(days=cut)
	shown = r.tot_en_met(history, day)
	assert all(m.datum <= day for m in shown)
	assert len(shown) == sum(1 for m in history if m.datum <= day)
	mine = [m.doelen["g"] for m in sorted(shown, key=lambda m: m.datum) if m.door == r.COORDINATOR]
	found = r.verloop_per_doel(shown)
	assert [(v.eerste, v.laatste, v.aantal) for v in found] == ([(mine[0], mine[-1], len(mine))] if mine else [])


@given(st.integers(0, 40), st.integers(200, 1200))
def test_date_labels_never_touch_and_keep_the_first_and_the_last(aantal, ruimte):
	from basiszorg.domain.resultatengrafiek import LABEL_RUIMTE, gelabeld

	shown = gelabeld(aantal, ruimte)
	assert shown == sorted(set(shown))
	if aantal:
		assert shown[0] == 0 and shown[-1] == aantal - 1
	if aantal > 2:
		gap = ruimte / (aantal - 1)
		assert all((b - a) * gap >= LABEL_RUIMTE for a, b in zip(shown, shown[1:]))


def test_a_chart_for_the_phone_is_drawn_narrow_with_every_point_inside():
	import re

	from basiszorg.domain.resultatengrafiek import HOOGTE, SMAL, Reeks, svg

	punten = tuple((START + timedelta(days=30 * n), float(n % 5 + 1)) for n in range(9))
	drawn = svg([Reeks("Coördinator", punten)], 1, 5, "t", breedte=SMAL)
	assert f'viewBox="0 0 {SMAL} {HOOGTE}"' in drawn
	assert all(0 <= float(cx) <= SMAL for cx in re.findall(r'<circle cx="([-\d.]+)"', drawn))
	assert drawn.count('text-anchor="middle"') < 9  # not every one of the nine dates gets a label
