#!/usr/bin/env bash
# The README's main-job command: installs what is missing, builds vnalign in release mode and
# runs it on the corpus bundled in Fixtures/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/ensure-deps.sh
swift build -c release --product vnalign >&2
exec .build/release/vnalign report "$@"
