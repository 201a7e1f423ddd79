"""The family scores itself on Mijn gezin: a parent the children's basic care (the children they
may see), draagkracht and draaglast, and the goals of the plan; a youngster of 12 or older their
own basic care, which is their own part. The measurement names who scored and when."""

import json

import frappe
from frappe import _
from frappe.utils import getdate

from basiszorg.domain import resultaten as regels
from basiszorg.domain.leden import KIND, leeftijd, naam
from basiszorg.domain.portaal import LEEFTIJD_PORTAAL
from basiszorg.permissions import own_items, rules
from basiszorg.permissions.changes import app_action
from basiszorg.permissions.portaal import reading
from basiszorg.permissions.registry import GEZIN, METING
from basiszorg.resultaten import schalen


def _rows(value, what: str) -> list:
	try:
		rows = json.loads(value) if value else []
	except ValueError:
		rows = None
	if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
		frappe.throw(_("De scores voor {0} zijn niet goed doorgegeven.").format(what), title=_("Niet bewaard"))
	return rows


def children_to_score(member, gezin) -> list:
	"""The children this member scores: a parent every child they may see; a youngster themselves."""
	if member.is_jongere:
		return [m for m in gezin.leden if m.name == member.name]
	with reading():
		covered = rules.visible_parts(GEZIN, gezin.name, frappe.session.user)
	return [m for m in gezin.leden if m.rol == KIND and (covered is None or m.name in covered)]


def goals_to_score(member, gezin_name: str) -> list:
	"""A parent scores the goals of the current plan they may see; a youngster only themselves."""
	if not member.is_ouder:
		return []
	return list(own_items.goals_of_current_plan(gezin_name, portal=True).values())


def scoor(member, basiszorg: str | None, doelen: str | None, draagkracht: str | None, draaglast: str | None) -> str:
	"""Store the member's own measurement (checked like any other: the scale, the family's own
	goals and children); returns its name."""
	gezin = frappe.get_doc(GEZIN, member.gezin)
	children = {m.name: m for m in children_to_score(member, gezin)}
	by_name = {naam(m): m for m in children.values()}
	care = []
	for row in _rows(basiszorg, _("de basiszorg")):
		child = by_name.get(str(row.get("kind") or ""))
		if not child:
			frappe.throw(_("U kunt alleen scoren voor uw eigen kinderen."), frappe.PermissionError)
		if str(row.get("score") or "").strip():
			care.append({"kind": naam(child), "element": row.get("element"), "score": row.get("score")})
	known_goals = {g.doel_id: g for g in goals_to_score(member, gezin.name)}
	goals = []
	for row in _rows(doelen, _("de doelen")):
		goal = known_goals.get(row.get("doel_id"))
		if not goal:
			frappe.throw(_("Dit doel staat niet in uw plan."), frappe.PermissionError)
		if str(row.get("score") or "").strip():
			goals.append({"doel_id": goal.doel_id, "doel": goal.doel, "score": row.get("score")})
	if member.is_jongere:
		draagkracht = draaglast = None
	if not (care or goals or str(draagkracht or "").strip() or str(draaglast or "").strip()):
		frappe.throw(_("Vul ten minste één score in."), title=_("Niet bewaard"))
	doc = frappe.get_doc(
		{
			"doctype": METING,
			"gezin": gezin.name,
			"moment": regels.GEZINSOVERLEG,
			"datum": getdate(),
			"door": regels.JONGERE if member.is_jongere else regels.OUDER,
			"door_naam": member.naam,
			"over_lid": member.name if member.is_jongere else None,  # a youngster's own scores are their part
			"basiszorg": care,
			"doelen": goals,
			"draagkracht": draagkracht,
			"draaglast": draaglast,
		}
	)
	with app_action():
		doc.insert(ignore_permissions=True)
	return doc.name


def may_score(member) -> bool:
	"""Parents, and youngsters old enough for Mijn gezin, with full access."""
	if not member.volledig:
		return False
	if member.is_jongere:
		age = leeftijd({"geboortedatum": getdate(member.geboortedatum) if member.geboortedatum else None}, getdate())
		return age is not None and age >= LEEFTIJD_PORTAAL
	return member.is_ouder


def page_context(context) -> None:
	from basiszorg.portaal.pages import base
	from basiszorg.resultaten import metingen

	member, gezin = base(context, "resultaten")
	with reading():
		context.beeld = metingen.picture(gezin.name)
	context.mag_scoren = may_score(member)
	context.kinderen = [naam(m) for m in children_to_score(member, gezin)] if context.mag_scoren else []
	context.elementen = schalen.elementen()
	context.zorgschaal = schalen.waarden(regels.BASISZORG)
	context.doelschaal = schalen.waarden(regels.DOELBEREIK)
	context.krachtschaal = schalen.waarden(regels.DRAAGKRACHT)
	context.doelen = goals_to_score(member, gezin.name) if context.mag_scoren else []
