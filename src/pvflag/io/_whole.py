"""Whole-file sources: one file is one record (plain text, turn transcripts)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from pvflag.interactions import Interaction
from pvflag.io._lines import BOM_UTF8, UTF16_BOMS
from pvflag.io._model import RecordFailure, failure
from pvflag.io._records import ReadOptions, interaction_from_text

__all__ = ["decode_file", "read_text", "record_id_for"]


def record_id_for(source: str) -> str:
    """A whole-file record's id: the file name without extension (``stdin`` for ``-``)."""
    if source == "-":
        return "stdin"
    if source.lower().endswith(".gz"):
        source = source[:-3]
    return PurePath(source).stem or source


def decode_file(data: bytes, source: str) -> str | RecordFailure:
    """UTF-8 (BOM dropped) or UTF-16 with a BOM; anything else is ``invalid_utf8``."""
    if data.startswith(BOM_UTF8):
        data = data[3:]
    elif data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return failure(
                "invalid_utf8",
                f"file has a UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}",
                source=source,
                line=None,
                record_id=record_id_for(source),
            )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return failure(
            "invalid_utf8",
            f"file is not valid UTF-8 (invalid byte on line {line}, byte offset {exc.start});"
            " re-export it as UTF-8",
            source=source,
            line=line,
            record_id=record_id_for(source),
        )


def read_text(
    data: bytes, source: str, options: ReadOptions, *, any_label: bool = False
) -> Iterator[Interaction | RecordFailure]:
    """The file's text is the record's text; ``Label:`` turns are found in it."""
    text = decode_file(data, source)
    if isinstance(text, RecordFailure):
        yield text
        return
    yield interaction_from_text(
        text,
        record_id=record_id_for(source),
        source=source,
        options=options,
        channel="call" if any_label else "unknown",
        any_label=any_label,
        metadata={"source_file": source},
    )
