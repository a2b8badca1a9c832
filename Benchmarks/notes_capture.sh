#!/usr/bin/env bash
# Capture-loop benchmark: 8 `workshop notes` processes typing 500 notes each into one session
# at once, each waiting for its confirmation (release build). Reports Enter-to-saved latency
# and throughput, then checks that the session holds every note.
# Usage: bash Benchmarks/notes_capture.sh [WRITERS] [NOTES]
set -euo pipefail
cd "$(dirname "$0")/.."
writers="${1:-8}"
notes="${2:-500}"
out="Benchmarks/out"
mkdir -p "$out"

echo "== building (release)"
swift build -c release --product workshop >/dev/null
bin="$(swift build -c release --show-bin-path)"

echo "== session"
python3 - "$out/capture-roster.csv" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as roster:
    roster.write("Nombre,Institución\n")
    for index in range(1, 57):
        roster.write(f"Persona {index},Servicio {index % 18 + 1}\n")
PY
"$bin/workshop" new opsi-facets --roster "$out/capture-roster.csv" -o "$out/capture.workshop" --force >/dev/null

echo "== $writers capture loops x $notes notes"
python3 Benchmarks/notes_capture.py "$bin/workshop" "$out/capture.workshop" "$writers" "$notes"
"$bin/workshop" status "$out/capture.workshop" --format json | python3 -c \
    "import json,sys; n=json.load(sys.stdin)['notes']; print('notes in the session:', n); sys.exit(n != $writers * $notes)"
