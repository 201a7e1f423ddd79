"""Who read which family when: one row per user, record and request in Basiszorg Inzagelog.

Recorded from the ``has_permission`` hook when a single protected record is read during a web
request (desk form, REST API, print/PDF, file download). Lists are not single reads and are not
logged; exports are logged by Frappe's own Access Log. The row is written in the request's own
transaction, and ``flags.commit`` asks Frappe to commit it even for a GET (as Frappe's View Log does).
"""

import frappe
from frappe.utils import now_datetime

from basiszorg.permissions.registry import READ_LOG as LOG

CHANNELS = (
	("/api/method/frappe.desk.form.load", "Formulier"),
	("/app/", "Formulier"),
	("/desk/", "Formulier"),
	("/printview", "Afdruk/PDF"),
	("print_format", "Afdruk/PDF"),
	("download_pdf", "Afdruk/PDF"),
	("/private/files/", "Bestand"),
	("download_file", "Bestand"),
	("export", "Export"),
	("/api/", "REST API"),
)


def channel() -> str | None:
	request = getattr(frappe.local, "request", None)
	if request is None:
		return None
	path = request.path or ""
	return next((name for marker, name in CHANNELS if marker in path), "REST API")


def record_read(doctype: str, name: str, gezin: str | None, user: str) -> None:
	from basiszorg.permissions import portaal

	if portaal.active():  # the family reading its own file on Mijn gezin: not "someone who looked"
		return
	kanaal = channel()
	if not kanaal or not gezin or doctype == LOG:
		return
	seen = getattr(frappe.local, "basiszorg_reads", None)
	if seen is None:
		seen = frappe.local.basiszorg_reads = set()
	key = (user, doctype, name)
	if key in seen:
		return
	seen.add(key)
	frappe.get_doc(
		{
			"doctype": LOG,
			"gebruiker": user,
			"gezin": gezin,
			"documenttype": doctype,
			"document": name,
			"kanaal": kanaal,
			"tijdstip": now_datetime(),
		}
	).db_insert()
	frappe.local.flags.commit = True
