"""Own items (one plan, written together): the first-line checks of the app's own actions for
professionals (``basiszorg.samenwerken.api``) and family members (``basiszorg.portaal.api``).

Each check is the write rule (``rules.may_change`` with an own-item kind: a consent covering the
family in the record's scope today, or the family's own portal with full access) plus *whose*
item it is and whether the traject and the meeting still allow it (``domain.samenwerken``).
Only after it passes do the actions read the record as the app and write (``changes.app_action``).
"""

from contextlib import nullcontext
from dataclasses import dataclass

import frappe
from frappe import _
from frappe.utils import get_datetime, now_datetime

from basiszorg.domain import samenwerken as regels
from basiszorg.domain.leden import KIND
from basiszorg.permissions import rules
from basiszorg.permissions.changes import refuse
from basiszorg.permissions.portaal import reading
from basiszorg.records import family_members, throw_findings

OVERLEG, ZORGPLAN = "Overleg", "Zorgplan"
MEETING_ROW, PLAN_ROW = "Overleg Afspraak", "Zorgplan Afspraak"


@dataclass(frozen=True)
class Agreement:
	"""An agreement at its one owner: the meeting's row, or the plan's own row."""

	doctype: str  # Overleg or Zorgplan
	name: str
	row: object
	gezin: str

	@property
	def row_doctype(self) -> str:
		return MEETING_ROW if self.doctype == OVERLEG else PLAN_ROW


def professional_writer(user: str | None = None) -> regels.Schrijver | None:
	"""The session user as a professional (their Hulpverlener record and its organisation)."""
	user = user or frappe.session.user
	found = frappe.db.get_value(
		"Hulpverlener",
		{"user": user, "actief": 1},
		["name", "volledige_naam", "zorgorganisatie"],
		as_dict=True,
	)
	if not found:
		return None
	return regels.Schrijver(
		regels.HULPVERLENER,
		f"{found.volledige_naam} ({found.zorgorganisatie})",
		hulpverlener=found.name,
		organisatie=found.zorgorganisatie,
	)


def member_writer(member) -> regels.Schrijver:
	"""A family member on Mijn gezin (``portaal.leden.require_member``'s answer)."""
	lid = {key: member.get(key) for key in ("name", "rol", "voornaam", "achternaam")}
	return regels.Schrijver(regels.GEZINSLID, member.naam, lid=lid)


def _allowed(doctype: str, name: str, change: str, portal: bool) -> bool:
	if portal:
		with reading():
			return rules.may_change(doctype, name, frappe.session.user, change)
	return rules.may_change(doctype, name, frappe.session.user, change)


def _require_running_traject(gezin: str) -> None:
	# the family's step only (the rule above already opened this family to the user)
	if not regels.traject_loopt(frappe.db.get_value("Gezin", gezin, "workflow_state")):
		frappe.throw(_("De coördinatie van dit gezin loopt nu niet."), frappe.PermissionError)


def _require_part(doctype: str, gezin: str, over_lid: str | None, portal: bool) -> None:
	if not over_lid:
		return
	if portal:
		with reading():
			covered = rules.visible_parts(doctype, gezin, frappe.session.user)
	else:
		covered = rules.visible_parts(doctype, gezin, frappe.session.user)
	if covered is not None and over_lid not in covered:
		refuse()


def agreement_owner(doctype: str, name: str, afspraak: str) -> Agreement:
	"""The owner of the agreement row ``afspraak`` of ``doctype``/``name``: a plan row made in a
	meeting is owned by that meeting's row."""
	row_doctype = MEETING_ROW if doctype == OVERLEG else PLAN_ROW
	if doctype not in (OVERLEG, ZORGPLAN):
		refuse()
	row = frappe.db.get_value(
		row_doctype, {"name": afspraak, "parent": name, "parenttype": doctype}, "*", as_dict=True
	)
	if not row:
		refuse(_("Deze afspraak hoort niet bij dit {0}.").format(_(doctype).lower()))
	if doctype == ZORGPLAN and row.overleg_afspraak:
		owner = frappe.db.get_value(MEETING_ROW, row.overleg_afspraak, "*", as_dict=True)
		if not owner:
			refuse()
		return Agreement(OVERLEG, owner.parent, owner, frappe.db.get_value(OVERLEG, owner.parent, "gezin"))
	return Agreement(doctype, name, row, frappe.db.get_value(doctype, name, "gezin"))


def require_own_agreement(doctype: str, name: str, afspraak: str, writer, portal: bool = False) -> Agreement:
	"""First line of updating an agreement: the rule for the owner today, the owner still current,
	the traject running, the agreement's child a part the writer sees, and the agreement theirs."""
	if writer is None or not _allowed(doctype, name, rules.AFSPRAAK_BIJWERKEN, portal):
		refuse()
	agreement = agreement_owner(doctype, name, afspraak)
	if (agreement.doctype, agreement.name) != (doctype, name) and not _allowed(
		agreement.doctype, agreement.name, rules.AFSPRAAK_BIJWERKEN, portal
	):
		refuse()
	if agreement.doctype == ZORGPLAN:
		from basiszorg.domain.zorgplan import VERVANGEN

		if frappe.db.get_value(ZORGPLAN, agreement.name, "workflow_state") == VERVANGEN:
			refuse(_("Dit zorgplan is vervangen door een nieuwe versie."))
	_require_running_traject(agreement.gezin)
	_require_part(agreement.doctype, agreement.gezin, agreement.row.get("over_lid"), portal)
	organisation = (
		frappe.db.get_value("Hulpverlener", agreement.row.hulpverlener, "zorgorganisatie")
		if agreement.row.get("hulpverlener")
		else None
	)
	if not regels.is_eigen_afspraak(agreement.row, writer, family_members(agreement.gezin), organisation):
		refuse(_("Deze afspraak staat niet op uw naam."))
	return agreement


def _meeting(overleg: str):
	return frappe.db.get_value(
		OVERLEG, overleg, ["name", "gezin", "workflow_state", "type", "starts_on"], as_dict=True
	)


def _require_open_meeting(meeting) -> None:
	throw_findings(
		regels.overleg_open_voor_inbreng(
			meeting.workflow_state, meeting.type, get_datetime(meeting.starts_on), now_datetime()
		),
		_("Overleg"),
	)


def _invited_row(overleg: str, hulpverlener: str):
	return frappe.db.get_value(
		"Overleg Deelnemer",
		{"parent": overleg, "parenttype": OVERLEG, "hulpverlener": hulpverlener},
		"*",
		as_dict=True,
	)


def require_contribution(overleg: str, writer, portal: bool = False):
	"""First line of a contribution: the rule for the meeting today, a planned meeting with the
	family still to come, the traject running, and the writer invited (a professional on the list)
	or a member of the family with full access (the portal branch of the rule)."""
	if writer is None or not overleg or not _allowed(OVERLEG, overleg, rules.INBRENG, portal):
		refuse()
	meeting = _meeting(overleg)
	_require_running_traject(meeting.gezin)
	_require_open_meeting(meeting)
	if writer.soort == regels.HULPVERLENER and not _invited_row(overleg, writer.hulpverlener):
		refuse(_("U staat niet op de lijst van dit overleg."))
	return meeting


def require_answer(overleg: str, writer):
	"""First line of answering an invitation: the rule for the meeting today, still to come, and
	the writer's own row on the list."""
	if writer is None or not overleg or not _allowed(OVERLEG, overleg, rules.ANTWOORD, False):
		refuse()
	meeting = _meeting(overleg)
	_require_running_traject(meeting.gezin)
	_require_open_meeting(meeting)
	row = _invited_row(overleg, writer.hulpverlener) if writer.soort == regels.HULPVERLENER else None
	if not row:
		refuse(_("U staat niet op de lijst van dit overleg."))
	return meeting, row


def goals_of_current_plan(gezin: str | None, portal: bool = False) -> dict:
	"""The goals of the family's current plan that the reader may see, by goal id: none when the
	rule does not open the plan to them, and only the rows about parts they see. The one reader
	of "the goals to choose from" (contributions, help requests, measurements, desk and portal)."""
	from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan

	plan = current_plan(gezin) if gezin else None
	if not plan:
		return {}
	user = frappe.session.user
	with reading() if portal else nullcontext():
		if not rules.may(ZORGPLAN, plan, user):
			return {}
		covered = rules.visible_parts(ZORGPLAN, gezin, user)
	goals = frappe.get_all(  # the plan was opened to the reader just above; its rows follow the part rule
		"Zorgplan Doel",
		filters={"parent": plan, "parenttype": ZORGPLAN, "parentfield": "doelen"},
		fields=["doel_id", "doel", "levensgebied", "voor_wie", "over_lid", "status"],
		order_by="idx",
	)
	return {
		g.doel_id: g for g in goals if g.doel_id and (covered is None or rules.row_visible(g, "over_lid", covered))
	}


def youngsters_own_part(writer, gezin: str) -> str | None:
	"""What a youngster writes about themselves is their own part."""
	if writer.soort != regels.GEZINSLID or not writer.lid or writer.lid.get("rol") != KIND:
		return None
	return writer.lid.get("name")


def passes(check, *args, **kwargs) -> bool:
	"""Whether a first-line check above lets the writer through (to show what they may do)."""
	try:
		check(*args, **kwargs)
		return True
	except (frappe.PermissionError, frappe.ValidationError):
		frappe.clear_last_message()
		return False
