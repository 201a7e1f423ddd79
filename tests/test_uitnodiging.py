"""Invitations to a planned meeting: only those allowed by consent, parents without e-mail by post;
and the calendar file that goes with them."""

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import agenda
from basiszorg.domain import uitnodiging as u
from basiszorg.domain.overleg import ANDERS, HULPVERLENER, OUDER
from basiszorg.domain.toestemming import GEZINSGEGEVENS, OVERLEG, VERSLAG_EMAIL


def row(soort, naam, email=None, hulpverlener=None):
	return {"soort": soort, "naam": naam, "email": email, "hulpverlener": hulpverlener}


def via(lijst):
	return {g.naam: g.via for g in lijst}


def test_only_professionals_with_consent_for_meetings_are_invited():
	deelnemers = [
		row(HULPVERLENER, "Met overleg", "a@x.nl", "HV-1"),
		row(HULPVERLENER, "Alleen verslag", "b@x.nl", "HV-2"),
		row(HULPVERLENER, "Geen toestemming", "c@x.nl", "HV-3"),
		row(HULPVERLENER, "Zonder adres", None, "HV-4"),
	]
	scopes = {"HV-1": {OVERLEG}, "HV-2": {VERSLAG_EMAIL, GEZINSGEGEVENS}, "HV-4": {OVERLEG}}
	assert via(u.uitnodigingslijst(deelnemers, scopes)) == {
		"Met overleg": u.PER_EMAIL,
		"Alleen verslag": None,
		"Geen toestemming": None,
		"Zonder adres": None,
	}


def test_parents_without_email_are_invited_by_post():
	lijst = u.uitnodigingslijst([row(OUDER, "Sanne", "s@x.nl"), row(OUDER, "Piet")], {})
	assert via(lijst) == {"Sanne": u.PER_EMAIL, "Piet": u.PER_POST}
	assert lijst[1].email is None and "post" in lijst[1].reden
	assert [r["naam"] for r in u.per_post([row(OUDER, "Sanne", "s@x.nl"), row(OUDER, "Piet")])] == ["Piet"]


def test_others_only_with_an_address():
	assert via(u.uitnodigingslijst([row(ANDERS, "Oma", "oma@x.nl"), row(ANDERS, "Buurman")], {})) == {
		"Oma": u.PER_EMAIL,
		"Buurman": None,
	}


scopes = st.sets(st.sampled_from([OVERLEG, VERSLAG_EMAIL, GEZINSGEGEVENS]))
participant = st.fixed_dictionaries(
	{
		"soort": st.sampled_from([OUDER, HULPVERLENER, ANDERS, "", None]),
		"naam": st.text(max_size=5),
		"email": st.one_of(st.none(), st.just(""), st.just("x@y.nl")),
		"hulpverlener": st.sampled_from(["HV-1", "HV-2", None]),
	}
)


@given(st.lists(participant, max_size=8), st.dictionaries(st.sampled_from(["HV-1", "HV-2"]), scopes))
def test_no_professional_is_ever_invited_without_consent_for_meetings(deelnemers, toestemming):
	for genodigde in u.uitnodigingslijst(deelnemers, toestemming):
		if genodigde.soort == HULPVERLENER and genodigde.via:
			assert OVERLEG in toestemming.get(genodigde.hulpverlener, set())
		if genodigde.via == u.PER_POST:
			assert genodigde.soort == OUDER
		if genodigde.via == u.PER_EMAIL:
			assert genodigde.email


# --- the calendar file ---------------------------------------------------------------------------


def event(**velden):
	values = {
		"uid": "OV-2026-00001@basiszorg",
		"begin_utc": datetime(2026, 3, 16, 9, 30),
		"einde_utc": datetime(2026, 3, 16, 11, 0),
		"samenvatting": "Gezinsoverleg (OV-2026-00001)",
		"gemaakt_op_utc": datetime(2026, 3, 1, 12, 0),
	}
	values.update(velden)
	return agenda.ics(**values)


def test_an_event_in_utc_with_crlf_lines():
	text = event(locatie="Wijkcentrum; zaal 2, Leiden")
	assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
	assert "DTSTART:20260316T093000Z\r\n" in text and "DTEND:20260316T110000Z\r\n" in text
	assert "LOCATION:Wijkcentrum\\; zaal 2\\, Leiden\r\n" in text
	assert "METHOD:PUBLISH" in text and "UID:OV-2026-00001@basiszorg" in text


def test_long_lines_are_folded_at_75_octets():
	text = event(beschrijving="é" * 100 + "\nTweede regel")
	for line in text.split("\r\n"):
		assert len(line.encode()) <= 75
	assert "DESCRIPTION:" + "é" * 100 + "\\nTweede regel" in agenda.ontvouw(text)


@given(st.text(max_size=300))
def test_any_text_survives_escaping_and_folding(waarde):
	text = event(beschrijving=waarde or None)
	assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
	unfolded = agenda.ontvouw(text)
	if waarde:
		line = next(r for r in unfolded.split("\r\n") if r.startswith("DESCRIPTION:"))
		assert line == "DESCRIPTION:" + agenda.tekst(waarde)
		assert not any(c != "\t" and ord(c) < 32 for c in line)
