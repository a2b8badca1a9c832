"""Times the whole `workshop note` process (start, open the session, lock, append, fsync,
exit) on a session, as a facilitator's systematiser would run it. Prints one JSON object."""
import json
import statistics
import subprocess
import sys
import time


def main():
    binary, session = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    times = []
    for index in range(runs):
        start = time.perf_counter()
        result = subprocess.run([binary, "note", session, "--table", str(index % 6 + 1),
                                 f"Nota de prueba número {index}: falta presupuesto estable"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - start) * 1000)
        if result.returncode != 0:
            sys.exit("workshop note failed: " + result.stderr.decode())
    # A process that does nothing, for scale: what starting any process costs here.
    baseline = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["/bin/true"])
        baseline.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"runs": runs, "median_ms": round(statistics.median(times), 3),
                      "min_ms": round(min(times), 3), "max_ms": round(max(times), 3),
                      "true_median_ms": round(statistics.median(baseline), 3)}))


if __name__ == "__main__":
    main()
