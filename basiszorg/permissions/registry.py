"""Which doctypes hold family data, and how each one points at its Gezin."""

from basiszorg.domain.toestemming import GEZINSGEGEVENS, OVERLEG, ZORGPLAN

# doctype -> (column that holds the Gezin name, scope a professional needs to read it)
PROTECTED: dict[str, tuple[str, str]] = {
	"Gezin": ("name", GEZINSGEGEVENS),
	"Gezinslid": ("parent", GEZINSGEGEVENS),
	"Gezin Betrokkene": ("parent", GEZINSGEGEVENS),
	"Toestemming": ("gezin", GEZINSGEGEVENS),
	"Basiszorg Inzagelog": ("gezin", None),
	"Overleg": ("gezin", OVERLEG),
	"Zorgplan": ("gezin", ZORGPLAN),
	"AVG Verzoek": ("gezin", None),
}

# child doctype -> protected parent doctype whose rules it follows (its ``parent`` column names that record)
CHILDREN: dict[str, str] = {
	"Overleg Deelnemer": "Overleg",
	"Overleg Levensgebied": "Overleg",
	"Overleg Afspraak": "Overleg",
	"Overleg Ontvanger": "Overleg",
	"Overleg Doelevaluatie": "Overleg",
	"Zorgplan Doel": "Zorgplan",
	"Zorgplan Doelhistorie": "Zorgplan",
	"Zorgplan Afspraak": "Zorgplan",
}

# Professionals never read these, whatever their consent covers.
COORDINATOR_ONLY = {"Basiszorg Inzagelog", "AVG Verzoek"}

COMMISSIE_STATES = ("Aangemeld", "In commissie", "Wachtlijst", "Afgewezen")


def is_protected(doctype: str | None) -> bool:
	return doctype in PROTECTED or doctype in CHILDREN


def protected_doctypes() -> list[str]:
	return [*PROTECTED, *CHILDREN]


def gezin_column(doctype: str) -> str:
	return PROTECTED[doctype][0]


def scope_for(doctype: str) -> str | None:
	return PROTECTED[doctype][1]
