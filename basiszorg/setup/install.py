"""Install, migrate and uninstall hooks (wired in hooks.py).

Every step creates only what is missing, so ``after_migrate`` finishes an install that was cut
off half way, and an administrator's changes survive upgrades.
"""

from basiszorg.compat import remove_desk_navigation
from basiszorg.instellingen import ensure_defaults
from basiszorg.intake import ensure_default_steps
from basiszorg.setup.notifications import ensure_notifications
from basiszorg.setup.roles import ensure_roles
from basiszorg.setup.workflows import ensure_workflows, remove_workflows


def before_install():
	ensure_roles()


def after_install():
	after_migrate()
	ensure_default_steps()  # only on install (and once, by a patch, on upgrade): an emptied list stays empty


def after_migrate():
	ensure_roles()
	ensure_workflows()
	ensure_defaults()
	ensure_notifications()


def before_uninstall():
	remove_workflows()
	remove_desk_navigation("basiszorg")
