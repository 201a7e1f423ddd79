"""Test data builders shared by the site tests (never used by app code)."""

from datetime import date, timedelta

import frappe
from frappe.utils import getdate

from basiszorg.domain.traject import IN_COMMISSIE, WACHTLIJST
from basiszorg.setup.roles import COMMISSIE, COORDINATOR, HULPVERLENER

PREFIX = "bz-test"


def ensure_user(local_part: str, *roles: str) -> str:
	"""A desk user with exactly ``roles`` and an API key; returns the e-mail."""
	email = f"{local_part}@{PREFIX}.example"
	if frappe.db.exists("User", email):
		user = frappe.get_doc("User", email)
	else:
		user = frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": local_part, "send_welcome_email": 0}
		)
		user.insert(ignore_permissions=True)
	user.set("roles", [])
	for role in roles:
		user.append("roles", {"role": role})
	user.api_key = user.api_key or frappe.generate_hash(length=15)
	user.save(ignore_permissions=True)
	return email


def api_token(email: str) -> str:
	"""Authorization header value for token auth as ``email`` (a fresh secret every call)."""
	from frappe.utils.password import set_encrypted_password

	secret = frappe.generate_hash(length=15)
	set_encrypted_password("User", email, secret, "api_secret")
	return f"token {frappe.db.get_value('User', email, 'api_key')}:{secret}"


def ensure_organisatie(naam: str, organisatietype: str) -> str:
	if not frappe.db.exists("Zorgorganisatie", naam):
		frappe.get_doc(
			{"doctype": "Zorgorganisatie", "organisatienaam": naam, "organisatietype": organisatietype}
		).insert()
	return naam


def ensure_hulpverlener(
	naam: str, organisatie: str, email: str | None = None, user: str | None = None
) -> str:
	existing = frappe.db.get_value("Hulpverlener", {"volledige_naam": naam, "zorgorganisatie": organisatie})
	if existing:
		return existing
	doc = frappe.get_doc(
		{
			"doctype": "Hulpverlener",
			"volledige_naam": naam,
			"zorgorganisatie": organisatie,
			"email": email or f"{frappe.scrub(naam)}@{PREFIX}.example",
			"user": user,
		}
	).insert()
	return doc.name


def network() -> dict:
	"""Two organisations with one professional each: enough for the 'several agencies' criterion."""
	ggz = ensure_organisatie(f"{PREFIX} GGZ", "GGZ")
	jgz = ensure_organisatie(f"{PREFIX} JGZ", "JGZ")
	return {
		"ggz": ggz,
		"jgz": jgz,
		"psychiater": ensure_hulpverlener(f"{PREFIX} Psychiater", ggz),
		"jeugdverpleegkundige": ensure_hulpverlener(f"{PREFIX} Jeugdverpleegkundige", jgz),
	}


def gezin_dict(net: dict, today: date | None = None, **overrides) -> dict:
	"""A family that meets every criterion, registered today by the psychiatrist."""
	today = getdate(today)
	values = {
		"doctype": "Gezin",
		"gezinsnaam": f"{PREFIX} gezin",
		"aanmelddatum": today,
		"aangemeld_door": "Hulpverlener",
		"verwijzer": net["psychiater"],
		"zorgen_basiszorg": 1,
		"toestemming_aanmelding": 1,
		"leden": [
			{
				"rol": "Ouder/verzorger",
				"voornaam": "Sanne",
				"achternaam": "Test",
				"psychiatrie": 1,
				"behandeling": "Loopt",
			},
			{
				"rol": "Kind",
				"voornaam": "Daan",
				"achternaam": "Test",
				"geboortedatum": today - timedelta(days=6 * 365),
			},
		],
		"betrokkenen": [
			{"hulpverlener": net["psychiater"], "rol_in_gezin": "behandelaar moeder"},
			{"hulpverlener": net["jeugdverpleegkundige"], "rol_in_gezin": "JGZ"},
		],
	}
	values.update(overrides)
	return values


def standard_users() -> dict:
	return {
		"coordinator": ensure_user("coordinator", COORDINATOR),
		"commissie": ensure_user("commissie", COMMISSIE),
		"hulpverlener": ensure_user("hulpverlener", HULPVERLENER),
	}


def delete_test_families() -> None:
	"""Remove test families with everything that hangs off them (retention's own purge), and any
	record left behind by an earlier run whose family is gone: family names are reused after a
	rollback, and a stale meeting would otherwise attach itself to a new family."""
	from basiszorg.permissions import registry
	from basiszorg.privacy.retention import purge_family

	for name in frappe.get_all("Gezin", {"gezinsnaam": ["like", f"{PREFIX}%"]}, pluck="name"):
		purge_family(name)
	families = set(frappe.get_all("Gezin", pluck="name"))
	for declared in registry.purged():
		for row in frappe.get_all(declared.doctype, fields=["name", declared.gezin_field]):
			if row.get(declared.gezin_field) in families:
				continue
			if declared.trail:
				frappe.delete_doc(
					declared.doctype,
					row.name,
					force=True,
					ignore_permissions=True,
					delete_permanently=True,
					ignore_on_trash=True,
				)
			else:
				frappe.db.delete(declared.doctype, {"name": row.name})


def to_waitlist(family, wachtlijst_datum=None):
	"""Move a new family through the committee to the waitlist (as the current user)."""
	family.workflow_state = IN_COMMISSIE
	family.save()
	family.commissie_motivatie = "Voldoet aan de criteria."
	family.besluitdatum = wachtlijst_datum or family.aanmelddatum
	family.wachtlijst_datum = wachtlijst_datum or family.aanmelddatum
	family.workflow_state = WACHTLIJST
	family.save()
	return family


def ensure_outgoing_email_account() -> str:
	"""A default outgoing account so mail can be queued (tests never send: the queue is inspected)."""
	name = f"{PREFIX} uitgaand"
	if not frappe.db.exists("Email Account", name):
		frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": name,
				"email_id": f"bureau@{PREFIX}.example",
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "127.0.0.1",
				"smtp_port": 2525,
				"no_smtp_authentication": 1,
				"enable_incoming": 0,
			}
		).insert(ignore_permissions=True)
	return name


UNRELATED_ROLE = "bz-test Andere afdeling"


def unrelated_desk_user() -> str:
	"""A desk user of another department: a role of its own, nothing to do with families."""
	if not frappe.db.exists("Role", UNRELATED_ROLE):
		frappe.get_doc({"doctype": "Role", "role_name": UNRELATED_ROLE, "desk_access": 1}).insert()
	return ensure_user("andere-afdeling", UNRELATED_ROLE)


def professional_user(local_part: str, organisatie: str) -> tuple[str, str]:
	"""A desk user with only the Hulpverlener role, linked to a Hulpverlener record: (user, hulpverlener)."""
	user = ensure_user(local_part, HULPVERLENER)
	name = frappe.db.get_value("Hulpverlener", {"user": user})
	if not name:
		name = (
			frappe.get_doc(
				{
					"doctype": "Hulpverlener",
					"volledige_naam": f"{PREFIX} {local_part}",
					"zorgorganisatie": organisatie,
					"email": user,
					"user": user,
				}
			)
			.insert()
			.name
		)
	return user, name


def toestemming(
	gezin: str,
	hulpverlener: str | None = None,
	zorgorganisatie: str | None = None,
	gevers: list[dict] | None = None,
	regels: list[dict] | None = None,
	**values,
):
	"""A signed declaration. By default the family's first parent signs, with one line for
	``hulpverlener`` or ``zorgorganisatie``; scope flags (gezinsgegevens=1, ...) go to that line,
	other values (geldig_tot, gegeven_op, ...) to the declaration."""
	from basiszorg.domain.leden import OUDER
	from basiszorg.domain.toestemming import SCOPES

	scopes = {k: values.pop(k) for k in list(values) if k in SCOPES} or {"gezinsgegevens": 1}
	if gevers is None:
		parent = next(m for m in frappe.get_doc("Gezin", gezin).leden if m.rol == OUDER)
		gevers = [{"gezinslid": parent.name}]
	if regels is None:
		regels = [{"hulpverlener": hulpverlener, "zorgorganisatie": zorgorganisatie, **scopes}]
	return frappe.get_doc(
		{
			"doctype": "Toestemming",
			"gezin": gezin,
			"gegeven_op": getdate(),
			"formulier": "/private/files/toestemming-getekend.pdf",
			"gevers": gevers,
			"regels": regels,
			**values,
		}
	).insert()


def intake_family(net: dict, days_ago: int = 200, with_consent: bool = True, **overrides):
	"""A family registered ``days_ago`` days ago, put on the waitlist then, and in Intake since then
	(with the parents' written consent unless ``with_consent`` is False)."""
	from basiszorg.domain.traject import INTAKE

	start = getdate() - timedelta(days=days_ago)
	family = to_waitlist(frappe.get_doc(gezin_dict(net, today=start, **overrides)).insert(), start)
	family.intakedatum = start
	family.workflow_state = INTAKE
	family.save()
	if with_consent:
		written_consent(family.name, net)
	return family


def first_meeting_planned(family, on=None):
	"""The first gezinsoverleg planned (state Gepland) on ``on`` (default: the intake date), which
	starting the traject needs; returns the family reloaded (planning ticks off an intake step)."""
	from basiszorg.domain.overleg import GEZINSOVERLEG

	frappe.get_doc(
		{
			"doctype": "Overleg",
			"gezin": family.name,
			"type": GEZINSOVERLEG,
			"starts_on": f"{getdate(on or family.intakedatum)} 10:00:00",
			"voorzitter": "Administrator",
		}
	).insert()
	family.reload()
	return family


def active_family(net: dict, days_ago: int = 200, **overrides):
	"""A family registered ``days_ago`` days ago, put on the waitlist and into intake then, with the
	parents' written consent and its first meeting planned on that day (never held), and now in
	Actief."""
	from basiszorg.domain.traject import ACTIEF

	family = first_meeting_planned(intake_family(net, days_ago, **overrides))
	family.workflow_state = ACTIEF
	family.save()
	return family


def written_consent(gezin: str, net: dict):
	"""The parents' signed declaration for the family's first involved professional: a traject
	becomes Actief only with it (seed 001)."""
	return toestemming(gezin, net["psychiater"], gezinsgegevens=1)


def adopted_plan(gezin: str, **values):
	"""A care plan agreed with the parents today and adopted (state Vastgesteld)."""
	from basiszorg.domain.zorgplan import VASTGESTELD

	plan = frappe.get_doc(
		{
			"doctype": "Zorgplan",
			"gezin": gezin,
			"doelen": [
				{"levensgebied": "School", "voor_wie": "Daan", "doel": "Daan gaat elke dag naar school"}
			],
			**values,
		}
	).insert()
	plan.akkoord_ouders_op = getdate()
	plan.workflow_state = VASTGESTELD
	plan.save()
	return plan


def meeting(gezin: str, days_from_now: int = 0, **values):
	"""An Overleg of the family, ``days_from_now`` days from now (negative: in the past)."""
	from frappe.utils import add_to_date, now_datetime

	return frappe.get_doc(
		{
			"doctype": "Overleg",
			"gezin": gezin,
			"starts_on": add_to_date(now_datetime(), days=days_from_now),
			"voorzitter": "Administrator",
			**values,
		}
	).insert()


def meldcode_step_data(doc, stap: int, secret: str = "") -> None:
	"""Fill what step ``stap`` (1..5) of a Zorg over veiligheid needs, with its outcome. Step 5 is a
	report to Veilig Thuis without consent (the meldrecht), the coordination going on with Veilig
	Thuis, and the family informed."""
	from basiszorg.domain import meldcode as m

	today = getdate()
	if stap == 1:
		doc.set(
			"signalen",
			[
				{
					"wat": f"Daan heeft blauwe plekken {secret}",
					"gezien_door": "Juf",
					"gezien_op": today,
					"over_wie": "Daan",
				}
			],
		)
	elif stap == 2:
		doc.append(
			"consultaties",
			{"datum": today, "soort": m.COLLEGA, "met_wie": "Collega Els", "advies": "Bespreek het."},
		)
	elif stap == 3:
		doc.update(
			{
				"gesprek_ouders": m.GEVOERD,
				"gesprek_ouders_op": today,
				"gesprek_ouders_met": "Sanne",
				"gesprek_ouders_verslag": "Moeder herkent de zorgen.",
				"gesprek_kind": m.NIET_GEVOERD,
				"gesprek_kind_waarom_niet": "Daan is te jong.",
			}
		)
	elif stap == 4:
		for row in doc.afwegingen:
			if row.vraag_code in ("vermoeden", "onveiligheid"):
				row.update({"antwoord": m.JA, "toelichting": "Herhaald letsel."})
	elif stap == 5:
		doc.update(
			{
				"besluit": m.BESLUIT_MELDEN,
				"melding_op": today,
				"gedeelde_gegevens": f"De signalen en het gesprek met moeder {secret}",
				"grondslag": m.GRONDSLAG_MELDRECHT,
				"coordinatie_besluit": m.COORDINATIE_DOOR,
				"coordinatie_besluit_reden": "Veilig Thuis vraagt ons de coördinatie voort te zetten.",
				"gezin_geinformeerd_op": today,
			}
		)
	next(row for row in doc.stappen if row.stap == stap).uitkomst = f"Stap {stap} gedaan."


def zorg_over_veiligheid(gezin: str, tot: str | None = None, secret: str = "", **values):
	"""A Zorg over veiligheid of ``gezin`` (as the current user), moved step by step to the state
	``tot`` (default: the first step) with what every step on the way needs."""
	from basiszorg.domain import meldcode as m
	from basiszorg.permissions.registry import MELDCODE

	doc = frappe.get_doc({"doctype": MELDCODE, "gezin": gezin, **values}).insert()
	for n in range(1, m.stapnummer(tot or m.SIGNALEN)):
		meldcode_step_data(doc, n, secret)
		doc.workflow_state = m.STATUSSEN[n]
		doc.save()
	return doc


def aanbod(organisatie: str, naam: str | None = None, **values) -> str:
	"""An offer of the social map (made once per name and organisation; ``values`` kept up)."""
	naam = naam or f"{PREFIX} KOPP-groep"
	existing = frappe.db.get_value("Aanbod", {"naam": naam, "zorgorganisatie": organisatie})
	doc = frappe.get_doc("Aanbod", existing) if existing else frappe.new_doc("Aanbod")
	doc.update({"naam": naam, "zorgorganisatie": organisatie, "soort": "KOPP/KVO-groep", "voor_wie": "Kind", **values})
	doc.save()
	return doc.name


def hulpaanvraag(gezin: str, aanbod_name: str, **values):
	return frappe.get_doc({"doctype": "Hulpaanvraag", "gezin": gezin, "aanbod": aanbod_name, **values}).insert()


def family_on_mijn_gezin(tag: str, coordinator: str, net: dict | None = None):
	"""A family in traject with an adopted plan and accounts on Mijn gezin, as most portal tests
	want it: Sanne (parent, full access), Noor (17, her own account), Kees (parent, limited
	access); and another family with an adopted plan and a parent of its own. ``tag`` keeps the
	e-mail addresses of one suite apart from another's. Returns a namespace with ``net``,
	``family``, ``members`` (first name -> Gezinslid), ``plan``, ``parent``, ``noor``, ``limited``,
	``other``, ``other_plan`` and ``other_parent``."""
	from types import SimpleNamespace

	from frappe.utils import add_years

	from basiszorg.domain.leden import KIND
	from basiszorg.domain.portaal import BEPERKT
	from basiszorg.portaal import accounts

	emails = {who: f"{who.lower()}-{tag}@bz-test.example" for who in ("Sanne", "Noor", "Kees", "Ander")}
	for email in emails.values():
		if frappe.db.exists("User", email):  # left by an earlier run
			frappe.delete_doc("User", email, force=True, ignore_permissions=True)
	net = net or network()
	leden = gezin_dict(net)["leden"]
	leden[0]["email"] = emails["Sanne"]
	leden.append(
		{"rol": KIND, "voornaam": "Noor", "achternaam": "Test", "geboortedatum": add_years(getdate(), -17), "email": emails["Noor"]}
	)
	leden.append({"rol": "Ouder/verzorger", "voornaam": "Kees", "achternaam": "Test", "email": emails["Kees"]})
	family = active_family(net, coordinator=coordinator, gezinsnaam=f"{PREFIX} {tag}", leden=leden)
	other = frappe.get_doc({**gezin_dict(net, gezinsnaam=f"{PREFIX} ander {tag}"), "coordinator": coordinator})
	other.leden[0].email = emails["Ander"]
	other.insert()
	made = SimpleNamespace(
		net=net,
		family=family.name,
		members={m.voornaam: m.name for m in family.leden},
		plan=adopted_plan(family.name),
		other=other.name,
		other_plan=adopted_plan(other.name),
	)
	before = frappe.session.user
	frappe.set_user(coordinator)
	try:
		made.parent = accounts.nodig_uit(made.family, made.members["Sanne"])
		made.noor = accounts.nodig_uit(made.family, made.members["Noor"])
		made.limited = accounts.nodig_uit(made.family, made.members["Kees"])
		accounts.zet_toegang(made.family, made.members["Kees"], BEPERKT)
		made.other_parent = accounts.nodig_uit(other.name, other.leden[0].name)
	finally:
		frappe.set_user(before)
	return made
