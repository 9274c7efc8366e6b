"""Flat memory while reading: 1,000,000 JSONL records (and a CSV of the same) through ``read_records``.

Usage: ``python benchmarks/io_flat_memory.py [--records N] [--keep DIR]``

Writes a synthetic JSONL file (PSP-style notes, ~330 bytes a line, some of
them speaker turns, 1 % bad lines), reads it with ``pvflag.io.read_records``
and reports records/s and resident memory (VmRSS from /proc, sampled every
100,000 records, and the peak VmHWM). The reader keeps one record at a time;
what grows is the duplicate-id table (16 bytes per id, doubling) — that is
the number to expect on top of the interpreter. Linux only (reads /proc).
Results are written down in ``benchmarks/README-io.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_NOTES = (
    "Pt called re: refill of {drug}. States she has had a headache and nausea since the last dose.",
    "Agent: Have you had any side effects?\nPatient: my injection site was red and swollen for 3 days.",
    "Caregiver reports pt fell after feeling dizzy on {drug}, went to ER, discharged same day.",
    "Copay card activated for {drug}. No AE reported. Next shipment scheduled.",
    "Pt asked whether {drug} is safe while breastfeeding; transferred to medical information.",
)
_DRUGS = ("Dupixent", "Humira", "Ozempic", "Enbrel", "Taltz", "Repatha")


def _rss_kib(field: str = "VmRSS") -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def write_jsonl(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            if index % 100 == 99:
                handle.write('{"id": "broken", "text": \n')  # 1 % invalid JSON lines
                continue
            note = rng.choice(_NOTES).format(drug=rng.choice(_DRUGS))
            record = {
                "id": f"psp-{index:08d}",
                "text": note,
                "channel": "phone",
                "received_at": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}T10:00:00Z",
                "program": "example-hub",
                "agent": f"agent-{index % 97}",
            }
            handle.write(json.dumps(record) + "\n")


def write_csv(path: Path, count: int, seed: int = 7) -> None:
    import csv

    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "channel", "received_at"])
        for index in range(count):
            note = rng.choice(_NOTES).format(drug=rng.choice(_DRUGS))
            writer.writerow([f"psp-{index:08d}", note, "phone", "2024-03-01"])


def measure(path: Path, label: str) -> dict[str, object]:
    from pvflag.io import ReadSummary, read_records

    summary = ReadSummary()
    start_rss = _rss_kib()
    samples: list[tuple[int, int]] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    for number, _item in enumerate(read_records([path], summary=summary), start=1):
        if number % 100_000 == 0:
            samples.append((number, _rss_kib()))
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    result = {
        "input": label,
        "bytes": path.stat().st_size,
        "records": summary.records,
        "failures": summary.failures,
        "seconds": round(elapsed, 1),
        "records_per_s": round(summary.records / elapsed),
        "cpu_seconds": round(cpu, 1),  # wall time is noisy on a shared machine; CPU time is not
        "records_per_cpu_s": round(summary.records / cpu),
        "rss_before_mib": round(start_rss / 1024, 1),
        "rss_mib_every_100k": [round(rss / 1024, 1) for _n, rss in samples],
        "peak_rss_mib": round(_rss_kib("VmHWM") / 1024, 1),
    }
    print(json.dumps(result))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="write the inputs here instead of a temporary folder")
    args = parser.parse_args()
    import pvflag.io  # noqa: F401 - import cost is not reading cost

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        jsonl = folder / "notes.jsonl"
        csv_path = folder / "notes.csv"
        write_jsonl(jsonl, args.records)
        write_csv(csv_path, args.records)
        for path, label in ((jsonl, f"jsonl x {args.records}"), (csv_path, f"csv x {args.records}")):
            # a fresh process per input, so one reading's freed memory does not hide the next one's
            code = (
                "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
                "from io_flat_memory import measure; measure(Path(sys.argv[2]), sys.argv[3])"
            )
            here = str(Path(__file__).resolve().parent)
            subprocess.run([sys.executable, "-c", code, here, str(path), label], check=True)


if __name__ == "__main__":
    main()
