"""The family's chronology, read as the session user: every source is read with
``frappe.get_list``, so the permission rules decide what appears (a professional sees what their
consent covers, a youngster's closed part stays closed, the meldcode's records only for
coordinators). The events are shaped by ``basiszorg.domain.chronologie``; nothing is copied.

Used by the Gezin form's Chronologie tab (``lees``: everyone who reads the family), the
Chronologie report (coordinators: filters and the "significant" mark, ``markeer``) and the
Chronologie print format (PDF for a handover).
"""

import frappe
from frappe import _
from frappe.utils import get_fullname, getdate

from basiszorg.domain import chronologie as regels
from basiszorg.permissions import rules
from basiszorg.permissions.registry import GEZIN, MELDCODE

GEZIN_FIELDS = [
	"name",
	"aanmelddatum",
	"aangemeld_door",
	"verwijzer_naam",
	"besluitdatum",
	"commissie_besluit",
	"verwijzer_geinformeerd_op",
	"wachtlijst_datum",
	"intakedatum",
	"startdatum",
	"overleg_voogd_op",
	"startbericht_verstuurd_op",
	"afsluitdatum",
	"afsluitbericht_verstuurd_op",
]
SOURCES = (
	("Toestemming", ["name", "gegeven_op", "ingetrokken_op"], regels.uit_toestemming),
	("Overleg", ["name", "type", "workflow_state", "starts_on", "verzonden_op"], regels.uit_overleg),
	(
		"Zorgplan",
		["name", "versie", "workflow_state", "geldig_vanaf", "akkoord_ouders_op"],
		regels.uit_zorgplan,
	),
	("Contactmoment", ["name", "datum", "hoe", "met_wie", "naam"], regels.uit_contact),
	(
		MELDCODE,
		["name", "geopend_op", "besluit_op", "melding_op", "gezin_geinformeerd_op"],
		regels.uit_veiligheid,
	),
)


def require_reader(gezin: str) -> None:
	if not gezin or not rules.may(GEZIN, gezin, frappe.session.user):
		raise frappe.PermissionError(_("U heeft geen toegang tot de chronologie van dit gezin."))


def _dated(row: dict) -> dict:
	return {k: (getdate(v) if k != "name" and hasattr(v, "year") else v) for k, v in row.items()}


def gebeurtenissen(gezin: str) -> list[regels.Gebeurtenis]:
	"""Every event of the family the session user may read (unsorted, unfiltered)."""
	found = frappe.get_list(GEZIN, filters={"name": gezin}, fields=GEZIN_FIELDS, limit=1)
	if not found:
		return []
	events = regels.uit_gezin(_dated(found[0]))
	periods = frappe.get_all(
		"Gezin Coordinatorperiode",
		filters={"parent": gezin, "parenttype": GEZIN},  # part of the family's record read above
		fields=["idx", "coordinator", "van", "reden"],
		order_by="idx asc",
	)
	events += regels.uit_coordinatoren(gezin, [_dated(p) for p in periods], get_fullname)
	for doctype, fields, shape in SOURCES:
		if not frappe.has_permission(doctype, "read"):
			continue
		for row in frappe.get_list(doctype, filters={"gezin": gezin}, fields=fields, limit=0):
			events += shape(_dated(row))
	return events


def marked(gezin: str) -> set[str]:
	return set(frappe.get_all("Gezin Markering", {"parent": gezin, "parenttype": GEZIN}, pluck="sleutel"))


def chronologie(
	gezin: str,
	soorten: list[str] | None = None,
	van=None,
	tot=None,
	alleen_significant: bool = False,
) -> list[regels.Gebeurtenis]:
	require_reader(gezin)
	return regels.selecteer(
		gebeurtenissen(gezin),
		soorten or None,
		getdate(van) if van else None,
		getdate(tot) if tot else None,
		marked(gezin),
		alleen_significant,
	)


@frappe.whitelist(methods=["GET"])
def lees(
	gezin: str,
	soorten: str | None = None,
	van: str | None = None,
	tot: str | None = None,
	alleen_significant: int = 0,
) -> list[dict]:
	"""The chronology for the Gezin form's tab, as far as the reader may see it (``soorten``: a
	JSON list of kinds)."""
	require_reader(gezin)
	kinds = frappe.parse_json(soorten) if soorten else None
	if kinds is not None and not (isinstance(kinds, list) and all(k in regels.SOORTEN for k in kinds)):
		frappe.throw(_("Onbekende soort gebeurtenis."), title=_("Chronologie"))
	return [_as_row(e) for e in chronologie(gezin, kinds, van, tot, bool(int(alleen_significant or 0)))]


def _as_row(e: regels.Gebeurtenis) -> dict:
	return {
		"op": e.op,
		"soort": e.soort,
		"wat": e.wat,
		"doctype": e.doctype,
		"document": e.name,
		"significant": e.significant,
		"sleutel": e.sleutel,
	}


@frappe.whitelist(methods=["POST"])
def markeer(gezin: str, sleutel: str, significant: int = 1) -> dict:
	"""A coordinator marks (or unmarks) one event of the family's chronology as significant."""
	if not rules.is_coordinator(frappe.session.user) or not rules.may_change(
		GEZIN, gezin, frappe.session.user, rules.SAVE
	):
		raise frappe.PermissionError(_("Alleen een coördinator markeert gebeurtenissen."))
	if sleutel not in {e.sleutel for e in gebeurtenissen(gezin)}:
		frappe.throw(_("Deze gebeurtenis hoort niet bij dit gezin."), title=_("Niet gemarkeerd"))
	doc = frappe.get_doc(GEZIN, gezin)
	rows = [r for r in doc.get("markeringen") or [] if r.sleutel != sleutel]
	doc.set("markeringen", rows)
	if int(significant):
		doc.append("markeringen", {"sleutel": sleutel, "door": frappe.session.user, "op": getdate()})
	doc.save()
	return {"sleutel": sleutel, "significant": bool(int(significant))}


def voor_afdruk(gezin: str) -> list[dict]:
	"""The chronology for the print format (jinja): what the printing user may read."""
	return [_as_row(e) for e in chronologie(gezin)]
