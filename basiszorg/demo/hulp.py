"""Demo data of help that comes: a plausible social map of the region (the demo's fictitious
organisations, real kinds of offer from seed 003: KOPP/KVO groups by age, Piep zei de muis for 4
to 8, VoorZorg for pregnant mothers, parenting support in addiction care) and, for part of the
active families, requests in every state of their life: waiting (some past the stated time),
started, refused with a reason, withdrawn."""

from datetime import timedelta

import frappe

from basiszorg.domain import hulpaanvraag as regels
from basiszorg.domain.leden import KIND, naam
from basiszorg.domain.traject import ACTIEF
from basiszorg.permissions.registry import HULPAANVRAAG

# (name, kind of offer, for whom, ages, organisation type, waiting weeks, how to ask)
AANBOD = [
	("KOPP-groep 8 tot 12 jaar", "KOPP/KVO-groep", "Kind", (8, 12), "GGZ", 8, "Aanmelden per e-mail met het plan; intakegesprek met ouder en kind."),
	("KOPP-groep 12 tot 16 jaar", "KOPP/KVO-groep", "Kind", (12, 16), "GGZ", 10, "De jongere meldt zich zelf aan of via de coördinator."),
	("Piep zei de muis (4 tot 8 jaar)", "KOPP/KVO-groep", "Kind", (4, 8), "Jeugdhulp", 6, "Groep van acht bijeenkomsten; ouders komen twee keer mee."),
	("VoorZorg", "Opvoedondersteuning", "Ouder", (None, None), "JGZ", 2, "Voor zwangere vrouwen tot 28 weken; aanmelden via de JGZ."),
	("Opvoedondersteuning in de verslavingszorg", "Opvoedondersteuning", "Ouder", (None, None), "Verslavingszorg", 4, "Voor ouders in behandeling; via hun behandelaar."),
	("Ambulante GGZ voor ouders", "GGZ of verslavingszorg voor de ouder", "Ouder", (None, None), "GGZ", 12, "Verwijzing van de huisarts nodig."),
	("Gezinsbehandeling thuis", "Jeugdhulp", "Gezin", (None, None), "Jeugdhulp", 10, "Beschikking van het wijkteam nodig."),
	("Praktische thuishulp", "Praktische hulp", "Gezin", (None, None), "Wijkteam", 3, "Aanvragen bij het wijkteam."),
	("Logeerhuis in het weekend", "Respijtzorg", "Kind", (4, 17), "Jeugdhulp", 16, "Kennismaking met kind en ouders; beschikking nodig."),
	("Budgetcoaching", "Praktische hulp", "Ouder", (None, None), "Wijkteam", None, "Aanmelden bij het wijkteam; geen wachttijd opgegeven."),
]


def sociale_kaart(rnd, organisaties: list[dict], hulpverleners: list[dict], today) -> list[str]:
	"""The offers, each at a demo organisation of its type, with a receiver there."""
	names = []
	for naam_aanbod, soort, voor_wie, (van, tot), org_type, weken, hoe in AANBOD:
		choices = [o["naam"] for o in organisaties if o["type"] == org_type]
		if not choices:
			continue
		org = rnd.choice(choices)
		receivers = [h["name"] for h in hulpverleners if h["organisatie"] == org]
		doc = frappe.get_doc(
			{
				"doctype": "Aanbod",
				"naam": naam_aanbod,
				"zorgorganisatie": org,
				"soort": soort,
				"voor_wie": voor_wie,
				"leeftijd_van": van,
				"leeftijd_tot": tot,
				"hoe_aanvragen": hoe,
				"wachttijd_weken": weken,
				"wachttijd_per": today - timedelta(days=rnd.randint(5, 60)) if weken else None,
				"contactpersoon": f"Intake {org}",
				"telefoon": f"0{rnd.randint(10, 79)}-{rnd.randint(1000000, 9999999)}",
				"email": f"intake@{frappe.scrub(org).replace('_', '-')}.demo.basiszorg.example",
				"ontvanger": rnd.choice(receivers) if receivers else None,
			}
		).insert()
		names.append(doc.name)
	return names


def hulpaanvragen(rnd, offers: list[str], today) -> int:
	"""Requests for about four in ten active families, in every state of a request's life."""
	if not offers:
		return 0
	made = 0
	for family in frappe.get_all("Gezin", filters={"workflow_state": ACTIEF, "demo": 1}, fields=["name", "startdatum"]):
		if rnd.random() > 0.4:
			continue
		start = family.startdatum or today - timedelta(days=120)
		children = frappe.get_all("Gezinslid", filters={"parent": family.name, "rol": KIND}, fields=["voornaam", "achternaam"])
		for _ in range(rnd.randint(1, 2)):
			offer = frappe.get_doc("Aanbod", rnd.choice(offers))
			asked = min(today, start + timedelta(days=rnd.randint(7, 90)))
			values = {"doctype": HULPAANVRAAG, "gezin": family.name, "aanbod": offer.name, "aangevraagd_op": asked}
			if offer.voor_wie == "Kind" and children:
				values["voor_wie"] = naam(rnd.choice(children))
			values["vraag"] = f"{offer.naam}: {offer.hoe_aanvragen or ''}".strip()
			values["contact_wachten"] = "uw coördinator"
			doc = frappe.get_doc(values).insert()  # asked first; then the step it took since, as the workflow allows
			outcome = _outcome(rnd, asked, today)
			if outcome["workflow_state"] != regels.AANGEVRAAGD:
				doc.update(outcome)
				doc.save()
			made += 1
	return made


def _outcome(rnd, asked, today) -> dict:
	"""A state in the request's life, with the dates and words it needs (never before the asking)."""
	waited = max((today - asked).days, 0)
	day = lambda share: asked + timedelta(days=int(waited * share))  # noqa: E731
	pick = rnd.random()
	if pick < 0.25:
		return {"workflow_state": regels.AANGEVRAAGD}
	if pick < 0.55:
		return {"workflow_state": regels.WACHTLIJST, "wachtlijst_op": day(0.2), "verwachte_start": today + timedelta(days=rnd.randint(7, 60))}
	if pick < 0.8:
		return {"workflow_state": regels.GESTART, "wachtlijst_op": day(0.1), "gestart_op": day(0.7), "warme_overdracht": 1, "overdracht_op": day(0.7), "overdracht_door": "de coördinator", "overdracht_met": "de intaker"}
	if pick < 0.93:
		reden = rnd.choice(regels.WEIGERREDENEN[:-1])
		return {"workflow_state": regels.GEWEIGERD, "geweigerd_op": day(0.3), "weigerreden": reden, "weiger_toelichting": "De organisatie belde de coördinator en legde het uit."}
	return {"workflow_state": regels.INGETROKKEN, "beeindigd_op": day(0.5)}
