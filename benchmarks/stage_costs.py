"""Where a scan's time goes, stage by stage, measured without a profiler's overhead.

    python benchmarks/stage_costs.py               # both corpora of speed.py, 5,000 notes each
    python benchmarks/stage_costs.py --notes 2000

A profiler attributes time per call and inflates small, frequent functions, and a scan is
mostly small functions touching large tables (memory effects count). So this script times the
real thing cut short: the tokenizer alone, then ``analyze`` with every stage after the k-th
replaced by a no-op, for k = 1, 2, ... The difference between two runs is what one stage costs
inside a whole scan. The stages are read off ``analyze`` itself (the module functions it calls,
in order), so the list follows the code; differences under ~2 µs are noise. The last line is
``Scanner.scan_many``, whose extra over the full ``analyze`` is input and result models. Each
figure is the best of several runs. Results go to benchmarks/results/stage_costs.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def analyze_stages() -> list[str]:
    """The stage functions ``analyze`` calls, in the order it first calls them."""
    from pvflag.nlp import _analysis

    names = _analysis.analyze.__code__.co_names
    return [name for name in dict.fromkeys(names)
            if callable(getattr(_analysis, name, None)) and name != "analyze"
            and getattr(getattr(_analysis, name), "__module__", "") == _analysis.__name__]


def _best_us(run, texts: list[str], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best / len(texts) * 1e6


def stage_costs(texts: list[str], repeats: int) -> list[dict[str, float | str]]:
    from pvflag.nlp import _analysis
    from pvflag.scanner import Scanner

    scanner = Scanner()
    for _ in scanner.scan_many(texts[:300]):  # warm the memos and caches
        pass
    tokenizer, compiled, _meddra = scanner._ensure()
    config, fuzzy_cache = scanner.config, scanner._fuzzy_cache
    stages = analyze_stages()
    originals = {name: getattr(_analysis, name) for name in stages}

    def tokens_only() -> None:
        for text in texts:
            tokenizer.tokens(text)

    def analyze_all() -> None:
        for text in texts:
            _analysis.analyze(text, tokenizer.tokens(text), compiled, config, fuzzy_cache=fuzzy_cache)

    rows: list[dict[str, float | str]] = []
    previous = _best_us(tokens_only, texts, repeats)
    rows.append({"stage": "tokenizer", "us_per_note": round(previous, 1),
                 "cumulative_us": round(previous, 1)})
    try:
        for kept in range(1, len(stages) + 1):
            for name in stages[kept:]:
                setattr(_analysis, name, lambda *args, **kwargs: None)
            for name in stages[:kept]:
                setattr(_analysis, name, originals[name])
            total = _best_us(analyze_all, texts, repeats)
            # analyze cuts sentences and walks the phrase index before its second stage
            label = f"{stages[0]} + parse_turns + phrase walk" if kept == 1 else stages[kept - 1]
            rows.append({"stage": label, "us_per_note": round(total - previous, 1),
                         "cumulative_us": round(total, 1)})
            previous = total
    finally:
        for name, function in originals.items():
            setattr(_analysis, name, function)

    def scan_many() -> None:
        for _ in scanner.scan_many(texts):
            pass

    total = _best_us(scan_many, texts, repeats)
    rows.append({"stage": "scan record (input and result models)", "us_per_note": round(total - previous, 1),
                 "cumulative_us": round(total, 1)})
    return rows


def main() -> int:
    from speed import CORPORA, make_corpus

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    results = {}
    for name, share in CORPORA.items():
        texts = [note["text"] for note in make_corpus(args.notes, clinical_share=share)]
        rows = stage_costs(texts, args.repeats)
        results[name] = rows
        print(f"\n{name}: µs per note")
        for row in rows:
            print(f"  {row['stage']:<40} {row['us_per_note']:>7}  {row['cumulative_us']:>7}")
    out = ROOT / "benchmarks/results/stage_costs.json"
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
