"""What professionals and family members write themselves, after their action's first-line
check (``permissions.own_items``): the status and progress of an agreement they are responsible
for, a contribution before a meeting, the answer to an invitation.

Nothing here saves the meeting or the plan as a whole: the agreement's status and the answer are
written on their row (the coordinator's open form is not put out of date, and its next save keeps
them: ``keep_updates_made_meanwhile``), and a progress note or a contribution is a record of its
own. Input is checked before anything is written, so a refusal leaves nothing behind.
"""

import frappe
from frappe import _
from frappe.utils import now_datetime

from basiszorg.domain import samenwerken as regels
from basiszorg.permissions import own_items
from basiszorg.permissions.changes import app_action
from basiszorg.records import throw_findings

VOORTGANG = "Afspraak Voortgang"
INBRENG = "Overleg Inbreng"


def _plain(value: str | None) -> str:
	return (value or "").strip()


def _who(writer) -> dict:
	lid = writer.lid or {}
	return {
		"door": writer.naam,
		"gebruiker": frappe.session.user,
		"hulpverlener": writer.hulpverlener,
		"gezinslid": lid.get("name"),
	}


def update_agreement(agreement: own_items.Agreement, writer, status: str | None, notitie: str | None) -> str:
	"""A new status on the owner's row (when it changes) and a dated progress note; returns the note."""
	status, notitie = _plain(status) or None, _plain(notitie) or None
	throw_findings(regels.controleer_bijwerking(status, notitie), _("Afspraak bijwerken"))
	row = agreement.row
	now = now_datetime()
	with app_action():
		if status and status != row.status:
			frappe.db.set_value(
				agreement.row_doctype,
				row.name,
				{"status": status, regels.BIJGEWERKT_OP: now, "bijgewerkt_door": writer.naam},
				update_modified=False,
			)
		note = frappe.get_doc(
			{
				"doctype": VOORTGANG,
				"gezin": agreement.gezin,
				"bron_doctype": agreement.doctype,
				"bron": agreement.name,
				"afspraak": row.name,
				"wat": (row.wat or "")[:500],
				"status": status or row.status,
				"notitie": notitie,
				"over_lid": row.get("over_lid"),
				"op": now,
				**_who(writer),
			}
		).insert(ignore_permissions=True)  # the action's first line checked the writer
	return note.name


def send_contribution(meeting, writer, algemeen, doelen: list, punten: list, portal: bool = False) -> str:
	"""A contribution before the meeting: per goal how it goes, and topics to discuss."""
	goals = own_items.goals_of_current_plan(meeting.gezin, portal=portal)
	doelen = [
		{"doel_id": d.get("doel_id"), "hoe_gaat_het": _plain(d.get("hoe_gaat_het"))} for d in doelen or []
	]
	doelen = [d for d in doelen if d["hoe_gaat_het"] or d["doel_id"] not in goals]
	punten = [
		{"onderwerp": _plain(p.get("onderwerp"))[:140], "toelichting": _plain(p.get("toelichting"))}
		for p in punten or []
		if _plain(p.get("onderwerp")) or _plain(p.get("toelichting"))
	]
	algemeen = _plain(algemeen) or None
	throw_findings(regels.controleer_inbreng(algemeen, doelen, punten, set(goals)), _("Inbreng"))
	with app_action():
		doc = frappe.get_doc(
			{
				"doctype": INBRENG,
				"gezin": meeting.gezin,
				"overleg": meeting.name,
				"ingediend_op": now_datetime(),
				"algemeen": algemeen,
				"over_lid": own_items.youngsters_own_part(writer, meeting.gezin),
				"doelen": [
					{
						"doel_id": d["doel_id"],
						"doel": (goals[d["doel_id"]].doel or "")[:500],
						"hoe_gaat_het": d["hoe_gaat_het"],
						"over_lid": goals[d["doel_id"]].over_lid,
					}
					for d in doelen
				],
				"punten": punten,
				**_who(writer),
			}
		).insert(ignore_permissions=True)  # the action's first line checked the writer
	return doc.name


def answer_invitation(meeting, row, writer, antwoord, vervanger, toelichting) -> str:
	"""Coming, not coming, or a colleague of the same organisation with consent for meetings."""
	from basiszorg.permissions.grants import scopes_today

	vervanger = _plain(vervanger) or None
	toelichting = _plain(toelichting) or None
	vervanger_organisatie = (
		frappe.db.get_value("Hulpverlener", vervanger, "zorgorganisatie") if vervanger else None
	)
	may_come = bool(vervanger) and "overleg" in scopes_today(meeting.gezin, [vervanger]).get(vervanger, set())
	throw_findings(
		regels.controleer_antwoord(
			antwoord, vervanger, vervanger_organisatie, writer.organisatie, may_come, toelichting
		),
		_("Uitnodiging"),
	)
	with app_action():
		frappe.db.set_value(
			"Overleg Deelnemer",
			row.name,
			{
				"antwoord": antwoord,
				"vervanger": vervanger,
				"antwoord_toelichting": toelichting,
				regels.BIJGEWERKT_OP: now_datetime(),
				"bijgewerkt_door": writer.naam,
			},
			update_modified=False,
		)
		frappe.get_doc("Overleg", meeting.name).add_comment(
			"Info", _("{0} antwoordde op de uitnodiging: {1}.").format(writer.naam, _(antwoord))
		)
	return antwoord


def keep_updates_made_meanwhile(doc, tables) -> list[str]:
	"""``validate`` of a meeting or plan: rows someone else updated after this copy was opened
	keep that update (``tables``: (table field, fields others write)); returns what was kept."""
	before = doc.get_doc_before_save()
	if before is None:
		return []
	kept = []
	for fieldname, fields in tables:
		stored = {row.name: row.as_dict() for row in before.get(fieldname) or []}
		sent = [row.as_dict() for row in doc.get(fieldname) or []]
		keep = regels.bewaar_bijwerkingen(stored, sent, fields)
		rows = {row.name: row for row in doc.get(fieldname) or []}
		for name, field, value in keep:
			rows[name].set(field, value)
		for name in dict.fromkeys(name for name, _f, _v in keep):
			kept.append(
				_("{0} (bijgewerkt door {1})").format(
					rows[name].get("wat") or rows[name].get("naam") or name,
					stored[name].get("bijgewerkt_door"),
				)
			)
	if kept:
		frappe.msgprint(
			_("Intussen bijgewerkt en bewaard: {0}.").format("; ".join(kept)),
			title=_("Bijgewerkt door anderen"),
			indicator="blue",
		)
	return kept
