"""``run_selftest``: installation and operational qualification evidence for pvflag.

Runs offline on the installed package: checks that the vocabulary and rule files
are the released ones, scans the bundled validation corpus and scores it against
the acceptance limits, exercises the deadline rule table on hand-computed dated
scenarios, builds cases and exports them as E2B(R3), validates the export, and
writes a JSON and an HTML evidence report with a traceability matrix.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from pvflag.validation import _data
from pvflag.validation.models import (
    CheckResult,
    CheckStatus,
    RequirementResult,
    SelftestReport,
    TestEvidence,
    Verdict,
)

__all__ = ["run_selftest"]

_DEPENDENCIES = ("pydantic", "spacy", "rapidfuzz", "lxml", "typer", "rich", "holidays", "numpy")
_E2B_SETTINGS = {
    "batch_sender_id": "PVFLAG-SELFTEST",
    "batch_receiver_id": "SELFTEST-RECEIVER",
    "sender_organization": "pvflag selftest (validation corpus, fictional)",
}
# E2B business rule that only a licensee's MedDRA can satisfy (pvflag never ships MedDRA)
_MEDDRA_RULE = "MEDDRA-REQUIRED"
# which findings a change to each shipped file can alter (shown in the report and CHANGELOG.md)
FILE_AFFECTS = {
    "manifest.json": "the lexicon version stamped on every finding",
    "events.tsv": "which adverse events are found and their event terms",
    "event_terms.tsv": "event terms, their groups and flags (e.g. medically important)",
    "indication_manifestations.tsv": "which symptoms count as the treated disease (indication)",
    "site_findings.tsv": 'events found from a body site and a descriptive word ("eyes red and crusty")',
    "context_rules.tsv": "assertions (negated, hypothetical, historical, other person, education)",
    "context_rules_imported.tsv": "assertions (negated, hypothetical, historical, other person)",
    "drugs.tsv": "which drugs are found (generic, brand, misspellings, lay names)",
    "products.tsv": "specialty products, their indications and labelled (expected) events",
    "english_words.txt": "fuzzy matching: words never taken for a misspelt drug or event",
    "special_situations.tsv": "special situations found and their categories",
    "seriousness.tsv": "seriousness criteria given to events",
    "deadline_rules.toml": "case clocks: which deadlines apply and when they are due",
}
# The corpus is dated (Sep-Dec 2026); cases, clocks and the E2B file are made "as of" this fixed
# time, so the evidence files are byte-identical on every installation and every run.
CORPUS_AS_OF = datetime(2027, 1, 4, 12, 0, tzinfo=UTC)


def run_selftest(
    out_dir: str | os.PathLike[str] | None = None,
    *,
    now: datetime | None = None,
    lexicon_dir: str | os.PathLike[str] | None = None,
    schema_dir: str | os.PathLike[str] | None = None,
    pytest_junit: str | os.PathLike[str] | None = None,
    timer: Callable[[], float] = time.perf_counter,
) -> SelftestReport:
    """Run every check and, when ``out_dir`` is given, write the evidence report there.

    ``now`` (tz-aware; default: the current time) stamps the report, the cases and the E2B
    file. ``lexicon_dir`` checks and uses a lexicon folder instead of the installed package
    data. ``schema_dir`` is the ICH schema folder (else ``PVFLAG_E2B_SCHEMAS`` or a repository
    checkout); without schemas the XSD check is reported as *not run*. ``pytest_junit`` is a
    JUnit XML file of a pytest run whose results fill the traceability matrix.
    """
    from pvflag import __version__

    started = timer()
    now = now or datetime.now(UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        from pvflag.errors import ConfigError

        raise ConfigError("now must be tz-aware, e.g. datetime.now(timezone.utc)")
    out = Path(out_dir) if out_dir is not None else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    checks: list[CheckResult] = []
    outputs: dict[str, str] = {}
    metrics: dict[str, Any] = {}

    lex_path = Path(lexicon_dir) if lexicon_dir is not None else None
    files, integrity = _lexicon_integrity(lex_path)
    checks.append(integrity)
    lexicon, load_check = _load_lexicon(lex_path)
    checks.append(load_check)
    checks.append(_rule_table_check())
    files += _other_files()

    scan_results: list[Any] = []
    if lexicon is None:
        reason = "not run: the vocabulary could not be loaded (see SELF-INST-02)"
        for limit in _data.acceptance_limits():
            checks.append(_limit_result(limit, None, reason))
        for check_id, area, title in _SCAN_DEPENDENT:
            checks.append(CheckResult(id=check_id, area=area, title=title, status="not_run", detail=reason))
    else:
        scanner = _scanner(lexicon, lex_path)
        scan_check, scan_results = _scan_corpus(scanner)
        checks.append(scan_check)
        from pvflag.validation.scoring import score_corpus

        score = score_corpus(_data.corpus(), [r.model_dump(mode="json") for r in scan_results])
        metrics["corpus"] = score.as_dict()
        for limit in _data.acceptance_limits():
            checks.append(_limit_result(limit, score.metric(limit["metric"]), None))
        checks += _case_and_e2b_checks(
            scan_results, now=CORPUS_AS_OF, out=out, schema_dir=schema_dir, outputs=outputs
        )
        checks.append(_robustness_check(scanner))
        checks.append(_determinism_check(scanner, scan_results))
        checks.append(_privacy_check(CORPUS_AS_OF))
        if out is not None:
            path = out / "selftest-scan.jsonl"
            path.write_text("".join(r.to_json() + "\n" for r in scan_results), encoding="utf-8")
            outputs["scan_output"] = path.name
    checks += _deadline_checks(CORPUS_AS_OF)

    test_results = _junit_results(Path(pytest_junit)) if pytest_junit is not None else {}
    requirements = _requirements(checks, test_results)
    verdict = _verdict(checks)
    failed = [c.id for c in checks if c.status == "fail"]
    not_run = [c.id for c in checks if c.status == "not_run"]
    summary = {
        "pass": f"PASSED: all {len(checks)} checks passed.",
        "fail": f"FAILED: {len(failed)} of {len(checks)} checks failed ({', '.join(failed)})"
        + (f"; {len(not_run)} could not run ({', '.join(not_run)})." if not_run else "."),
        "incomplete": f"INCOMPLETE: no check failed, but {len(not_run)} could not run "
        f"({', '.join(not_run)}); "
        "the qualification is not complete until they run.",
    }[verdict]
    duration = round(timer() - started, 2)
    report = SelftestReport(
        verdict=verdict,
        summary=summary,
        started_at=now,
        finished_at=now + timedelta(seconds=duration),
        duration_seconds=duration,
        package_version=__version__,
        lexicon_version=lexicon.version if lexicon is not None else None,
        lexicon_dir=str(lex_path) if lex_path is not None else "package data",
        environment=_environment(),
        files=tuple(files),
        checks=tuple(checks),
        requirements=requirements,
        metrics=metrics,
        outputs=outputs,
    )
    if out is not None:
        from pvflag.validation.report import render_html

        outputs["json_report"] = "selftest-report.json"
        outputs["html_report"] = "selftest-report.html"
        report = report.model_copy(update={"outputs": dict(outputs)})
        (out / "selftest-report.json").write_text(report.model_dump_json(indent=1), encoding="utf-8")
        (out / "selftest-report.html").write_text(render_html(report), encoding="utf-8")
    return report


_SCAN_DEPENDENT = (
    ("SELF-SCAN-01", "Detection", "Every corpus record is scanned and every finding points at its text"),
    ("SELF-CASE-01", "Cases", "Every corpus record is accounted for in the case disposition log"),
    ("SELF-CASE-02", "Cases", "Every record flagged reportable is forwarded in a case"),
    ("SELF-E2B-01", "E2B", "The corpus cases export as one E2B(R3) batch"),
    ("SELF-E2B-XSD", "E2B", "The E2B(R3) export is valid against the ICH schemas"),
    ("SELF-E2B-RULES", "E2B", "The E2B(R3) export passes the ICH business rules"),
    ("SELF-ROB-01", "Robustness", "Bad records get an error of their own and the batch goes on"),
    ("SELF-ROB-02", "Robustness", "Scanning again gives identical output"),
    ("SELF-PRIV-01", "Privacy", "Error messages do not repeat note text"),
)


def _title(check_id: str) -> tuple[str, str]:
    for cid, area, title in _SCAN_DEPENDENT:
        if cid == check_id:
            return area, title
    raise KeyError(check_id)


def _check(check_id: str, ok: bool, detail: str, *, measured: Any = None) -> CheckResult:
    area, title = _title(check_id)
    return CheckResult(
        id=check_id, area=area, title=title, status="pass" if ok else "fail", detail=detail, measured=measured
    )


# -- installation ------------------------------------------------------------------------------
def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _lexicon_integrity(directory: Path | None) -> tuple[list[dict[str, Any]], CheckResult]:
    """Hash every file the lexicon manifest lists and compare with the release hashes."""
    where = str(directory) if directory is not None else "package data pvflag/data/lexicons"

    def read(name: str) -> bytes | None:
        if directory is not None:
            path = directory / name
            return path.read_bytes() if path.is_file() else None
        resource = resources.files("pvflag.data.lexicons").joinpath(name)
        return resource.read_bytes() if resource.is_file() else None

    title = "Vocabulary and rule files are complete and unchanged (SHA-256 against the release manifest)"
    manifest_bytes = read("manifest.json")
    if manifest_bytes is None:
        return [], CheckResult(
            id="SELF-INST-01",
            area="Installation",
            title=title,
            status="fail",
            detail=f"manifest.json is missing from {where}; the installation is incomplete.",
        )
    manifest = json.loads(manifest_bytes)
    files: list[dict[str, Any]] = [
        {
            "file": "lexicons/manifest.json",
            "sha256": _sha256(manifest_bytes),
            "expected_sha256": None,
            "status": "present",
            "affects": FILE_AFFECTS["manifest.json"],
        }
    ]
    problems = []
    for name, entry in sorted(manifest.get("files", {}).items()):
        data = read(name)
        expected = entry.get("sha256")
        if data is None:
            problems.append(f"{name} is missing")
            files.append(
                {
                    "file": f"lexicons/{name}",
                    "sha256": None,
                    "expected_sha256": expected,
                    "status": "missing",
                    "affects": FILE_AFFECTS.get(name, ""),
                }
            )
            continue
        actual = _sha256(data)
        status = "ok" if actual == expected else "changed"
        if status == "changed":
            problems.append(
                f"{name} differs from the release "
                f"(SHA-256 {actual[:12]}..., expected {str(expected)[:12]}...)"
            )
        files.append(
            {
                "file": f"lexicons/{name}",
                "sha256": actual,
                "expected_sha256": expected,
                "status": status,
                "affects": FILE_AFFECTS.get(name, ""),
            }
        )
    count = len(manifest.get("files", {}))
    if problems:
        detail = (
            f"{len(problems)} of {count} files in {where} are not as released: " + "; ".join(problems) + "."
        )
        return files, CheckResult(
            id="SELF-INST-01",
            area="Installation",
            title=title,
            status="fail",
            detail=detail,
            measured=len(problems),
        )
    version = manifest.get("version", "?")
    return files, CheckResult(
        id="SELF-INST-01",
        area="Installation",
        title=title,
        status="pass",
        detail=f"All {count} files of lexicon version {version} match the release manifest.",
        measured=0,
    )


def _load_lexicon(directory: Path | None) -> tuple[Any, CheckResult]:
    from pvflag.errors import LexiconError
    from pvflag.lexicon import load_lexicon, load_lexicon_from

    title = "The vocabulary and context rules load"
    try:
        lexicon = load_lexicon_from(directory) if directory is not None else load_lexicon()
    except LexiconError as exc:
        return None, CheckResult(
            id="SELF-INST-02",
            area="Installation",
            title=title,
            status="fail",
            detail=f"The vocabulary could not be loaded: {exc}",
        )
    counts = lexicon.counts()
    return lexicon, CheckResult(
        id="SELF-INST-02",
        area="Installation",
        title=title,
        status="pass",
        detail=(
            f"Lexicon {lexicon.version}: {counts['event_surfaces']} event phrases, "
            f"{counts['drug_surfaces']} drug "
            f"names, {counts['context_rules']} context rules, {counts['special_situation_rules']} special-"
            f"situation rules, {counts['seriousness_rules']} seriousness rules."
        ),
    )


def _rule_table_check() -> CheckResult:
    from pvflag.cases.deadlines import load_rules
    from pvflag.errors import ConfigError

    title = "The deadline rule table loads"
    try:
        rules = load_rules()
    except (ConfigError, OSError) as exc:
        return CheckResult(
            id="SELF-INST-03",
            area="Installation",
            title=title,
            status="fail",
            detail=f"The deadline rule table could not be loaded: {exc}",
        )
    return CheckResult(
        id="SELF-INST-03",
        area="Installation",
        title=title,
        status="pass",
        detail=f"{len(rules)} rules: {', '.join(r.id for r in rules)}.",
    )


def _other_files() -> list[dict[str, Any]]:
    out = []
    rules = resources.files("pvflag.data").joinpath("deadline_rules.toml")
    if rules.is_file():
        out.append(
            {
                "file": "deadline_rules.toml",
                "sha256": _sha256(rules.read_bytes()),
                "expected_sha256": None,
                "status": "present",
                "affects": FILE_AFFECTS["deadline_rules.toml"],
            }
        )
    for name in _data.DATA_FILES:
        out.append(
            {
                "file": f"validation/{name}",
                "sha256": _sha256(_data.data_bytes(name)),
                "expected_sha256": None,
                "status": "present",
                "affects": "the selftest only (validation evidence), never a finding",
            }
        )
    return out


# -- scanning ----------------------------------------------------------------------------------
def _scanner(lexicon: Any, directory: Path | None) -> Any:
    from pvflag.scanner import Scanner

    if directory is None:
        return Scanner(include_text=True, meddra=None)
    return _DirectoryScanner(lexicon, include_text=True)


class _DirectoryScannerMixin:
    """A scanner over a lexicon folder (not the package data); compiled once, never cached on disk."""

    def __init__(self, lexicon: Any, **options: Any) -> None:
        super().__init__(**options)  # type: ignore[call-arg]
        self._folder_lexicon = lexicon

    def _build(self) -> tuple[Any, Any, None]:
        from pvflag.nlp._compiled import compile_lexicon
        from pvflag.nlp._tokenizer import load_tokenizer

        tokenizer = load_tokenizer()
        return tokenizer, compile_lexicon(self._folder_lexicon, tokenizer, {}), None


def _directory_scanner_class() -> type:
    from pvflag.scanner import Scanner

    return type("_DirectoryScanner", (_DirectoryScannerMixin, Scanner), {})


def _DirectoryScanner(lexicon: Any, **options: Any) -> Any:
    return _directory_scanner_class()(lexicon, **options)


def _interaction(record: dict[str, Any]) -> Any:
    from pvflag.interactions import Interaction

    meta = {
        k: record[k] for k in ("received_at", "country", "patient_initials", "reporter_type") if record.get(k)
    }
    return Interaction(id=record["id"], text=record["text"], channel=record["channel"], metadata=meta)


def _scan_corpus(scanner: Any) -> tuple[CheckResult, list[Any]]:
    corpus = _data.corpus()
    results = list(scanner.scan_many(_interaction(r) for r in corpus))
    problems = []
    if [r.id for r in results] != [g["id"] for g in corpus]:
        problems.append("the results are not one per record in input order")
    texts = {g["id"]: g["text"] for g in corpus}
    for r in results:
        if r.error is not None:
            problems.append(f"{r.id}: error {r.error.type}")
            continue
        bad = [f for f in r.findings if texts[r.id][f.start : f.end] != f.text]
        if bad:
            problems.append(f"{r.id}: {len(bad)} findings do not point at their text")
    findings = sum(len(r.findings) for r in results)
    if problems:
        return _check("SELF-SCAN-01", False, "; ".join(problems[:10])), results
    return _check(
        "SELF-SCAN-01",
        True,
        f"{len(results)} records scanned, {findings} findings, each at the right place in its text.",
    ), results


def _limit_result(limit: dict[str, Any], value: float | None, not_run_reason: str | None) -> CheckResult:
    op, bound = limit["op"], float(limit["value"])
    limit_text = f"{'at least' if op == '>=' else 'at most'} {bound:.2f}"
    area = {
        "record_flags": "Detection",
        "finding_kinds": "Detection",
        "special_situations": "Special situations",
        "assertions": "Context",
        "summary": "Context",
    }[limit["metric"].split(".")[0]]
    title = _METRIC_WORDS.get(limit["metric"]) or _metric_words(limit["metric"])
    common = dict(
        id=limit["id"], area=area, title=title, limit=limit_text, rationale=limit["rationale"].strip()
    )
    if not_run_reason is not None:
        return CheckResult(status="not_run", detail=not_run_reason, **common)
    if value is None:
        return CheckResult(
            status="not_run", detail="The corpus has no example for this measurement.", **common
        )
    ok = value >= bound if op == ">=" else value <= bound
    word = "meets" if ok else "does NOT meet"
    return CheckResult(
        status="pass" if ok else "fail",
        measured=round(value, 4),
        detail=f"Measured {value:.2f}; {word} the limit ({limit_text}).",
        **common,
    )


_METRIC_WORDS = {
    "record_flags.reportable.recall": "Share of reportable records that pvflag flags (recall)",
    "record_flags.reportable.precision": "Share of flagged records that are really reportable (precision)",
    "record_flags.has_ae.recall": "Share of records with an adverse event that pvflag flags as such",
    "record_flags.serious.recall": "Share of serious records that pvflag marks serious",
    "finding_kinds.adverse_event.recall": "Share of adverse-event mentions found",
    "finding_kinds.adverse_event.precision": "Share of adverse events found that are real",
    "finding_kinds.special_situation.recall": "Share of special situations found (all categories)",
    "finding_kinds.drug.recall": "Share of product mentions found",
    "finding_kinds.drug.precision": "Share of products found that are real",
    "summary.context.false_present": (
        "Share of non-events (denied, hypothetical, ...) wrongly called an adverse event"
    ),
    "summary.context.false_absent": (
        "Share of real events found that were wrongly given a non-present context"
    ),
}


def _metric_words(metric: str) -> str:
    group, key, measure = metric.split(".")
    name = key.replace("_", " ")
    if group == "special_situations":
        return f"Share of '{name}' special situations found"
    if group == "assertions":
        return f"Share of '{name}' mentions given the right context"
    return f"{group} {name} {measure}"


# -- cases and E2B -----------------------------------------------------------------------------
def _case_and_e2b_checks(
    results: Sequence[Any], *, now: datetime, out: Path | None, schema_dir: Any, outputs: dict[str, str]
) -> list[CheckResult]:
    from pvflag.cases import build_cases

    checks = []
    batch = build_cases(results, now=now)
    ids = {r.id for r in results}
    logged = {d.record_id for d in batch.dispositions}
    unlogged = sorted(ids - logged)
    errors = [f"{e.record_id}: {e.type}" for e in batch.errors]
    ok = not unlogged and not errors
    detail = (
        f"{len(ids)} records -> {len(batch.cases)} cases; {len(batch.dispositions)} disposition rows; "
        + ("every record is logged." if ok else f"not logged: {unlogged[:10]}; record errors: {errors[:10]}")
    )
    checks.append(_check("SELF-CASE-01", ok, detail, measured=len(batch.cases)))
    forwarded = {d.record_id for d in batch.dispositions if d.forwarded}
    flagged = [r.id for r in results if r.reportable]
    lost = [i for i in flagged if i not in forwarded]
    checks.append(
        _check(
            "SELF-CASE-02",
            not lost,
            f"{len(flagged)} records flagged reportable; "
            + ("each is forwarded in a case." if not lost else f"not forwarded: {', '.join(lost[:20])}"),
            measured=len(lost),
        )
    )
    checks += _e2b_checks(batch.cases, now=now, out=out, schema_dir=schema_dir, outputs=outputs)
    if out is not None:
        path = out / "selftest-cases.jsonl"
        path.write_text("".join(c.model_dump_json() + "\n" for c in batch.cases), encoding="utf-8")
        outputs["cases"] = path.name
    return checks


def _e2b_checks(
    cases: Sequence[Any], *, now: datetime, out: Path | None, schema_dir: Any, outputs: dict[str, str]
) -> list[CheckResult]:
    from pvflag.e2b import ExportSettings, read_cases, to_r3, validate_bytes
    from pvflag.e2b._xml import parse_xml
    from pvflag.e2b.adapter import icsr_from_case
    from pvflag.e2b.rules import check_r3
    from pvflag.errors import E2BError

    settings = ExportSettings(**_E2B_SETTINGS)
    icsrs, refused = [], []
    held_back = [c for c in cases if not c.validity.valid]
    for case in cases:
        if not case.validity.valid:
            continue  # an invalid case waits for follow-up; it is not submitted
        try:
            icsrs.append(icsr_from_case(case, settings))
        except (E2BError, ValueError) as exc:
            refused.append(f"{case.case_id}: {exc}")
    reason = "not run: nothing was exported (see SELF-E2B-01)"
    data = b""
    back: list[Any] = []
    if icsrs:
        try:
            data = to_r3(icsrs, settings, now=now, batch_id="PVFLAG-SELFTEST-1")
            back = read_cases(data)
        except (E2BError, ValueError) as exc:
            refused.append(f"batch: {exc}")
    if refused or not data:
        return [
            _check(
                "SELF-E2B-01",
                False,
                "The E2B(R3) export failed: " + ("; ".join(refused[:5]) or "no valid case"),
            ),
            CheckResult(
                id="SELF-E2B-XSD",
                area="E2B",
                title=_title("SELF-E2B-XSD")[1],
                status="not_run",
                detail=reason,
            ),
            CheckResult(
                id="SELF-E2B-RULES",
                area="E2B",
                title=_title("SELF-E2B-RULES")[1],
                status="not_run",
                detail=reason,
            ),
        ]
    if out is not None:
        (out / "selftest-e2b-r3.xml").write_bytes(data)
        outputs["e2b_r3"] = "selftest-e2b-r3.xml"
    checks = [
        _check(
            "SELF-E2B-01",
            len(back) == len(icsrs),
            f"{len(icsrs)} valid cases written as one E2B(R3) batch of {len(data):,} bytes and "
            f"{len(back)} reports read back; {len(held_back)} cases that do not yet meet the four minimum "
            "criteria are held back for follow-up, as they must be.",
            measured=len(back),
        )
    ]
    try:
        report = validate_bytes(data, name="selftest-e2b-r3.xml", schema_dir=schema_dir, today=now.date())
        xsd = [p for p in report.errors if p.rule == "XSD"]
        checks.append(
            _check(
                "SELF-E2B-XSD",
                not xsd,
                "Valid against the ICH E2B(R3) schema set."
                if not xsd
                else f"{len(xsd)} schema errors, first: line {xsd[0].line}: {xsd[0].message}",
                measured=len(xsd),
            )
        )
    except E2BError as exc:
        checks.append(
            CheckResult(
                id="SELF-E2B-XSD",
                area="E2B",
                title=_title("SELF-E2B-XSD")[1],
                status="not_run",
                detail=(
                    "NOT RUN - schema validation was skipped because the ICH schemas were not found. "
                    "This is not a pass. Give the schema folder with --schema-dir or PVFLAG_E2B_SCHEMAS "
                    f"and run again. ({exc})"
                ),
            )
        )
    problems = [
        p for p in check_r3(parse_xml(data), today=now.date(), profile="ich") if p.severity == "error"
    ]
    meddra = [p for p in problems if p.rule == _MEDDRA_RULE]
    other = [p for p in problems if p.rule != _MEDDRA_RULE]
    detail = (
        "No business-rule errors"
        if not other
        else f"{len(other)} business-rule errors, e.g. {other[0].rule} at line {other[0].line}: "
        f"{other[0].message}"
    )
    if meddra:
        detail += (
            f"; {len(meddra)} events await MedDRA coding ({_MEDDRA_RULE}), expected because pvflag does not "
            "ship MedDRA: the hub codes events with its licensed MedDRA before submission"
        )
    checks.append(_check("SELF-E2B-RULES", not other, detail + ".", measured=len(other)))
    return checks


# -- robustness and privacy --------------------------------------------------------------------
def _robustness_check(scanner: Any) -> CheckResult:
    records: list[Any] = [
        {"id": "rob-1", "text": "Pt c/o rash after Humira."},
        {"id": "rob-2"},
        42,
        {"id": "rob-4", "text": ""},
        ("Pt denies any side effects.", "rob-5"),
    ]
    results = list(scanner.scan_many(records))
    ids = [r.id for r in results]
    errors = [r.id for r in results if r.error is not None]
    ok = (
        len(results) == len(records)
        and ids[0] == "rob-1"
        and ids[-1] == "rob-5"
        and "rob-2" in errors
        and results[0].error is None
        and results[-1].error is None
    )
    return _check(
        "SELF-ROB-01",
        ok,
        f"{len(records)} records in (one without text, one not a record, one empty): {len(results)} results "
        f"out, in order ({', '.join(ids)}); records with an error of their own: "
        f"{', '.join(errors) or 'none'}.",
    )


def _determinism_check(scanner: Any, first: Sequence[Any]) -> CheckResult:
    corpus = _data.corpus()
    again = list(scanner.scan_many(_interaction(r) for r in corpus))
    differing = [a.id for a, b in zip(first, again, strict=True) if a.to_json() != b.to_json()]
    return _check(
        "SELF-ROB-02",
        not differing,
        f"All {len(corpus)} records scanned twice gave byte-identical output."
        if not differing
        else f"{len(differing)} records differ between two scans: {', '.join(differing[:10])}.",
    )


def _privacy_check(now: datetime) -> CheckResult:
    from pvflag.cases import build_cases
    from pvflag.interactions import Interaction

    secret = "Jane Q. Validation-Roe, DOB 02/03/1961, vomiting on Humira"
    bad = Interaction(
        id="priv-1", text=secret, metadata={"received_at": "not a date", "reporter_type": "patient"}
    )
    batch = build_cases([bad], now=now)
    messages = [e.message for e in batch.errors] + [d.detail or "" for d in batch.dispositions]
    leaked = [m for m in messages if "Validation-Roe" in m or "02/03/1961" in m]
    ok = bool(batch.errors) and not leaked
    return _check(
        "SELF-PRIV-01",
        ok,
        f"A record with an unusable date gave {len(batch.errors)} error(s) and {len(batch.dispositions)} log "
        "row(s); " + ("none repeats the note text." if ok else "the note text appears in a message."),
    )


# -- deadlines ---------------------------------------------------------------------------------
def _deadline_checks(now: datetime) -> list[CheckResult]:
    from zoneinfo import ZoneInfo

    from pvflag.cases.build import effective_rules
    from pvflag.cases.deadlines import BusinessCalendar, CaseFacts, compute_clocks
    from pvflag.program import program_from_dict

    checks = []
    for sc in _data.deadline_scenarios():
        program = program_from_dict(sc["program"], source=sc["id"]) if "program" in sc else None
        facts = CaseFacts(
            country=sc.get("country"),
            study=bool(program and program.study),
            non_applicant=bool(program and program.non_applicant),
            **sc["facts"],
        )
        receipt = datetime.fromisoformat(sc["receipt"])
        awareness = datetime.fromisoformat(sc.get("awareness", sc["receipt"]))
        calendar = BusinessCalendar(
            country=sc.get("country"),
            extra_closures=frozenset(date.fromisoformat(d) for d in sc.get("closures", ())),
        )
        clocks = compute_clocks(
            effective_rules(program),
            facts,
            receipt=receipt,
            awareness=awareness,
            zone=ZoneInfo(sc["timezone"]),
            calendar=calendar,
            now=now,
        )
        got = {c.rule_id: ("information" if c.due is None else c.due.isoformat()) for c in clocks}
        expected = dict(sc["expected"])
        problems = []
        for rule_id in sorted(set(got) | set(expected)):
            if rule_id not in got:
                problems.append(
                    f"{rule_id}: expected due {expected[rule_id]}, but pvflag started no such clock"
                )
            elif rule_id not in expected:
                problems.append(
                    f"{rule_id}: pvflag started a clock (due {got[rule_id]}) the scenario does not expect"
                )
            elif got[rule_id] != expected[rule_id]:
                problems.append(f"{rule_id}: due {got[rule_id]}, expected {expected[rule_id]}")
        listing = "; ".join(f"{k} due {v}" for k, v in sorted(got.items()))
        checks.append(
            CheckResult(
                id=sc["id"],
                area="Deadlines",
                title=sc["title"],
                status="fail" if problems else "pass",
                detail=(
                    f"Received {sc['receipt']}. "
                    + (
                        "Every clock matches the hand-computed due time: " + listing
                        if not problems
                        else "Mismatch: " + "; ".join(problems)
                    )
                    + f". Why: {sc['why']}"
                ),
            )
        )
    return checks


# -- traceability and environment --------------------------------------------------------------
def _junit_results(path: Path) -> dict[str, str]:
    """pytest node id -> passed / failed / skipped, from a ``pytest --junitxml`` file."""
    import xml.etree.ElementTree as ET  # trusted local file written by pytest

    results: dict[str, str] = {}
    for case in ET.parse(path).getroot().iter("testcase"):
        classname, name = case.get("classname", ""), case.get("name", "")
        module = classname.replace(".", "/") + ".py"
        base = name.split("[", 1)[0]
        status = "passed"
        if case.find("failure") is not None or case.find("error") is not None:
            status = "failed"
        elif case.find("skipped") is not None:
            status = "skipped"
        key = f"{module}::{base}"
        # a parametrised test passes only if every parameter passed
        if results.get(key) == "failed" or (results.get(key) == "skipped" and status == "passed"):
            continue
        results[key] = status
    return results


def _requirements(checks: Sequence[CheckResult], tests: dict[str, str]) -> tuple[RequirementResult, ...]:
    by_id = {c.id: c for c in checks}
    rows = []
    for req in _data.requirements():
        statuses = [by_id[c].status if c in by_id else "not_run" for c in req["checks"]]
        status: CheckStatus = "fail" if "fail" in statuses else "not_run" if "not_run" in statuses else "pass"
        evidence = tuple(TestEvidence(test_id=t, result=tests.get(t, "not_run_here")) for t in req["tests"])
        rows.append(
            RequirementResult(
                id=req["id"],
                area=req["area"],
                text=req["text"],
                status=status,
                checks=tuple(req["checks"]),
                tests=evidence,
            )
        )
    return tuple(rows)


def _verdict(checks: Iterable[CheckResult]) -> Verdict:
    statuses = {c.status for c in checks}
    return "fail" if "fail" in statuses else "incomplete" if "not_run" in statuses else "pass"


def _environment() -> dict[str, Any]:
    versions = {}
    for name in _DEPENDENCIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    import pvflag

    return {
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor_count": os.cpu_count(),
        "computer_name": platform.node(),
        "pvflag_location": str(Path(pvflag.__file__).resolve().parent),
        "dependencies": versions,
    }
