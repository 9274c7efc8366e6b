"""Output count equals input count, in order, over random mixtures of good and bad records."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robust_helpers import read_bytes

from pvflag.interactions import Interaction
from pvflag.io import RecordFailure, clean_text

# PVFLAG_FUZZ_EXAMPLES=5000 for a longer local hunt; CI keeps it short
_SETTINGS = settings(
    max_examples=int(os.environ.get("PVFLAG_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

_note = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40
).map(lambda s: "rash " + s)  # never blank

# (kind, expected outcome, line builder given a unique id)
_JSONL_KINDS = {
    "good": lambda rid, note: json.dumps({"id": rid, "text": note, "extra": [1, None]}).encode(),
    "good_raw_utf8": lambda rid, note: json.dumps({"id": rid, "text": note}, ensure_ascii=False).encode(),
    "good_int_id": lambda rid, note: json.dumps({"id": int(rid[1:]) + 10**9, "text": note}).encode(),
    "invalid_json": lambda rid, note: json.dumps({"id": rid, "text": note}).encode()[:-1],
    "invalid_utf8": lambda rid, note: b'{"id": "' + rid.encode() + b'", "text": "\xc3\x28"}',
    "not_an_object": lambda rid, note: json.dumps([rid, note]).encode(),
    "missing_id": lambda rid, note: json.dumps({"text": note}).encode(),
    "missing_text": lambda rid, note: json.dumps({"id": rid}).encode(),
    "empty_text": lambda rid, note: json.dumps({"id": rid, "text": "  "}).encode(),
}
_EXPECTED = {"good": "ok", "good_raw_utf8": "ok", "good_int_id": "ok"}


@_SETTINGS
@given(
    st.lists(st.tuples(st.sampled_from(sorted(_JSONL_KINDS)), _note), max_size=30),
    st.sampled_from([b"\n", b"\r\n"]),
    st.booleans(),
)
def test_jsonl_mixture(
    tmp_path_factory: pytest.TempPathFactory, lines: list[tuple[str, str]], newline: bytes, bom: bool
) -> None:
    tmp = tmp_path_factory.mktemp("jsonl")
    encoded = [_JSONL_KINDS[kind](f"r{index}", note) for index, (kind, note) in enumerate(lines)]
    data = (b"\xef\xbb\xbf" if bom else b"") + newline.join(encoded) + (newline if encoded else b"")
    items = read_bytes(tmp, "mix.jsonl", data)
    assert len(items) == len(lines)
    for index, ((kind, note), item) in enumerate(zip(lines, items, strict=True)):
        expected = _EXPECTED.get(kind, kind)
        if expected == "ok":
            assert isinstance(item, Interaction), (kind, item)
            assert item.text == clean_text(note)
        else:
            assert isinstance(item, RecordFailure) and item.error.type == expected, (kind, item)
            assert item.line == index + 1


def _csv_row(rid: str, note: str, channel: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([rid, note, channel])
    return buffer.getvalue().encode()


_CSV_KINDS = {
    "good": lambda rid, note: _csv_row(rid, note, "phone"),
    "good_multiline": lambda rid, note: _csv_row(rid, note + "\nsecond line, with comma", "email"),
    "good_quotes": lambda rid, note: _csv_row(rid, f'he said "{note}"', "sms"),
    "broken_quote": lambda rid, note: f'{rid},"never closed {note},phone\n'.encode(),
    "invalid_utf8": lambda rid, note: f"{rid},bad \xff\xfe byte,phone\n".encode("latin-1"),
    "extra_field": lambda rid, note: f"{rid},a,b,c\n".encode(),
    "empty_text": lambda rid, note: f"{rid},,phone\n".encode(),
}
_CSV_EXPECTED = {
    "good": "ok",
    "good_multiline": "ok",
    "good_quotes": "ok",
    "broken_quote": "csv_error",
    "extra_field": "csv_error",
}


def _single_line(note: str) -> str:
    return note.replace("\r", " ").replace("\n", " ").replace('"', "'")


@_SETTINGS
@given(st.lists(st.tuples(st.sampled_from(sorted(_CSV_KINDS)), _note), max_size=30))
def test_csv_mixture(tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str]]) -> None:
    tmp = tmp_path_factory.mktemp("csv")
    body = b"".join(
        _CSV_KINDS[kind](f"r{index}", note if kind.startswith("good") else _single_line(note))
        for index, (kind, note) in enumerate(rows)
    )
    items = read_bytes(tmp, "mix.csv", b"id,text,channel\n" + body)
    assert len(items) == len(rows)
    for index, ((kind, note), item) in enumerate(zip(rows, items, strict=True)):
        expected = _CSV_EXPECTED.get(kind, kind)
        if expected == "ok":
            assert isinstance(item, Interaction), (kind, item)
            assert item.id == f"r{index}"
            written = note + "\nsecond line, with comma" if kind == "good_multiline" else note
            written = f'he said "{note}"' if kind == "good_quotes" else written
            assert item.text == clean_text(written)
        else:
            assert isinstance(item, RecordFailure) and item.error.type == expected, (kind, item)


def test_many_files_many_records(tmp_path: Path) -> None:
    from pvflag.io import ReadSummary, read_records

    (tmp_path / "a.jsonl").write_bytes(b'{"id": "1", "text": "x"}\n{bad\n')
    (tmp_path / "b.csv").write_bytes(b"id,text\n2,y\n3,\n")
    (tmp_path / "c.txt").write_bytes(b"Pt c/o HA")
    summary = ReadSummary()
    items = list(
        read_records(
            [tmp_path / "a.jsonl", tmp_path / "b.csv", tmp_path / "c.txt", tmp_path / "nope.jsonl"],
            summary=summary,
        )
    )
    assert len(items) == 6
    assert summary.to_dict() == {
        "sources": 4,
        "records": 6,
        "interactions": 3,
        "failures": 3,
        "failures_by_type": {"empty_text": 1, "invalid_json": 1, "unreadable_file": 1},
    }
