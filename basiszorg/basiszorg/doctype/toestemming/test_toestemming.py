"""Consent per person: withdrawal always works, one declaration for a network, a youngster's own
part, ages re-checked, renewal, the forms that explain, and the conversion of old records."""

from datetime import timedelta
from io import BytesIO

import frappe
from frappe.utils import add_days, add_years, getdate
from pypdf import PdfReader

from basiszorg.domain import toestemming as regels
from basiszorg.domain.leden import KIND
from basiszorg.domain.traject import ACTIEF, INTAKE
from basiszorg.patches.v2_0 import consent_per_person
from basiszorg.permissions import grants, rules
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase


def pdf_text(doctype, name, print_format) -> str:
	pdf = frappe.get_print(doctype, name, print_format=print_format, as_pdf=True)
	return " ".join("".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())


class TestToestemming(IntegrationTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.net = factories.network()
		cls.org = factories.ensure_organisatie("bz-test GGZ toestemming", "GGZ")

	def setUp(self):
		self.family = frappe.get_doc(factories.gezin_dict(self.net)).insert()
		self.parent = self.family.leden[0].name
		self.user_a, self.hv_a = factories.professional_user(
			f"hv-ta-{frappe.generate_hash(length=5)}", self.org
		)
		self.user_b, self.hv_b = factories.professional_user(
			f"hv-tb-{frappe.generate_hash(length=5)}", self.org
		)

	def add_child(self, voornaam, born):
		self.family.append(
			"leden", {"rol": KIND, "voornaam": voornaam, "achternaam": "Test", "geboortedatum": born}
		)
		self.family.save()
		return next(m.name for m in self.family.leden if m.voornaam == voornaam)

	def reads(self, user, doctype="Gezin"):
		return rules.may_for_family(doctype, self.family.name, user, "read")

	def test_withdrawal_works_after_a_youngster_joins_the_family(self):
		"""The regression: a child born 2012 added after the consent made withdrawal fail."""
		consent = factories.toestemming(self.family.name, self.hv_a, gezinsgegevens=1)
		self.add_child("Lotte", getdate("2012-03-14"))
		self.assertTrue(self.reads(self.user_a))
		status = frappe.get_doc("Toestemming", consent.name).trek_in(
			reden="Willen het niet meer", door="Sanne Test"
		)
		self.assertEqual(status, regels.INGETROKKEN)
		self.assertFalse(self.reads(self.user_a))
		consent.reload()
		self.assertEqual(
			(consent.ingetrokken_door, consent.reden_intrekking), ("Sanne Test", "Willen het niet meer")
		)
		self.assertEqual(consent.ingetrokken_op, getdate())

	def test_one_declaration_covers_a_network_and_lines_are_withdrawn_one_by_one(self):
		consent = factories.toestemming(
			self.family.name,
			regels=[
				{"hulpverlener": self.hv_a, "gezinsgegevens": 1, "doel": "Behandeling moeder"},
				{"hulpverlener": self.hv_b, "zorgplan": 1},
			],
		)
		self.assertTrue(self.reads(self.user_a))
		self.assertFalse(self.reads(self.user_b))  # only the plan
		self.assertTrue(self.reads(self.user_b, "Zorgplan"))
		line_b = consent.regels[1].name
		consent.trek_in(reden="Plan alleen nog met de school", door="Sanne Test", regel=line_b)
		self.assertTrue(self.reads(self.user_a))
		self.assertFalse(self.reads(self.user_b, "Zorgplan"))
		consent.reload()
		self.assertEqual(consent.status, regels.GELDIG)
		self.assertEqual([r.status for r in consent.regels], [regels.GELDIG, regels.INGETROKKEN])
		with self.assertRaises(frappe.ValidationError):
			consent.trek_in(reden="nog eens", door="Sanne Test", regel=line_b)

	def test_givers_are_members_and_youngsters_decide_by_age(self):
		mila = self.add_child("Mila", add_years(getdate(), -13))
		with self.assertRaisesRegex(frappe.ValidationError, "Mila Test is 13 jaar"):
			factories.toestemming(self.family.name, self.hv_a)  # Mila must sign along
		consent = factories.toestemming(
			self.family.name, self.hv_a, gevers=[{"gezinslid": self.parent}, {"gezinslid": mila}]
		)
		self.assertEqual([(g.naam, g.leeftijd) for g in consent.gevers][1], ("Mila Test", 13))
		with self.assertRaisesRegex(frappe.ValidationError, "hoort niet"):
			factories.toestemming(self.family.name, self.hv_a, gevers=[{"gezinslid": "bestaat-niet"}])

	def test_a_youngster_of_sixteen_shares_or_keeps_their_own_part(self):
		noor = self.add_child("Noor", add_years(getdate(), -17))
		consent = factories.toestemming(
			self.family.name,
			self.hv_a,
			gevers=[{"gezinslid": self.parent}, {"gezinslid": noor, "eigen_deel": regels.DEEL_GEDEELD}],
		)
		self.assertEqual(
			rules.visible_parts("Gezin", self.family.name, self.user_a), {noor, self.family.leden[1].name}
		)
		consent.trek_eigen_deel_in(gezinslid=noor, reden="Ik wil dit zelf houden")
		self.assertNotIn(noor, rules.visible_parts("Gezin", self.family.name, self.user_a))
		self.assertTrue(self.reads(self.user_a), "the rest of the family stays shared")
		with self.assertRaises(frappe.ValidationError):
			consent.trek_eigen_deel_in(gezinslid=self.parent, reden="geen eigen deel")
		# a declaration of her own: she shares her part again, with this professional only
		factories.toestemming(
			self.family.name, self.hv_a, gevers=[{"gezinslid": noor, "eigen_deel": regels.DEEL_GEDEELD}]
		)
		self.assertIn(noor, rules.visible_parts("Gezin", self.family.name, self.user_a))

	def test_turning_twelve_makes_the_consent_need_renewal_and_renewal_replaces_it(self):
		mila = self.add_child("Mila", add_days(add_years(getdate(), -12), -20))  # 12 for 20 days
		self.family.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		self.family.save()
		old = factories.toestemming(self.family.name, self.hv_a, gegeven_op=getdate() - timedelta(days=40))
		self.assertIn(old.name, grants.check_ages(getdate()))
		old.reload()
		self.assertEqual(old.status, regels.VERNIEUWEN)
		self.assertIn("Mila Test werd 12 jaar", old.vernieuwen_reden)
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": old.name, "for_user": self.family.coordinator}
			)
		)
		self.assertEqual(grants.check_ages(getdate()), [], "flagged once")
		self.assertTrue(self.reads(self.user_a), "by default access continues until renewal")
		values = old.vernieuw()
		renewal = frappe.get_doc(
			{
				"doctype": "Toestemming",
				**values,
				"gegeven_op": getdate(),
				"formulier": "/private/files/vernieuwd.pdf",
				"gevers": [{"gezinslid": self.parent}, {"gezinslid": mila}],
			}
		).insert()
		old.reload()
		self.assertEqual((old.status, old.vervangen_door), (regels.VERVANGEN, renewal.name))
		self.assertFalse(frappe.db.exists("Basiszorg Toegang", {"toestemming": old.name}))
		self.assertTrue(self.reads(self.user_a))

	def test_active_only_with_written_consent(self):
		family = factories.to_waitlist(frappe.get_doc(factories.gezin_dict(self.net)).insert())
		family.workflow_state = INTAKE
		family.save()
		family.workflow_state = ACTIEF
		with self.assertRaisesRegex(frappe.ValidationError, "schriftelijke toestemming"):
			family.save()
		family.reload()
		factories.written_consent(family.name, self.net)
		family = factories.first_meeting_planned(family)  # the other half of the start (issue 14)
		family.workflow_state = ACTIEF
		family.save()
		self.assertEqual(frappe.db.get_value("Gezin", family.name, "workflow_state"), ACTIEF)

	def test_the_forms_explain_in_plain_words(self):
		consent = factories.toestemming(
			self.family.name,
			regels=[
				{
					"hulpverlener": self.hv_a,
					"gezinsgegevens": 1,
					"overleg": 1,
					"doel": "Om samen te zorgen dat Daan naar school gaat",
				}
			],
		)
		text = pdf_text("Toestemming", consent.name, "Toestemmingsverklaring")
		self.assertIn("Om samen te zorgen dat Daan naar school gaat", text)
		self.assertIn("meedoen aan het gezinsoverleg", text)
		self.assertIn("intrekken", text)
		self.assertIn("16 jaar", text)
		frappe.get_doc(
			{
				"doctype": "Basiszorg Inzagelog",
				"gebruiker": self.user_a,
				"gezin": self.family.name,
				"documenttype": "Gezin",
				"document": self.family.name,
				"kanaal": "Formulier",
				"tijdstip": frappe.utils.now_datetime(),
			}
		).insert(ignore_permissions=True)
		overview = pdf_text("Gezin", self.family.name, "Wie weet wat over ons gezin")
		self.assertIn("Wie heeft uw dossier bekeken", overview)
		self.assertIn(self.org, overview)
		self.assertIn("ons gezin: wie er in het gezin zijn", overview)

	def test_the_patch_converts_old_records(self):
		"""Old consents had the professional, scopes and givers (as text) on the record itself."""
		for column, kind in (
			("hulpverlener", "varchar(140)"),
			("zorgorganisatie", "varchar(140)"),
			*((scope, "int(1) not null default 0") for scope in regels.SCOPES),
			("gegeven_door", "varchar(140)"),
			("jongeren", "text"),
		):
			frappe.db.sql_ddl(f"alter table `tabToestemming` add column if not exists `{column}` {kind}")
		name = f"TS-OUD-{frappe.generate_hash(length=6)}"
		try:
			frappe.db.sql(
				"""insert into `tabToestemming` (name, creation, modified, owner, modified_by, gezin, status,
				hulpverlener, gezinsgegevens, overleg, gegeven_door, jongeren, gegeven_op, formulier)
				values (%s, now(), now(), 'Administrator', 'Administrator', %s, 'Actief', %s, 1, 1,
				'Sanne Test en oom Kees', '', %s, '/private/files/oud.pdf')""",
				(name, self.family.name, self.hv_a, getdate()),
			)
			consent_per_person.execute()
			converted = frappe.get_doc("Toestemming", name)
			self.assertEqual([r.hulpverlener for r in converted.regels], [self.hv_a])
			self.assertEqual((converted.regels[0].gezinsgegevens, converted.regels[0].overleg), (1, 1))
			self.assertEqual([g.gezinslid for g in converted.gevers], [self.parent])
			self.assertEqual(converted.status, regels.GELDIG)
			self.assertTrue(converted.te_controleren)
			self.assertIn("oom Kees", converted.oorspronkelijke_gevers)
			self.assertTrue(self.reads(self.user_a))
		finally:
			for table in ("Toestemming Regel", "Toestemming Gever"):
				frappe.db.delete(table, {"parent": name})
			frappe.db.delete("Toestemming", {"name": name})
			frappe.db.delete("Basiszorg Toegang", {"toestemming": name})
