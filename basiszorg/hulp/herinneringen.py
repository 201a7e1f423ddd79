"""Daily: a help request that waits longer than the organisation said (or, when it said nothing,
than the bureau's norm ``hulp_wachten_signaal_dagen``) is signalled to the family's coordinator,
again each week while it keeps waiting."""

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain import hulpaanvraag as regels
from basiszorg.permissions.registry import HULPAANVRAAG
from basiszorg.reminders.overleg import _notify


def run(today=None) -> int:
	today = getdate(today)
	norm = instellingen.normen().hulp_wachten_signaal_dagen
	requests = frappe.get_all(
		HULPAANVRAAG,
		filters={"workflow_state": ["in", list(regels.OPEN)]},
		fields=["name", "gezin", "aanbod", "workflow_state as status", "aangevraagd_op", "herinnerd_op"],
	)
	# the family's coordinator today (a caseload may have changed hands since the request)
	coordinators = dict(
		frappe.get_all("Gezin", filters={"name": ["in", list({r.gezin for r in requests})]}, fields=["name", "coordinator"], as_list=True)
	) if requests else {}
	offers = {
		o.name: o
		for o in frappe.get_all(
			"Aanbod", filters={"name": ["in", list({r.aanbod for r in requests})]}, fields=["name", "naam", "wachttijd_weken"]
		)
	} if requests else {}
	sent = 0
	for request in requests:
		offer = offers.get(request.aanbod) or frappe._dict(naam=request.aanbod, wachttijd_weken=None)
		if not regels.herinneren(request, offer.wachttijd_weken, norm, today):
			continue
		days = regels.wachtdagen(request.aangevraagd_op, None, today)
		subject = _("Gezin {0} wacht al {1} dagen op {2} ({3})").format(request.gezin, days, offer.naam, request.name)
		if _notify(coordinators.get(request.gezin), subject, HULPAANVRAAG, request.name):
			sent += 1
		frappe.db.set_value(HULPAANVRAAG, request.name, "herinnerd_op", today, update_modified=False)
	return sent
