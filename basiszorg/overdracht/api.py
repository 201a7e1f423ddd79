"""Handing over: a selection of families (a coordinator) or a coordinator's whole running caseload
(a coordinator or the Beheerder) to another coordinator, in one action with a reason.

All or nothing: the request's transaction holds every family; when one cannot move, none moves.
The new coordinator (and each previous one) gets one notification; the families see their new
contact person on Mijn gezin at once, and an e-mail when the coordinator chooses to send one.
A Beheerder moves a caseload without reading it: the answer holds counts, never family names.
"""

import frappe
from frappe import _
from frappe.utils import get_fullname, getdate

from basiszorg.domain import overdracht as regels
from basiszorg.domain.leden import OUDER
from basiszorg.domain.traject import BEEINDIGD
from basiszorg.overdracht.vervanging import kan_coordineren
from basiszorg.permissions import rules
from basiszorg.permissions.changes import app_action, refuse
from basiszorg.permissions.registry import GEZIN
from basiszorg.portaal.pages import coordinator_contact
from basiszorg.records import throw_findings


def _title() -> str:
	return _("Overdracht niet gelukt")


@frappe.whitelist(methods=["POST"])
def draag_over(gezinnen: str, naar: str, reden: str, informeer_gezin: int = 0) -> dict:
	"""Move the families named in ``gezinnen`` (a JSON list) to coordinator ``naar``."""
	_require_coordinator()
	names = _names(gezinnen)
	_require_may_change(names)
	return _move(names, naar, reden, bool(int(informeer_gezin or 0)))


@frappe.whitelist(methods=["POST"])
def draag_caseload_over(van: str, naar: str, reden: str, informeer_gezin: int = 0) -> dict:
	"""Move every family of coordinator ``van`` that has not ended to coordinator ``naar``."""
	_require_coordinator_or_beheerder()
	names = frappe.get_all(
		GEZIN, {"coordinator": van, "workflow_state": ["not in", BEEINDIGD]}, pluck="name", order_by="name"
	)
	if not names:
		frappe.throw(_("{0} heeft geen lopende gezinnen.").format(get_fullname(van)), title=_title())
	if not rules.is_beheerder(frappe.session.user):  # a coordinator moves only what the write rule lets them change
		_require_may_change(names)
	return _move(names, naar, reden, bool(int(informeer_gezin or 0)))


def _names(gezinnen: str) -> list[str]:
	try:
		names = frappe.parse_json(gezinnen)
	except ValueError:
		names = None
	if isinstance(names, str):
		names = [names]
	if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
		frappe.throw(_("Geef de gezinnen als lijst."), title=_title())
	return list(dict.fromkeys(names))


def _require_coordinator() -> None:
	if not rules.is_coordinator(frappe.session.user):
		refuse(_("Alleen een coördinator draagt gezinnen over."))


def _require_may_change(names: list[str]) -> None:
	user = frappe.session.user
	if any(not rules.may_change(GEZIN, name, user, rules.SAVE) for name in names if _exists(name)):
		refuse()


def _require_coordinator_or_beheerder() -> None:
	user = frappe.session.user
	if not (rules.is_coordinator(user) or rules.is_beheerder(user)):
		refuse(_("Alleen een coördinator of de beheerder draagt een caseload over."))


def _exists(name: str) -> bool:
	return bool(frappe.db.exists(GEZIN, name))


def _move(names: list[str], naar: str, reden: str, informeer_gezin: bool) -> dict:
	throw_findings(regels.overdracht_fouten(names, naar, reden, kan_coordineren, _exists), _title())
	door = frappe.session.user
	reden = reden.strip()
	previous, moved, mails = {}, 0, 0
	with app_action():
		for name in names:
			doc = frappe.get_doc(GEZIN, name, for_update=True)
			if doc.coordinator == naar:
				continue
			if doc.coordinator:
				previous[doc.coordinator] = previous.get(doc.coordinator, 0) + 1
			doc.coordinator = naar
			doc.flags.overdracht = {"reden": reden, "door": door}
			doc.save(ignore_permissions=True)  # the check above is this action's own (a Beheerder)
			moved += 1
			if informeer_gezin:
				mails += _tell_the_family(doc, naar)
	_notify(naar, moved, door, reden, _("{0} gezinnen aan u overgedragen door {1}: {2}"))
	for coordinator, count in previous.items():
		if coordinator != door:
			_notify(coordinator, count, door, reden, _("{0} van uw gezinnen overgedragen door {1}: {2}"))
	return {"overgedragen": moved, "al_van_deze_coordinator": len(names) - moved, "mails": mails}


def _notify(user: str, count: int, door: str, reden: str, subject: str) -> None:
	if not count or user == door:
		return
	frappe.get_doc(
		{
			"doctype": "Notification Log",
			"for_user": user,
			"type": "Alert",
			"document_type": GEZIN,
			"subject": subject.format(count, get_fullname(door), reden),
			"from_user": door,
		}
	).insert(ignore_permissions=True)


def _tell_the_family(doc, naar: str) -> int:
	"""One e-mail per parent with an address (B1 Dutch): who their contact person is from today."""
	nieuw = coordinator_contact(naar)
	sent = 0
	for lid in doc.leden:
		if lid.rol != OUDER or not lid.email:
			continue
		frappe.sendmail(
			recipients=[lid.email],
			subject=_("Uw nieuwe contactpersoon bij Bureau Basiszorg"),
			message=frappe.render_template(
				"basiszorg/templates/emails/nieuwe_contactpersoon.html",
				{"naam": lid.voornaam, "nieuw": nieuw},
			),
			reference_doctype=GEZIN,
			reference_name=doc.name,
		)
		sent += 1
	if sent:
		doc.add_comment(
			"Info",
			_("Het gezin is op {0} gemaild over de nieuwe contactpersoon {1}.").format(
				getdate(), nieuw["naam"] if nieuw else naar
			),
		)
	return sent


@frappe.whitelist()
@frappe.validate_and_sanitize_search_inputs
def zoek_coordinator(doctype, txt, searchfield, start, page_len, filters):
	"""Link search of the handover and absence forms: enabled users with the coordinator role."""
	_require_coordinator_or_beheerder()
	from basiszorg.setup.roles import COORDINATOR

	holders = frappe.get_all("Has Role", {"role": COORDINATOR, "parenttype": "User"}, pluck="parent")
	return frappe.get_all(
		"User",
		filters={"name": ["in", holders or [""]], "enabled": 1},
		or_filters=[["name", "like", f"%{txt}%"], ["full_name", "like", f"%{txt}%"]],
		fields=["name", "full_name"],
		order_by="full_name asc",
		limit_start=start,
		limit_page_length=page_len,
		as_list=True,
	)
