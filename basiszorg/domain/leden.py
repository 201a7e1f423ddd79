"""Family members: parents/carers, children and unborn children."""

from datetime import date

from .bsn import is_geldig_bsn, normaliseer_bsn
from .dates import leeftijd_in_jaren, plus_dagen
from .messages import Bevinding, _

OUDER = "Ouder/verzorger"
KIND = "Kind"
ONGEBOREN = "Ongeboren kind"
ROLLEN = (OUDER, KIND, ONGEBOREN)

MAX_LEEFTIJD_KIND = 19  # children "van 0 tot 19 jaar"


def ouders(leden) -> list:
	return [lid for lid in leden if lid.get("rol") == OUDER]


def kinderen(leden) -> list:
	"""Born children (any age); see ``kinderen_in_doelgroep`` for the 0-19 range."""
	return [lid for lid in leden if lid.get("rol") == KIND]


def ongeboren(leden) -> list:
	return [lid for lid in leden if lid.get("rol") == ONGEBOREN]


def leeftijd(lid, peildatum: date) -> int | None:
	geboren = lid.get("geboortedatum")
	return leeftijd_in_jaren(geboren, peildatum) if geboren else None


def kinderen_in_doelgroep(leden, peildatum: date) -> list:
	"""Born children aged 0 up to (not including) 19 on ``peildatum``; unknown age counts as in range."""
	result = []
	for kind in kinderen(leden):
		jaren = leeftijd(kind, peildatum)
		if jaren is None or 0 <= jaren < MAX_LEEFTIJD_KIND:
			result.append(kind)
	return result


def naam(lid) -> str:
	delen = [lid.get("voornaam"), lid.get("achternaam")]
	return " ".join(d for d in delen if d) or lid.get("rol") or "?"


def _gewoon(tekst) -> str:
	return " ".join((tekst or "").split()).casefold()


def zoek_lid(leden, wie: str | None, rollen=ROLLEN):
	"""The one member with role in ``rollen`` whose full name or first name is ``wie`` (case and
	spacing ignored); None when there is none or more than one."""
	gezocht = _gewoon(wie)
	if not gezocht:
		return None
	gevonden = [
		lid
		for lid in leden
		if lid.get("rol") in rollen and gezocht in {_gewoon(naam(lid)), _gewoon(lid.get("voornaam"))}
	]
	return gevonden[0] if len(gevonden) == 1 else None


MAX_DAGEN_TOT_UITGEREKENDE_DATUM = 300  # about ten months: a due date further away is a typo


def controleer_leden(leden, vandaag: date) -> list[Bevinding]:
	"""Member data that cannot be right: invalid BSN, births in the future, impossible due dates."""
	bevindingen, gezien_bsn = [], set()
	for lid in leden:
		wie = naam(lid)
		bsn = lid.get("bsn")
		if bsn:
			if not is_geldig_bsn(bsn):
				bevindingen.append(
					Bevinding("bsn_ongeldig", _("Het BSN van {naam} is ongeldig (11-proef)."), {"naam": wie})
				)
			elif normaliseer_bsn(bsn) in gezien_bsn:
				bevindingen.append(
					Bevinding(
						"bsn_dubbel", _("Het BSN van {naam} komt twee keer voor in dit gezin."), {"naam": wie}
					)
				)
			gezien_bsn.add(normaliseer_bsn(bsn))
		geboren = lid.get("geboortedatum")
		if geboren and geboren > vandaag:
			bevindingen.append(
				Bevinding(
					"geboorte_toekomst", _("De geboortedatum van {naam} ligt in de toekomst."), {"naam": wie}
				)
			)
		if lid.get("rol") == ONGEBOREN:
			uitgerekend = lid.get("uitgerekende_datum")
			if not uitgerekend:
				bevindingen.append(
					Bevinding(
						"uitgerekend_ontbreekt", _("Vul de uitgerekende datum in voor het ongeboren kind.")
					)
				)
			elif uitgerekend > plus_dagen(vandaag, MAX_DAGEN_TOT_UITGEREKENDE_DATUM):
				bevindingen.append(
					Bevinding(
						"uitgerekend_te_ver",
						_("De uitgerekende datum ligt meer dan tien maanden in de toekomst."),
					)
				)
	return bevindingen


def kind_met_naam(tekst: str | None, leden) -> str | None:
	"""The member row (``name``) of the child that ``tekst`` names by first or full name (case and
	spaces ignored); None when it names no child or more than one."""
	kind = zoek_lid(leden, tekst, (KIND,))
	return kind.get("name") if kind else None
