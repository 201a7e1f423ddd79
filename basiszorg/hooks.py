app_name = "basiszorg"
app_title = "Basiszorg"
app_publisher = "basiszorg developers"
app_description = "Basiszorgcoördinatie voor kwetsbare kinderen: één gezin, één plan, één coördinator"
app_email = "basiszorg@example.org"
app_license = "mit"
# frappe itself is implied; listing it in required_apps makes install-app look it up online.
required_apps = []

# Install, migrate, uninstall
before_install = "basiszorg.setup.install.before_install"
after_install = "basiszorg.setup.install.after_install"
after_migrate = "basiszorg.setup.install.after_migrate"
before_uninstall = "basiszorg.setup.install.before_uninstall"

# Bench commands: basiszorg-demo
# (frappe discovers them through basiszorg.commands.commands)

# Record-level access: one permissions package decides (basiszorg/permissions); the doctypes
# come from its registry, so a new family doctype is wired by declaring it there.
from basiszorg.permissions.registry import protected_doctypes

_PROTECTED = protected_doctypes()
_POLICY = "basiszorg.permissions"
permission_query_conditions = {
	**{doctype: f"{_POLICY}.hooks.query_conditions" for doctype in _PROTECTED},
	"File": f"{_POLICY}.hooks.file_query_conditions",
	"Tag Link": f"{_POLICY}.hooks.tag_link_query_conditions",
}
has_permission = {
	**{doctype: f"{_POLICY}.hooks.has_permission" for doctype in _PROTECTED},
	"File": f"{_POLICY}.hooks.file_has_permission",
}
from basiszorg.permissions.entry_points import OVERRIDDEN
from basiszorg.permissions.entry_points import doc_events as _write_rule_events

doc_events = _write_rule_events()
# basiszorg's desk users see basiszorg's workspaces, not Frappe's admin ones (setup/desk_modules.py)
doc_events["User"] = {"validate": "basiszorg.setup.desk_modules.give_basiszorg_users_their_desk"}
# a save of System Settings does not ask a second factor of every user (docs/security.md)
doc_events["System Settings"] = {
	"before_validate": "basiszorg.setup.security.remember_second_factor_for_every_user",
	"on_update": "basiszorg.setup.security.keep_second_factor_for_every_user",
}
for _doctype in [*_PROTECTED, "Hulpverlener", "Zorgorganisatie"]:
	doc_events.setdefault(_doctype, {}).setdefault("before_validate", []).extend(
		[
			"basiszorg.validation.input.refuse_unknown_fields",
			"basiszorg.validation.input.refuse_markup",
		]
	)
# Frappe's whitelisted methods that skip record rules -> the package's safe wrappers, for reads
# and writes (one list: basiszorg/permissions/entry_points.py)
override_whitelisted_methods = dict(OVERRIDDEN)
# Frappe v16.9's desk reads a Workflow setting only System Managers may read (basiszorg.compat)
override_whitelisted_methods["frappe.client.get_value"] = "basiszorg.compat.get_value"
# Beside ERPNext: its fiscal-year message on every desk page stays away from basiszorg's users
override_whitelisted_methods["erpnext.accounts.utils.get_fiscal_year"] = (
	"basiszorg.api.fiscal_year.get_fiscal_year"
)

# REST input that Frappe would only fail on with a server error
before_request = ["basiszorg.validation.input.check_rest_payload"]
# runs once the request's user is known (session cookie or API token)
auth_hooks = [f"{_POLICY}.hooks.guard_family_queries"]

# Scheduled jobs
scheduler_events = {
	"daily": [
		"basiszorg.permissions.grants.expire_daily",  # also: ages checked, renewals flagged
		"basiszorg.reminders.overleg.run",
		"basiszorg.reminders.jeugdmatch.run",
		"basiszorg.privacy.retention.run_daily",
		"basiszorg.voordeur.opschonen.run_daily",  # rejected registrations after their days
		"basiszorg.hulp.herinneringen.run",  # help requests waiting too long
		"basiszorg.veiligheid.herinneringen.run",
	],
	"hourly": ["basiszorg.api.overleg.werk_verzendstatussen_bij"],
}

# The domain's state names and norms for the desk's JavaScript (frappe.boot.basiszorg)
boot_session = "basiszorg.boot.boot_session"

# Helpers for the family's print formats (they read through the permission layer)
jinja = {
	"methods": [
		"basiszorg.printing.regels_in_woorden",
		"basiszorg.printing.wie_weet_wat",
		"basiszorg.printing.eigen_deel_in_woorden",
		"basiszorg.printing.verslag_versie",
		"basiszorg.printing.alleen_voor_verzender",
		"basiszorg.printing.netwerkkaart_voor_plan",
		"basiszorg.printing.resultaten_voor_verslag",
		"basiszorg.printing.chronologie_voor_afdruk",
	]
}

# Mijn gezin: the family's own place in the website (basiszorg/www/mijn-gezin)
portal_menu_items = [{"title": "Mijn gezin", "route": "/mijn-gezin", "role": "Gezinslid"}]
role_home_page = {"Gezinslid": "mijn-gezin"}

# Desk scripts of the capabilities: the meldcode's warning on the Gezin form and list
# (basiszorg/veiligheid); a professional's own part in the meeting's and the plan's forms (samenwerken)
doctype_js = {
	"Gezin": ["veiligheid/gezin.js", "netwerk/gezin.js", "overdracht/gezin.js", "hulp/gezin.js", "resultaten/gezin.js"],
	"Overleg": ["samenwerken/desk.js"],
	"Zorgplan": ["samenwerken/desk.js", "hulp/zorgplan.js"],
	"Afwezigheid Coordinator": ["overdracht/dialoog.js"],
}
# unsaved long texts kept through the idle logout (basiszorg/overdracht/concept.js)
from basiszorg.overdracht import CONCEPT_DOCTYPES as _CONCEPT_DOCTYPES

for _doctype in _CONCEPT_DOCTYPES:
	doctype_js.setdefault(_doctype, []).append("overdracht/concept.js")
doctype_list_js = {"Gezin": ["veiligheid/gezin_list.js", "overdracht/dialoog.js", "overdracht/gezin_list.js"]}

# Calendar of meetings
calendars = ["Overleg"]

# Contacts between meetings on the family's timeline (read as the session user)
additional_timeline_content = {"Gezin": ["basiszorg.tijdlijn.contacts", "basiszorg.tijdlijn.own_parts"]}
