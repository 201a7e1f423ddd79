"""The desk of basiszorg's roles shows what they use: a Module Profile (Frappe's own module
visibility) blocks the modules of the other apps (Frappe's Users, Website, Tools, Integrations and
Build, ERPNext's modules beside ERPNext), so their workspaces leave the sidebar. A user who also has
a role of another app (a System Manager, an ERPNext user) keeps everything: the profile is only
given to users whose desk roles are all basiszorg's and who have no profile of their own.
"""

import frappe

from basiszorg.setup.roles import ROLES, WEBSITE_ROLES

MODULE_PROFILE = "Basiszorg"
AUTOMATIC_ROLES = ("All", "Guest", "Desk User")  # Frappe gives these to every (desk) user


def ensure_module_profile() -> None:
	"""Create the profile when missing, blocking every module that is not basiszorg's (an
	administrator's later edits of the profile stay)."""
	if frappe.db.exists("Module Profile", MODULE_PROFILE):
		return
	own = set(frappe.get_all("Module Def", {"app_name": "basiszorg"}, pluck="name"))
	others = frappe.get_all("Module Def", {"name": ["not in", list(own)]}, pluck="name", order_by="name")
	profile = frappe.get_doc({"doctype": "Module Profile", "module_profile_name": MODULE_PROFILE})
	for module in others:
		profile.append("block_modules", {"module": module})
	profile.insert(ignore_permissions=True)


def only_basiszorg_desk_roles(roles: list[str]) -> bool:
	desk_roles = set(ROLES) - set(WEBSITE_ROLES)
	mine = set(roles) - set(AUTOMATIC_ROLES)
	return bool(mine) and mine <= set(ROLES) and bool(mine & desk_roles)


def give_basiszorg_users_their_desk(user, method=None) -> None:
	"""User validate (after Frappe's own, so on the roles a Role Profile gave): a desk user with
	only basiszorg roles and no module profile gets basiszorg's, with its blocked modules; one who
	gets a role of another app besides loses it again."""
	if user.name in ("Administrator", "Guest"):
		return
	only_ours = only_basiszorg_desk_roles([r.role for r in user.roles])
	if user.module_profile == MODULE_PROFILE and not only_ours:
		user.module_profile = None
		user.set("block_modules", [])
	elif not user.module_profile and only_ours and frappe.db.exists("Module Profile", MODULE_PROFILE):
		user.module_profile = MODULE_PROFILE
		user.validate_allowed_modules()  # Frappe's own copy of the profile's blocked modules
