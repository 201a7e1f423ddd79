"""The family map is complete: every doctype of the app's modules that points at a family, or is a child
table of one, is declared in the registry, and every declaration matches the doctype it names."""

import frappe

from basiszorg.permissions import registry
from basiszorg.tests.base import IntegrationTestCase


def points_at_family(meta) -> bool:
	return meta.name == registry.GEZIN or any(
		(df.fieldtype == "Link" and df.options == registry.GEZIN) or df.fieldname == "gezin"
		for df in meta.fields
	)


def undeclared(declared: set[str]) -> set[str]:
	"""Doctypes of the app's modules that hold or name a family but are missing from ``declared``."""
	modules = frappe.get_module_list("basiszorg")
	metas = {
		name: frappe.get_meta(name)
		for name in frappe.get_all("DocType", {"module": ["in", modules]}, pluck="name")
	}
	family = {name for name, meta in metas.items() if points_at_family(meta)}
	pending = set(family)
	while pending:  # child tables of family doctypes, at any depth
		meta = metas.get(pending.pop())
		for df in meta.get_table_fields() if meta else []:
			if df.options not in family:
				family.add(df.options)
				pending.add(df.options)
	return family - declared


class TestFamilyMap(IntegrationTestCase):
	def test_every_family_doctype_is_declared(self):
		declared = {entry.doctype for entry in registry.FAMILY_DOCTYPES}
		self.assertEqual(undeclared(declared), set())

	def test_the_check_notices_a_forgotten_doctype(self):
		declared = {entry.doctype for entry in registry.FAMILY_DOCTYPES}
		self.assertEqual(undeclared(declared - {"Zorgplan Afspraak"}), {"Zorgplan Afspraak"})
		self.assertEqual(undeclared(declared - {"Overleg"}), {"Overleg"})

	def test_declarations_match_the_doctypes(self):
		for entry in registry.FAMILY_DOCTYPES:
			meta = frappe.get_meta(entry.doctype)
			if entry.is_child:
				self.assertTrue(meta.istable, entry.doctype)
				parent = frappe.get_meta(entry.parent)
				self.assertIn(entry.doctype, [df.options for df in parent.get_table_fields()], entry.doctype)
			else:
				self.assertFalse(meta.istable, entry.doctype)
			if entry.gezin_field and entry.gezin_field != "name":
				self.assertTrue(meta.has_field(entry.gezin_field), entry.doctype)
			if entry.attachments:
				self.assertFalse(meta.istable, entry.doctype)

	def test_every_protected_doctype_is_wired_to_the_rules(self):
		conditions = frappe.get_hooks("permission_query_conditions")
		decisions = frappe.get_hooks("has_permission")
		for doctype in registry.protected_doctypes():
			self.assertIn(doctype, conditions, doctype)
			self.assertIn(doctype, decisions, doctype)

	def test_every_record_with_rows_about_a_child_hides_them(self):
		"""A record whose child table holds rows about one child takes the part rule into its form,
		REST answer and print (``ShowsOnlyCoveredParts``): a professional never receives such a row."""
		from frappe.model.base_document import get_controller

		from basiszorg.permissions.parts import ShowsOnlyCoveredParts

		# (the family itself hides its member rows its own way; coordinator-only records reach
		# nobody whose reading is restricted to parts)
		with_parts = {
			e.parent
			for e in registry.with_parts()
			if e.parent and e.parent != registry.GEZIN and not registry.is_coordinator_only(e.parent)
		}
		self.assertIn("Netwerkmoment", with_parts)
		for doctype in with_parts:
			self.assertTrue(issubclass(get_controller(doctype), ShowsOnlyCoveredParts), doctype)
