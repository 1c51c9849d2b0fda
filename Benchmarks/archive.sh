#!/usr/bin/env bash
# Daily pairing against an archive (issue 14): the time to add one day of about 2,000 synthetic
# articles (1,000 per language) to archives of about 20,000 and 200,000 articles, their ratio,
# and the archive's bytes per article.
#
#   bash Benchmarks/archive.sh                         # archives of 20,000 and 200,000, 3 runs each
#   bash Benchmarks/archive.sh --sizes "20000" --runs 1
#   bash Benchmarks/archive.sh --dir /var/tmp/vnalign-archive   # where the corpus and archives are kept
#
# Writes `vnalign synth --pairs 91000 --per-day 910 --seed 1` once (100 days of about 2,000
# articles, 180 MB) and splits it by publication day. Each archive is built once, by one
# `archive add` of every article published before the day measured (a single batch: one align
# over them), and kept in --dir; each run adds the next day to a fresh copy of it under
# `/usr/bin/time -v`. Builds vnalign in release mode. Figures per run go to standard error; the
# table to standard output.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes="20000 200000"
runs=3
dir="${TMPDIR:-/tmp}/vnalign-archive-bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        *) echo "usage: $0 [--sizes \"20000 200000\"] [--runs 3] [--dir DIR]" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "archive.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

(cd "$root" && swift build -c release --product vnalign >&2)
bin="$root/.build/release/vnalign"
mkdir -p "$dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

corpus="$dir/synth-100-days"
if [ ! -f "$corpus/gold.tsv" ]; then
    echo "archive.sh: writing $corpus" >&2
    "$bin" synth --pairs 91000 --per-day 910 --seed 1 --out "$corpus" --quiet
fi
if [ ! -d "$corpus/days" ]; then
    mkdir -p "$corpus/days.tmp"
    cat "$corpus/en.jsonl" "$corpus/vi.jsonl" | awk -v dir="$corpus/days.tmp" '
        { match($0, /"date":"[0-9-]+"/); print > (dir "/" substr($0, RSTART + 8, 10) ".jsonl") }'
    mv "$corpus/days.tmp" "$corpus/days"
fi
# The dense days (synth also writes a few hard negatives on days years away), in date order.
mapfile -t dense < <(wc -l "$corpus"/days/*.jsonl | awk '$2 != "total" && $1 >= 1000 { print $2 }' | sort)
articles_per_day=$(cat "${dense[@]}" | wc -l | awk -v n="${#dense[@]}" '{ printf "%.0f", $1 / n }')

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '| archive (articles) | day added (articles) | wall s (median of %s) | CPU s | peak RSS MB | archive bytes per article | ratio to the first |\n' "$runs"
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
first=""
for size in $sizes; do
    # The archive: the k days before the day added (at most the corpus's days but the last).
    k=$(( (size + articles_per_day / 2) / articles_per_day ))
    [ "$k" -lt "${#dense[@]}" ] || k=$(( ${#dense[@]} - 1 ))
    [ "$k" -ge 1 ] || { echo "archive.sh: $size articles is less than a day" >&2; exit 1; }
    day="${dense[$k]}"
    archive="$dir/archive-$k-days.sqlite"
    if [ ! -f "$archive" ]; then
        echo "archive.sh: building $archive (every article published before $(basename "$day" .jsonl))" >&2
        before=()
        for f in "$corpus"/days/*.jsonl; do [[ "$f" < "$day" ]] && before+=("$f"); done
        "$bin" archive add "$archive.tmp" "${before[@]}" --brief --quiet >&2
        mv "$archive.tmp" "$archive"
    fi
    held=$("$bin" archive stats "$archive" --format json | awk -F': ' '/"englishArticles"|"vietnameseArticles"/ { gsub(/,/, "", $2); s += $2 } END { print s }')
    : > "$work/wall"; : > "$work/cpu"; : > "$work/rss"; : > "$work/bytes"
    for r in $(seq 1 "$runs"); do
        cp "$archive" "$work/run.sqlite"
        /usr/bin/time -v "$bin" archive add "$work/run.sqlite" "$day" --brief --quiet > "$work/out" 2> "$work/time"
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time")
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time")
        rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time")
        bytes=$("$bin" archive stats "$work/run.sqlite" --format json | awk -F': ' '/"bytesPerArticle"/ { gsub(/,/, "", $2); print $2 }')
        echo "archive.sh: $held archived + $(wc -l < "$day") ($(basename "$day" .jsonl)), run $r: ${wall} s wall, ${cpu} s CPU, ${rss} MB, $bytes bytes/article; $(head -2 "$work/out" | tail -1)" >&2
        echo "$wall" >> "$work/wall"; echo "$cpu" >> "$work/cpu"; echo "$rss" >> "$work/rss"; echo "$bytes" >> "$work/bytes"
        rm -f "$work/run.sqlite" "$work/run.sqlite-wal" "$work/run.sqlite-shm"
    done
    wall=$(median < "$work/wall"); cpu=$(median < "$work/cpu"); rss=$(median < "$work/rss"); bytes=$(median < "$work/bytes")
    ratio="1.00"
    if [ -n "$first" ]; then ratio=$(awk -v a="$wall" -v b="$first" 'BEGIN { printf "%.2f", a / b }'); else first="$wall"; fi
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$held" "$(wc -l < "$day")" "$wall" "$cpu" "$rss" "$bytes" "$ratio"
done
