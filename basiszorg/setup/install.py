"""Install, migrate and uninstall hooks (wired in hooks.py).

Every step creates only what is missing, so ``after_migrate`` finishes an install that was cut
off half way, and an administrator's changes survive upgrades.
"""

from pathlib import Path

import frappe
from frappe import _

from basiszorg.compat import remove_desk_navigation
from basiszorg.instellingen import ensure_defaults
from basiszorg.intake import ensure_default_steps
from basiszorg.portaal.huisstijl import show_the_bureau
from basiszorg.resultaten.schalen import ensure_defaults as ensure_scales
from basiszorg.setup.desk_modules import ensure_module_profile
from basiszorg.setup.notifications import ensure_notifications
from basiszorg.setup.roles import ensure_roles
from basiszorg.setup.security import ensure_encryption_key, ensure_security_defaults
from basiszorg.setup.workflows import ensure_workflows, remove_workflows
from basiszorg.setup.workspace import ensure_shortcut_counts

APP = "basiszorg"
APP_DIR = Path(__file__).resolve().parent.parent


class IncompleteInstall(frappe.ValidationError):
	pass


def before_install():
	refresh_module_map()
	ensure_roles()


# global default: what only an install does (the default intake steps) has been done on this site
INSTALL_FINISHED = "basiszorg_installatie_af"


def after_install():
	check_complete()
	after_migrate()


def after_migrate():
	ensure_roles()
	ensure_workflows()
	ensure_defaults()
	ensure_notifications()
	ensure_security_defaults()
	ensure_encryption_key()
	ensure_shortcut_counts()
	ensure_scales()
	ensure_module_profile()
	finish_install()


def finish_install() -> None:
	"""The steps only an install takes, once. An install that stopped half-way (Frappe has already
	marked every patch as run by then) is finished by the next migrate; after that an emptied list of
	intake steps stays empty."""
	if frappe.db.get_default(INSTALL_FINISHED):
		return
	ensure_default_steps()
	show_the_bureau()
	frappe.db.set_default(INSTALL_FINISHED, "1")


def before_uninstall():
	remove_workflows()
	remove_desk_navigation("basiszorg")


def refresh_module_map() -> None:
	"""Make sure Frappe's map of apps to modules knows basiszorg before install-app syncs doctypes.

	Frappe keeps that map in Redis without expiry. When a command ran on the site before basiszorg
	was added to apps.txt, install-app reads the old map, creates none of basiszorg's doctypes and
	then fails in after_install, leaving the app marked installed. Rebuilding the map here (before
	Frappe syncs the doctypes) prevents that."""
	if APP in (getattr(frappe.local, "app_modules", None) or {}):
		return
	frappe.cache.delete_value(["app_modules", "installed_app_modules", "module_app", "module_installed_app"])
	frappe.setup_module_map()


def shipped_doctypes() -> list[str]:
	"""The names of the doctypes basiszorg ships, in every module of modules.txt (one folder with a
	JSON definition each)."""
	import json

	modules = [m.strip() for m in (APP_DIR / "modules.txt").read_text().splitlines() if m.strip()]
	return sorted(
		json.loads(path.read_text())["name"]
		for module in modules
		for path in (APP_DIR / frappe.scrub(module)).glob("doctype/*/*.json")
	)


def missing_doctypes(expected: list[str] | None = None) -> list[str]:
	return [name for name in expected or shipped_doctypes() if not frappe.db.exists("DocType", name)]


def check_complete(expected: list[str] | None = None) -> None:
	"""Refuse to go on when Frappe did not create basiszorg's doctypes: a clear message and the
	remedy, instead of an app that is marked installed without its settings and workflows."""
	missing = missing_doctypes(expected)
	if missing:
		frappe.throw(
			_(
				"Basiszorg is niet volledig geïnstalleerd: {0} doctype(s) ontbreken ({1}). "
				"Voer 'bench --site {2} migrate' uit om de installatie af te maken."
			).format(len(missing), ", ".join(missing[:5]), frappe.local.site),
			IncompleteInstall,
			title=_("Installatie onvolledig"),
		)
