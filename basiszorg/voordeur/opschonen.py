"""Daily: a rejected registration (spam, not for us, a double) is removed with its files and
trails once the days set in Basiszorg Instellingen have passed since the rejection. Accepted and
linked registrations stay with their family and go with it (privacy/retention.py)."""

import frappe
from frappe.utils import cint, getdate

from basiszorg import instellingen
from basiszorg.domain import aanmelding as regels
from basiszorg.permissions.registry import AANMELDING
from basiszorg.privacy.retention import purge_files_and_trails


def run_daily(today=None) -> dict[str, int]:
	"""Remove the rejected registrations that are due; returns rows removed per doctype."""
	today = getdate(today)
	dagen = cint(instellingen.get().aanmelden_afgewezen_bewaren_dagen)
	counts: dict[str, int] = {}

	def add(doctype: str, n: int) -> None:
		counts[doctype] = counts.get(doctype, 0) + n

	for row in frappe.get_all(
		AANMELDING, filters={"status": regels.AFGEWEZEN}, fields=["name", "status", "beoordeeld_op"]
	):
		afgewezen_op = getdate(row.beoordeeld_op) if row.beoordeeld_op else None
		if regels.afgewezen_verlopen(row.status, afgewezen_op, dagen, today):
			purge_files_and_trails(AANMELDING, row.name, add)
			frappe.delete_doc(
				AANMELDING, row.name, force=True, ignore_permissions=True, delete_permanently=True, ignore_on_trash=True
			)
			add(AANMELDING, 1)
	if counts:
		frappe.logger("basiszorg").info({"afgewezen aanmeldingen verwijderd": counts})
	return counts
