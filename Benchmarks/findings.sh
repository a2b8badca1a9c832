#!/usr/bin/env bash
# Findings benchmark: a session with 10,000 notes generated deterministically from the
# labelled corpus (TextBenchmark generate, seed 42), then the time from opening the session
# to the report written in every format (md, html, csv, json, qdc + codebook CSV), release
# build, median of RUNS runs after one warm-up.
#
#   bash Benchmarks/findings.sh
#
# Environment: RUNS (default 7), SEED (default 42), COUNT (notes, default 10000).
# Results go to Benchmarks/out/findings/ (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
out=Benchmarks/out/findings
mkdir -p "$out"
runs=${RUNS:-7}
seed=${SEED:-42}
count=${COUNT:-10000}

echo "== Building TextBenchmark and FindingsBenchmark (release)"
swift build -c release --product TextBenchmark
swift build -c release --product FindingsBenchmark
bin="$(swift build -c release --show-bin-path)"

echo "== Generating $count notes from the corpus (seed $seed)"
"$bin/TextBenchmark" generate Benchmarks/corpus/notes-es.tsv "$count" "$seed" "$out/notes.tsv"
echo "== Writing the session (not timed)"
"$bin/FindingsBenchmark" prepare "$out/notes.tsv" "$out/benchmark.workshop"
echo "== Load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "== Session to every format written ($runs runs)"
"$bin/FindingsBenchmark" time "$out/benchmark.workshop" "$out/report" --runs "$runs" --json-out "$out/times.json"
echo "== Load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
