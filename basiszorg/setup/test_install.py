"""Install and migrate behaviour: roles, workflows created when missing, administrator edits kept."""

import json

import frappe
from frappe.desk.desktop import get_desktop_page

from basiszorg import instellingen, kengetallen
from basiszorg.compat import FRAPPE_MAJOR, count
from basiszorg.domain import traject
from basiszorg.domain.normen import Normen
from basiszorg.domain.traject import AANGEMELD, AFGEWEZEN
from basiszorg.setup import install
from basiszorg.setup.roles import COORDINATOR, ROLES
from basiszorg.setup.workflows import ensure_workflows, shipped_workflows
from basiszorg.tests import factories
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
		if FRAPPE_MAJOR >= 16:  # Frappe's own uninstall leaves them (basiszorg.compat.remove_desk_navigation)
			for doctype in ("Desktop Icon", "Workspace Sidebar"):
				self.assertFalse(frappe.get_all(doctype, filters={"app": "basiszorg"}), doctype)
		install.after_migrate()
		self.assertTrue(frappe.db.exists("Workflow", "Gezin traject"))

	def test_norms_are_stored_over_the_settings_frappe_saved_on_install(self):
		"""install-app saves every new Single (numbers as 0) before after_install runs."""
		from frappe.installer import init_singles

		frappe.db.delete("Singles", {"doctype": instellingen.SETTINGS})
		init_singles()
		self.assertEqual(frappe.db.get_single_value(instellingen.SETTINGS, "max_wachtweken"), 0)
		install.after_install()
		self.assertEqual(instellingen.normen(frappe.get_single(instellingen.SETTINGS)), Normen())
		settings = frappe.get_single(instellingen.SETTINGS)
		settings.signaal_beslistermijn_dagen = 0  # one norm set to 0 on purpose stays 0
		settings.save()
		install.after_migrate()
		self.assertEqual(frappe.db.get_single_value(instellingen.SETTINGS, "signaal_beslistermijn_dagen"), 0)


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

	def test_the_next_migrate_finishes_a_stopped_install_and_then_keeps_an_emptied_list(self):
		"""Frappe marks every patch as run before after_install; when that stopped half-way the
		default intake steps were never stored: the next migrate stores them, once."""
		from basiszorg import intake

		settings = instellingen.SETTINGS
		saved = frappe.get_all("Basiszorg Intakestap", {"parent": settings}, ["*"], order_by="idx", limit=0)
		marker = frappe.db.get_default(install.INSTALL_FINISHED)
		try:
			frappe.db.delete("Basiszorg Intakestap", {"parent": settings})
			frappe.db.set_default(install.INSTALL_FINISHED, None)
			run_after_migrate_hooks()
			steps = frappe.get_all("Basiszorg Intakestap", {"parent": settings}, pluck="stap", order_by="idx")
			self.assertEqual(steps, [s["stap"] for s in intake.regels.STANDAARD_STAPPEN])
			self.assertTrue(frappe.db.get_default(install.INSTALL_FINISHED))
			# finished: a bureau that emptied its list keeps it empty over every migrate
			frappe.db.delete("Basiszorg Intakestap", {"parent": settings})
			run_after_migrate_hooks()
			self.assertEqual(frappe.db.count("Basiszorg Intakestap", {"parent": settings}), 0)
		finally:
			frappe.db.delete("Basiszorg Intakestap", {"parent": settings})
			for row in saved:
				frappe.get_doc({**row, "doctype": "Basiszorg Intakestap"}).db_insert()
			frappe.db.set_default(install.INSTALL_FINISHED, marker)
			frappe.clear_document_cache(settings, settings)


class TestDeskExperience(IntegrationTestCase):
	def test_coordinator_onboarding_is_shipped(self):
		onboarding = frappe.get_doc("Module Onboarding", "Basiszorg")
		self.assertEqual(len(onboarding.steps), 5)
		self.assertEqual([r.role for r in onboarding.allow_roles], ["Basiszorg Coördinator"])
		workspace = frappe.get_doc("Workspace", "Basiszorg")
		self.assertIn('"onboarding"', workspace.content)
		self.assertEqual(len(workspace.number_cards), 3)

	def test_coordinator_sees_the_number_cards_with_the_counts_of_the_list(self):
		"""Frappe shows a Custom card to who reads its document type (Gezin); the count is the
		list's count for that user. A desk user without Gezin sees no card and no count."""
		coordinator = factories.ensure_user("coordinator", COORDINATOR)
		outsider = factories.unrelated_desk_user()
		page = json.dumps({"name": "Basiszorg", "title": "Basiszorg"})
		try:
			frappe.set_user(coordinator)
			cards = get_desktop_page(page)["number_cards"]["items"]
			self.assertEqual(
				[card.number_card_name for card in cards],
				["Op de wachtlijst", "Wachten op besluit", "Lopende trajecten"],
			)
			waiting = count("Gezin", {"workflow_state": traject.WACHTLIJST})
			self.assertEqual(kengetallen.op_de_wachtlijst()["value"], waiting)
			frappe.set_user(outsider)
			for name in ("Op de wachtlijst", "Wachten op besluit", "Lopende trajecten"):
				self.assertFalse(frappe.has_permission("Number Card", doc=name), name)
			with self.assertRaises(frappe.PermissionError):
				kengetallen.op_de_wachtlijst()
		finally:
			frappe.set_user("Administrator")

	def test_the_families_shortcut_counts_the_states_named_in_the_domain(self):
		from basiszorg.setup import workspace

		name = frappe.db.get_value(
			"Workspace Shortcut", {"parent": workspace.WORKSPACE, "label": workspace.FAMILIES_SHORTCUT}
		)
		self.assertTrue(name)
		frappe.db.set_value("Workspace Shortcut", name, "stats_filter", "")
		run_after_migrate_hooks()
		shipped = frappe.db.get_value("Workspace Shortcut", name, "stats_filter")
		self.assertEqual(
			json.loads(shipped), [["Gezin", "workflow_state", "in", list(traject.WACHT_OP_BESLUIT)]]
		)
		own = json.dumps([["Gezin", "workflow_state", "=", traject.WACHTLIJST]])
		try:  # an administrator's own filter stays
			frappe.db.set_value("Workspace Shortcut", name, "stats_filter", own)
			run_after_migrate_hooks()
			self.assertEqual(frappe.db.get_value("Workspace Shortcut", name, "stats_filter"), own)
		finally:
			frappe.db.set_value("Workspace Shortcut", name, "stats_filter", shipped)

	def test_sidebar_shows_the_workspace_with_its_reports_to_its_roles(self):
		"""Frappe v16 navigates by sidebars and desktop icons; the app ships its own (v15 ignores the
		folders): the Basiszorg sidebar lists every report of the workspace, and each icon opens only
		for the roles of its workspace."""
		for name in ("Basiszorg", "Mijn gezinnen", "Veiligheid"):
			workspace = frappe.get_doc("Workspace", name)
			path = frappe.get_app_path("basiszorg", "{}", f"{frappe.scrub(name)}.json")
			with open(path.format("workspace_sidebar")) as f:
				sidebar = json.load(f)
			with open(path.format("desktop_icon")) as f:
				icon = json.load(f)
			if FRAPPE_MAJOR >= 16:
				sidebar = frappe.get_doc("Workspace Sidebar", name).as_dict()
				icon = frappe.get_doc("Desktop Icon", name).as_dict()
			self.assertEqual((sidebar["app"], icon["app"], icon["link_to"]), ("basiszorg", "basiszorg", name))
			self.assertEqual(
				{(i["link_type"], i["link_to"]) for i in sidebar["items"] if i["link_type"] == "Report"},
				{("Report", link.link_to) for link in workspace.links if link.link_type == "Report"},
			)
			self.assertIn(("Workspace", name), {(i["link_type"], i.get("link_to")) for i in sidebar["items"]})
			self.assertEqual({r["role"] for r in icon["roles"]}, {r.role for r in workspace.roles})

	def test_dutch_translation_covers_frappe_messages_shown_in_basiszorg(self):
		from frappe.translate import get_all_translations

		translations = get_all_translations("nl")
		self.assertEqual(
			translations.get("Not allowed via controller permission check"),
			"Geen toegang: er is geen geldige toestemming van de ouders",
		)
