# Shared helpers of the test steps (sourced by scripts/test; not run on their own).
# Every step reports through `record LABEL PASSED FAILED STATUS`; scripts/test.d/summary.sh
# computes the closing count from those lines, in one place.

say() { printf '\n==== %s\n' "$*"; }

# record LABEL PASSED FAILED STATUS   (STATUS: passed, FAILED or SKIPPED)
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results"; }

# last "N word" count in a log (pytest's "12 passed", the browser's "3 failed")
count() { grep -oE "[0-9]+ $1" "$2" 2>/dev/null | tail -1 | grep -oE '^[0-9]+' || echo 0; }

# The bench-specific helpers below use: bench_dir, owner, site, port, out (set by bench_select).
bench_select() {  # bench_select LABEL DIR SITE PORT
	label="$1" bench_dir="$2" site="$3" port="$4"
	out="$out_root/$label"
	mkdir -p "$out"
	owner="$(stat -c %U "$bench_dir")"
	server_pid=""
}
as_owner() {
	if [ "$(id -un)" = "$owner" ]; then bash -c "$1"; else runuser -u "$owner" -- bash -c "$1"; fi
}
# Frappe's own command line in the bench's env (what `bench --site S <command>` runs for site
# commands), so the test needs no particular version of the bench CLI.
bench() {
	local args
	printf -v args '%q ' "$@"
	as_owner "cd '$bench_dir/sites' && '$bench_dir/env/bin/python' -m frappe.utils.bench_helper frappe $args"
}
quiet() {  # quiet LOGNAME CMD...: run, keep the output in a log, show its tail on failure
	local log="$out/$1.log"; shift
	if "$@" >"$log" 2>&1; then return 0; fi
	echo "FAILED: $* (last lines of $log)"; tail -n 25 "$log"; return 1
}
new_site() {  # frappe asks for an empty root password: answer the prompt with an empty line
	local pw="${BASISZORG_DB_ROOT_PASSWORD:-}"
	printf '%s\n' "$pw" | bench new-site "$1" --db-root-username "${BASISZORG_DB_ROOT_USER:-root}" \
		${pw:+--db-root-password "$pw"} --admin-password admin "--mariadb-user-host-login-scope=%"
}
drop_site() {
	local pw="${BASISZORG_DB_ROOT_PASSWORD:-}"
	printf '%s\n' "$pw" | bench drop-site "$1" --db-root-username "${BASISZORG_DB_ROOT_USER:-root}" \
		${pw:+--db-root-password "$pw"} --no-backup --force
}
installed() { bench --site "$1" execute frappe.get_installed_apps 2>/dev/null | grep -q '"basiszorg"'; }

start_server() {  # a real web server for print/PDF (wkhtmltopdf loads the site's CSS) and HTTP tests
	setsid bash -c "$(declare -f as_owner); owner='$owner'; as_owner \"cd '$bench_dir/sites' && exec '$bench_dir/env/bin/python' -m frappe.utils.bench_helper frappe --site '$site' serve --port $port\"" \
		>"$out/serve.log" 2>&1 &
	server_pid=$!
	for _ in $(seq 1 90); do
		curl -fs -o /dev/null "http://127.0.0.1:$port/api/method/ping" && return 0
		sleep 1
	done
	echo "web server did not start"; tail "$out/serve.log"; return 1
}
start_gunicorn() {  # start_gunicorn SITE WORKERS ACCESS_LOG: served as production serves a bench
	cat >"$out/gunicorn" <<RUN
#!/usr/bin/env bash
cd '$bench_dir/sites' || exit 1
exec ../env/bin/gunicorn -b 127.0.0.1:$port -w $2 -t 120 --max-requests 5000 --max-requests-jitter 500 \\
	--preload --access-logfile '$3' --access-logformat '%({x-basiszorg-load}i)s %(s)s %(D)s' frappe.app:application
RUN
	chmod +x "$out/gunicorn"
	setsid bash -c "$(declare -f as_owner); owner='$owner'; as_owner '$out/gunicorn'" >"$out/gunicorn.log" 2>&1 &
	server_pid=$!
	for _ in $(seq 1 90); do
		curl -fs -o /dev/null -H "X-Frappe-Site-Name: $1" "http://127.0.0.1:$port/api/method/ping" && return 0
		sleep 1
	done
	echo "gunicorn did not start"; tail "$out/gunicorn.log"; return 1
}
stop_server() {
	[ -n "${server_pid:-}" ] || return 0
	kill -- "-$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""
}

# the browser checks' node modules (playwright-core, axe-core), installed once before any bench runs
browser_modules() {
	mkdir -p "$out_root/node"
	cp "$checkout/tests/browser/package.json" "$out_root/node/"
	[ -d "$out_root/node/node_modules/playwright-core" ] && [ -d "$out_root/node/node_modules/axe-core" ] && return 0
	command -v npm >/dev/null || return 0
	(cd "$out_root/node" && npm install --no-audit --no-fund --silent >"$out_root/npm.log" 2>&1) || true
}
