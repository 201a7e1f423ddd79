"""Load test: logged-in coordinators, professionals and committee members doing what they do, against
the site served the way production serves it (gunicorn with several workers), with the Administrator
doing the same actions in the same run, so the consent layer's cost is a ratio.

Run with ``bench --site S basiszorg-benchmark load --url http://127.0.0.1:8000 --families 2000`` on a
site without real data (it adds bulk families, users, consents and meetings), while the site is
served by gunicorn, e.g. from ``sites/``::

    ../env/bin/gunicorn -b 127.0.0.1:8000 -w 4 -t 120 --preload frappe.app:application \
        --access-logfile - --access-logformat '%({x-basiszorg-load}i)s %(s)s %(D)s' > access.log

(the access log, passed as ``--access-log access.log``, adds the time each request spent in a
worker, without the wait for a free one).

The client is a bounded asyncio loop (httpx): a fixed number of virtual users, each logged in over
HTTP with password and second factor (the Administrator gets a session from the site, its password
being unknown here), each repeating its role's actions without pause until the request or time
budget is spent. Every response is checked (status 200, or 403 where access must be refused); per
action it prints requests, errors, p50 and p95 of the time the user waits.

Parents and youngsters read every Mijn gezin page of their family (active, and waiting), and a parent
puts topics on the agenda; professionals update their own agreement and send contributions through
basiszorg's actions, while the Administrator writes the same records with Frappe's plain insert.

Under the same load, a coordinator withdraws consents: right after each withdrawal the professional's
very next request for that family must be refused (403).
"""

import asyncio
import json
import random
import statistics
import time
import zlib
from dataclasses import dataclass, field

import frappe
from frappe.utils import getdate, now_datetime
from frappe.utils.password import update_password

from basiszorg.demo import bulk
from basiszorg.domain.leden import KIND, OUDER, leeftijd
from basiszorg.domain.overleg import GEZINSOVERLEG
from basiszorg.domain.portaal import LEEFTIJD_PORTAAL
from basiszorg.domain.toestemming import DEEL_GEDEELD, is_zelfstandig, jongeren_die_meebeslissen
from basiszorg.domain.traject import COMMISSIE_ZIET, LOPEND, WACHTLIJST
from basiszorg.domain.wachtlijst import MODUS_COMMISSIE, MODUS_WACHTLIJST, RAPPORT
from basiszorg.setup.roles import COMMISSIE, COORDINATOR, HULPVERLENER
from basiszorg.setup.security import register_otp_secret

DOMAIN = "load.basiszorg.example"
PASSWORD = "Belasting-test-2026!"  # load users on a load-test site only
OTP_SECRET = "BELASTINGTESTBASISZORG22"
ORGANISATIE = "Belastingtest GGZ"
ADMINISTRATOR = "Administrator"
PER_PROFESSIONAL = 25  # families a professional has a consent for (family data and meetings)
MEETINGS_PER_PROFESSIONAL = 5
OTHER_PROFESSIONALS = 100  # bulk grants of other professionals, so the grant table is not tiny
ACTIONS = {
	"lijst": "Gezin lijst (20 rijen)",
	"aantal": "Gezin lijst (aantal)",
	"formulier": "Gezin formulier",
	"rapport": "Wachtlijst rapport",
	"overleg": "Overleg formulier",
	"intrekken": "Toestemming intrekken",
	"na_intrekken": "Volgend verzoek na intrekken (403)",
	"inloggen": "Inloggen (wachtwoord + code)",
	"afspraak": "Eigen afspraak bijwerken",
	"inbreng": "Inbreng voor het overleg",
	"mg_index": "Mijn gezin: waar staan we",
	"mg_plan": "Mijn gezin: ons plan",
	"mg_overleggen": "Mijn gezin: overleggen",
	"mg_toestemming": "Mijn gezin: wie weet wat",
	"mg_agendapunt": "Mijn gezin: onderwerp op de agenda",
	"mg_inloggen": "Mijn gezin: inloggen (wachtwoord)",
}
OUDER_WACHTEND = "Ouder (wachtlijst)"  # a parent on Mijn gezin of a family on the waitlist
JONGERE = "Jongere"  # a youngster of 12 or older on Mijn gezin
ROLE_KEYS = {
	COORDINATOR: "coordinator",
	HULPVERLENER: "hulpverlener",
	COMMISSIE: "commissie",
	ADMINISTRATOR: "administrator",
	OUDER: "ouder",
	OUDER_WACHTEND: "ouder-wachtend",
	JONGERE: "jongere",
}
MIJN_GEZIN = ("mg_index", "mg_plan", "mg_overleggen", "mg_toestemming")
ROLE_ACTIONS = {
	COORDINATOR: ("lijst", "aantal", "formulier", "rapport", "overleg"),
	HULPVERLENER: ("lijst", "aantal", "formulier", "overleg", "afspraak", "inbreng"),
	COMMISSIE: ("lijst", "aantal", "rapport", "formulier"),
	ADMINISTRATOR: ("lijst", "aantal", "formulier", "rapport", "overleg", "afspraak", "inbreng"),
	OUDER: (*MIJN_GEZIN, "mg_agendapunt"),
	OUDER_WACHTEND: MIJN_GEZIN,
	JONGERE: MIJN_GEZIN,
}
FAMILY_ROLES = (OUDER, OUDER_WACHTEND, JONGERE)
PORTAL_PATHS = {
	"mg_index": "/mijn-gezin",
	"mg_plan": "/mijn-gezin/plan",
	"mg_overleggen": "/mijn-gezin/overleggen",
	"mg_toestemming": "/mijn-gezin/toestemming",
}
FAMILIES_ON_MIJN_GEZIN = 3  # of each kind: active with a parent and a youngster, waiting with a parent


# -- setup (in the bench process, with the site connected) ---------------------------------------


def _user(email: str, role: str | None) -> str:
	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": email.split("@")[0], "send_welcome_email": 0}
		)
		user.append("roles", {"role": role})
		user.insert(ignore_permissions=True)
	update_password(email, PASSWORD)
	register_otp_secret(email, OTP_SECRET)
	return email


def _professional(email: str) -> tuple[str, str]:
	user = _user(email, HULPVERLENER)
	name = frappe.db.get_value("Hulpverlener", {"user": user})
	if not name:
		name = (
			frappe.get_doc(
				{
					"doctype": "Hulpverlener",
					"volledige_naam": email.split("@")[0],
					"zorgorganisatie": ORGANISATIE,
					"email": user,
					"user": user,
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
	return user, name


def _consent(gezin: str, hulpverlener: str) -> str:
	"""The parents' declaration for ``hulpverlener`` (family data and meetings), signed by the first
	parent and the youngsters of 12 and older, as the desk records it."""
	leden = frappe.get_all(
		"Gezinslid",
		{"parent": gezin, "parenttype": "Gezin"},
		["name", "rol", "geboortedatum"],
		order_by="idx",
	)
	parent = next(lid for lid in leden if lid.rol == OUDER)
	today = getdate()
	jongeren = jongeren_die_meebeslissen(leden, today)  # youngsters of 12 and older sign too
	return (
		frappe.get_doc(
			{
				"doctype": "Toestemming",
				"gezin": gezin,
				"gegeven_op": today,
				"formulier": "/private/files/toestemming-belastingtest.pdf",
				"gevers": [{"gezinslid": parent.name}]
				+ [
					# a youngster of 16+ decides about their own part: here they share it
					{
						"gezinslid": lid.name,
						"eigen_deel": DEEL_GEDEELD if is_zelfstandig(lid, today) else None,
					}
					for lid in jongeren
				],
				"regels": [{"hulpverlener": hulpverlener, "gezinsgegevens": 1, "overleg": 1}],
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


def _meeting(gezin: str, chair: str, days_from_now: int = 0) -> str:
	return (
		frappe.get_doc(
			{
				"doctype": "Overleg",
				"gezin": gezin,
				"type": GEZINSOVERLEG,
				"starts_on": frappe.utils.add_to_date(now_datetime(), days=days_from_now),
				"voorzitter": chair,
				"besproken": [{"levensgebied": "School", "besproken": "Gaat goed."}],
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


def _planned_meeting(gezin: str, chair: str, hulpverlener: str) -> dict:
	"""A meeting next week with the professional on the list and one agreement on their name:
	what they update and contribute to during the run."""
	meeting = frappe.get_doc(
		{
			"doctype": "Overleg",
			"gezin": gezin,
			"type": GEZINSOVERLEG,
			"starts_on": frappe.utils.add_to_date(now_datetime(), days=7),
			"voorzitter": chair,
			"deelnemers": [{"hulpverlener": hulpverlener}],
			"afspraken": [
				{
					"wat": "Contact met school over de rapportage",
					"wie_soort": "Hulpverlener",
					"hulpverlener": hulpverlener,
					"wanneer": frappe.utils.add_days(getdate(), 14),
				}
			],
		}
	).insert(ignore_permissions=True)
	return {"overleg": meeting.name, "afspraak": meeting.afspraken[0].name, "gezin": gezin}


def _family_member(gezin: str, lid: str, email: str) -> str:
	return bulk.portal_account(lid, email, PASSWORD)


def _families_on_mijn_gezin(names: list[str], chair: str) -> list[dict]:
	"""Parents and youngsters of bulk families on Mijn gezin: active families (a parent, a youngster
	of 12 or older, a meeting to come for the parent's topics) and waiting ones (a parent)."""
	today, accounts = getdate(), []
	states = dict(frappe.get_all("Gezin", {"name": ["in", names]}, ["name", "workflow_state"], as_list=True))
	active = waiting = 0
	for gezin in names:
		leden = frappe.get_all(
			"Gezinslid",
			{"parent": gezin, "parenttype": "Gezin"},
			["name", "rol", "geboortedatum"],
			order_by="idx",
		)
		parent = next((lid for lid in leden if lid.rol == OUDER), None)
		youngster = next(
			(lid for lid in leden if lid.rol == KIND and (leeftijd(lid, today) or 0) >= LEEFTIJD_PORTAAL),
			None,
		)
		if states.get(gezin) in LOPEND and parent and youngster and active < FAMILIES_ON_MIJN_GEZIN:
			active += 1
			meeting = _meeting(gezin, chair, days_from_now=7)  # to come: the parent adds topics
			accounts.append(
				{
					"role": OUDER,
					"user": _family_member(gezin, parent.name, f"ouder-{active}@{DOMAIN}"),
					"gezin": gezin,
					"overleg": meeting,
				}
			)
			accounts.append(
				{
					"role": JONGERE,
					"user": _family_member(gezin, youngster.name, f"jongere-{active}@{DOMAIN}"),
					"gezin": gezin,
				}
			)
		elif states.get(gezin) == WACHTLIJST and parent and waiting < FAMILIES_ON_MIJN_GEZIN:
			waiting += 1
			accounts.append(
				{
					"role": OUDER_WACHTEND,
					"user": _family_member(gezin, parent.name, f"ouder-wachtend-{waiting}@{DOMAIN}"),
					"gezin": gezin,
				}
			)
		if active == waiting == FAMILIES_ON_MIJN_GEZIN:
			break
	return accounts


def _admin_session() -> str:
	"""A real session of the Administrator, made by the site (as Frappe's own API tests do)."""
	from frappe.auth import CookieManager, LoginManager
	from frappe.utils import set_request

	set_request(path="/")
	frappe.local.cookie_manager = CookieManager()
	frappe.local.login_manager = LoginManager()
	frappe.local.login_manager.login_as(ADMINISTRATOR)
	sid = frappe.session.sid
	frappe.local.request = None
	frappe.set_user(ADMINISTRATOR)
	return sid


def setup(families: int, coordinators: int, professionals: int, committee: int, withdrawals: int) -> dict:
	"""Users, families, consents and meetings for the run; returns who does what."""
	frappe.set_user(ADMINISTRATOR)
	rnd = random.Random(15)
	if not frappe.db.exists("Zorgorganisatie", ORGANISATIE):
		frappe.get_doc(
			{"doctype": "Zorgorganisatie", "organisatienaam": ORGANISATIE, "organisatietype": "GGZ"}
		).insert(ignore_permissions=True)
	coordinator_users = [_user(f"coordinator-{n}@{DOMAIN}", COORDINATOR) for n in range(1, coordinators + 1)]
	committee_users = [_user(f"commissie-{n}@{DOMAIN}", COMMISSIE) for n in range(1, committee + 1)]
	bulk.fill(families, coordinators=coordinator_users)
	names = frappe.get_all("Gezin", {"name": ["like", f"{bulk.PREFIX}%"]}, pluck="name", order_by="name")
	others = [f"bench-hv-{n}@{DOMAIN}" for n in range(OTHER_PROFESSIONALS)]
	bulk.fill_consents(len(names) * 3, len(names), others)
	pool = rnd.sample(names, min(len(names), professionals * PER_PROFESSIONAL + withdrawals))
	plan = {"coordinators": coordinator_users, "committee": committee_users, "professionals": []}
	for n in range(1, professionals + 1):
		user, hulpverlener = _professional(f"hulpverlener-{n}@{DOMAIN}")
		mine = frappe.get_all(
			"Basiszorg Toegang", {"user": user, "gezinsgegevens": 1}, pluck="gezin", distinct=True
		)
		for gezin in pool[(n - 1) * PER_PROFESSIONAL : n * PER_PROFESSIONAL]:
			if gezin not in mine:
				_consent(gezin, hulpverlener)
				mine.append(gezin)
		meetings = frappe.get_all("Overleg", {"gezin": ["in", mine]}, pluck="name")
		for gezin in mine[: max(0, MEETINGS_PER_PROFESSIONAL - len(meetings))]:
			meetings.append(_meeting(gezin, coordinator_users[0]))
		running = frappe.get_all(
			"Gezin", {"name": ["in", mine], "workflow_state": ["in", LOPEND]}, pluck="name", limit=1
		)
		own = [_planned_meeting(running[0], coordinator_users[0], hulpverlener)] if running else []
		plan["professionals"].append({"user": user, "families": mine, "meetings": meetings, "own": own})
	plan["withdrawals"] = []
	for n, gezin in enumerate(pool[professionals * PER_PROFESSIONAL :]):
		user, hulpverlener = _professional(f"intrekking-{n % 2 + 1}@{DOMAIN}")
		plan["withdrawals"].append(
			{"user": user, "gezin": gezin, "toestemming": _consent(gezin, hulpverlener)}
		)
	plan["all_families"] = rnd.sample(names, min(len(names), 200))
	in_view = frappe.get_all(
		"Gezin", {"name": ["like", f"{bulk.PREFIX}%"], "workflow_state": ["in", COMMISSIE_ZIET]}, pluck="name"
	)
	plan["committee_families"] = rnd.sample(in_view, min(len(in_view), 200))
	plan["family_members"] = _families_on_mijn_gezin(rnd.sample(names, len(names)), coordinator_users[0])
	plan["admin_sid"] = _admin_session()
	frappe.db.sql("analyze table `tabGezin`, `tabBasiszorg Toegang`")
	frappe.db.commit()  # the served site must see all of it
	return plan


# -- the run (asyncio, httpx) ---------------------------------------------------------------------


@dataclass
class Budget:
	max_requests: int
	deadline: float
	used: int = 0

	def take(self) -> bool:
		if self.used >= self.max_requests or time.monotonic() > self.deadline:
			return False
		self.used += 1
		return True


@dataclass
class Results:
	times: dict = field(default_factory=dict)  # (role, action) -> [ms]
	errors: dict = field(default_factory=dict)  # (role, action) -> count
	examples: list = field(default_factory=list)

	def add(self, role: str, action: str, ms: float, ok: bool, detail: str = "") -> None:
		self.times.setdefault((role, action), []).append(ms)
		if not ok:
			self.errors[(role, action)] = self.errors.get((role, action), 0) + 1
			if len(self.examples) < 10:
				self.examples.append(f"{role} {action}: {detail}")


class VirtualUser:
	def __init__(self, client, role: str, user: str, results: Results, budget: Budget, targets: dict):
		self.client, self.role, self.user = client, role, user
		self.results, self.budget, self.targets = results, budget, targets
		self.rnd = random.Random(zlib.crc32(user.encode()))
		self.logged_in = role == ADMINISTRATOR  # the Administrator's session comes from the site

	async def request(self, action: str, method: str, path: str, expect=(200,), **kwargs):
		start = time.perf_counter()
		tag = {"X-Basiszorg-Load": f"{ROLE_KEYS[self.role]}|{action}"}  # for gunicorn's access log
		try:
			response = await self.client.request(method, path, headers=tag, **kwargs)
			ok, detail = response.status_code in expect, f"HTTP {response.status_code}"
		except Exception as error:  # a refused connection or a timeout is an error of the run
			response, ok, detail = None, False, repr(error)
		self.results.add(self.role, action, (time.perf_counter() - start) * 1000, ok, detail)
		return response

	async def login(self) -> bool:
		if self.role in FAMILY_ROLES:  # Mijn gezin: the password (no second factor by default)
			response = await self.request(
				"mg_inloggen", "POST", "/api/method/login", data={"usr": self.user, "pwd": PASSWORD}
			)
			self.logged_in = response is not None and response.status_code == 200
			return self.logged_in
		return await self.login_with_code()

	async def login_with_code(self) -> bool:
		"""Password, then the authenticator code. A code computed just before its 30 seconds run out
		can reach a busy server too late; a person then types the next one, and so does this."""
		import pyotp

		for _attempt in range(3):
			first = await self.request(
				"inloggen", "POST", "/api/method/login", data={"usr": self.user, "pwd": PASSWORD}
			)
			tmp_id = first.json().get("tmp_id") if first is not None and first.status_code == 200 else None
			if not tmp_id:
				continue
			second = await self.request(
				"inloggen",
				"POST",
				"/api/method/login",
				data={"tmp_id": tmp_id, "otp": pyotp.TOTP(OTP_SECRET).now()},
				expect=(200, 401),
			)
			if second is not None and second.status_code == 200:
				self.logged_in = True
				return True
		self.results.add(self.role, "inloggen", 0, False, "no session after three attempts")
		return False

	async def act(self, action: str):
		if action == "lijst":
			fields = ["name", "gezinsnaam", "workflow_state", "coordinator", "modified"]
			await self.request(
				action,
				"GET",
				"/api/method/frappe.desk.reportview.get",
				params={
					"doctype": "Gezin",
					"fields": json.dumps([f"`tabGezin`.`{f}`" for f in fields]),
					"order_by": "`tabGezin`.`modified` desc",
					"start": 0,
					"page_length": 20,
				},
			)
		elif action == "aantal":
			await self.request(
				action, "GET", "/api/method/frappe.desk.reportview.get_count", params={"doctype": "Gezin"}
			)
		elif action == "formulier":
			await self.getdoc(action, "Gezin", self.rnd.choice(self.targets["families"]))
		elif action == "overleg":
			await self.getdoc(action, "Overleg", self.rnd.choice(self.targets["meetings"]))
		elif action == "rapport":
			modus = MODUS_COMMISSIE if self.role == COMMISSIE else MODUS_WACHTLIJST
			await self.request(
				action,
				"GET",
				"/api/method/frappe.desk.query_report.run",
				params={"report_name": RAPPORT, "filters": json.dumps({"modus": modus})},
			)

		elif action in PORTAL_PATHS:
			await self.request(action, "GET", PORTAL_PATHS[action], params={"gezin": self.targets["gezin"]})
		elif action == "mg_agendapunt":
			await self.request(
				action,
				"POST",
				"/api/method/basiszorg.portaal.api.agendapunt",
				data={
					"gezin": self.targets["gezin"],
					"overleg": self.targets["overleg"],
					"onderwerp": "Hoe het thuis gaat",
				},
			)
		elif action in ("afspraak", "inbreng") and self.targets.get("own"):
			await self.own_item(action, self.rnd.choice(self.targets["own"]))

	async def own_item(self, action: str, item: dict):
		"""The professional through basiszorg's own action (its first-line check); the Administrator,
		their peer, writes the same record with Frappe's plain insert."""
		note = f"Voortgang {self.rnd.randint(1, 10**6)}"
		if self.role == ADMINISTRATOR:
			doc = (
				{
					"doctype": "Afspraak Voortgang",
					"gezin": item["gezin"],
					"bron_doctype": "Overleg",
					"bron": item["overleg"],
					"afspraak": item["afspraak"],
					"op": str(now_datetime()),
					"notitie": note,
				}
				if action == "afspraak"
				else {
					"doctype": "Overleg Inbreng",
					"gezin": item["gezin"],
					"overleg": item["overleg"],
					"ingediend_op": str(now_datetime()),
					"algemeen": note,
				}
			)
			await self.request(
				action, "POST", "/api/method/frappe.client.insert", data={"doc": json.dumps(doc)}
			)
		elif action == "afspraak":
			await self.request(
				action,
				"POST",
				"/api/method/basiszorg.samenwerken.api.werk_afspraak_bij",
				data={
					"doctype": "Overleg",
					"name": item["overleg"],
					"afspraak": item["afspraak"],
					"status": "Loopt",
					"notitie": note,
				},
			)
		else:
			await self.request(
				action,
				"POST",
				"/api/method/basiszorg.samenwerken.api.stuur_inbreng",
				data={"overleg": item["overleg"], "algemeen": note},
			)

	async def getdoc(self, action: str, doctype: str, name: str, expect=(200,)):
		return await self.request(
			action,
			"GET",
			"/api/method/frappe.desk.form.load.getdoc",
			params={"doctype": doctype, "name": name},
			expect=expect,
		)

	async def loop(self, actions: tuple, withdrawals: list | None = None, clients: dict | None = None):
		turn = 0
		while self.logged_in and self.budget.take():
			if withdrawals and turn % 6 == 5:
				await self.withdraw(withdrawals.pop(), clients)
			else:
				await self.act(actions[turn % len(actions)])
			turn += 1

	async def withdraw(self, item: dict, clients: dict):
		"""Withdraw a consent; the professional's very next request for the family must be refused."""
		professional = clients[item["user"]]
		await professional.getdoc("formulier", "Gezin", item["gezin"])  # access before: 200
		await self.request(
			"intrekken",
			"POST",
			"/api/method/run_doc_method",
			data={
				"dt": "Toestemming",
				"dn": item["toestemming"],
				"method": "trek_in",
				"args": json.dumps({"reden": "Ouders trekken in", "door": "Ouder Belastingtest"}),
			},
		)
		await professional.getdoc("na_intrekken", "Gezin", item["gezin"], expect=(403,))


async def _run(plan: dict, url: str, site: str, max_requests: int, max_seconds: float) -> Results:
	import httpx

	results = Results()
	budget = Budget(max_requests, time.monotonic() + max_seconds)
	limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)
	common = {"base_url": url, "headers": {"X-Frappe-Site-Name": site}, "timeout": 120, "limits": limits}
	all_families = plan["all_families"]
	professional_families = [f for p in plan["professionals"] for f in p["families"]]
	professional_meetings = [m for p in plan["professionals"] for m in p["meetings"]]
	users = [
		*(
			(COORDINATOR, u, {"families": all_families, "meetings": professional_meetings})
			for u in plan["coordinators"]
		),
		*((HULPVERLENER, p["user"], p) for p in plan["professionals"]),
		*(
			(COMMISSIE, u, {"families": plan["committee_families"], "meetings": []})
			for u in plan["committee"]
		),
		*((member["role"], member["user"], member) for member in plan["family_members"]),
	]
	own_items = [item for p in plan["professionals"] for item in p["own"]]
	async with asyncio.TaskGroup() as group:
		clients = []
		vus = []
		for role, user, targets in users:
			client = httpx.AsyncClient(**common)
			clients.append(client)
			vus.append(VirtualUser(client, role, user, results, budget, targets))
		withdrawing = {}
		for user in {w["user"] for w in plan["withdrawals"]}:
			client = httpx.AsyncClient(**common)
			clients.append(client)
			withdrawing[user] = VirtualUser(client, HULPVERLENER, user, results, budget, {})
		# the Administrator does the same as the professionals and coordinators, in the same run
		for _ in range(2):
			client = httpx.AsyncClient(**common, cookies={"sid": plan["admin_sid"]})
			clients.append(client)
			vus.append(
				VirtualUser(
					client,
					ADMINISTRATOR,
					ADMINISTRATOR,
					results,
					budget,
					{"families": professional_families, "meetings": professional_meetings, "own": own_items},
				)
			)
		await asyncio.gather(
			*(vu.login() for vu in [*vus, *withdrawing.values()] if vu.role != ADMINISTRATOR)
		)
		withdrawals = list(plan["withdrawals"])
		for vu in vus:
			own = withdrawals if vu.role == COORDINATOR else None
			group.create_task(vu.loop(ROLE_ACTIONS[vu.role], own, withdrawing))
	for client in clients:
		await client.aclose()
	return results


def _percentile(values: list[float], q: int) -> float:
	if len(values) == 1:
		return values[0]
	return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


ACCESS_LOG_FORMAT = "%({x-basiszorg-load}i)s %(s)s %(D)s"  # gunicorn --access-logformat


def server_times(access_log: str | None) -> dict:
	"""(role, action) -> [ms] the gunicorn worker spent on each request (no waiting in its queue),
	read from an access log written with ``ACCESS_LOG_FORMAT``."""
	if not access_log:
		return {}
	roles = {key: role for role, key in ROLE_KEYS.items()}
	times = {}
	with open(access_log) as log:
		for line in log:
			parts = line.split()
			if len(parts) == 3 and "|" in parts[0]:
				key, action = parts[0].split("|", 1)
				if key in roles and action in ACTIONS:
					times.setdefault((roles[key], action), []).append(int(parts[2]) / 1000)
	return times


def report(results: Results, seconds: float, workers: str, families: int, access_log: str | None):
	served = server_times(access_log)
	lines = [
		f"{sum(len(t) for t in results.times.values())} requests in {seconds:.0f} s against gunicorn "
		f"({workers} workers), {families} families on the site; waited = what the user waits (client), "
		"server = time in the gunicorn worker (without waiting for a free worker)",
		"",
		"| role | action | requests | errors | waited p50 ms | waited p95 ms | server p50 ms | server p95 ms |",
		"|---|---|---|---|---|---|---|---|",
	]
	p50 = {}
	for (role, action), times in sorted(results.times.items()):
		server = served.get((role, action)) or []
		p50[(role, action)] = (statistics.median(times), statistics.median(server) if server else None)
		lines.append(
			f"| {role} | {ACTIONS[action]} | {len(times)} | {results.errors.get((role, action), 0)} "
			f"| {statistics.median(times):.0f} | {_percentile(times, 95):.0f} "
			+ (f"| {statistics.median(server):.0f} | {_percentile(server, 95):.0f} |" if server else "| | |")
		)
	lines += [
		"",
		"| action | role | waited p50 / Administrator's | server p50 / Administrator's |",
		"|---|---|---|---|",
	]
	ratios = {}
	for action in ("lijst", "aantal", "formulier", "overleg", "afspraak", "inbreng"):
		admin = p50.get((ADMINISTRATOR, action))
		for role in (HULPVERLENER, COORDINATOR, COMMISSIE):
			if admin and (role, action) in p50:
				mine = p50[(role, action)]
				waited = mine[0] / admin[0]
				server = mine[1] / admin[1] if mine[1] and admin[1] else None
				ratios[(role, action)] = (waited, server)
				lines.append(
					f"| {ACTIONS[action]} | {role} | {waited:.2f} | "
					+ (f"{server:.2f} |" if server else " |")
				)
	lines.append(
		"(Eigen afspraak bijwerken, Inbreng voor het overleg: the professional through basiszorg's action "
		"with its first-line checks; the Administrator's peer is Frappe's plain insert of the same record)"
	)
	errors = sum(results.errors.values())
	withdrawn = len(results.times.get((HULPVERLENER, "na_intrekken"), []))
	effective = withdrawn - results.errors.get((HULPVERLENER, "na_intrekken"), 0)
	lines += [
		"",
		f"errors: {errors}",
		f"withdrawals under load: {withdrawn}, refused on the very next request: {effective}",
		*(f"  {example}" for example in results.examples),
	]
	return "\n".join(lines), {
		"errors": errors,
		"withdrawals": withdrawn,
		"effective": effective,
		"ratios": ratios,
	}


def run(
	url: str,
	families: int = 2000,
	max_requests: int = 3000,
	max_seconds: float = 120,
	workers: str = "?",
	access_log: str | None = None,
	coordinators: int = 4,
	professionals: int = 8,
	committee: int = 2,
	withdrawals: int = 8,
) -> tuple[str, dict]:
	plan = setup(families, coordinators, professionals, committee, withdrawals)
	site = frappe.local.site
	started = time.monotonic()
	results = asyncio.run(_run(plan, url.rstrip("/"), site, max_requests, max_seconds))
	return report(results, time.monotonic() - started, workers, frappe.db.count("Gezin"), access_log)
