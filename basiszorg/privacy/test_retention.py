"""Retention removes everything of an expired family, and nothing of others, only after confirmation."""

from datetime import timedelta

import frappe
from frappe.utils import add_to_date, getdate, now_datetime

from basiszorg.domain.privacy import UITGEVOERD, VOORGESTELD
from basiszorg.domain.traject import AFGESLOTEN
from basiszorg.privacy import retention
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase

TRACES = (
	("Gezin", "name"),
	("Toestemming", "gezin"),
	("Overleg", "gezin"),
	("Zorgplan", "gezin"),
	("Basiszorg Toegang", "gezin"),
	("Basiszorg Inzagelog", "gezin"),
)


class TestRetention(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		factories.ensure_outgoing_email_account()
		cls.net = factories.network()

	def closed_family(self, years_ago: int):
		family = factories.active_family(self.net, days_ago=300)
		user, professional = factories.professional_user(
			f"hv-ret-{frappe.generate_hash(length=5)}", self.net["ggz"]
		)
		consent = factories.toestemming(family.name, professional, gezinsgegevens=1, overleg=1)
		meeting = frappe.get_doc(
			{
				"doctype": "Overleg",
				"gezin": family.name,
				"starts_on": add_to_date(now_datetime(), days=-20),
				"voorzitter": "Administrator",
				"afspraken": [
					{"wat": "Opruimen", "wie_soort": "Ouder", "wie": "Sanne", "wanneer": getdate()}
				],
			}
		).insert()
		plan = frappe.get_doc(
			{
				"doctype": "Zorgplan",
				"gezin": family.name,
				"doelen": [{"levensgebied": "Wonen", "doel": "Rust", "voor_wie": "Hele gezin"}],
			}
		).insert()
		frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"bz-ret-{family.name}.txt",
				"attached_to_doctype": "Gezin",
				"attached_to_name": family.name,
				"is_private": 1,
				"content": b"dossier",
			}
		).insert()
		family.add_comment("Comment", "Vertrouwelijke notitie")
		frappe.get_doc(
			{
				"doctype": "Version",
				"ref_doctype": "Gezin",
				"docname": family.name,
				"data": frappe.as_json({"changed": [["woonplaats", "Leiden", "Gouda"]]}),
			}
		).insert(ignore_permissions=True)
		frappe.sendmail(
			recipients=["ouder@bz-test.example"],
			subject="Verslag",
			message="zie bijlage",
			reference_doctype="Overleg",
			reference_name=meeting.name,
		)
		frappe.get_doc(
			{
				"doctype": "View Log",
				"reference_doctype": "Gezin",
				"reference_name": family.name,
				"viewed_by": user,
			}
		).insert(ignore_permissions=True)
		frappe.get_doc(
			{
				"doctype": "Basiszorg Inzagelog",
				"gebruiker": user,
				"gezin": family.name,
				"kanaal": "REST API",
				"documenttype": "Gezin",
				"document": family.name,
				"tijdstip": now_datetime(),
			}
		).insert(ignore_permissions=True)
		from frappe.desk.doctype.tag.tag import add_tag

		add_tag("bz-test-ret", "Gezin", family.name)
		family.reload()
		family.update(
			{
				"workflow_state": AFGESLOTEN,
				"afsluitreden": "Doelen bereikt",
				"toelichting_open_afspraken": "Afgerond met het gezin.",
			}
		)
		family.save()
		frappe.db.set_value("Gezin", family.name, "afsluitdatum", getdate() - timedelta(days=366 * years_ago))
		return frappe._dict(
			gezin=family.name, toestemming=consent.name, overleg=meeting.name, zorgplan=plan.name
		)

	def traces(self, ids) -> dict:
		found = {doctype: frappe.db.count(doctype, {field: ids.gezin}) for doctype, field in TRACES}
		names = [ids.gezin, ids.toestemming, ids.overleg, ids.zorgplan]
		for doctype, field in (
			("File", "attached_to_name"),
			("Version", "docname"),
			("Comment", "reference_name"),
			("Email Queue", "reference_name"),
			("View Log", "reference_name"),
			("Tag Link", "document_name"),
			("Deleted Document", "deleted_name"),
		):
			found[doctype] = frappe.db.count(doctype, {field: ["in", names]})
		return found

	def test_expired_family_is_removed_completely_after_confirmation_and_grace(self):
		frappe.db.delete("Basiszorg Opschoning")
		expired = self.closed_family(years_ago=21)
		recent = self.closed_family(years_ago=2)
		before_recent = self.traces(recent)
		self.assertTrue(
			all(self.traces(expired)[k] for k in ("Gezin", "Toestemming", "File", "Version", "Email Queue"))
		)

		retention.run_daily(getdate())
		run = frappe.get_last_doc("Basiszorg Opschoning")
		self.assertEqual(run.status, VOORGESTELD)
		self.assertEqual([r.gezin for r in run.gezinnen], [expired.gezin])
		retention.run_daily(add_to_date(getdate(), days=40))
		self.assertTrue(
			frappe.db.exists("Gezin", expired.gezin), "nothing happens without a Beheerder's confirmation"
		)

		run.bevestig()
		retention.run_daily(getdate())
		self.assertTrue(
			frappe.db.exists("Gezin", expired.gezin), "nothing happens before the grace period ends"
		)
		retention.run_daily(add_to_date(getdate(), days=31))

		self.assertEqual(set(self.traces(expired).values()), {0}, self.traces(expired))
		self.assertEqual(self.traces(recent), before_recent)
		run.reload()
		self.assertEqual(run.status, UITGEVOERD)
		gezinsnaam = "bz-test gezin"
		self.assertNotIn(gezinsnaam, run.gezinnen[0].resultaat)
		self.assertIn("Gezin: 1", run.gezinnen[0].resultaat)
