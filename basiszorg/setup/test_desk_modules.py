"""What a bureau notices first: basiszorg's roles see basiszorg's workspaces, not Frappe's admin
ones, and Mijn gezin carries the bureau's name and contact details instead of "Built on Frappe"."""

import frappe
from frappe.desk.desktop import get_workspace_sidebar_items

from basiszorg.setup.desk_modules import MODULE_PROFILE
from basiszorg.setup.roles import BEHEERDER, COMMISSIE, COORDINATOR, HULPVERLENER
from basiszorg.tests import factories
from basiszorg.tests.base import IntegrationTestCase

FRAPPE_ADMIN_WORKSPACES = {"Users", "Website", "Tools", "Integrations", "Build"}


def sidebar_of(user: str) -> set[str]:
	frappe.set_user(user)
	try:
		return {page["name"] for page in get_workspace_sidebar_items()["pages"]}
	finally:
		frappe.set_user("Administrator")


class TestSidebarShowsWhatTheRoleUses(IntegrationTestCase):
	def test_basiszorg_roles_see_none_of_frappes_admin_workspaces(self):
		for n, (role, own) in enumerate(
			((COORDINATOR, "Basiszorg"), (COMMISSIE, "Basiszorg"), (HULPVERLENER, "Mijn gezinnen"))
		):
			user = factories.ensure_user(f"sidebar-{n}", role)
			self.assertEqual(frappe.db.get_value("User", user, "module_profile"), MODULE_PROFILE, role)
			pages = sidebar_of(user)
			self.assertIn(own, pages, role)
			self.assertFalse(
				pages & FRAPPE_ADMIN_WORKSPACES, f"{role} sees {pages & FRAPPE_ADMIN_WORKSPACES}"
			)

	def test_a_system_manager_keeps_everything(self):
		user = factories.ensure_user("sidebar-beheer", COORDINATOR, BEHEERDER, "System Manager")
		self.assertFalse(frappe.db.get_value("User", user, "module_profile"))
		present = FRAPPE_ADMIN_WORKSPACES & set(frappe.get_all("Workspace", pluck="name"))  # v16 has no Tools
		self.assertTrue(present, "none of Frappe's admin workspaces on this site")
		self.assertTrue(present <= sidebar_of(user), sidebar_of(user))

	def test_a_role_of_another_app_gives_the_whole_desk_back(self):
		user = factories.ensure_user("sidebar-later", COORDINATOR)
		self.assertEqual(frappe.db.get_value("User", user, "module_profile"), MODULE_PROFILE)
		factories.ensure_user("sidebar-later", COORDINATOR, "System Manager")
		self.assertFalse(frappe.db.get_value("User", user, "module_profile"))
		self.assertFalse(frappe.get_all("Block Module", {"parent": user}))

	def test_a_profile_the_administrator_chose_stays(self):
		frappe.get_doc({"doctype": "Module Profile", "module_profile_name": "bz-test eigen profiel"}).insert(
			ignore_if_duplicate=True
		)
		user = factories.ensure_user("sidebar-eigen", COORDINATOR)
		doc = frappe.get_doc("User", user)
		doc.module_profile = "bz-test eigen profiel"
		doc.save(ignore_permissions=True)
		self.assertEqual(frappe.db.get_value("User", user, "module_profile"), "bz-test eigen profiel")


class TestTheBureauOnMijnGezin(IntegrationTestCase):
	def test_the_beheerder_sets_the_bureau_and_every_web_page_shows_it(self):
		from frappe.utils import set_request
		from frappe.website.serve import get_response

		settings = frappe.get_single("Basiszorg Instellingen")
		settings.update(
			{
				"bureau_naam": "bz-test Bureau Zuid",
				"bureau_telefoon": "010 123 45 67",
				"bureau_email": "info@bz-test.example",
				"bureau_adres": "Straat 1\n3000 AA Stad",
			}
		)
		settings.save()
		website = frappe.get_single("Website Settings")
		self.assertEqual(website.brand_html, "bz-test Bureau Zuid")
		self.assertIn("010 123 45 67", website.footer_powered)
		frappe.set_user("Guest")
		try:
			set_request(path="/login", method="GET")
			html = get_response().get_data(as_text=True)
		finally:
			frappe.set_user("Administrator")
		self.assertIn("bz-test Bureau Zuid", html)
		self.assertNotIn("source=website_footer", html, "the footer's Built on Frappe")
		frappe.db.rollback()

	def test_a_website_brand_of_its_own_survives_the_beheerders_edits(self):
		website = frappe.get_single("Website Settings")
		website.brand_html = "bz-test eigen merk"
		website.save()
		settings = frappe.get_single("Basiszorg Instellingen")
		settings.bureau_telefoon = "020 765 43 21"
		settings.save()
		website.reload()
		self.assertEqual(website.brand_html, "bz-test eigen merk")
		self.assertIn("020 765 43 21", website.footer_powered)
		frappe.db.rollback()

	def test_the_bureaus_name_is_refused_with_markup(self):
		settings = frappe.get_single("Basiszorg Instellingen")
		settings.bureau_naam = "<img src=x onerror=alert(1)>"
		with self.assertRaises(frappe.ValidationError):
			settings.save()
		frappe.db.rollback()

	def test_install_fills_only_what_the_website_did_not_have(self):
		from basiszorg.portaal.huisstijl import show_the_bureau

		website = frappe.get_single("Website Settings")
		website.brand_html = "bz-test eigen merk"
		website.footer_powered = ""
		website.save()
		show_the_bureau()
		website.reload()
		self.assertEqual(website.brand_html, "bz-test eigen merk")
		self.assertTrue(website.footer_powered)
		frappe.db.rollback()
