"""Multidisciplinary meetings (overleg): who receives the minutes, and when the next one is due.

Bkk (seed 001): after each meeting the coordinator sends the *1 Gezin 1 Plan* minutes to those
present, by default also to the family's huisarts and JGZ, and to others who were absent only
with the parents' agreement. Here the parents' agreement is a consent: a professional receives
the minutes only with an active consent at the moment of sending, whoever put them on the list.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from .dates import plus_maanden
from .messages import Bevinding, _

# workflow "Overleg verslag"
GEPLAND = "Gepland"
GEHOUDEN = "Gehouden"
VERSLAG_CONCEPT = "Verslag concept"
VERSLAG_VERZONDEN = "Verslag verzonden"
STATUSSEN = (GEPLAND, GEHOUDEN, VERSLAG_CONCEPT, VERSLAG_VERZONDEN)
GEHOUDEN_STATUSSEN = (GEHOUDEN, VERSLAG_CONCEPT, VERSLAG_VERZONDEN)

VOORBESPREKING = "Voorbespreking"
GEZINSOVERLEG = "Gezinsoverleg"
EVALUATIE = "Evaluatie"
AFSLUITEND = "Afsluitend overleg"
# meetings with the family (and all professionals); a voorbespreking is with professionals only.
# Only these count for the 2-3-month rhythm (seed 001: "een overleg met ouders én alle hulpverleners
# ... Deze overleggen komen elke 2 á 3 maanden terug").
MET_GEZIN = (GEZINSOVERLEG, EVALUATIE, AFSLUITEND)

OUDER = "Ouder"
HULPVERLENER = "Hulpverlener"
ANDERS = "Anders"

AANWEZIG = "Aanwezig"

# Per receiver of the minutes: did the e-mail leave? Read from Frappe's e-mail queue, where only
# a recipient the mail server accepted is "Sent".
IN_WACHTRIJ = "In wachtrij"
AFGELEVERD = "Verzonden"
MISLUKT = "Mislukt"
WACHTRIJ_VERZONDEN = "Sent"  # Frappe's Email Queue (Recipient) status names
WACHTRIJ_FOUT = "Error"
WACHTRIJ_NIET_VERZONDEN = "Not Sent"
WACHTRIJ_OPEN = (WACHTRIJ_NIET_VERZONDEN, "Partially Sent")  # Frappe still tries to send these

OVERLEG_INTERVAL_MAANDEN = 3  # seed 001: a meeting every 2 to 3 months
OVERLEG_DUUR_MINUTEN = 90

STANDAARD_ORGANISATIETYPES = ("Huisartsenpraktijk", "JGZ")
LEVENSGEBIEDEN = (
	"Dagelijkse verzorging",
	"Dag- en nachtritme",
	"Voorzieningen",
	"School",
	"Aandacht en veiligheid",
	"Behandeling ouder",
	"Financiën",
	"Wonen",
	"Netwerk",
)


@dataclass(frozen=True)
class Ontvanger:
	naam: str
	email: str | None
	soort: str
	hulpverlener: str | None
	ontvangt: bool
	reden: str


def _key(row) -> str:
	return row.get("hulpverlener") or (row.get("email") or "").lower() or row.get("naam") or ""


def verzendlijst(
	deelnemers,
	betrokkenen,
	toestemming_scopes: dict,
	huisarts_jgz_standaard: bool = True,
	buiten_traject: frozenset = frozenset(),
) -> list[Ontvanger]:
	"""Everyone who could receive the minutes, with whether they do and why.

	``deelnemers``: participant rows (soort, naam, email, hulpverlener, aanwezigheid);
	``betrokkenen``: the family's involved professionals (hulpverlener, hulpverlener_naam, email,
	organisatietype); ``toestemming_scopes``: hulpverlener -> set of scopes consented today;
	``buiten_traject``: professionals involved only with a child outside the coordination (OTS):
	they receive the minutes only when they were present.
	"""
	lijst: dict[str, Ontvanger] = {}
	for row in deelnemers:
		aanwezig = row.get("aanwezigheid") == AANWEZIG
		soort = row.get("soort")
		if soort == OUDER:
			ontvanger = _ouder(row)
		elif soort == HULPVERLENER and row.get("hulpverlener"):
			ontvanger = _hulpverlener(row, aanwezig, False, toestemming_scopes, buiten_traject)
		else:
			ontvanger = _anders(row, aanwezig)
		lijst[_key(row)] = ontvanger
	if huisarts_jgz_standaard:
		for row in betrokkenen:
			if row.get("organisatietype") in STANDAARD_ORGANISATIETYPES and _key(row) not in lijst:
				lijst[_key(row)] = _hulpverlener(row, False, True, toestemming_scopes, buiten_traject)
	return sorted(lijst.values(), key=lambda o: (not o.ontvangt, o.soort, o.naam))


def standaardkopie_ontbreekt(betrokkenen, huisarts_jgz_standaard: bool = True) -> list[Bevinding]:
	"""Warnings for the minutes dialog: no huisarts or no JGZ among the family's involved
	professionals, so the default copy (seed 001: "Standaard wordt er ook een exemplaar aan de
	huisarts en de jeugdgezondheidsmedewerker verstuurd") goes to nobody."""
	if not huisarts_jgz_standaard:
		return []
	aanwezig = {row.get("organisatietype") for row in betrokkenen}
	namen = {STANDAARD_ORGANISATIETYPES[0]: _("huisarts"), STANDAARD_ORGANISATIETYPES[1]: _("JGZ")}
	return [
		Bevinding(
			"geen_standaardkopie",
			_("Er is geen {wie} bij het gezin betrokken: de standaardkopie voor de {wie} gaat naar niemand."),
			{"wie": namen[soort]},
		)
		for soort in STANDAARD_ORGANISATIETYPES
		if soort not in aanwezig
	]


def _ouder(row) -> Ontvanger:
	if not row.get("email"):
		return Ontvanger(row.get("naam") or "", None, OUDER, None, False, _("geen e-mailadres"))
	return Ontvanger(row.get("naam") or "", row.get("email"), OUDER, None, True, _("ouder"))


def _anders(row, aanwezig: bool) -> Ontvanger:
	naam, email = row.get("naam") or "", row.get("email")
	if not email:
		return Ontvanger(naam, None, ANDERS, None, False, _("geen e-mailadres"))
	if aanwezig:
		return Ontvanger(naam, email, ANDERS, None, True, _("aanwezig"))
	return Ontvanger(naam, email, ANDERS, None, False, _("afwezig en geen hulpverlener met toestemming"))


def _hulpverlener(
	row, aanwezig: bool, standaard: bool, toestemming_scopes: dict, buiten_traject=frozenset()
) -> Ontvanger:
	naam = row.get("naam") or row.get("hulpverlener_naam") or row.get("hulpverlener")
	email = row.get("email")
	scopes = toestemming_scopes.get(row.get("hulpverlener"), set())
	if not email:
		return Ontvanger(naam, None, HULPVERLENER, row.get("hulpverlener"), False, _("geen e-mailadres"))
	if not aanwezig and row.get("hulpverlener") in buiten_traject:
		return Ontvanger(
			naam,
			email,
			HULPVERLENER,
			row.get("hulpverlener"),
			False,
			_("alleen betrokken bij een kind buiten de coördinatie (OTS)"),
		)
	if not scopes:
		return Ontvanger(
			naam,
			email,
			HULPVERLENER,
			row.get("hulpverlener"),
			False,
			_("geen geldige toestemming van de ouders"),
		)
	if aanwezig and scopes & {"overleg", "verslag_email"}:
		return Ontvanger(
			naam, email, HULPVERLENER, row.get("hulpverlener"), True, _("aanwezig, met toestemming")
		)
	if "verslag_email" in scopes:
		reden = (
			_("huisarts/JGZ, met toestemming") if standaard else _("afwezig, toestemming voor het verslag")
		)
		return Ontvanger(naam, email, HULPVERLENER, row.get("hulpverlener"), True, reden)
	return Ontvanger(
		naam, email, HULPVERLENER, row.get("hulpverlener"), False, _("toestemming dekt het verslag niet")
	)


def volgende_overlegdatum(datum: date, maanden: int) -> date:
	return plus_maanden(datum, maanden)


def overleg_achterstallig(
	laatste: date | None, gepland: date | None, peildatum: date, maanden: int, sinds: date | None = None
) -> bool:
	"""No meeting with the family planned from today on, and the last one longer than ``maanden``
	ago. Without any meeting yet the months count from ``sinds`` (the start of the intake), or the
	family is overdue at once when that is unknown."""
	if gepland and gepland >= peildatum:
		return False
	vanaf = laatste or sinds
	return vanaf is None or plus_maanden(vanaf, maanden) < peildatum


def controleer_datums(begin, einde, aanmelddatum: date | None, afspraken) -> list[Bevinding]:
	"""A meeting lies after the registration, ends after it starts, and its agreements are due
	after it (``begin``/``einde`` are datetimes, ``afspraken`` rows with idx, wat, wanneer)."""
	bevindingen = []
	if aanmelddatum and begin.date() < aanmelddatum:
		bevindingen.append(
			Bevinding("voor_aanmelding", _("Het overleg ligt voor de aanmelddatum van het gezin."))
		)
	if einde and einde < begin:
		bevindingen.append(Bevinding("einde_voor_begin", _("Het einde van het overleg ligt voor het begin.")))
	for rij in afspraken:
		if rij.get("wanneer") and rij.get("wanneer") < begin.date():
			bevindingen.append(
				Bevinding(
					"afspraak_voor_overleg",
					_("Rij {rij}: de afspraak '{wat}' moet na het overleg klaar zijn, niet ervoor."),
					{"rij": rij.get("idx"), "wat": rij.get("wat")},
				)
			)
	return bevindingen


def controleer_deelnemers(soort_overleg: str, deelnemers) -> list[Bevinding]:
	if soort_overleg == VOORBESPREKING and any(d.get("soort") == OUDER for d in deelnemers):
		return [
			Bevinding(
				"voorbespreking_ouders", _("Een voorbespreking is alleen met hulpverleners, zonder ouders.")
			)
		]
	return []


def standaard_einde(begin, minuten: int):
	"""The end of a meeting when none was given."""
	return begin + timedelta(minutes=minuten)


def verzonden_zonder_versturen(nieuwe_status: str | None, status_gewijzigd: bool, via_versturen: bool):
	"""The state 'Verslag verzonden' is reached only by sending (so only those allowed receive it)."""
	if nieuwe_status == VERSLAG_VERZONDEN and status_gewijzigd and not via_versturen:
		return [
			Bevinding(
				"verzenden",
				_(
					"Verstuur het verslag met de knop 'Verslag versturen'; dan krijgt alleen wie mag het verslag."
				),
			)
		]
	return []


def getoonde_versie(verslag_versie: int | None, status: str | None) -> int:
	"""The version number the minutes show: the last one sent once sent, the next one before."""
	return (verslag_versie or 0) + (0 if status == VERSLAG_VERZONDEN else 1)


def alleen_per_post(ontvangers, per_post_ontvangers) -> bool:
	"""Whether the minutes reach nobody by e-mail and someone (a parent without an e-mail address)
	by letter: then recording the letter is the sending."""
	return bool(per_post_ontvangers) and not any(o.ontvangt for o in ontvangers)


def niemand_per_email(per_post_ontvangers) -> Bevinding:
	"""Why 'Verslag versturen' sends nothing, and what to do instead."""
	if per_post_ontvangers:
		return Bevinding(
			"alleen_per_post",
			_(
				"Niemand op de verzendlijst krijgt het verslag per e-mail. Het verslag gaat per post: "
				"druk de brief af en klik op 'Verslag per post verstuurd'."
			),
		)
	return Bevinding("niemand", _("Niemand op de verzendlijst mag het verslag ontvangen."))


def deelnemers_zonder_toestemming(deelnemers, toestemming_scopes: dict, namen: dict) -> list[Bevinding]:
	"""Professionals put on the meeting without a consent in scope 'overleg' of the parents.
	``deelnemers``: the participant rows just added; ``toestemming_scopes``: hulpverlener -> scopes
	consented today; ``namen``: hulpverlener -> (name, organisation) for the message."""
	bevindingen = []
	for row in deelnemers:
		hulpverlener = row.get("hulpverlener")
		if row.get("soort") != HULPVERLENER or not hulpverlener:
			continue
		if "overleg" not in toestemming_scopes.get(hulpverlener, set()):
			naam, organisatie = namen.get(hulpverlener, (hulpverlener, ""))
			bevindingen.append(
				Bevinding(
					"deelnemer_zonder_toestemming",
					_(
						"{naam} ({organisatie}) kan niet aan dit overleg deelnemen: de ouders gaven "
						"{naam} of {organisatie} geen toestemming voor 'overleg en verslagen'. Vraag eerst "
						"toestemming (een regel in de toestemmingsverklaring) of haal {naam} van de lijst."
					),
					{"naam": naam, "organisatie": organisatie or "?"},
				)
			)
	return bevindingen


def verzendstatus(wachtrij_status: str | None, ontvanger_status: str | None, pogingen: int) -> str | None:
	"""Whether the minutes left for one receiver, from their entry in Frappe's e-mail queue.

	Sent only when the mail server accepted this receiver; failed once an attempt was refused
	(also while Frappe would still retry: nobody has the minutes yet); queued before the first
	attempt. ``None`` when the queue entry is gone: the last known status stands."""
	if ontvanger_status == WACHTRIJ_VERZONDEN:
		return AFGELEVERD
	if wachtrij_status is None:
		return None
	if wachtrij_status == WACHTRIJ_FOUT or pogingen > 0:
		return MISLUKT
	return IN_WACHTRIJ
