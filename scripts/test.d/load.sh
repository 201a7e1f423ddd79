# Load: a fresh site served by gunicorn with several workers (as production serves it, not `bench
# serve`), logged-in coordinators, professionals and committee members doing what they do, the
# Administrator doing the same in the same run, bounded in requests and time
# (basiszorg/benchmarks/load.py). Passes with zero errors and every consent withdrawal refused on
# the professional's very next request. The table (with the ratios) is kept in $out/load.log.
load_site="basiszorg-load.test"
workers="${BASISZORG_LOAD_WORKERS:-4}"
say "LOAD ($label): $load_site served by gunicorn ($workers workers) on port $port"
[ -d "$bench_dir/sites/$load_site" ] && quiet drop-load drop_site "$load_site"
load="FAILED"
aanmelden="FAILED"
access_log="$out/gunicorn-access.log"
: >"$access_log"
chown "$owner" "$access_log"
if quiet load-new-site new_site "$load_site" \
	&& quiet load-install bench --site "$load_site" install-app basiszorg \
	&& start_gunicorn "$load_site" "$workers" "$access_log"; then
	bench --site "$load_site" basiszorg-benchmark load --url "http://127.0.0.1:$port" --families 2000 \
		--max-requests 1500 --max-seconds 90 --workers "$workers" --access-log "$access_log" 2>&1 \
		| tee "$out/load.log"
	[ "${PIPESTATUS[0]}" -eq 0 ] && load="passed"
	# the front door under the same server: 200 registrations from 10 clients at once, each stored
	# once; a flood from one address refused after the hourly limit (basiszorg/benchmarks/aanmelden.py)
	bench --site "$load_site" basiszorg-benchmark aanmelden --url "http://127.0.0.1:$port" 2>&1 | tee "$out/load-aanmelden.log"
	[ "${PIPESTATUS[0]}" -eq 0 ] && aanmelden="passed"
fi
stop_server
quiet drop-load drop_site "$load_site" || true
echo "load: $load; registrations under load: $aanmelden"
record "LOAD ($label: gunicorn, $workers workers; zero errors, withdrawal refused on the next request)" "$([ "$load" = passed ] && echo 1 || echo 0)" "$([ "$load" = passed ] && echo 0 || echo 1)" "$load"
record "LOAD ($label: 200 registrations from 10 clients each stored once; a flood refused after the limit)" "$([ "$aanmelden" = passed ] && echo 1 || echo 0)" "$([ "$aanmelden" = passed ] && echo 0 || echo 1)" "$aanmelden"
