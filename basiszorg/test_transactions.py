"""A write that lost a deadlock is tried once more, from the start, with nothing of the first try left."""

import frappe

from basiszorg.tests.base import IntegrationTestCase
from basiszorg.transactions import retried_on_deadlock

MARK = "bz-test deadlock-retry"


class TestRetriedOnDeadlock(IntegrationTestCase):
	def tearDown(self):
		frappe.db.delete("ToDo", {"description": MARK})

	def test_the_second_try_writes_once(self):
		tries = []

		@retried_on_deadlock
		def write():
			tries.append(1)
			frappe.get_doc({"doctype": "ToDo", "description": MARK}).insert()
			if len(tries) == 1:
				raise frappe.QueryDeadlockError("Deadlock found when trying to get lock")
			return "ok"

		self.assertEqual(write(), "ok")
		self.assertEqual(len(tries), 2)
		self.assertEqual(frappe.db.count("ToDo", {"description": MARK}), 1, "the first try was rolled back")

	def test_a_second_deadlock_reaches_the_caller(self):
		@retried_on_deadlock
		def write():
			raise frappe.QueryDeadlockError("Deadlock found when trying to get lock")

		with self.assertRaises(frappe.QueryDeadlockError):
			write()
