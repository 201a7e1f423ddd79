"""What a family record must hold in each state of the traject, whoever sets the state.

These rules complement the Gezin workflow: the workflow decides who may move a family from
one state to the next; these rules decide what must be known in the state it lands in, so
they hold even when an administrator edits the workflow or a state is set over the API.
"""

from datetime import date
from itertools import pairwise

from .messages import Bevinding, _

AANGEMELD = "Aangemeld"
IN_COMMISSIE = "In commissie"
WACHTLIJST = "Wachtlijst"
INTAKE = "Intake"
ACTIEF = "Actief"
AFGESLOTEN = "Afgesloten"
AFGEWEZEN = "Afgewezen"
STATUSSEN = (AANGEMELD, IN_COMMISSIE, WACHTLIJST, INTAKE, ACTIEF, AFGESLOTEN, AFGEWEZEN)
NA_BESLUIT = (WACHTLIJST, INTAKE, ACTIEF, AFGESLOTEN)
LOPEND = (INTAKE, ACTIEF)
WACHT_OP_BESLUIT = (AANGEMELD, IN_COMMISSIE)
# what the committee reads: the registrations it decides on and its decisions
COMMISSIE_ZIET = (*WACHT_OP_BESLUIT, WACHTLIJST, AFGEWEZEN)
BEEINDIGD = (AFGESLOTEN, AFGEWEZEN)
# the states a coordinator's caseload counts
CASELOAD = (WACHTLIJST, *LOPEND)
# the referrer hears within two weeks whether the family goes on the waitlist (seed 001): the clock
# runs from the registration until the referrer is informed, also after the committee decided
VERWIJZER_INFORMEREN = (*WACHT_OP_BESLUIT, WACHTLIJST, AFGEWEZEN)

BESLUIT_WACHTLIJST = "Plaatsen op wachtlijst"
BESLUIT_AFWIJZEN = "Afwijzen"

AFSLUITREDENEN = (
	"Doelen bereikt",
	"Overgedragen aan andere zorg",
	"Ouders trekken toestemming in",
	"Verhuisd",
	"Anders",
)


def aanvullingen_bij_status(status: str, gezin, vandaag: date) -> dict:
	"""Values the system fills in when a family enters ``status`` and they are still empty."""
	updates = {}

	def vul(veld, waarde):
		if not gezin.get(veld):
			updates[veld] = waarde

	if status == WACHTLIJST or status in NA_BESLUIT:
		vul("commissie_besluit", BESLUIT_WACHTLIJST)
		vul("besluitdatum", vandaag)
		vul("wachtlijst_datum", gezin.get("besluitdatum") or vandaag)
	if status == AFGEWEZEN:
		vul("commissie_besluit", BESLUIT_AFWIJZEN)
		vul("besluitdatum", vandaag)
	if status in LOPEND or status == AFGESLOTEN:
		vul("intakedatum", vandaag)
	if status == ACTIEF:
		vul("startdatum", vandaag)
	if status == AFGESLOTEN:
		vul("afsluitdatum", vandaag)
	return updates


def _verplicht(gezin, veld: str, label: str, status: str):
	if not gezin.get(veld):
		yield Bevinding(
			f"verplicht_{veld}",
			_("{veld} is verplicht in de status {status}."),
			{"veld": label, "status": status},
		)


def ontbrekend_voor_status(status: str, gezin) -> list[Bevinding]:
	"""Findings that block saving the family in ``status``."""
	bevindingen = []
	if status in (WACHTLIJST, AFGEWEZEN, *NA_BESLUIT):
		bevindingen += _verplicht(gezin, "commissie_motivatie", _("Motivatie van de commissie"), status)
	verwacht_besluit = BESLUIT_AFWIJZEN if status == AFGEWEZEN else BESLUIT_WACHTLIJST
	if status in (AFGEWEZEN, *NA_BESLUIT) and gezin.get("commissie_besluit") not in (
		None,
		"",
		verwacht_besluit,
	):
		bevindingen.append(
			Bevinding(
				"besluit_past_niet",
				_("Het besluit van de commissie ({besluit}) past niet bij de status {status}."),
				{"besluit": gezin.get("commissie_besluit"), "status": status},
			)
		)
	if status == AFGESLOTEN:
		bevindingen += _verplicht(gezin, "afsluitreden", _("Reden van afsluiting"), status)
	return bevindingen


VOLGORDE_TRAJECT = (
	("besluitdatum", _("Besluitdatum")),
	("intakedatum", _("Intakedatum")),
	("startdatum", _("Startdatum traject")),
	("afsluitdatum", _("Afsluitdatum")),
)


def _traject_volgorde(gezin):
	"""Decision, intake, start and closure follow each other in time (dates already reported as lying
	before the registration are left out, so one mistake gives one message)."""
	aangemeld = gezin.get("aanmelddatum")
	bekend = [
		(veld, label, gezin.get(veld))
		for veld, label in VOLGORDE_TRAJECT
		if gezin.get(veld) and not (aangemeld and gezin.get(veld) < aangemeld)
	]
	for (_v1, eerder_label, eerder), (_v2, later_label, later) in pairwise(bekend):
		if later < eerder:
			yield Bevinding(
				"volgorde",
				_("{later} ligt voor {eerder}."),
				{"later": later_label, "eerder": eerder_label.lower()},
			)


def datumvolgorde(gezin, vandaag: date) -> list[Bevinding]:
	"""Dates that contradict each other or lie in the future where that is impossible."""
	aangemeld = gezin.get("aanmelddatum")
	volgorde = [
		("besluitdatum", _("Besluitdatum")),
		("verwijzer_geinformeerd_op", _("Verwijzer geïnformeerd op")),
		("wachtlijst_datum", _("Op wachtlijst sinds")),
		("intakedatum", _("Intakedatum")),
		("startdatum", _("Startdatum traject")),
		("afsluitdatum", _("Afsluitdatum")),
	]
	bevindingen = []
	if aangemeld and aangemeld > vandaag:
		bevindingen.append(Bevinding("aanmelding_toekomst", _("De aanmelddatum ligt in de toekomst.")))
	for veld, label in volgorde:
		waarde = gezin.get(veld)
		if waarde and aangemeld and waarde < aangemeld:
			bevindingen.append(
				Bevinding(
					f"voor_aanmelding_{veld}",
					_("{veld} ligt voor de aanmelddatum."),
					{"veld": label},
				)
			)
	bevindingen += _traject_volgorde(gezin)
	return bevindingen


# --- a family registered again -------------------------------------------------------------------


def opnieuw_aanmelden(status: str | None, al_opnieuw_aangemeld: str | None = None) -> list[Bevinding]:
	"""A family is registered again from a closed or rejected traject, once (the new registration
	links to it, so its history stays visible and members and network are not typed again)."""
	if status not in BEEINDIGD:
		return [
			Bevinding(
				"nog_lopend",
				_("Alleen een afgesloten of afgewezen gezin kan opnieuw worden aangemeld (nu: {status})."),
				{"status": status or ""},
			)
		]
	if al_opnieuw_aangemeld:
		return [
			Bevinding(
				"al_aangemeld",
				_("Dit gezin is al opnieuw aangemeld: {gezin}."),
				{"gezin": al_opnieuw_aangemeld},
			)
		]
	return []


def eerdere_trajecten(start: str, vorig_van: dict) -> list[str]:
	"""The earlier trajects of ``start``, most recent first, following ``vorig_van`` (family ->
	its earlier traject); stops at a loop."""
	keten, gezien, huidig = [], {start}, vorig_van.get(start)
	while huidig and huidig not in gezien:
		keten.append(huidig)
		gezien.add(huidig)
		huidig = vorig_van.get(huidig)
	return keten


def toestemming_voor_start(status: str, nieuw_in_status: bool, heeft_schriftelijke_toestemming: bool):
	"""Seed 001: the professionals are contacted, and the traject runs, only after written consent
	of the parents. A family enters Actief only with a signed declaration that opens the family."""
	if status == ACTIEF and nieuw_in_status and not heeft_schriftelijke_toestemming:
		return [
			Bevinding(
				"toestemming_start",
				_(
					"Een traject wordt pas actief met schriftelijke toestemming van de ouders: leg een "
					"getekende toestemmingsverklaring vast (Toestemming) en probeer het opnieuw."
				),
			)
		]
	return []
