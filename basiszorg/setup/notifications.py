"""The notifications basiszorg ships, built from the domain's state names and the bureau's norms.

They are created on install and migrate when missing (like the workflows), as ordinary
Notification records of module Basiszorg, so an administrator can change them in place. Their
timing follows Basiszorg Instellingen: when a norm changes, ``follow_norms`` moves the days of
the shipped notifications along.
"""

import frappe

from basiszorg import instellingen
from basiszorg.domain import traject
from basiszorg.domain.netwerk import door_het_gezin
from basiszorg.domain.normen import Normen
from basiszorg.setup.roles import COMMISSIE

DECISION_DUE = "Verwijzer informeren: termijn bijna om"
DECISION_DUE_BEFORE = "Besluit commissie binnen 2 dagen"  # its name until the clock followed the referrer
WAITLIST_SIGNAL = "Wachtlijst 10 weken"
WAITLIST_PAST_LIMIT = "Wachtlijst langer dan 12 weken"
CONTRIBUTION_SENT = "Inbreng voor een overleg"
AGREEMENT_UPDATED = "Afspraak bijgewerkt door de verantwoordelijke"
NETWORK_CHANGED = "Netwerk bijgewerkt via Mijn gezin"
OWN_WORDS_WRITTEN = "Jongere schreef over de eigen wereld"
DATE = "{'fieldtype': 'Date'}"


def _in_states(states) -> str:
	return "doc.workflow_state in [" + ", ".join(frappe.as_json(s) for s in states) + "]"


def referrer_not_informed() -> str:
	"""The two-week clock runs (basiszorg.domain.wachtlijst.klok_loopt) as a notification condition."""
	return "not doc.verwijzer_geinformeerd_op and " + _in_states(traject.VERWIJZER_INFORMEREN)


def definitions(normen: Normen) -> list[dict]:
	coordinator = {"receiver_by_document_field": "coordinator"}
	committee = {"receiver_by_role": COMMISSIE}
	weken = normen.max_wachtweken
	return [
		{
			"name": DECISION_DUE,
			"event": "Days Before",
			"date_changed": "beslistermijn",
			"days_in_advance": normen.signaal_beslistermijn_dagen,
			"condition": referrer_not_informed(),
			"recipients": [coordinator, committee],
			"subject": "Verwijzer van {{ doc.name }} informeren uiterlijk {{ frappe.format(doc.beslistermijn, "
			+ DATE
			+ ") }}",
			"message": (
				"De verwijzer van **{{ doc.name }}** ({{ doc.gezinsnaam }}) moet uiterlijk op "
				"{{ frappe.format(doc.beslistermijn, "
				+ DATE
				+ ") }} horen of het gezin op de wachtlijst komt: "
				f"{normen.beslistermijn_dagen} dagen na de aanmelding.\n\n"
				"Heeft de commissie nog geen besluit genomen, bespreek de aanmelding dan op tijd. Is het besluit "
				"er al, verstuur dan de besluitbrief."
			),
		},
		{
			"name": WAITLIST_SIGNAL,
			"event": "Days After",
			"date_changed": "wachtlijst_datum",
			"days_in_advance": normen.dagen_signaal_wachtlijst,
			"condition": _in_states([traject.WACHTLIJST]),
			"recipients": [coordinator],
			"subject": "{{ doc.name }} staat "
			+ f"{normen.dagen_signaal_wachtlijst // 7} weken op de wachtlijst",
			"message": (
				"Gezin **{{ doc.name }}** ({{ doc.gezinsnaam }}) staat sinds "
				"{{ frappe.format(doc.wachtlijst_datum, " + DATE + ") }} op de wachtlijst. "
				f"Over {normen.signaal_wachtlijst_dagen} dagen is de grens van {weken} weken bereikt "
				"({{ frappe.format(doc.uiterste_startdatum, " + DATE + ") }}).\n\n"
				"Plan de start van de coördinatie of laat het gezin en de verwijzer weten wat zij kunnen verwachten."
			),
		},
		{
			"name": WAITLIST_PAST_LIMIT,
			"event": "Days After",
			"date_changed": "wachtlijst_datum",
			"days_in_advance": 7 * weken + 1,
			"condition": _in_states([traject.WACHTLIJST]),
			"recipients": [coordinator, committee],
			"subject": "{{ doc.name }} wacht langer dan " + f"{weken} weken",
			"message": (
				"Gezin **{{ doc.name }}** ({{ doc.gezinsnaam }}) staat sinds "
				"{{ frappe.format(doc.wachtlijst_datum, " + DATE + ") }} op de wachtlijst en wacht nu langer "
				f"dan de afgesproken {weken} weken.\n\n"
				"Bespreek in de commissie hoe het gezin zo snel mogelijk kan starten, en houd contact met het "
				"gezin en de verwijzer."
			),
		},
		# one plan, written together: the coordinator hears of what others added themselves
		{
			"name": CONTRIBUTION_SENT,
			"document_type": "Overleg Inbreng",
			"event": "New",
			"channel": "System Notification",
			"recipients": [coordinator],
			"subject": "{{ doc.door }} stuurde inbreng voor overleg {{ doc.overleg }} ({{ doc.gezinsnaam }})",
			"message": "Bekijk de inbreng in het overleg; bij het verslag staat hij al klaar.",
		},
		{
			"name": AGREEMENT_UPDATED,
			"document_type": "Afspraak Voortgang",
			"event": "New",
			"channel": "System Notification",
			"recipients": [coordinator],
			"subject": "{{ doc.door }} werkte een afspraak bij in {{ doc.bron }} ({{ doc.gezinsnaam }})",
			"message": "Status: {{ doc.status }}. Bekijk de voortgang bij het gezin.",
		},
		# the family keeps its network up on Mijn gezin: the coordinator hears what changed
		{
			"name": NETWORK_CHANGED,
			"document_type": "Netwerkpersoon",
			"event": "Save",
			"channel": "System Notification",
			"condition": f"(doc.bijgewerkt_door or '').endswith({frappe.as_json(door_het_gezin(''))})",
			"recipients": [coordinator],
			"subject": "{{ doc.bijgewerkt_door }} werkte het netwerk bij: {{ doc.naam }} ({{ doc.gezinsnaam }})",
			"message": "Bekijk de netwerkkaart op het tabblad Netwerk van het gezin.",
		},
		{
			"name": OWN_WORDS_WRITTEN,
			"document_type": "Kindwereld",
			"event": "Save",
			"channel": "System Notification",
			# only Mijn gezin's action writes the youngster's own words (and their date)
			"condition": "doc.eigen_woorden_op and doc.has_value_changed('eigen_woorden_op')",
			"recipients": [coordinator],
			"subject": "{{ doc.kind }} schreef via Mijn gezin over de eigen wereld ({{ doc.gezinsnaam }})",
			"message": "Lees het bij de kindwereld van {{ doc.kind }}.",
		},
	]


def _record(definition: dict) -> dict:
	record = {
		"doctype": "Notification",
		"document_type": "Gezin",
		"module": "Basiszorg",
		"channel": "Email",
		"enabled": 1,
		"is_standard": 0,
		"message_type": "Markdown",
		"send_system_notification": 1,
		**definition,
	}
	if frappe.get_meta("Notification").has_field("condition_type"):
		record["condition_type"] = "Python"  # Frappe v16 ignores the condition without it
	return record


def ensure_notifications() -> list[str]:
	created = []
	for definition in definitions(instellingen.normen()):
		if not frappe.db.exists("Notification", definition["name"]):
			frappe.get_doc(_record(definition)).insert(ignore_permissions=True)
			created.append(definition["name"])
	return created


def follow_norms(normen: Normen) -> None:
	"""The bureau changed a norm: the shipped notifications fire on the new days."""
	for definition in definitions(normen):
		if "days_in_advance" in definition and frappe.db.exists("Notification", definition["name"]):
			frappe.db.set_value(
				"Notification", definition["name"], "days_in_advance", definition["days_in_advance"]
			)
