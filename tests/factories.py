"""Plain-dict builders for the pure domain tests (records are read with ``.get``)."""

from datetime import date

from basiszorg.domain.criteria import BEHANDELING_LOOPT
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER

PEILDATUM = date(2026, 3, 15)


def ouder(voornaam="Sanne", **velden):
	lid = {
		"rol": OUDER,
		"voornaam": voornaam,
		"achternaam": "Jansen",
		"geboortedatum": date(1990, 5, 1),
		"psychiatrie": 1,
		"verslaving": 0,
		"lvb": 0,
		"behandeling": BEHANDELING_LOOPT,
		"verwachte_start_behandeling": None,
	}
	lid.update(velden)
	return lid


def kind(voornaam="Daan", geboortedatum=date(2018, 6, 1), **velden):
	lid = {
		"rol": KIND,
		"voornaam": voornaam,
		"achternaam": "Jansen",
		"geboortedatum": geboortedatum,
		"ots": 0,
	}
	lid.update(velden)
	return lid


def ongeboren(uitgerekende_datum=date(2026, 6, 1), **velden):
	lid = {"rol": ONGEBOREN, "uitgerekende_datum": uitgerekende_datum}
	lid.update(velden)
	return lid


def betrokkene(zorgorganisatie, naam="Hulpverlener"):
	return {"hulpverlener": naam, "zorgorganisatie": zorgorganisatie}


def twee_instanties():
	return [betrokkene("GGZ Rivierduinen", "Els"), betrokkene("JGZ Hollands Midden", "Kees")]


def gezin(**velden):
	record = {"zorgen_basiszorg": 1, "toestemming_aanmelding": 1, "veilig_thuis_nodig": 0}
	record.update(velden)
	return record


def codes(bevindingen) -> list:
	return [b.code for b in bevindingen]
