"""Standing in: who receives an absent coordinator's reminders, and whom the family calls.

Absences (Afwezigheid Coordinator) are bureau data, not family data: the team records them for
each other. Read here with ``frappe.get_all``: a reminder job and the family's portal ask on
behalf of the bureau, and an absence says nothing about a family.
"""

import frappe
from frappe.utils import getdate

from basiszorg.domain import overdracht as regels

AFWEZIGHEID = "Afwezigheid Coordinator"


def als_afwezigheid(row) -> regels.Afwezigheid:
	return regels.Afwezigheid(
		row.coordinator, getdate(row.van), getdate(row.tot or row.van), row.vervanger or None
	)


def afwezigheden(op, coordinators: list[str] | None = None) -> list[regels.Afwezigheid]:
	"""The absences that cover day ``op`` (of ``coordinators`` when given), oldest first."""
	filters = {"van": ["<=", op], "tot": [">=", op]}
	if coordinators is not None:
		if not coordinators:
			return []
		filters["coordinator"] = ["in", coordinators]
	rows = frappe.get_all(
		AFWEZIGHEID, filters, ["coordinator", "van", "tot", "vervanger"], order_by="creation asc"
	)
	return [als_afwezigheid(r) for r in rows]


def ontvangers(coordinator: str | None, op=None) -> list[str]:
	"""The coordinator, and on the days of an absence the stand-in as well."""
	if not coordinator:
		return []
	op = getdate(op)
	return regels.ontvangers(afwezigheden(op, [coordinator]), coordinator, op)


def contactpersoon(coordinator: str | None, op=None) -> tuple[str | None, regels.Afwezigheid | None]:
	"""Whom the family calls on ``op``, and the absence that makes it the stand-in (if any)."""
	op = getdate(op)
	found = afwezigheden(op, [coordinator]) if coordinator else []
	absent = regels.afwezig_op(found, coordinator, op)
	return regels.contactpersoon(found, coordinator, op), absent if absent and absent.vervanger else None


def kan_coordineren(user: str | None) -> bool:
	"""An enabled person with the coordinator role (not the Administrator)."""
	from basiszorg.setup.roles import COORDINATOR

	if not user or user in ("Administrator", "Guest"):
		return False
	if not frappe.db.get_value("User", user, "enabled"):
		return False
	return COORDINATOR in frappe.get_roles(user)
