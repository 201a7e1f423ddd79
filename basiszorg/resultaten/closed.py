"""The closed families a results report counts, read as the session user through the permission
rules (a professional counts only families their consent covers), with their measurements."""

import frappe
from frappe.utils import getdate

from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.permissions.registry import GEZIN
from basiszorg.resultaten import metingen

BATCH = 2000  # families per query for their measurements


def families(filters) -> list[dict]:
	conditions = [["workflow_state", "=", AFGESLOTEN], ["afsluitdatum", "is", "set"]]
	if filters.get("van"):
		conditions.append(["afsluitdatum", ">=", getdate(filters["van"])])
	if filters.get("tot"):
		conditions.append(["afsluitdatum", "<=", getdate(filters["tot"])])
	if filters.get("coordinator"):
		conditions.append(["coordinator", "=", filters["coordinator"]])
	rows = frappe.get_list(GEZIN, filters=conditions, fields=["name", "afsluitdatum", "oordeel_ouders"], limit_page_length=0)
	result = []
	for start in range(0, len(rows), BATCH):
		batch = rows[start : start + BATCH]
		measured = metingen.figures_of([r.name for r in batch])
		for r in batch:
			result.append(
				{
					"afsluitdatum": getdate(r.afsluitdatum),
					"oordeel": r.oordeel_ouders,
					"metingen": measured.get(r.name, []),
				}
			)
	return result
