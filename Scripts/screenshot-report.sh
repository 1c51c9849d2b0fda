#!/usr/bin/env bash
# Regenerates the screenshots of the HTML report that the README shows (docs/report-*.png), by
# running the browser check of Scripts/check-html-report.sh on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/ensure-deps.sh
swift build --product vnalign >&2
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
bash Scripts/check-html-report.sh --shots "$shots"
mkdir -p docs
cp "$shots/report-1280x800.png" docs/report-desktop.png
cp "$shots/report-pairs-1280x800.png" docs/report-pairs.png
cp "$shots/report-pairs-390x844.png" docs/report-phone.png
ls -l docs/report-*.png
