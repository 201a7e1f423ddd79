"""Is it getting better? Outcomes measured through the traject: at intake (the baseline) and at
every family meeting and evaluation, per goal of the plan how far it is against what was expected
(goal attainment), per child the five elements of basic care, and for the parents their
*draagkracht* against their *draaglast* (seed 002). Scored by the coordinator and by the parents
and youngsters themselves; each score knows who gave it and when. Pure: dates are passed in.

The scales and the elements named here are the shipped defaults; a bureau renames or extends them
in the desk (*Meetschaal*, *Basiszorg Element*), and the rules below take them as arguments."""

import statistics
from dataclasses import dataclass, field
from datetime import date

from basiszorg.domain.kpi import kwartaal
from basiszorg.domain.messages import Bevinding, _
from basiszorg.domain.overleg import AFSLUITEND as AFSLUITEND_OVERLEG
from basiszorg.domain.overleg import EVALUATIE as EVALUATIE_OVERLEG

# when a measurement is taken (the baseline first)
INTAKE, GEZINSOVERLEG, EVALUATIE, AFSLUITING = "Intake", "Gezinsoverleg", "Evaluatie", "Afsluiting"
MOMENTEN = (INTAKE, GEZINSOVERLEG, EVALUATIE, AFSLUITING)
# who scored
COORDINATOR, OUDER, JONGERE = "Coördinator", "Ouder", "Jongere"
DOOR = (COORDINATOR, OUDER, JONGERE)

# the shipped scales: name -> ((value, meaning), ...)
DOELBEREIK = "Doelbereik"
BASISZORG = "Basiszorg"
DRAAGKRACHT = "Draagkracht en draaglast"
STANDAARD_SCHALEN = {
	DOELBEREIK: (
		(-2, "Veel minder dan verwacht"),
		(-1, "Iets minder dan verwacht"),
		(0, "Zoals verwacht"),
		(1, "Iets meer dan verwacht"),
		(2, "Veel meer dan verwacht"),
	),
	BASISZORG: ((1, "Zorgelijk"), (2, "Onvoldoende"), (3, "Wisselend"), (4, "Voldoende"), (5, "Goed")),
	DRAAGKRACHT: tuple((n, str(n)) for n in range(1, 11)),
}
# the five elements of basic care (seed 000), in their order
STANDAARD_ELEMENTEN = (
	"Dagelijkse verzorging",
	"Dag- en nachtritme",
	"Voorzieningen",
	"Naar school",
	"Aandacht",
)
MIN_CEL = 5  # an exported cell of fewer families is suppressed
# the printed minutes of these meetings carry a page with the picture over time
BEELD_IN_VERSLAG = (EVALUATIE_OVERLEG, AFSLUITEND_OVERLEG)


def score_fouten(score, toegestaan, wat: str) -> list[Bevinding]:
	"""A score must be one of the scale's values (or left empty)."""
	if score is None or str(score).strip() == "":
		return []
	tekst = str(score).strip()
	try:
		waarde = None if isinstance(score, bool) else int(tekst)
	except ValueError:
		waarde = None
	if waarde is None or waarde not in toegestaan:
		return [
			Bevinding(
				"score",
				_("{wat}: {score} staat niet op de schaal ({van} tot en met {tot})."),
				{"wat": wat, "score": score, "van": min(toegestaan), "tot": max(toegestaan)},
			)
		]
	return []


def als_score(waarde) -> str | None:
	"""A checked score as stored: its plain number, or None when left empty."""
	if waarde is None or str(waarde).strip() == "":
		return None
	return str(int(str(waarde).strip()))


def getal(waarde: float) -> str:
	"""A figure as a Dutch reader writes it: 2, 3,5."""
	return f"{waarde:g}".replace(".", ",")


def gemiddelde(scores) -> float | None:
	waarden = [s for s in scores if s is not None]
	return round(statistics.fmean(waarden), 2) if waarden else None


@dataclass(frozen=True)
class Meting:
	"""One measurement as the rules see it: when, by whom, and its scores."""

	datum: date
	moment: str
	door: str
	doelen: dict = field(default_factory=dict)  # doel_id -> score
	basiszorg: dict = field(default_factory=dict)  # (child, element) -> score
	draagkracht: int | None = None
	draaglast: int | None = None


def basiszorg_per_kind(meting: Meting) -> dict:
	"""child -> the mean of the elements scored for that child."""
	per_kind: dict = {}
	for (kind, _element), score in meting.basiszorg.items():
		if score is not None:
			per_kind.setdefault(kind, []).append(score)
	return {kind: gemiddelde(scores) for kind, scores in per_kind.items()}


def _van_de_coordinator(metingen: list[Meting]) -> list[Meting]:
	"""The bureau's measure over time is the coordinator's (the family's own runs beside it)."""
	return sorted((m for m in metingen if m.door == COORDINATOR), key=lambda m: m.datum)


def basiszorg_verbeterd(metingen: list[Meting]) -> bool | None:
	"""From the baseline (the first measurement) to the last: the mean basic care over the children
	scored both times went up. None when there is nothing to compare."""
	reeks = [m for m in _van_de_coordinator(metingen) if m.basiszorg]
	if len(reeks) < 2:
		return None
	begin, eind = basiszorg_per_kind(reeks[0]), basiszorg_per_kind(reeks[-1])
	samen = [k for k in begin if k in eind]
	if not samen:
		return None
	return gemiddelde(eind[k] for k in samen) > gemiddelde(begin[k] for k in samen)


def draaglast_te_hoog(meting: Meting | None) -> bool | None:
	if not meting or meting.draagkracht is None or meting.draaglast is None:
		return None
	return meting.draaglast > meting.draagkracht


def doelbereik(metingen: list[Meting]) -> float | None:
	"""The average goal attainment at the last measurement that scored goals."""
	reeks = [m for m in _van_de_coordinator(metingen) if m.doelen]
	return gemiddelde(reeks[-1].doelen.values()) if reeks else None


def wat_veranderde(metingen: list[Meting], kindnamen: dict) -> list[Bevinding]:
	"""A few plain sentences (as findings, translated by the caller): what changed since the start,
	for the form and Mijn gezin."""
	reeks = _van_de_coordinator(metingen)
	if len(reeks) < 2:
		return [Bevinding("een_meting", _("Er is nog maar één meting: vergelijken kan na het volgende overleg."))] if reeks else []
	zinnen = []
	begin, eind = basiszorg_per_kind(reeks[0]), basiszorg_per_kind(reeks[-1])
	for kind in eind:
		if kind in begin and eind[kind] != begin[kind]:
			sjabloon = (
				_("De basiszorg voor {kind} gaat beter dan bij de start ({van} → {naar}).")
				if eind[kind] > begin[kind]
				else _("De basiszorg voor {kind} gaat minder goed dan bij de start ({van} → {naar}).")
			)
			zinnen.append(Bevinding("basiszorg", sjabloon, {"kind": kindnamen.get(kind, kind), "van": getal(begin[kind]), "naar": getal(eind[kind])}))
	start, laatst = draaglast_te_hoog(reeks[0]), draaglast_te_hoog(reeks[-1])
	if start is True and laatst is False:
		zinnen.append(Bevinding("draaglast_lichter", _("Bij de start was de draaglast groter dan de draagkracht; nu niet meer.")))
	elif start is False and laatst is True:
		zinnen.append(Bevinding("draaglast_zwaarder", _("De draaglast is nu groter dan de draagkracht; bij de start was dat niet zo.")))
	return zinnen or [Bevinding("gelijk", _("Sinds de start is er in de metingen weinig veranderd."))]


def tot_en_met(metingen: list, datum: date, dag=lambda m: m.datum) -> list:
	"""The measurements up to and including ``datum`` (a printed evaluation shows no later ones);
	``dag`` reads a measurement's day (stored records as well as ``Meting``)."""
	return [m for m in metingen if dag(m) <= datum]


@dataclass(frozen=True)
class Doelverloop:
	"""One goal from its first score to its last (the coordinator's), for the printed evaluation."""

	doel_id: str
	eerste: int
	laatste: int
	aantal: int

	@property
	def richting(self) -> int:
		return (self.laatste > self.eerste) - (self.laatste < self.eerste)


def verloop_per_doel(metingen: list[Meting]) -> list[Doelverloop]:
	"""Per goal scored by the coordinator: the first and the last score, and how often scored."""
	scores: dict = {}
	for m in _van_de_coordinator(metingen):
		for doel_id, score in m.doelen.items():
			if score is not None:
				scores.setdefault(doel_id, []).append(score)
	return [Doelverloop(d, s[0], s[-1], len(s)) for d, s in scores.items()]


@dataclass
class Kwartaalresultaat:
	kwartaal: str
	afgesloten: int = 0
	met_vergelijking: int = 0
	verbeterd: int = 0
	doelbereik: list = field(default_factory=list)
	te_zwaar_begin: int = 0
	te_zwaar_eind: int = 0
	gemeten_begin: int = 0
	gemeten_eind: int = 0
	oordelen: dict = field(default_factory=dict)

	def als_rij(self) -> dict:
		def pct(t, n):
			return round(100.0 * t / n, 1) if n else None

		return {
			"kwartaal": self.kwartaal,
			"afgesloten": self.afgesloten,
			"aandeel_verbeterd": pct(self.verbeterd, self.met_vergelijking),
			"gemiddeld_doelbereik": gemiddelde(self.doelbereik),
			"te_zwaar_begin": pct(self.te_zwaar_begin, self.gemeten_begin),
			"te_zwaar_eind": pct(self.te_zwaar_eind, self.gemeten_eind),
			**{f"oordeel_{k}": v for k, v in sorted(self.oordelen.items())},
		}


def per_kwartaal(gezinnen: list[dict]) -> list[Kwartaalresultaat]:
	"""Closed families per quarter of closure: ``gezinnen`` holds ``afsluitdatum``, ``oordeel``
	and ``metingen`` (a list of Meting)."""
	result: dict[str, Kwartaalresultaat] = {}
	for g in gezinnen:
		if not g.get("afsluitdatum"):
			continue
		k = result.setdefault(kwartaal(g["afsluitdatum"]), Kwartaalresultaat(kwartaal(g["afsluitdatum"])))
		k.afgesloten += 1
		metingen = g.get("metingen") or []
		verbeterd = basiszorg_verbeterd(metingen)
		if verbeterd is not None:
			k.met_vergelijking += 1
			k.verbeterd += int(verbeterd)
		bereik = doelbereik(metingen)
		if bereik is not None:
			k.doelbereik.append(bereik)
		reeks = [m for m in _van_de_coordinator(metingen) if m.draagkracht is not None and m.draaglast is not None]
		if reeks:
			k.gemeten_begin += 1
			k.te_zwaar_begin += int(draaglast_te_hoog(reeks[0]))
		if len(reeks) > 1:
			k.gemeten_eind += 1
			k.te_zwaar_eind += int(draaglast_te_hoog(reeks[-1]))
		if g.get("oordeel"):
			k.oordelen[g["oordeel"]] = k.oordelen.get(g["oordeel"], 0) + 1
	return [result[k] for k in sorted(result)]


def maand(datum: date) -> str:
	"""No date finer than a month leaves in the export."""
	return f"{datum.year}-{datum.month:02d}"


def onderdruk(rijen: list[dict], aantal_veld: str, velden: tuple[str, ...], minimum: int = MIN_CEL) -> list[dict]:
	"""Cells of fewer than ``minimum`` families are suppressed: the count and every figure in such
	a row become None (written as empty), so nobody can be recognised from a small group."""
	uit = []
	for rij in rijen:
		if (rij.get(aantal_veld) or 0) < minimum:
			rij = {**rij, aantal_veld: None, **{v: None for v in velden}}
		uit.append(rij)
	return uit
