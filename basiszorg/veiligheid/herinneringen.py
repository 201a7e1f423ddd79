"""Daily reminders of the meldcode (scheduled in hooks.py), to the record's coordinator:

- a step open longer than the bureau's norm (*Basiszorg Instellingen*, ``meldcode_stap_signaal_dagen``);
- the exception to transparency due to be looked at again (``meldcode_heroverwegen_dagen`` after it
  was recorded or last looked at): can the family be told now?

Runs as the scheduler; notifications carry the record's name and the step, nothing about the
family. Running twice on one day notifies nobody twice (``reminders.overleg._notify``).
"""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain import meldcode
from basiszorg.permissions.registry import MELDCODE
from basiszorg.reminders.overleg import _notify

FIELDS = ["name", "coordinator", "workflow_state", "stap_sinds", "niet_informeren", "heroverwegen_op"]


def open_too_long(today, days: int) -> list[dict]:
	"""Open records whose current step started more than ``days`` ago."""
	records = frappe.get_all(
		MELDCODE, filters={"workflow_state": ["in", list(meldcode.OPEN)]}, fields=FIELDS, limit=0
	)
	return [
		r
		for r in records
		if meldcode.stap_te_lang_open(
			r.workflow_state, getdate(r.stap_sinds) if r.stap_sinds else None, today, days
		)
	]


def due_for_review(today) -> list[dict]:
	"""Records whose exception to transparency is due to be looked at again (open or closed)."""
	records = frappe.get_all(MELDCODE, filters={"niet_informeren": 1}, fields=FIELDS, limit=0)
	return [
		r
		for r in records
		if meldcode.heroverweging_nodig(
			r.niet_informeren, getdate(r.heroverwegen_op) if r.heroverwegen_op else None, today
		)
	]


def run(today=None) -> dict:
	today = getdate(today)
	normen = instellingen.normen()
	sent = {"stap": 0, "heroverwegen": 0}
	for record in open_too_long(today, normen.meldcode_stap_signaal_dagen):
		nummer = meldcode.stapnummer(record.workflow_state)
		subject = _("Zorg over veiligheid {0}: stap {1} ({2}) staat al {3} dagen open").format(
			record.name,
			nummer,
			_(meldcode.STAP_TITELS[nummer - 1]).lower(),
			meldcode.dagen_in_stap(getdate(record.stap_sinds), today),
		)
		sent["stap"] += _notify(record.coordinator, subject, MELDCODE, record.name)
	for record in due_for_review(today):
		subject = _(
			"Zorg over veiligheid {0}: bekijk opnieuw of het gezin nu over de zorg en de melding "
			"kan worden geïnformeerd"
		).format(record.name)
		sent["heroverwegen"] += _notify(record.coordinator, subject, MELDCODE, record.name)
	return sent
