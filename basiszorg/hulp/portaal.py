"""Mijn gezin, the page 'hulp': what help was asked for whom, where, since when, the expected
start, who to call while waiting, and why help was refused when it was. Built as the family
member through the permission rules (a youngster's own part stays theirs). The offers' names and
contact details are read outside the family: they are the social map's, meant to be given."""

import frappe
from frappe.utils import format_date, getdate

from basiszorg.domain import hulpaanvraag as regels
from basiszorg.permissions.portaal import reading
from basiszorg.permissions.registry import HULPAANVRAAG
from basiszorg.portaal.pages import base

FIELDS = [
	"name",
	"aanbod",
	"voor_wie",
	"vraag",
	"workflow_state as status",
	"aangevraagd_op",
	"wachtlijst_op",
	"verwachte_start",
	"gestart_op",
	"geweigerd_op",
	"beeindigd_op",
	"weigerreden",
	"weiger_toelichting",
	"contact_wachten",
	"warme_overdracht",
]


def hulp_context(context):
	_member, gezin = base(context, "hulp")
	with reading():
		requests = frappe.get_list(
			HULPAANVRAAG, filters={"gezin": gezin.name}, fields=FIELDS, order_by="aangevraagd_op desc", limit=0
		)
	offers = {
		o.name: o
		for o in frappe.get_all(
			"Aanbod",
			filters={"name": ["in", list({r.aanbod for r in requests})]},
			fields=["name", "naam", "zorgorganisatie", "telefoon", "contactpersoon", "wachttijd_weken"],
		)
	} if requests else {}
	today = getdate()
	context.open_statussen, context.geweigerd = regels.OPEN, regels.GEWEIGERD
	context.open = []
	context.afgerond = []
	for r in requests:
		offer = offers.get(r.aanbod) or frappe._dict(naam=r.aanbod)
		item = frappe._dict(
			r,
			aanbod_naam=offer.naam,
			organisatie=offer.zorgorganisatie,
			telefoon=offer.telefoon,
			contactpersoon=offer.contactpersoon,
			in_woorden=regels.IN_WOORDEN.get(r.status, r.status),
			sinds=format_date(r.aangevraagd_op),
			verwacht=format_date(r.verwachte_start) if r.verwachte_start else None,
			wachtweken=regels.wachtdagen(r.aangevraagd_op, regels.einde(r), today) // 7 if r.aangevraagd_op else None,
			opgegeven_weken=offer.get("wachttijd_weken"),
		)
		(context.open if r.status in regels.OPEN else context.afgerond).append(item)
