"""The scales and the elements of basic care as data: shipped defaults (``domain.resultaten``)
created on install and migrate only when missing, so a bureau's own names and meanings stay."""

import frappe

from basiszorg.domain import resultaten as regels

SCHAAL = "Meetschaal"
ELEMENT = "Basiszorg Element"


def ensure_defaults() -> None:
	for naam, waarden in regels.STANDAARD_SCHALEN.items():
		if not frappe.db.exists(SCHAAL, naam):
			frappe.get_doc(
				{"doctype": SCHAAL, "naam": naam, "waarden": [{"waarde": w, "betekenis": b} for w, b in waarden]}
			).insert(ignore_permissions=True)
	if not frappe.db.count(ELEMENT):
		for volgorde, naam in enumerate(regels.STANDAARD_ELEMENTEN, start=1):
			frappe.get_doc({"doctype": ELEMENT, "naam": naam, "volgorde": volgorde, "actief": 1}).insert(ignore_permissions=True)


def waarden(schaal: str) -> list[tuple[int, str]]:
	"""(value, meaning) of a scale, low to high; the shipped default when it was removed."""
	rows = frappe.get_all(
		"Meetschaal Waarde", filters={"parent": schaal, "parenttype": SCHAAL}, fields=["waarde", "betekenis"], order_by="waarde"
	)
	return [(r.waarde, r.betekenis) for r in rows] or list(regels.STANDAARD_SCHALEN.get(schaal, ()))


def toegestaan(schaal: str) -> list[int]:
	return [w for w, _b in waarden(schaal)]


def elementen() -> list[str]:
	return frappe.get_all(ELEMENT, filters={"actief": 1}, pluck="name", order_by="volgorde asc, name asc")
