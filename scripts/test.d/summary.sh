# The closing count, computed in one place from the lines every step recorded.
say "SUMMARY"
total_pass=0 total_fail=0
while IFS=$'\t' read -r what passed failed state; do
	case "$state" in
		SKIPPED) echo "$what: SKIPPED" ;;
		*) echo "$what: $passed passed, $failed failed ($state)" ;;
	esac
	total_pass=$(( total_pass + passed ))
	total_fail=$(( total_fail + failed ))
done <"$results"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
