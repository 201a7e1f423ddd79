"""Fast bulk fill for benchmarks: thousands of families in seconds.

Unlike ``generator.py`` this writes rows with ``frappe.db.bulk_insert`` and skips document
validation, so it is only for measuring. Derived fields are still computed with the same
domain rules the Gezin controller uses, so the rows look exactly like validated ones.
"""

import random
from datetime import date, timedelta

import frappe
from frappe.utils import now_datetime

from basiszorg.domain import toestemming, traject, wachtlijst
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER
from basiszorg.domain.toestemming import SCOPES
from basiszorg.permissions import grants, registry
from basiszorg.records import STANDARD_COLUMNS

PREFIX = "GZ-BENCH-"
STATES = [
	(traject.WACHTLIJST, 0.25),
	(traject.ACTIEF, 0.35),
	(traject.AFGESLOTEN, 0.2),
	(traject.AANGEMELD, 0.1),
	(traject.IN_COMMISSIE, 0.05),
	(traject.INTAKE, 0.05),
]
GEZIN_FIELDS = [
	*STANDARD_COLUMNS,
	"demo",
	"gezinsnaam",
	"workflow_state",
	"coordinator",
	"aanmelddatum",
	"aangemeld_door",
	"zorgen_basiszorg",
	"toestemming_aanmelding",
	"komt_in_aanmerking",
	"beslistermijn",
	"commissie_besluit",
	"besluitdatum",
	"commissie_motivatie",
	"wachtlijst_datum",
	"prioriteit",
	"prioriteit_reden",
	"uiterste_startdatum",
	"verwijzer_organisatie",
]
LID_FIELDS = [
	*STANDARD_COLUMNS,
	"parent",
	"parenttype",
	"parentfield",
	"rol",
	"voornaam",
	"achternaam",
	"geboortedatum",
	"uitgerekende_datum",
	"psychiatrie",
	"behandeling",
]


def existing_count() -> int:
	return frappe.db.count("Gezin", {"name": ["like", f"{PREFIX}%"]})


def fill(
	families: int,
	seed: int = 1,
	today: date | None = None,
	coordinators: list[str] | None = None,
	organisations: list[str] | None = None,
	chunk: int = 2000,
) -> int:
	"""Add bulk families until ``families`` GZ-BENCH rows exist; returns how many were added."""
	start = existing_count()
	rnd = random.Random(seed + start)
	today = today or date.today()
	coordinators = coordinators or ["Administrator"]
	organisations = organisations or [None]
	states = [s for s, share in STATES for _ in range(int(share * 100))]
	stamp = now_datetime()
	gezinnen, leden = [], []
	for number in range(start, families):
		name = f"{PREFIX}{number:07d}"
		state = rnd.choice(states)
		aangemeld = today - timedelta(days=rnd.randint(0, 700))
		rows = [(OUDER, "Ouder", aangemeld - timedelta(days=30 * 365), None)]
		rows += [
			(KIND, "Kind", aangemeld - timedelta(days=rnd.randint(30, 6000)), None)
			for _ in range(rnd.randint(1, 3))
		]
		if rnd.random() < 0.05:
			rows.append((ONGEBOREN, "", None, aangemeld + timedelta(days=rnd.randint(10, 250))))
		decided = state not in (traject.AANGEMELD, traject.IN_COMMISSIE)
		wl_datum = min(aangemeld + timedelta(days=rnd.randint(3, 14)), today) if decided else None
		members = [{"rol": r, "geboortedatum": g, "uitgerekende_datum": u} for r, _n, g, u in rows]
		prio = wachtlijst.bepaal_prioriteit(members, wl_datum or aangemeld)
		gezinnen.append(
			(
				name,
				stamp,
				stamp,
				"Administrator",
				"Administrator",
				0,
				0,
				1,
				f"Gezin Bench {number}",
				state,
				rnd.choice(coordinators),
				aangemeld,
				"Hulpverlener",
				1,
				1,
				1,
				wachtlijst.beslistermijn(aangemeld),
				traject.BESLUIT_WACHTLIJST if decided else None,
				wl_datum,
				"Benchmark" if decided else None,
				wl_datum,
				int(prio.heeft_prioriteit),
				prio.reden,
				wachtlijst.uiterste_startdatum(wl_datum) if wl_datum else None,
				rnd.choice(organisations),
			)
		)
		for idx, (rol, voornaam, geboren, uitgerekend) in enumerate(rows, start=1):
			leden.append(
				(
					f"{name}-{idx}",
					stamp,
					stamp,
					"Administrator",
					"Administrator",
					0,
					idx,
					name,
					"Gezin",
					"leden",
					rol,
					voornaam,
					"Bench",
					geboren,
					uitgerekend,
					int(rol == OUDER),
					"Loopt" if rol == OUDER else None,
				)
			)
		if len(gezinnen) >= chunk:
			_flush(gezinnen, leden)
	_flush(gezinnen, leden)
	return families - start if families > start else 0


def _flush_pair(parents: tuple[str, list, list], rows: tuple[str, list, list]) -> None:
	"""Insert a batch of records with the rows that hang off them, then empty both buffers."""
	if parents[2]:
		for doctype, fields, buffer in (parents, rows):
			frappe.db.bulk_insert(doctype, fields, buffer)
	parents[2].clear()
	rows[2].clear()


def _flush(gezinnen: list, leden: list) -> None:
	_flush_pair(("Gezin", GEZIN_FIELDS, gezinnen), ("Gezinslid", LID_FIELDS, leden))


TOESTEMMING_FIELDS = [*STANDARD_COLUMNS, "gezin", "status", "gegeven_op", "geldig_tot", "formulier"]
CHILD_COLUMNS = [*STANDARD_COLUMNS, "parent", "parenttype", "parentfield"]
GEVER_FIELDS = [*CHILD_COLUMNS, "gezinslid", "naam", "rol"]
REGEL_FIELDS = [*CHILD_COLUMNS, "hulpverlener", *SCOPES, "status"]
HULPVERLENER_FIELDS = [*STANDARD_COLUMNS, "volledige_naam", "user", "email", "actief"]
GRANT = registry.GRANT
GRANT_FIELDS = grants.FIELDS  # the same columns the permission layer writes
CONSENT_PREFIX = "TS-BENCH-"
PROFESSIONAL_PREFIX = "HV-BENCH-"


def bench_professionals(users: list[str]) -> dict[str, str]:
	"""A Hulpverlener record per user (existing, or a bulk row): user -> Hulpverlener name."""
	known = dict(
		frappe.get_all(
			"Hulpverlener", {"user": ["in", users]}, ["user", "name"], as_list=True, order_by="name"
		)
	)
	stamp = now_datetime()
	start = frappe.db.count("Hulpverlener", {"name": ["like", f"{PROFESSIONAL_PREFIX}%"]})
	rows = []
	for number, user in enumerate((u for u in users if u not in known), start=start):
		known[user] = f"{PROFESSIONAL_PREFIX}{number:05d}"
		rows.append((known[user], stamp, stamp, "Administrator", "Administrator", 0, 0, user, user, user, 1))
	if rows:
		frappe.db.bulk_insert("Hulpverlener", HULPVERLENER_FIELDS, rows)
	return known


def fill_consents(
	consents: int,
	families: int,
	users: list[str],
	seed: int = 2,
	today: date | None = None,
	chunk: int = 5000,
) -> int:
	"""Add bulk declarations over the GZ-BENCH families, spread over ``users``: each signed by the
	family's parent, with one line for the user's professional, and the grant rows the permission
	layer would write for it (``grants.sync_toestemming`` rebuilds the same)."""
	start = frappe.db.count("Toestemming", {"name": ["like", f"{CONSENT_PREFIX}%"]})
	rnd = random.Random(seed + start)
	today = today or date.today()
	stamp = now_datetime()
	professionals = bench_professionals(users)
	members = _bench_members()
	buffers = {doctype: [] for doctype in ("Toestemming", "Toestemming Gever", "Toestemming Regel", GRANT)}
	for number in range(start, consents):
		name = f"{CONSENT_PREFIX}{number:08d}"
		gezin = f"{PREFIX}{rnd.randrange(families):07d}"
		user = users[number % len(users)]
		given = today - timedelta(days=rnd.randint(0, 600))
		until = given + timedelta(days=rnd.choice([365, 730])) if rnd.random() < 0.8 else None
		scopes = (1, rnd.randint(0, 1), rnd.randint(0, 1), 1)
		state = regels_status(given, until, today)
		standard = (stamp, stamp, "Administrator", "Administrator", 0)
		buffers["Toestemming"].append(
			(name, *standard, 0, gezin, state, given, until, "/private/files/bench.pdf")
		)
		child = (*standard, 1, name, "Toestemming")
		giver = {"gezinslid": f"{gezin}-1", "naam": "Ouder Bench", "rol": OUDER}
		buffers["Toestemming Gever"].append((f"{name}-P", *child, "gevers", *giver.values()))
		line = f"{name}-R"
		buffers["Toestemming Regel"].append((line, *child, "regels", professionals[user], *scopes, state))
		# the grant rows grants.sync_toestemming writes for this line: the family, and each part it covers
		cover = toestemming.dekking(
			{"gegeven_op": given, "geldig_tot": until},
			[giver],
			dict(zip(SCOPES, scopes, strict=True)),
			members[gezin],
		)
		parts = ([None] if cover.opent_gezin else []) + sorted(cover.delen) if cover else []
		buffers[GRANT] += [
			(
				f"{name}-G{n}",
				*standard,
				0,
				user,
				gezin,
				name,
				professionals[user],
				line,
				part,
				*scopes,
				given,
				until,
			)
			for n, part in enumerate(parts)
		]
		if len(buffers["Toestemming"]) >= chunk:
			_flush_consents(buffers)
	_flush_consents(buffers)
	return max(consents - start, 0)


def regels_status(given, until, today) -> str:
	return toestemming.status(given, until, None, today)


def _bench_members() -> dict[str, list[dict]]:
	"""The members of every GZ-BENCH family, as the consent rules read them."""
	members = {}
	for row in frappe.get_all(
		"Gezinslid",
		{"parent": ["like", f"{PREFIX}%"], "parenttype": "Gezin"},
		["name", "parent", "rol", "voornaam", "achternaam", "geboortedatum", "uitgerekende_datum"],
		order_by="parent, idx",
	):
		members.setdefault(row.parent, []).append(row)
	return members


def _flush_consents(buffers: dict[str, list]) -> None:
	fields = {
		"Toestemming": TOESTEMMING_FIELDS,
		"Toestemming Gever": GEVER_FIELDS,
		"Toestemming Regel": REGEL_FIELDS,
		GRANT: GRANT_FIELDS,
	}
	for doctype, rows in buffers.items():
		if rows:
			frappe.db.bulk_insert(doctype, fields[doctype], rows)
		rows.clear()


def portal_account(lid: str, email: str, password: str) -> str:
	"""A Mijn gezin account (role Gezinslid, full access) for member row ``lid``, as an accepted
	invitation leaves it: for the benchmarks' parents and youngsters."""
	from frappe.utils.password import update_password

	from basiszorg.domain.portaal import VOLLEDIG
	from basiszorg.setup.roles import GEZINSLID

	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": email.split("@")[0],
				"send_welcome_email": 0,
				"user_type": "Website User",
			}
		)
		user.append("roles", {"role": GEZINSLID})
		user.insert(ignore_permissions=True)
	update_password(email, password)
	frappe.db.set_value(
		"Gezinslid", lid, {"email": email, "portaal_gebruiker": email, "portaal_toegang": VOLLEDIG}
	)
	return email


METING_PREFIX = "MT-BENCH-"
METING_FIELDS = [*STANDARD_COLUMNS, "gezin", "moment", "datum", "door", "door_naam", "draagkracht", "draaglast"]
METING_DOEL_FIELDS = [*CHILD_COLUMNS, "doel_id", "doel", "score"]
METING_ZORG_FIELDS = [*CHILD_COLUMNS, "over_lid", "kind", "element", "score"]
GOALS_PER_FAMILY = 2


def close_families(seed: int = 3) -> int:
	"""Give the closed GZ-BENCH families a closing date (four months to a year after their
	registration, never after today: always after the evaluation ``fill_metingen`` puts at 100
	days) and the parents' judgement, as closing a traject leaves them."""
	from basiszorg.domain.afsluiting import OORDELEN

	judgements = ", ".join(frappe.db.escape(o) for o in OORDELEN)
	frappe.db.sql(
		f"""update `tabGezin` set
			`afsluitdatum` = least(curdate(), date_add(`aanmelddatum`, interval 120 + mod(crc32(concat(`name`, {seed})), 240) day)),
			`oordeel_ouders` = elt(1 + mod(crc32(`name`), {len(OORDELEN)}), {judgements})
		where `name` like %(prefix)s and `workflow_state` = %(state)s and `afsluitdatum` is null""",
		{"prefix": f"{PREFIX}%", "state": traject.AFGESLOTEN},
	)
	return frappe.db.count("Gezin", {"name": ["like", f"{PREFIX}%"], "workflow_state": traject.AFGESLOTEN})


def fill_metingen(seed: int = 4, today: date | None = None, chunk: int = 2000) -> int:
	"""Measurements of the coordinator for every GZ-BENCH family in traject or closed that has none
	yet: the baseline at intake, an evaluation after 100 days and, for a closed family, one at
	closure; each with two goals, the five elements per child and draagkracht and draaglast, with
	a trend per family (most improve, some stay, some get worse). Returns how many were added."""
	from basiszorg.domain import resultaten as regels

	rnd = random.Random(seed)
	today = today or date.today()
	stamp = now_datetime()
	start = frappe.db.count("Meting", {"name": ["like", f"{METING_PREFIX}%"]})
	families = frappe.db.sql(
		"""select g.`name`, g.`aanmelddatum`, g.`afsluitdatum`, g.`workflow_state` from `tabGezin` g
		where g.`name` like %(prefix)s and g.`workflow_state` in %(states)s
		and not exists (select 1 from `tabMeting` m where m.`gezin` = g.`name`) order by g.`name`""",
		{"prefix": f"{PREFIX}%", "states": (traject.ACTIEF, traject.AFGESLOTEN)},
		as_dict=True,
	)
	children: dict[str, list[str]] = {}
	for lid, parent in frappe.db.sql(
		"select `name`, `parent` from `tabGezinslid` where `parent` like %s and `parenttype` = 'Gezin' and `rol` = %s",
		(f"{PREFIX}%", KIND),
	):
		children.setdefault(parent, []).append(lid)
	buffers = {"Meting": [], "Meting Doel": [], "Meting Basiszorg": []}
	number = start
	for g in families:
		trend = rnd.choice((1, 1, 1, 0, -1))
		moments = [(regels.INTAKE, g.aanmelddatum + timedelta(days=20)), (regels.EVALUATIE, g.aanmelddatum + timedelta(days=100))]
		if g.workflow_state == traject.AFGESLOTEN and g.afsluitdatum:
			moments.append((regels.AFSLUITING, g.afsluitdatum))
		for step, (moment, datum) in enumerate(m for m in moments if m[1] <= today):
			name = f"{METING_PREFIX}{number:08d}"
			number += 1
			standard = (stamp, stamp, "Administrator", "Administrator", 0)
			kracht, last = max(1, min(10, 5 + trend * step)), max(1, min(10, 6 - trend * step))
			buffers["Meting"].append(
				(name, *standard, 0, g.name, moment, datum, regels.COORDINATOR, "Coördinator Bench", str(kracht), str(last))
			)
			for n in range(GOALS_PER_FAMILY):
				score = max(-2, min(2, -1 + trend * step + rnd.randint(-1, 1)))
				row = (f"{name}-D{n}", *standard, n + 1, name, "Meting", "doelen")
				buffers["Meting Doel"].append((*row, f"{g.name}-doel-{n}", "Doel Bench", str(score)))
			rows = ((lid, element) for lid in children.get(g.name, []) for element in regels.STANDAARD_ELEMENTEN)
			for idx, (lid, element) in enumerate(rows, start=1):
				score = max(1, min(5, 2 + trend * step + rnd.randint(0, 1)))
				row = (f"{name}-B{idx}", *standard, idx, name, "Meting", "basiszorg")
				buffers["Meting Basiszorg"].append((*row, lid, "Kind Bench", element, str(score)))
		if len(buffers["Meting"]) >= chunk:
			_flush_metingen(buffers)
	_flush_metingen(buffers)
	return number - start


def _flush_metingen(buffers: dict[str, list]) -> None:
	fields = {"Meting": METING_FIELDS, "Meting Doel": METING_DOEL_FIELDS, "Meting Basiszorg": METING_ZORG_FIELDS}
	for doctype, rows in buffers.items():
		if rows:
			frappe.db.bulk_insert(doctype, fields[doctype], rows)
		rows.clear()
