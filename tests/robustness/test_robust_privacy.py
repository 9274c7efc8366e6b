"""Failure messages and logs never contain note text or patient identifiers."""

from __future__ import annotations

import logging

import pytest
from robust_helpers import read_bytes

from pvflag.io import RecordFailure, read_records

# What must never leak: a name, a phone number, a date of birth, an event word.
SECRETS = ("Quokka", "867-5309", "1961-07-04", "anaphylaxis")
NOTE = "Pt Zelda Quokka DOB 1961-07-04 call 555-867-5309 had anaphylaxis"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.jsonl", f'{{"id": "p1", "text": "{NOTE}"'.encode()),  # invalid JSON
        ("a.jsonl", f'{{"id": "p1", "text": "{NOTE}", "x": NaN}}'.encode()),
        ("a.jsonl", f'["{NOTE}"]'.encode()),  # not an object
        ("a.jsonl", f'"{NOTE}"'.encode()),
        ("a.jsonl", f'{{"text": "{NOTE}"}}'.encode()),  # no id
        ("a.jsonl", f'{{"id": ["{NOTE}"], "text": "{NOTE}"}}'.encode()),  # id of the wrong type
        ("a.jsonl", f'{{"id": "p1", "text": ["{NOTE}"]}}'.encode()),  # text of the wrong type
        ("a.jsonl", f'{{"id": "p1", "text": "{NOTE} \xff"}}'.encode("latin-1")),  # invalid UTF-8
        ("a.jsonl", f'{{"id": "p1", "text": "{NOTE * 400}"}}'.encode()),  # too long
        ("a.csv", f'id,text\np1,"{NOTE}\n'.encode()),  # unclosed quote
        ("a.csv", f'id,text\np1,"{NOTE}" tail\n'.encode()),  # text after a quote
        ("a.csv", f"id,text\np1,{NOTE},extra\n".encode()),  # field count
        ("a.csv", f"id,text\np1,{NOTE} \xff\n".encode("latin-1")),
        ("a.csv", f"{NOTE}\xff,text\np1,x\n".encode("latin-1")),  # bad header
        ("a.txt", f"{NOTE} \xff".encode("latin-1")),
        ("a.txt", (NOTE * 400).encode()),
        ("a.vtt", NOTE.encode()),
        ("a.srt", NOTE.encode()),
        ("a.json", f'{{"results": "{NOTE}"'.encode()),
        ("a.json", f'["{NOTE}"]'.encode()),
        ("a.json", f'{{"note": "{NOTE}"}}'.encode()),
    ],
)
def test_failures_and_logs_hold_no_note_text(tmp_path, caplog, name: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.DEBUG, logger="pvflag"):
        items = read_bytes(tmp_path, name, data, max_text_chars=5_000)
    failures = [i for i in items if isinstance(i, RecordFailure)]
    assert failures, "this input must fail"
    for failure in failures:
        shown = failure.model_dump_json()
        for secret in SECRETS:
            assert secret not in shown
    for secret in SECRETS:
        assert secret not in caplog.text


def test_duplicate_warning_names_only_the_id(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "d.jsonl"
    path.write_text(f'{{"id": "p1", "text": "{NOTE}"}}\n' * 2, encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="pvflag"):
        list(read_records([path]))
    assert "p1" in caplog.text and "duplicate" in caplog.text
    for secret in SECRETS:
        assert secret not in caplog.text
