from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

import pvflag
from pvflag.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "interactions.jsonl"
runner = CliRunner()


def test_import_pvflag_is_cheap():
    code = ("import sys, pvflag; pvflag.ScanResult; "
            "print(','.join(m for m in ('spacy', 'lxml', 'rapidfuzz', 'holidays') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_api_names_resolve():
    for name in pvflag.__all__:
        assert getattr(pvflag, name) is not None


def test_scan_jsonl_follows_the_contract(tmp_path):
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["scan", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    inputs = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    outputs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in outputs] == [i["id"] for i in inputs]
    for record, scanned in zip(inputs, outputs, strict=True):
        assert {"id", "reportable", "has_adverse_event", "serious", "findings"} <= scanned.keys()
        assert "text" not in scanned
        for finding in scanned["findings"]:
            assert record["text"][finding["start"]:finding["end"]] == finding["text"]
            assert finding["kind"] in {"adverse_event", "special_situation", "drug"}
            assert finding["evidence"]["lexicon_version"] == scanned["lexicon_version"]
    assert sum(o["reportable"] for o in outputs) >= len(outputs) // 2


def test_scan_stdin_bad_lines_get_error_lines_and_strict_exit(tmp_path):
    lines = ['{"id": "a", "text": "Pt c/o HA."}', "{not json", '{"id": "c"}', '{"id": "d", "text": "fine"}']
    result = runner.invoke(app, ["scan", "-", "--input-format", "jsonl"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{\"id\"")]
    assert len(records) == 4
    assert records[0]["has_adverse_event"] is True
    assert records[1]["error"]["type"] and records[2]["error"]["type"]
    strict = runner.invoke(app, ["scan", "-", "--input-format", "jsonl", "--strict"], input="\n".join(lines) + "\n")
    assert strict.exit_code == 1


def test_scan_table_highlights_for_a_person():
    result = runner.invoke(app, ["scan", str(EXAMPLES), "--format", "table"])
    assert result.exit_code == 0
    assert "ex-01" in result.stdout and "headache" in result.stdout


def test_scan_txt_file_uses_file_name_as_id(tmp_path):
    note = tmp_path / "note-7.txt"
    note.write_text("Pt reports pen jammed and did not dispense.", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(note)])
    assert result.exit_code == 0
    record = json.loads(result.stdout.splitlines()[0])
    assert record["id"].startswith("note-7") and record["reportable"] is True


def test_lexicon_info_prints_version_and_counts():
    result = runner.invoke(app, ["lexicon", "info", "--format", "json"])
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["version"] == pvflag.load_lexicon().version
    assert info["counts"]["event_surfaces"] > 1000


def test_unknown_sensitivity_is_a_config_error():
    import pytest

    from pvflag.errors import ConfigError

    with pytest.raises(ConfigError, match="balanced"):
        pvflag.Scanner(sensitivity="paranoid")


def test_redact_masks_identifiers_in_printed_evidence():
    text = "Agent: This is Dana. Patient: my number is 555-867-5309 and I have a bad rash from Dupixent."
    line = json.dumps({"id": "r1", "text": text})
    plain = runner.invoke(app, ["scan", "-", "--input-format", "jsonl", "--with-text"], input=line + "\n")
    redacted = runner.invoke(app, ["scan", "-", "--input-format", "jsonl", "--with-text", "--redact"],
                             input=line + "\n")
    assert "555-867-5309" in plain.stdout and "Dana" in plain.stdout
    assert "555-867-5309" not in redacted.stdout and "Dana" not in redacted.stdout
    record = json.loads(redacted.stdout.splitlines()[0])
    assert record["reportable"] is True


def test_nothing_readable_exits_2_and_long_text_is_an_error_line(tmp_path):
    bad = runner.invoke(app, ["scan", "-", "--input-format", "jsonl"], input="{oops\n[1]\n")
    assert bad.exit_code == 2
    assert len([x for x in bad.stdout.splitlines() if x.startswith("{")]) == 2
    line = json.dumps({"id": "long", "text": "rash " * 100})
    result = runner.invoke(app, ["scan", "-", "--input-format", "jsonl", "--max-text-chars", "50"],
                           input=line + "\n" + json.dumps({"id": "ok", "text": "rash"}) + "\n")
    records = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{\"id\"")]
    assert [r["id"] for r in records] == ["long", "ok"]
    assert records[0]["error"]["type"] == "text_too_long"
    assert "error" not in records[1]


def test_jobs_two_gives_the_same_output_in_order(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["scan", str(EXAMPLES), "-o", str(one)]).exit_code == 0
    assert runner.invoke(app, ["scan", str(EXAMPLES), "-o", str(two), "--jobs", "2"]).exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_parallel_windows_keep_order_for_many_records():
    from pvflag.parallel import scan_parallel
    from pvflag.scanner import Scanner

    records = [{"id": str(i), "text": "Pt c/o rash" if i % 3 else "copay card"} for i in range(50)]
    results = list(scan_parallel(Scanner(), records, jobs=2, chunk_size=4, window_chunks=3))
    assert [r.id for r in results] == [str(i) for i in range(50)]
    assert [r.reportable for r in results] == [bool(i % 3) for i in range(50)]


def test_default_jobs_parallel_only_for_large_files(tmp_path, monkeypatch):
    from pvflag.cli import _scan

    small = tmp_path / "small.jsonl"
    small.write_text('{"id": "1", "text": "Pt c/o HA"}\n', encoding="utf-8")
    large = tmp_path / "large.jsonl"
    with large.open("wb") as handle:  # sparse: only the size matters
        handle.truncate(_scan._PARALLEL_FROM_BYTES)
    monkeypatch.setattr(_scan.os, "cpu_count", lambda: 8)
    assert _scan.default_jobs([str(small)]) == 1
    assert _scan.default_jobs([str(large)]) == _scan._MAX_AUTO_JOBS
    assert _scan.default_jobs([str(large), "-"]) == 1  # stdin: size unknown
    assert _scan.default_jobs([str(tmp_path / "missing.jsonl")]) == 1
    monkeypatch.setattr(_scan.os, "cpu_count", lambda: 2)
    assert _scan.default_jobs([str(large)]) == 2
    monkeypatch.setattr(_scan.os, "cpu_count", lambda: 1)
    assert _scan.default_jobs([str(large)]) == 1
