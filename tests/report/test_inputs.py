"""Reading report inputs: records recognised by their fields, problems kept with file and line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pvflag.errors import InputError
from pvflag.findings import ScanResult
from pvflag.report import ReportInputs, load_report_inputs

from ._data import case_records, scan_records, write_jsonl


def test_all_kinds_are_recognised(input_files: list[Path]) -> None:
    inputs = load_report_inputs(input_files)
    assert [r.id for r in inputs.scan_results] == ["r1", "r2", "r3", "r4"]
    assert inputs.source_texts["r3"].startswith("Agent: any fever?")
    assert inputs.source_channels == {"r3": "transcript", "r5": "call_note"}
    assert [c.case_id for c in inputs.cases] == ["C-LATER", "C-OVERDUE", "C-SOON"]
    assert inputs.validated_files == ("out/batch.xml", "out/clean.xml")
    assert [(p.rule, p.element, p.line, p.severity) for p in inputs.validation_problems] == [
        ("ICH.C.1.1", "C.1.1", 12, "error"),
        ("FDA.C.1.7", None, None, "warning"),
    ]
    assert inputs.problems == ()
    assert inputs.ignored == {"interactions without a scan result": 1}


def test_case_fields_are_read_from_the_case_json() -> None:
    inputs = ReportInputs.build(cases=case_records())
    later, overdue, soon = inputs.cases
    assert later.suspects == ("Skyrizi",) and later.special_situations == ("overdose",)
    assert later.record_ids == ("r3",)
    assert later.day0 == datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert [c.clock for c in later.clocks] == ["expedited_report", "periodic"]
    assert later.clocks[1].due is None and later.clocks[1].status == "information"
    assert overdue.serious and overdue.expedited and overdue.events == ("headache",)
    assert soon.valid is False and soon.missing == ("patient",)


def test_real_case_models_round_trip() -> None:
    models = pytest.importorskip("pvflag.cases.models")
    case = models.AECase(
        case_id="C-1",
        first_received_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
        latest_received_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
        validity=models.Validity(
            valid=True,
            identifiable_patient=True,
            identifiable_reporter=True,
            suspect_product=True,
            event_or_special_situation=True,
        ),
        clocks=(
            models.Clock(
                rule_id="us.15day",
                clock="expedited_report",
                reference="21 CFR 314.80",
                start=datetime(2026, 11, 20, 10, tzinfo=UTC),
                amount=15,
                unit="calendar_days",
                due=datetime(2026, 12, 5, 10, tzinfo=UTC),
                status="open",
            ),
        ),
    )
    from_model = ReportInputs.build(cases=[case]).cases[0]
    from_json = ReportInputs.build(cases=[json.loads(case.to_json())]).cases[0]
    assert from_model == from_json
    assert from_json.clocks[0].due == datetime(2026, 12, 5, 10, tzinfo=UTC)


def test_a_case_batch_document_is_unwrapped(tmp_path: Path) -> None:
    batch = {
        "cases": case_records()[:2],
        "dispositions": [{"record_id": "r1", "forwarded": True, "reason": "in_case"}],
        "errors": [{"record_id": "r9", "type": "naive_received_at", "message": "no time zone"}],
    }
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(batch, indent=1), encoding="utf-8")
    inputs = load_report_inputs([path])
    assert [c.case_id for c in inputs.cases] == ["C-LATER", "C-OVERDUE"]
    assert inputs.ignored == {"case disposition rows": 1}
    assert "r9" in inputs.problems[0].message and "naive_received_at" in inputs.problems[0].message


def test_bad_lines_become_problems_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps(scan_records()[0])
    path.write_text(
        "\n".join(
            [
                good,
                "{not json",
                json.dumps({"foo": 1}),
                json.dumps([1]),
                json.dumps({"id": "bad", "reportable": True, "findings": [{"kind": "nope"}]}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    inputs = load_report_inputs([path])
    by_line = {p.line: p.message for p in inputs.problems}
    assert set(by_line) == {2, 3, 4, 5}
    assert by_line[2].startswith("not valid JSON")
    assert "expected a scan result" in by_line[3] and "foo" in by_line[3]
    assert "expected a JSON object, got int" in by_line[4]
    assert "'bad'" in by_line[5] and "findings" in by_line[5]
    # the invalid scan result is still listed, as a record error: nothing is lost
    assert [r.id for r in inputs.scan_results] == ["r1", "bad"]
    assert inputs.scan_results[1].error is not None
    assert all(p.file == str(path) for p in inputs.problems)


def test_unknown_fields_from_a_newer_scan_output_are_tolerated() -> None:
    record = scan_records()[0]
    record["rule_ids"] = ["x"]
    record["findings"][0] = {**record["findings"][0], "confidence": 0.9}
    record["findings"][0]["evidence"] = {**record["findings"][0]["evidence"], "weight": 2}
    inputs = ReportInputs.build(scan_results=[record])
    assert inputs.problems == ()
    assert inputs.scan_results[0].findings[0].text == "HA"


def test_library_objects_are_accepted() -> None:
    result = ScanResult.model_validate(scan_records()[0])
    assert ReportInputs.build(scan_results=[result]).scan_results == (result,)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_report_inputs([tmp_path / "nope.jsonl"])


def test_empty_and_single_line_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    single = write_jsonl(tmp_path / "one.jsonl", scan_records()[:1])
    inputs = load_report_inputs([empty, single])
    assert len(inputs.scan_results) == 1 and inputs.problems == ()


def test_interactions_in_other_formats_are_read_as_the_scanner_read_them(tmp_path: Path) -> None:
    csv_file = tmp_path / "notes.csv"
    csv_file.write_text('id,text,channel\nc1,"Pt c/o HA\x01 today",call_note\n', encoding="utf-8")
    inputs = load_report_inputs([csv_file])
    # pvflag.io blanks control characters without moving offsets; the scanner saw this text
    assert inputs.source_texts == {"c1": "Pt c/o HA  today"}
    assert inputs.source_channels == {"c1": "call_note"}


def test_jsonl_interaction_text_gets_the_same_hygiene(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "i.jsonl", [{"id": "j1", "text": "a\x00b\ufeffc"}])
    assert load_report_inputs([path]).source_texts == {"j1": "a b c"}
