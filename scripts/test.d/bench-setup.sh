# Bench setup: this checkout becomes apps/basiszorg of the bench, the test site exists (created
# when missing), $site_prepare (if any) has prepared it before basiszorg is added, basiszorg is
# installed and migrated, and a web server runs. Sets site_ok=1 on success.
say "BENCH $label: $bench_dir, site $site"
site_ok=1
app_dir="$bench_dir/apps/basiszorg"
[ -L "$app_dir" ] && rm "$app_dir"
mkdir -p "$app_dir"
rsync -a --delete --exclude .git --exclude .venv --exclude test-output "$checkout/" "$app_dir/"
chown -R "$owner" "$app_dir"
if ! grep -qx basiszorg "$bench_dir/sites/apps.txt"; then
	apps="$(grep -v '^$' "$bench_dir/sites/apps.txt")"
	printf '%s\nbasiszorg\n' "$apps" > "$bench_dir/sites/apps.txt"
	# Frappe caches the bench's app list in Redis; install-app would not see the new app
	[ -d "$bench_dir/sites/$site" ] && bench --site "$site" clear-cache >/dev/null 2>&1
fi
# installed from this bench's apps/basiszorg (a copied bench may still point at another bench's copy)
as_owner "cd '$bench_dir' && env/bin/python -c 'import basiszorg, sys; sys.exit(not basiszorg.__file__.startswith(\"$app_dir/\"))' 2>/dev/null || env/bin/python -m pip install -q -e apps/basiszorg"
as_owner "cd '$bench_dir' && env/bin/python -c 'import faker, hypothesis, pypdf, aiosmtpd, httpx' 2>/dev/null || env/bin/python -m pip install -q Faker hypothesis pypdf aiosmtpd httpx"
if [ ! -d "$bench_dir/sites/$site" ]; then
	say "creating site $site"
	quiet new-site new_site "$site" || site_ok=0
fi
if [ $site_ok -eq 1 ] && [ -n "${site_prepare:-}" ]; then
	say "preparing site $site: $site_prepare"
	quiet site-prepare $site_prepare || site_ok=0
	tail -n 1 "$out/site-prepare.log"
fi
if [ $site_ok -eq 1 ]; then
	bench --site "$site" set-config allow_tests true >/dev/null
	# the suites create many test users; Frappe refuses more than 60 new users an hour by default
	bench --site "$site" set-config --parse throttle_user_limit 2000 >/dev/null
	bench --site "$site" set-config host_name "http://127.0.0.1:$port" >/dev/null
	installed "$site" || quiet install-app bench --site "$site" install-app basiszorg || site_ok=0
	quiet migrate bench --site "$site" migrate || site_ok=0
fi
[ $site_ok -eq 1 ] && { start_server || site_ok=0; }
[ $site_ok -eq 1 ] || record "$label: bench setup" 0 1 FAILED
