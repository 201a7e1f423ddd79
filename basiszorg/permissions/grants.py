"""The grant table (Basiszorg Inzage): who may see which family, in which scope, until when.

It is derived from Toestemming and Hulpverlener and rebuilt for a consent whenever either
changes; queries also check the validity dates, so an expiry takes effect on the very next
request, and the daily job only tidies up.
"""

import frappe
from frappe.utils import getdate

from basiszorg.domain import toestemming as regels
from basiszorg.permissions.access import GRANT
from basiszorg.records import STANDARD_COLUMNS

FIELDS = [
	*STANDARD_COLUMNS,
	"user",
	"gezin",
	"toestemming",
	"hulpverlener",
	*regels.SCOPES,
	"geldig_van",
	"geldig_tot",
]


def covered_professionals(hulpverlener: str | None, zorgorganisatie: str | None) -> list[frappe._dict]:
	"""Active professionals with a desk user that a consent for this professional/organisation covers."""
	filters = {"actief": 1, "user": ["is", "set"]}
	if hulpverlener:
		filters["name"] = hulpverlener
	elif zorgorganisatie:
		filters["zorgorganisatie"] = zorgorganisatie
	else:
		return []
	return frappe.get_all("Hulpverlener", filters=filters, fields=["name", "user"])


def sync_toestemming(doc) -> int:
	"""Rebuild the grants of one consent; returns how many rows it now has."""
	frappe.db.delete(GRANT, {"toestemming": doc.name})
	if doc.ingetrokken_op or doc.docstatus == 2:
		return 0
	stamp = frappe.utils.now()
	rows = [
		(
			frappe.generate_hash(length=12),
			stamp,
			stamp,
			"Administrator",
			"Administrator",
			0,
			0,
			professional.user,
			doc.gezin,
			doc.name,
			professional.name,
			*(int(doc.get(scope) or 0) for scope in regels.SCOPES),
			doc.gegeven_op,
			doc.geldig_tot,
		)
		for professional in covered_professionals(doc.hulpverlener, doc.zorgorganisatie)
	]
	if rows:
		frappe.db.bulk_insert(GRANT, FIELDS, rows)
	return len(rows)


def sync_for_hulpverlener(doc, method=None) -> None:
	"""A professional's user, organisation or active flag changed: rebuild the consents that cover them."""
	organisations = {doc.zorgorganisatie}
	before = doc.get_doc_before_save()
	if before:
		organisations.add(before.zorgorganisatie)
	names = set(frappe.get_all("Toestemming", filters={"hulpverlener": doc.name}, pluck="name"))
	names |= set(
		frappe.get_all(
			"Toestemming",
			filters={"zorgorganisatie": ["in", list(filter(None, organisations))]},
			pluck="name",
		)
	)
	frappe.db.delete(GRANT, {"hulpverlener": doc.name})
	for name in sorted(names):
		sync_toestemming(frappe.get_doc("Toestemming", name))


def remove_for_hulpverlener(doc, method=None) -> None:
	frappe.db.delete(GRANT, {"hulpverlener": doc.name})


def expire_daily() -> None:
	"""Scheduled daily: drop expired grants and mark expired consents (access already ended)."""
	today = getdate()
	frappe.db.delete(GRANT, {"geldig_tot": ["<", today]})
	expired = frappe.get_all(
		"Toestemming",
		filters={
			"geldig_tot": ["<", today],
			"status": ["!=", regels.VERLOPEN],
			"ingetrokken_op": ["is", "not set"],
		},
		pluck="name",
	)
	for name in expired:
		frappe.db.set_value("Toestemming", name, "status", regels.VERLOPEN, update_modified=False)
	started = frappe.get_all(
		"Toestemming", filters={"gegeven_op": ["<=", today], "status": regels.NOG_NIET_GELDIG}, pluck="name"
	)
	for name in started:
		frappe.db.set_value("Toestemming", name, "status", regels.ACTIEF, update_modified=False)


def on_doctype_update() -> None:
	"""Indexes the permission semi-join needs: (user, gezin) and (gezin)."""
	frappe.db.add_index(GRANT, ["user", "gezin"], "user_gezin_index")
	frappe.db.add_index(GRANT, ["gezin"], "gezin_index")
