# The ERPNext site as an organisation has it before it adds basiszorg (the order of a real
# organisation: ERPNext first, its setup wizard done, then `bench get-app` and `install-app`):
# ERPNext installed, the setup wizard completed with a company, the Dutch chart of accounts, a
# fiscal year covering today and the euro. Sourced by scripts/test; bench-setup.sh runs
# `prepare_erpnext_site SITE` on a new site and on a reused one, where only what is missing is done.

erpnext_wizard_args() {  # the answers a Dutch organisation gives ERPNext's setup wizard
	local year; year="$(date +%Y)"
	cat <<JSON
{"args": {
 "language": "English", "country": "Netherlands", "timezone": "Europe/Amsterdam", "currency": "EUR",
 "full_name": "Beheer Bureau", "email": "beheer@bureau-erpnext.example", "password": "Erp-bureau-$year!",
 "company_name": "Bureau Basiszorg Test", "company_abbr": "BBT",
 "chart_of_accounts": "Netherlands - Grootboekschema",
 "fy_start_date": "$year-01-01", "fy_end_date": "$year-12-31",
 "setup_demo": 0, "enable_telemetry": 0
}}
JSON
}

prepare_erpnext_site() {
	local site="$1"
	if ! bench --site "$site" execute frappe.get_installed_apps | grep -q '"erpnext"'; then
		echo "installing ERPNext on $site"
		bench --site "$site" install-app erpnext || return 1
	fi
	if [ "$(bench --site "$site" execute frappe.db.get_single_value --args "['System Settings', 'setup_complete']")" != "1" ]; then
		echo "completing ERPNext's setup wizard on $site (company, Dutch chart of accounts, fiscal year, EUR)"
		bench --site "$site" execute frappe.desk.page.setup_wizard.setup_wizard.setup_complete \
			--kwargs "$(erpnext_wizard_args)" || return 1
	fi
	local today year
	today="$(date +%F)" year="$(date +%Y)"
	if ! bench --site "$site" execute erpnext.accounts.utils.get_fiscal_year --kwargs "{\"date\": \"$today\"}"; then
		# a year began since the site was set up: ERPNext's daily job would create its fiscal year,
		# but a test bench runs no scheduler
		echo "creating fiscal year $year on $site"
		bench --site "$site" execute frappe.client.insert --kwargs "{\"doc\": {\"doctype\": \"Fiscal Year\",
			\"year\": \"$year\", \"year_start_date\": \"$year-01-01\", \"year_end_date\": \"$year-12-31\"}}" || return 1
	fi
	local companies
	companies="$(bench --site "$site" execute frappe.db.count --args "['Company']")"
	echo "ERPNext ready on $site: setup wizard done, $companies company(ies), a fiscal year covers $today:" \
		"$(bench --site "$site" execute erpnext.accounts.utils.get_fiscal_year --kwargs "{\"date\": \"$today\"}")"
	[ "${companies:-0}" -gt 0 ]
}
