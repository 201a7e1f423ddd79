"""The benchmarks' bulk fill writes what the app would write: the grant rows of a bulk declaration
are the rows the permission layer rebuilds for it, so a benchmark measures the real access rule."""

import frappe

from basiszorg.demo import bulk
from basiszorg.permissions import grants
from basiszorg.permissions.registry import GRANT
from basiszorg.tests.base import IntegrationTestCase

COLUMNS = [field for field in grants.FIELDS if field not in ("name", "creation", "modified")]


class TestBulkFill(IntegrationTestCase):
	def tearDown(self):
		frappe.db.rollback()  # bulk rows never stay on the test site

	def grant_rows(self, names: list[str]) -> list[tuple]:
		rows = frappe.get_all(GRANT, {"toestemming": ["in", names]}, COLUMNS, as_list=True)
		return sorted(tuple(str(value) for value in row) for row in rows)

	def test_bulk_grants_are_the_grants_the_permission_layer_writes(self):
		families = bulk.existing_count() + 40
		bulk.fill(families)
		before = frappe.db.count("Toestemming", {"name": ["like", f"{bulk.CONSENT_PREFIX}%"]})
		bulk.fill_consents(before + 120, families, ["bulk-a@bz-test.example", "bulk-b@bz-test.example"])
		names = frappe.get_all(
			"Toestemming", {"name": ["like", f"{bulk.CONSENT_PREFIX}%"]}, pluck="name", order_by="name desc"
		)[:120]
		written = self.grant_rows(names)
		self.assertGreater(len(written), 120)  # family rows and rows for the children's parts
		self.assertTrue(any(row[COLUMNS.index("deel")] != "None" for row in written))
		for name in names:
			grants.sync_toestemming(frappe.get_doc("Toestemming", name))
		self.assertEqual(self.grant_rows(names), written)
