# Browser checks in headless Chromium (playwright-core with Debian's chromium) against the served site.
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [ "$site_ok" -ne 1 ]; then
	record "BROWSER ($label)" 0 1 FAILED
elif [ "${BASISZORG_SKIP_BROWSER:-0}" = "1" ]; then
	say "BROWSER CHECKS SKIPPED ($label): BASISZORG_SKIP_BROWSER=1"
	record "BROWSER ($label)" 0 0 SKIPPED
elif [ -z "$chromium_bin" ] || ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	say "BROWSER CHECKS SKIPPED ($label): no chromium, node or npm on this machine (Debian: apt-get install chromium nodejs npm)"
	record "BROWSER ($label)" 0 0 SKIPPED
else
	say "BROWSER ($label): headless Chromium against http://127.0.0.1:$port"
	cat > "$out/bench-site" <<WRAP
#!/usr/bin/env bash
# bench --site $site "\$@" for this bench, as its owner (used by tests/browser/flow.js)
cd '$bench_dir/sites' || exit 1
if [ "\$(id -un)" = '$owner' ]; then exec '$bench_dir/env/bin/python' -m frappe.utils.bench_helper frappe --site '$site' "\$@"; fi
exec runuser -u '$owner' -- '$bench_dir/env/bin/python' -m frappe.utils.bench_helper frappe --site '$site' "\$@"
WRAP
	chmod +x "$out/bench-site"
	browser_modules
	if [ -d "$out_root/node/node_modules/playwright-core" ] && [ -d "$out_root/node/node_modules/axe-core" ]; then
		data="$("$out/bench-site" execute basiszorg.tests.browser_setup.setup 2>/dev/null | tail -1)"
		: >"$out/browser.log"
		b_pass=0 b_fail=0 rc=0
		# the desk, then Mijn gezin, then each capability's own flow (tests/browser/*.js; login.js is shared)
		flows="flow portaal $(cd "$checkout/tests/browser" && ls ./*.js | sed 's|^\./||;s|\.js$||' | grep -vxE 'flow|portaal|login|common' | sort | tr '\n' ' ')"
		for flow in $flows; do
			BZ_URL="http://127.0.0.1:$port" BZ_OUT="$out" BZ_DATA="$data" BZ_BENCH="$out/bench-site" BZ_CHROMIUM="$chromium_bin" \
				NODE_PATH="$out_root/node/node_modules" node "$checkout/tests/browser/$flow.js" 2>&1 | tee "$out/browser-$flow.log"
			[ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
			cat "$out/browser-$flow.log" >>"$out/browser.log"
			b_pass=$(( b_pass + $(grep -oE '^browser: [0-9]+ passed' "$out/browser-$flow.log" | grep -oE '[0-9]+' || echo 0) ))
			b_fail=$(( b_fail + $(count failed "$out/browser-$flow.log") ))
		done
		[ "$rc" -eq 0 ] || [ "$b_fail" -gt 0 ] || b_fail=1
		record "BROWSER ($label; screenshots in $out/screenshots)" "$b_pass" "$b_fail" "$([ "$rc" -eq 0 ] && echo passed || echo FAILED)"
	else
		echo "npm install of playwright-core failed (see $out_root/npm.log)"
		record "BROWSER ($label)" 0 1 FAILED
	fi
fi
