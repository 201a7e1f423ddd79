"""Demo data of the meldcode: a login for the bureau's meldcode officer (aandachtsfunctionaris1) and
one family with a closed *Zorg over veiligheid*: signs from school and the JGZ, a colleague, the
officer and Veilig Thuis consulted (anonymously, linked to an earlier *Advies en overleg*), the
conversation with the parents and the child, the afwegingskader, and a report to Veilig Thuis
without consent (meldrecht) after which the coordination goes on with Veilig Thuis, the family
informed. The family is the one of the demo's parent on Mijn gezin (ouder1), so their page shows
the report; its professionals with a consent see nothing of it. Every step goes through the
record's own workflow rules, as the family's coordinator."""

from datetime import timedelta

import frappe

from basiszorg.domain import meldcode as m
from basiszorg.domain.leden import KIND, naam
from basiszorg.domain.traject import ACTIEF
from basiszorg.permissions.registry import MELDCODE
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS

DAYS_AGO = 60  # the first sign was seen this long ago; each step took about a week


def _family() -> str | None:
	"""The family of the demo parent on Mijn gezin (ouder1), else the first active demo family."""
	from basiszorg.demo.generator import DEMO_DOMAIN

	own = frappe.db.get_value("Gezinslid", {"portaal_gebruiker": f"ouder1@{DEMO_DOMAIN}"}, "parent")
	if own:
		return own
	families = frappe.get_all("Gezin", {"demo": 1, "workflow_state": ACTIEF}, pluck="name", order_by="name")
	return next((f for f in families if frappe.db.exists("Gezinslid", {"parent": f, "rol": KIND})), None)


def generate(fake, today) -> list[str]:
	"""The officer's login and the family's closed record; returns the new logins."""
	from basiszorg.demo.generator import _users

	(officer,) = _users(fake, "aandachtsfunctionaris", 1, AANDACHTSFUNCTIONARIS)
	gezin = _family()
	if not gezin or frappe.db.exists(MELDCODE, {"gezin": gezin}):
		return [officer]
	family = frappe.get_doc("Gezin", gezin)
	child = naam(next(m for m in family.leden if m.rol == KIND))
	coordinator = family.coordinator or "Administrator"
	start = today - timedelta(days=DAYS_AGO)

	def day(n):
		return start + timedelta(days=7 * n)

	frappe.set_user(coordinator)
	try:
		anonymous = frappe.get_doc(
			{
				"doctype": "Advies en Overleg",
				"datum": day(1),
				"organisatietype": "Veilig Thuis",
				"vraag": "Een kind komt vaker met blauwe plekken op school en de ouders staan onder druk. Wat nu?",
				"advies": "Bespreek het met een collega, ga in gesprek met de ouders en bel terug als de zorg blijft.",
			}
		).insert()
		doc = frappe.get_doc(
			{
				"doctype": MELDCODE,
				"gezin": gezin,
				"coordinator": coordinator,
				"geopend_op": start,
				"signalen": [
					{
						"wat": "Blauwe plekken op de bovenarm, twee keer in één maand.",
						"gezien_door": "Leerkracht",
						"gezien_op": start,
						"over_wie": child,
					},
					{
						"wat": "Komt zonder ontbijt en in dezelfde kleren naar school.",
						"gezien_door": "Jeugdverpleegkundige (JGZ)",
						"gezien_op": start + timedelta(days=3),
						"over_wie": child,
					},
				],
			}
		).insert()
		steps = (
			(
				"Twee signalen van school en de JGZ, over hetzelfde kind.",
				{},
			),
			(
				"Collega en aandachtsfunctionaris delen de zorg; Veilig Thuis adviseert anoniem een gesprek.",
				{
					"consultaties": [
						{
							"datum": day(1),
							"soort": m.COLLEGA,
							"met_wie": "Collega-coördinator",
							"advies": "Ga eerst in gesprek met de ouders.",
						},
						{
							"datum": day(1),
							"soort": m.VEILIG_THUIS_ADVIES,
							"advies_en_overleg": anonymous.name,
						},
						{
							"datum": day(1),
							"soort": m.AANDACHTSFUNCTIONARIS,
							"gebruiker": officer,
							"advies": "Leg de signalen en het gesprek goed vast.",
						},
					]
				},
			),
			(
				"De ouders herkennen de spanning thuis; het kind vertelt over ruzies.",
				{
					"gesprek_ouders": m.GEVOERD,
					"gesprek_ouders_op": day(2),
					"gesprek_ouders_met": "Beide ouders",
					"gesprek_ouders_verslag": "De ouders vertellen over spanning en geldzorgen; vader schrikt van de blauwe plekken.",
					"gesprek_kind": m.GEVOERD,
					"gesprek_kind_op": day(2),
					"gesprek_kind_met": child,
					"gesprek_kind_verslag": "Het kind vertelt dat er thuis vaak ruzie is en dat het dan naar zijn kamer gaat.",
				},
			),
			(
				None,
				{
					"afwegingen": [
						("vermoeden", m.JA, "De signalen en het gesprek wijzen dezelfde kant op."),
						("onveiligheid", m.JA, "Herhaald letsel: structurele onveiligheid."),
					]
				},
			),
			(
				"Gemeld bij Veilig Thuis en hulp georganiseerd; de coördinatie gaat door.",
				{
					"besluit": m.BESLUIT_MELDEN_EN_HULP,
					"besluit_op": day(4),
					"besluit_toelichting": "Volgens het afwegingskader is melden nodig; hulp thuis helpt daarnaast.",
					"hulp_omschrijving": "Opvoedondersteuning via het wijkteam en een vaste opvang na school.",
					"melding_op": day(4),
					"gemeld_door": coordinator,
					"kenmerk_veilig_thuis": "VT-DEMO-0001",
					"gedeelde_gegevens": "De signalen van school en de JGZ, het gesprek met de ouders en het kind, en de hulp die er al is.",
					"grondslag": m.GRONDSLAG_MELDRECHT,
					"coordinatie_besluit": m.COORDINATIE_DOOR,
					"coordinatie_besluit_reden": "Veilig Thuis onderzoekt; de coördinatie gaat door en Veilig Thuis schuift aan bij het volgende gezinsoverleg.",
					"gezin_geinformeerd_op": day(4),
				},
			),
		)
		for number, (outcome, values) in enumerate(steps, start=1):
			for row_values in values.pop("consultaties", []):
				doc.append("consultaties", row_values)
			for code, answer, why in values.pop("afwegingen", []):
				next(r for r in doc.afwegingen if r.vraag_code == code).update(
					{"antwoord": answer, "toelichting": why}
				)
			doc.update(values)
			step = next(r for r in doc.stappen if r.stap == number)
			step.update({"afgerond_op": day(number), "door": coordinator})
			if outcome:
				step.uitkomst = outcome
			doc.workflow_state = m.STATUSSEN[number]
			doc.save()
		for step in doc.stappen:  # the steps started on the dates they were taken, not today
			frappe.db.set_value("Veiligheid Stap", step.name, "begonnen_op", day(step.stap - 1))
		frappe.db.set_value(MELDCODE, doc.name, "stap_sinds", day(m.AANTAL_STAPPEN))
	finally:
		frappe.set_user("Administrator")
	return [officer]
