"""What a family member does on Mijn gezin. Each action is a whitelisted method whose first line
checks the member's access through the permission rules (``require_member``); Frappe checks the
CSRF token of the logged-in session. The change itself is made by the app after that check
(a family member has no write permission on family records of their own)."""

import frappe
from frappe import _
from frappe.utils import get_datetime, getdate, now_datetime, strip_html

from basiszorg.domain import overleg as overleg_regels
from basiszorg.domain import toestemming as toestemming_regels
from basiszorg.domain.portaal import VOLLEDIG
from basiszorg.netwerk import eigen as netwerk
from basiszorg.permissions import own_items, rules
from basiszorg.permissions.changes import app_action
from basiszorg.permissions.portaal import reading
from basiszorg.portaal.leden import require_member
from basiszorg.samenwerken import eigen
from basiszorg.transactions import retried_on_deadlock

ONLINE = "Online (Mijn gezin)"


def _text(value: str | None, what: str) -> str:
	text = strip_html(value or "").strip()
	if not text:
		frappe.throw(_("Vul {0} in.").format(what), title=_("Niet verstuurd"))
	return text[:2000]


def _record_of_family(doctype: str, name: str, gezin: str):
	"""The record, when it belongs to ``gezin`` and the member may read it (as themselves)."""
	with reading():
		if (
			not name
			or frappe.db.get_value(doctype, name, "gezin") != gezin
			or not rules.may(doctype, name, frappe.session.user, "read")
		):
			raise frappe.PermissionError(_("Dit hoort niet bij uw gezin."))
		return frappe.get_doc(doctype, name)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def akkoord_met_plan(gezin: str, zorgplan: str) -> str:
	"""A parent agrees to the care plan online: who and when are recorded on the plan."""
	member = require_member(gezin, VOLLEDIG)
	if not member.is_ouder:
		raise frappe.PermissionError(_("Een ouder of verzorger geeft akkoord op het plan."))
	plan = _record_of_family("Zorgplan", zorgplan, gezin)
	if plan.akkoord_ouders_op:
		return str(plan.akkoord_ouders_op)
	plan.update({"akkoord_ouders_op": getdate(), "akkoord_hoe": ONLINE, "akkoord_door": member.naam})
	with app_action():
		plan.save(ignore_permissions=True)
		plan.add_comment("Info", _("{0} gaf via Mijn gezin akkoord op het plan.").format(member.naam))
	return str(plan.akkoord_ouders_op)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def opmerking_bij_doel(gezin: str, zorgplan: str, doel_id: str, opmerking: str) -> str:
	"""A remark of the family on one goal, for the coordinator to see in the plan."""
	member = require_member(gezin, VOLLEDIG)
	plan = _record_of_family("Zorgplan", zorgplan, gezin)
	with reading():
		covered = rules.visible_parts("Zorgplan", gezin, frappe.session.user)
	visible = {
		g.doel_id: g for g in plan.doelen if covered is None or rules.row_visible(g, "over_lid", covered)
	}
	goal = visible.get(doel_id)
	if goal is None:
		raise frappe.PermissionError(_("Dit doel hoort niet bij uw plan."))
	plan.append(
		"opmerkingen",
		{
			"doel_id": doel_id,
			"doel": (goal.doel or "")[:140],
			"opmerking": _text(opmerking, _("uw opmerking")),
			"door": member.naam,
			"op": now_datetime(),
			"over_lid": goal.over_lid,
		},
	)
	with app_action():
		plan.save(ignore_permissions=True)
	return member.naam


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def agendapunt(gezin: str, overleg: str, onderwerp: str, toelichting: str | None = None) -> str:
	"""A topic the family wants to discuss, on the agenda of a meeting that is still to come."""
	member = require_member(gezin, VOLLEDIG)
	meeting = _record_of_family("Overleg", overleg, gezin)
	if meeting.workflow_state != overleg_regels.GEPLAND or get_datetime(meeting.starts_on) < now_datetime():
		frappe.throw(
			_("Dit overleg is al geweest. Zet uw onderwerp op het volgende overleg."),
			title=_("Niet verstuurd"),
		)
	meeting.append(
		"agendapunten",
		{
			"onderwerp": _text(onderwerp, _("het onderwerp"))[:140],
			"toelichting": strip_html(toelichting or "").strip()[:2000],
			"ingebracht_door": member.naam,
			"van_gezin": 1,
			"ingebracht_op": getdate(),
		},
	)
	with app_action():
		meeting.save(ignore_permissions=True)
	return member.naam


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def trek_toestemming_in(gezin: str, toestemming: str, reden: str, regel: str | None = None) -> str:
	"""Withdraw a consent (or one line of it) with one click; the professional's next request is refused."""
	member = require_member(gezin, None)
	doc = _record_of_family("Toestemming", toestemming, gezin)
	if not toestemming_regels.mag_intrekken(member, doc.gevers, False, member.volledig):
		raise frappe.PermissionError(_("Alleen wie de toestemming gaf, of een ouder, kan haar intrekken."))
	reden = strip_html(reden or "").strip() or _("Ingetrokken via Mijn gezin")
	with app_action():
		return doc.withdraw(reden=reden, door=f"{member.naam} (Mijn gezin)", regel=regel or None)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def trek_eigen_deel_in(gezin: str, toestemming: str, reden: str | None = None) -> str:
	"""A youngster of 16+ takes back their own part of a consent."""
	member = require_member(gezin, VOLLEDIG)
	doc = _record_of_family("Toestemming", toestemming, gezin)
	with app_action():
		return doc.withdraw_own_part(
			gezinslid=member.name, reden=strip_html(reden or "").strip() or _("Ingetrokken via Mijn gezin")
		)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def deel_voor_ouders(gezin: str, zichtbaar: int) -> int:
	"""A youngster of 16+ decides whether the parents see their own part on Mijn gezin."""
	member = require_member(gezin, VOLLEDIG)
	if not member.zelfstandig:
		raise frappe.PermissionError(_("Alleen een jongere vanaf 16 jaar beslist hierover."))
	value = int(frappe.utils.cint(zichtbaar) == 1)
	frappe.db.set_value("Gezinslid", member.name, "deel_zichtbaar_voor_ouders", value)
	with app_action():
		frappe.get_doc("Gezin", gezin).add_comment(
			"Info",
			_("{0} koos via Mijn gezin: ouders zien mijn deel: {1}.").format(
				member.naam, _("ja") if value else _("nee")
			),
		)
	return value


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def werk_afspraak_bij(
	gezin: str, doctype: str, name: str, afspraak: str, status: str | None = None, notitie: str | None = None
) -> str:
	"""A parent or youngster updates an agreement they are responsible for: status and how it goes."""
	member = require_member(gezin, VOLLEDIG)
	writer = own_items.member_writer(member)
	agreement = own_items.require_own_agreement(doctype, name, afspraak, writer, portal=True)
	if agreement.gezin != gezin:
		raise frappe.PermissionError(_("Dit hoort niet bij uw gezin."))
	return eigen.update_agreement(agreement, writer, status, notitie)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def stuur_inbreng(
	gezin: str,
	overleg: str,
	algemeen: str | None = None,
	doelen: str | list | None = None,
	punten: str | list | None = None,
) -> str:
	"""Before a meeting: how it goes at home, per goal, and what the family wants to discuss."""
	member = require_member(gezin, VOLLEDIG)
	writer = own_items.member_writer(member)
	meeting = own_items.require_contribution(overleg, writer, portal=True)
	if meeting.gezin != gezin:
		raise frappe.PermissionError(_("Dit hoort niet bij uw gezin."))
	return eigen.send_contribution(
		meeting,
		writer,
		algemeen,
		frappe.parse_json(doelen) or [],
		frappe.parse_json(punten) or [],
		portal=True,
	)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def netwerkpersoon_bewaren(
	gezin: str,
	naam: str,
	nabijheid: str,
	betrekken: str | None = None,
	relatie: str | None = None,
	voor_wie: str | None = None,
	steun: str | list | None = None,
	toelichting: str | None = None,
	persoon: str | None = None,
) -> str:
	"""A parent (or a youngster of 16+ for their own) puts someone on the network map or changes them."""
	member = require_member(gezin, VOLLEDIG)
	values = {
		"naam": naam,
		"nabijheid": nabijheid,
		"betrekken": betrekken,
		"relatie": relatie,
		"voor_wie": voor_wie,
		"steun": steun,
		"toelichting": toelichting,
	}
	return netwerk.save_person(member, gezin, values, persoon or None)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def netwerkpersoon_verwijderen(gezin: str, persoon: str) -> str:
	"""Take someone off the network map."""
	member = require_member(gezin, VOLLEDIG)
	return netwerk.remove_person(member, gezin, persoon)


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def eigen_wereld(gezin: str, tekst: str | None = None, vertrouwenspersoon: str | None = None) -> str:
	"""A youngster of 12+ says in their own words how things are, and who they can go to."""
	member = require_member(gezin, VOLLEDIG)
	return netwerk.save_own_words(member, gezin, tekst, vertrouwenspersoon or None)


@frappe.whitelist(methods=["GET"])
def verslag(gezin: str, overleg: str) -> None:
	"""The minutes of a meeting as PDF, with only the parts this member may read."""
	require_member(gezin, VOLLEDIG)
	meeting = _record_of_family("Overleg", overleg, gezin)
	if meeting.workflow_state != overleg_regels.VERSLAG_VERZONDEN:
		raise frappe.PermissionError(_("Het verslag is nog niet klaar."))
	with reading():
		meeting.flags.covered_parts = rules.visible_parts("Overleg", gezin, frappe.session.user)
		pdf = frappe.get_print(
			"Overleg", overleg, print_format="1 Gezin 1 Plan Verslag", as_pdf=True, doc=meeting
		)
	frappe.local.response.filename = f"verslag-{overleg}.pdf"
	frappe.local.response.filecontent = pdf
	frappe.local.response.type = "pdf"


@frappe.whitelist(methods=["POST"])
@retried_on_deadlock
def meting(
	gezin: str,
	basiszorg: str | None = None,
	doelen: str | None = None,
	draagkracht: str | None = None,
	draaglast: str | None = None,
) -> str:
	"""The family scores how it goes (basiszorg.resultaten.eigen): parents and youngsters of 12+
	with full access; a youngster's scores about themselves are their own part."""
	from basiszorg.resultaten import eigen as resultaten

	member = require_member(gezin, VOLLEDIG)
	if not resultaten.may_score(member):
		raise frappe.PermissionError(_("Scoren kan voor ouders en jongeren vanaf 12 jaar."))
	return resultaten.scoor(member, basiszorg, doelen, draagkracht, draaglast)
