"""The two-week clock follows informing the referrer, not the committee's decision (issue 14).

The shipped notification "Besluit commissie binnen 2 dagen" fired only while the committee had not
decided. It is renamed and, unless an administrator changed its condition, gets the new condition
(the referrer not informed yet, also after the decision), subject and message.
"""

import frappe

from basiszorg.domain import traject
from basiszorg.instellingen import normen
from basiszorg.setup.notifications import (
	DECISION_DUE,
	DECISION_DUE_BEFORE,
	_in_states,
	definitions,
	ensure_notifications,
)


def execute():
	if frappe.db.exists("Notification", DECISION_DUE_BEFORE) and not frappe.db.exists(
		"Notification", DECISION_DUE
	):
		shipped_before = _in_states(traject.WACHT_OP_BESLUIT)
		untouched = frappe.db.get_value("Notification", DECISION_DUE_BEFORE, "condition") == shipped_before
		frappe.rename_doc("Notification", DECISION_DUE_BEFORE, DECISION_DUE, force=True, show_alert=False)
		if untouched:
			shipped = next(d for d in definitions(normen()) if d["name"] == DECISION_DUE)
			frappe.db.set_value(
				"Notification",
				DECISION_DUE,
				{field: shipped[field] for field in ("condition", "subject", "message")},
			)
	ensure_notifications()
