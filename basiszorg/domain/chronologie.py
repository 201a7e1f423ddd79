"""The family's chronology: the events that matter, in time order, built from the records
themselves (never a second copy). Councils require a chronology of a child's file; for a
handover it is the story at a glance.

Each source record becomes zero or more events (``uit_*`` below, from plain dicts with dates as
``date``); ``selecteer`` filters by kind, period and the coordinator's "significant" mark and
sorts. Which records a user may read is decided before, by the permission rules: this module
only shapes what it is given.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime

from .messages import _
from .overleg import GEHOUDEN_STATUSSEN, VERSLAG_VERZONDEN
from .zorgplan import VASTGESTELD, VERVANGEN

AANMELDING = "Aanmelding"
BESLUIT = "Besluit"
INTAKE = "Intake"
TOESTEMMING = "Toestemming"
OVERLEG = "Overleg"
ZORGPLAN = "Zorgplan"
CONTACT = "Contact"
BRIEF = "Brief"
COORDINATOR = "Coördinator"
VEILIGHEID = "Veiligheid"
AFSLUITING = "Afsluiting"
SOORTEN = (
	AANMELDING,
	BESLUIT,
	INTAKE,
	TOESTEMMING,
	OVERLEG,
	ZORGPLAN,
	CONTACT,
	BRIEF,
	COORDINATOR,
	VEILIGHEID,
	AFSLUITING,
)


@dataclass(frozen=True)
class Gebeurtenis:
	op: date
	soort: str
	wat: str
	doctype: str
	name: str
	sleutel: str
	significant: bool = False


def _event(op, soort, wat, doctype, name, code) -> Gebeurtenis | None:
	if not op:
		return None
	day = op.date() if isinstance(op, datetime) else op
	return Gebeurtenis(day, soort, wat, doctype, name, f"{doctype}:{name}:{code}")


def _keep(*events) -> list[Gebeurtenis]:
	return [e for e in events if e]


def uit_gezin(g: dict) -> list[Gebeurtenis]:
	"""The family's own steps: registration, decision, waitlist, intake, start, letters, closure."""
	n, dt = g["name"], "Gezin"
	door = (
		_("door de ouders zelf")
		if g.get("aangemeld_door") == "Ouders zelf"
		else g.get("verwijzer_naam") or ""
	)
	return _keep(
		_event(g.get("aanmelddatum"), AANMELDING, f"{_('Aangemeld')} {door}".strip(), dt, n, "aangemeld"),
		_event(
			g.get("besluitdatum"),
			BESLUIT,
			f"{_('Besluit van de commissie')}: {g.get('commissie_besluit') or ''}".rstrip(": "),
			dt,
			n,
			"besluit",
		),
		_event(
			g.get("verwijzer_geinformeerd_op"),
			BRIEF,
			_("Verwijzer geïnformeerd over het besluit"),
			dt,
			n,
			"verwijzer",
		),
		_event(g.get("wachtlijst_datum"), BESLUIT, _("Op de wachtlijst"), dt, n, "wachtlijst"),
		_event(g.get("intakedatum"), INTAKE, _("Intake"), dt, n, "intake"),
		_event(g.get("startdatum"), INTAKE, _("Start van het traject"), dt, n, "start"),
		_event(g.get("overleg_voogd_op"), OVERLEG, _("Overleg met de gezinsvoogd"), dt, n, "voogd"),
		_event(
			g.get("startbericht_verstuurd_op"),
			BRIEF,
			_("Bericht over de start verstuurd"),
			dt,
			n,
			"startbericht",
		),
		_event(g.get("afsluitdatum"), AFSLUITING, _("Traject afgesloten"), dt, n, "afgesloten"),
		_event(
			g.get("afsluitbericht_verstuurd_op"),
			BRIEF,
			_("Bericht over de afsluiting verstuurd"),
			dt,
			n,
			"afsluitbericht",
		),
	)


def uit_coordinatoren(gezin: str, periodes: list[dict], naam_van) -> list[Gebeurtenis]:
	"""Each coordinator's start, with the reason of the change."""
	events = []
	for p in periodes:
		wat = _("Coördinator: {naam}").format(naam=naam_van(p["coordinator"]))
		if p.get("reden"):
			wat = f"{wat} ({p['reden']})"
		events += _keep(_event(p.get("van"), COORDINATOR, wat, "Gezin", gezin, f"coordinator-{p['idx']}"))
	return events


def uit_toestemming(t: dict) -> list[Gebeurtenis]:
	n, dt = t["name"], "Toestemming"
	return _keep(
		_event(
			t.get("gegeven_op"),
			TOESTEMMING,
			_("Toestemming gegeven ({name})").format(name=n),
			dt,
			n,
			"gegeven",
		),
		_event(
			t.get("ingetrokken_op"),
			TOESTEMMING,
			_("Toestemming ingetrokken ({name})").format(name=n),
			dt,
			n,
			"ingetrokken",
		),
	)


def uit_overleg(o: dict) -> list[Gebeurtenis]:
	n, dt = o["name"], "Overleg"
	held = o.get("workflow_state") in GEHOUDEN_STATUSSEN
	wat = f"{o.get('type') or _('Overleg')}: {_('gehouden') if held else _('gepland')}"
	return _keep(
		_event(o.get("starts_on"), OVERLEG, wat, dt, n, "overleg"),
		_event(o.get("verzonden_op"), BRIEF, _("Verslag verstuurd"), dt, n, "verslag")
		if o.get("workflow_state") == VERSLAG_VERZONDEN
		else None,
	)


def uit_zorgplan(z: dict) -> list[Gebeurtenis]:
	n, dt = z["name"], "Zorgplan"
	if z.get("workflow_state") not in (VASTGESTELD, VERVANGEN):
		return []
	versie = z.get("versie") or 1
	return _keep(
		_event(
			z.get("geldig_vanaf") or z.get("akkoord_ouders_op"),
			ZORGPLAN,
			_("Zorgplan versie {v} vastgesteld").format(v=versie),
			dt,
			n,
			"vastgesteld",
		),
		_event(
			z.get("akkoord_ouders_op"),
			ZORGPLAN,
			_("Ouders akkoord met zorgplan versie {v}").format(v=versie),
			dt,
			n,
			"akkoord",
		),
	)


def uit_contact(c: dict) -> list[Gebeurtenis]:
	wie = " ".join(filter(None, [c.get("met_wie"), c.get("naam")]))
	wat = _("Contact ({hoe}) met {wie}").format(hoe=(c.get("hoe") or "").lower(), wie=wie).replace(" ()", "")
	return _keep(_event(c.get("datum"), CONTACT, wat, "Contactmoment", c["name"], "contact"))


def uit_veiligheid(v: dict) -> list[Gebeurtenis]:
	n, dt = v["name"], "Zorg over veiligheid"
	return _keep(
		_event(
			v.get("geopend_op"), VEILIGHEID, _("Zorg over veiligheid: meldcode gestart"), dt, n, "geopend"
		),
		_event(v.get("besluit_op"), VEILIGHEID, _("Meldcode: besluit genomen"), dt, n, "besluit"),
		_event(v.get("melding_op"), VEILIGHEID, _("Gemeld bij Veilig Thuis"), dt, n, "melding"),
		_event(
			v.get("gezin_geinformeerd_op"),
			VEILIGHEID,
			_("Gezin geïnformeerd over de melding"),
			dt,
			n,
			"geinformeerd",
		),
	)


def selecteer(
	events: list[Gebeurtenis],
	soorten: list[str] | None = None,
	van: date | None = None,
	tot: date | None = None,
	significant: set[str] | frozenset = frozenset(),
	alleen_significant: bool = False,
) -> list[Gebeurtenis]:
	"""The events of the chosen kinds within [van, tot], marked, in time order (ties: by kind)."""
	order = {s: i for i, s in enumerate(SOORTEN)}
	chosen = [
		replace(e, significant=e.sleutel in significant)
		for e in events
		if (not soorten or e.soort in soorten) and (not van or e.op >= van) and (not tot or e.op <= tot)
	]
	if alleen_significant:
		chosen = [e for e in chosen if e.significant]
	return sorted(chosen, key=lambda e: (e.op, order.get(e.soort, len(order)), e.sleutel))
