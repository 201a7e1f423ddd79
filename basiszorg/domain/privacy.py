"""Privacy lifecycle rules: retention after closure, request deadlines, no markup in plain text.

Retention: the bureau keeps a closed family's file for a configurable number of years after
closure (default 20, following the Jeugdwet art. 7.3.8 term for youth-care files; a bureau that
is not a youth-care provider sets its own term with its data protection officer). A request
under the AVG (GDPR art. 12) is answered within one month of receipt.
"""

import re
from datetime import date

from .dates import plus_maanden
from .messages import Bevinding, _

# the states of a retention run (Basiszorg Opschoning)
VOORGESTELD = "Voorgesteld"
BEVESTIGD = "Bevestigd"
UITGEVOERD = "Uitgevoerd"
GEANNULEERD = "Geannuleerd"
LOPENDE_OPSCHONING = (VOORGESTELD, BEVESTIGD)

TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|javascript\s*:|on[a-z]+\s*=", re.IGNORECASE)


def einde_bewaartermijn(afsluitdatum: date, jaren: int) -> date:
	return plus_maanden(afsluitdatum, 12 * jaren)


def bewaartermijn_verstreken(afsluitdatum: date | None, jaren: int, peildatum: date) -> bool:
	return afsluitdatum is not None and einde_bewaartermijn(afsluitdatum, jaren) < peildatum


def avg_termijn(ontvangen_op: date) -> date:
	return plus_maanden(ontvangen_op, 1)


def opmaak_in(velden: dict) -> list[Bevinding]:
	"""Findings for plain-text fields that contain HTML tags or script."""
	return [
		Bevinding("opmaak", _("Het veld {veld} bevat HTML of script; gebruik gewone tekst."), {"veld": label})
		for label, waarde in velden.items()
		if isinstance(waarde, str) and TAG.search(waarde)
	]
