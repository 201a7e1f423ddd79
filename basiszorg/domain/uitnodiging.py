"""Who is invited to a planned meeting, and how (seed 004: "organiseer geregeld overleg tussen
professionals en gezin en bereid het gezin hierop voor").

- A parent with an e-mail address gets the invitation by e-mail; without one, as a letter by post
  (the paper route: the coordinator prints it and records that it went by post).
- A professional is invited only with an active consent that covers meetings (scope ``overleg``)
  for this family today, whoever put them on the list; e-mail only.
- Anyone else (an invited member of the family's network) by e-mail, when there is an address.

The same paper route serves the minutes: parents without e-mail receive them as a letter.
"""

from dataclasses import dataclass

from .messages import _
from .overleg import ANDERS, HULPVERLENER, OUDER
from .toestemming import OVERLEG

PER_EMAIL = "E-mail"
PER_POST = "Post"
UITNODIGING = "Uitnodiging"
VERSLAG = "Verslag"


@dataclass(frozen=True)
class Genodigde:
	naam: str
	email: str | None
	soort: str
	hulpverlener: str | None
	via: str | None  # PER_EMAIL, PER_POST, or None: not invited
	reden: str


def uitnodigingslijst(deelnemers, toestemming_scopes: dict) -> list[Genodigde]:
	"""Per participant row (soort, naam, email, hulpverlener): how they are invited and why.
	``toestemming_scopes``: hulpverlener -> set of scopes consented today."""
	lijst = []
	for row in deelnemers:
		soort, naam, email = row.get("soort"), row.get("naam") or "", row.get("email")
		hulpverlener = row.get("hulpverlener") if soort == HULPVERLENER else None
		if soort == OUDER:
			via, reden = (
				(PER_EMAIL, _("ouder")) if email else (PER_POST, _("ouder zonder e-mailadres: per post"))
			)
		elif soort == HULPVERLENER:
			if OVERLEG not in toestemming_scopes.get(hulpverlener, set()):
				via, reden = None, _("geen toestemming van de ouders voor overleggen")
			elif not email:
				via, reden = None, _("geen e-mailadres")
			else:
				via, reden = PER_EMAIL, _("met toestemming voor overleggen")
		else:
			soort = ANDERS
			via, reden = (PER_EMAIL, _("genodigde")) if email else (None, _("geen e-mailadres"))
		lijst.append(Genodigde(naam, email if via == PER_EMAIL else None, soort, hulpverlener, via, reden))
	return lijst


def per_post(deelnemers) -> list:
	"""Parents without an e-mail address: they get the invitation and the minutes as a letter."""
	return [row for row in deelnemers if row.get("soort") == OUDER and not row.get("email")]
