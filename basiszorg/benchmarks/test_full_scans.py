"""A guard against the next missing index: every statement the app issues while a coordinator, a
committee member, a professional and a parent open what they open every day is EXPLAINed on a site
with a few thousand families, and a full scan of a family table without any usable index fails,
naming the statement and the table.

Recorded with Frappe's own recorder (``frappe.recorder``, which wraps ``frappe.db.sql`` while it
records), in-process, inside the class's transaction: the bulk families are rolled back after it
(nothing here commits: no ANALYZE, which MariaDB commits implicitly).
A full scan the optimiser chooses although an index exists (a table of ten rows) is not a finding;
a scan with no possible key is.
"""

import frappe
import frappe.recorder
from frappe.utils import set_request

from basiszorg.demo import bulk
from basiszorg.permissions import registry
from basiszorg.portaal import accounts
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase

BULK_FAMILIES = 3000


def reads_whole_table(row: dict) -> bool:
	"""An EXPLAIN row that reads every row (ALL) or walks a whole index to filter on a condition no
	index serves (an ORDER BY modified LIMIT 20 walks it to the end when nothing matches). A whole
	read without a condition (the coordinator's list of every family, its count) is what was asked
	for, whichever way the optimiser reads it on a small table."""
	if row.get("possible_keys"):
		return False
	return row.get("type") in ("ALL", "index") and "Using where" in (row.get("Extra") or "")


MIJN_GEZIN_PAGES = ("mijn-gezin", "mijn-gezin/plan", "mijn-gezin/overleggen", "mijn-gezin/toestemming")


def family_tables() -> set[str]:
	return {f"tab{doctype}" for doctype in (*registry.protected_doctypes(), registry.GRANT)}


def full_scans(statements: list[str]) -> list[tuple[str, str]]:
	"""(table, statement) of every statement whose EXPLAIN reads a family table whole, with no
	index its conditions could have used (``reads_whole_table``)."""
	tables, found = family_tables(), []
	for query in statements:
		if not query.lstrip().lower().startswith("select"):
			continue
		for row in frappe.db.sql(f"EXPLAIN {query}", as_dict=True):
			if reads_whole_table(row) and row.get("table") in tables:
				found.append((row["table"], query))
	return found


class TestNoFullScanOfAFamilyTable(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		bulk.fill(BULK_FAMILIES)
		net = factories.network()
		cls.users = factories.standard_users()
		cls.professional, hulpverlener = factories.professional_user("scan-hv", net["ggz"])
		active = factories.active_family(net, gezinsnaam=f"{factories.PREFIX} scan actief")
		factories.toestemming(active.name, hulpverlener, gezinsgegevens=1, overleg=1, zorgplan=1)
		cls.plan = factories.adopted_plan(active.name).name
		cls.meeting = factories.meeting(active.name, days_from_now=7).name
		cls.consent = frappe.get_all("Toestemming", {"gezin": active.name}, pluck="name", limit=1)[0]
		waiting = factories.to_waitlist(
			frappe.get_doc(factories.gezin_dict(net, gezinsnaam=f"{factories.PREFIX} scan wachtend")).insert()
		)
		cls.active, cls.waiting = active.name, waiting.name
		cls.parents = {}
		factories.ensure_outgoing_email_account()
		frappe.set_user(cls.users["coordinator"])
		try:
			for key, family in (("actief", active), ("wachtend", waiting)):
				member = next(
					m for m in frappe.get_doc("Gezin", family.name).leden if m.rol == "Ouder/verzorger"
				)
				frappe.db.set_value(
					"Gezinslid", member.name, "email", f"scan-{key}@{factories.PREFIX}.example"
				)
				cls.parents[key] = accounts.nodig_uit(family.name, member.name)
		finally:
			frappe.set_user("Administrator")

	def record(self, user: str, calls) -> list[str]:
		"""The statements ``calls`` issue as ``user`` (each call a zero-argument function)."""
		frappe.set_user(user)
		frappe.recorder.record(force=True)
		recorder = frappe.local._recorder
		try:
			for call in calls:
				call()
		finally:
			recorder.cleanup()
			del frappe.local._recorder
			frappe.set_user("Administrator")
		return [c["query"] for c in recorder.calls]

	def desk_calls(self, forms: dict[str, str]) -> list:
		from frappe.desk.form.load import getdoc
		from frappe.desk.reportview import get, get_count

		def gezin_list():
			frappe.local.form_dict = frappe._dict(
				doctype="Gezin",
				fields='["`tabGezin`.`name`", "`tabGezin`.`gezinsnaam`", "`tabGezin`.`workflow_state`"]',
				order_by="`tabGezin`.`modified` desc",
				start=0,
				page_length=20,
			)
			get()
			frappe.local.form_dict = frappe._dict(doctype="Gezin", distinct="false")
			get_count()

		return [gezin_list, *(lambda d=d, n=n: getdoc(d, n) for d, n in forms.items())]

	def portal_calls(self) -> list:
		from frappe.website.serve import get_response

		def page(path):
			def render():
				set_request(path=f"/{path}", method="GET")
				response = get_response()
				self.assertEqual(response.status_code, 200, path)

			return render

		return [page(path) for path in MIJN_GEZIN_PAGES]

	def test_what_each_role_opens_every_day_reads_family_tables_through_an_index(self):
		forms = {
			"Gezin": self.active,
			"Overleg": self.meeting,
			"Zorgplan": self.plan,
			"Toestemming": self.consent,
		}
		statements = {
			"coordinator": self.record(self.users["coordinator"], self.desk_calls(forms)),
			"commissie": self.record(self.users["commissie"], self.desk_calls({"Gezin": self.waiting})),
			"hulpverlener": self.record(self.professional, self.desk_calls(forms)),
			"ouder (actief)": self.record(self.parents["actief"], self.portal_calls()),
			"ouder (wachtend)": self.record(self.parents["wachtend"], self.portal_calls()),
		}
		checked = sum(len(s) for s in statements.values())
		print(f"\nEXPLAIN guard: {checked} statements checked over {len(statements)} roles")
		self.assertGreater(checked, 100, "the recorder saw too few statements to be a guard")
		findings = [
			f"{who}: full scan of {table} with no usable index in: {' '.join(query.split())[:400]}"
			for who, queries in statements.items()
			for table, query in full_scans(queries)
		]
		self.assertEqual(findings, [], "\n".join(findings))

	def test_the_guard_sees_a_full_scan(self):
		"""The positive controls: a filter on a field without an index is found, also behind an
		ORDER BY on an indexed column."""
		self.assertTrue(full_scans(["select name from `tabGezin` where gezinsnaam = 'x'"]))
		self.assertTrue(
			full_scans(["select name from `tabGezin` where gezinsnaam = 'x' order by modified desc limit 20"])
		)

	def test_the_bureaus_reports_read_through_an_index_and_match_their_plain_sql(self):
		"""The Resultaten and Wachtlijst reports as a coordinator, over the bulk families with
		measurements: every statement uses an index on the family tables, and each report's rows
		are those the benchmark's plain SQL returns (the baseline of its ratio is the same rows)."""
		from frappe.desk.query_report import run

		from basiszorg.benchmarks import resultaten, wachtlijst

		closed = bulk.close_families()
		added = bulk.fill_metingen()
		self.assertGreater(closed, 100)
		self.assertGreater(added, closed)
		period = resultaten.filters()
		coordinator = self.users["coordinator"]
		reports = []
		statements = self.record(
			coordinator,
			[
				lambda: reports.append(resultaten.report(period)),
				lambda: reports.append(run("Wachtlijst", filters={})["result"]),
			],
		)
		findings = [f"{table}: {' '.join(query.split())[:300]}" for table, query in full_scans(statements)]
		self.assertEqual(findings, [], "\n".join(findings))
		self.assertGreaterEqual(sum(r["afgesloten"] for r in reports[0]), closed)
		plain = resultaten.plain_sql(period)
		keys = set().union(*(r.keys() for r in plain))
		self.assertEqual(resultaten.comparable(reports[0], keys), resultaten.comparable(plain, keys))
		self.assertTrue(resultaten.same_rows(reports[0], plain))
		sql_rows = frappe.db.sql(wachtlijst.BASELINE_SQL, wachtlijst.baseline_values(), as_dict=True)
		self.assertGreater(len(sql_rows), 100)
		self.assertTrue(wachtlijst.same_rows(reports[1], sql_rows))
