#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test, the alignment
# quality gate on the held-out test part of the fixture corpus, and the HTML report's check in
# headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/ensure-deps.sh
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test --skip-build 2>&1 | tee "$log"
floor=$(cat Fixtures/quality-floor)
allowed=$(cat Fixtures/quality-hard-negatives)
echo "Quality gate: vnalign bench --split test --min-f1 $floor --max-hard-negatives-paired $allowed"
.build/debug/vnalign bench --split test --min-f1 "$floor" --max-hard-negatives-paired "$allowed"
# Every module's DocC documentation, in one invocation; a warning (a broken symbol link) fails CI.
echo "Documentation: swift package generate-documentation (9 modules)"
swift package --disable-sandbox generate-documentation --warnings-as-errors \
    --target VNText --target VNCorpus --target VNFeatures --target VNAlignment \
    --target VNPipeline --target VNNames --target VNSynthesis --target VNReporting --target VNArchive > "$log.docc" 2>&1 \
    || { cat "$log.docc"; rm -f "$log.docc"; exit 1; }
rm -f "$log.docc"
echo "HTML report in headless Chromium: Scripts/check-html-report.sh"
bash Scripts/check-html-report.sh | tee -a "$log"
# One closing line for the whole run: the Swift tests, the quality gate and the browser checks.
tests=$(grep -oE "Test run with [0-9]+ tests" "$log" | grep -oE "[0-9]+" | tail -1)
browser=$(grep -oE "^[0-9]+ passed, 0 failed$" "$log" | grep -oE "^[0-9]+" | tail -1)
echo "Summary: $((${tests:-0} + 1 + ${browser:-0})) passed, 0 failed"
