#!/usr/bin/env bash
# Speed and scale of the whole command line on synthetic corpora (issue 7): for each size it
# writes `vnalign synth --pairs N --seed 1` once, runs `vnalign bench DIR --gold DIR/gold.tsv
# --no-baseline` under `/usr/bin/time -v` several times, and prints a table of medians: wall
# time, CPU time, peak resident memory, F1, and the time ratio to the size before.
#
#   bash Benchmarks/scale.sh                                  # 1,000, 10,000, 100,000 pairs, 3 runs each
#   bash Benchmarks/scale.sh --sizes "1000 10000" --runs 5
#   bash Benchmarks/scale.sh --dir /var/tmp/vnalign-scale    # where the corpora are kept (about 3.4 KB a pair)
#
# Builds vnalign in release mode with its own scratch path (.build-scale). Each run's figures go
# to standard error; the table to standard output.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes="1000 10000 100000"
runs=3
seed=1
dir="${TMPDIR:-/tmp}/vnalign-scale"
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        *) echo "usage: $0 [--sizes \"1000 10000 100000\"] [--runs 3] [--dir DIR] [--seed 1]" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "scale.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

swift build -c release --scratch-path "$root/.build-scale" --product vnalign >&2
bin="$root/.build-scale/release/vnalign"
mkdir -p "$dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '| pairs | articles | input MB | wall s | CPU s | peak RSS MB | F1 | wall ratio |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
previous=""
for n in $sizes; do
    corpus="$dir/synth-$n-seed-$seed"
    if [ ! -f "$corpus/gold.tsv" ]; then
        echo "scale.sh: writing $corpus" >&2
        "$bin" synth --pairs "$n" --seed "$seed" --out "$corpus"
    fi
    megabytes=$(du -cb "$corpus/en.jsonl" "$corpus/vi.jsonl" | awk 'END { printf "%.0f", $1 / 1e6 }')
    : > "$work/wall"; : > "$work/cpu"; : > "$work/rss"
    for r in $(seq 1 "$runs"); do
        /usr/bin/time -v "$bin" bench "$corpus" --gold "$corpus/gold.tsv" --no-baseline --quiet > "$work/out" 2> "$work/time"
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time")
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time")
        rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time")
        f1=$(awk '$1 == "vnalign" { print $4; exit }' "$work/out")
        articles=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^articles/) print $(i - 1) }' "$work/out")
        echo "scale.sh: $n pairs, run $r: ${wall} s wall, ${cpu} s CPU, ${rss} MB, F1 $f1" >&2
        echo "$wall" >> "$work/wall"; echo "$cpu" >> "$work/cpu"; echo "$rss" >> "$work/rss"
    done
    wall=$(median < "$work/wall"); cpu=$(median < "$work/cpu"); rss=$(median < "$work/rss")
    ratio="–"
    [ -n "$previous" ] && ratio=$(awk -v a="$wall" -v b="$previous" 'BEGIN { printf "%.1f", a / b }')
    printf '| %s | %s | %s | %.1f | %.1f | %s | %s | %s |\n' "$n" "$articles" "$megabytes" "$wall" "$cpu" "$rss" "$f1" "$ratio"
    previous="$wall"
done
