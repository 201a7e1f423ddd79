"""Contacts between meetings (contactmomenten): the coordinator keeps in touch with the parents,
the youngsters and the professionals (seed 001, step 6: "In de tussentijd onderhoudt de
Bkk-medewerker contact met de ouders en hulpverleners over hoe het gaat").

A contact with a youngster names that child's member row (``over_lid``), so the rules about a
youngster's own part apply to it.
"""

from datetime import date

from .leden import KIND, OUDER, zoek_lid
from .messages import Bevinding, _

MET_OUDER = "Ouder"
MET_JONGERE = "Jongere"
MET_HULPVERLENER = "Hulpverlener"
MET_ANDERS = "Anders"
MET_WIE = (MET_OUDER, MET_JONGERE, MET_HULPVERLENER, MET_ANDERS)
WIJZEN = ("Telefoon", "Bezoek", "E-mail", "Video")

ROL_VAN = {MET_OUDER: (OUDER,), MET_JONGERE: (KIND,)}


def gezinslid(contact, leden):
	"""The member the contact was with (for a parent or a youngster), or None."""
	rollen = ROL_VAN.get(contact.get("met_wie"))
	return zoek_lid(leden, contact.get("naam"), rollen) if rollen else None


def controleer(contact, leden, vandaag: date) -> list[Bevinding]:
	bevindingen = []
	datum = contact.get("datum")
	if datum and datum > vandaag:
		bevindingen.append(Bevinding("datum_toekomst", _("De datum van het contact ligt in de toekomst.")))
	met_wie = contact.get("met_wie")
	if met_wie == MET_HULPVERLENER and not contact.get("hulpverlener"):
		bevindingen.append(Bevinding("hulpverlener", _("Kies met welke hulpverlener het contact was.")))
	if met_wie == MET_JONGERE and gezinslid(contact, leden) is None:
		bevindingen.append(
			Bevinding(
				"jongere",
				_("Kies de jongere uit de kinderen van het gezin (gevonden: '{naam}')."),
				{"naam": contact.get("naam") or ""},
			)
		)
	if met_wie in (MET_OUDER, MET_ANDERS) and not (contact.get("naam") or "").strip():
		bevindingen.append(Bevinding("naam", _("Vul in met wie het contact was.")))
	vervolg_op = contact.get("vervolg_op")
	if vervolg_op and datum and vervolg_op < datum:
		bevindingen.append(Bevinding("vervolg", _("Het vervolg ligt voor de datum van het contact.")))
	return bevindingen
