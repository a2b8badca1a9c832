#!/usr/bin/env bash
# Text-analysis benchmark: our theme grouping (TextBenchmark, release build) against
# scikit-learn's TfidfVectorizer + AgglomerativeClustering(metric="cosine", linkage="average"),
# side by side, on (a) the labelled corpus as first written (tables 1-8, 513 notes), (b) the whole
# labelled corpus (tables 1-12, 783 notes) and (c) 10,000 notes generated from it (seeded).
#
#   bash Benchmarks/text.sh            # from a clean clone; creates Benchmarks/.venv
#
# Environment: RUNS (timed runs per tool, default 7), SKLEARN_RUNS_10K (scikit-learn runs on
# the 10,000 notes, default 3: one fit takes minutes), SEED (generator seed, default 42).
# Results go to Benchmarks/out/text/ (git-ignored); the summary is printed at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
out=Benchmarks/out/text
mkdir -p "$out"
runs=${RUNS:-7}
sklearn_runs_10k=${SKLEARN_RUNS_10K:-3}
seed=${SEED:-42}
corpus=Benchmarks/corpus/notes-es.tsv

echo "== Building TextBenchmark (release)"
swift build -c release --product TextBenchmark
bin="$(swift build -c release --show-bin-path)/TextBenchmark"

echo "== Python environment with scikit-learn (Benchmarks/.venv)"
if [ ! -x Benchmarks/.venv/bin/python ]; then
    python3 -m venv Benchmarks/.venv
fi
if ! Benchmarks/.venv/bin/python -c "import sklearn" 2>/dev/null; then
    Benchmarks/.venv/bin/python -m pip install --quiet --upgrade pip
    Benchmarks/.venv/bin/python -m pip install --quiet scikit-learn
fi
python=Benchmarks/.venv/bin/python

echo "== Load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "== Generating 10,000 notes from the corpus (seed $seed)"
"$bin" generate "$corpus" 10000 "$seed" "$out/notes-10k.tsv"
awk -F'\t' 'NR == 1 || $4 <= 8' "$corpus" > "$out/corpus-513.tsv"

run() {  # name, notes file, scikit-learn runs
    local name=$1 notes=$2 sk_runs=$3
    echo "== $name: ours ($runs runs)"
    "$bin" time "$notes" --runs "$runs" --labels-out "$out/$name-ours-labels.txt" --json-out "$out/$name-ours.json"
    echo "== $name: scikit-learn (threshold sweep, then $sk_runs timed runs)"
    "$python" Benchmarks/TextBenchmark/sklearn_baseline.py "$notes" "$out/$name-sklearn.json" \
        --runs "$sk_runs" --our-labels "$out/$name-ours-labels.txt"
}
run corpus513 "$out/corpus-513.tsv" "$runs"
run corpus "$corpus" "$runs"
run 10k "$out/notes-10k.tsv" "$sklearn_runs_10k"

echo "== Our ARI on the tuning split (tables 1-4) and the held-out splits (5-8 and 9-12), each clustered alone"
"$bin" evaluate "$corpus" --tables 1-4 | sed 's/^/tables 1-4 (tuning): /'
"$bin" evaluate "$corpus" --tables 5-8 | sed 's/^/tables 5-8 (held out): /'
"$bin" evaluate "$corpus" --tables 9-12 | sed 's/^/tables 9-12 (held out, added notes): /'

echo
echo "== Summary"
"$python" - "$out" <<'PY'
import json, platform, subprocess, sys
import sklearn

out = sys.argv[1]
def load(name):
    with open(f"{out}/{name}.json") as handle:
        return json.load(handle)

def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"

import os
swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
load_average = ", ".join(f"{value:.1f}" for value in os.getloadavg())
print(f"machine: {cpu()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; load average now {load_average}")
print(f"swift: {swift[0] if swift else '?'}; python {platform.python_version()}, scikit-learn {sklearn.__version__}")
print()
header = f"{'input':<22}{'tool':<34}{'median time':>14}{'ARI':>8}{'themes':>8}"
print(header)
print("-" * len(header))
for name, label in (("corpus513", "corpus, tables 1-8"), ("corpus", "corpus, tables 1-12"), ("10k", "10,000 notes")):
    ours, sk = load(f"{name}-ours"), load(f"{name}-sklearn")
    print(f"{label:<22}{'workshop (default settings)':<34}{ours['median_seconds']*1000:>11.1f} ms{ours['ari']:>8.3f}{ours['themes']:>8}")
    tool = f"scikit-learn (best threshold {sk['best_distance_threshold']})"
    print(f"{'':<22}{tool:<34}{sk['median_seconds']*1000:>11.1f} ms{sk['ari']:>8.3f}{sk['clusters']:>8}")
    print(f"{'':<22}{'  same, metric=precomputed':<34}{sk['precomputed_median_seconds']*1000:>11.1f} ms{sk['precomputed_ari']:>8.3f}")
    speedup = sk['median_seconds'] / ours['median_seconds']
    speedup_pre = sk['precomputed_median_seconds'] / ours['median_seconds']
    print(f"{'':<22}ratio: ours {speedup:.1f}x faster (precomputed: {speedup_pre:.1f}x), "
          f"ARI {ours['ari']:.3f} vs {sk['ari']:.3f}; runs: ours {ours['runs']}, scikit-learn {sk['runs']}")
    print(f"{'':<22}check: scikit-learn's adjusted_rand_score on our labels = {sk['our_ari_by_sklearn']:.6f}")
print()
print("scikit-learn got its best threshold: distance_threshold swept over 0.05..1.00 (step 0.01) on each")
print("input, scored against the true themes; ours uses its default settings, tuned once on tables 1-4.")
PY
