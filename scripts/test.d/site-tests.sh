# Layer 2: the site tests (bench run-tests --app basiszorg) on the bench's test site.
say "LAYER 2 ($label): site tests on $site"
if [ "$site_ok" -eq 1 ]; then
	bench --site "$site" run-tests --app basiszorg 2>&1 | tee "$out/layer2.log" | grep -vE '^(  |Traceback|frappe\.|pymysql|Updating)'
	rc=${PIPESTATUS[0]}
else
	echo "site setup failed" > "$out/layer2.log"; rc=1
fi
ran=$(grep -E '^Ran [0-9]+ test' "$out/layer2.log" | tail -1 | grep -oE '[0-9]+' | head -1)
ran=${ran:-0}
failed=$(( $(grep -oE 'failures=[0-9]+' "$out/layer2.log" | tail -1 | grep -oE '[0-9]+' || echo 0) + $(grep -oE 'errors=[0-9]+' "$out/layer2.log" | tail -1 | grep -oE '[0-9]+' || echo 0) ))
[ "$rc" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
passed=$(( ran - failed < 0 ? 0 : ran - failed ))
record "LAYER 2 ($label site tests)" "$passed" "$failed" "$([ "$rc" -eq 0 ] && [ "$failed" -eq 0 ] && echo passed || echo FAILED)"
