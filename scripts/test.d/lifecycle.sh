# Lifecycle on a fresh scratch site of the bench: install-app (with the Redis cache as a bench has
# it when basiszorg was added to apps.txt after a command ran: a stale module map), every doctype
# and the norms there, migrate twice, uninstall-app (the site still answers, and no workspace,
# sidebar or desktop icon of basiszorg is left), install-app again.
# Leaves the scratch site for backup.sh when it passed.
scratch_site="basiszorg-lifecycle.test"
nothing_left() {  # the desk navigation of basiszorg is gone (basiszorg.setup.checks.leftovers is {});
	# imported directly: `bench execute` no longer reaches an uninstalled app's code
	local left code="import json, sys, frappe; frappe.init(site=sys.argv[1], sites_path='.'); frappe.connect(); from basiszorg.setup.checks import leftovers; print(json.dumps(leftovers()))"
	left="$(as_owner "cd '$bench_dir/sites' && '$bench_dir/env/bin/python' -c \"$code\" '$1'" | tail -1)"
	echo "left after uninstall: $left"
	[ "$left" = "{}" ]
}
say "LIFECYCLE ($label): fresh site $scratch_site: install-app (stale module map), migrate x2, uninstall-app, install-app"
[ -d "$bench_dir/sites/$scratch_site" ] && quiet drop-scratch drop_site "$scratch_site"

stale_module_map() {  # a command ran before basiszorg was in apps.txt: Frappe cached the app->modules map
	local apps="$bench_dir/sites/apps.txt" saved rc
	saved="$(cat "$apps")"
	grep -vx basiszorg <<<"$saved" >"$apps"
	bench --site "$1" clear-cache && bench --site "$1" execute frappe.ping
	rc=$?
	printf '%s\n' "$saved" >"$apps"
	return $rc
}
complete_install() {  # every shipped doctype exists and the norms are stored
	local missing norm key
	missing="$(bench --site "$1" execute basiszorg.setup.install.missing_doctypes)"
	norm="$(bench --site "$1" execute frappe.db.get_single_value --args "['Basiszorg Instellingen', 'max_wachtweken']")"
	# the encryption key is in the site config before any web worker starts (second-factor secrets)
	key="$(bench --site "$1" show-config --format json 2>/dev/null | grep -c '"encryption_key"')"
	echo "missing doctypes: $missing; waitlist norm: $norm weeks; encryption key in site config: $key"
	{ [ -z "$missing" ] || [ "$missing" = "[]" ]; } && [ "${norm:-0}" -gt 0 ] && [ "${key:-0}" -gt 0 ]
}
lifecycle="passed"
quiet lifecycle-new-site new_site "$scratch_site" \
	&& quiet lifecycle-stale-module-map stale_module_map "$scratch_site" \
	&& quiet lifecycle-install bench --site "$scratch_site" install-app basiszorg \
	&& quiet lifecycle-install-complete complete_install "$scratch_site" \
	&& quiet lifecycle-migrate-1 bench --site "$scratch_site" migrate \
	&& quiet lifecycle-migrate-2 bench --site "$scratch_site" migrate \
	&& quiet lifecycle-uninstall bench --site "$scratch_site" uninstall-app basiszorg --yes --no-backup --force \
	&& ! installed "$scratch_site" \
	&& quiet lifecycle-nothing-left nothing_left "$scratch_site" \
	&& quiet lifecycle-site-works bench --site "$scratch_site" execute frappe.ping \
	&& quiet lifecycle-reinstall bench --site "$scratch_site" install-app basiszorg \
	&& installed "$scratch_site" \
	|| lifecycle="FAILED"
echo "lifecycle: $lifecycle"
record "LIFECYCLE ($label: install with a stale module map, migrate x2, uninstall, reinstall)" "$([ "$lifecycle" = passed ] && echo 1 || echo 0)" "$([ "$lifecycle" = passed ] && echo 0 || echo 1)" "$lifecycle"
