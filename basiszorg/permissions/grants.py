"""The grant table (Basiszorg Toegang): which professional may see which family, in which scope,
from when until when.

It is derived from Toestemming and Hulpverlener and rebuilt for a consent whenever either
changes. It is the one answer to "who is covered by a consent today": the list conditions read
it for professionals with a desk user, and the minutes distribution reads it for every
professional (rows without a user are kept for that). Queries check the validity dates
themselves (``valid_on``), so an expiry takes effect on the very next request; the daily job
only tidies up.
"""

import frappe
from frappe.utils import getdate

from basiszorg.domain import toestemming as regels
from basiszorg.permissions.registry import GRANT
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


def valid_on(today=None) -> str:
	"""The validity window of a grant row on ``today``, as SQL on the grant table's columns."""
	day = frappe.db.escape(str(getdate(today)))
	return (
		f"(`geldig_van` is null or `geldig_van` <= {day}) and (`geldig_tot` is null or `geldig_tot` >= {day})"
	)


def families_of(user: str, scope: str) -> str:
	"""SQL subquery: the families ``user`` may read in ``scope`` today."""
	if scope not in regels.SCOPES:
		raise ValueError(scope)
	return (
		f"select `gezin` from `tab{GRANT}` where `user` = {frappe.db.escape(user)} and `{scope}` = 1"
		f" and {valid_on()}"
	)


def scopes_today(gezin: str, hulpverleners: list[str]) -> dict[str, set[str]]:
	"""hulpverlener -> the scopes consents for this family cover today (with or without a desk user).

	Used where something is sent rather than shown (the minutes): external professionals often
	have no user, so this reads the grant rows by professional instead of by user.
	"""
	if not hulpverleners:
		return {}
	rows = frappe.db.sql(
		f"""select `hulpverlener`, {", ".join(f"`{s}`" for s in regels.SCOPES)} from `tab{GRANT}`
		where `gezin` = %(gezin)s and `hulpverlener` in %(hulpverleners)s and {valid_on()}""",
		{"gezin": gezin, "hulpverleners": tuple(hulpverleners)},
		as_dict=True,
	)
	result: dict[str, set[str]] = {hv: set() for hv in hulpverleners}
	for row in rows:
		result[row.hulpverlener] |= {scope for scope in regels.SCOPES if row.get(scope)}
	return result


def covered_professionals(hulpverlener: str | None, zorgorganisatie: str | None) -> list[frappe._dict]:
	"""Active professionals (with or without a desk user) that a consent for this professional or
	organisation covers."""
	filters = {"actief": 1}
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


def rebuild_all() -> int:
	"""Every grant again from the consents (after an upgrade that changed the table)."""
	frappe.db.delete(GRANT)
	return sum(
		sync_toestemming(frappe.get_doc("Toestemming", name))
		for name in frappe.get_all("Toestemming", pluck="name", order_by="creation")
	)


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
