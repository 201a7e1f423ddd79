"""Care plan rules: open goals carry over, goal history, adoption and closure checks."""

from basiszorg.domain import zorgplan as z


def test_open_goals_and_agreements():
	doelen = [{"status": s} for s in ("Open", "Bezig", "Bereikt", "Gestopt")]
	assert len(z.open_doelen(doelen)) == 2
	assert len(z.open_afspraken([{"status": s} for s in ("Open", "Loopt", "Gedaan", "Vervallen")])) == 2


def test_changed_goals_are_found_by_id():
	oud = [{"doel_id": "a", "status": "Open", "evaluatie": None}, {"doel_id": "b", "status": "Open"}]
	nieuw = [
		{"doel_id": "a", "status": "Bezig", "evaluatie": ""},
		{"doel_id": "b", "status": "Open", "evaluatie": ""},
		{"doel_id": "c", "status": "Open"},
	]
	assert [d["doel_id"] for d in z.gewijzigde_doelen(oud, nieuw)] == ["a"]
	nieuw[1]["evaluatie"] = "Gaat goed"
	assert [d["doel_id"] for d in z.gewijzigde_doelen(oud, nieuw)] == ["a", "b"]


def test_adoption_needs_parents_agreement_and_a_goal():
	codes = {b.code for b in z.controleer_vaststellen({"doelen": []})}
	assert codes == {"akkoord", "doelen"}
	assert z.controleer_vaststellen({"akkoord_ouders_op": "2026-11-01", "doelen": [{"doel": "x"}]}) == []


def test_closure_with_open_agreements_needs_a_reason():
	assert {b.code for b in z.controleer_afsluiting(2, "", "Doelen bereikt", None)} == {"open_afspraken"}
	assert z.controleer_afsluiting(2, "Afspraken lopen via wijkteam", "Doelen bereikt", None) == []
	assert z.controleer_afsluiting(0, None, "Doelen bereikt", None) == []
	assert {b.code for b in z.controleer_afsluiting(0, None, "Overgedragen aan andere zorg", None)} == {
		"overdracht"
	}


# --- signaleringsplan ----------------------------------------------------------------------------


def test_a_signaleringsplan_says_per_sign_who_does_what_and_who_looks_after_the_children():
	from basiszorg.domain.zorgplan import controleer_signaleringsplan

	teken = {"signaal": "Moeder slaapt slecht", "wat_te_doen": "Oma haalt de kinderen op", "wie": "oma"}
	assert controleer_signaleringsplan([teken], "Oma Jansen") == []
	assert controleer_signaleringsplan([], None) == []
	codes = [b.code for b in controleer_signaleringsplan([{**teken, "wie": " "}], None)]
	assert codes == ["signaal_zonder_actie", "opvang_kinderen"]
