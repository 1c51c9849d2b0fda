#!/usr/bin/env bash
# Builds a libFuzzer harness and runs it on the seed corpus in Fixtures/fuzz-seeds/. Three targets:
#   FUZZ_TARGET=pipeline   (default) the whole pipeline through VNPipeline's FuzzInput.run: reading,
#                          decoding, normalising, debris, language, features, evidence, alignment
#   FUZZ_TARGET=jsonl      the JSON Lines reader (FuzzInput.runJSONLines), then extraction
#   FUZZ_TARGET=arguments  the option parser (ArgumentFuzzing.parse in the vnalign module)
#
#   bash Tests/Fuzz/run.sh              # 10 minutes (FUZZ_SECONDS=600)
#   FUZZ_SECONDS=60 FUZZ_TARGET=jsonl bash Tests/Fuzz/run.sh
#   bash Tests/Fuzz/run.sh FILE...      # replay inputs (e.g. Fixtures/fuzz-seeds/crashers/*)
#   FUZZ_ARGS="-fork=2 -ignore_crashes=1" bash Tests/Fuzz/run.sh   # go on past crashes, keep them all
#
# The libraries are built in release mode with `-sanitize=fuzzer,address` in their own scratch path
# (.build-fuzz), then the harness is linked against them with swiftc. New inputs found go to
# .build-fuzz/corpus-TARGET/; crashes, leaks and timeouts go to Fixtures/fuzz-seeds/crashers/ (named
# TARGET-crash-..., keep them: the "Fuzz crashers" suites of VNPipelineTests and vnalignTests replay
# every file there).
set -euo pipefail
cd "$(dirname "$0")/../.."

SCRATCH=.build-fuzz
SANITIZERS=${FUZZ_SANITIZERS:-fuzzer,address}
SECONDS_TO_RUN=${FUZZ_SECONDS:-600}
TARGET=${FUZZ_TARGET:-pipeline}
case "$TARGET" in
    pipeline) HARNESS=Tests/Fuzz/PipelineTarget.swift; BUILD=VNPipeline; MODULES="CICUShim VNText VNCorpus VNFeatures VNAlignment VNPipeline"; SEEDS=Fixtures/fuzz-seeds ;;
    jsonl) HARNESS=Tests/Fuzz/JSONLinesTarget.swift; BUILD=VNPipeline; MODULES="CICUShim VNText VNCorpus VNFeatures VNAlignment VNPipeline"; SEEDS=Fixtures/fuzz-seeds/jsonl ;;
    arguments) HARNESS=Tests/Fuzz/ArgumentsTarget.swift; BUILD=vnalign
        MODULES="CICUShim VNText VNCorpus VNFeatures VNAlignment VNPipeline VNNames VNSynthesis VNReporting ArgumentParser ArgumentParserToolInfo vnalign"
        SEEDS=Fixtures/fuzz-seeds/arguments ;;
    *) echo "run.sh: FUZZ_TARGET is pipeline, jsonl or arguments" >&2; exit 2 ;;
esac
BIN=$SCRATCH/vnalign-fuzz-$TARGET

# -enable-testing lets the arguments harness reach the tool's internal parser (@testable import).
swift build -c release --scratch-path "$SCRATCH" --target "$BUILD" -Xswiftc "-sanitize=$SANITIZERS" -Xswiftc -enable-testing
OUT=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
objects=()
for target in $MODULES; do
    while IFS= read -r -d '' object; do objects+=("$object"); done < <(find "$OUT/$target.build" -name '*.o' -print0)
done
swiftc -O -parse-as-library "-sanitize=$SANITIZERS" \
    -module-name VNFuzz \
    -I "$OUT/Modules" -I "$OUT" \
    -Xcc -fmodule-map-file="$OUT/CICUShim.build/module.modulemap" -Xcc -I -Xcc Sources/CICUShim/include \
    "$HARNESS" "${objects[@]}" \
    -licui18n -licuuc -licudata \
    -o "$BIN"

if [ "$#" -gt 0 ]; then
    exec "$BIN" "$@"
fi

mkdir -p "$SCRATCH/corpus-$TARGET" Fixtures/fuzz-seeds/crashers
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
"$BIN" "$SCRATCH/corpus-$TARGET" "$SEEDS" \
    -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="Fixtures/fuzz-seeds/crashers/$TARGET-" -print_final_stats=1 ${FUZZ_ARGS:-}
