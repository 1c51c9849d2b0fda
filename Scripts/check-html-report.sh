#!/usr/bin/env bash
# The HTML report in a real browser: renders the bundled corpus's report as HTML and JSON with the
# built tool, then checks the page in headless Chromium (Scripts/check-html-report.py: pair rows,
# filters, sorting, chart bars, console errors, network requests, axe-core, a phone's width).
#
#   bash Scripts/check-html-report.sh              # check (Scripts/test.sh runs this)
#   bash Scripts/check-html-report.sh --shots DIR  # and keep the screenshots in DIR
#
# Needs chromium and axe-core, which Scripts/ensure-deps.sh installs; VNALIGN names the tool
# (default .build/debug/vnalign).
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${VNALIGN:-.build/debug/vnalign}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" report --quiet --format html --output "$work/report.html"
"$tool" report --quiet --format json --output "$work/report.json"
shots="$work/shots"
if [ "${1:-}" = "--shots" ]; then shots=${2:?--shots needs a folder}; fi
python3 Scripts/check-html-report.py --html "$work/report.html" --json "$work/report.json" --shots "$shots"
