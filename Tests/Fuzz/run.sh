#!/usr/bin/env bash
# Builds the libFuzzer harness (Tests/Fuzz/FuzzTarget.swift) over vnalign's whole pipeline
# (VNPipeline's FuzzInput: reading, decoding, normalising, debris, language, features, evidence,
# alignment), and runs it on the seed corpus in Fixtures/fuzz-seeds/.
#
#   bash Tests/Fuzz/run.sh              # 10 minutes (FUZZ_SECONDS=600)
#   FUZZ_SECONDS=60 bash Tests/Fuzz/run.sh
#   bash Tests/Fuzz/run.sh FILE...      # replay inputs (e.g. Fixtures/fuzz-seeds/crashers/*)
#   FUZZ_ARGS="-fork=2 -ignore_crashes=1" bash Tests/Fuzz/run.sh   # go on past crashes, keep them all
#
# The libraries are built in release mode with `-sanitize=fuzzer,address` in their own scratch path
# (.build-fuzz), then the harness is linked against them with swiftc. New inputs found go to
# .build-fuzz/corpus/; crashes, leaks and timeouts go to Fixtures/fuzz-seeds/crashers/ (keep them:
# the VNPipelineTests suite "Fuzz crashers" replays every file there).
set -euo pipefail
cd "$(dirname "$0")/../.."

SCRATCH=.build-fuzz
SANITIZERS=${FUZZ_SANITIZERS:-fuzzer,address}
SECONDS_TO_RUN=${FUZZ_SECONDS:-600}
BIN=$SCRATCH/vnalign-fuzz

swift build -c release --scratch-path "$SCRATCH" --target VNPipeline -Xswiftc "-sanitize=$SANITIZERS"
OUT=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
objects=()
for target in CICUShim VNText VNCorpus VNFeatures VNAlignment VNPipeline; do
    while IFS= read -r -d '' object; do objects+=("$object"); done < <(find "$OUT/$target.build" -name '*.o' -print0)
done
swiftc -O -parse-as-library "-sanitize=$SANITIZERS" \
    -module-name VNFuzz \
    -I "$OUT/Modules" -I "$OUT" \
    -Xcc -fmodule-map-file="$OUT/CICUShim.build/module.modulemap" -Xcc -I -Xcc Sources/CICUShim/include \
    Tests/Fuzz/FuzzTarget.swift "${objects[@]}" \
    -licui18n -licuuc -licudata \
    -o "$BIN"

if [ "$#" -gt 0 ]; then
    exec "$BIN" "$@"
fi

mkdir -p "$SCRATCH/corpus" Fixtures/fuzz-seeds/crashers
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
"$BIN" "$SCRATCH/corpus" Fixtures/fuzz-seeds \
    -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix=Fixtures/fuzz-seeds/crashers/ -print_final_stats=1 ${FUZZ_ARGS:-}
