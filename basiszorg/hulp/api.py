"""The desk's actions on help requests: send the referral (letter and current plan) to the new
organisation only as far as a consent covers it today, and show per goal of a plan the help that
was asked for it."""

import frappe
from frappe import _
from frappe.utils import now_datetime

from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan
from basiszorg.domain import hulpaanvraag as regels
from basiszorg.domain.leden import naam
from basiszorg.domain.toestemming import GEZINSGEGEVENS, ZORGPLAN
from basiszorg.hulp import doelen
from basiszorg.permissions import grants, rules
from basiszorg.permissions.changes import refuse
from basiszorg.permissions.parts import pdf_for_recipient
from basiszorg.permissions.registry import HULPAANVRAAG
from basiszorg.records import member_choices, throw_findings

PLAN_FORMAT = "Zorgplan voor ons gezin"


@frappe.whitelist(methods=["GET"])
def keuzes(gezin: str) -> dict:
	"""What a new help request of ``gezin`` can be for: the members the writer may see, and the
	goals of the current plan they may read (a stored request has them in its onload)."""
	if not rules.may_create(HULPAANVRAAG, gezin, frappe.session.user):
		refuse()
	return {
		"leden": member_choices(frappe._dict(doctype=HULPAANVRAAG, gezin=gezin)),
		"doelen": [d["doel"] for d in doelen.of_current_plan(gezin)],
	}


@frappe.whitelist(methods=["POST"])
def stuur_verwijzing(hulpaanvraag: str) -> dict:
	"""Queue the referral letter (and, when asked, the current plan as the receiver may read it)
	to the receiving professional, recorded on the request's timeline; refused, naming the
	missing consent, when no consent line covers it at this moment."""
	if not rules.may_change(HULPAANVRAAG, hulpaanvraag, frappe.session.user, rules.EMAIL):
		refuse()
	doc = frappe.get_doc(HULPAANVRAAG, hulpaanvraag)
	if doc.workflow_state not in regels.OPEN:
		frappe.throw(_("Deze aanvraag loopt niet meer: er gaat geen verwijzing meer heen."), title=_("Verwijzing"))
	receiver = frappe.db.get_value("Hulpverlener", doc.ontvanger, ["name", "volledige_naam", "email", "actief"], as_dict=True) if doc.ontvanger else None
	if receiver and not receiver.actief:
		receiver = None
	nodig = regels.nodig_voor_verwijzing(bool(doc.plan_meesturen), GEZINSGEGEVENS, ZORGPLAN)
	gedekt = grants.scopes_today(doc.gezin, [receiver.name]).get(receiver.name, set()) if receiver else set()
	kind = _child_name(doc)
	kind_gedekt = bool(receiver) and all(doc.over_lid in grants.parts_in(doc.gezin, s, hulpverlener=receiver.name) for s in nodig)
	throw_findings(
		regels.verwijzing_fouten(
			receiver.volledige_naam if receiver else None, receiver.email if receiver else None, gedekt, nodig, kind, kind_gedekt
		),
		_("Verwijzing niet verstuurd"),
	)
	attachments = []
	plan = current_plan(doc.gezin) if doc.plan_meesturen else None
	if plan:
		attachments.append(
			{
				"fname": f"{plan}.pdf",
				"fcontent": pdf_for_recipient(frappe.get_doc("Zorgplan", plan), PLAN_FORMAT, doc.gezin, receiver.name, (ZORGPLAN,), {}),
			}
		)
	offer = frappe.db.get_value("Aanbod", doc.aanbod, "naam")
	frappe.sendmail(
		recipients=[receiver.email],
		subject=_("Verwijzing gezin {0}: {1}").format(doc.gezinsnaam, offer),
		message=frappe.render_template(
			"basiszorg/templates/emails/verwijzing.html",
			{
				"doc": doc,
				"naam": receiver.volledige_naam,
				"aanbod": offer,
				"kind": kind,
				"plan": bool(plan),
				"coordinator": frappe.db.get_value("Gezin", doc.gezin, "coordinator"),  # today's, after a handover too
			},
		),
		attachments=attachments,
		reference_doctype=HULPAANVRAAG,
		reference_name=doc.name,
	)
	doc.db_set({"verstuurd_op": now_datetime(), "verstuurd_aan": receiver.volledige_naam})
	doc.add_comment(
		"Info",
		_("Verwijzing verstuurd aan {0}{1}.").format(receiver.volledige_naam, _(", met het plan {0}").format(plan) if plan else ""),
	)
	return {"verstuurd_aan": receiver.volledige_naam, "plan": plan}


def _child_name(doc) -> str | None:
	if not doc.over_lid:
		return None
	row = frappe.db.get_value("Gezinslid", doc.over_lid, ["voornaam", "achternaam"], as_dict=True)
	return naam(row) if row else doc.voor_wie


@frappe.whitelist(methods=["GET"])
def hulp_bij_doelen(zorgplan: str) -> dict:
	"""doel_id -> the help asked for that goal of the plan, as far as the reader may see it."""
	if not rules.may("Zorgplan", zorgplan, frappe.session.user):
		raise frappe.PermissionError(_("U heeft geen toegang tot dit plan."))
	plan = frappe.get_doc("Zorgplan", zorgplan)
	return doelen.per_goal(plan.gezin, [d.doel_id for d in plan.doelen if d.doel_id])
