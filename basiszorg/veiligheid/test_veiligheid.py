"""The meldcode around its record: the access rule for every role, transparency with its one
exception and the review reminder, the reminder for a step open too long, the report of open
records, and the family map (retention, purge, backup inventory)."""

import json
from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg import instellingen
from basiszorg.domain import meldcode as m
from basiszorg.permissions import registry, rules
from basiszorg.permissions.registry import MELDCODE
from basiszorg.privacy.dossieroverzicht import collect, maak_dossieroverzicht
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS, BEHEERDER, COMMISSIE, COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase
from basiszorg.veiligheid import herinneringen, transparantie

SECRET = "bz-test-MELDCODE-2207"
REPORT = "Open zorgen over veiligheid"


class TestVeiligheid(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		factories.delete_test_families()
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("zv2-coordinator", COORDINATOR)
		cls.officer = factories.ensure_user("zv2-aandachtsfunctionaris", AANDACHTSFUNCTIONARIS)
		cls.committee = factories.ensure_user("zv2-commissie", COMMISSIE)
		cls.beheerder = factories.ensure_user("zv2-beheerder", BEHEERDER)
		cls.professional, hulpverlener = factories.professional_user("zv2-hulpverlener", cls.net["ggz"])
		cls.family = factories.active_family(cls.net, coordinator=cls.coordinator)
		factories.toestemming(cls.family.name, hulpverlener, gezinsgegevens=1, overleg=1, zorgplan=1)
		frappe.set_user(cls.coordinator)
		cls.record = factories.zorg_over_veiligheid(cls.family.name, tot=m.AFGESLOTEN, secret=SECRET)
		frappe.set_user("Administrator")
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	def tearDown(self):
		frappe.set_user("Administrator")

	def other_family(self):
		"""A family of its own, for a test that changes what the family's overviews show."""
		frappe.set_user("Administrator")
		family = factories.active_family(self.net, coordinator=self.coordinator)
		frappe.set_user(self.coordinator)
		return family

	# -- the access rule, for every role ---------------------------------------------------------
	def test_coordinators_and_the_officer_read_it_nobody_else(self):
		name = self.record.name
		for user, reads in (
			(self.coordinator, True),
			(self.officer, True),
			(self.professional, False),  # a valid consent for every scope
			(self.committee, False),
			(self.beheerder, False),
			(factories.unrelated_desk_user(), False),
		):
			self.assertEqual(rules.may(MELDCODE, name, user, "read"), reads, user)
			self.assertEqual(bool(frappe.has_permission(MELDCODE, "read", doc=name, user=user)), reads, user)
			for child in registry.children_of(MELDCODE):
				row = frappe.db.get_value(child, {"parent": name})
				self.assertEqual(rules.may(child, row, user, "read"), reads, f"{user} {child}")
		frappe.set_user(self.officer)
		self.assertEqual(frappe.get_list(MELDCODE, pluck="name", filters={"name": name}), [name])
		frappe.set_user(self.professional)
		self.assertTrue(frappe.has_permission("Gezin", "read", doc=self.family.name), "the consent works")
		with self.assertRaises(frappe.PermissionError):
			frappe.get_list(MELDCODE, pluck="name")

	def test_the_officer_comments_but_changes_nothing_else(self):
		name = self.record.name
		for change in (rules.SAVE, rules.DELETE, rules.WORKFLOW, rules.METHOD, rules.ATTACH, rules.SHARE):
			self.assertFalse(rules.may_change(MELDCODE, name, self.officer, change), change)
			self.assertTrue(
				rules.may_change(MELDCODE, name, self.coordinator, change) or change == rules.SHARE
			)
		self.assertTrue(rules.may_change(MELDCODE, name, self.officer, rules.COMMENT))
		self.assertFalse(rules.may_create(MELDCODE, self.family.name, self.officer))
		self.assertFalse(
			rules.may("Gezin", self.family.name, self.officer, "read"), "the family stays closed"
		)
		frappe.set_user(self.officer)
		doc = frappe.get_doc(MELDCODE, name)
		doc.besluit_toelichting = "gewijzigd"
		with self.assertRaises(frappe.PermissionError):
			doc.save()
		from frappe.desk.form.utils import add_comment

		add_comment(
			MELDCODE, name, "Advies: bespreek het met Veilig Thuis.", self.officer, "Aandachtsfunctionaris"
		)
		self.assertTrue(frappe.db.exists("Comment", {"reference_name": name, "owner": self.officer}))

	def test_no_professional_committee_or_portal_gets_a_doctype_permission(self):
		roles = {p.role for p in frappe.get_meta(MELDCODE).permissions}
		self.assertEqual(roles, {COORDINATOR, AANDACHTSFUNCTIONARIS})
		entry = registry.entry(MELDCODE)
		self.assertTrue(
			entry.coordinator_only and entry.officer and not entry.family_reads and not entry.scope
		)

	# -- transparency, with one exception ------------------------------------------------------------
	def test_the_family_hears_of_the_report_and_what_was_shared(self):
		(report,) = transparantie.verstrekkingen(self.family.name)
		self.assertIn(SECRET, report["wat"])
		self.assertEqual(report["grondslag"], m.GRONDSLAG_MELDRECHT)
		self.assertIn("zonder uw toestemming", report["waarom_mocht_dat"])
		frappe.set_user(self.coordinator)
		data = collect(self.family.name)
		self.assertEqual([v["zorg"] for v in data["verstrekkingen"]], [self.record.name])
		self.assertIn(self.record.name, [d["name"] for d in data[frappe.scrub(MELDCODE)]])

	def test_the_exception_leaves_the_record_out_and_asks_to_look_again(self):
		family = self.other_family()
		known = factories.zorg_over_veiligheid(family.name, tot=m.AFGESLOTEN)
		doc = factories.zorg_over_veiligheid(family.name, tot=m.AFGESLOTEN, secret="bz-test-GEVAAR-9")
		doc.reload()
		doc.update({"niet_informeren": 1, "gezin_geinformeerd_op": None})
		with self.assertRaises(frappe.ValidationError) as refused:  # the reason is required
			doc.save()
		self.assertIn("gevaar", str(refused.exception))
		doc.reload()
		doc.update(
			{"niet_informeren": 1, "gezin_geinformeerd_op": None, "niet_informeren_reden": "Vader dreigt."}
		)
		doc.save()
		days = instellingen.normen().meldcode_heroverwegen_dagen
		self.assertEqual(getdate(doc.heroverwegen_op), getdate() + timedelta(days=days))
		self.assertEqual(doc.niet_informeren_door, self.coordinator)
		# a coordinator reads it: the read is logged, but the family's overviews leave it all out
		frappe.get_doc(
			{
				"doctype": registry.READ_LOG,
				"gebruiker": self.officer,
				"gezin": family.name,
				"documenttype": MELDCODE,
				"document": doc.name,
				"kanaal": "Formulier",
				"tijdstip": frappe.utils.now_datetime(),
			}
		).db_insert()
		doc.add_comment("Comment", "bz-test-GEVAAR-9 opmerking")
		files = maak_dossieroverzicht(family.name)
		self.assertEqual(files["achtergehouden"], 1)
		frappe.set_user("Administrator")
		content = frappe.get_doc("File", {"file_url": files["json"]}).get_content()
		self.assertNotIn("bz-test-GEVAAR-9", content)
		self.assertNotIn(doc.name, content)
		self.assertIn(known.name, content, "the other record, whose report the family knows of")
		self.assertEqual(
			frappe.db.get_value("File", {"file_url": files["json"]}, "attached_to_doctype"), "AVG Verzoek"
		)
		self.assertNotIn(doc.name, [v["zorg"] for v in transparantie.verstrekkingen(family.name)])
		from basiszorg.printing import wie_weet_wat

		frappe.set_user(self.coordinator)
		overview = wie_weet_wat(family.name)
		self.assertNotIn(doc.name, [v["zorg"] for v in overview["veilig_thuis"]])
		self.assertNotIn(frappe.utils.get_fullname(self.officer), [r["persoon"] for r in overview["inzage"]])
		# the period is over: the coordinator is asked to look again, once a day
		later = getdate(doc.heroverwegen_op)
		frappe.set_user("Administrator")
		self.assertEqual(herinneringen.run(later - timedelta(days=1))["heroverwegen"], 0)
		self.assertGreaterEqual(herinneringen.run(later)["heroverwegen"], 1)
		self.assertEqual(herinneringen.run(later)["heroverwegen"], 0)
		subjects = frappe.get_all(
			"Notification Log", {"for_user": self.coordinator, "document_name": doc.name}, pluck="subject"
		)
		self.assertTrue(any("opnieuw" in s for s in subjects), subjects)
		# looked at again: the period starts again; lifted: the family sees it
		frappe.set_user(self.coordinator)
		frappe.db.set_value(MELDCODE, doc.name, "niet_informeren_sinds", getdate() - timedelta(days=days + 1))
		doc.reload()
		doc.save()
		self.assertIn(doc.name, [r.name for r in herinneringen.due_for_review(getdate())])
		with self.assertRaises(frappe.ValidationError):
			doc.opnieuw_bekeken("  ")
		self.assertEqual(getdate(doc.opnieuw_bekeken("Vader dreigt nog steeds.")), later)
		self.assertNotIn(doc.name, [r.name for r in herinneringen.due_for_review(getdate())])
		self.assertTrue(
			frappe.db.exists("Comment", {"reference_name": doc.name, "content": ["like", "%nog steeds%"]})
		)
		doc.reload()
		doc.update({"niet_informeren": 0, "gezin_geinformeerd_op": getdate()})
		doc.save()
		self.assertFalse(doc.heroverwegen_op)
		self.assertIn(doc.name, [v["zorg"] for v in transparantie.verstrekkingen(family.name)])

	# -- signals ---------------------------------------------------------------------------------------
	def test_a_step_open_longer_than_the_norm_reminds_the_coordinator_once_a_day(self):
		frappe.set_user(self.coordinator)
		doc = factories.zorg_over_veiligheid(self.family.name, tot=m.GESPREK)
		frappe.set_user("Administrator")
		days = instellingen.normen().meldcode_stap_signaal_dagen
		self.assertNotIn(
			doc.name, [r.name for r in herinneringen.open_too_long(getdate() + timedelta(days=days), days)]
		)
		late = getdate() + timedelta(days=days + 1)
		self.assertIn(doc.name, [r.name for r in herinneringen.open_too_long(late, days)])
		herinneringen.run(late)
		herinneringen.run(late)
		(subject,) = frappe.get_all(
			"Notification Log",
			{"for_user": self.coordinator, "document_name": doc.name, "subject": ["like", "%stap 3%"]},
			pluck="subject",
		)
		self.assertIn(str(days + 1), subject)
		self.assertNotIn(self.family.gezinsnaam, subject)

	def test_the_norms_are_settings(self):
		settings = frappe.get_single(instellingen.SETTINGS)
		self.assertEqual(settings.meldcode_stap_signaal_dagen, m.STAP_SIGNAAL_DAGEN)
		self.assertEqual(settings.meldcode_heroverwegen_dagen, m.HEROVERWEGEN_NA_DAGEN)

	def test_the_report_lists_open_records_for_coordinators_and_the_officer_only(self):
		from frappe.desk.query_report import run

		frappe.set_user(self.coordinator)
		doc = factories.zorg_over_veiligheid(self.family.name, tot=m.AFWEGEN)
		for user in (self.coordinator, self.officer):
			frappe.set_user(user)
			result = run(REPORT, filters={})
			rows = {r["zorg"]: r for r in result["result"]}
			self.assertIn(doc.name, rows, user)
			self.assertNotIn(self.record.name, rows, "closed records are not open")
			self.assertEqual((rows[doc.name]["stap"], rows[doc.name]["dagen_in_stap"]), (4, 0))
		for user in (self.professional, self.committee, self.beheerder):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError):
				run(REPORT, filters={})

	# -- the family map ------------------------------------------------------------------------------
	def test_retention_and_the_backup_inventory_include_it(self):
		from basiszorg.privacy.retention import purge_family
		from basiszorg.setup.checks import inventory

		self.assertIn(MELDCODE, [e.doctype for e in registry.purged()])
		self.assertIn(MELDCODE, [e.doctype for e in registry.exported()])
		self.assertIn(MELDCODE, json.dumps(inventory(), default=str))
		family = self.other_family()
		records = [
			factories.zorg_over_veiligheid(family.name, tot=tot) for tot in (m.CONSULTATIE, m.AFGESLOTEN)
		]
		frappe.set_user("Administrator")
		for record in records:
			self.assertTrue(
				[
					r
					for c in registry.children_of(MELDCODE)
					for r in frappe.get_all(c, {"parent": record.name})
				]
			)
		counts = purge_family(family.name)
		self.assertEqual(counts.get(MELDCODE), 2)
		self.assertFalse(frappe.db.exists(MELDCODE, {"gezin": family.name}))
		for record in records:
			for child in registry.children_of(MELDCODE):
				self.assertFalse(frappe.db.exists(child, {"parent": record.name}), child)
			self.assertFalse(frappe.db.exists("Version", {"ref_doctype": MELDCODE, "docname": record.name}))
