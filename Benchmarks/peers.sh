#!/usr/bin/env bash
# vnalign normalize against its peers on the same generated files, in one run (issue 13):
#   vnalign normalize (default --from auto), vnalign normalize --from utf8, ICU's `uconv -x nfc`,
#   Python's unicodedata.normalize("NFC", ...), and `cat` as the floor.
# Two files of generated Vietnamese news text (Benchmarks/Sources/BenchmarkCorpus, the same
# generator as the library benchmarks):
#   clean   valid NFC in the old tone style, nothing to repair (`vnbench-corpus --clean`);
#   repairs the benchmark corpus: about 1 word in 50 with a defect, 35 % of articles in the new
#           tone style, which `normalize` (old style) rewrites.
# Wall time is taken with date +%s%N around /usr/bin/time (which gives CPU time and peak RSS).
# Each command reads the file (vnalign and cat as an argument, the others on standard input)
# and writes to /dev/null; each is run --runs times and the table
# shows medians: wall seconds, MB/s (10^6 bytes of input per wall second), CPU seconds (user +
# sys), MB/s per CPU second, peak resident memory, and vnalign's (default options) wall MB/s as a
# multiple of the command's ("vnalign x").
#
#   bash Benchmarks/peers.sh                          # 100 MB files, 3 runs
#   bash Benchmarks/peers.sh --mb 50 --runs 5
#   bash Benchmarks/peers.sh --memory 1000            # also: peak memory of normalize on a 1,000 MB file
#   bash Benchmarks/peers.sh --bin .build/release/vnalign   # use this binary instead of building one
#
# Builds vnalign in release mode with its own scratch path (.build-peers) unless --bin is given,
# and the text generator with swiftc (no package-benchmark needed). The tables go to standard
# output, the progress to standard error. Needs /usr/bin/time, uconv (icu-devtools) and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mb=100
runs=3
memory=""
bin=""
dir="${TMPDIR:-/tmp}/vnalign-peers"
while [ $# -gt 0 ]; do
    case "$1" in
        --mb) mb="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --memory) memory="$2"; shift 2 ;;
        --bin) bin="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        *) echo "usage: $0 [--mb 100] [--runs 3] [--memory MB] [--bin PATH] [--dir DIR]" >&2; exit 2 ;;
    esac
done
for tool in /usr/bin/time uconv python3; do
    command -v "$tool" > /dev/null || { echo "peers.sh: $tool is missing (apt-get install time icu-devtools python3)" >&2; exit 1; }
done

if [ -z "$bin" ]; then
    swift build -c release --scratch-path "$root/.build-peers" --product vnalign >&2
    bin="$root/.build-peers/release/vnalign"
fi
mkdir -p "$dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

generator="$dir/vnbench-corpus"
sources=("$root"/Benchmarks/Sources/BenchmarkCorpus/*.swift "$root/Benchmarks/Sources/vnbench-corpus/main.swift")
if [ ! -x "$generator" ] || [ -n "$(find "${sources[@]}" -newer "$generator")" ]; then
    echo "peers.sh: building the text generator" >&2
    swiftc -O -module-name vnbench_corpus "${sources[@]}" -o "$generator"
fi
bytes=$((mb * 1000000))
clean="$dir/clean-$mb.txt"
repairs="$dir/repairs-$mb.txt"
[ -f "$clean" ] || "$generator" --bytes "$bytes" --clean --out "$clean"
[ -f "$repairs" ] || "$generator" --bytes "$bytes" --out "$repairs"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure LABEL FILE COMMAND...: median wall s, CPU s and peak RSS MB of COMMAND over the runs.
measure() {
    local label="$1" file="$2"; shift 2
    : > "$work/wall"; : > "$work/cpu"; : > "$work/rss"
    for r in $(seq 1 "$runs"); do
        local start end
        start=$(date +%s%N)
        /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" < "$file" || {
            echo "peers.sh: $label failed:" >&2; cat "$work/err" >&2; exit 1; }
        end=$(date +%s%N)
        read -r user sys rss < "$work/time"
        wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
        echo "$wall" >> "$work/wall"
        echo "$user $sys" | awk '{ print $1 + $2 }' >> "$work/cpu"
        echo "$rss" | awk '{ printf "%.1f\n", $1 / 1024 }' >> "$work/rss"
        echo "peers.sh: $label, run $r: $wall s wall, $(tail -1 "$work/cpu") s CPU, $(tail -1 "$work/rss") MB" >&2
    done
    echo "$label|$(median < "$work/wall")|$(median < "$work/cpu")|$(median < "$work/rss")"
}

python_nfc='import sys, unicodedata
sys.stdout.write(unicodedata.normalize("NFC", sys.stdin.read()))'

for kind in clean repairs; do
    file="$clean"; [ "$kind" = repairs ] && file="$repairs"
    size=$(stat -c %s "$file")
    # The clean file must come out byte for byte as it went in.
    if [ "$kind" = clean ]; then
        "$bin" normalize --quiet "$file" | cmp -s - "$file" || { echo "peers.sh: normalize changed the clean file" >&2; exit 1; }
    fi
    : > "$work/rows"
    measure "vnalign normalize FILE" "$file" "$bin" normalize --quiet "$file" >> "$work/rows"
    measure "vnalign normalize --from utf8 FILE" "$file" "$bin" normalize --quiet --from utf8 "$file" >> "$work/rows"
    measure "uconv -x nfc < FILE" "$file" uconv -f utf-8 -t utf-8 -x nfc >> "$work/rows"
    measure "python3 unicodedata NFC < FILE" "$file" python3 -c "$python_nfc" >> "$work/rows"
    measure "cat FILE (floor)" "$file" cat "$file" >> "$work/rows"
    echo
    echo "$kind: $file, $size bytes ($(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB), $runs runs, medians"
    echo
    printf '| command | wall s | MB/s | CPU s | MB/s per CPU s | peak RSS MB | vnalign x |\n'
    printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
    awk -F'|' -v size="$size" '
        NR == 1 { reference = size / 1e6 / $2 }
        { rate = size / 1e6 / $2; cpu = $3 > 0 ? size / 1e6 / $3 : 0
          printf "| `%s` | %.3f | %.0f | %.2f | %s | %.0f | %.2f |\n", $1, $2, rate, $3, (cpu > 0 ? sprintf("%.0f", cpu) : "–"), $4, reference / rate }
    ' "$work/rows"
done

if [ -n "$memory" ]; then
    big="$dir/clean-x-$memory.txt"
    if [ ! -f "$big" ]; then
        echo "peers.sh: writing $big" >&2
        : > "$big"
        while [ "$(stat -c %s "$big")" -lt $((memory * 1000000)) ]; do cat "$clean" >> "$big"; done
    fi
    size=$(stat -c %s "$big")
    row=$(measure "vnalign normalize FILE" "$big" "$bin" normalize --quiet "$big")
    echo
    echo "memory: $big, $size bytes"
    echo
    echo "$row" | awk -F'|' -v size="$size" '{ printf "`%s` on %.0f MB: %.1f s wall, %.0f MB/s, peak RSS %.0f MB\n", $1, size / 1e6, $2, size / 1e6 / $2, $4 }'
fi
