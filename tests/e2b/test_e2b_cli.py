"""``pvflag export`` and ``pvflag validate`` through the real typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from e2b_helpers import E2B_DIR, FDA_EXAMPLES
from test_e2b_adapter import make_case
from typer.testing import CliRunner

from pvflag.cli import app

runner = CliRunner()
OPTIONS = [
    "--sender-id",
    "HUB",
    "--receiver-id",
    "ZZFDA",
    "--message-receiver-id",
    "CDER",
    "--sender-organization",
    "Hub Inc",
    "--profile",
    "fda",
    "--meddra-version",
    "27.0",
]


@pytest.fixture
def cases_file(tmp_path: Path) -> Path:
    path = tmp_path / "cases.jsonl"
    lines = [
        make_case().to_json(),
        '{"case_id": "broken"}',
        "",
        make_case(case_id="beef", version=2).to_json(),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_export_one_batch_and_report_bad_lines(cases_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", str(cases_file), "-o", str(out), *OPTIONS, "--batch-id", "B1"])
    assert result.exit_code == 1  # one line could not be exported
    assert sorted(p.name for p in out.iterdir()) == ["B1.xml", "errors.jsonl"]
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert (error["line"], error["case_id"], error["type"]) == (2, "broken", "ValidationError")
    assert "2 case(s) in 1 file(s)" in result.output


def test_export_per_case_r2(cases_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner.invoke(
        app, ["export", str(cases_file), "-o", str(out), "--format", "r2", "--layout", "per-case", *OPTIONS]
    )
    assert sorted(p.name for p in out.glob("*.xml")) == ["US-HUB-beef-v2.xml", "US-HUB-c0ffee-v1.xml"]
    assert b"<ichicsr" in (out / "US-HUB-c0ffee-v1.xml").read_bytes()


def test_export_settings_from_a_program_file(cases_file: Path, tmp_path: Path) -> None:
    program = tmp_path / "program.toml"
    program.write_text(
        'name = "CareConnect"\ncountry = "US"\n[e2b]\nbatch_sender_id = "HUB"\nbatch_receiver_id = "MFR"\n'
        'sender_organization = "Hub Inc"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", str(cases_file), "-o", str(out), "--program", str(program), "--batch-id", "P1"]
    )
    assert result.exit_code == 1 and (out / "P1.xml").is_file()
    data = (out / "P1.xml").read_bytes()
    assert b'extension="MFR"' in data and b"Hub Inc" in data
    assert b'<code code="US" codeSystem="1.0.3166.1.2.2"/>' in data  # C.3.4.5 from the program's country


def test_export_with_the_example_program_file(cases_file: Path, tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "program.toml"
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", str(cases_file), "-o", str(out), "--program", str(example), "--batch-id", "EX"]
    )
    assert "2 case(s) in 1 file(s)" in result.output
    assert b"DUPICARE-HUB" in (out / "EX.xml").read_bytes()


def test_unknown_e2b_setting_is_named(cases_file: Path, tmp_path: Path) -> None:
    program = tmp_path / "program.toml"
    program.write_text('name = "P"\n[e2b]\nbatch_sender = "HUB"\n', encoding="utf-8")
    result = runner.invoke(
        app, ["export", str(cases_file), "-o", str(tmp_path / "o"), "--program", str(program)]
    )
    assert result.exit_code == 2
    assert "unknown E2B setting(s) ['batch_sender']" in result.output and "batch_sender_id" in result.output


def test_export_without_settings_names_what_is_missing(cases_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(cases_file), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "batch_sender_id" in result.output and "sender_organization" in result.output


def test_exported_file_validates_but_for_meddra(cases_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner.invoke(app, ["export", str(cases_file), "-o", str(out), *OPTIONS, "--batch-id", "B1"])
    result = runner.invoke(
        app,
        [
            "validate",
            str(out / "B1.xml"),
            "--profile",
            "fda",
            "--format",
            "json",
            "--schema-dir",
            str(E2B_DIR),
        ],
    )
    assert result.exit_code == 1
    (report,) = json.loads(result.stdout)
    assert {p["rule"] for p in report["problems"]} == {"MEDDRA-REQUIRED"}
    # the coded headache passes; 'tired' and the pregnancy exposure need coding, in both cases
    assert len(report["problems"]) == 4


def test_validate_human_output_and_exit_codes() -> None:
    clean = FDA_EXAMPLES / "FAERS2022Scenario8.xml"
    broken = FDA_EXAMPLES / "FAERS2022Scenario5-3.xml"
    ok = runner.invoke(app, ["validate", str(clean), "--today", "2026-01-01"])
    assert ok.exit_code == 0 and "FAERS2022Scenario8.xml [r3]: OK" in ok.output
    bad = runner.invoke(app, ["validate", str(clean), str(broken), "--today", "2026-01-01"])
    assert bad.exit_code == 1
    assert "FAERS2022Scenario5-3.xml [r3]: 3 error(s)" in bad.output
    assert "REFERENCE" in bad.output and "G.k.1" in bad.output and "at /MCCI_IN200100UV01/" in bad.output


def test_validate_without_schemas_exits_2_and_says_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PVFLAG_E2B_SCHEMAS", str(tmp_path))
    result = runner.invoke(app, ["validate", str(FDA_EXAMPLES / "FAERS2022Scenario8.xml")])
    assert result.exit_code == 2 and "--schema-dir" in result.output


def test_validate_rejects_a_bad_today() -> None:
    result = runner.invoke(app, ["validate", str(FDA_EXAMPLES / "FAERS2022Scenario8.xml"), "--today", "soon"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_export_is_reproducible_with_now(cases_file: Path, tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        runner.invoke(
            app, ["export", str(cases_file), "-o", str(out), *OPTIONS, "--now", "2026-11-24T12:00:00+00:00"]
        )
        (xml,) = out.glob("*.xml")
        outputs.append((xml.name, xml.read_bytes()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == "HUB-20261124120000.xml"
    assert b'<creationTime value="20261124120000+0000"/>' in outputs[0][1]


def test_export_refuses_a_naive_now(cases_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", str(cases_file), "-o", str(tmp_path), *OPTIONS, "--now", "2026-11-24"]
    )
    assert result.exit_code == 2 and "UTC offset" in result.output
