"""A 20 MB note is read whole (never cut), or refused as ``text_too_long`` when a limit is set."""

from __future__ import annotations

import json
from pathlib import Path

from pvflag.interactions import Interaction
from pvflag.io import RecordFailure, read_records

_SENTENCE = (
    "Agent: any side effects?\nPatient: "
    + "headache and nausea after the second shot, then a rash on both arms that itched for days. " * 8
    + "\n"
)
_BIG = _SENTENCE * (20_000_000 // len(_SENTENCE) + 1)  # > 20 MB, 300k+ lines


def test_20_mb_jsonl_note_then_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "big", "text": _BIG}) + "\n")
        handle.write(json.dumps({"id": "after", "text": "small note, rash"}) + "\n")
    items = list(read_records([path]))
    assert [i.id for i in items] == ["big", "after"]
    big = items[0]
    assert isinstance(big, Interaction)
    assert len(big.text) == len(_BIG) and big.text[-200:] == _BIG[-200:]
    assert len(big.turns) == 2 * _BIG.count("Agent:")

    limited = list(read_records([path], max_text_chars=1_000_000))
    # the 20 MB line is over the byte cap, so it is skipped unparsed: its id is the line
    assert [(i.id, type(i).__name__) for i in limited] == [
        (f"{path}:1", "RecordFailure"),
        ("after", "Interaction"),
    ]
    assert isinstance(limited[0], RecordFailure) and limited[0].error.type == "text_too_long"


def test_20_mb_text_file_and_line_longer_than_any_limit(tmp_path: Path) -> None:
    note = tmp_path / "big.txt"
    note.write_text(_BIG, encoding="utf-8")
    assert [len(i.text) for i in read_records([note]) if isinstance(i, Interaction)] == [len(_BIG)]
    refused = list(read_records([note], max_text_chars=1_000))
    assert [(i.id, i.error.type) for i in refused if isinstance(i, RecordFailure)] == [
        (f"{note}:0", "text_too_long")
    ]
    # a line far over the byte cap is skipped in pieces; the next line is still read
    lines = tmp_path / "long.jsonl"
    lines.write_bytes(b'{"id": "x", "text": "' + b"a" * 3_000_000 + b'"}\n{"id": "y", "text": "ok"}\n')
    out = list(read_records([lines], max_text_chars=100))
    assert [(i.id, getattr(i, "error", None) and i.error.type) for i in out] == [
        (f"{lines}:1", "text_too_long"),
        ("y", None),
    ]


def test_20_mb_csv_note(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    quoted = _BIG.replace('"', '""')
    path.write_text(f'id,text,channel\nbig,"{quoted}",phone\nafter,small note,phone\n', encoding="utf-8")
    items = list(read_records([path]))
    assert [(i.id, type(i).__name__) for i in items] == [("big", "Interaction"), ("after", "Interaction")]
    assert len(items[0].text) == len(_BIG)  # type: ignore[union-attr]
