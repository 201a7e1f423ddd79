"""JeugdMATCH: children in coordination are registered in the regional signalling system (the
verwijsindex), and parents and youngsters are told (seed 001: "De kinderen die in zorg zijn bij
Bkk worden in JeugdMATCH gezet ... De ouders en jeugdigen worden hierover geïnformeerd.").

Per child: registered on, parents and youngster informed on, deregistered on. A child in an active
traject that is not registered some days (a norm of the bureau) after the start is signalled, and a
traject closes only when every registration has been ended.
"""

from datetime import date

from .criteria import kinderen_buiten_traject
from .dates import plus_dagen
from .leden import kinderen_in_doelgroep, naam
from .messages import Bevinding, _

TERMIJN_DAGEN = 14  # register within two weeks of the start of the traject (default)


def in_coordinatie(leden, peildatum: date) -> list:
	"""The children the coordination covers: aged 0-19 and not under OTS."""
	buiten = {id(k) for k in kinderen_buiten_traject(leden)}
	return [k for k in kinderen_in_doelgroep(leden, peildatum) if id(k) not in buiten]


def niet_geregistreerd(leden, startdatum: date | None, peildatum: date, dagen: int = TERMIJN_DAGEN) -> list:
	"""Children in coordination not registered yet, once ``dagen`` have passed since the start."""
	if not startdatum or peildatum <= plus_dagen(startdatum, dagen):
		return []
	return [k for k in in_coordinatie(leden, peildatum) if not k.get("jeugdmatch_registratiedatum")]


def controleer_afsluiting(leden) -> list[Bevinding]:
	"""Closing the traject: every registration in JeugdMATCH has been ended."""
	return [
		Bevinding(
			"jeugdmatch_afmelden",
			_("{naam} staat nog in JeugdMATCH: meld het kind af en vul de datum van afmelden in."),
			{"naam": naam(kind)},
		)
		for kind in leden
		if kind.get("jeugdmatch_registratiedatum") and not kind.get("jeugdmatch_afgemeld_op")
	]


def controleer_datums(leden, vandaag: date) -> list[Bevinding]:
	"""Registration dates that cannot be right."""
	bevindingen = []
	for kind in leden:
		geregistreerd = kind.get("jeugdmatch_registratiedatum")
		for veld, label in (
			("jeugdmatch_registratiedatum", _("registratie in JeugdMATCH")),
			("jeugdmatch_geinformeerd_op", _("informeren over JeugdMATCH")),
			("jeugdmatch_afgemeld_op", _("afmelden in JeugdMATCH")),
		):
			if kind.get(veld) and kind.get(veld) > vandaag:
				bevindingen.append(
					Bevinding(
						"jeugdmatch_toekomst",
						_("De datum van {wat} van {naam} ligt in de toekomst."),
						{"wat": label, "naam": naam(kind)},
					)
				)
		afgemeld = kind.get("jeugdmatch_afgemeld_op")
		if afgemeld and (not geregistreerd or afgemeld < geregistreerd):
			bevindingen.append(
				Bevinding(
					"jeugdmatch_volgorde",
					_("{naam} is afgemeld in JeugdMATCH zonder (eerdere) registratie."),
					{"naam": naam(kind)},
				)
			)
	return bevindingen
