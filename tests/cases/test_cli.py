"""``pvflag cases`` through typer's CliRunner."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pvflag.cli import app
from pvflag.findings import AdverseEventFinding, DrugFinding, ScanResult

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]

SCAN_LINES = [
    {
        "id": "n-1",
        "received_at": "2026-03-06T17:45:00-05:00",
        "patient_id": "P-1",
        "reporter_type": "patient",
        "country": "US",
        "reportable": True,
        "findings": [
            {
                "kind": "adverse_event",
                "start": 0,
                "end": 2,
                "text": "HA",
                "term": "headache",
                "assertion": "present",
                "drug": "Dupixent",
                "drug_term": "dupilumab",
                "seriousness": ["hospitalization"],
                "rule_ids": ["extra fields are welcome"],
            },
            {
                "kind": "adverse_event",
                "start": 8,
                "end": 14,
                "text": "nausea",
                "term": "nausea",
                "assertion": "negated",
            },
            {
                "kind": "drug",
                "start": 20,
                "end": 28,
                "text": "Dupixent",
                "term": "dupilumab",
                "role": "suspect",
            },
        ],
        "error": None,
    },
    {
        "id": "n-2",
        "metadata": {"received_at": "2026-03-06T12:00:00"},
        "findings": [{"kind": "adverse_event", "start": 0, "end": 4, "text": "rash", "term": "rash"}],
    },
    {"id": "n-3", "findings": [], "error": {"type": "invalid_json", "message": "line 3 is not JSON"}},
]


def _write(tmp_path: Path, lines: list[dict]) -> Path:  # type: ignore[type-arg]
    path = tmp_path / "scan.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines) + "{broken\n", encoding="utf-8")
    return path


def test_schema() -> None:
    out = runner.invoke(app, ["cases", "--schema"])
    assert out.exit_code == 0, out.output
    schema = json.loads(out.stdout)
    assert schema["title"] == "AECase"
    assert schema["properties"]["case_id"]["e2b"] == "C.1.1"
    assert schema["$defs"]["CaseEvent"]["properties"]["verbatim"]["e2b"] == "E.i.1.1a"


def test_scan_output_to_cases_and_disposition(tmp_path: Path) -> None:
    source = _write(tmp_path, SCAN_LINES)
    cases, disposition = tmp_path / "cases.jsonl", tmp_path / "disp.jsonl"
    out = runner.invoke(
        app,
        [
            "cases",
            str(source),
            "-o",
            str(cases),
            "--disposition",
            str(disposition),
            "--program",
            str(REPO / "examples" / "program.toml"),
            "--now",
            "2026-03-09T12:00:00-04:00",
        ],
    )
    assert out.exit_code == 0, out.output
    (case,) = [json.loads(line) for line in cases.read_text().splitlines()]
    assert case["program"] == "DupiCare Connect" and case["serious"] is True
    clocks = {c["rule_id"]: c for c in case["clocks"]}
    assert clocks["hub.transfer"]["due"] == "2026-03-09T23:59:59-04:00"
    assert clocks["hub.transfer"]["status"] == "due_within_24h"
    # the example program overrides the expedited clock to 12 days
    assert clocks["postmarket.expedited.15d"]["due"] == "2026-03-18T23:59:59-04:00"
    rows = [json.loads(line) for line in disposition.read_text().splitlines()]
    assert [(r["record_id"], r["reason"]) for r in rows] == [
        ("n-1", "in_case"),
        ("n-1", "negated"),
        ("n-1", "in_case"),
        ("n-2", "record_error"),
        ("n-3", "record_error"),
        (f"{source}:4", "record_error"),
    ]
    assert "naive_received_at" in out.stderr and "3 record errors" in out.stderr


def test_tz_makes_naive_time_usable(tmp_path: Path) -> None:
    source = _write(tmp_path, SCAN_LINES[1:2])
    out = runner.invoke(app, ["cases", str(source), "--tz", "Europe/Paris", "--now", "2026-03-06T12:00:00Z"])
    assert out.exit_code == 0, out.output
    (case,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert case["first_received_at"] == "2026-03-06T12:00:00+01:00"
    assert case["validity"]["valid"] is False  # no patient, reporter or suspect
    assert set(case["validity"]["missing"]) == {"patient", "reporter", "suspect_product"}


def test_byte_identical_runs(tmp_path: Path) -> None:
    source = _write(tmp_path, SCAN_LINES)
    args = ["cases", str(source), "--now", "2026-03-09T12:00:00Z"]
    assert runner.invoke(app, args).stdout == runner.invoke(app, args).stdout


@pytest.mark.parametrize(
    ("program_text", "message"),
    [
        ('name = "x"\ncolour = 1\n', "colour: unknown key"),
        ('name = "x"\ncountry = "XX"\n', "country = 'XX'"),
        ('name = "x"\ntimezone = "Mars/Base"\n', "not an IANA time zone"),
        ('name = "x"\n[transfer]\nunit = "weeks"\n', "transfer.unit"),
        ('name = "x"\n[rule_overrides."no.such"]\namount = 1\n', "valid: hub.transfer"),
        ('name = "x"\ncountry = "DE"\n[calendar]\nsubdivision = "ZZ"\n', "valid: BB"),
        ("name = \n", "not valid TOML"),
    ],
)
def test_bad_program_file(tmp_path: Path, program_text: str, message: str) -> None:
    program = tmp_path / "program.toml"
    program.write_text(program_text, encoding="utf-8")
    source = _write(tmp_path, SCAN_LINES[:1])
    out = runner.invoke(app, ["cases", str(source), "--program", str(program)])
    assert out.exit_code == 2
    assert str(program) in out.stderr and message in out.stderr


def test_missing_input_and_bad_now(tmp_path: Path) -> None:
    assert runner.invoke(app, ["cases"]).exit_code == 2
    assert runner.invoke(app, ["cases", str(tmp_path / "nope.jsonl")]).exit_code == 2
    source = _write(tmp_path, SCAN_LINES[:1])
    out = runner.invoke(app, ["cases", str(source), "--now", "2026-03-09T12:00:00"])
    assert out.exit_code == 2 and "UTC offset" in out.stderr


def test_interactions_are_scanned_on_the_fly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner is replaced by a stub: this checks the wiring (metadata, received_at, order)."""

    class StubScanner:
        def __init__(self, **options):  # type: ignore[no-untyped-def]
            assert options["include_text"] is True

        def scan_many(self, records):  # type: ignore[no-untyped-def]
            for record in records:
                start = record.text.find("HA")
                findings = []
                if start >= 0:
                    findings = [
                        AdverseEventFinding(
                            start=start,
                            end=start + 2,
                            text="HA",
                            term="headache",
                            drug="Dupixent",
                            drug_term="dupilumab",
                        ),
                        DrugFinding(start=0, end=8, text="Dupixent", term="dupilumab", role="suspect"),
                    ]
                yield ScanResult(id=record.id, findings=tuple(findings))

    module = types.ModuleType("pvflag.scanner")
    module.Scanner = StubScanner  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pvflag.scanner", module)
    source = tmp_path / "calls.jsonl"
    source.write_text(
        json.dumps(
            {
                "id": "c1",
                "text": "Dupixent gave me HA",
                "received_at": "2026-03-06T17:45:00-05:00",
                "patient_id": "P-7",
                "reporter_type": "patient",
                "country": "US",
            }
        )
        + "\n"
        + json.dumps({"id": "c2", "text": "all fine", "received_at": "2026-03-07T10:00:00-05:00"})
        + "\n",
        encoding="utf-8",
    )
    disposition = tmp_path / "d.jsonl"
    out = runner.invoke(
        app, ["cases", str(source), "--now", "2026-03-06T23:00:00Z", "--disposition", str(disposition)]
    )
    assert out.exit_code == 0, out.output
    (case,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert case["patient"]["patient_id"] == "P-7" and case["validity"]["valid"]
    assert case["first_received_at"] == "2026-03-06T17:45:00-05:00"
    assert "Dupixent gave me HA" in case["narrative"]
    rows = [json.loads(line) for line in disposition.read_text().splitlines()]
    assert [(r["record_id"], r["reason"]) for r in rows] == [
        ("c1", "in_case"),
        ("c1", "in_case"),
        ("c2", "no_reportable_finding"),
    ]
