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

# Record-level access: one permissions module decides (basiszorg/permissions)
from basiszorg.permissions.registry import protected_doctypes

_PROTECTED = protected_doctypes()
permission_query_conditions = {
	**{doctype: "basiszorg.permissions.queries.query_conditions" for doctype in _PROTECTED},
	"File": "basiszorg.permissions.queries.file_query_conditions",
	"Tag Link": "basiszorg.permissions.queries.tag_link_query_conditions",
}
has_permission = {
	**{doctype: "basiszorg.permissions.hooks.has_permission" for doctype in _PROTECTED},
	"File": "basiszorg.permissions.hooks.file_has_permission",
}
doc_events = {
	"DocShare": {"validate": "basiszorg.permissions.hooks.refuse_sharing"},
	**{
		doctype: {
			"before_validate": [
				"basiszorg.validation.refuse_unknown_fields",
				"basiszorg.validation.refuse_markup",
			]
		}
		for doctype in [*_PROTECTED, "Hulpverlener", "Zorgorganisatie"]
	},
}
override_whitelisted_methods = {
	"frappe.client.get_count": "basiszorg.api.overrides.get_count",
	"frappe.client.get": "basiszorg.api.overrides.get",
	"frappe.client.validate_link": "basiszorg.api.overrides.validate_link",
	"frappe.desk.search.search_link": "basiszorg.api.overrides.search_link",
	"frappe.desk.search.search_widget": "basiszorg.api.overrides.search_widget",
	"frappe.desk.search.get_link_title": "basiszorg.api.overrides.get_link_title",
	"frappe.desk.form.document_follow.follow_document": "basiszorg.api.overrides.follow_document",
	"frappe.desk.listview.get_group_by_count": "basiszorg.api.overrides.get_group_by_count",
	"frappe.desk.doctype.tag.tag.get_tagged_docs": "basiszorg.api.overrides.get_tagged_docs",
	"frappe.desk.doctype.dashboard_chart.dashboard_chart.get": "basiszorg.api.overrides.get_chart",
	"frappe.utils.global_search.search": "basiszorg.api.overrides.global_search",
	"frappe.core.doctype.communication.email.make": "basiszorg.api.overrides.make_communication",
}

# REST input that Frappe would only fail on with a server error
before_request = ["basiszorg.validation.check_rest_payload"]

# Scheduled jobs
scheduler_events = {
	"daily": [
		"basiszorg.permissions.grants.expire_daily",
		"basiszorg.overleg_reminders.run",
		"basiszorg.retention.run_daily",
	],
}

# Calendar of meetings
calendars = ["Overleg"]
