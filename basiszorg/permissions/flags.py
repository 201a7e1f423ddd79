"""A request-local flag raised for the length of a ``with`` block and restored afterwards.

The permissions package marks two kinds of request this way: the Mijn gezin pages reading as the
family (``portaal.reading``) and the app changing a record after its own check
(``changes.app_action``). Restoring the earlier value keeps nested blocks correct.
"""

from contextlib import contextmanager

import frappe


@contextmanager
def raised(flag: str):
	before = frappe.local.flags.get(flag)
	frappe.local.flags[flag] = True
	try:
		yield
	finally:
		frappe.local.flags[flag] = before


def is_raised(flag: str) -> bool:
	return bool(frappe.local.flags.get(flag))
