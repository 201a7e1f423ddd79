from datetime import date

from basiszorg.domain import kpi


def test_quarter_and_share():
	assert kpi.kwartaal(date(2026, 11, 22)) == "2026-K4"
	assert kpi.kwartaal(date(2026, 1, 1)) == "2026-K1"
	assert kpi.aandeel(1, 3) == 33.3
	assert kpi.aandeel(0, 0) is None


def test_norms_per_quarter():
	families = [
		{
			"name": "a",
			"aanmelddatum": date(2026, 1, 1),
			"besluitdatum": date(2026, 1, 10),
			"verwijzer_geinformeerd_op": date(2026, 1, 15),  # 14 days: on time
			"wachtlijst_datum": date(2026, 1, 15),
			"intakedatum": date(2026, 4, 9),  # 84 days: on time
			"startdatum": date(2026, 4, 20),
			"afsluitdatum": date(2027, 4, 21),
		},  # 366 days: too long
		{
			"name": "b",
			"aanmelddatum": date(2026, 2, 1),
			"besluitdatum": date(2026, 2, 10),  # decided in time, but ...
			"verwijzer_geinformeerd_op": date(2026, 2, 16),  # ... the referrer heard after 15 days: late
			"wachtlijst_datum": date(2026, 2, 16),
			"intakedatum": date(2026, 5, 12),  # 85 days: late
			"startdatum": date(2026, 5, 20),
			"afsluitdatum": date(2027, 5, 20),
		},  # 365 days: on time
	]
	quarters = {q.kwartaal: q for q in kpi.bereken(families, {"a": 4, "b": 2})}
	assert quarters["2026-K1"].pct_verwijzer_op_tijd == 50.0
	assert quarters["2026-K2"].pct_start_binnen_12_weken == 50.0
	assert quarters["2027-K2"].pct_afgesloten_binnen_12_maanden == 50.0
	assert quarters["2027-K2"].gem_overleggen_per_gezin == 3.0
	assert quarters["2027-K2"].gem_trajectduur_dagen == 366
	assert quarters["2026-K1"].pct_afgesloten_binnen_12_maanden is None


def test_the_two_weeks_follow_informing_the_referrer_not_the_decision():
	"""Seed 001: the referrer is told within two weeks; a quick decision without a letter is late."""
	decided_quickly = {
		"name": "c",
		"aanmelddatum": date(2026, 1, 1),
		"besluitdatum": date(2026, 1, 5),
		"verwijzer_geinformeerd_op": date(2026, 1, 20),
	}
	not_decided_but_informed = {
		"name": "d",
		"aanmelddatum": date(2026, 1, 1),
		"verwijzer_geinformeerd_op": date(2026, 1, 10),
	}
	(quarter,) = kpi.bereken([decided_quickly, not_decided_but_informed], {})
	assert (quarter.terugkoppelingen, quarter.terugkoppelingen_op_tijd) == (2, 1)


def test_a_referrer_never_informed_counts_as_late_once_the_term_ended():
	waiting = {"name": "e", "aanmelddatum": date(2026, 3, 25), "besluitdatum": date(2026, 3, 30)}
	assert kpi.bereken([waiting], {}, peildatum=date(2026, 4, 8)) == []  # term ends on 8 April
	(quarter,) = kpi.bereken([waiting], {}, peildatum=date(2026, 4, 9))
	assert quarter.kwartaal == "2026-K2"
	assert (quarter.terugkoppelingen, quarter.terugkoppelingen_op_tijd) == (1, 0)
	assert quarter.pct_verwijzer_op_tijd == 0.0


def test_the_parents_judgement_per_quarter_of_closure():
	def closed(name, oordeel, afgesloten):
		return {
			"name": name,
			"aanmelddatum": date(2025, 1, 1),
			"startdatum": date(2025, 3, 1),
			"afsluitdatum": afgesloten,
			"oordeel_ouders": oordeel,
		}

	families = [
		closed("a", "Tevreden", date(2026, 1, 10)),
		closed("b", "Deels tevreden", date(2026, 2, 10)),
		closed("c", None, date(2026, 3, 10)),  # not recorded: not counted
		closed("d", "Tevreden", date(2026, 4, 10)),
	]
	per_doel = {"a": ["Ja", "Ja", "Deels"], "b": ["Nee", None], "d": ["Ja"]}
	quarters = {q.kwartaal: q for q in kpi.bereken(families, {}, doeloordelen=per_doel)}
	k1 = quarters["2026-K1"]
	assert (k1.oordelen, k1.tevreden, k1.pct_ouders_tevreden) == (2, 1, 50.0)
	assert (k1.doelen_geoordeeld, k1.pct_doelen_bereikt, k1.pct_doelen_deels) == (4, 50.0, 25.0)
	assert quarters["2026-K2"].pct_doelen_bereikt == 100.0
	assert kpi.bereken([closed("e", None, date(2026, 5, 1))], {})[0].pct_ouders_tevreden is None
