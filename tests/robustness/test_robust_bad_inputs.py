"""Every kind of bad input from issue 7: each bad record gets its own failure, the batch goes on."""

from __future__ import annotations

import pytest
from robust_helpers import outcome, read_bytes

from pvflag.interactions import Interaction
from pvflag.io import RecordFailure

GOOD = b'{"id": "g1", "text": "Pt c/o HA"}\n'
GOOD2 = b'{"id": "g2", "text": "rash on arms"}\n'


@pytest.mark.parametrize(
    ("name", "middle", "expected"),
    [
        ("invalid UTF-8", b'{"id": "b", "text": "caf\xe9 \xff"}\n', ("x.jsonl:2", "invalid_utf8")),
        ("truncated UTF-8", b'{"id": "b", "text": "\xe2\x82"}\n', ("x.jsonl:2", "invalid_utf8")),
        ("JSON that does not parse", b'{"id": "b", "text": "unterminated}\n', ("x.jsonl:2", "invalid_json")),
        ("trailing comma", b'{"id": "b", "text": "x",}\n', ("x.jsonl:2", "invalid_json")),
        ("NaN is not JSON", b'{"id": "b", "text": "x", "score": NaN}\n', ("x.jsonl:2", "invalid_json")),
        ("deep nesting", b"[" * 100_000 + b"\n", ("x.jsonl:2", "invalid_json")),
        ("array", b'["b", "text"]\n', ("x.jsonl:2", "not_an_object")),
        ("string", b'"just a note"\n', ("x.jsonl:2", "not_an_object")),
        ("no id", b'{"text": "fever"}\n', ("x.jsonl:2", "missing_id")),
        ("null id", b'{"id": null, "text": "fever"}\n', ("x.jsonl:2", "missing_id")),
        ("empty id", b'{"id": "  ", "text": "fever"}\n', ("x.jsonl:2", "missing_id")),
        ("object id", b'{"id": {"a": 1}, "text": "fever"}\n', ("x.jsonl:2", "missing_id")),
        ("boolean id", b'{"id": true, "text": "fever"}\n', ("x.jsonl:2", "missing_id")),
        ("no text", b'{"id": "b"}\n', ("b", "missing_text")),
        ("null text", b'{"id": "b", "text": null}\n', ("b", "missing_text")),
        ("number text", b'{"id": "b", "text": 42}\n', ("b", "missing_text")),
        ("empty text", b'{"id": "b", "text": ""}\n', ("b", "empty_text")),
        ("whitespace text", b'{"id": "b", "text": " \\n\\t "}\n', ("b", "empty_text")),
        ("controls only", b'{"id": "b", "text": "\\u0000\\u0001\\ufeff"}\n', ("b", "empty_text")),
    ],
)
def test_one_bad_jsonl_line_among_good_ones(
    tmp_path,
    name: str,
    middle: bytes,  # type: ignore[no-untyped-def]
    expected: tuple[str, str],
) -> None:
    items = read_bytes(tmp_path, "x.jsonl", GOOD + middle + GOOD2)
    assert [outcome(i) for i in items] == [("g1", "ok"), expected, ("g2", "ok")], name
    bad = items[1]
    if isinstance(bad, RecordFailure):
        assert bad.line == 2 and bad.source.endswith("x.jsonl")
        assert bad.error.message


def test_bom_crlf_nul_and_controls_keep_offsets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = (
        b'\xef\xbb\xbf{"id": "a", "text": "line one\\r\\nline two"}\r\n'
        b'{"id": "b", "text": "nul\\u0000 bell\\u0007 raw\ttab and raw \x01 control"}\r\n'
        b'{"id": "c", "text": "\\ufeffbom inside \\ud83d alone"}\r\n'
    )
    items = read_bytes(tmp_path, "x.jsonl", data)
    texts = [i.text for i in items if isinstance(i, Interaction)]
    assert texts == [
        "line one\r\nline two",
        "nul  bell  raw\ttab and raw   control",
        " bom inside \ufffd alone",
    ]
    for item in items:
        assert isinstance(item, Interaction)
        item.model_dump_json().encode("utf-8")  # writable


def test_csv_bom_crlf_and_controls(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = b'\xef\xbb\xbfid,text\r\n1,"first\r\nnote"\r\n2,nul\x00 here\r\n'
    items = read_bytes(tmp_path, "x.csv", data)
    assert [(i.id, i.text) for i in items if isinstance(i, Interaction)] == [
        ("1", "first\r\nnote"),
        ("2", "nul  here"),
    ]


def test_duplicate_ids_are_kept_and_flagged_by_default(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = GOOD + b'{"id": "g1", "text": "a second note", "warnings": 1}\n' + GOOD2
    items = read_bytes(tmp_path, "x.jsonl", data)
    assert [outcome(i) for i in items] == [("g1", "ok"), ("g1", "ok"), ("g2", "ok")]
    second = items[1]
    assert isinstance(second, Interaction)
    assert second.metadata == {"warnings": 1, "pvflag_warnings": ["duplicate_id"]}
    assert items[0].metadata == {}  # type: ignore[union-attr]


def test_duplicate_ids_as_errors_and_across_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pvflag.io import read_records

    (tmp_path / "a.jsonl").write_bytes(GOOD)
    (tmp_path / "b.jsonl").write_bytes(GOOD + GOOD2)
    items = list(read_records([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], duplicate_ids="error"))
    assert [outcome(i) for i in items] == [("g1", "ok"), ("g1", "duplicate_id"), ("g2", "ok")]


@pytest.mark.parametrize(
    ("name", "rows", "expected"),
    [
        (
            "broken quote in the middle",
            b'1,first note,phone\n2,"broken quote here,phone\n3,third note,phone\n4,"quoted, fine",email\n',
            [("1", "ok"), ("x.csv:3", "csv_error"), ("3", "ok"), ("4", "ok")],
        ),
        (
            "broken quote on the last row",
            b'1,first note,phone\n2,"never closed,phone\n',
            [("1", "ok"), ("x.csv:3", "csv_error")],
        ),
        (
            "two broken quotes",
            b'1,"open one,phone\n2,ok,phone\n3,"open two,phone\n4,ok,phone\n',
            [("x.csv:2", "csv_error"), ("2", "ok"), ("x.csv:4", "csv_error"), ("4", "ok")],
        ),
        (
            "text after a closing quote",
            b'1,"closed" then text,phone\n2,ok,phone\n',
            [("x.csv:2", "csv_error"), ("2", "ok")],
        ),
        (
            "a quote inside an unquoted field is text",
            b'1,he said "hi,phone\n',
            [("1", "ok")],
        ),
        ("too many fields", b"1,a,b,c\n2,ok,phone\n", [("x.csv:2", "csv_error"), ("2", "ok")]),
        ("too few fields", b"1\n2,ok,phone\n", [("x.csv:2", "csv_error"), ("2", "ok")]),
        ("invalid UTF-8", b"1,caf\xe9,phone\n2,ok,phone\n", [("1", "invalid_utf8"), ("2", "ok")]),
        (
            "invalid UTF-8 in the id",
            b"\xff,x,phone\n2,ok,phone\n",
            [("x.csv:2", "invalid_utf8"), ("2", "ok")],
        ),
        ("empty text", b"1,,phone\n2,  ,phone\n", [("1", "empty_text"), ("2", "empty_text")]),
        ("missing id", b",text,phone\n", [("x.csv:2", "missing_id")]),
        ("blank lines are not records", b"\n1,ok,phone\n\r\n\n2,ok,phone\n", [("1", "ok"), ("2", "ok")]),
    ],
)
def test_csv_bad_rows(tmp_path, name: str, rows: bytes, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    items = read_bytes(tmp_path, "x.csv", b"id,text,channel\n" + rows)
    assert [outcome(i) for i in items] == expected, name


def test_unreadable_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pvflag.io import read_records

    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes('{"id": "a", "text": "x"}\n'.encode("utf-16"))
    items = list(read_records([tmp_path / "missing.jsonl", utf16, tmp_path / "bad.vtt"]))
    assert [(outcome(i), i.line) for i in items if isinstance(i, RecordFailure)] == [
        (("missing.jsonl:0", "unreadable_file"), None),
        (("utf16.jsonl:0", "unreadable_file"), None),
        (("bad.vtt:0", "unreadable_file"), None),
    ]
    assert "UTF-16" in items[1].error.message  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("x.txt", b"", ("x", "empty_text")),
        ("x.txt", b"   \r\n\t", ("x", "empty_text")),
        ("x.txt", b"caf\xe9", ("x", "invalid_utf8")),
        ("x.txt", "utf-16 note with rash".encode("utf-16"), ("x", "ok")),
        ("x.vtt", b"WEBVTT\n\n", ("x", "empty_text")),
        ("x.vtt", b"not a caption file", ("x", "unreadable_file")),
        ("x.srt", b"no cues here", ("x", "unreadable_file")),
        ("x.json", b"{not json", ("x", "invalid_json")),
        ("x.json", b'"a string"', ("x", "not_an_object")),
        ("x.json", b'{"foo": 1}', ("x", "not_an_object")),
        ("x.json", b'{"results": {"items": []}}', ("x", "not_an_object")),
        ("x.json", b'{"results": {"transcripts": [{"transcript": ""}], "items": []}}', ("x", "empty_text")),
        ("x.eml", b"", ("x", "empty_text")),
        ("x.eml", b"Subject: \n\n", ("x", "empty_text")),
        ("x.eml", b"Content-Type: text/plain; charset=nonsense\n\ncaf\xe9 fever", ("x", "ok")),
    ],
)
def test_whole_file_bad_inputs(tmp_path, name: str, data: bytes, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    items = read_bytes(tmp_path, name, data)
    assert [outcome(i) for i in items] == [expected]


def test_undecodable_email_bytes_are_replaced_and_flagged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    items = read_bytes(tmp_path, "x.eml", b"Content-Type: text/plain; charset=utf-8\n\ncaf\xe9 fever")
    record = items[0]
    assert isinstance(record, Interaction)
    assert record.text == "caf\ufffd fever" and record.metadata["decode_errors"] is True


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # JSON Lines saved as .json: read as JSON Lines
        (GOOD + b"{broken\n" + GOOD2, [("g1", "ok"), ("x.json:2", "invalid_json"), ("g2", "ok")]),
        # an array of records: one output per element
        (
            b'[{"id": "a", "text": "rash"}, 3, {"text": "x"}]',
            [("a", "ok"), ("x.json:2", "not_an_object"), ("x.json:3", "missing_id")],
        ),
        # one record on its own: named after the file when it has no id
        (b'{"text": "dizzy", "site": "A"}', [("x", "ok")]),
        (b'{"id": "r7", "text": "dizzy"}\n', [("r7", "ok")]),
    ],
)
def test_records_saved_as_dot_json_are_not_lost(
    tmp_path, data: bytes, expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert [outcome(i) for i in read_bytes(tmp_path, "x.json", data)] == expected


def test_gzip_inputs_and_a_truncated_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import gzip

    from pvflag.io import read_records

    (tmp_path / "notes.jsonl.gz").write_bytes(gzip.compress(GOOD + b"{bad\n" + GOOD2))
    (tmp_path / "call-9.vtt.gz").write_bytes(
        gzip.compress(b"WEBVTT\n\n00:01.000 --> 00:02.000\n<v Pt>I fainted\n")
    )
    whole = gzip.compress(b'{"id": "t1", "text": "rash"}\n' * 2000)
    (tmp_path / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "not-gzip.jsonl.gz").write_bytes(GOOD)
    items = list(read_records([tmp_path], duplicate_ids="off"))
    outcomes = [outcome(i) for i in items]
    assert outcomes[:2] == [("call-9", "ok"), ("not-gzip.jsonl.gz:0", "unreadable_file")]
    assert outcomes[2:5] == [("g1", "ok"), ("notes.jsonl.gz:2", "invalid_json"), ("g2", "ok")]
    # the readable part of a truncated file is kept, then one failure says where reading stopped
    assert outcomes[-1] == ("truncated.jsonl.gz:0", "unreadable_file")
    assert set(outcomes[5:-1]) == {("t1", "ok")} and len(outcomes[5:-1]) > 0
    assert "not read" in items[-1].error.message  # type: ignore[union-attr]
    assert items[0].text == "Pt: I fainted\n"  # type: ignore[union-attr]


def test_an_open_quote_holds_bounded_memory(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pvflag.io._csv as csv_reader

    monkeypatch.setattr(csv_reader, "_MAX_QUOTED_SPAN", 200)
    rows = b'1,"never closed,phone\n' + b"".join(b"%d,plain note,phone\n" % i for i in range(2, 60))
    items = read_bytes(tmp_path, "x.csv", b"id,text,channel\n" + rows)
    assert [outcome(i) for i in items] == [("x.csv:2", "csv_error")] + [(str(i), "ok") for i in range(2, 60)]
    assert "runs over 200 bytes" in items[0].error.message  # type: ignore[union-attr]


def test_utf8_bom_wins_over_utf16_looking_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # found by the fuzzer: EF BB BF FE FF is UTF-8 with two bad bytes, not a UTF-16 file
    items = read_bytes(tmp_path, "x.jsonl", b"\xef\xbb\xbf\xfe\xff\n" + GOOD)
    assert [outcome(i) for i in items] == [("x.jsonl:1", "invalid_utf8"), ("g1", "ok")]
    items = read_bytes(tmp_path, "x.csv", b"\xef\xbb\xbfid,text\n\xfe\xff,x\n1,ok\n")
    assert [outcome(i) for i in items] == [("x.csv:2", "invalid_utf8"), ("1", "ok")]
