"""Install, migrate and uninstall hooks (wired in hooks.py).

Every step creates only what is missing, so ``after_migrate`` finishes an install that was cut
off half way, and an administrator's changes survive upgrades.
"""

from basiszorg.compat import remove_desk_navigation
from basiszorg.instellingen import ensure_defaults
from basiszorg.setup.notifications import ensure_notifications
from basiszorg.setup.roles import ensure_roles
from basiszorg.setup.workflows import ensure_workflows, remove_workflows


def before_install():
	ensure_roles()


def after_install():
	after_migrate()


def after_migrate():
	ensure_roles()
	ensure_workflows()
	ensure_defaults()
	ensure_notifications()


def before_uninstall():
	remove_workflows()
	remove_desk_navigation("basiszorg")
