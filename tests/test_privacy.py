from datetime import date

from basiszorg.domain import privacy as p


def test_retention_ends_after_the_configured_years():
	assert p.einde_bewaartermijn(date(2006, 2, 28), 20) == date(2026, 2, 28)
	assert not p.bewaartermijn_verstreken(date(2006, 11, 22), 20, date(2026, 11, 22))
	assert p.bewaartermijn_verstreken(date(2006, 11, 21), 20, date(2026, 11, 22))
	assert not p.bewaartermijn_verstreken(None, 20, date(2026, 11, 22))


def test_request_deadline_is_one_month():
	assert p.avg_termijn(date(2026, 1, 31)) == date(2026, 2, 28)


def test_markup_is_found_in_plain_text():
	found = p.opmaak_in(
		{
			"Naam": "<script>alert(1)</script>",
			"Adres": "Dorpsstraat 1",
			"Reden": "<b>vet</b>",
			"Link": "javascript:alert(1)",
			"Img": "x onerror=alert(1)",
			"Getal": 3,
		}
	)
	assert [f.waarden["veld"] for f in found] == ["Naam", "Reden", "Link", "Img"]
	assert p.opmaak_in({"Tekst": "Moeder < 25 jaar en vader > 30"}) == []
