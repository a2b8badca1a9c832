"""Times the systematisers' capture loops under contention: WRITERS `workshop notes`
processes on one session, each typing NOTES notes one at a time and waiting for the
confirmation before the next (as a person does). Reports the latency from Enter to the
"saved" line (lock, catch up with the others, write, fsync) and the total throughput.
Prints one JSON object. Usage: notes_capture.py BINARY SESSION [WRITERS] [NOTES]"""
import json
import statistics
import subprocess
import sys
import threading
import time


def writer(binary, session, index, notes, latencies, failures):
    process = subprocess.Popen(
        [binary, "notes", session, "--table", str(index % 3 + 1), "--author", f"Sistematizadora {index}"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={"LANG": "en_US.UTF-8"})
    mine = []
    for number in range(notes):
        start = time.perf_counter()
        process.stdin.write(f"Mesa {index}: idea número {number}, falta presupuesto estable\n".encode())
        process.stdin.flush()
        # Lines before the confirmation (the header, a round change) are skipped.
        answer = process.stdout.readline()
        while answer and b"saved" not in answer:
            answer = process.stdout.readline()
        mine.append((time.perf_counter() - start) * 1000)
        if not answer:
            failures.append(process.stderr.read().decode(errors="replace"))
            break
    process.stdin.close()
    process.wait()
    latencies.extend(mine)


def main():
    binary, session = sys.argv[1], sys.argv[2]
    writers = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    notes = int(sys.argv[4]) if len(sys.argv) > 4 else 500
    latencies, failures = [], []
    threads = [threading.Thread(target=writer, args=(binary, session, i, notes, latencies, failures))
               for i in range(writers)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failures:
        sys.exit("a note was not saved: " + failures[0])
    latencies.sort()
    print(json.dumps({
        "writers": writers, "notes_each": notes, "total_notes": len(latencies),
        "wall_s": round(elapsed, 3), "notes_per_s": round(len(latencies) / elapsed, 1),
        "latency_median_ms": round(statistics.median(latencies), 3),
        "latency_p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 3),
        "latency_max_ms": round(latencies[-1], 3)}))


if __name__ == "__main__":
    main()
