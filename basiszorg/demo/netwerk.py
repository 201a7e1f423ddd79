"""Demo data of the family's network: most families name a few people before their first plan is
adopted (the map kept with it) and some name more later (their network grew); the family of the
demo parent on Mijn gezin (ouder1) has a full map and a youngster (jongere1) who named a trusted
person in their own words; one family's network is almost empty and one is overloaded (one
grandmother carries nearly everything)."""

import random
from datetime import timedelta

import frappe

from basiszorg.domain import netwerk as regels
from basiszorg.domain.leden import KIND, OUDER, naam
from basiszorg.domain.netwerkkaart import MIDDEN, NABIJ, VER
from basiszorg.domain.traject import ACTIEF
from basiszorg.permissions.changes import app_action
from basiszorg.permissions.registry import KINDWERELD, NETWERKMOMENT, NETWERKPERSOON

# (name, relation, circle, kinds of support (fields), involve)
MENSEN = [
	(
		"Oma {achternaam}",
		"moeder van {ouder}",
		NABIJ,
		("steun_opvang", "steun_praktisch"),
		regels.BETREKKEN_JA,
	),
	("Opa {achternaam}", "vader van {ouder}", MIDDEN, ("steun_praktisch",), regels.BETREKKEN_JA),
	("De buurvrouw", "buurvrouw", MIDDEN, ("steun_opvang",), regels.NOG_NIET_BESPROKEN),
	("Tante Fatima", "zus van {ouder}", NABIJ, ("steun_emotioneel", "steun_crisis"), regels.BETREKKEN_JA),
	("Vriendin Els", "vriendin van {ouder}", MIDDEN, ("steun_emotioneel",), regels.BETREKKEN_JA),
	("Juf Anja", "juf van {kind}", VER, ("steun_advies",), regels.BETREKKEN_JA),
	("Trainer van de voetbal", "trainer van {kind}", VER, (), regels.NOG_NIET_BESPROKEN),
	("Oom Kees", "broer van {ouder}", VER, ("steun_praktisch",), regels.BETREKKEN_NEE),
	("Buurman Henk", "buurman", VER, ("steun_praktisch",), regels.BETREKKEN_JA),
	("Imam van de moskee", "contact in de moskee", VER, ("steun_advies",), regels.NOG_NIET_BESPROKEN),
]


def _names(doc) -> dict:
	parent = next((m for m in doc.leden if m.rol == OUDER), None)
	child = next((m for m in doc.leden if m.rol == KIND), None)
	return {
		"achternaam": (parent.achternaam if parent else doc.gezinsnaam) or "",
		"ouder": parent.voornaam if parent else "moeder",
		"kind": child.voornaam if child else "de kinderen",
	}


def _add(doc, rows) -> list[str]:
	made = []
	for naam_, relatie, cirkel, steun, betrekken in rows:
		person = frappe.get_doc(
			{
				"doctype": NETWERKPERSOON,
				"gezin": doc.name,
				"naam": naam_.format(**_names(doc)),
				"relatie": relatie.format(**_names(doc)),
				"nabijheid": cirkel,
				"betrekken": betrekken,
				**{field: 1 for field in steun},
			}
		).insert()
		made.append(person.name)
	return made


def _random(doc, what: str) -> random.Random:
	"""Each family's own draws (the demo's other data keeps its draws when networks change)."""
	return random.Random(f"{what}-{doc.name}")


def voor_het_plan(doc) -> None:
	"""The network the family names with the coordinator before the first plan: 0 to 4 people."""
	rnd = _random(doc, "netwerk")
	_add(doc, rnd.sample(MENSEN, rnd.randint(0, 4)))


def na_het_plan(doc, plan: str, start) -> None:
	"""The map kept with the plan is dated on the plan's start; some families name more later."""
	for moment in frappe.get_all(NETWERKMOMENT, {"zorgplan": plan}, pluck="name"):
		frappe.db.set_value(NETWERKMOMENT, moment, "datum", start, update_modified=False)
	rnd = _random(doc, "groei")
	if rnd.random() < 0.55:
		known = set(frappe.get_all(NETWERKPERSOON, {"gezin": doc.name}, pluck="naam"))
		fresh = [m for m in MENSEN if m[0].format(**_names(doc)) not in known]
		_add(doc, rnd.sample(fresh, min(len(fresh), rnd.randint(1, 3))))


def bijzondere_netwerken(today) -> list[str]:
	"""The networks a newcomer looks for; returns what was made, for the summary."""
	from basiszorg.demo.generator import DEMO_DOMAIN

	made = []
	own = frappe.db.get_value("Gezinslid", {"portaal_gebruiker": f"ouder1@{DEMO_DOMAIN}"}, "parent")
	youngster = frappe.db.get_value("Gezinslid", {"portaal_gebruiker": f"jongere1@{DEMO_DOMAIN}"}, "name")
	if own:
		doc = frappe.get_doc("Gezin", own)
		known = set(frappe.get_all(NETWERKPERSOON, {"gezin": own}, pluck="naam"))
		_add(doc, [m for m in MENSEN[:7] if m[0].format(**_names(doc)) not in known])
		for child in (m for m in doc.leden if m.rol == KIND):
			if frappe.db.exists(KINDWERELD, {"gezin": own, "over_lid": child.name}):
				continue
			# someone of the whole family (a sibling's own people are that sibling's part)
			trusted = frappe.get_all(
				NETWERKPERSOON,
				{"gezin": own, "nabijheid": NABIJ, "over_lid": ["is", "not set"]},
				pluck="name",
				order_by="creation asc",
				limit=1,
			)
			world = {
				"doctype": KINDWERELD,
				"gezin": own,
				"kind": naam(child),
				"weet_wat_er_speelt": regels.WEET_EEN_BEETJE,
				"uitgelegd_door": "de coördinator, samen met moeder",
				"school_gaat_door": regels.GAAT_DOOR,
				"sport_gaat_door": regels.GAAT_SOMS_DOOR,
				"vrienden_gaan_door": regels.GAAT_DOOR,
			}
			if child.name == youngster:
				with app_action():  # as Mijn gezin's action writes it: signed by the youngster
					own_person = frappe.get_doc(
						{
							"doctype": NETWERKPERSOON,
							"gezin": own,
							"naam": "Mentor op school",
							"relatie": f"mentor van {child.voornaam}",
							"voor_wie": naam(child),
							"nabijheid": NABIJ,
							"betrekken": regels.BETREKKEN_JA,
							"steun_emotioneel": 1,
							"toegevoegd_via": regels.VIA_MIJN_GEZIN,
							"bijgewerkt_door": regels.door_het_gezin(naam(child)),
						}
					).insert()
				trusted = [own_person.name]
				world.update(
					{
						"weet_wat_er_speelt": regels.WEET_HET,
						"in_eigen_woorden": "Thuis is het soms onrustig. Met mijn mentor kan ik daarover praten, en voetbal helpt.",
						"eigen_woorden_op": today - timedelta(days=3),
					}
				)
			frappe.get_doc({**world, "vertrouwenspersoon": trusted[0] if trusted else None}).insert()
		made.append(f"netwerk van {own} (ouder1) met een vertrouwenspersoon van jongere1")
	others = [
		g
		for g in frappe.get_all("Gezin", {"demo": 1, "workflow_state": ACTIEF}, pluck="name", order_by="name")
		if g != own
	]
	if others:  # almost empty: one neighbour, not yet asked
		for name in frappe.get_all(NETWERKPERSOON, {"gezin": others[0]}, pluck="name"):
			frappe.delete_doc(NETWERKPERSOON, name)
		_add(frappe.get_doc("Gezin", others[0]), [MENSEN[2]])
		made.append(f"bijna leeg netwerk: {others[0]}")
	if len(others) > 1:  # overloaded: one grandmother does everything
		doc = frappe.get_doc("Gezin", others[1])
		for name in frappe.get_all(NETWERKPERSOON, {"gezin": others[1]}, pluck="name"):
			frappe.delete_doc(NETWERKPERSOON, name)
		frappe.get_doc(
			{
				"doctype": NETWERKPERSOON,
				"gezin": doc.name,
				"naam": "Oma {achternaam}".format(**_names(doc)),
				"relatie": "moeder van {ouder}".format(**_names(doc)),
				"nabijheid": NABIJ,
				"betrekken": regels.BETREKKEN_JA,
				**{field: 1 for field in regels.STEUN_VELDEN},
				"toelichting": "Oma doet bijna alles: opvang, boodschappen, de nachten als het misgaat. Zij is zelf 74 en moe (overbelast netwerk).",
			}
		).insert()
		_add(doc, [MENSEN[7], MENSEN[8]])
		made.append(f"overbelast netwerk: {others[1]}")
	return made
