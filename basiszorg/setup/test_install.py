"""Install and migrate behaviour: roles, workflows created when missing, administrator edits kept."""

import frappe

from basiszorg.domain.traject import AANGEMELD, AFGEWEZEN
from basiszorg.setup import install
from basiszorg.setup.roles import ROLES
from basiszorg.setup.workflows import ensure_workflows, shipped_workflows
from basiszorg.tests.base import IntegrationTestCase


def run_after_migrate_hooks():
	for method in frappe.get_hooks("after_migrate", app_name="basiszorg"):
		frappe.get_attr(method)()


class TestInstall(IntegrationTestCase):
	def test_roles_exist(self):
		for role in ROLES:
			self.assertTrue(frappe.db.exists("Role", role), role)

	def test_shipped_workflows_exist_and_are_active(self):
		for definition in shipped_workflows():
			workflow = frappe.get_doc("Workflow", definition["workflow_name"])
			self.assertTrue(workflow.is_active)
			self.assertEqual([s.state for s in workflow.states], [s["state"] for s in definition["states"]])

	def test_administrator_edit_survives_migrate(self):
		workflow = frappe.get_doc("Workflow", "Gezin traject")
		workflow.append(
			"transitions",
			{
				"state": AFGEWEZEN,
				"action": "Terug naar aanmelding",
				"next_state": AANGEMELD,
				"allowed": "Basiszorg Commissie",
			},
		)
		workflow.save()
		run_after_migrate_hooks()
		workflow.reload()
		self.assertIn((AFGEWEZEN, AANGEMELD), [(t.state, t.next_state) for t in workflow.transitions])

	def test_missing_workflow_is_recreated(self):
		frappe.delete_doc("Workflow", "Gezin traject", ignore_permissions=True, force=True)
		self.assertFalse(frappe.db.exists("Workflow", "Gezin traject"))
		self.assertIn("Gezin traject", ensure_workflows())
		self.assertTrue(frappe.db.exists("Workflow", "Gezin traject"))

	def test_uninstall_hook_removes_workflows(self):
		install.before_uninstall()
		self.assertFalse(frappe.db.exists("Workflow", "Gezin traject"))
		install.after_migrate()
		self.assertTrue(frappe.db.exists("Workflow", "Gezin traject"))


class TestInstallRobustness(IntegrationTestCase):
	"""A stale module map in Redis must not make install-app create no doctypes (and then fail
	with the app marked installed); an incomplete install stops with the remedy."""

	def test_before_install_repairs_a_stale_module_map(self):
		original = frappe.local.app_modules
		stale = {app: modules for app, modules in original.items() if app != install.APP}
		try:
			frappe.cache.set_value("app_modules", stale)
			frappe.local.app_modules = stale
			install.refresh_module_map()
			self.assertIn("basiszorg", frappe.local.app_modules["basiszorg"])
			self.assertIn(install.APP, frappe.cache.get_value("app_modules"))
		finally:
			frappe.local.app_modules = original
			frappe.cache.delete_value("app_modules")

	def test_shipped_doctypes_are_all_there(self):
		self.assertIn("Basiszorg Instellingen", install.shipped_doctypes())
		self.assertEqual(install.missing_doctypes(), [])
		install.check_complete()

	def test_incomplete_install_stops_with_the_remedy(self):
		with self.assertRaises(install.IncompleteInstall) as raised:
			install.check_complete([*install.shipped_doctypes(), "Basiszorg Bestaat Niet"])
		self.assertIn("Basiszorg Bestaat Niet", str(raised.exception))
		self.assertIn("migrate", str(raised.exception))


class TestDeskExperience(IntegrationTestCase):
	def test_coordinator_onboarding_is_shipped(self):
		onboarding = frappe.get_doc("Module Onboarding", "Basiszorg")
		self.assertEqual(len(onboarding.steps), 5)
		self.assertEqual([r.role for r in onboarding.allow_roles], ["Basiszorg Coördinator"])
		workspace = frappe.get_doc("Workspace", "Basiszorg")
		self.assertIn('"onboarding"', workspace.content)
		self.assertEqual(len(workspace.number_cards), 3)

	def test_dutch_translation_covers_frappe_messages_shown_in_basiszorg(self):
		from frappe.translate import get_all_translations

		translations = get_all_translations("nl")
		self.assertEqual(
			translations.get("Not allowed via controller permission check"),
			"Geen toegang: er is geen geldige toestemming van de ouders",
		)
