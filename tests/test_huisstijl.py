"""The bureau on Mijn gezin: its name, logo and contact details as Website Settings values."""

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain.portaal import controleer_bureaunaam, huisstijl


def test_the_bureau_takes_frappes_place_top_left_and_at_the_bottom():
	values = huisstijl(
		"Bureau Basiszorg Zuid", None, "010 123 45 67", "info@bbz.example", "Straat 1\n3000 AA Stad"
	)
	assert values["brand_html"] == "Bureau Basiszorg Zuid"
	assert values["copyright"] == "Bureau Basiszorg Zuid"
	assert values["address"] == "Straat 1<br>3000 AA Stad"
	assert (
		values["footer_powered"] == '010 123 45 67 · <a href="mailto:info@bbz.example">info@bbz.example</a>'
	)


def test_the_logo_stands_before_the_name():
	brand = huisstijl("BBZ", "/files/logo.png", None, None, None)["brand_html"]
	assert brand.startswith('<img src="/files/logo.png"') and brand.endswith(">BBZ")


def test_without_contact_details_the_name_replaces_built_on_frappe():
	assert huisstijl("BBZ", None, None, None, None)["footer_powered"] == "BBZ"


@given(st.text(), st.text(), st.text())
def test_what_the_administrator_types_is_never_html(naam, telefoon, adres):
	values = huisstijl(naam, None, telefoon, None, adres)
	for key in ("brand_html", "copyright", "address"):
		assert "<script" not in values[key].lower()
	assert "<" not in values["brand_html"] and "<" not in values["copyright"]
	assert "<" not in values["address"].replace("<br>", "")


def test_the_bureaus_name_is_plain_text():
	assert controleer_bureaunaam("Bureau Basiszorg Zuid") == []
	assert controleer_bureaunaam(None) == []
	assert [b.code for b in controleer_bureaunaam("<img src=x onerror=alert(1)>")] == ["bureaunaam"]
