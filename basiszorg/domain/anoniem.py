"""Anonymous consultations (advies en overleg) must not hold personal data of a family."""

import re

from .bsn import is_geldig_bsn
from .messages import Bevinding, _

# nine digits, optionally grouped by single spaces, dots or dashes (111222333, 111 222 333, 1112.22.333)
NEGEN_CIJFERS = re.compile(r"(?<![\d.-])(\d(?:[ .-]?\d){8})(?![\d])")
DATUM = re.compile(
	r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?!\d)"  # 03-04-2019
	r"|(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"  # 2019-04-03
)
POSTCODE = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{3} ?[A-Z]{2}(?![A-Za-z])")


def persoonsgegevens_in(tekst: str) -> list[Bevinding]:
	"""Findings for what looks like a BSN, a date (of birth) or a postcode in ``tekst``."""
	tekst = tekst or ""
	bevindingen = []
	if any(is_geldig_bsn(m.group(1)) for m in NEGEN_CIJFERS.finditer(tekst)):
		bevindingen.append(Bevinding("anoniem_bsn", _("De tekst lijkt een BSN te bevatten.")))
	if DATUM.search(tekst):
		bevindingen.append(Bevinding("anoniem_datum", _("De tekst lijkt een (geboorte)datum te bevatten.")))
	if POSTCODE.search(tekst):
		bevindingen.append(Bevinding("anoniem_postcode", _("De tekst lijkt een postcode te bevatten.")))
	return bevindingen
