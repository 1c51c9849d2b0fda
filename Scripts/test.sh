#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test, then the
# alignment quality gate on the held-out test part of the fixture corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/ensure-deps.sh
swift build --build-tests
swift test --skip-build
floor=$(cat Fixtures/quality-floor)
echo "Quality gate: vnalign bench --split test --min-f1 $floor"
.build/debug/vnalign bench --split test --min-f1 "$floor"
