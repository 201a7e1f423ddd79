"""Help requests: the dates in order, a refusal says why, the waiting counted, and the figures of
*Wachten bij partners*."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import hulpaanvraag as h

VANDAAG = date(2026, 12, 1)


def aanvraag(**over) -> dict:
	return {"status": h.AANGEVRAAGD, "aangevraagd_op": date(2026, 10, 1), **over}


def codes(bevindingen) -> set[str]:
	return {b.code for b in bevindingen}


def test_a_fresh_request_has_no_findings():
	assert h.fouten(aanvraag(), VANDAAG) == []


def test_a_start_before_the_request_is_refused():
	found = codes(h.fouten(aanvraag(status=h.GESTART, gestart_op=date(2026, 9, 30)), VANDAAG))
	assert "gestart_op_voor_aanvraag" in found


def test_a_refusal_needs_a_reason_and_other_needs_words():
	assert "weigerreden" in codes(h.fouten(aanvraag(status=h.GEWEIGERD, geweigerd_op=date(2026, 11, 1)), VANDAAG))
	assert "weiger_toelichting" in codes(
		h.fouten(aanvraag(status=h.GEWEIGERD, geweigerd_op=date(2026, 11, 1), weigerreden=h.ANDERS), VANDAAG)
	)
	assert h.fouten(aanvraag(status=h.GEWEIGERD, geweigerd_op=date(2026, 11, 1), weigerreden=h.WEIGERREDENEN[0]), VANDAAG) == []


def test_the_state_reached_needs_its_date_and_no_date_lies_ahead():
	assert "gestart_op_nodig" in codes(h.fouten(aanvraag(status=h.GESTART), VANDAAG))
	assert "wachtlijst_op" in codes(h.fouten(aanvraag(status=h.WACHTLIJST, wachtlijst_op=VANDAAG + timedelta(days=1)), VANDAAG))


def test_a_warm_handover_says_when():
	assert "overdracht_op" in codes(h.fouten(aanvraag(warme_overdracht=1), VANDAAG))


def test_transitions_follow_the_life_of_a_request():
	assert h.overgang_fouten(None, h.AANGEVRAAGD) == []
	assert h.overgang_fouten(h.AANGEVRAAGD, h.WACHTLIJST) == []
	assert h.overgang_fouten(h.WACHTLIJST, h.GESTART) == []
	assert codes(h.overgang_fouten(h.GESTART, h.WACHTLIJST)) == {"overgang"}
	assert codes(h.overgang_fouten(h.GEWEIGERD, h.GESTART)) == {"overgang"}


dagen = st.integers(0, 400)


@given(dagen, dagen, dagen)
def test_any_dates_in_order_pass_and_a_start_before_the_request_never_does(tot_wachtlijst, tot_start, terug):
	gevraagd = VANDAAG - timedelta(days=tot_wachtlijst + tot_start + 1)
	wachtlijst = gevraagd + timedelta(days=tot_wachtlijst)
	gestart = wachtlijst + timedelta(days=tot_start)
	ok = aanvraag(status=h.GESTART, aangevraagd_op=gevraagd, wachtlijst_op=wachtlijst, gestart_op=gestart)
	assert h.fouten(ok, VANDAAG) == []
	te_vroeg = dict(ok, gestart_op=gevraagd - timedelta(days=terug + 1), wachtlijst_op=None)
	assert "gestart_op_voor_aanvraag" in codes(h.fouten(te_vroeg, VANDAAG))


@given(st.sampled_from(h.STATUSSEN), dagen, st.one_of(st.none(), st.integers(0, 52)), st.integers(1, 200))
def test_only_an_open_request_waits_too_long_and_only_past_its_limit(status, gewacht, weken, norm):
	a = aanvraag(status=status, aangevraagd_op=VANDAAG - timedelta(days=gewacht))
	grens = weken * 7 if weken else norm
	assert h.wacht_te_lang(a, weken, norm, VANDAAG) == (status in h.OPEN and gewacht > grens)


@given(dagen, st.one_of(st.none(), dagen))
def test_waiting_is_never_negative_and_ends_at_the_end(gewacht, na):
	gevraagd = VANDAAG - timedelta(days=gewacht)
	einde = None if na is None else gevraagd + timedelta(days=na)
	n = h.wachtdagen(gevraagd, einde, VANDAAG)
	assert n >= 0
	assert n == (na if einde else gewacht)


aanvragen = st.lists(
	st.fixed_dictionaries(
		{
			"organisatie": st.sampled_from(["Org A", "Org B"]),
			"soort": st.sampled_from(h.SOORTEN_AANBOD[:3]),
			"status": st.sampled_from(h.STATUSSEN),
			"dagen": dagen,
			"reden": st.sampled_from(h.WEIGERREDENEN),
		}
	),
	max_size=40,
)


@given(aanvragen)
def test_the_partners_figures_add_up(rijen):
	data = []
	for r in rijen:
		gevraagd = VANDAAG - timedelta(days=r["dagen"])
		row = {"organisatie": r["organisatie"], "soort": r["soort"], "status": r["status"], "aangevraagd_op": gevraagd}
		if r["status"] == h.GESTART:
			row["gestart_op"] = gevraagd
		if r["status"] == h.GEWEIGERD:
			row.update(geweigerd_op=gevraagd, weigerreden=r["reden"])
		data.append(row)
	regels = h.wachten_bij_partners(data, VANDAAG)
	assert sum(r.aanvragen for r in regels) == len(data)
	assert sum(r.wachten_nu for r in regels) == sum(1 for d in data if d["status"] in h.OPEN)
	for r in regels:
		assert r.wachten_nu <= r.aanvragen
		assert sum(r.redenen.values()) == r.geweigerd
		if r.aandeel_geweigerd is not None:
			assert 0 <= r.aandeel_geweigerd <= 1
		if r.langste_dagen is not None:
			assert r.mediaan_dagen <= r.langste_dagen


def test_an_offer_fits_the_ages_it_is_for():
	assert h.past_bij({"leeftijd_van": 4, "leeftijd_tot": 8}, [2, 6])
	assert not h.past_bij({"leeftijd_van": 4, "leeftijd_tot": 8}, [2, 12])
	assert h.past_bij({}, [40])


def test_the_shipped_workflow_has_the_domains_states_and_transitions():
	import json
	from pathlib import Path

	flow = json.loads((Path(__file__).parents[1] / "basiszorg/workflow/hulpaanvraag.json").read_text())
	assert [s["state"] for s in flow["states"]] == list(h.STATUSSEN)
	pairs = {(t["state"], t["next_state"]) for t in flow["transitions"]}
	assert pairs == {(van, naar) for van, naar_lijst in h.OVERGANGEN.items() for naar in naar_lijst}


def test_an_offer_has_ages_in_order_and_a_waiting_time_given_in_the_past():
	assert h.aanbod_fouten({"leeftijd_van": 4, "leeftijd_tot": 8, "wachttijd_weken": 6, "wachttijd_per": VANDAAG}, VANDAAG) == []
	assert codes(h.aanbod_fouten({"leeftijd_van": 9, "leeftijd_tot": 8}, VANDAAG)) == {"leeftijden"}
	assert codes(h.aanbod_fouten({"wachttijd_weken": -1}, VANDAAG)) == {"wachttijd"}
	assert codes(h.aanbod_fouten({"wachttijd_per": VANDAAG + timedelta(days=1)}, VANDAAG)) == {"wachttijd_per"}


def test_a_referral_goes_only_as_far_as_the_consent_covers():
	nodig = h.nodig_voor_verwijzing(True, "gezinsgegevens", "zorgplan")
	assert nodig == ("gezinsgegevens", "zorgplan")
	assert h.nodig_voor_verwijzing(False, "gezinsgegevens", "zorgplan") == ("gezinsgegevens",)
	assert h.verwijzing_fouten("HV-1", "a@b.nl", {"gezinsgegevens", "zorgplan"}, nodig, None, False) == []
	assert codes(h.verwijzing_fouten(None, None, set(), nodig, None, False)) == {"ontvanger"}
	assert codes(h.verwijzing_fouten("HV-1", "", set(), nodig, None, False)) == {"ontvanger_email"}
	missing = h.verwijzing_fouten("HV-1", "a@b.nl", {"gezinsgegevens"}, nodig, None, False)
	assert codes(missing) == {"toestemming"} and "zorgplan" in missing[0].tekst()
	assert codes(h.verwijzing_fouten("HV-1", "a@b.nl", set(nodig), nodig, "Daan", False)) == {"eigen_deel"}
	assert h.verwijzing_fouten("HV-1", "a@b.nl", set(nodig), nodig, "Daan", True) == []


@given(st.sets(st.sampled_from(["gezinsgegevens", "overleg", "zorgplan"])), st.booleans(), st.booleans(), st.booleans())
def test_a_referral_is_allowed_exactly_when_everything_needed_is_covered(gedekt, plan_mee, voor_kind, kind_gedekt):
	nodig = h.nodig_voor_verwijzing(plan_mee, "gezinsgegevens", "zorgplan")
	found = h.verwijzing_fouten("HV-1", "a@b.nl", gedekt, nodig, "Daan" if voor_kind else None, kind_gedekt)
	assert (found == []) == (set(nodig) <= gedekt and (not voor_kind or kind_gedekt))


@given(dagen, st.one_of(st.none(), st.integers(0, 30)))
def test_a_request_waiting_too_long_is_signalled_once_a_week(gewacht, sinds_herinnering):
	a = aanvraag(
		status=h.WACHTLIJST,
		aangevraagd_op=VANDAAG - timedelta(days=gewacht),
		herinnerd_op=None if sinds_herinnering is None else VANDAAG - timedelta(days=sinds_herinnering),
	)
	signal = h.herinneren(a, None, 42, VANDAAG)
	assert signal == (gewacht > 42 and (sinds_herinnering is None or sinds_herinnering >= h.HERINNER_ELKE_DAGEN))
