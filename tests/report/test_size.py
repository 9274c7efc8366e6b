"""A 10,000-record report stays under 20 MB (size only; open time is in benchmarks/README-report.md)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pvflag.report import write_report

from ._data import NOW

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "report_size.py"


def test_ten_thousand_records_stay_under_20_mb(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("pvflag_report_size_bench", _BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    inputs = bench.generate(tmp_path, 10_000)
    out = tmp_path / "report.html"
    parsed = write_report(inputs, out, now=NOW)
    assert len(parsed.scan_results) == 10_000 and parsed.problems == ()
    size = out.stat().st_size
    # mean note ~365 characters (3.6 MB of text); the page adds markup, tooltips and the case board
    assert 8_000_000 < size < 20_000_000
    assert out.read_text(encoding="utf-8").count('<article class="rec"') == 10_000
