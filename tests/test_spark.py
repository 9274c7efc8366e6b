"""pvflag.spark on local Spark agrees with Scanner.scan_many record for record."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'pvflag[spark]')")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for local Spark", allow_module_level=True)

from pvflag.scanner import Scanner  # noqa: E402
from pvflag.spark import result_row, scan_dataframe  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "interactions.jsonl"


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("pvflag-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def test_scan_dataframe_agrees_with_scan_many(spark):
    records = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    records.append({"id": "empty", "text": ""})
    df = spark.createDataFrame([(r["id"], r["text"]) for r in records], "id string, text string").repartition(3)
    rows = scan_dataframe(df).collect()
    expected = {r.id: result_row(r) for r in Scanner().scan_many({"id": x["id"], "text": x["text"]} for x in records)}
    assert len(rows) == len(records)
    for row in rows:
        got = (row.id, row.reportable, row.has_adverse_event, row.serious,
               [tuple(list(f) if isinstance(f, list) else f for f in finding) for finding in row.findings],
               tuple(row.error) if row.error is not None else None, row.lexicon_version)
        want = expected[row.id]
        assert got[:4] == want[:4]
        assert [tuple(f) for f in got[4]] == [tuple(f) for f in want[4]]
        assert got[5:] == want[5:]
    assert sum(r.reportable for r in rows) == sum(v[1] for v in expected.values()) > 0


def test_missing_column_is_a_clear_error(spark):
    from pvflag.errors import ConfigError

    df = spark.createDataFrame([("1", "x")], "id string, note string")
    with pytest.raises(ConfigError, match="note"):
        scan_dataframe(df)
