"""Accuracy of both sensitivity settings on the psp_dev gold set, scored by shared/eval/score.py.

    python benchmarks/dev_accuracy.py [--gold ../shared/eval/psp_dev/psp_dev.jsonl] [--scorer ../shared/eval/score.py]

Writes benchmarks/results/dev_accuracy.json and prints the headline figures
against the targets of the scan-engine issue.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "reportable recall": ("doc_reportable", "recall", 0.97),
    "reportable precision": ("doc_reportable", "precision", 0.90),
    "AE span F1 (overlap)": ("ae_span_present", "f1", 0.85),
    "AE span F1 (strict)": ("ae_span_present_strict", "f1", 0.70),
    "special situations F1": ("special_situations", "f1", 0.85),
    "serious recall": ("doc_serious", "recall", 0.90),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared/eval/psp_dev/psp_dev.jsonl")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/eval/score.py")
    args = parser.parse_args()
    from pvflag.scanner import Scanner

    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {}
    for sensitivity in ("high", "balanced"):
        scanner = Scanner(sensitivity=sensitivity)
        started = time.perf_counter()
        lines = [r.to_json() for r in scanner.scan_many({"id": r["id"], "text": r["text"]} for r in records)]
        elapsed = time.perf_counter() - started
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        scored = json.loads(subprocess.run([sys.executable, str(args.scorer), str(args.gold), handle.name],
                                           capture_output=True, text=True, check=True).stdout)
        scored["seconds_including_build"] = round(elapsed, 2)
        results[sensitivity] = scored
    out = ROOT / "benchmarks/results/dev_accuracy.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{'metric':<26} {'target':>7} {'high':>7} {'balanced':>9}")
    for name, (key, metric, target) in TARGETS.items():
        print(f"{name:<26} {target:>7.2f} {results['high'][key][metric]:>7.3f} {results['balanced'][key][metric]:>9.3f}")
    print(f"{'context FP rate':<26} {'<=0.05':>7} {results['high']['context_false_positive_rate']:>7.3f} "
          f"{results['balanced']['context_false_positive_rate']:>9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
