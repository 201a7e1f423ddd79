"""Install, migrate and uninstall hooks (wired in hooks.py)."""

from basiszorg.setup.roles import ensure_roles
from basiszorg.setup.settings import ensure_settings
from basiszorg.setup.workflows import ensure_workflows, remove_workflows


def before_install():
	ensure_roles()


def after_install():
	ensure_roles()
	ensure_workflows()
	ensure_settings()


def after_migrate():
	ensure_roles()
	ensure_workflows()
	ensure_settings()


def before_uninstall():
	remove_workflows()
