#!/usr/bin/env bash
# Journal benchmark: replay of a 100,000-event session against Python's json module, and
# the wall time of one `workshop note` process on that session. Release build, one run,
# side by side. Usage: bash Benchmarks/journal.sh [EVENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-100000}"
out="Benchmarks/out"
mkdir -p "$out"

echo "== building (release)"
swift build -c release --product workshop >/dev/null
swift build -c release --product JournalBenchmark >/dev/null
bin="$(swift build -c release --show-bin-path)"

journal="$out/journal-$events.workshop"
echo "== generating $events events"
"$bin/JournalBenchmark" generate "$journal" "$events"
ls -l "$journal" | awk '{print "   size: " $5 " bytes"}'

echo "== replay (full), workshop vs python3 json, interleaved"
swift_runs=()
python_runs=()
for round in 1 2 3; do
    swift_runs+=("$("$bin/JournalBenchmark" replay "$journal" 7)")
    python_runs+=("$(python3 Benchmarks/journal_baseline.py "$journal" 3)")
done
skip="$("$bin/JournalBenchmark" skip "$journal" 15)"
decoder="$("$bin/JournalBenchmark" jsondecoder "$journal" 3)"

echo "== workshop note on the $events-event session (whole process)"
cp "$journal" "$out/append.workshop"
append="$(python3 Benchmarks/note_append.py "$bin/workshop" "$out/append.workshop" 40)"

python3 - "$events" "$skip" "$append" "$decoder" "${swift_runs[@]}" -- "${python_runs[@]}" <<'PY'
import json, statistics, sys, platform, os
args = sys.argv[1:]
events = int(args[0]); skip = json.loads(args[1]); append = json.loads(args[2]); decoder = json.loads(args[3])
rest = args[4:]
split = rest.index("--")
swift = [json.loads(x) for x in rest[:split]]
python = [json.loads(x) for x in rest[split + 1:]]
swift_runs = [t for r in swift for t in r["runs_ms"]]
python_runs = [t for r in python for t in r["runs_ms"]]
s = statistics.median(swift_runs); p = statistics.median(python_runs)
print()
print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}")
print(f"{'measure':44} {'median':>10} {'min':>10}")
print(f"{'replay, workshop (Swift, release)':44} {s:>8.1f}ms {min(swift_runs):>8.1f}ms")
print(f"{'replay, python3 json.loads per line':44} {p:>8.1f}ms {min(python_runs):>8.1f}ms")
print(f"{'ratio python / workshop':44} {p / s:>9.1f}x")
print(f"{'  (Foundation JSONDecoder per line, for scale)':44} {decoder['median_ms']:>8.1f}ms {decoder['min_ms']:>8.1f}ms")
print(f"{'replay skipping notes (workshop note path)':44} {skip['median_ms']:>8.1f}ms {skip['min_ms']:>8.1f}ms")
print(f"{'workshop note, whole process':44} {append['median_ms']:>8.1f}ms {append['min_ms']:>8.1f}ms")
print(f"{'  (starting /bin/true, for scale)':44} {append['true_median_ms']:>8.1f}ms")
print()
checks = [("replay <= 50 ms", s <= 50), ("replay >= 5x faster than python", p / s >= 5),
          ("workshop note <= 20 ms", append["median_ms"] <= 20)]
for name, ok in checks:
    print(("PASS " if ok else "MISS ") + name)
json.dump({"events": events, "replay_ms": s, "python_ms": p, "ratio": p / s, "skip_ms": skip["median_ms"],
           "note_ms": append["median_ms"], "true_ms": append["true_median_ms"], "jsondecoder_ms": decoder["median_ms"]},
          open("Benchmarks/out/journal.json", "w"), indent=2)
PY
