# Layer 1: the pure domain tests (pytest + Hypothesis, no site).
say "LAYER 1: pure domain tests (pytest, no site)"
py="python3"
if ! python3 -c "import pytest, hypothesis" >/dev/null 2>&1; then
	[ -x "$checkout/.venv/bin/python" ] || python3 -m venv "$checkout/.venv"
	"$checkout/.venv/bin/pip" install -q pytest hypothesis
	py="$checkout/.venv/bin/python"
fi
mkdir -p "$out_root"
(cd "$checkout" && "$py" -m pytest tests -p no:cacheprovider) 2>&1 | tee "$out_root/layer1.log"
rc=${PIPESTATUS[0]}
l1_fail=$(( $(count failed "$out_root/layer1.log") + $(count error "$out_root/layer1.log") ))
[ "$rc" -eq 0 ] || [ "$l1_fail" -gt 0 ] || l1_fail=1
record "LAYER 1 (pure)" "$(count passed "$out_root/layer1.log")" "$l1_fail" "$([ "$rc" -eq 0 ] && echo passed || echo FAILED)"
