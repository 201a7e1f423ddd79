"""Who receives the minutes, and when a family is overdue for a meeting."""

from datetime import date

from basiszorg.domain import overleg as o


def participant(soort, naam, aanwezigheid="Aanwezig", email=None, hulpverlener=None):
	return {
		"soort": soort,
		"naam": naam,
		"email": email,
		"aanwezigheid": aanwezigheid,
		"hulpverlener": hulpverlener,
	}


def by_name(lijst):
	return {ontvanger.naam: ontvanger for ontvanger in lijst}


def test_parents_receive_when_they_have_an_address():
	lijst = by_name(
		o.verzendlijst([participant("Ouder", "Sanne", email="s@x.nl"), participant("Ouder", "Piet")], [], {})
	)
	assert lijst["Sanne"].ontvangt
	assert not lijst["Piet"].ontvangt and lijst["Piet"].reden == "geen e-mailadres"


def test_present_professional_needs_a_consent_for_meetings_or_minutes():
	deelnemers = [
		participant("Hulpverlener", "A", email="a@x.nl", hulpverlener="HV-A"),
		participant("Hulpverlener", "B", email="b@x.nl", hulpverlener="HV-B"),
		participant("Hulpverlener", "C", email="c@x.nl", hulpverlener="HV-C"),
	]
	lijst = by_name(o.verzendlijst(deelnemers, [], {"HV-A": {"overleg"}, "HV-B": {"gezinsgegevens"}}))
	assert lijst["A"].ontvangt
	assert not lijst["B"].ontvangt and "dekt" in lijst["B"].reden
	assert not lijst["C"].ontvangt and "geen geldige toestemming" in lijst["C"].reden


def test_absent_professional_only_with_consent_for_the_minutes():
	deelnemers = [
		participant("Hulpverlener", "A", "Afgemeld", email="a@x.nl", hulpverlener="HV-A"),
		participant("Hulpverlener", "B", "Afwezig", email="b@x.nl", hulpverlener="HV-B"),
	]
	lijst = by_name(o.verzendlijst(deelnemers, [], {"HV-A": {"verslag_email"}, "HV-B": {"overleg"}}))
	assert lijst["A"].ontvangt
	assert not lijst["B"].ontvangt


def test_huisarts_and_jgz_by_default_with_consent_and_the_setting():
	betrokkenen = [
		{
			"hulpverlener": "HV-GP",
			"hulpverlener_naam": "Huisarts",
			"email": "gp@x.nl",
			"organisatietype": "Huisartsenpraktijk",
		},
		{"hulpverlener": "HV-JGZ", "hulpverlener_naam": "JGZ", "email": "jgz@x.nl", "organisatietype": "JGZ"},
		{
			"hulpverlener": "HV-W",
			"hulpverlener_naam": "Wijkteam",
			"email": "w@x.nl",
			"organisatietype": "Wijkteam",
		},
	]
	scopes = {"HV-GP": {"verslag_email"}, "HV-W": {"verslag_email"}}
	lijst = by_name(o.verzendlijst([], betrokkenen, scopes))
	assert lijst["Huisarts"].ontvangt
	assert not lijst["JGZ"].ontvangt  # no consent: never, default or not
	assert "Wijkteam" not in lijst  # not a participant and not a default receiver
	assert by_name(o.verzendlijst([], betrokkenen, scopes, huisarts_jgz_standaard=False)) == {}


def test_others_receive_only_when_present():
	deelnemers = [
		participant("Anders", "Oma", email="oma@x.nl"),
		participant("Anders", "Buur", "Afwezig", email="b@x.nl"),
	]
	lijst = by_name(o.verzendlijst(deelnemers, [], {}))
	assert lijst["Oma"].ontvangt and not lijst["Buur"].ontvangt


def test_receivers_are_listed_first():
	deelnemers = [participant("Anders", "Zonder"), participant("Ouder", "Met", email="m@x.nl")]
	assert [r.naam for r in o.verzendlijst(deelnemers, [], {})] == ["Met", "Zonder"]


def test_next_meeting_and_overdue_signal():
	assert o.volgende_overlegdatum(date(2026, 11, 30), 3) == date(2027, 2, 28)
	today = date(2026, 11, 22)
	assert o.overleg_achterstallig(None, None, today, 3)
	assert not o.overleg_achterstallig(date(2026, 9, 1), None, today, 3)
	assert o.overleg_achterstallig(date(2026, 8, 21), None, today, 3)
	assert not o.overleg_achterstallig(date(2026, 1, 1), date(2026, 12, 1), today, 3)  # one is planned
	assert o.overleg_achterstallig(
		date(2026, 1, 1), date(2026, 11, 1), today, 3
	)  # the planned one lies in the past


def test_without_any_meeting_the_months_count_from_the_intake():
	today = date(2026, 11, 22)
	assert not o.overleg_achterstallig(None, None, today, 3, sinds=date(2026, 9, 1))
	assert o.overleg_achterstallig(None, None, today, 3, sinds=date(2026, 8, 21))
	# a held meeting counts from itself, not from the intake
	assert not o.overleg_achterstallig(date(2026, 10, 1), None, today, 3, sinds=date(2025, 1, 1))


def test_only_meetings_with_the_family_count():
	assert o.VOORBESPREKING not in o.MET_GEZIN
	assert set(o.MET_GEZIN) == {o.GEZINSOVERLEG, o.EVALUATIE, o.AFSLUITEND}


def test_minutes_dialog_warns_when_no_huisarts_or_jgz_is_involved():
	huisarts = {"organisatietype": "Huisartsenpraktijk"}
	jgz = {"organisatietype": "JGZ"}
	assert o.standaardkopie_ontbreekt([huisarts, jgz]) == []
	(alleen,) = o.standaardkopie_ontbreekt([huisarts, {"organisatietype": "GGZ"}])
	assert alleen.tekst() == (
		"Er is geen JGZ bij het gezin betrokken: de standaardkopie voor de JGZ gaat naar niemand."
	)
	assert len(o.standaardkopie_ontbreekt([])) == 2
	assert o.standaardkopie_ontbreekt([], huisarts_jgz_standaard=False) == []


def test_sending_status_per_receiver_follows_the_mail_server():
	assert o.verzendstatus("Not Sent", "Not Sent", 0) == o.IN_WACHTRIJ
	assert o.verzendstatus("Sending", "Not Sent", 0) == o.IN_WACHTRIJ
	assert o.verzendstatus("Not Sent", "Not Sent", 1) == o.MISLUKT, "refused once: not delivered"
	assert o.verzendstatus("Error", "Not Sent", 3) == o.MISLUKT
	assert o.verzendstatus("Sent", "Sent", 0) == o.AFGELEVERD
	assert o.verzendstatus("Partially Sent", "Sent", 1) == o.AFGELEVERD
	assert o.verzendstatus(None, None, 0) is None, "queue entry gone: keep what is known"


def test_the_minutes_show_the_next_version_until_they_are_sent():
	assert o.getoonde_versie(None, o.VERSLAG_CONCEPT) == 1
	assert o.getoonde_versie(2, o.VERSLAG_CONCEPT) == 3
	assert o.getoonde_versie(2, o.VERSLAG_VERZONDEN) == 2
	assert o.getoonde_versie(0, o.GEHOUDEN) == 1


def test_minutes_only_by_post_when_nobody_receives_an_email():
	post = [{"soort": o.OUDER, "naam": "Piet"}]
	lijst = o.verzendlijst([*post, {"soort": o.ANDERS, "naam": "Oma"}], [], {})
	assert o.alleen_per_post(lijst, post)
	assert not o.alleen_per_post(lijst, [])
	met_email = o.verzendlijst([*post, {"soort": o.OUDER, "naam": "Sanne", "email": "s@x.nl"}], [], {})
	assert not o.alleen_per_post(met_email, post)


def test_sending_nothing_by_email_points_to_the_letter():
	assert "per post" in o.niemand_per_email([{"naam": "Piet"}]).tekst()
	assert o.niemand_per_email([]).code == "niemand"
