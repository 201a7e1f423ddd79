"""Demo data of outcomes: families in a traject or closed get measurements at intake and at a few
meetings after it (the coordinator's), some improving, some not; about one in five families also
scored itself on Mijn gezin beside the coordinator."""

from datetime import timedelta

import frappe

from basiszorg.domain import resultaten as regels
from basiszorg.domain.leden import KIND, naam
from basiszorg.domain.traject import ACTIEF, AFGESLOTEN
from basiszorg.permissions.changes import app_action
from basiszorg.permissions.registry import METING
from basiszorg.resultaten import schalen


def _clamp(waarde: int, laag: int, hoog: int) -> int:
	return max(laag, min(hoog, waarde))


def metingen(rnd, today) -> int:
	elements = schalen.elementen()
	made = 0
	for family in frappe.get_all(
		"Gezin", filters={"workflow_state": ["in", [ACTIEF, AFGESLOTEN]], "demo": 1}, fields=["name", "startdatum", "afsluitdatum"]
	):
		start = family.startdatum or today - timedelta(days=150)
		end = family.afsluitdatum or today
		children = [naam(m) for m in frappe.get_all("Gezinslid", filters={"parent": family.name, "rol": KIND}, fields=["voornaam", "achternaam"])]
		goals = frappe.get_all("Zorgplan Doel", filters={"parenttype": "Zorgplan", "parent": ["in", frappe.get_all("Zorgplan", {"gezin": family.name}, pluck="name")]}, pluck="doel_id")
		trend = rnd.choice((1, 1, 1, 0, -1))  # most improve, some stay, some get worse
		care, strength, load = rnd.randint(1, 3), rnd.randint(2, 5), rnd.randint(5, 9)
		steps = rnd.randint(2, 4)
		for step in range(steps):
			day = start + timedelta(days=int((end - start).days * step / max(steps - 1, 1)))
			frappe.get_doc(
				{
					"doctype": METING,
					"gezin": family.name,
					"moment": regels.INTAKE if step == 0 else (regels.AFSLUITING if family.afsluitdatum and step == steps - 1 else regels.EVALUATIE),
					"datum": min(day, today),
					"basiszorg": [
						{"kind": child, "element": element, "score": _clamp(care + trend * step + rnd.choice((-1, 0, 0, 1)), 1, 5)}
						for child in children[:3]
						for element in elements
					],
					"doelen": [{"doel_id": g, "score": _clamp(trend * step - 1 + rnd.choice((0, 1)), -2, 2)} for g in dict.fromkeys(goals) if g][:4] if step else [],
					"draagkracht": _clamp(strength + trend * step, 1, 10),
					"draaglast": _clamp(load - trend * step, 1, 10),
				}
			).insert()
			made += 1
		if children and rnd.random() < 0.2:  # the family's own view beside the coordinator's
			parent = frappe.db.get_value("Gezinslid", {"parent": family.name, "rol": "Ouder/verzorger"}, ["voornaam", "achternaam"], as_dict=True)
			own = frappe.get_doc(
				{
					"doctype": METING,
					"gezin": family.name,
					"moment": regels.GEZINSOVERLEG,
					"datum": min(end, today),
					"door": regels.OUDER,
					"door_naam": naam(parent) if parent else "",
					"basiszorg": [{"kind": children[0], "element": e, "score": _clamp(care + trend * steps, 1, 5)} for e in elements],
					"draagkracht": _clamp(strength + trend * steps - 1, 1, 10),
					"draaglast": _clamp(load - trend * steps + 1, 1, 10),
				}
			)
			with app_action():
				own.insert(ignore_permissions=True)
			made += 1
	return made
