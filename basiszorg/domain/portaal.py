"""Mijn gezin, the family's own place: who may come in, and where the family stands, in words.

Seed 004: the family is central; be open about waiting and about why help is (not) offered; one
contact person, also while waiting. Texts are plain Dutch (B1): short sentences, "u", no jargon.
"""

from dataclasses import dataclass, field
from datetime import date

from . import traject
from .leden import KIND, OUDER, leeftijd, naam
from .messages import Bevinding, _

VOLLEDIG = "Volledig"
BEPERKT = "Beperkt"
GEEN = "Geen"
TOEGANG = (GEEN, VOLLEDIG, BEPERKT)
LEEFTIJD_PORTAAL = 12  # youngsters from 12 get their own account

# the steps as the family sees them
STAPPEN = (
	(traject.AANGEMELD, _("Aangemeld")),
	(traject.IN_COMMISSIE, _("Commissie")),
	(traject.WACHTLIJST, _("Wachtlijst")),
	(traject.INTAKE, _("Kennismaken")),
	(traject.ACTIEF, _("Samen aan de slag")),
	(traject.AFGESLOTEN, _("Afgesloten")),
)


def kan_uitgenodigd_worden(lid, peildatum: date) -> list[Bevinding]:
	"""A parent/carer or a youngster of 12 or older, with an e-mail address."""
	bevindingen = []
	wie = naam(lid)
	if lid.get("rol") == KIND and (leeftijd(lid, peildatum) or 0) < LEEFTIJD_PORTAAL:
		bevindingen.append(
			Bevinding(
				"te_jong",
				_("{naam} is jonger dan 12 jaar en krijgt (nog) geen eigen toegang tot Mijn gezin."),
				{"naam": wie},
			)
		)
	elif lid.get("rol") not in (OUDER, KIND):
		bevindingen.append(
			Bevinding("rol", _("{naam} kan geen toegang krijgen tot Mijn gezin."), {"naam": wie})
		)
	if not (lid.get("email") or "").strip():
		bevindingen.append(Bevinding("email", _("Vul eerst het e-mailadres van {naam} in."), {"naam": wie}))
	return bevindingen


@dataclass(frozen=True)
class WaarStaanWe:
	stap: str
	titel: str
	uitleg: tuple[str, ...] = field(default_factory=tuple)
	stappen: tuple[tuple[str, str, bool], ...] = field(default_factory=tuple)  # (state, label, done/current)


def _stappen(status: str) -> tuple:
	if status == traject.AFGEWEZEN:
		return ((traject.AANGEMELD, _("Aangemeld"), True), (traject.AFGEWEZEN, _("Besluit"), True))
	states = [s for s, _label in STAPPEN]
	current = states.index(status) if status in states else 0
	return tuple((s, label, i <= current) for i, (s, label) in enumerate(STAPPEN))


def _datum(d: date | None, format_datum) -> str:
	return format_datum(d) if d else "?"


def waar_staan_we(
	gezin, positie: int | None, interval_maanden: int, format_datum, vandaag: date
) -> WaarStaanWe:
	"""The family's step in words. ``gezin`` has the Gezin's fields (dates as ``date``);
	``positie`` is the place on the waitlist; ``format_datum`` turns a date into text."""
	status = gezin.get("workflow_state") or traject.AANGEMELD
	zinnen: list[str] = []
	if status == traject.AANGEMELD:
		titel = _("Uw aanmelding is binnen")
		zinnen.append(_("De commissie bespreekt elke week de nieuwe aanmeldingen."))
		zinnen.append(
			_("U hoort uiterlijk {datum} of uw gezin op de wachtlijst komt.").format(
				datum=_datum(gezin.get("beslistermijn"), format_datum)
			)
		)
	elif status == traject.IN_COMMISSIE:
		titel = _("De commissie bespreekt uw aanmelding")
		zinnen.append(
			_("U hoort uiterlijk {datum} wat de commissie besluit.").format(
				datum=_datum(gezin.get("beslistermijn"), format_datum)
			)
		)
	elif status == traject.WACHTLIJST:
		titel = _("Uw gezin staat op de wachtlijst")
		zinnen.append(
			_("Sinds {datum}. Uw gezin staat nu op plaats {positie}.").format(
				datum=_datum(gezin.get("wachtlijst_datum"), format_datum), positie=positie or "?"
			)
		)
		if gezin.get("prioriteit"):
			zinnen.append(_("Uw gezin krijgt voorrang, omdat er een baby is of een kindje op komst."))
		zinnen.append(
			_("We willen uiterlijk {datum} met u beginnen.").format(
				datum=_datum(gezin.get("uiterste_startdatum"), format_datum)
			)
		)
		if gezin.get("verwachte_startdatum"):
			zinnen.append(
				_("We verwachten te beginnen rond {datum}.").format(
					datum=format_datum(gezin.get("verwachte_startdatum"))
				)
			)
		zinnen.append(_("Heeft u in de tussentijd vragen of gaat het minder goed? Neem dan contact op."))
	elif status == traject.INTAKE:
		titel = _("We maken kennis")
		zinnen.append(_("Uw coördinator komt bij u thuis om kennis te maken."))
		zinnen.append(
			_("Daarna vragen we uw schriftelijke toestemming en plannen we het eerste gezinsoverleg.")
		)
	elif status == traject.ACTIEF:
		titel = _("We werken samen aan het plan voor uw gezin")
		zinnen.append(
			_("Ongeveer elke {maanden} maanden is er een gezinsoverleg met u en de hulpverleners.").format(
				maanden=interval_maanden
			)
		)
	elif status == traject.AFGESLOTEN:
		titel = _("De basiszorgcoördinatie is afgesloten")
		zinnen.append(
			_("Afgesloten op {datum}.").format(datum=_datum(gezin.get("afsluitdatum"), format_datum))
		)
		if gezin.get("afsluitreden"):
			zinnen.append(_("Reden: {reden}.").format(reden=_(gezin.get("afsluitreden"))))
	else:
		titel = _("De commissie heeft een besluit genomen")
		zinnen.append(_("Basiszorgcoördinatie past nu niet bij uw gezin."))
	if status in (traject.WACHTLIJST, traject.AFGEWEZEN) and gezin.get("commissie_motivatie"):
		zinnen.append(
			_("Waarom de commissie zo besloot: {reden}").format(reden=gezin.get("commissie_motivatie"))
		)
	return WaarStaanWe(status, titel, tuple(zinnen), _stappen(status))


def positie(eigen: tuple, wachtenden: list[tuple]) -> int:
	"""The place on the waitlist: 1 + how many families sort before ours (sort keys of the waitlist)."""
	return 1 + sum(1 for sleutel in wachtenden if sleutel < eigen)


def controleer_bureaunaam(naam: str | None) -> list[Bevinding]:
	"""The bureau's name is plain text: Frappe shows it unescaped in page titles."""
	if any(teken in (naam or "") for teken in "<>"):
		return [Bevinding("bureaunaam", _("De naam van het bureau mag geen < of > bevatten."), {})]
	return []


def huisstijl(
	naam: str, logo: str | None, telefoon: str | None, email: str | None, adres: str | None
) -> dict:
	"""What Frappe's Website Settings show on every page of Mijn gezin for the bureau: its name
	(with its logo when there is one) top left; at the bottom its name and address on the left, and
	how to reach it on the right, where Frappe would say "Built on Frappe". Values are escaped:
	Frappe shows them as HTML."""
	from html import escape

	naam = (naam or "").strip()
	merk = escape(naam)
	if logo:
		merk = (
			f'<img src="{escape(logo, quote=True)}" alt="" style="max-height: 32px; margin-right: 8px">{merk}'
		)
	bereikbaar = [escape(telefoon)] if telefoon else []
	if email:
		bereikbaar.append(f'<a href="mailto:{escape(email, quote=True)}">{escape(email)}</a>')
	return {
		"app_name": naam,
		"brand_html": merk,
		"copyright": escape(naam),
		"address": "<br>".join(escape(r.strip()) for r in (adres or "").splitlines() if r.strip()),
		"footer_powered": " · ".join(bereikbaar) or escape(naam),
	}
