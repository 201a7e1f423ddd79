"""Deterministic Dutch demo data (Faker nl_NL) for a basiszorg site.

Families are created in Aangemeld and then moved through the real workflow, state by state,
so every demo family passed the same validations and transitions as a real one.
"""

import random
import re
from datetime import date, timedelta

import frappe
from faker import Faker
from frappe.utils import add_to_date, getdate

from basiszorg.demo import hulp, netwerk, resultaten, veiligheid
from basiszorg.domain import overleg as overleg_regels
from basiszorg.domain import traject
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER, leeftijd, naam
from basiszorg.domain.overleg import GEHOUDEN, VERSLAG_CONCEPT, VERSLAG_VERZONDEN
from basiszorg.domain.toestemming import (
	DEEL_GEDEELD,
	DEEL_NIET_GEDEELD,
	GELDIG,
	LEEFTIJD_ZELFSTANDIG,
	OVERLEG,
	jongeren_die_meebeslissen,
)
from basiszorg.domain.zorgplan import VASTGESTELD
from basiszorg.permissions.grants import scopes_today
from basiszorg.records import domain_rows
from basiszorg.setup.roles import COMMISSIE, COORDINATOR, HULPVERLENER
from basiszorg.setup.security import register_otp_secret

DEMO_DOMAIN = "demo.basiszorg.example"
DEMO_PASSWORD = "Basiszorg-demo-2026"  # demo users only; documented in the README
# Demo users log in with a second factor like real ones; their authenticator secret is published
# in the README (add it to an authenticator app, or `oathtool --totp -b SECRET`). Demo sites only.
DEMO_OTP_SECRET = "BASISZORGDEMOTWEEFACTOR2"

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


class SetupIncomplete(Exception):
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
	frappe.flags.demo_part_kept_closed = False
	fake = Faker("nl_NL")
	fake.seed_instance(seed)
	today = today or getdate()
	organisaties = _organisaties(fake, rnd)
	hulpverleners = _hulpverleners(fake, rnd, organisaties)
	coordinatoren = _users(fake, "coordinator", 4, COORDINATOR)
	_users(fake, "commissie", 2, COMMISSIE)
	counts = dict.fromkeys(traject.STATUSSEN, 0)
	closed, again = [], 0
	for index, target in enumerate(_targets(families, rnd)):
		if target == traject.AANGEMELD and closed and rnd.random() < 0.5:
			_opnieuw_aangemeld(closed.pop(0), hulpverleners, rnd)  # a family registered again
			again += 1
		else:
			doc = _gezin(fake, rnd, index, target, hulpverleners, coordinatoren, today)
			if doc.workflow_state == traject.AFGESLOTEN:
				closed.append(doc.name)
		counts[target] += 1
	renewal = needs_renewal(today)
	accounts = demo_accounts(renewal)
	accounts += veiligheid.generate(fake, today)  # the meldcode: the officer and a closed record
	networks = netwerk.bijzondere_netwerken(today)
	networks.append(_afwezigheid(coordinatoren, today))
	offers = hulp.sociale_kaart(rnd, organisaties, hulpverleners, today)
	networks.append(f"sociale kaart: {len(offers)} aanbod, {hulp.hulpaanvragen(rnd, offers, today)} hulpaanvragen")
	networks.append(f"{resultaten.metingen(rnd, today)} metingen")
	return "Demodata: {} organisaties, {} hulpverleners, {} gezinnen ({}), waarvan {} opnieuw aangemeld; accounts: {}; {}".format(
		len(organisaties),
		len(hulpverleners),
		families,
		", ".join(f"{k}: {v}" for k, v in counts.items()),
		again,
		", ".join(accounts),
		"; ".join(networks),
	)


def _afwezigheid(coordinatoren: list[str], today: date) -> str:
	"""One coordinator on holiday this week and next, with a colleague standing in (basiszorg/overdracht)."""
	from frappe.utils import add_days

	away, stand_in = coordinatoren[0], coordinatoren[1]
	frappe.get_doc(
		{
			"doctype": "Afwezigheid Coordinator",
			"coordinator": away,
			"van": add_days(today, -2),
			"tot": add_days(today, 12),
			"vervanger": stand_in,
			"notitie": "Vakantie; lopende zaken staan in de chronologie van elk gezin.",
		}
	).insert()
	return f"afwezig met vervanging: {away} (vervanger {stand_in})"


def _complete_setup_wizard() -> None:
	"""A fresh demo site skips Frappe's setup wizard: Dutch language, Dutch region.

	Only when no other installed app has a setup wizard of its own: ERPNext's asks for a company
	and a fiscal year, which are the organisation's to give. Completing the wizard without them
	leaves such a site half set up (ERPNext then shows a fiscal-year error on every desk page)."""
	if frappe.db.get_single_value("System Settings", "setup_complete"):
		return
	others = apps_with_own_setup_wizard()
	if others:
		raise SetupIncomplete(
			"Deze site heeft {} met een eigen installatiewizard: voltooi die eerst "
			"(bedrijf, boekjaar), daarna kan basiszorg-demo draaien.".format(", ".join(others))
		)
	from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

	setup_complete(
		{
			"language": "Nederlands",
			"country": "Netherlands",
			"timezone": "Europe/Amsterdam",
			"currency": "EUR",
		}
	)


def apps_with_own_setup_wizard() -> list[str]:
	return [
		app
		for app in frappe.get_installed_apps()
		if app not in ("frappe", "basiszorg")
		and (
			frappe.get_hooks("setup_wizard_stages", app_name=app)
			or frappe.get_hooks("setup_wizard_requires", app_name=app)
		)
	]


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
		register_otp_secret(email, DEMO_OTP_SECRET)
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
	kinderen = [lid for lid in leden if lid["rol"] == KIND]
	if len(kinderen) >= 2 and rnd.random() < 0.15:
		kinderen[0]["ots"] = 1  # partial OTS: this child is outside the coordination
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
	leden = _leden(fake, rnd, achternaam, aangemeld)
	netwerk = [
		{"hulpverlener": b["name"], "rol_in_gezin": b["type"], "contactpersoon": int(i == 0)}
		for i, b in enumerate(betrokken)
	]
	onder_ots = next((lid for lid in leden if lid.get("ots")), None)
	voogd = next((h for h in hulpverleners if h["type"] == "Gecertificeerde instelling"), None)
	if onder_ots and voogd:  # the gezinsvoogd of the child under OTS, involved with that child only
		netwerk.append(
			{
				"hulpverlener": voogd["name"],
				"rol_in_gezin": "gezinsvoogd",
				"betrokken_bij": onder_ots["voornaam"],
			}
		)
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
			# some parents have no e-mail: invitations and minutes go to them by post
			"email": None if rnd.random() < 0.15 else f"gezin{index}@{DEMO_DOMAIN}",
			"aanmelddatum": aangemeld,
			"aangemeld_door": "Hulpverlener",
			"verwijzer": verwijzer["name"],
			"reden_aanmelding": fake.sentence(nb_words=12),
			"zorgen_basiszorg": 1,
			"zorgen_toelichting": fake.sentence(nb_words=10),
			"toestemming_aanmelding": 1,
			"leden": leden,
			"betrokkenen": netwerk,
		}
	)
	doc.insert()
	closing = pad[-1] == traject.AFGESLOTEN
	eerste, consented = None, []
	for state in pad[1:-1] if closing else pad[1:]:
		if state == traject.ACTIEF:  # the parents' written consent comes first (seed 001)
			consented = _toestemming(doc, betrokken, rnd)
			_intakestappen(doc, rnd, today)
			datum = min(getdate(doc.intakedatum) + timedelta(days=rnd.randint(7, 30)), today)
			eerste = _plan(fake, doc, consented, rnd, datum, overleg_regels.GEZINSOVERLEG)
			if onder_ots and voogd:
				doc.voogd = voogd["name"]
				doc.overleg_voogd_op = min(
					getdate(doc.intakedatum) + timedelta(days=rnd.randint(1, 6)), today
				)
				doc.overleg_voogd_afspraken = "De coördinatie geldt voor de andere kinderen en de ouders."
		_enter(doc, state, aangemeld, rnd, today, start=getdate(eerste.starts_on) if eerste else None)
	if doc.workflow_state == traject.INTAKE:
		if rnd.random() < 0.5:
			_toestemming(doc, betrokken, rnd)
		_intakestappen(doc, rnd, today, tot=rnd.randint(0, 3))
		_contacten(fake, doc, betrokken, rnd, getdate(doc.intakedatum), today)
	if doc.workflow_state == traject.ACTIEF:
		start = getdate(doc.startdatum)
		einde = min(start + timedelta(days=rnd.randint(120, 500)), today) if closing else today
		_jeugdmatch(doc, rnd, start, today)
		doc.startbericht_verstuurd_op = min(start + timedelta(days=rnd.randint(1, 7)), today)
		doc.save()
		_zorgplan(fake, doc, rnd, start)
		_overleggen(fake, doc, consented, rnd, einde, eerste, today)
		_contacten(fake, doc, betrokken, rnd, getdate(doc.intakedatum), einde)
		if closing:
			doc.reload()
			for kind in doc.leden:
				if kind.jeugdmatch_registratiedatum:
					kind.jeugdmatch_afgemeld_op = einde
			_enter(doc, traject.AFGESLOTEN, aangemeld, rnd, today, einde=einde, organisaties=betrokken)
			_oordeel(doc, rnd, einde)
	return doc


def _opnieuw_aangemeld(earlier: str, hulpverleners, rnd):
	"""A closed family registered again (linked to its earlier traject; members and network copied)."""
	from basiszorg.api.gezin import opnieuw_aanmelden

	name = opnieuw_aanmelden(
		earlier,
		verwijzer=rnd.choice(hulpverleners)["name"],
		reden_aanmelding="Het gaat opnieuw minder goed met de basiszorg van de kinderen.",
	)
	doc = frappe.get_doc("Gezin", name)
	doc.update({"demo": 1, "zorgen_basiszorg": 1, "toestemming_aanmelding": 1})
	doc.save()
	return name


def _intakestappen(doc, rnd, today, tot=None):
	"""Steps of the intake done one after the other (a planned meeting ticks off its own step)."""
	doc.reload()
	datum = getdate(doc.intakedatum)
	for step in [s for s in doc.intakestappen if not s.koppeling][:tot]:
		datum = min(datum + timedelta(days=rnd.randint(1, 6)), today)
		step.gedaan_op = datum
		step.gedaan_door = doc.coordinator
	doc.save()


def _jeugdmatch(doc, rnd, start, today):
	"""Most children in coordination are registered in JeugdMATCH within the term; some not yet."""
	from basiszorg.domain.jeugdmatch import in_coordinatie

	members = domain_rows(doc.leden)
	in_coordination = {id(k) for k in in_coordinatie(members, today)}
	for kind, member in zip(doc.leden, members, strict=True):
		if id(member) in in_coordination and rnd.random() < 0.85:
			kind.jeugdmatch_registratiedatum = min(start + timedelta(days=rnd.randint(2, 12)), today)
			kind.jeugdmatch_geinformeerd_op = kind.jeugdmatch_registratiedatum


def _contacten(fake, doc, betrokken, rnd, van, tot):
	"""Contacts between meetings: with a parent, a youngster, a professional or someone of the network."""
	from basiszorg.domain import contactmoment as cm
	from basiszorg.domain.leden import leeftijd, zoek_lid

	members = domain_rows(doc.leden)
	ouders = [lid for lid in members if lid.rol == OUDER]
	jongeren = [
		naam(lid)
		for lid in members
		if lid.rol == KIND
		and not lid.ots
		and (leeftijd(lid, tot) or 0) >= 12
		and zoek_lid(members, naam(lid)) is not None
	]
	for _ in range(rnd.randint(2, 6)):
		met_wie = rnd.choice([cm.MET_OUDER, cm.MET_OUDER, cm.MET_HULPVERLENER, cm.MET_JONGERE, cm.MET_ANDERS])
		values = {"met_wie": met_wie}
		if met_wie == cm.MET_JONGERE and jongeren:
			values["naam"] = rnd.choice(jongeren)
		elif met_wie == cm.MET_HULPVERLENER:
			values["hulpverlener"] = rnd.choice(betrokken)["name"]
		elif met_wie == cm.MET_ANDERS:
			values["naam"] = rnd.choice(["Oma", "Buurvrouw", "Tante"])
		else:
			values.update(met_wie=cm.MET_OUDER, naam=rnd.choice(ouders).voornaam if ouders else "Moeder")
		vervolg = rnd.random() < 0.4
		frappe.get_doc(
			{
				"doctype": "Contactmoment",
				"gezin": doc.name,
				"datum": van + timedelta(days=rnd.randint(0, max((tot - van).days, 0))),
				"hoe": rnd.choice(cm.WIJZEN),
				"notitie": fake.sentence(nb_words=10),
				"vervolg": fake.sentence(nb_words=6) if vervolg else None,
				**values,
			}
		).insert()


def _oordeel(doc, rnd, einde):
	"""The parents' judgement at closure, and the closing letter to referrer, huisarts and JGZ."""
	from basiszorg.domain import afsluiting

	doc.reload()
	doc.oordeel_ouders = rnd.choices(afsluiting.OORDELEN, weights=(6, 3, 1))[0]
	doc.oordeel_toelichting = "We weten nu bij wie we terechtkunnen."
	for row in doc.doeloordelen:
		row.bereikt = rnd.choices(afsluiting.BEREIKT, weights=(5, 3, 2))[0]
	doc.afsluitbericht_verstuurd_op = einde
	doc.save()


def _zorgplan(fake, doc, rnd, start):
	"""A care plan adopted with the parents two weeks into the traject, with a signaleringsplan."""
	kinderen = [lid.voornaam for lid in doc.leden if lid.rol == KIND and not lid.ots] or ["Hele gezin"]
	ouder = next((lid.voornaam for lid in doc.leden if lid.rol == OUDER), "moeder")
	netwerk.voor_het_plan(doc)
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
			"signalen": [
				{
					"signaal": signaal,
					"bij_wie": ouder,
					"wat_te_doen": wat,
					"wie": wie,
				}
				for signaal, wat, wie in rnd.sample(SIGNALEN, rnd.randint(1, 2))
			],
			"opvang_kinderen": rnd.choice(["Oma", "Tante", "De buurvrouw", "Een vriendin van moeder"])
			+ " vangt de kinderen op en brengt ze naar school.",
			"crisiscontact": "Crisisdienst GGZ: 088-" + str(rnd.randint(1000000, 9999999)),
			"akkoord_ouders_op": start + timedelta(days=14),
			"akkoord_hoe": "In het gezinsoverleg",
		}
	).insert()
	plan.workflow_state = VASTGESTELD
	plan.save()
	netwerk.na_het_plan(doc, plan.name, start)


SIGNALEN = [
	(
		"Slaapt slecht en blijft 's ochtends in bed",
		"Ouder belt de SPV; de kinderen gaan met de buurvrouw naar school",
		"SPV en buurvrouw",
	),
	(
		"Zegt afspraken af en neemt de telefoon niet op",
		"Coördinator belt binnen twee dagen en komt langs",
		"Coördinator",
	),
	("Drinkt weer meer", "Ouder meldt zich bij de verslavingszorg; oma neemt de kinderen", "Ouder en oma"),
	("De post blijft ongeopend liggen", "Wijkteam helpt met de rekeningen", "Wijkteam"),
]


def _toestemming(doc, betrokken, rnd):
	"""One declaration signed at intake by the parents, with a line per professional (some with
	fewer scopes); youngsters of 12-15 sign along, a youngster of 16+ decides about their own
	part (about a third say no, and always the first one of the demo)."""
	signed_on = getdate(doc.intakedatum)
	givers = [{"gezinslid": lid.name} for lid in doc.leden if lid.rol == OUDER]
	for youngster in jongeren_die_meebeslissen(doc.leden, signed_on):
		answer = None
		if leeftijd(youngster, signed_on) >= LEEFTIJD_ZELFSTANDIG:
			says_no = rnd.random() < 0.35
			# the first youngster of 16+ of a demo run keeps their part closed (a login shows it)
			first = not frappe.flags.demo_part_kept_closed
			answer = DEEL_NIET_GEDEELD if says_no or first else DEEL_GEDEELD
			frappe.flags.demo_part_kept_closed = True
		givers.append({"gezinslid": youngster.name, "eigen_deel": answer})
	lines, consented = [], betrokken[: rnd.randint(1, len(betrokken))]
	for professional in consented:
		full = rnd.random() < 0.7
		lines.append(
			{
				"hulpverlener": professional["name"],
				"gezinsgegevens": int(full),
				"overleg": 1,
				"zorgplan": int(full),
				"verslag_email": 1,
				"doel": rnd.choice(REDENEN_DELEN),
			}
		)
	frappe.get_doc(
		{
			"doctype": "Toestemming",
			"gezin": doc.name,
			"gegeven_op": signed_on,
			# two years, and at least until the demo's transitions (done today) are through
			"geldig_tot": max(signed_on + timedelta(days=730), getdate() + timedelta(days=90)),
			"formulier": "/private/files/demo-toestemming.pdf",
			"gevers": givers,
			"regels": lines,
		}
	).insert()
	return consented  # every line includes 'overleg': they take part in the meetings


REDENEN_DELEN = (
	"Zodat iedereen met hetzelfde plan werkt en u uw verhaal niet steeds opnieuw hoeft te vertellen.",
	"Om samen met u te zorgen dat de kinderen naar school gaan en genoeg zorg krijgen.",
	"Omdat deze hulpverlener de behandeling van een ouder doet en mee overlegt over de kinderen.",
)


def needs_renewal(today: date) -> str | None:
	"""Demo: in one active family a child turned 12 after the consent was given (a child born
	then is added now), so the declaration needs renewing and the coordinator is told."""
	from basiszorg.permissions import grants

	for name in frappe.get_all(
		"Toestemming",
		{"status": GELDIG, "gegeven_op": ["<", today - timedelta(days=40)]},
		pluck="name",
		limit=20,
	):
		consent = frappe.get_doc("Toestemming", name)
		family = frappe.get_doc("Gezin", consent.gezin)
		if not family.demo or family.workflow_state != traject.ACTIEF:
			continue
		family.append(
			"leden",
			{
				"rol": KIND,
				"voornaam": "Sem",
				"achternaam": family.gezinsnaam.removeprefix("Gezin "),
				"geboortedatum": frappe.utils.add_days(frappe.utils.add_years(today, -12), -5),
			},
		)
		family.save()
		grants.check_ages(today)
		return name
	return None


def _plan(fake, doc, betrokken, rnd, datum, soort):
	"""A meeting planned with the parents and the professionals, with topics (some of the family),
	invitations by e-mail to those the consents allow, and by post to parents without e-mail."""
	from basiszorg.domain import uitnodiging

	ouders = [lid for lid in doc.leden if lid.rol == OUDER]
	# professionals take part only with a consent for meetings that is valid today
	scopes = scopes_today(doc.name, [b["name"] for b in betrokken])
	betrokken = [b for b in betrokken if OVERLEG in scopes.get(b["name"], set())]
	meeting = frappe.get_doc(
		{
			"doctype": "Overleg",
			"gezin": doc.name,
			"type": soort,
			"starts_on": f"{datum} {rnd.choice(['09:30', '13:00', '15:30'])}:00",
			"locatie": rnd.choice(["Bij het gezin thuis", "Wijkcentrum", "Kantoor Bureau Basiszorg"]),
			"voorzitter": doc.coordinator,
			"deelnemers": [{"soort": "Ouder", "naam": naam(o), "email": doc.email} for o in ouders]
			+ [{"soort": "Hulpverlener", "hulpverlener": b["name"]} for b in betrokken],
			"agendapunten": [
				{"onderwerp": fake.sentence(nb_words=5), "ingebracht_door": doc.coordinator},
				*(
					[{"onderwerp": rnd.choice(WENSEN), "van_gezin": 1, "ingebracht_door": ouders[0].voornaam}]
					if ouders and rnd.random() < 0.7
					else []
				),
			],
		}
	).insert()
	doc.reload()  # planning ticked off the intake step
	uitgenodigd = add_to_date(getdate(datum), days=-14, as_datetime=True)
	for row, guest in zip(meeting.deelnemers, meeting.invitations(), strict=True):
		if guest.via == uitnodiging.PER_EMAIL:
			row.uitnodiging, row.uitgenodigd_op = guest.via, uitgenodigd
		elif guest.via == uitnodiging.PER_POST:
			row.uitnodiging, row.uitgenodigd_op = guest.via, uitgenodigd
			meeting.append("postverzending", _per_post(doc, row.naam, uitnodiging.UITNODIGING, uitgenodigd))
	meeting.uitnodigingen_verstuurd_op = uitgenodigd
	meeting.save()
	return meeting


WENSEN = [
	"Wij willen praten over de vakantie",
	"Hoe gaat het op school?",
	"Hulp bij de rekeningen",
	"Wie helpt als ik naar de kliniek moet?",
]


def _per_post(doc, aan, wat, datum, versie=None):
	adres = "\n".join(filter(None, [doc.adres, " ".join(filter(None, [doc.postcode, doc.woonplaats]))]))
	return {
		"wat": wat,
		"aan": aan,
		"adres": adres,
		"verstuurd_op": getdate(datum),
		"door": doc.coordinator,
		"versie": versie,
	}


def _overleggen(fake, doc, betrokken, rnd, einde, eerste, today):
	"""The first meeting (planned in the intake) and meetings every 2-3 months after it, held with
	minutes sent (by post to parents without e-mail), the last one in draft; a running traject has
	its next meeting planned."""
	from basiszorg.domain import uitnodiging

	meetings, datum = [eerste], getdate(eerste.starts_on) + timedelta(days=rnd.randint(60, 90))
	while datum <= einde and len(meetings) < 2:
		soort = overleg_regels.EVALUATIE if len(meetings) % 2 == 0 else overleg_regels.GEZINSOVERLEG
		meetings.append(_plan(fake, doc, betrokken, rnd, datum, soort))
		datum += timedelta(days=rnd.randint(60, 90))
	for index, meeting in enumerate(meetings):
		gehouden = getdate(meeting.starts_on)
		for row in meeting.deelnemers:
			row.aanwezigheid = (
				"Aanwezig" if row.soort == "Ouder" else rnd.choice(["Aanwezig", "Aanwezig", "Afgemeld"])
			)
		meeting.set(
			"besproken",
			[
				{"levensgebied": gebied, "besproken": fake.paragraph(nb_sentences=2)}
				for gebied in rnd.sample(overleg_regels.LEVENSGEBIEDEN, 3)
			],
		)
		meeting.set(
			"afspraken",
			[
				{
					"wat": fake.sentence(nb_words=8),
					"wie_soort": "Hulpverlener",
					"hulpverlener": rnd.choice(betrokken)["name"],
					"wanneer": gehouden + timedelta(days=rnd.randint(14, 60)),
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
			for row in uitnodiging.per_post(meeting.deelnemers):
				meeting.append("postverzending", _per_post(doc, row.naam, uitnodiging.VERSLAG, gehouden, 1))
			meeting.save()
	volgend = getdate(meetings[-1].starts_on) + timedelta(days=rnd.randint(60, 90))
	if einde >= today and volgend > today and rnd.random() < 0.6:
		_plan(fake, doc, betrokken, rnd, volgend, overleg_regels.EVALUATIE)


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


def _desk_user_for(professional: str, local: str) -> str:
	"""A desk login (role Hulpverlener) for a demo professional."""
	email = f"{local}@{DEMO_DOMAIN}"
	if not frappe.db.exists("User", email):
		name = frappe.db.get_value("Hulpverlener", professional, "volledige_naam") or local
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": name,
				"send_welcome_email": 0,
				"language": "nl",
				"new_password": DEMO_PASSWORD,
			}
		)
		user.append("roles", {"role": HULPVERLENER})
		user.insert(ignore_permissions=True)
	register_otp_secret(email, DEMO_OTP_SECRET)
	frappe.get_doc("Hulpverlener", professional).update({"user": email}).save(ignore_permissions=True)
	return email


def _portal_user_for(family, member, local: str, toegang: str) -> str:
	"""A Mijn gezin login for a demo family member (invited as a coordinator does)."""
	from frappe.utils.password import update_password

	from basiszorg.portaal import accounts

	frappe.db.set_value("Gezinslid", member.name, "email", f"{local}@{DEMO_DOMAIN}")
	_family, _member, user = accounts.open_account(family.name, member.name)  # demo: no e-mail
	accounts.zet_toegang(family.name, member.name, toegang)
	update_password(user, DEMO_PASSWORD)
	return user


def demo_accounts(renewal: str | None) -> list[str]:
	"""Logins so a newcomer can see each role: professionals with a consent of every kind (full,
	meetings only, withdrawn, expired, needing renewal, with a youngster's part kept closed) and
	family members on Mijn gezin (parents, a youngster of 16+, a limited parent, a waiting family)."""
	from basiszorg.domain.portaal import BEPERKT, VOLLEDIG

	made = []
	declarations = frappe.get_all(
		"Toestemming", {"status": GELDIG, "name": ["!=", renewal or ""]}, ["name", "gezin"], order_by="name"
	)

	def family_of(name):
		return frappe.get_doc("Gezin", frappe.db.get_value("Toestemming", name, "gezin"))

	kept_closed = next(
		(
			d
			for d in declarations
			if frappe.db.exists("Toestemming Gever", {"parent": d.name, "eigen_deel": DEEL_NIET_GEDEELD})
		),
		None,
	)
	plain = [d for d in declarations if d != kept_closed]
	kinds = (
		("hulpverlener.volledig", plain[0] if plain else None),
		("hulpverlener.jongere-dicht", kept_closed),
		("hulpverlener.vernieuwen", frappe._dict(name=renewal) if renewal else None),
	)
	for local, declaration in kinds:
		if declaration:
			line = frappe.get_doc("Toestemming", declaration.name).regels[0]
			made.append(_desk_user_for(line.hulpverlener, local))
	if len(plain) > 2:
		family = family_of(plain[1].name)
		covered = set(
			frappe.get_all(
				"Toestemming Regel",
				{"parent": ["in", frappe.get_all("Toestemming", {"gezin": family.name}, pluck="name")]},
				pluck="hulpverlener",
			)
		)
		others = iter(
			frappe.get_all(
				"Hulpverlener",
				{"name": ["not in", list(covered) or [""]], "user": ["is", "not set"]},
				pluck="name",
			)
		)
		parent = next(m.name for m in family.leden if m.rol == OUDER)
		for local, values in (
			("hulpverlener.overleg", {"overleg": 1}),
			("hulpverlener.ingetrokken", {"gezinsgegevens": 1, "overleg": 1}),
			("hulpverlener.verlopen", {"gezinsgegevens": 1}),
		):
			professional = next(others)
			given = getdate() - timedelta(days=60)
			consent = frappe.get_doc(
				{
					"doctype": "Toestemming",
					"gezin": family.name,
					"gegeven_op": given,
					"geldig_tot": getdate() - timedelta(days=1) if local.endswith("verlopen") else None,
					"formulier": "/private/files/demo-toestemming.pdf",
					"gevers": [{"gezinslid": parent}]
					+ [
						{"gezinslid": k.name}
						for k in jongeren_die_meebeslissen(family.leden, given)
						if leeftijd(k, given) < LEEFTIJD_ZELFSTANDIG
					],
					"regels": [{"hulpverlener": professional, **values}],
				}
			).insert()
			if local.endswith("ingetrokken"):
				consent.trek_in(reden="De ouders willen dit niet meer.", door="Ouder (demo)")
			made.append(_desk_user_for(professional, local))
	if kept_closed:
		family = family_of(kept_closed.name)
		youngster = frappe.db.get_value(
			"Toestemming Gever", {"parent": kept_closed.name, "eigen_deel": DEEL_NIET_GEDEELD}, "gezinslid"
		)
		parents = [m for m in family.leden if m.rol == OUDER]
		made.append(_portal_user_for(family, parents[0], "ouder1", VOLLEDIG))
		made.append(
			_portal_user_for(
				family, next(m for m in family.leden if m.name == youngster), "jongere1", VOLLEDIG
			)
		)
		if len(parents) > 1:
			made.append(_portal_user_for(family, parents[1], "ouder-beperkt1", BEPERKT))
	waiting = frappe.get_all(
		"Gezin", {"demo": 1, "workflow_state": traject.WACHTLIJST}, pluck="name", limit=1
	)
	if waiting:
		family = frappe.get_doc("Gezin", waiting[0])
		made.append(
			_portal_user_for(family, next(m for m in family.leden if m.rol == OUDER), "ouder2", VOLLEDIG)
		)
	return made
