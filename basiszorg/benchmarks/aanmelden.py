"""Load probe of the front door: many registrations sent at once from the public pages, against the
site served by gunicorn with several workers (as ``load`` is).

Run with ``bench --site S basiszorg-benchmark aanmelden --url http://127.0.0.1:8000`` while the
site is served. Ten clients, each from its own address (``X-Forwarded-For``, as the bureau's proxy
sets it), send 200 registrations at once; twenty of them are sent a second time by another client
at the same moment with the same sending code (a page retrying after a lost answer). Afterwards
every registration must be stored exactly once: none lost, none doubled, each retry answered with
the first one's reference. Then one address floods the page: the answers after the hourly limit
must be refusals (429), and only what was accepted is stored.

For the run the hourly limit is raised to what one client sends (and put back afterwards).
"""

import asyncio
import json
import statistics
import time
import uuid
from dataclasses import dataclass, field

import frappe

from basiszorg.domain.aanmelding import OUDERS
from basiszorg.domain.leden import KIND, OUDER
from basiszorg.permissions.registry import AANMELDING

METHOD = "basiszorg.voordeur.api.meld_aan"
SETTINGS = "Basiszorg Instellingen"
NAAM = "Belastingproef"  # the load registrations' family name (a load-test site only)
FLOOD_ADDRESS = "10.77.250.1"
FLOOD_EXTRA = 10  # requests beyond the limit from the flooding address


def _address(client: int) -> str:
	return f"10.77.0.{client + 1}"


def _registration(n: int) -> dict:
	return {
		"gezinsnaam": f"{NAAM} {n:04d}",
		"postcode": "1234 AB",
		"email": f"ouders-{n}@load.basiszorg.example",
		"reden_aanmelding": "Moeder is somber; de kinderen komen vaak te laat op school.",
		"zorgen_basiszorg": 1,
		"toestemming_aanmelding": 1,
		"verzend_sleutel": uuid.uuid4().hex,
		"leden": [
			{"rol": OUDER, "voornaam": "Sam", "achternaam": f"Proef{n}", "geboortedatum": "1988-02-03", "psychiatrie": 1, "behandeling": "Loopt"},
			{"rol": KIND, "voornaam": "Kim", "achternaam": f"Proef{n}", "geboortedatum": "2016-07-08"},
		],
	}


@dataclass
class Outcome:
	statuses: dict[int, int] = field(default_factory=dict)
	references: dict[str, set] = field(default_factory=dict)  # sending code -> references answered
	waits: list[float] = field(default_factory=list)

	def add(self, status: int, key: str, reference: str | None, seconds: float) -> None:
		self.statuses[status] = self.statuses.get(status, 0) + 1
		if status == 200 and reference:
			self.references.setdefault(key, set()).add(reference)
		self.waits.append(seconds)


async def _send(client, address: str, data: dict, outcome: Outcome) -> None:
	started = time.monotonic()
	response = await client.post(
		f"/api/method/{METHOD}",
		data={"soort": OUDERS, "gegevens": json.dumps(data)},
		headers={"X-Forwarded-For": address},
	)
	reference = None
	if response.status_code == 200:
		reference = (response.json().get("message") or {}).get("referentie")
	outcome.add(response.status_code, data["verzend_sleutel"], reference, time.monotonic() - started)


async def _clients(url: str, site: str, batches: list[list[tuple[str, dict]]]) -> Outcome:
	"""One connection per client; each sends its batch one after the other, all clients at once."""
	import httpx

	outcome = Outcome()
	limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)

	async def client_run(batch):
		async with httpx.AsyncClient(
			base_url=url, headers={"X-Frappe-Site-Name": site}, timeout=120, limits=limits
		) as client:
			for address, data in batch:
				await _send(client, address, data, outcome)

	async with asyncio.TaskGroup() as group:
		for batch in batches:
			group.create_task(client_run(batch))
	return outcome


def _set_limit(per_hour: int) -> int:
	before = frappe.db.get_single_value(SETTINGS, "aanmelden_per_uur")
	frappe.db.set_single_value(SETTINGS, "aanmelden_per_uur", per_hour)
	frappe.clear_document_cache(SETTINGS, SETTINGS)
	frappe.cache.delete_keys(f"rl:{METHOD}")
	frappe.db.commit()  # a benchmark entry point: the served site must see the limit
	return before


def _stored() -> list[dict]:
	frappe.db.rollback()  # a fresh snapshot: the served site committed the registrations
	return frappe.get_all(
		AANMELDING, filters={"gezinsnaam": ["like", f"{NAAM} %"]}, fields=["name", "verzend_sleutel"]
	)


def _clear() -> None:
	"""An earlier run's load registrations go first (a load-test site only)."""
	for name in frappe.get_all(AANMELDING, filters={"gezinsnaam": ["like", f"{NAAM} %"]}, pluck="name"):
		frappe.delete_doc(AANMELDING, name, force=True, ignore_permissions=True, delete_permanently=True)
	frappe.db.commit()  # a benchmark entry point: the served site must not see them


def run(url: str, registrations: int = 200, clients: int = 10, retries: int = 20) -> tuple[str, dict]:
	site = frappe.local.site
	_clear()
	url = url.rstrip("/")
	datas = [_registration(n) for n in range(registrations)]
	batches: list[list[tuple[str, dict]]] = [[] for _ in range(clients)]
	for n, data in enumerate(datas):
		batches[n % clients].append((_address(n % clients), data))
	# a retry of registration n is sent by the next client, at the same place in its batch
	for n in range(min(retries, registrations)):
		other = (n + 1) % clients
		batches[other].insert(n // clients, (_address(other), datas[n]))
	per_client = max(len(b) for b in batches)
	before = _set_limit(per_client)
	try:
		started = time.monotonic()
		sent = asyncio.run(_clients(url, site, batches))
		seconds = time.monotonic() - started
		stored = _stored()
		flood = asyncio.run(
			_clients(url, site, [[(FLOOD_ADDRESS, _registration(10000 + n)) for n in range(per_client + FLOOD_EXTRA)]])
		)
		after_flood = _stored()
	finally:
		_set_limit(before)
	keys = [row.verzend_sleutel for row in stored]
	wanted = {d["verzend_sleutel"] for d in datas}
	lost = len(wanted - set(keys))
	doubled = len(keys) - len(set(keys))
	names_per_key = {row.verzend_sleutel: row.name for row in stored}
	retry_mismatch = sum(
		1 for key, refs in sent.references.items() if len(refs) != 1 or names_per_key.get(key) not in refs
	)
	flood_ok = flood.statuses.get(200, 0)
	flood_refused = flood.statuses.get(429, 0)
	flood_stored = len(after_flood) - len(stored)
	outcome = {
		"requests": sum(sent.statuses.values()),
		"errors": sum(n for status, n in sent.statuses.items() if status != 200),
		"stored": len(stored),
		"lost": lost,
		"doubled": doubled,
		"retry_mismatch": retry_mismatch,
		"flood_accepted": flood_ok,
		"flood_refused": flood_refused,
		"flood_stored": flood_stored,
		"limit": per_client,
	}
	waits = sorted(sent.waits)
	p95 = statistics.quantiles(waits, n=100, method="inclusive")[94] if len(waits) > 1 else waits[0]
	lines = [
		f"Aanmelden onder belasting: {registrations} aanmeldingen + {retries} herhalingen door {clients} clients tegelijk",
		f"  verzoeken {outcome['requests']} in {seconds:.1f} s ({outcome['requests'] / seconds:.1f}/s), fouten {outcome['errors']}, "
		f"p50 {statistics.median(waits) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms",
		f"  opgeslagen {outcome['stored']} (verwacht {registrations}), kwijt {lost}, dubbel {doubled}, "
		f"herhaling met ander kenmerk {retry_mismatch}",
		f"  stortvloed vanaf één adres: {per_client + FLOOD_EXTRA} verzoeken bij limiet {per_client}/uur: "
		f"{flood_ok} aangenomen, {flood_refused} geweigerd (429), {flood_stored} opgeslagen; "
		f"overige antwoorden {dict((s, n) for s, n in flood.statuses.items() if s not in (200, 429))}",
	]
	return "\n".join(lines), outcome


def passed(outcome: dict, registrations: int = 200) -> bool:
	return (
		outcome["errors"] == 0
		and outcome["stored"] == registrations
		and outcome["lost"] == 0
		and outcome["doubled"] == 0
		and outcome["retry_mismatch"] == 0
		and outcome["flood_accepted"] <= outcome["limit"]
		and outcome["flood_refused"] >= FLOOD_EXTRA
		and outcome["flood_stored"] == outcome["flood_accepted"]
	)
