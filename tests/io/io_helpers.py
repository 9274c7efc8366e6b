"""Shared helpers for the reader tests."""

from __future__ import annotations

from pathlib import Path

from pvflag.interactions import Interaction
from pvflag.io import RecordFailure, read_records

DATA = Path(__file__).resolve().parent.parent / "data" / "io"


def read_all(*paths: Path | str, **options: object) -> list[Interaction | RecordFailure]:
    return list(read_records([str(p) for p in paths], **options))  # type: ignore[arg-type]


def only(items: list[Interaction | RecordFailure]) -> Interaction:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, Interaction), item
    return item


def turn_texts(record: Interaction) -> list[tuple[str, str, str]]:
    return [(t.speaker, t.role, record.text[t.start : t.end]) for t in record.turns]
