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
doc_events = {
	"DocShare": {"validate": f"{_POLICY}.hooks.refuse_sharing"},
	# a save of System Settings does not ask a second factor of every user (docs/security.md)
	"System Settings": {
		"before_validate": "basiszorg.setup.security.remember_second_factor_for_every_user",
		"on_update": "basiszorg.setup.security.keep_second_factor_for_every_user",
	},
	**{
		doctype: {
			"before_validate": [
				"basiszorg.validation.input.refuse_unknown_fields",
				"basiszorg.validation.input.refuse_markup",
			]
		}
		for doctype in [*_PROTECTED, "Hulpverlener", "Zorgorganisatie"]
	},
}
# Frappe's whitelisted methods that skip record rules -> the package's safe wrappers
override_whitelisted_methods = {
	method: f"{_POLICY}.overrides.{wrapper}"
	for method, wrapper in {
		"frappe.client.get_count": "get_count",
		"frappe.client.get": "get",
		"frappe.client.validate_link": "validate_link",  # Frappe v15
		"frappe.client.validate_link_and_fetch": "validate_link_and_fetch",  # Frappe v16
		"frappe.desk.form.save.discard": "discard",  # Frappe v16
		"frappe.realtime.has_permission": "realtime_has_permission",  # Frappe v16
		"frappe.realtime.can_subscribe_doc": "can_subscribe_doc",  # Frappe v15
		"frappe.desk.search.search_link": "search_link",
		"frappe.desk.search.search_widget": "search_widget",
		"frappe.desk.search.get_link_title": "get_link_title",
		"frappe.desk.form.document_follow.follow_document": "follow_document",
		"frappe.desk.listview.get_group_by_count": "get_group_by_count",
		"frappe.desk.doctype.tag.tag.get_tagged_docs": "get_tagged_docs",
		"frappe.desk.doctype.dashboard_chart.dashboard_chart.get": "get_chart",
		"frappe.utils.global_search.search": "global_search",
		"frappe.core.doctype.communication.email.make": "make_communication",
		"frappe.desk.form.load.getdoc": "getdoc",
		"frappe.desk.form.load.get_docinfo": "get_docinfo",
	}.items()
}
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
	]
}

# Mijn gezin: the family's own place in the website (basiszorg/www/mijn-gezin)
portal_menu_items = [{"title": "Mijn gezin", "route": "/mijn-gezin", "role": "Gezinslid"}]
role_home_page = {"Gezinslid": "mijn-gezin"}

# Calendar of meetings
calendars = ["Overleg"]

# Contacts between meetings on the family's timeline (read as the session user)
additional_timeline_content = {"Gezin": ["basiszorg.tijdlijn.contacts"]}
