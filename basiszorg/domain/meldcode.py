"""The meldcode huiselijk geweld en kindermishandeling inside the family's file.

A coordinator who sees signs of unsafety follows five steps (seed 003, domain.md): 1 map the signs,
2 consult a colleague and, if needed, Veilig Thuis (also anonymously), 3 talk with the parent(s)
and, where possible, the child, 4 weigh with the *afwegingskader*, 5 decide: report to Veilig Thuis
and/or organise help. One record (*Zorg over veiligheid*) follows them; each step is a state of its
workflow, and these rules say what the record must hold in the state it lands in, whoever moves
it (the workflow's transitions, the REST API, an administrator's edited workflow).

The afwegingskader's five questions are named once below (``AFWEGINGSVRAGEN``), with the advice
they lead to (``advies``). Parents are told of a report unless that would endanger a child or
someone else (``niet_informeren``): then the record says why, and the coordinator looks at it again
after a period (``heroverwegen_op``).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .dates import plus_dagen
from .messages import Bevinding, _

# -- the workflow's states: one per step, then closed -------------------------------------------
SIGNALEN = "Signalen"
CONSULTATIE = "Consultatie"
GESPREK = "Gesprek"
AFWEGEN = "Afwegen"
BESLISSEN = "Beslissen"
AFGESLOTEN = "Afgesloten"
STAPPEN = (SIGNALEN, CONSULTATIE, GESPREK, AFWEGEN, BESLISSEN)  # state of step 1..5
STATUSSEN = (*STAPPEN, AFGESLOTEN)
OPEN = STAPPEN

STAP_TITELS = (
	_("Signalen in kaart brengen"),
	_("Collegiale consultatie en zo nodig Veilig Thuis raadplegen"),
	_("Gesprek met de ouders en zo mogelijk het kind"),
	_("Wegen met het afwegingskader"),
	_("Beslissen: hulp organiseren en/of melden"),
)
AANTAL_STAPPEN = len(STAPPEN)

# norms (defaults; the bureau's values live in Basiszorg Instellingen)
STAP_SIGNAAL_DAGEN = 14  # a step open longer than this gives the coordinator a reminder
HEROVERWEGEN_NA_DAGEN = 30  # "not informing the family" is looked at again after this many days

# -- step 1: whom a sign is about ---------------------------------------------------------------
ALLE_KINDEREN = "Alle kinderen"

# -- step 2: consultations --------------------------------------------------------------------------
COLLEGA = "Collega"
AANDACHTSFUNCTIONARIS = "Aandachtsfunctionaris"
VEILIG_THUIS_ADVIES = "Veilig Thuis (advies)"
DESKUNDIGE = "Andere deskundige"
SOORTEN_CONSULTATIE = (COLLEGA, AANDACHTSFUNCTIONARIS, VEILIG_THUIS_ADVIES, DESKUNDIGE)
COLLEGIAAL = (COLLEGA, AANDACHTSFUNCTIONARIS)  # step 2 always has one of these

# -- step 3: the conversations ---------------------------------------------------------------
GEVOERD = "Gevoerd"
NIET_GEVOERD = "Niet gevoerd"
GESPREK_KEUZES = (GEVOERD, NIET_GEVOERD)

# -- step 4: the afwegingskader -------------------------------------------------------------------
JA = "Ja"
NEE = "Nee"


@dataclass(frozen=True)
class Afwegingsvraag:
	code: str
	vraag: str
	uitleg: str


AFWEGINGSVRAGEN = (
	Afwegingsvraag(
		"vermoeden",
		_(
			"Heb ik op basis van de stappen 1 tot en met 3 een vermoeden van huiselijk geweld of "
			"kindermishandeling?"
		),
		_("Nee: leg vast waarom het vermoeden is weggenomen en sluit af."),
	),
	Afwegingsvraag(
		"onveiligheid",
		_(
			"Schat ik op basis van de stappen 1 tot en met 3 in dat er sprake is van acute onveiligheid "
			"of structurele onveiligheid?"
		),
		_("Ja: melden bij Veilig Thuis is noodzakelijk."),
	),
	Afwegingsvraag(
		"hulp_mogelijk",
		_(
			"Ben ik in staat om effectieve hulp te bieden of te organiseren om het risico op huiselijk "
			"geweld of kindermishandeling af te wenden?"
		),
		_("Nee: melden bij Veilig Thuis."),
	),
	Afwegingsvraag(
		"hulp_aanvaard",
		_("Aanvaarden de betrokkenen de hulp en zijn zij bereid zich in te zetten?"),
		_("Nee: melden bij Veilig Thuis."),
	),
	Afwegingsvraag(
		"hulp_werkt",
		_(
			"Leidt de hulp binnen de gewenste termijn tot de noodzakelijke veiligheid en het duurzaam "
			"stoppen van het geweld of de mishandeling?"
		),
		_("Nee: melden bij Veilig Thuis. Ja: hulp bieden of organiseren en het effect volgen."),
	),
)
VRAAGCODES = tuple(v.code for v in AFWEGINGSVRAGEN)

# the afwegingskader's advice
ADVIES_AFSLUITEN = "Geen vermoeden: vastleggen en afsluiten"
ADVIES_MELDEN = "Melden bij Veilig Thuis"
ADVIES_HULP = "Hulp bieden of organiseren en het effect volgen"
# the answer to each question that settles the advice (the other answer leads to the next question)
_BESLISSEND = {
	"vermoeden": (NEE, ADVIES_AFSLUITEN),
	"onveiligheid": (JA, ADVIES_MELDEN),
	"hulp_mogelijk": (NEE, ADVIES_MELDEN),
	"hulp_aanvaard": (NEE, ADVIES_MELDEN),
	"hulp_werkt": (NEE, ADVIES_MELDEN),
}


@dataclass(frozen=True)
class Advies:
	"""The afwegingskader's outcome: ``uitkomst`` (None while a needed question is open), the
	questions on the way to it (``gevolgd``) and the next one to answer (``volgende``)."""

	uitkomst: str | None
	gevolgd: tuple[str, ...]
	volgende: str | None


def advies(antwoorden: Mapping[str, str | None]) -> Advies:
	"""Walk the questions in order: an answer that settles the advice stops the walk; a missing
	answer is the next question to answer. Questions after the stop are not needed."""
	gevolgd = []
	for code in VRAAGCODES:
		antwoord = antwoorden.get(code)
		if antwoord not in (JA, NEE):
			return Advies(None, tuple(gevolgd), code)
		gevolgd.append(code)
		beslissend, uitkomst = _BESLISSEND[code]
		if antwoord == beslissend:
			return Advies(uitkomst, tuple(gevolgd), None)
	return Advies(ADVIES_HULP, tuple(gevolgd), None)


# -- step 5: the decision -----------------------------------------------------------------------
BESLUIT_MELDEN = "Melden bij Veilig Thuis"
BESLUIT_HULP = "Hulp organiseren"
BESLUIT_MELDEN_EN_HULP = "Melden en hulp organiseren"
BESLUIT_GEEN = "Geen melding en geen extra hulp"
BESLUITEN = (BESLUIT_MELDEN, BESLUIT_HULP, BESLUIT_MELDEN_EN_HULP, BESLUIT_GEEN)
MET_MELDING = (BESLUIT_MELDEN, BESLUIT_MELDEN_EN_HULP)
MET_HULP = (BESLUIT_HULP, BESLUIT_MELDEN_EN_HULP)
# which decisions follow each advice (another decision needs a motivation)
PAST_BIJ_ADVIES = {
	ADVIES_AFSLUITEN: (BESLUIT_GEEN, BESLUIT_HULP),
	ADVIES_MELDEN: MET_MELDING,
	ADVIES_HULP: MET_HULP,
}


def past_bij_advies(besluit: str | None, uitkomst: str | None) -> bool:
	return bool(besluit) and besluit in PAST_BIJ_ADVIES.get(uitkomst, ())


# the ground on which data went to Veilig Thuis: a disclosure, never a consent
GRONDSLAG_TOESTEMMING = "Toestemming van de ouders of de jongere"
GRONDSLAG_MELDRECHT = "Meldrecht zonder toestemming (Wmo 2015, art. 5.2.6)"
GRONDSLAG_CONFLICT = "Conflict van plichten"
GRONDSLAGEN = (GRONDSLAG_TOESTEMMING, GRONDSLAG_MELDRECHT, GRONDSLAG_CONFLICT)
# the same grounds as the family reads them (plain Dutch, B1)
GRONDSLAG_IN_WOORDEN = {
	GRONDSLAG_TOESTEMMING: _("U gaf toestemming om dit met Veilig Thuis te delen."),
	GRONDSLAG_MELDRECHT: _(
		"Dit mocht zonder uw toestemming. De wet geeft ons dat recht als wij ons zorgen maken over de "
		"veiligheid van een kind (meldrecht, Wmo 2015 artikel 5.2.6)."
	),
	GRONDSLAG_CONFLICT: _(
		"Dit mocht zonder uw toestemming. De veiligheid van een kind woog zwaarder dan onze plicht "
		"om te zwijgen (conflict van plichten)."
	),
}

# what happens to the traject after a report
COORDINATIE_DOOR = "Coördinatie gaat door, samen met Veilig Thuis"
COORDINATIE_STOPT = "Coördinatie stopt"
COORDINATIE_BESLUITEN = (COORDINATIE_DOOR, COORDINATIE_STOPT)


# -- helpers ---------------------------------------------------------------------------------------


def stapnummer(status: str | None) -> int | None:
	"""1..5 for the state of a step, 6 for closed, None for an unknown state."""
	if status in STAPPEN:
		return STAPPEN.index(status) + 1
	return AANTAL_STAPPEN + 1 if status == AFGESLOTEN else None


def stappen_klaarzetten(bestaand: Sequence[Mapping]) -> list[dict]:
	"""The five step rows a record always has: the existing ones kept (by number), missing ones
	added, each with its title."""
	per_nummer = {int(r.get("stap") or 0): r for r in bestaand}
	return [
		{**dict(per_nummer.get(n, {})), "stap": n, "titel": STAP_TITELS[n - 1]}
		for n in range(1, AANTAL_STAPPEN + 1)
	]


def afwegingen_klaarzetten(bestaand: Sequence[Mapping]) -> list[dict]:
	"""The afwegingskader's questions as rows, in order; answers already given are kept."""
	per_code = {r.get("vraag_code"): r for r in bestaand}
	return [
		{**dict(per_code.get(v.code, {})), "vraag_code": v.code, "nummer": i, "vraag": v.vraag}
		for i, v in enumerate(AFWEGINGSVRAGEN, start=1)
	]


def antwoorden_van(afwegingen: Sequence[Mapping]) -> dict[str, str | None]:
	return {r.get("vraag_code"): r.get("antwoord") for r in afwegingen}


@dataclass(frozen=True)
class Stapwijziging:
	stap: int
	velden: dict


def stapvoortgang(
	van: str | None, naar: str, stappen: Sequence[Mapping], vandaag: date, wie: str, met_besluit: bool
) -> list[Stapwijziging]:
	"""What the step rows get when a record moves from state ``van`` to ``naar``: the steps left
	behind are dated and signed (when still empty), the step entered starts today; a step moved
	back to is open again. Closing after the decision completes step 5; closing early (the concern
	was taken away) completes the step the record was in."""
	if van == naar:
		return []
	per_nummer = {int(r.get("stap") or 0): r for r in stappen}
	oud = stapnummer(van) or 1
	nieuw = stapnummer(naar)
	if nieuw is None:
		return []
	wijzigingen = []

	def af(n):
		rij = per_nummer.get(n, {})
		velden = {}
		if not rij.get("afgerond_op"):
			velden["afgerond_op"] = vandaag
		if not rij.get("door"):
			velden["door"] = wie
		if not rij.get("begonnen_op"):
			velden["begonnen_op"] = vandaag
		if velden:
			wijzigingen.append(Stapwijziging(n, velden))

	if nieuw > AANTAL_STAPPEN:  # closed
		laatste = AANTAL_STAPPEN if met_besluit else min(oud, AANTAL_STAPPEN)
		for n in range(oud, laatste + 1):
			af(n)
		return wijzigingen
	if nieuw > oud:
		for n in range(oud, nieuw):
			af(n)
		if not per_nummer.get(nieuw, {}).get("begonnen_op"):
			wijzigingen.append(Stapwijziging(nieuw, {"begonnen_op": vandaag}))
	else:  # back to an earlier step: it is open again
		wijzigingen.append(Stapwijziging(nieuw, {"afgerond_op": None}))
	return wijzigingen


# -- what each state needs --------------------------------------------------------------------------


def _leeg(waarde) -> bool:
	return waarde in (None, "") or (isinstance(waarde, str) and not waarde.strip())


def _stap_uitkomst(zorg, n: int) -> list[Bevinding]:
	rij = next((r for r in zorg.get("stappen") or [] if int(r.get("stap") or 0) == n), {})
	if _leeg(rij.get("uitkomst")):
		return [
			Bevinding(
				f"stap{n}_uitkomst",
				_("Stap {stap} ({titel}): vul de uitkomst van deze stap in."),
				{"stap": n, "titel": STAP_TITELS[n - 1].lower()},
			)
		]
	return []


def _stap1(zorg) -> list[Bevinding]:
	signalen = zorg.get("signalen") or []
	bevindingen = []
	if not signalen:
		bevindingen.append(Bevinding("geen_signalen", _("Stap 1: leg minstens één signaal vast.")))
	for i, s in enumerate(signalen, start=1):
		missend = [
			label
			for veld, label in (
				("wat", _("wat er is gezien")),
				("gezien_door", _("door wie")),
				("gezien_op", _("wanneer")),
				("over_wie", _("over welk kind")),
			)
			if _leeg(s.get(veld))
		]
		if missend:
			bevindingen.append(
				Bevinding(
					"signaal_onvolledig",
					_("Stap 1: bij signaal {nr} ontbreekt: {wat}."),
					{"nr": i, "wat": ", ".join(missend)},
				)
			)
	return bevindingen + _stap_uitkomst(zorg, 1)


def _stap2(zorg) -> list[Bevinding]:
	consultaties = zorg.get("consultaties") or []
	bevindingen = []
	if not any(c.get("soort") in COLLEGIAAL for c in consultaties):
		bevindingen.append(
			Bevinding(
				"geen_collega",
				_("Stap 2: leg de consultatie van een collega of de aandachtsfunctionaris vast."),
			)
		)
	for i, c in enumerate(consultaties, start=1):
		missend = [
			label
			for veld, label in (("datum", _("datum")), ("soort", _("met wie")), ("advies", _("het advies")))
			if _leeg(c.get(veld))
		]
		if c.get("soort") in COLLEGIAAL and _leeg(c.get("met_wie")) and _leeg(c.get("gebruiker")):
			missend.append(_("de naam van de collega"))
		if missend:
			bevindingen.append(
				Bevinding(
					"consultatie_onvolledig",
					_("Stap 2: bij consultatie {nr} ontbreekt: {wat}."),
					{"nr": i, "wat": ", ".join(missend)},
				)
			)
	return bevindingen + _stap_uitkomst(zorg, 2)


def _gesprek(zorg, prefix: str, met: str) -> list[Bevinding]:
	keuze = zorg.get(prefix)
	if keuze not in GESPREK_KEUZES:
		return [
			Bevinding(
				f"{prefix}_keuze",
				_("Stap 3: leg vast of het gesprek met {met} is gevoerd."),
				{"met": met},
			)
		]
	if keuze == GEVOERD:
		missend = [
			label
			for veld, label in (
				(f"{prefix}_op", _("de datum")),
				(f"{prefix}_verslag", _("wat er is besproken")),
			)
			if _leeg(zorg.get(veld))
		]
		if missend:
			return [
				Bevinding(
					f"{prefix}_onvolledig",
					_("Stap 3: bij het gesprek met {met} ontbreekt: {wat}."),
					{"met": met, "wat": ", ".join(missend)},
				)
			]
	elif _leeg(zorg.get(f"{prefix}_waarom_niet")):
		return [
			Bevinding(
				f"{prefix}_waarom_niet",
				_("Stap 3: schrijf op waarom het gesprek met {met} niet is gevoerd."),
				{"met": met},
			)
		]
	return []


def _stap3(zorg) -> list[Bevinding]:
	return (
		_gesprek(zorg, "gesprek_ouders", _("de ouders"))
		+ _gesprek(zorg, "gesprek_kind", _("het kind"))
		+ _stap_uitkomst(zorg, 3)
	)


def _stap4(zorg) -> list[Bevinding]:
	afwegingen = zorg.get("afwegingen") or []
	uitkomst = advies(antwoorden_van(afwegingen))
	bevindingen = []
	if uitkomst.uitkomst is None:
		nummer = VRAAGCODES.index(uitkomst.volgende) + 1
		bevindingen.append(
			Bevinding(
				"afweging_open",
				_("Stap 4: beantwoord afwegingsvraag {nr} van het afwegingskader."),
				{"nr": nummer},
			)
		)
	per_code = {r.get("vraag_code"): r for r in afwegingen}
	for code in uitkomst.gevolgd:
		if _leeg(per_code.get(code, {}).get("toelichting")):
			bevindingen.append(
				Bevinding(
					"afweging_toelichting",
					_("Stap 4: licht het antwoord op afwegingsvraag {nr} toe."),
					{"nr": VRAAGCODES.index(code) + 1},
				)
			)
	return bevindingen + _stap_uitkomst(zorg, 4)


def _melding(zorg) -> list[Bevinding]:
	missend = [
		label
		for veld, label in (
			("melding_op", _("wanneer")),
			("gemeld_door", _("door wie")),
			("gedeelde_gegevens", _("wat is gedeeld")),
			("grondslag", _("op welke grond")),
		)
		if _leeg(zorg.get(veld))
	]
	bevindingen = []
	if missend:
		bevindingen.append(
			Bevinding(
				"melding_onvolledig",
				_("Melding bij Veilig Thuis: vul in {wat}."),
				{"wat": ", ".join(missend)},
			)
		)
	if zorg.get("coordinatie_besluit") not in COORDINATIE_BESLUITEN:
		bevindingen.append(
			Bevinding(
				"coordinatie_besluit",
				_("Na een melding bij Veilig Thuis: beslis of de coördinatie doorgaat of stopt, en waarom."),
			)
		)
	if not zorg.get("gezin_geinformeerd_op") and not zorg.get("niet_informeren"):
		bevindingen.append(
			Bevinding(
				"gezin_informeren",
				_(
					"Vertel het gezin over de melding en vul de datum in, of leg vast waarom dat nu een kind "
					"of een ander in gevaar brengt."
				),
			)
		)
	return bevindingen


def _stap5(zorg) -> list[Bevinding]:
	besluit = zorg.get("besluit")
	if besluit not in BESLUITEN:
		return [Bevinding("geen_besluit", _("Stap 5: leg het besluit vast."))]
	bevindingen = []
	if not zorg.get("besluit_op"):
		bevindingen.append(Bevinding("besluit_datum", _("Stap 5: vul de datum van het besluit in.")))
	uitkomst = advies(antwoorden_van(zorg.get("afwegingen") or [])).uitkomst
	if not past_bij_advies(besluit, uitkomst) and _leeg(zorg.get("afwijking_motivatie")):
		bevindingen.append(
			Bevinding(
				"afwijking",
				_(
					"Het besluit ({besluit}) volgt niet het advies van het afwegingskader ({advies}): "
					"schrijf op waarom."
				),
				{"besluit": besluit, "advies": uitkomst or "-"},
			)
		)
	if besluit in MET_HULP and _leeg(zorg.get("hulp_omschrijving")):
		bevindingen.append(Bevinding("hulp", _("Stap 5: beschrijf welke hulp wordt georganiseerd.")))
	if besluit in MET_MELDING:
		bevindingen += _melding(zorg)
	return bevindingen + _stap_uitkomst(zorg, 5)


_STAPREGELS = (_stap1, _stap2, _stap3, _stap4, _stap5)


def gestarte_stappen(zorg) -> list[int]:
	return sorted(int(r.get("stap") or 0) for r in zorg.get("stappen") or [] if r.get("begonnen_op"))


def ontbrekend_voor_status(status: str, zorg) -> list[Bevinding]:
	"""Findings that block saving the record in ``status``: every step before it is complete.
	Closing needs the decision (step 5 complete), or, when the concern was taken away earlier, the
	reason and the outcome of every step that was started."""
	nummer = stapnummer(status)
	if nummer is None:
		return [Bevinding("onbekende_status", _("Onbekende stap: {status}."), {"status": status or ""})]
	if status != AFGESLOTEN or zorg.get("besluit"):
		return [b for regel in _STAPREGELS[: nummer - 1] for b in regel(zorg)]
	bevindingen = []
	if _leeg(zorg.get("afsluiting_toelichting")):
		bevindingen.append(
			Bevinding(
				"afsluiten_zonder_besluit",
				_("Afsluiten zonder besluit in stap 5: schrijf op waarom de zorg is weggenomen."),
			)
		)
	for n in gestarte_stappen(zorg) or [1]:
		bevindingen += _stap_uitkomst(zorg, n)
	return bevindingen


def altijd(zorg, vandaag: date) -> list[Bevinding]:
	"""What holds in every state: no dates in the future, a reason for not informing the family and
	for the traject decision, and no contradiction between informing and not informing."""
	bevindingen = []
	datums = [
		(zorg.get("geopend_op"), _("De datum van openen")),
		(zorg.get("melding_op"), _("De datum van de melding")),
		(zorg.get("besluit_op"), _("De datum van het besluit")),
		(zorg.get("gezin_geinformeerd_op"), _("De datum waarop het gezin is geïnformeerd")),
		(zorg.get("gesprek_ouders_op"), _("De datum van het gesprek met de ouders")),
		(zorg.get("gesprek_kind_op"), _("De datum van het gesprek met het kind")),
		*((s.get("gezien_op"), _("De datum van een signaal")) for s in zorg.get("signalen") or []),
		*((c.get("datum"), _("De datum van een consultatie")) for c in zorg.get("consultaties") or []),
		*((r.get("afgerond_op"), _("De datum van een stap")) for r in zorg.get("stappen") or []),
	]
	gemeld = set()
	for datum, label in datums:
		if datum and datum > vandaag and label not in gemeld:
			gemeld.add(label)
			bevindingen.append(Bevinding("toekomst", _("{wat} ligt in de toekomst."), {"wat": label}))
	if zorg.get("niet_informeren") and _leeg(zorg.get("niet_informeren_reden")):
		bevindingen.append(
			Bevinding(
				"niet_informeren_reden",
				_("Schrijf op waarom het gezin informeren nu een kind of een ander in gevaar brengt."),
			)
		)
	if zorg.get("niet_informeren") and zorg.get("gezin_geinformeerd_op"):
		bevindingen.append(
			Bevinding(
				"al_geinformeerd",
				_(
					"Het gezin is al geïnformeerd: haal het vinkje 'het gezin nu informeren brengt een kind "
					"of een ander in gevaar' weg, of de datum waarop het gezin is geïnformeerd."
				),
			)
		)
	if zorg.get("coordinatie_besluit") and _leeg(zorg.get("coordinatie_besluit_reden")):
		bevindingen.append(
			Bevinding("coordinatie_reden", _("Schrijf op waarom de coördinatie doorgaat of stopt."))
		)
	if zorg.get("coordinatie_besluit") and not zorg.get("melding_op"):
		bevindingen.append(
			Bevinding(
				"coordinatie_zonder_melding",
				_(
					"Het besluit over de coördinatie hoort bij een melding bij Veilig Thuis: vul die eerst in."
				),
			)
		)
	return bevindingen


def signaal_over(over_wie: str | None, kind_gevonden: bool) -> list[Bevinding]:
	"""A sign is about one child of the family, or about all children."""
	if _leeg(over_wie) or over_wie == ALLE_KINDEREN or kind_gevonden:
		return []
	return [
		Bevinding(
			"signaal_kind_onbekend",
			_("Stap 1: '{wie}' is geen kind van dit gezin; kies een kind of '{alle}'."),
			{"wie": over_wie, "alle": ALLE_KINDEREN},
		)
	]


# -- the exception to transparency ---------------------------------------------------------------


def heroverwegen_op(sinds: date | None, dagen: int) -> date | None:
	return plus_dagen(sinds, dagen) if sinds else None


def heroverweging_nodig(niet_informeren: bool, heroverwegen: date | None, vandaag: date) -> bool:
	"""The coordinator is asked again whether the family can be told now."""
	return bool(niet_informeren) and heroverwegen is not None and heroverwegen <= vandaag


def gemeld(zorg) -> bool:
	"""A report to Veilig Thuis is recorded."""
	return bool(zorg.get("melding_op"))


def zichtbaar_voor_gezin(zorg) -> bool:
	"""The family's own overviews (AVG overview, Mijn gezin) show this record's report, unless the
	coordinator recorded that informing the family now would endanger a child or someone else."""
	return not zorg.get("niet_informeren")


# -- signals ---------------------------------------------------------------------------------------


def dagen_in_stap(stap_sinds: date | None, vandaag: date) -> int | None:
	return (vandaag - stap_sinds).days if stap_sinds else None


def stap_te_lang_open(status: str | None, stap_sinds: date | None, vandaag: date, dagen: int) -> bool:
	"""An open step older than the bureau's norm (``dagen``) gives a reminder."""
	duur = dagen_in_stap(stap_sinds, vandaag)
	return status in OPEN and duur is not None and duur > dagen


def traject_waarschuwing(zorg, traject_beeindigd: bool) -> Bevinding | None:
	"""What the Gezin form tells coordinators about one record: an open record, a report that still
	needs the decision about the coordination, or a decision to stop while the traject still runs."""
	status = zorg.get("workflow_state")
	if status in OPEN:
		if gemeld(zorg) and not zorg.get("coordinatie_besluit"):
			return Bevinding(
				"besluit_coordinatie",
				_("Melding bij Veilig Thuis gedaan: beslis of de coördinatie doorgaat of stopt ({naam})."),
				{"naam": zorg.get("name")},
			)
		nummer = stapnummer(status)
		return Bevinding(
			"open",
			_("Open zorg over veiligheid {naam}: stap {stap}, {titel}."),
			{"naam": zorg.get("name"), "stap": nummer, "titel": STAP_TITELS[nummer - 1].lower()},
		)
	if zorg.get("coordinatie_besluit") == COORDINATIE_STOPT and not traject_beeindigd:
		return Bevinding(
			"stoppen",
			_(
				"Na de melding bij Veilig Thuis is besloten dat de coördinatie stopt ({naam}): sluit het traject af."
			),
			{"naam": zorg.get("name")},
		)
	return None
