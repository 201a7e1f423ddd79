"""One plan, written together, over HTTP: professionals and the family add their own part, within
consent, and the coordinator sees it without typing it again.

Gwen (GGZ) is responsible for agreements in the plan and in a held meeting and is invited to the
next meeting; her colleague Cor works at the same organisation; Aart (JGZ) is invited but is
responsible for nothing; Mees has a consent for meetings only; Lot has no consent. Sanne is a
parent on Mijn gezin, Noor (17) a youngster who keeps her part from the professionals.
"""

import json
from datetime import timedelta

import frappe
from frappe.utils import add_days, add_years, getdate, now_datetime

from basiszorg.domain.leden import KIND
from basiszorg.domain.overleg import GEHOUDEN, GEZINSOVERLEG
from basiszorg.domain.toestemming import DEEL_NIET_GEDEELD
from basiszorg.portaal import accounts
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

API = "basiszorg.samenwerken.api."


def detail(response) -> str:
	"""The end of the server's traceback (or the body), for a failing assertion."""
	if response.is_json and response.json.get("exc"):
		return json.loads(response.json["exc"])[-1][-1500:]
	return response.get_data(as_text=True)[:500]


PORTAL = "basiszorg.portaal.api."


class TestOnePlanWrittenTogether(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.delete_test_families()
		factories.ensure_outgoing_email_account()
		for email in (
			"sanne-samen@bz-test.example",
			"noor-samen@bz-test.example",
			"ouder-ander@bz-test.example",
		):
			if frappe.db.exists("User", email):
				frappe.delete_doc("User", email, force=True, ignore_permissions=True)
		net = factories.network()
		cls.net = net
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		cls.users, cls.hv = {}, {}
		for key, organisation in (
			("gwen", net["ggz"]),
			("cor", net["ggz"]),
			("aart", net["jgz"]),
			("mees", net["jgz"]),
			("lot", net["jgz"]),
		):
			cls.users[key], cls.hv[key] = factories.professional_user(f"samen-{key}", organisation)
		leden = factories.gezin_dict(net)["leden"]
		leden[0]["email"] = "sanne-samen@bz-test.example"
		leden.append(
			{
				"rol": KIND,
				"voornaam": "Noor",
				"achternaam": "Test",
				"geboortedatum": add_years(getdate(), -17),
				"email": "noor-samen@bz-test.example",
			}
		)
		family = factories.active_family(
			net, coordinator=cls.coordinator, gezinsnaam="bz-test samen", leden=leden
		)
		cls.family = family.name
		cls.members = {m.voornaam: m.name for m in family.leden}
		sanne, noor = cls.members["Sanne"], cls.members["Noor"]
		givers = [{"gezinslid": sanne}, {"gezinslid": noor, "eigen_deel": DEEL_NIET_GEDEELD}]
		cls.givers = givers
		cls.consents = {
			"gwen": factories.toestemming(
				cls.family, cls.hv["gwen"], gevers=givers, gezinsgegevens=1, overleg=1, zorgplan=1
			).name,
			"cor": factories.toestemming(
				cls.family, cls.hv["cor"], gevers=givers, overleg=1, zorgplan=1
			).name,
			"aart": factories.toestemming(
				cls.family, cls.hv["aart"], gevers=givers, overleg=1, zorgplan=1
			).name,
			"mees": factories.toestemming(cls.family, cls.hv["mees"], gevers=givers, overleg=1).name,
		}
		cls.plan = factories.adopted_plan(
			cls.family,
			doelen=[
				{"levensgebied": "School", "voor_wie": "Daan", "doel": "Daan gaat elke dag naar school"},
				{
					"levensgebied": "Aandacht en veiligheid",
					"voor_wie": "Noor",
					"doel": "Noor heeft iemand om mee te praten",
				},
			],
			afspraken=[
				{
					"wat": "Gwen belt de school",
					"wie": "Gwen",
					"hulpverlener": cls.hv["gwen"],
					"wanneer": add_days(getdate(), 5),
				},
				{"wat": "Sanne maakt een weekschema", "wie": "Sanne", "wanneer": add_days(getdate(), 10)},
				{
					"wat": "Aart regelt de JGZ-afspraak",
					"wie": "Aart",
					"hulpverlener": cls.hv["aart"],
					"wanneer": add_days(getdate(), 20),
				},
			],
		)
		cls.agreement = {a.wat.split()[0]: a.name for a in cls.plan.afspraken}
		cls.goals = {g.voor_wie: g.doel_id for g in cls.plan.doelen}
		cls.meeting = factories.meeting(
			cls.family,
			days_from_now=7,
			type=GEZINSOVERLEG,
			voorzitter=cls.coordinator,
			deelnemers=[
				{"soort": "Ouder", "naam": "Sanne Test", "email": "sanne-samen@bz-test.example"},
				*({"soort": "Hulpverlener", "hulpverlener": cls.hv[k]} for k in ("gwen", "aart", "mees")),
			],
		).name
		frappe.set_user(cls.coordinator)
		cls.parent = accounts.nodig_uit(cls.family, sanne)
		cls.youngster = accounts.nodig_uit(cls.family, noor)
		other = frappe.get_doc(
			factories.gezin_dict(net, gezinsnaam="bz-test samen ander", coordinator=cls.coordinator)
		)
		other.leden[0].email = "ouder-ander@bz-test.example"
		other.insert()
		cls.other_parent = accounts.nodig_uit(other.name, other.leden[0].name)
		frappe.set_user("Administrator")
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		for user in (cls.parent, cls.youngster, cls.other_parent):
			frappe.delete_doc("User", user, force=True, ignore_permissions=True)
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	# helpers --------------------------------------------------------------------------
	def headers(self, user: str) -> dict:
		return self.user_headers(user)

	def as_professional(self, key: str, method: str, **params):
		return self.post(self.method(API + method), params, headers=self.headers(self.users[key]))

	def as_member(self, user: str, method: str, **params):
		return self.post(
			self.method(PORTAL + method), {"gezin": self.family, **params}, headers=self.headers(user)
		)

	def open_form(self, doctype: str, name: str) -> dict:
		"""The record as the coordinator's desk form loads it."""
		response = self.get(
			f"{self.method('frappe.desk.form.load.getdoc')}?doctype={doctype}&name={name}",
			headers=self.headers(self.coordinator),
		)
		self.assertEqual(response.status_code, 200, detail(response))
		return response.json["docs"][0]

	def plan_row(self, key: str):
		frappe.db.rollback()
		return frappe.db.get_value(
			"Zorgplan Afspraak", self.agreement[key], ["status", "bijgewerkt_door"], as_dict=True
		)

	def update(self, key: str, agreement: str, status="Gedaan", notitie="De school is gebeld."):
		return self.as_professional(
			key,
			"werk_afspraak_bij",
			doctype="Zorgplan",
			name=self.plan.name,
			afspraak=self.agreement[agreement],
			status=status,
			notitie=notitie,
		)

	def reset(self, agreement: str):
		frappe.db.set_value(
			"Zorgplan Afspraak",
			self.agreement[agreement],
			{"status": "Open", "bijgewerkt_op": None, "bijgewerkt_door": None},
			update_modified=False,
		)
		frappe.db.delete("Afspraak Voortgang", {"afspraak": self.agreement[agreement]})
		frappe.db.commit()

	# agreements --------------------------------------------------------------------------
	def test_the_responsible_professional_marks_her_agreement_done_with_a_note(self):
		self.addCleanup(self.reset, "Gwen")
		plan_modified = str(frappe.db.get_value("Zorgplan", self.plan.name, "modified"))
		response = self.update("gwen", "Gwen")
		self.assertEqual(response.status_code, 200, detail(response))
		row = self.plan_row("Gwen")
		self.assertEqual(row.status, "Gedaan")
		self.assertIn("samen-gwen", row.bijgewerkt_door)
		note = frappe.get_doc("Afspraak Voortgang", response.json["message"])
		self.assertEqual(
			(note.gezin, note.status, note.notitie, note.hulpverlener),
			(self.family, "Gedaan", "De school is gebeld.", self.hv["gwen"]),
		)
		self.assertEqual(
			str(frappe.db.get_value("Zorgplan", self.plan.name, "modified")),
			plan_modified,
			"the plan itself is not saved",
		)
		# the coordinator hears of it, in Frappe's own notification log (the web request queued the
		# log for a background worker; here the shipped notification is evaluated as that job does)
		from frappe.email.doctype.notification.notification import evaluate_alert

		from basiszorg.setup.notifications import AGREEMENT_UPDATED

		evaluate_alert(note, AGREEMENT_UPDATED, "New")
		self.assertTrue(
			frappe.db.exists("Notification Log", {"for_user": self.coordinator, "document_name": note.name})
		)
		# and the family's timeline shows who wrote what, for who reads the family
		from basiszorg.tijdlijn import own_parts

		frappe.set_user(self.coordinator)
		try:
			self.assertTrue(any("samen-gwen" in item["content"] for item in own_parts("Gezin", self.family)))
		finally:
			frappe.set_user("Administrator")

	def test_a_colleague_of_the_same_organisation_may_stand_in(self):
		self.addCleanup(self.reset, "Gwen")
		self.assertEqual(self.update("cor", "Gwen", status="Loopt").status_code, 200)
		self.assertEqual(self.plan_row("Gwen").status, "Loopt")

	def test_nobody_else_updates_the_agreement(self):
		"""Aart (invited, but someone else's agreement), Mees (meetings only: not on plan items), Lot
		(no consent), another family's parent and Sanne (not hers): refused, nothing written."""
		for key in ("aart", "mees", "lot"):
			response = self.update(key, "Gwen")
			self.assertEqual(response.status_code, 403, f"{key}: {response.get_data(as_text=True)[:300]}")
		for user in (self.parent, self.other_parent):
			response = self.as_member(
				user,
				"werk_afspraak_bij",
				doctype="Zorgplan",
				name=self.plan.name,
				afspraak=self.agreement["Gwen"],
				status="Gedaan",
			)
			self.assertEqual(response.status_code, 403, user)
		self.assertEqual(self.plan_row("Gwen").status, "Open")
		self.assertFalse(frappe.db.exists("Afspraak Voortgang", {"afspraak": self.agreement["Gwen"]}))

	def test_bad_input_gets_a_dutch_message_and_saves_nothing(self):
		for status, notitie, expected in (
			("Klaar", "x", "Kies een status"),
			("Gedaan", "<script>alert(1)</script>", "gewone tekst"),
			(None, "", "Kies een status of schrijf"),
			("Gedaan", "x" * 2001, "te lang"),
		):
			response = self.update("gwen", "Gwen", status=status, notitie=notitie)
			self.assertEqual(response.status_code, 417, response.get_data(as_text=True)[:300])
			self.assertIn(expected, response.get_data(as_text=True))
		self.assertEqual(self.plan_row("Gwen").status, "Open")
		self.assertFalse(frappe.db.exists("Afspraak Voortgang", {"afspraak": self.agreement["Gwen"]}))

	def test_after_a_withdrawal_the_very_next_write_is_refused(self):
		self.addCleanup(self.reset, "Aart")
		first = self.update("aart", "Aart", status="Loopt")
		self.assertEqual(first.status_code, 200, detail(first))
		frappe.get_doc("Toestemming", self.consents["aart"]).trek_in(
			reden="Ouders willen het niet meer", door="Sanne Test"
		)
		frappe.db.commit()
		try:
			self.assertEqual(self.update("aart", "Aart", status="Gedaan").status_code, 403)
			self.assertEqual(self.plan_row("Aart").status, "Loopt")
		finally:  # a new declaration for the other tests
			self.consents["aart"] = factories.toestemming(
				self.family, self.hv["aart"], gevers=self.givers, overleg=1, zorgplan=1
			).name
			frappe.db.commit()

	def test_the_parent_updates_her_own_agreement_on_mijn_gezin(self):
		self.addCleanup(self.reset, "Sanne")
		response = self.as_member(
			self.parent,
			"werk_afspraak_bij",
			doctype="Zorgplan",
			name=self.plan.name,
			afspraak=self.agreement["Sanne"],
			status="Loopt",
			notitie="Het schema hangt op de koelkast.",
		)
		self.assertEqual(response.status_code, 200, detail(response))
		self.assertEqual(self.plan_row("Sanne").status, "Loopt")
		# a professional cannot update the parent's agreement
		self.assertEqual(self.update("gwen", "Sanne").status_code, 403)

	def test_a_professionals_update_and_the_coordinators_edit_both_stay(self):
		"""The coordinator opens the plan, Gwen marks her agreement done, the coordinator saves her
		copy (with a change of her own): neither loses anything."""
		self.addCleanup(self.reset, "Gwen")
		opened = self.open_form("Zorgplan", self.plan.name)
		self.assertEqual(self.update("gwen", "Gwen").status_code, 200)
		opened["krachten"] = "Sanne houdt vol."
		saved = self.post(
			self.method("frappe.desk.form.save.savedocs"),
			{"doc": json.dumps(opened), "action": "Save"},
			headers=self.headers(self.coordinator),
		)
		self.assertEqual(saved.status_code, 200, saved.get_data(as_text=True)[:500])
		self.assertIn("Intussen bijgewerkt", saved.get_data(as_text=True))
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("Zorgplan", self.plan.name, "krachten"), "Sanne houdt vol.")
		self.assertEqual(self.plan_row("Gwen").status, "Gedaan")
		# a copy opened after the update says what the coordinator means: her change of the status wins
		later = self.open_form("Zorgplan", self.plan.name)
		next(a for a in later["afspraken"] if a["name"] == self.agreement["Gwen"])["status"] = "Loopt"
		self.post(
			self.method("frappe.desk.form.save.savedocs"),
			{"doc": json.dumps(later), "action": "Save"},
			headers=self.headers(self.coordinator),
		)
		self.assertEqual(self.plan_row("Gwen").status, "Loopt")

	# contributions ---------------------------------------------------------------------
	def contribution(self, key: str, **values):
		params = {
			"overleg": self.meeting,
			"algemeen": "Moeder komt haar afspraken na.",
			"doelen": json.dumps([{"doel_id": self.goals["Daan"], "hoe_gaat_het": "Daan was er elke dag."}]),
			"punten": json.dumps([{"onderwerp": "Vervoer naar school", "toelichting": ""}]),
		}
		params.update(values)
		return self.as_professional(key, "stuur_inbreng", **params)

	def clear_contributions(self):
		frappe.db.delete(
			"Overleg Inbreng Doel",
			{"parent": ["in", frappe.get_all("Overleg Inbreng", {"overleg": self.meeting}, pluck="name")]},
		)
		frappe.db.delete(
			"Overleg Inbreng Punt",
			{"parent": ["in", frappe.get_all("Overleg Inbreng", {"overleg": self.meeting}, pluck="name")]},
		)
		frappe.db.delete("Overleg Inbreng", {"overleg": self.meeting})
		frappe.db.commit()

	def test_contributions_from_professionals_and_the_family_start_the_minutes(self):
		self.addCleanup(self.clear_contributions)
		self.assertEqual(self.contribution("gwen").status_code, 200)
		family = self.as_member(
			self.parent,
			"stuur_inbreng",
			overleg=self.meeting,
			algemeen="Het gaat thuis rustiger.",
			doelen=json.dumps([{"doel_id": self.goals["Daan"], "hoe_gaat_het": "Hij fietst zelf."}]),
		)
		self.assertEqual(family.status_code, 200, family.get_data(as_text=True)[:300])
		frappe.db.rollback()
		frappe.set_user(self.coordinator)
		try:
			meeting = frappe.get_doc("Overleg", self.meeting)
			meeting.run_method("onload")
			shown = meeting.get_onload().get("inbreng")
			self.assertEqual(sorted(r["door"].split()[0] for r in shown), ["Sanne", "bz-test"])
			# held: the minutes draft starts from what was sent (never typed again)
			meeting.starts_on = now_datetime() - timedelta(hours=1)
			meeting.workflow_state = GEHOUDEN
			meeting.save()
		finally:
			frappe.set_user("Administrator")
		meeting.reload()
		evaluation = next(e for e in meeting.doelevaluaties if e.doel_id == self.goals["Daan"])
		self.assertIn("Daan was er elke dag.", evaluation.evaluatie)
		self.assertIn("Sanne Test: Hij fietst zelf.", evaluation.evaluatie)
		self.assertIn("Vervoer naar school", [a.onderwerp for a in meeting.agendapunten])
		self.assertFalse(frappe.get_all("Overleg Inbreng", {"overleg": self.meeting, "overgenomen": 0}))
		frappe.db.set_value(
			"Overleg",
			self.meeting,
			{"workflow_state": "Gepland", "starts_on": now_datetime() + timedelta(days=7)},
		)
		frappe.db.commit()

	def test_who_may_send_a_contribution(self):
		self.addCleanup(self.clear_contributions)
		meetings_only = self.contribution("mees", doelen="[]")
		self.assertEqual(meetings_only.status_code, 200, meetings_only.get_data(as_text=True)[:300])
		# she reads no plan, so no goal of it is hers to speak about
		self.assertEqual(self.contribution("mees").status_code, 417)
		self.assertEqual(self.contribution("cor").status_code, 403, "consent, but not invited")
		self.assertEqual(self.contribution("lot").status_code, 403, "no consent")
		other = self.post(
			self.method(PORTAL + "stuur_inbreng"),
			{"gezin": self.family, "overleg": self.meeting, "algemeen": "x"},
			headers=self.headers(self.other_parent),
		)
		self.assertEqual(other.status_code, 403)
		bad = self.contribution(
			"gwen", doelen=json.dumps([{"doel_id": "niet-van-dit-gezin", "hoe_gaat_het": "x"}])
		)
		self.assertEqual(bad.status_code, 417)
		self.assertIn("hoort niet bij het plan", bad.get_data(as_text=True))
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Overleg Inbreng", {"overleg": self.meeting}), 1)

	def test_a_youngsters_contribution_about_herself_is_her_own_part(self):
		self.addCleanup(self.clear_contributions)
		sent = self.as_member(
			self.youngster, "stuur_inbreng", overleg=self.meeting, algemeen="Ik wil zelf meepraten."
		)
		self.assertEqual(sent.status_code, 200, sent.get_data(as_text=True)[:300])
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value("Overleg Inbreng", sent.json["message"], "over_lid"), self.members["Noor"]
		)
		# Noor kept her part from the professionals: Gwen (consent for everything else) does not see it
		listed = self.get(
			self.resource("Overleg Inbreng"),
			{"fields": '["name","algemeen"]'},
			headers=self.headers(self.users["gwen"]),
		)
		self.assertNotIn("Ik wil zelf meepraten", listed.get_data(as_text=True))
		self.assertEqual(
			self.get(
				self.resource("Overleg Inbreng", sent.json["message"]),
				headers=self.headers(self.users["gwen"]),
			).status_code,
			403,
		)

	# answers ------------------------------------------------------------------------------
	def test_answering_the_invitation(self):
		row = frappe.db.get_value(
			"Overleg Deelnemer", {"parent": self.meeting, "hulpverlener": self.hv["gwen"]}, "name"
		)
		self.addCleanup(
			lambda: (
				frappe.db.set_value(
					"Overleg Deelnemer", row, {"antwoord": None, "vervanger": None, "bijgewerkt_op": None}
				),
				frappe.db.commit(),
			)
		)
		wrong = self.as_professional(
			"gwen",
			"beantwoord_uitnodiging",
			overleg=self.meeting,
			antwoord="Iemand anders komt",
			vervanger=self.hv["aart"],
		)
		self.assertEqual(wrong.status_code, 417)
		self.assertIn("dezelfde organisatie", wrong.get_data(as_text=True))
		right = self.as_professional(
			"gwen",
			"beantwoord_uitnodiging",
			overleg=self.meeting,
			antwoord="Iemand anders komt",
			vervanger=self.hv["cor"],
			toelichting="Ik ben op cursus.",
		)
		self.assertEqual(right.status_code, 200, right.get_data(as_text=True)[:300])
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value("Overleg Deelnemer", row, ["antwoord", "vervanger"]),
			("Iemand anders komt", self.hv["cor"]),
		)
		# someone who is not on the list, or has no consent, cannot answer
		self.assertEqual(
			self.as_professional(
				"cor", "beantwoord_uitnodiging", overleg=self.meeting, antwoord="Komt"
			).status_code,
			403,
		)
		self.assertEqual(
			self.as_professional(
				"lot", "beantwoord_uitnodiging", overleg=self.meeting, antwoord="Komt"
			).status_code,
			403,
		)

	# Mijn werk -----------------------------------------------------------------------------
	def test_mijn_werk_lists_what_is_asked_of_the_professional(self):
		from basiszorg.samenwerken.report.mijn_werk.mijn_werk import execute

		frappe.set_user(self.users["gwen"])
		try:
			_columns, rows = execute()[:2]
		finally:
			frappe.set_user("Administrator")
		kinds = {(r["soort"], r["gezin"]) for r in rows}
		self.assertIn(("Afspraak", self.family), kinds)
		self.assertIn(("Overleg", self.family), kinds)
		self.assertIn(("Inbreng gevraagd", self.family), kinds)
		frappe.set_user(self.users["lot"])
		try:
			self.assertFalse(
				[r for r in execute()[1] if r["gezin"] == self.family], "no consent: nothing of this family"
			)
		finally:
			frappe.set_user("Administrator")
		# over HTTP too, as the report the desk runs
		report = self.get(
			self.method("frappe.desk.query_report.run"),
			{"report_name": "Mijn werk"},
			headers=self.headers(self.users["gwen"]),
		)
		self.assertEqual(report.status_code, 200, report.get_data(as_text=True)[:300])
		self.assertIn(self.family, report.get_data(as_text=True))
