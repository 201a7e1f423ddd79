"""Retention: remove everything of families whose retention period after closure has passed.

Daily (hooks.py): first a proposal listing the families (kenmerk and closing date only, no
personal data); a Basiszorg Beheerder confirms it; after the grace period the next daily run
removes each family with its meetings, plans, consents, requests, files (also on disk), versions,
comments, communications, e-mail queue, view/access logs, notifications, shares, tags,
assignments and follows, and records per family how many rows of each kind went.
"""

import frappe
from frappe import _
from frappe.utils import add_days, getdate, now_datetime

from basiszorg import instellingen
from basiszorg.domain import privacy as regels
from basiszorg.domain.privacy import bewaartermijn_verstreken
from basiszorg.domain.traject import BEEINDIGD
from basiszorg.permissions import registry
from basiszorg.setup.roles import BEHEERDER

RUN = "Basiszorg Opschoning"
# (doctype, field with the reference doctype, field with the reference name)
TRAILS = (
	("Version", "ref_doctype", "docname"),
	("Comment", "reference_doctype", "reference_name"),
	("Communication", "reference_doctype", "reference_name"),
	("Email Queue", "reference_doctype", "reference_name"),
	("View Log", "reference_doctype", "reference_name"),
	("Access Log", "export_from", "reference_document"),
	("Notification Log", "document_type", "document_name"),
	("DocShare", "share_doctype", "share_name"),
	("Tag Link", "document_type", "document_name"),
	("ToDo", "reference_type", "reference_name"),
	("Document Follow", "ref_doctype", "ref_docname"),
	("Deleted Document", "deleted_doctype", "deleted_name"),
)


def run_daily(today=None) -> None:
	today = getdate(today)
	execute_confirmed(today)
	propose(today)


def _settings() -> tuple[int, int]:
	settings = instellingen.get()
	return settings.bewaartermijn_jaren, settings.wachttijd_opschoning_dagen


def expired_families(today) -> list[frappe._dict]:
	years, _grace = _settings()
	families = frappe.get_all(
		"Gezin",
		filters={"workflow_state": ["in", BEEINDIGD]},
		fields=["name", "afsluitdatum", "besluitdatum", "modified"],
	)
	result = []
	for family in families:
		closed = getdate(family.afsluitdatum or family.besluitdatum or family.modified)
		if bewaartermijn_verstreken(closed, years, today):
			result.append(frappe._dict(gezin=family.name, afgesloten_op=closed))
	return result


def propose(today) -> str | None:
	"""A new proposal, unless one is still open or nothing has expired."""
	if frappe.db.exists(RUN, {"status": ["in", regels.LOPENDE_OPSCHONING]}):
		return None
	families = expired_families(today)
	if not families:
		return None
	_years, grace = _settings()
	run = frappe.get_doc(
		{
			"doctype": RUN,
			"status": regels.VOORGESTELD,
			"voorgesteld_op": today,
			"uit_te_voeren_na": add_days(today, grace),
			"gezinnen": [{"gezin": f.gezin, "afgesloten_op": f.afgesloten_op} for f in families],
		}
	).insert(ignore_permissions=True)
	for user in frappe.get_all("Has Role", filters={"role": BEHEERDER, "parenttype": "User"}, pluck="parent"):
		frappe.get_doc(
			{
				"doctype": "Notification Log",
				"for_user": user,
				"type": "Alert",
				"document_type": RUN,
				"document_name": run.name,
				"subject": _("Bewaartermijn verstreken voor {0} gezinnen: bevestig het opschonen").format(
					len(families)
				),
			}
		).insert(ignore_permissions=True)
	return run.name


def execute_confirmed(today) -> list[str]:
	done = []
	for name in frappe.get_all(
		RUN, filters={"status": regels.BEVESTIGD, "uit_te_voeren_na": ["<=", today]}, pluck="name"
	):
		run = frappe.get_doc(RUN, name)
		for row in run.gezinnen:
			row.resultaat = ", ".join(
				f"{doctype}: {count}" for doctype, count in purge_family(row.gezin).items() if count
			)
		run.status = regels.UITGEVOERD
		run.uitgevoerd_op = now_datetime()
		run.save(ignore_permissions=True)
		done.append(name)
	return done


def purge_family(gezin: str) -> dict[str, int]:
	"""Delete every trace of one family; returns counts per doctype (no personal data)."""
	counts: dict[str, int] = {}

	def add(doctype, n):
		counts[doctype] = counts.get(doctype, 0) + n

	records = [(registry.GEZIN, gezin)]
	for family_doctype in registry.purged():
		if family_doctype.trail:
			records += [
				(family_doctype.doctype, name)
				for name in frappe.get_all(
					family_doctype.doctype, filters={family_doctype.gezin_field: gezin}, pluck="name"
				)
			]
	for doctype, name in records:
		purge_files_and_trails(doctype, name, add)
	for family_doctype in registry.purged():
		if not family_doctype.trail:  # plain log rows: one statement
			n = frappe.db.count(family_doctype.doctype, {family_doctype.gezin_field: gezin})
			frappe.db.delete(family_doctype.doctype, {family_doctype.gezin_field: gezin})
			add(family_doctype.doctype, n)
	# a later registration keeps its own file; its link to this (now removed) traject goes
	later = frappe.get_all(registry.GEZIN, filters={"vorig_traject": gezin}, pluck="name")
	for name in later:
		frappe.db.set_value(registry.GEZIN, name, "vorig_traject", None, update_modified=False)
	for doctype, name in reversed(records):  # the family itself last
		frappe.delete_doc(
			doctype, name, force=True, ignore_permissions=True, delete_permanently=True, ignore_on_trash=True
		)
		add(doctype, 1)
	return counts


def purge_files_and_trails(doctype: str, name: str, add) -> None:
	"""Delete one record's files (also on disk) and every trail Frappe keeps of it (TRAILS);
	``add(doctype, n)`` is told how many rows of each kind went. The record itself stays."""
	for file in frappe.get_all(
		"File", filters={"attached_to_doctype": doctype, "attached_to_name": name}, pluck="name"
	):
		frappe.delete_doc("File", file, force=True, ignore_permissions=True, delete_permanently=True)
		add("File", 1)
	for trail, type_field, name_field in TRAILS:
		names = frappe.get_all(trail, filters={type_field: doctype, name_field: name}, pluck="name")
		for trail_name in names:
			frappe.delete_doc(
				trail,
				trail_name,
				force=True,
				ignore_permissions=True,
				delete_permanently=True,
				ignore_on_trash=True,
			)
		add(trail, len(names))
