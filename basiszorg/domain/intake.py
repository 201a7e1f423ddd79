"""Intake: the steps from the family's turn on the waitlist to the start of the traject.

Seed 001 ("Werkwijze Bkk"): when a family's turn comes, the coordinator contacts the referrer about
recent developments, plans a first home visit with the parents (optionally with the referrer),
contacts the professionals already involved after the parents' written consent, and organises a
meeting with the parents and all professionals (optionally after a voorbespreking with the
professionals only).

The steps are data, not code: the bureau keeps its list in Basiszorg Instellingen (the defaults
below are stored on install) and every family entering Intake gets a copy, on which each step is
dated and signed by who did it. A step can be marked as needed to start the traject, and a step
can be ticked off by the system when the meeting it stands for is planned.

``Intake → Actief`` needs the first meeting with the family planned (a voorbespreking alone is not
enough) and every step marked as needed done. The parents' written consent is checked against the
consents themselves (Toestemming), not against a step.
"""

from .messages import Bevinding, _

# what ticks a step off by itself (the step's "koppeling")
KOPPELING_VOORBESPREKING = "Voorbespreking gepland"
KOPPELING_OVERLEG = "Overleg met het gezin gepland"
KOPPELINGEN = (KOPPELING_VOORBESPREKING, KOPPELING_OVERLEG)

STANDAARD_STAPPEN = (
	{
		"stap": _("Contact met de verwijzer over recente ontwikkelingen"),
		"toelichting": _("Wat is er veranderd sinds de aanmelding?"),
	},
	{
		"stap": _("Eerste huisbezoek bij de ouders"),
		"toelichting": _("Eventueel samen met de verwijzer."),
	},
	{
		"stap": _("Schriftelijke toestemming van de ouders"),
		"toelichting": _("Voor wie en voor welke onderdelen; jongeren vanaf 12 jaar tekenen mee."),
	},
	{
		"stap": _("Contact met de betrokken hulpverleners"),
		"toelichting": _("Pas na de schriftelijke toestemming van de ouders."),
	},
	{
		"stap": _("Voorbespreking met de hulpverleners (niet verplicht)"),
		"koppeling": KOPPELING_VOORBESPREKING,
	},
	{
		"stap": _("Eerste gezinsoverleg gepland"),
		"toelichting": _("Met de ouders en alle hulpverleners."),
		"koppeling": KOPPELING_OVERLEG,
	},
)


def gedaan(stap) -> bool:
	return bool(stap.get("gedaan_op"))


def voortgang(stappen) -> tuple[int, int]:
	"""(steps done, steps in total)."""
	return sum(1 for s in stappen if gedaan(s)), len(stappen)


def volgende_stap(stappen):
	"""The first step not done yet (in the bureau's order), or None."""
	return next((s for s in stappen if not gedaan(s)), None)


def af_te_vinken(stappen, koppeling: str) -> list:
	"""Open steps that the planned meeting of kind ``koppeling`` ticks off."""
	return [s for s in stappen if s.get("koppeling") == koppeling and not gedaan(s)]


def ontbrekend_voor_start(stappen, overleggen_met_gezin: int) -> list[Bevinding]:
	"""What still blocks ``Intake → Actief``: the first meeting with the family planned (any state;
	a voorbespreking does not count) and the steps marked as needed to start."""
	bevindingen = []
	if not overleggen_met_gezin:
		bevindingen.append(
			Bevinding(
				"eerste_overleg",
				_(
					"Plan eerst het eerste overleg met de ouders en de hulpverleners; "
					"een voorbespreking alleen is niet genoeg."
				),
			)
		)
	for stap in stappen:
		if stap.get("nodig_voor_start") and not gedaan(stap):
			bevindingen.append(
				Bevinding(
					"intakestap",
					_("De intakestap '{stap}' is nog niet gedaan."),
					{"stap": stap.get("stap")},
				)
			)
	return bevindingen
