"""Eligibility for basiszorgcoördinatie: the five Bkk criteria and the two exclusions.

Source: GGD Hollands Midden, Bkk (seed 001). All criteria must hold; coordination does not
start when Veilig Thuis is needed or when a supervision order (OTS) covers *all* children.
When only some children are under OTS, coordination covers the others and the parents, in
consultation with the guardian.
"""

from dataclasses import dataclass, field
from datetime import date

from .dates import plus_maanden
from .leden import kinderen, kinderen_in_doelgroep, naam, ongeboren, ouders
from .messages import Bevinding, _

BEHANDELING_LOOPT = "Loopt"
BEHANDELING_VERWACHT = "Start verwacht"
BEHANDELING_GEEN = "Geen"
BEHANDELING_OPTIES = (BEHANDELING_LOOPT, BEHANDELING_VERWACHT, BEHANDELING_GEEN)
MAANDEN_TOT_START_BEHANDELING = 3
MIN_INSTANTIES = 2


@dataclass(frozen=True)
class Beoordeling:
	niet_voldaan: tuple[Bevinding, ...] = ()
	uitsluitingen: tuple[Bevinding, ...] = ()
	opmerkingen: tuple[Bevinding, ...] = ()
	kinderen_in_traject: tuple = field(default=(), compare=False)

	@property
	def komt_in_aanmerking(self) -> bool:
		return not self.niet_voldaan and not self.uitsluitingen


def heeft_problematiek(ouder) -> bool:
	return bool(ouder.get("psychiatrie") or ouder.get("verslaving") or ouder.get("lvb"))


def behandeling_binnen_termijn(ouder, peildatum: date) -> bool:
	"""In treatment now, or treatment expected to start within three months of ``peildatum``.

	"Start verwacht" is the coordinator's record that a start is expected within three months (seed
	001: "de verwachting dat deze binnen drie maanden gestart zal worden"); an exact date is often not
	known yet and is not needed. A known date further away than three months does not count."""
	status = ouder.get("behandeling")
	if status == BEHANDELING_LOOPT:
		return True
	start = ouder.get("verwachte_start_behandeling")
	return status == BEHANDELING_VERWACHT and (
		start is None or start <= plus_maanden(peildatum, MAANDEN_TOT_START_BEHANDELING)
	)


def aantal_instanties(betrokkenen) -> int:
	"""Distinct organisations among the involved professionals."""
	return len({b.get("zorgorganisatie") for b in betrokkenen if b.get("zorgorganisatie")})


def _criteria(gezin, leden, betrokkenen, peildatum: date):
	ouders_met_problematiek = [o for o in ouders(leden) if heeft_problematiek(o)]
	if not ouders_met_problematiek:
		yield Bevinding(
			"problematiek_ouder",
			_("Geen ouder met psychiatrische problematiek, verslaving of een verstandelijke beperking."),
		)
	elif not any(behandeling_binnen_termijn(o, peildatum) for o in ouders_met_problematiek):
		yield Bevinding(
			"behandeling",
			_("De ouder is niet in behandeling en de behandeling start niet binnen {maanden} maanden."),
			{"maanden": MAANDEN_TOT_START_BEHANDELING},
		)
	if not gezin.get("zorgen_basiszorg"):
		yield Bevinding(
			"zorgen_basiszorg", _("Er zijn geen zorgen over de basiszorg van de kinderen vastgelegd.")
		)
	if not kinderen_in_doelgroep(leden, peildatum) and not ongeboren(leden):
		yield Bevinding(
			"kinderen", _("Het gezin heeft geen kinderen van 0 tot 19 jaar en geen ongeboren kind.")
		)
	if aantal_instanties(betrokkenen) < MIN_INSTANTIES:
		yield Bevinding(
			"meerdere_instanties",
			_("Er zijn minder dan {aantal} zorginstanties bij het gezin betrokken."),
			{"aantal": MIN_INSTANTIES},
		)
	if not gezin.get("toestemming_aanmelding"):
		yield Bevinding(
			"toestemming", _("De ouders hebben (nog) geen toestemming gegeven voor de aanmelding.")
		)


def _ots(leden, peildatum: date):
	"""(uitsluitingen, opmerkingen, kinderen in traject) for the OTS rule."""
	kinderen = kinderen_in_doelgroep(leden, peildatum)
	onder_ots = [k for k in kinderen if k.get("ots")]
	zonder_ots = [k for k in kinderen if not k.get("ots")]
	if kinderen and not zonder_ots and not ongeboren(leden):
		uitsluiting = Bevinding(
			OTS_ALLE_KINDEREN,
			_("Alle kinderen vallen onder een ondertoezichtstelling (OTS); coördinatie start niet."),
		)
		return (uitsluiting,), (), ()
	if onder_ots:
		opmerking = Bevinding(
			"ots_deel_kinderen",
			_(
				"{kinderen} vallen onder een OTS: de coördinatie geldt voor de andere kinderen en de ouders, "
				"in overleg met de voogd."
			),
			{"kinderen": ", ".join(naam(k) for k in onder_ots)},
		)
		return (), (opmerking,), tuple(zonder_ots)
	return (), (), tuple(kinderen)


def beoordeel(gezin, leden, betrokkenen, peildatum: date) -> Beoordeling:
	"""Check the criteria and exclusions for a family on ``peildatum``."""
	niet_voldaan = tuple(_criteria(gezin, leden, betrokkenen, peildatum))
	uitsluitingen, opmerkingen, in_traject = _ots(leden, peildatum)
	if gezin.get("veilig_thuis_nodig"):
		uitsluitingen = (
			Bevinding("veilig_thuis", _("De situatie vraagt om Veilig Thuis; coördinatie start niet.")),
			*uitsluitingen,
		)
	return Beoordeling(niet_voldaan, uitsluitingen, opmerkingen, in_traject)


# --- partial OTS during the traject ----------------------------------------------------------------

OTS_ALLE_KINDEREN = "ots_alle_kinderen"


def kinderen_buiten_traject(leden) -> list:
	"""Children under a supervision order (OTS): outside the coordination, which covers the other
	children and the parents (in consultation with the gezinsvoogd). Not in the plan's goals, and
	professionals involved only with them do not get the minutes."""
	return [k for k in kinderen(leden) if k.get("ots")]


def overleg_voogd_ontbreekt(leden, overleg_voogd_op) -> list[Bevinding]:
	"""Seed 001: with a partial OTS the coordination starts "in overleg met de voogd": that
	consultation is recorded before the traject starts."""
	onder_ots = kinderen_buiten_traject(leden)
	if not onder_ots or overleg_voogd_op:
		return []
	return [
		Bevinding(
			"overleg_voogd",
			_(
				"{kinderen} vallen onder een OTS: leg eerst vast wanneer je met de gezinsvoogd overlegde "
				"over de coördinatie voor de andere kinderen en de ouders."
			),
			{"kinderen": ", ".join(naam(k) for k in onder_ots)},
		)
	]


def ots_signaal(eerder_uitgesloten: bool, beoordeling: Beoordeling, status: str, lopend) -> Bevinding | None:
	"""An OTS for all children registered while the traject runs (``status`` in ``lopend``): a signal
	to the coordinator, once (not when it was already so before this change)."""
	nu = any(b.code == OTS_ALLE_KINDEREN for b in beoordeling.uitsluitingen)
	if not nu or eerder_uitgesloten or status not in lopend:
		return None
	return Bevinding(
		"ots_alle_kinderen_in_traject",
		_(
			"Alle kinderen vallen nu onder een OTS. Bespreek met de gezinsvoogd of de coördinatie stopt "
			"of wordt overgedragen."
		),
	)
