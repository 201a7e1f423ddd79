app_name = "basiszorg"
app_title = "Basiszorg"
app_publisher = "basiszorg developers"
app_description = "Basiszorgcoördinatie voor kwetsbare kinderen: één gezin, één plan, één coördinator"
app_email = "basiszorg@example.org"
app_license = "mit"
# frappe itself is implied; listing it in required_apps makes install-app look it up online.
required_apps = []

# Desk assets
app_include_js = []
app_include_css = []

# Install, migrate, uninstall
before_install = "basiszorg.setup.install.before_install"
after_install = "basiszorg.setup.install.after_install"
after_migrate = "basiszorg.setup.install.after_migrate"
before_uninstall = "basiszorg.setup.install.before_uninstall"

# Bench commands: basiszorg-demo
# (frappe discovers them through basiszorg.commands.commands)

# Scheduled jobs
scheduler_events = {}

# Jinja in print formats and e-mails
jinja = {"methods": []}
