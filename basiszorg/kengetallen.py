"""The workspace's number cards (type Custom): counts of families per phase, through the list
rules as the session user, with a click-through to the list. State names come from the domain,
so the cards need no filters written as data."""

import frappe

from basiszorg.compat import count
from basiszorg.domain import traject


def _card(states: tuple[str, ...]) -> dict:
	filters = {"workflow_state": ["in", list(states)]}
	return {
		"value": count("Gezin", filters),
		"fieldtype": "Int",
		"route": ["List", "Gezin"],
		"route_options": {"workflow_state": ["in", list(states)]},
	}


@frappe.whitelist()
def op_de_wachtlijst(filters=None) -> dict:
	frappe.has_permission("Gezin", "read", throw=True)
	return _card((traject.WACHTLIJST,))


@frappe.whitelist()
def wachten_op_besluit(filters=None) -> dict:
	frappe.has_permission("Gezin", "read", throw=True)
	return _card(traject.WACHT_OP_BESLUIT)


@frappe.whitelist()
def lopende_trajecten(filters=None) -> dict:
	frappe.has_permission("Gezin", "read", throw=True)
	return _card(traject.LOPEND)
