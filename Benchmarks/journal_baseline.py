"""Baseline for the journal benchmark: Python 3's json module reading a session journal
line by line (the header, then one json.loads per event), timed inside Python so that
interpreter start-up is excluded. Prints one JSON object."""
import json
import statistics
import sys
import time


def replay(path):
    with open(path, encoding="utf-8") as journal:
        header = json.loads(journal.readline())
        events = [json.loads(line) for line in journal]
    return header, events


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    times = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        _, events = replay(path)
        times.append((time.perf_counter() - start) * 1000)
        count = len(events)
    print(json.dumps({"events": count, "median_ms": round(statistics.median(times), 3),
                      "min_ms": round(min(times), 3), "runs_ms": [round(t, 3) for t in times]}))


if __name__ == "__main__":
    main()
