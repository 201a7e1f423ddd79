"""Deterministic Dutch demo data (Faker nl_NL) for a basiszorg site.

Families are created in Aangemeld and then moved through the real workflow, state by state,
so every demo family passed the same validations and transitions as a real one.
"""

import random
import re
from datetime import date, timedelta

import frappe
from faker import Faker
from frappe.utils import getdate

from basiszorg.domain import overleg as overleg_regels
from basiszorg.domain import traject
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER, naam
from basiszorg.domain.overleg import GEHOUDEN, VERSLAG_CONCEPT, VERSLAG_VERZONDEN
from basiszorg.domain.toestemming import jongeren_die_meebeslissen
from basiszorg.domain.zorgplan import VASTGESTELD
from basiszorg.setup.roles import COMMISSIE, COORDINATOR

DEMO_DOMAIN = "demo.basiszorg.example"
DEMO_PASSWORD = "Basiszorg-demo-2026"  # demo users only; documented in the README

ORGANISATIES = [
	("Huisartsenpraktijk", "Huisartsenpraktijk {}"),
	("Huisartsenpraktijk", "Gezondheidscentrum {}"),
	("JGZ", "Jeugdgezondheidszorg {}"),
	("GGZ", "GGZ {}"),
	("Verslavingszorg", "Verslavingszorg {}"),
	("Wijkteam", "Wijkteam {}"),
	("Onderwijs", "Basisschool De {}"),
	("Jeugdhulp", "Jeugdhulp {}"),
	("Gecertificeerde instelling", "Jeugdbescherming {}"),
]
DISCIPLINES = {
	"Huisartsenpraktijk": ["huisarts", "praktijkondersteuner GGZ"],
	"JGZ": ["jeugdverpleegkundige", "jeugdarts"],
	"GGZ": ["psychiater", "sociaal psychiatrisch verpleegkundige", "GZ-psycholoog"],
	"Verslavingszorg": ["verslavingsarts", "casemanager"],
	"Wijkteam": ["gezinscoach", "maatschappelijk werker"],
	"Onderwijs": ["intern begeleider", "leerkracht"],
	"Jeugdhulp": ["gezinsbehandelaar", "ambulant hulpverlener"],
	"Gecertificeerde instelling": ["jeugdbeschermer"],
}
# Share of the demo families per final state, in the order of the traject.
VERDELING = [
	(traject.AANGEMELD, 0.10),
	(traject.IN_COMMISSIE, 0.10),
	(traject.WACHTLIJST, 0.25),
	(traject.INTAKE, 0.10),
	(traject.ACTIEF, 0.30),
	(traject.AFGESLOTEN, 0.10),
	(traject.AFGEWEZEN, 0.05),
]
PAD = [
	traject.AANGEMELD,
	traject.IN_COMMISSIE,
	traject.WACHTLIJST,
	traject.INTAKE,
	traject.ACTIEF,
	traject.AFGESLOTEN,
]


class RealDataPresent(Exception):
	pass


def _slug(text: str, sep: str = "-") -> str:
	return re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)


def generate(families: int = 200, seed: int = 2026, force: bool = False, today: date | None = None) -> str:
	"""Create demo data; refuses when real families exist unless ``force``. Returns a summary."""
	if not force and frappe.db.count("Gezin", {"demo": 0}):
		raise RealDataPresent(
			"Deze site bevat echte gezinnen; gebruik --force om toch demodata toe te voegen."
		)
	frappe.set_user("Administrator")
	_complete_setup_wizard()
	rnd = random.Random(seed)
	fake = Faker("nl_NL")
	fake.seed_instance(seed)
	today = today or getdate()
	organisaties = _organisaties(fake, rnd)
	hulpverleners = _hulpverleners(fake, rnd, organisaties)
	coordinatoren = _users(fake, "coordinator", 4, COORDINATOR)
	_users(fake, "commissie", 2, COMMISSIE)
	counts = dict.fromkeys(traject.STATUSSEN, 0)
	for index, target in enumerate(_targets(families, rnd)):
		_gezin(fake, rnd, index, target, hulpverleners, coordinatoren, today)
		counts[target] += 1
	return "Demodata: {} organisaties, {} hulpverleners, {} gezinnen ({})".format(
		len(organisaties), len(hulpverleners), families, ", ".join(f"{k}: {v}" for k, v in counts.items())
	)


def _complete_setup_wizard() -> None:
	"""A fresh demo site skips Frappe's setup wizard: Dutch language, Dutch region."""
	if frappe.db.get_single_value("System Settings", "setup_complete"):
		return
	from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

	setup_complete(
		{
			"language": "Nederlands",
			"country": "Netherlands",
			"timezone": "Europe/Amsterdam",
			"currency": "EUR",
		}
	)


def _targets(families: int, rnd: random.Random) -> list[str]:
	targets = []
	for state, share in VERDELING:
		targets += [state] * round(families * share)
	targets = (targets + [traject.ACTIEF] * families)[:families]
	rnd.shuffle(targets)
	return targets


def _organisaties(fake, rnd) -> list[dict]:
	result = []
	for organisatietype, pattern in ORGANISATIES:
		for _ in range(2):
			naam = pattern.format(fake.unique.city())
			if not frappe.db.exists("Zorgorganisatie", naam):
				frappe.get_doc(
					{
						"doctype": "Zorgorganisatie",
						"organisatienaam": naam,
						"organisatietype": organisatietype,
						"plaats": fake.city(),
						"adres": fake.street_address(),
						"postcode": fake.postcode(),
						"telefoon": fake.phone_number(),
						"email": f"info@{_slug(naam)}.{DEMO_DOMAIN}",
					}
				).insert()
			result.append({"naam": naam, "type": organisatietype})
	return result


def _hulpverleners(fake, rnd, organisaties) -> list[dict]:
	result = []
	for organisatie in organisaties:
		for _ in range(rnd.randint(2, 4)):
			naam = fake.name()
			doc = frappe.get_doc(
				{
					"doctype": "Hulpverlener",
					"volledige_naam": naam,
					"zorgorganisatie": organisatie["naam"],
					"discipline": rnd.choice(DISCIPLINES[organisatie["type"]]),
					"email": f"{_slug(naam, '.')}@{DEMO_DOMAIN}",
					"telefoon": fake.phone_number(),
				}
			).insert()
			result.append({"name": doc.name, "organisatie": organisatie["naam"], "type": organisatie["type"]})
	return result


def _users(fake, prefix: str, count: int, role: str) -> list[str]:
	users = []
	for number in range(1, count + 1):
		email = f"{prefix}{number}@{DEMO_DOMAIN}"
		if not frappe.db.exists("User", email):
			user = frappe.get_doc(
				{
					"doctype": "User",
					"email": email,
					"first_name": fake.first_name(),
					"last_name": fake.last_name(),
					"send_welcome_email": 0,
					"language": "nl",
					"new_password": DEMO_PASSWORD,
				}
			)
			user.append("roles", {"role": role})
			user.insert(ignore_permissions=True)
		users.append(email)
	return users


def _leden(fake, rnd, achternaam: str, today: date) -> list[dict]:
	leden = []
	for _ in range(rnd.choice([1, 2, 2])):
		leden.append(
			{
				"rol": OUDER,
				"voornaam": fake.first_name(),
				"achternaam": achternaam,
				"geboortedatum": fake.date_between(
					today - timedelta(days=50 * 365), today - timedelta(days=20 * 365)
				),
				"psychiatrie": int(rnd.random() < 0.6),
				"verslaving": int(rnd.random() < 0.3),
				"lvb": int(rnd.random() < 0.2),
				"behandeling": "Loopt",
			}
		)
	if not any(lid["psychiatrie"] or lid["verslaving"] or lid["lvb"] for lid in leden):
		leden[0]["psychiatrie"] = 1
	for _ in range(rnd.randint(1, 4)):
		leden.append(
			{
				"rol": KIND,
				"voornaam": fake.first_name(),
				"achternaam": achternaam,
				"geboortedatum": fake.date_between(
					today - timedelta(days=17 * 365), today - timedelta(days=30)
				),
			}
		)
	if rnd.random() < 0.1:
		leden.append({"rol": ONGEBOREN, "uitgerekende_datum": today + timedelta(days=rnd.randint(20, 250))})
	return leden


def _gezin(fake, rnd, index, target, hulpverleners, coordinatoren, today):
	achternaam = fake.last_name()
	betrokken = rnd.sample(hulpverleners, rnd.randint(2, 5))
	if len({b["organisatie"] for b in betrokken}) < 2:
		betrokken.append(next(h for h in hulpverleners if h["organisatie"] != betrokken[0]["organisatie"]))
	verwijzer = betrokken[0]
	pad = _pad(target)
	aangemeld = today - timedelta(days=_dagen_geleden(rnd, target))
	doc = frappe.get_doc(
		{
			"doctype": "Gezin",
			"demo": 1,
			"gezinsnaam": f"Gezin {achternaam}",
			"coordinator": rnd.choice(coordinatoren),
			"adres": fake.street_address(),
			"postcode": fake.postcode(),
			"woonplaats": fake.city(),
			"telefoon": fake.phone_number(),
			"email": f"gezin{index}@{DEMO_DOMAIN}",
			"aanmelddatum": aangemeld,
			"aangemeld_door": "Hulpverlener",
			"verwijzer": verwijzer["name"],
			"reden_aanmelding": fake.sentence(nb_words=12),
			"zorgen_basiszorg": 1,
			"zorgen_toelichting": fake.sentence(nb_words=10),
			"toestemming_aanmelding": 1,
			"leden": _leden(fake, rnd, achternaam, aangemeld),
			"betrokkenen": [
				{"hulpverlener": b["name"], "rol_in_gezin": b["type"], "contactpersoon": int(i == 0)}
				for i, b in enumerate(betrokken)
			],
		}
	)
	doc.insert()
	closing = pad[-1] == traject.AFGESLOTEN
	eerste = None
	for state in pad[1:-1] if closing else pad[1:]:
		if state == traject.ACTIEF:
			_toestemmingen(doc, betrokken, rnd)
			eerste = _eerste_overleg(doc, rnd, today)
		_enter(doc, state, aangemeld, rnd, today, start=getdate(eerste.starts_on) if eerste else None)
	if doc.workflow_state == traject.INTAKE:
		_toestemmingen(doc, betrokken, rnd)
	if doc.workflow_state == traject.ACTIEF:
		start = getdate(doc.startdatum)
		einde = min(start + timedelta(days=rnd.randint(120, 500)), today) if closing else today
		_zorgplan(fake, doc, rnd, start)
		_overleggen(fake, doc, betrokken, rnd, einde, eerste)
		if closing:
			_enter(doc, traject.AFGESLOTEN, aangemeld, rnd, today, einde=einde, organisaties=betrokken)
	return doc


def _zorgplan(fake, doc, rnd, start):
	"""A care plan adopted with the parents two weeks into the traject."""
	kinderen = [lid.voornaam for lid in doc.leden if lid.rol == KIND] or ["Hele gezin"]
	plan = frappe.get_doc(
		{
			"doctype": "Zorgplan",
			"gezin": doc.name,
			"geldig_vanaf": start,
			"krachten": fake.sentence(nb_words=12),
			"netwerk": fake.sentence(nb_words=10),
			"doelen": [
				{
					"levensgebied": rnd.choice(overleg_regels.LEVENSGEBIEDEN),
					"voor_wie": rnd.choice([*kinderen, "Hele gezin"]),
					"doel": fake.sentence(nb_words=7),
					"wie_werkt_eraan": rnd.choice(["moeder", "vader", "wijkteam", "school", "GGZ"]),
					"status": rnd.choice(["Open", "Bezig", "Bezig", "Bereikt"]),
				}
				for _ in range(rnd.randint(2, 4))
			],
			"akkoord_ouders_op": start + timedelta(days=14),
			"akkoord_hoe": "In het gezinsoverleg",
		}
	).insert()
	plan.workflow_state = VASTGESTELD
	plan.save()


def _toestemmingen(doc, betrokken, rnd):
	"""Consents given at intake for some of the involved professionals (youngsters 12+ sign too)."""
	ouders = [lid for lid in doc.leden if lid.rol == OUDER]
	jongeren = jongeren_die_meebeslissen(doc.leden, getdate(doc.intakedatum))
	for professional in betrokken[: rnd.randint(1, len(betrokken))]:
		full = rnd.random() < 0.7
		frappe.get_doc(
			{
				"doctype": "Toestemming",
				"gezin": doc.name,
				"hulpverlener": professional["name"],
				"gezinsgegevens": int(full),
				"overleg": 1,
				"zorgplan": int(full),
				"verslag_email": 1,
				"gegeven_door": " en ".join(naam(o) for o in ouders),
				"jongeren": "\n".join(k.voornaam for k in jongeren),
				"gegeven_op": doc.intakedatum,
				"geldig_tot": getdate(doc.intakedatum) + timedelta(days=730),
				"formulier": "/private/files/demo-toestemming.pdf",
			}
		).insert()


def _eerste_overleg(doc, rnd, today):
	"""The first gezinsoverleg, planned in the intake: the traject starts on its day."""
	datum = min(getdate(doc.intakedatum) + timedelta(days=rnd.randint(7, 30)), today)
	meeting = frappe.get_doc(
		{
			"doctype": "Overleg",
			"gezin": doc.name,
			"type": overleg_regels.GEZINSOVERLEG,
			"starts_on": f"{datum} {rnd.choice(['09:30', '13:00', '15:30'])}:00",
			"locatie": rnd.choice(["Bij het gezin thuis", "Wijkcentrum", "Kantoor Bureau Basiszorg"]),
			"voorzitter": doc.coordinator,
		}
	).insert()
	doc.reload()  # planning ticked off the intake step
	return meeting


def _overleggen(fake, doc, betrokken, rnd, einde, eerste):
	"""The first meeting (planned in the intake) and meetings every 2-3 months after it, held with
	minutes sent, the last one in draft."""
	start = getdate(eerste.starts_on)
	datum, meetings = start + timedelta(days=rnd.randint(60, 90)), [eerste]
	while datum <= einde and len(meetings) < 2:
		meetings.append(datum)
		datum += timedelta(days=rnd.randint(60, 90))
	ouder = next((lid for lid in doc.leden if lid.rol == OUDER), None)
	for index, datum in enumerate(meetings):
		deelnemers = (
			[{"soort": "Ouder", "naam": naam(ouder), "email": doc.email, "aanwezigheid": "Aanwezig"}]
			if ouder
			else []
		)
		deelnemers += [
			{
				"soort": "Hulpverlener",
				"hulpverlener": b["name"],
				"aanwezigheid": rnd.choice(["Aanwezig", "Aanwezig", "Afgemeld"]),
			}
			for b in betrokken
		]
		inhoud = {
			"deelnemers": deelnemers,
			"besproken": [
				{"levensgebied": gebied, "besproken": fake.paragraph(nb_sentences=2)}
				for gebied in rnd.sample(overleg_regels.LEVENSGEBIEDEN, 3)
			],
		}
		if index:
			meeting = frappe.get_doc(
				{
					"doctype": "Overleg",
					"gezin": doc.name,
					"type": overleg_regels.EVALUATIE if index % 2 == 0 else overleg_regels.GEZINSOVERLEG,
					"starts_on": f"{datum} {rnd.choice(['09:30', '13:00', '15:30'])}:00",
					"locatie": rnd.choice(["Bij het gezin thuis", "Wijkcentrum", "Kantoor Bureau Basiszorg"]),
					"voorzitter": doc.coordinator,
					**inhoud,
				}
			).insert()
			datum_overleg = datum
		else:
			meeting = datum
			meeting.update(inhoud)
			datum_overleg = getdate(meeting.starts_on)
		meeting.set(
			"afspraken",
			[
				{
					"wat": fake.sentence(nb_words=8),
					"wie_soort": "Hulpverlener",
					"hulpverlener": rnd.choice(betrokken)["name"],
					"wanneer": datum_overleg + timedelta(days=rnd.randint(14, 60)),
					"status": rnd.choice(["Open", "Loopt", "Gedaan"]),
				}
				for _ in range(rnd.randint(1, 3))
			],
		)
		for state in (GEHOUDEN, VERSLAG_CONCEPT):
			meeting.workflow_state = state
			meeting.save()
		if index < len(meetings) - 1 or einde < getdate():
			meeting.workflow_state = VERSLAG_VERZONDEN
			meeting.flags.sending = True  # demo data: marked as sent, no e-mail is queued
			meeting.verslag_versie = 1
			meeting.save()


def _pad(target: str) -> list[str]:
	if target == traject.AFGEWEZEN:
		return [traject.AANGEMELD, traject.IN_COMMISSIE, traject.AFGEWEZEN]
	return PAD[: PAD.index(target) + 1]


def _dagen_geleden(rnd, target) -> int:
	"""How long ago a family in ``target`` registered, so its dates look like a real traject."""
	return {
		traject.AANGEMELD: rnd.randint(0, 10),
		traject.IN_COMMISSIE: rnd.randint(3, 13),
		traject.AFGEWEZEN: rnd.randint(20, 200),
		traject.WACHTLIJST: rnd.randint(15, 110),
		traject.INTAKE: rnd.randint(60, 120),
		traject.ACTIEF: rnd.randint(100, 700),
		traject.AFGESLOTEN: rnd.randint(300, 900),
	}[target]


def _enter(doc, state, aangemeld, rnd, today, einde=None, organisaties=(), start=None):
	besluit = min(aangemeld + timedelta(days=rnd.randint(5, 16)), today)
	if state == traject.WACHTLIJST:
		doc.commissie_motivatie = (
			"Voldoet aan de criteria; meerdere instanties betrokken, zorgen over de basiszorg."
		)
		doc.besluitdatum = besluit
		doc.wachtlijst_datum = besluit
		doc.verwijzer_geinformeerd_op = besluit
	elif state == traject.AFGEWEZEN:
		doc.commissie_motivatie = "De situatie vraagt eerst om een melding bij Veilig Thuis."
		doc.besluitdatum = besluit
		doc.verwijzer_geinformeerd_op = besluit
	elif state == traject.INTAKE:
		doc.intakedatum = min(besluit + timedelta(weeks=rnd.randint(3, 14)), today)
	elif state == traject.ACTIEF:
		doc.startdatum = start or min(getdate(doc.intakedatum) + timedelta(days=rnd.randint(7, 30)), today)
	elif state == traject.AFGESLOTEN:
		doc.afsluitdatum = einde
		doc.afsluitreden = rnd.choice(traject.AFSLUITREDENEN[:4])
		doc.toelichting_open_afspraken = "Lopende afspraken gaan verder bij de betrokken hulpverleners."
		if doc.afsluitreden == "Overgedragen aan andere zorg":
			receiver = rnd.choice(organisaties)
			doc.overdracht_aan = receiver["organisatie"]
			doc.overdracht_contactpersoon = receiver["name"]
	doc.workflow_state = state
	doc.save()
