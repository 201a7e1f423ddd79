"""The Wachtlijst report: order, derived columns, and reading through the permission layer."""

from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.basiszorg.report.wachtlijst.wachtlijst import execute
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


class TestWachtlijstReport(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.users = factories.standard_users()
		net = factories.network()
		today = getdate()
		coordinator = cls.users["coordinator"]

		def family(label, weeks_ago, baby=False):
			start = today - timedelta(weeks=weeks_ago)
			values = factories.gezin_dict(
				net, today=start, gezinsnaam=f"bz-test {label}", coordinator=coordinator
			)
			if baby:
				values["leden"].append(
					{
						"rol": "Kind",
						"voornaam": "Baby",
						"achternaam": label,
						"geboortedatum": start - timedelta(days=40),
					}
				)
			return factories.to_waitlist(frappe.get_doc(values).insert(), start).name

		cls.long_regular = family("lang regulier", 13)
		cls.short_regular = family("kort regulier", 2)
		cls.priority = family("voorrang", 1, baby=True)
		cls.waiting_decision = (
			frappe.get_doc(
				factories.gezin_dict(
					net,
					today=today - timedelta(days=15),
					gezinsnaam="bz-test besluit",
					coordinator=coordinator,
				)
			)
			.insert()
			.name
		)

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		super().tearDownClass()

	def ours(self, rows):
		return [r for r in rows if (r.get("gezinsnaam") or "").startswith("bz-test")]

	def test_priority_first_then_longest_waiting(self):
		frappe.set_user(self.users["coordinator"])
		columns, rows, _message, chart, _summary = execute({})
		names = [r.name for r in self.ours(rows)]
		self.assertEqual(names, [self.priority, self.long_regular, self.short_regular])
		by_name = {r.name: r for r in rows}
		self.assertEqual(by_name[self.long_regular].wachtweken, 13)
		self.assertEqual(by_name[self.long_regular].te_laat, 1)
		self.assertEqual(by_name[self.short_regular].weken_tot_limiet, 10)
		self.assertTrue(by_name[self.priority].prioriteit_reden.startswith("baby onder 1 jaar"))
		self.assertEqual(sum(chart["data"]["datasets"][0]["values"]), sum(1 for r in rows if r.prioriteit))
		self.assertIn("positie", [c["fieldname"] for c in columns])

	def test_a_bureau_can_put_families_past_the_limit_first(self):
		from basiszorg.instellingen import SETTINGS

		def setting(value):
			frappe.db.set_single_value(SETTINGS, "te_laat_voor_voorrang", value)
			frappe.clear_document_cache(SETTINGS, SETTINGS)

		setting(1)
		try:
			frappe.set_user(self.users["coordinator"])
			_c, rows, *_ = execute({})
			names = [r.name for r in self.ours(rows)]
			self.assertEqual(names, [self.long_regular, self.priority, self.short_regular])
			# the place a family sees on Mijn gezin is its place in this report
			from basiszorg.portaal.pages import waitlist_place

			frappe.set_user("Administrator")
			for row in self.ours(rows):
				self.assertEqual(waitlist_place(frappe.get_doc("Gezin", row.name)), row.positie, row.name)
		finally:
			frappe.set_user("Administrator")
			setting(0)

	def test_priority_filter(self):
		frappe.set_user(self.users["coordinator"])
		_c, rows, *_ = execute({"prioriteit": "Ja"})
		self.assertEqual([r.name for r in self.ours(rows)], [self.priority])

	def test_committee_mode_shows_days_left(self):
		frappe.set_user(self.users["commissie"])
		_c, rows, _m, _chart, _s = execute({"modus": "Wacht op besluit"})
		row = next(r for r in rows if r.name == self.waiting_decision)
		self.assertEqual(row.dagen_tot_besluit, -1)
		self.assertEqual(row.te_laat, 1)

	def test_committee_mode_keeps_decided_families_until_the_referrer_is_informed(self):
		frappe.set_user("Administrator")
		frappe.db.set_value("Gezin", self.short_regular, "verwijzer_geinformeerd_op", getdate())
		frappe.set_user(self.users["commissie"])
		_c, rows, *_ = execute({"modus": "Wacht op besluit"})
		names = [r.name for r in rows]
		self.assertIn(self.long_regular, names)  # on the waitlist, referrer not told yet
		self.assertNotIn(self.short_regular, names)

	def test_professional_without_consent_gets_no_rows(self):
		frappe.set_user(self.users["hulpverlener"])
		_c, rows, *_ = execute({})
		self.assertEqual(rows, [])
		_c, rows, *_ = execute({"modus": "Wacht op besluit"})
		self.assertEqual(rows, [])
