#!/usr/bin/env bash
# Seating planner vs. the PyPI package perfect-strangers, side by side, in one run.
#
#   Benchmarks/planner.sh [--runs N] [--no-explore] [--explore-seconds S] [--sweep SEEDS]
#
# Creates Benchmarks/.venv (git-ignored), installs perfect-strangers into it, builds the
# PlannerBenchmark in release mode and runs both tools on the same G-S-R instances (G groups of
# size S for R rounds). Times exclude start-up: Python is timed with time.perf_counter around
# create_matcher() plus reading all rounds (imports excluded), Swift inside its process; both are
# medians of N runs (default 7). "cold" is Python's first call, which includes galois' lazy setup.
# The "max rounds" part asks each tool for as many repeat-free rounds as it can reach. Then the
# planner alone: workshops, the seeds' workshop over many seeds, and the session path (creating a
# 56-person session, check-in re-plans with 3 % and 55 % walk-ins and no-shows).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=7
SWIFT_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; SWIFT_ARGS+=(--runs "$2"); shift 2 ;;
        --no-explore) SWIFT_ARGS+=(--no-explore); shift ;;
        --explore-seconds) SWIFT_ARGS+=(--explore-seconds "$2"); shift 2 ;;
        --sweep) SWIFT_ARGS+=(--sweep "$2"); shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

VENV=Benchmarks/.venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check perfect-strangers

swift build -c release --product PlannerBenchmark >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

"$VENV/bin/python" - "$RUNS" >"$OUT/python.tsv" <<'PY'
import statistics, sys, time
from itertools import combinations

import perfect_strangers
from perfect_strangers import create_matcher

runs = int(sys.argv[1])
instances = [(8, 4, 10), (5, 3, 7), (6, 4, 7), (10, 5, 9), (8, 5, 8), (50, 6, 10), (75, 4, 25)]

def repeated_pairs(rounds):
    seen, repeats = set(), 0
    for groups in rounds:
        for group in groups:
            for pair in combinations(sorted(group), 2):
                if pair in seen:
                    repeats += 1
                seen.add(pair)
    return repeats

print("VERSION", perfect_strangers.__version__, sep="\t")
for g, s, r in instances:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        matcher = create_matcher(g, s)
        rounds = matcher.rounds
        times.append(time.perf_counter() - start)
    reached = min(r, matcher.max_rounds)
    print("MIX", f"{g}-{s}-{r}", reached, repeated_pairs(rounds[:reached]),
          f"{statistics.median(times) * 1000:.3f}", f"{times[0] * 1000:.3f}", type(matcher).__name__, sep="\t")
    print("MAX", f"{g}-{s}", matcher.max_rounds, repeated_pairs(rounds), type(matcher).__name__, sep="\t")
PY

.build/release/PlannerBenchmark ${SWIFT_ARGS[@]+"${SWIFT_ARGS[@]}"} >"$OUT/swift.tsv"

"$VENV/bin/python" - "$OUT/python.tsv" "$OUT/swift.tsv" "$RUNS" <<'PY'
import platform, subprocess, sys

python_rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
swift_rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[2])]
runs = sys.argv[3]
version = next(row[1] for row in python_rows if row[0] == "VERSION")
py_mix = {row[1]: row for row in python_rows if row[0] == "MIX"}
py_max = {row[1]: row for row in python_rows if row[0] == "MAX"}

def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"

swift_version = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
print(f"machine: {cpu()}, {platform.system()} {platform.release()}, medians of {runs} runs")
print(f"tools: perfect-strangers {version} on Python {platform.python_version()}; {swift_version}")
print()
print("Instances G-S-R (G groups of S for R rounds); lower bound = proven minimum of repeated pairs")
header = f"{'instance':<9} | {'perfect-strangers':^39} | {'workshop planner':^33} | {'speed-up':>8}"
print(header)
print(f"{'':<9} | {'rounds':>6} {'repeats':>7} {'median ms':>10} {'cold ms':>9}   | {'rounds':>6} {'repeats':>7} {'bound':>5} {'median ms':>10}  | {'':>8}")
print("-" * len(header))
for row in (r for r in swift_rows if r[0] == "MIX"):
    name, rounds, repeats, bound, ms = row[1], row[2], row[3], row[4], float(row[5])
    py = py_mix.get(name)
    if py:
        pms = float(py[4])
        ratio = f"{pms / ms:.1f}x" if ms > 0 else "-"
        left = f"{py[2]:>6} {py[3]:>7} {pms:>10.3f} {float(py[5]):>9.1f}  "
    else:
        ratio, left = "-", f"{'-':>37}"
    print(f"{name:<9} | {left} | {rounds:>6} {repeats:>7} {bound:>5} {ms:>10.3f}  | {ratio:>8}")
print()
maxima = [r for r in swift_rows if r[0] == "MAX"]
if maxima:
    print("Most rounds without any repeated pair (counting bound = floor((G*S-1)/(S-1)))")
    print(f"{'G-S':<6} {'bound':>5} {'perfect-strangers':>18} {'workshop':>9}  {'ms':>9}  how (workshop)")
    for row in maxima:
        name, best, bound, ms, how = row[1], row[2], row[3], float(row[4]), row[5]
        py = py_max.get(name)
        print(f"{name:<6} {bound:>5} {(py[2] if py else '-'):>18} {best:>9}  {ms:>9.1f}  {how}")
    print()
def workshops(kind, title):
    rows = [r for r in swift_rows if r[0] == kind]
    if not rows:
        return
    print(title)
    print(f"{'scenario':<32} {'people':>6} {'tables':>6} {'rounds':>6} {'repeats':>7} {'bound':>5} {'same-inst':>9} {'bound':>5} {'coverage':>8} {'median ms':>10}")
    for row in rows:
        print(f"{row[1]:<32} {row[2]:>6} {row[3]:>6} {row[4]:>6} {row[5]:>7} {row[6]:>5} {row[7]:>9} {row[8]:>5} {row[9]:>8} {float(row[10]):>10.3f}")
    print()

workshops("SHOP", "Workshops (workshop planner only)")
sweeps = [r for r in swift_rows if r[0] == "SWEEP"]
if sweeps:
    print("The seeds' workshop over many seeds (repeats at their proven bound, same-institution pairs at 0)")
    print(f"{'scenario':<24} {'seeds':>5} {'at bound':>8} {'inst. 0':>7} {'inst. max':>9} {'median ms':>10} {'max ms':>8}")
    for row in sweeps:
        print(f"{row[1]:<24} {row[2]:>5} {row[3]:>8} {row[4]:>7} {row[5]:>9} {float(row[6]):>10.3f} {float(row[7]):>8.1f}")
    print()
workshops("SESSION", "Session path: workshop new (agenda + seating + rules) and workshop checkin (re-plan), 56 registered")
PY
