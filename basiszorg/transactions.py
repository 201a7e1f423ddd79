"""Writes that meet a concurrent one: MariaDB resolves a deadlock by rolling one transaction back
whole; the family's or professional's action that lost is then tried once more from the start
(its first-line checks included), instead of answering with a server error."""

import functools

import frappe


def retried_on_deadlock(fn):
	@functools.wraps(fn)
	def wrapper(*args, **kwargs):
		try:
			return fn(*args, **kwargs)
		except frappe.QueryDeadlockError:
			frappe.db.rollback()  # the database already undid it; this clears Frappe's own state
			return fn(*args, **kwargs)

	return wrapper
