"""Scan a Spark DataFrame column on the executors with the same ``Scanner``.

    from pvflag.spark import scan_dataframe
    results = scan_dataframe(df, text_col="text", id_col="id", sensitivity="high")

Each executor process builds the scanner once (from its pickled options) and
scans its partitions with ``Scanner.scan_many``; the result has one row per
input row: ``id``, ``reportable``, ``has_adverse_event``, ``serious``,
``findings`` (array of structs), ``error`` (struct or null), ``lexicon_version``.
``pyspark`` comes with the ``spark`` extra (``pip install 'pvflag[spark]'``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from pvflag.findings import ScanResult
    from pvflag.scanner import Scanner

__all__ = ["RESULT_SCHEMA_DDL", "result_row", "scan_dataframe"]

RESULT_SCHEMA_DDL = (
    "id string, reportable boolean, has_adverse_event boolean, serious boolean, "
    "findings array<struct<kind:string, start:int, end:int, text:string, term:string, category:string, "
    "assertion:string, drug:string, role:string, seriousness:array<string>, rule:string>>, "
    "error struct<type:string, message:string>, lexicon_version string"
)

# one scanner per executor process, keyed by its options
_EXECUTOR_SCANNERS: dict[bytes, Scanner] = {}


def result_row(result: ScanResult) -> tuple[Any, ...]:
    """A ``ScanResult`` as a row of ``RESULT_SCHEMA_DDL`` (plain tuples, cheap to ship)."""
    findings = [
        (
            f.kind, f.start, f.end, f.text,
            getattr(f, "term", None), getattr(f, "category", None), getattr(f, "assertion", None),
            getattr(f, "drug", None), getattr(f, "role", None),
            list(getattr(f, "seriousness", ()) or ()),
            f.evidence.rule if f.evidence is not None else None,
        )
        for f in result.findings
    ]
    error = (result.error.type, result.error.message) if result.error is not None else None
    return (result.id, result.reportable, result.has_adverse_event, result.serious, findings, error,
            result.lexicon_version)


def _scan_partition(options: bytes, id_col: str, text_col: str, rows: Iterator[Any]) -> Iterator[tuple[Any, ...]]:
    import pickle

    scanner = _EXECUTOR_SCANNERS.get(options)
    if scanner is None:
        scanner = _EXECUTOR_SCANNERS[options] = pickle.loads(options)
    records = ({"id": None if row[id_col] is None else str(row[id_col]), "text": row[text_col]} for row in rows)
    for result in scanner.scan_many(records):
        yield result_row(result)


def scan_dataframe(df: DataFrame, text_col: str = "text", id_col: str = "id", *,
                   scanner: Scanner | None = None, sensitivity: str = "high") -> DataFrame:
    """Scan ``df[text_col]`` on the executors; one output row per input row, ids kept."""
    import pickle
    from functools import partial

    from pvflag.scanner import Scanner

    missing = [c for c in (text_col, id_col) if c not in df.columns]
    if missing:
        from pvflag.errors import ConfigError

        raise ConfigError(f"DataFrame has no column(s) {missing}; columns are {df.columns}")
    options = pickle.dumps(scanner or Scanner(sensitivity=sensitivity))
    rdd = df.select(id_col, text_col).rdd.mapPartitions(partial(_scan_partition, options, id_col, text_col))
    return df.sparkSession.createDataFrame(rdd, RESULT_SCHEMA_DDL)
