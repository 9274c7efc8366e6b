"""The selftest on the installed package, on a broken lexicon, without schemas, and from the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pvflag.cli import app
from pvflag.validation import SelftestReport, _data, run_selftest

RUN_AT = datetime(2027, 1, 5, 9, 30, tzinfo=UTC)
INFRASTRUCTURE = ("SELF-", "DL-")


def _lexicon_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicons"
    source = resources.files("pvflag.data.lexicons")
    folder.mkdir()
    for item in source.iterdir():
        if item.is_file() and not item.name.endswith(".py"):
            (folder / item.name).write_bytes(item.read_bytes())
    return folder


def test_selftest_runs_under_a_minute_and_writes_its_evidence(
    selftest_report: SelftestReport, selftest_dir: Path
) -> None:
    assert selftest_report.duration_seconds < 60
    for name in (
        "selftest-report.json",
        "selftest-report.html",
        "selftest-scan.jsonl",
        "selftest-cases.jsonl",
        "selftest-e2b-r3.xml",
    ):
        assert (selftest_dir / name).stat().st_size > 0, name
    assert set(selftest_report.outputs.values()) >= {"selftest-report.json", "selftest-report.html"}


def test_installation_deadline_e2b_robustness_and_privacy_checks_pass(
    selftest_report: SelftestReport,
) -> None:
    infrastructure = [c for c in selftest_report.checks if c.id.startswith(INFRASTRUCTURE)]
    assert len(infrastructure) >= 20
    assert [(c.id, c.detail) for c in infrastructure if c.status != "pass"] == []


def test_selftest_passes_on_the_installed_package(selftest_report: SelftestReport) -> None:
    assert [(c.id, c.detail) for c in selftest_report.checks if c.status != "pass"] == []
    assert selftest_report.verdict == "pass" and selftest_report.exit_code == 0


def test_verdict_follows_the_checks(selftest_report: SelftestReport) -> None:
    statuses = {c.status for c in selftest_report.checks}
    expected = "fail" if "fail" in statuses else "incomplete" if "not_run" in statuses else "pass"
    assert selftest_report.verdict == expected
    assert selftest_report.exit_code == {"pass": 0, "fail": 1, "incomplete": 3}[expected]


def test_report_json_has_every_requirement_with_a_result(selftest_dir: Path) -> None:
    report = json.loads((selftest_dir / "selftest-report.json").read_text(encoding="utf-8"))
    ids = [r["id"] for r in report["requirements"]]
    assert ids == [r["id"] for r in _data.requirements()]
    assert {i.split("-")[1] for i in ids} >= {"DET", "CTX", "SER", "SS", "CASE", "DL", "E2B", "ROB", "PRIV"}
    check_ids = {c["id"] for c in report["checks"]}
    for requirement in report["requirements"]:
        assert requirement["status"] in {"pass", "fail", "not_run"}
        assert requirement["checks"] and requirement["tests"], requirement["id"]
        assert set(requirement["checks"]) <= check_ids, requirement["id"]
    every_limit = {limit["id"] for limit in _data.acceptance_limits()}
    assert every_limit <= check_ids
    traced = {c for r in report["requirements"] for c in r["checks"]}
    assert check_ids <= traced  # no check without a requirement


def test_requirement_tests_exist_in_the_suite() -> None:
    root = Path(__file__).resolve().parents[2]
    for requirement in _data.requirements():
        for test_id in requirement["tests"]:
            path, name = test_id.split("::")
            assert f"def {name}(" in (root / path).read_text(encoding="utf-8"), test_id


def test_report_records_versions_hashes_and_environment(selftest_report: SelftestReport) -> None:
    import pvflag

    assert selftest_report.package_version == pvflag.__version__
    assert selftest_report.lexicon_version
    files = {f["file"]: f for f in selftest_report.files}
    assert "deadline_rules.toml" in files and "validation/corpus.jsonl" in files
    lexicon_files = [f for f in files.values() if f["file"].startswith("lexicons/") and f["expected_sha256"]]
    assert lexicon_files and all(len(f["sha256"]) == 64 for f in lexicon_files)
    env = selftest_report.environment
    assert env["python"] and env["machine"] and env["dependencies"]["spacy"] != "not installed"


def test_html_report_is_self_contained_and_says_results_in_words(
    selftest_dir: Path, selftest_report: SelftestReport
) -> None:
    page = (selftest_dir / "selftest-report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert {"PASSED": "pass", "FAILED": "fail", "INCOMPLETE": "incomplete"}[
        page.split('role="status"><strong>')[1].split("<")[0]
    ] == selftest_report.verdict
    assert "traceability matrix" in page
    for requirement in selftest_report.requirements:
        assert f'id="{requirement.id}"' in page
    assert "Reviewed by QA" in page


def test_a_deleted_vocabulary_file_fails_with_a_message_naming_it(tmp_path: Path) -> None:
    folder = _lexicon_copy(tmp_path)
    (folder / "events.tsv").unlink()
    report = run_selftest(tmp_path / "out", now=RUN_AT, lexicon_dir=folder)
    assert report.verdict == "fail" and report.exit_code == 1
    assert report.check("SELF-INST-01").status == "fail"
    assert "events.tsv is missing" in report.check("SELF-INST-01").detail
    assert report.check("SELF-INST-02").status == "fail"
    assert "'events.tsv' is missing" in report.check("SELF-INST-02").detail
    assert report.check("ACC-REC-01").status == "not_run"
    assert "events.tsv" in report.summary or "SELF-INST-01" in report.summary
    assert (tmp_path / "out" / "selftest-report.html").is_file()


def test_a_changed_rule_file_fails_naming_the_file_and_line(tmp_path: Path) -> None:
    folder = _lexicon_copy(tmp_path)
    with (folder / "special_situations.tsv").open("a", encoding="utf-8") as f:
        f.write("SS-BROKEN\tnot_a_category\tphrase\tsome words\t\n")
    report = run_selftest(None, now=RUN_AT, lexicon_dir=folder)
    assert report.verdict == "fail"
    assert "special_situations.tsv differs from the release" in report.check("SELF-INST-01").detail
    assert "special_situations.tsv:" in report.check("SELF-INST-02").detail
    assert "not_a_category" in report.check("SELF-INST-02").detail


def test_without_schemas_the_xsd_check_is_not_run_never_passed(tmp_path: Path) -> None:
    empty = tmp_path / "no-schemas"
    empty.mkdir()
    report = run_selftest(None, now=RUN_AT, schema_dir=empty)
    xsd = report.check("SELF-E2B-XSD")
    assert xsd.status == "not_run"
    assert "NOT RUN" in xsd.detail and "not a pass" in xsd.detail and "--schema-dir" in xsd.detail
    assert report.verdict != "pass"
    assert report.check("SELF-E2B-RULES").status in {"pass", "fail"}  # business rules still run
    (e2b,) = [r for r in report.requirements if r.id == "URS-E2B-01"]
    assert e2b.status in {"not_run", "fail"}


def test_pytest_junit_results_fill_the_matrix(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    junit.write_text(
        '<?xml version="1.0"?><testsuites><testsuite>'
        '<testcase classname="tests.cases.test_deadlines" name="test_deadline_scenario[a]"/>'
        '<testcase classname="tests.cases.test_deadlines" name="test_deadline_scenario[b]">'
        "<failure/></testcase>"
        '<testcase classname="tests.cases.test_properties" name="test_no_due_time_before_day0"/>'
        "</testsuite></testsuites>",
        encoding="utf-8",
    )
    from pvflag.validation.selftest import _junit_results

    results = _junit_results(junit)
    assert results["tests/cases/test_deadlines.py::test_deadline_scenario"] == "failed"
    assert results["tests/cases/test_properties.py::test_no_due_time_before_day0"] == "passed"


def test_cli_exit_code_and_message_for_a_broken_lexicon(tmp_path: Path) -> None:
    folder = _lexicon_copy(tmp_path)
    (folder / "context_rules.tsv").unlink()
    result = CliRunner().invoke(app, ["selftest", "-o", str(tmp_path / "out"), "--lexicon-dir", str(folder)])
    assert result.exit_code == 1, result.output
    assert "context_rules.tsv" in result.output
    assert "FAILED" in result.output
    assert (tmp_path / "out" / "selftest-report.json").is_file()


def test_cli_rejects_a_naive_now(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["selftest", "-o", str(tmp_path), "--now", "2027-01-05T09:00:00"])
    assert result.exit_code == 2
    assert "UTC offset" in result.output
