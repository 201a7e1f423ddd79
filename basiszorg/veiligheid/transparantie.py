"""Transparency with one exception: what the family's own overviews show of the meldcode.

The family's AVG overview (``basiszorg.privacy.dossieroverzicht``), Mijn gezin's *Wie weet wat over
ons* and the print format *Wie weet wat over ons gezin* list every report to Veilig Thuis: when, by
whom, what was shared and on which ground (a disclosure, never a consent). They leave a record out
(with its report, its trail and who read it) while the coordinator records that informing the
family now would endanger a child or someone else (the registry's ``withheld_field``).

Both functions read without the record rules, on purpose: the meldcode's records are closed to the
family, yet the family must hear of a report. Their callers check who asks first: a coordinator
(``require_coordinator``: the AVG overview, the print format) or the family member on their own
page (``require_member``, full access). Only the fields listed in ``verstrekkingen`` leave.
"""

import frappe
from frappe import _
from frappe.utils import format_date, get_fullname

from basiszorg.domain import meldcode
from basiszorg.permissions import registry

REPORT_FIELDS = (
	"name",
	"melding_op",
	"gemeld_door",
	"melding_aan",
	"gedeelde_gegevens",
	"grondslag",
)


def achtergehouden(gezin: str) -> list[tuple[str, str]]:
	"""(doctype, name) of the family's records its own overviews leave out for now."""
	withheld = []
	for declared in registry.withheld():
		withheld += [
			(declared.doctype, name)
			for name in frappe.get_all(  # names only: the caller leaves these records out
				declared.doctype,
				filters={declared.gezin_field: gezin, declared.withheld_field: 1},
				pluck="name",
			)
		]
	return withheld


def verstrekkingen(gezin: str) -> list[dict]:
	"""The reports to Veilig Thuis the family may know of, in words (oldest first)."""
	declared = registry.entry(registry.MELDCODE)
	reports = frappe.get_all(  # only these fields, of reports that are not withheld (see above)
		declared.doctype,
		filters={declared.gezin_field: gezin, "melding_op": ["is", "set"], declared.withheld_field: 0},
		fields=list(REPORT_FIELDS),
		order_by="melding_op asc",
	)
	return [
		{
			"zorg": r.name,
			"datum": format_date(r.melding_op),
			"door": get_fullname(r.gemeld_door) if r.gemeld_door else _("Bureau Basiszorg"),
			"aan": r.melding_aan or _("Veilig Thuis"),
			"wat": r.gedeelde_gegevens or "",
			"grondslag": r.grondslag or "",
			"waarom_mocht_dat": _(meldcode.GRONDSLAG_IN_WOORDEN[r.grondslag]) if r.grondslag else "",
		}
		for r in reports
	]
