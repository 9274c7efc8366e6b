"""The public surface of ``pvflag.io``: names, cheap import, messages."""

from __future__ import annotations

import subprocess
import sys

import pvflag.io
from pvflag.io import ERROR_TYPES, RecordFailure, read_records


def test_all_names_resolve() -> None:
    assert sorted(pvflag.io.__all__) == sorted(set(pvflag.io.__all__))
    for name in pvflag.io.__all__:
        assert getattr(pvflag.io, name) is not None


def test_error_types_are_the_documented_ones() -> None:
    assert ERROR_TYPES == (
        "invalid_utf8",
        "invalid_json",
        "not_an_object",
        "missing_id",
        "missing_text",
        "empty_text",
        "duplicate_id",
        "csv_error",
        "text_too_long",
        "unreadable_file",
    )


def test_import_is_cheap() -> None:
    code = (
        "import sys, pvflag.io, pvflag.redact\n"
        "heavy = [m for m in ('spacy', 'lxml', 'rapidfuzz', 'typer', 'rich') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_messages_say_what_was_expected(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "x.txt").write_text(" \n", encoding="utf-8")
    (tmp_path / "x.jsonl").write_text('{"id": "a", "text": ""}\n{"id": "b"}\n', encoding="utf-8")
    messages = [
        item.error.message
        for item in read_records([tmp_path / "x.txt", tmp_path / "x.jsonl"])
        if isinstance(item, RecordFailure)
    ]
    assert messages == [
        "the file's text is empty or only whitespace and control characters",
        "field 'text' is empty or only whitespace and control characters",
        "no field 'text' (choose the text field with --text-field)",
    ]


def test_a_single_path_is_accepted_as_sources(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "a", "text": "rash"}\n', encoding="utf-8")
    assert [i.id for i in read_records(path)] == ["a"]  # type: ignore[arg-type]
    assert [i.id for i in read_records(str(path))] == ["a"]  # type: ignore[arg-type]
