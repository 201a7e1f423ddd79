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

	def test_norms_saved_empty_by_frappe_on_install_get_their_defaults(self):
		"""Frappe's init_singles saves the settings (every norm 0) before after_install runs."""
		from basiszorg import instellingen
		from basiszorg.domain.normen import Normen, veldnamen

		def reread():
			frappe.clear_document_cache(instellingen.SETTINGS, instellingen.SETTINGS)
			return instellingen.normen()

		kept = instellingen.normen()
		try:
			for field in veldnamen():
				frappe.db.set_single_value(instellingen.SETTINGS, field, 0)
			instellingen.ensure_defaults()
			self.assertEqual(reread(), Normen())
			# a value the bureau chose is kept
			frappe.db.set_single_value(instellingen.SETTINGS, "max_wachtweken", 10)
			instellingen.ensure_defaults()
			self.assertEqual(reread().max_wachtweken, 10)
		finally:
			for field, value in kept.als_dict().items():
				frappe.db.set_single_value(instellingen.SETTINGS, field, value)
			reread()
