"""Read the report's inputs: scan output, interactions, cases and E2B validation results.

Every input file may hold any mix of these; each JSON object is recognised by
its fields (a scan result has ``reportable``/``findings``, a case has
``case_id`` and ``clocks``, an interaction has ``id`` and ``text`` only, a
validation problem has ``message`` and ``rule``/``severity``/``path``). A line
that cannot be used becomes an ``InputProblem`` shown in the report with its
file and line, so nothing is dropped silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pvflag.errors import InputError
from pvflag.findings import (
    AdverseEventFinding,
    DrugFinding,
    Evidence,
    RecordError,
    ScanResult,
    SpecialSituationFinding,
)
from pvflag.io import clean_text

__all__ = [
    "InputProblem",
    "ReportCase",
    "ReportClock",
    "ReportInputs",
    "ValidationProblem",
    "load_report_inputs",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class InputProblem(BaseModel):
    """An input line the report could not use, with where it was."""

    model_config = _FROZEN

    file: str
    line: int | None = None
    message: str


class ValidationProblem(BaseModel):
    """One problem reported by ``pvflag validate --format json`` (fields read leniently)."""

    model_config = _FROZEN

    file: str | None = None
    rule: str | None = None
    element: str | None = Field(default=None, description="E2B data element, e.g. 'C.1.1'")
    path: str | None = Field(default=None, description="XPath of the element in the file")
    line: int | None = None
    message: str
    severity: str = "error"


class ReportClock(BaseModel):
    """One deadline of a case, as the deadline board needs it."""

    model_config = _FROZEN

    clock: str
    rule_id: str | None = None
    reference: str | None = None
    due: datetime | None = None
    status: str = "open"
    note: str | None = None


class ReportCase(BaseModel):
    """The parts of an ``AECase`` the report shows (read from its JSON, lenient to new fields)."""

    model_config = _FROZEN

    case_id: str
    version: int = 1
    serious: bool = False
    expedited: bool = False
    valid: bool | None = None
    missing: tuple[str, ...] = ()
    day0: datetime | None = None
    first_received_at: datetime | None = None
    events: tuple[str, ...] = ()
    special_situations: tuple[str, ...] = ()
    suspects: tuple[str, ...] = ()
    record_ids: tuple[str, ...] = ()
    clocks: tuple[ReportClock, ...] = ()


class ReportInputs(BaseModel):
    """Everything one report shows, already parsed."""

    model_config = _FROZEN

    scan_results: tuple[ScanResult, ...] = ()
    source_texts: dict[str, str] = Field(default_factory=dict, description="interaction id -> text")
    source_channels: dict[str, str] = Field(default_factory=dict)
    cases: tuple[ReportCase, ...] = ()
    validation_problems: tuple[ValidationProblem, ...] = ()
    validated_files: tuple[str, ...] = Field(default=(), description="E2B files named in validation results")
    problems: tuple[InputProblem, ...] = ()
    ignored: dict[str, int] = Field(
        default_factory=dict, description="kinds of records read but not shown, with counts"
    )

    @classmethod
    def build(
        cls,
        *,
        scan_results: Iterable[ScanResult | Mapping[str, Any]] = (),
        interactions: Iterable[Any] = (),
        cases: Iterable[Any] = (),
        validation: Any = (),
    ) -> ReportInputs:
        """Inputs from library objects or plain dicts (``ScanResult``, ``Interaction``, ``AECase``)."""
        collector = _Collector()
        for item in scan_results:
            collector.add(_as_dict(item), "<scan_results>", None, hint="scan")
        for item in interactions:
            collector.add(_as_dict(item), "<interactions>", None, hint="interaction")
        for item in cases:
            collector.add(_as_dict(item), "<cases>", None, hint="case")
        collector.add_json(_as_dict(validation), "<validation>", None)
        return collector.result()


def load_report_inputs(paths: Iterable[str | Path]) -> ReportInputs:
    """Read JSONL or JSON files of scan output, interactions, cases and validation results."""
    collector = _Collector()
    for raw_path in paths:
        path = Path(raw_path)
        if path.suffix.lower() in _INTERACTION_SUFFIXES:
            collector.add_interaction_file(path)
            continue
        try:
            content = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise InputError(
                f"{path}: no such file (expected scan output, cases or validation JSON)"
            ) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read as UTF-8 text: {exc}") from exc
        for line, value in _json_values(content, str(path), collector):
            collector.add_json(value, str(path), line)
    return collector.result()


def _json_values(content: str, file: str, collector: _Collector) -> Iterator[tuple[int | None, Any]]:
    """JSONL line by line, or the whole file as one JSON document (pretty-printed or a list)."""
    stripped = content.lstrip("\ufeff").strip()
    if not stripped:
        return
    if stripped[0] == "[" or "\n" not in stripped:
        try:
            yield None, json.loads(stripped)
            return
        except json.JSONDecodeError:
            pass
    values: list[tuple[int, Any]] = []
    bad: list[InputProblem] = []
    for number, text_line in enumerate(content.lstrip("\ufeff").splitlines(), start=1):
        if not text_line.strip():
            continue
        try:
            values.append((number, json.loads(text_line)))
        except json.JSONDecodeError as exc:
            bad.append(InputProblem(file=file, line=number, message=f"not valid JSON: {exc.msg}"))
    if bad and not values:
        try:  # one pretty-printed JSON document
            yield None, json.loads(stripped)
            return
        except json.JSONDecodeError:
            pass
    collector.problems.extend(bad)
    yield from values


def _as_dict(item: Any) -> Any:
    if isinstance(item, BaseModel):
        return item.model_dump(mode="json")
    if isinstance(item, (list, tuple)):
        return [_as_dict(i) for i in item]
    return item


# interaction formats other than JSON: read with pvflag.io, exactly as `pvflag scan` read them
_INTERACTION_SUFFIXES = frozenset(
    {
        ".csv",
        ".tsv",
        ".txt",
        ".text",
        ".note",
        ".vtt",
        ".webvtt",
        ".srt",
        ".turns",
        ".dialog",
        ".dialogue",
        ".eml",
    }
)
_SCAN_KEYS = frozenset({"findings", "reportable", "has_adverse_event", "serious", "error"})
_CASE_KEYS = frozenset({"clocks", "validity", "day0", "first_received_at"})
_PROBLEM_KEYS = frozenset({"rule", "severity", "path", "line", "xpath", "element", "code"})


class _Collector:
    def __init__(self) -> None:
        self.scan_results: list[ScanResult] = []
        self.texts: dict[str, str] = {}
        self.channels: dict[str, str] = {}
        self.cases: list[ReportCase] = []
        self.validation: list[ValidationProblem] = []
        self.validated_files: dict[str, None] = {}
        self.problems: list[InputProblem] = []
        self.ignored: dict[str, int] = {}

    def result(self) -> ReportInputs:
        scanned = {r.id for r in self.scan_results}
        unscanned = sum(1 for record_id in self.texts if record_id not in scanned)
        if unscanned:
            self.ignored["interactions without a scan result"] = unscanned
        return ReportInputs(
            scan_results=tuple(self.scan_results),
            source_texts=self.texts,
            source_channels=self.channels,
            cases=tuple(self.cases),
            validation_problems=tuple(self.validation),
            validated_files=tuple(self.validated_files),
            problems=tuple(self.problems),
            ignored=self.ignored,
        )

    def _problem(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(InputProblem(file=file, line=line, message=message))

    def add_json(self, value: Any, file: str, line: int | None) -> None:
        """A JSON value of unknown kind: a record, a list of them, or a wrapper object."""
        if isinstance(value, list):
            for item in value:
                self.add_json(item, file, line)
            return
        if not isinstance(value, dict):
            if value not in ((), None):
                self._problem(file, line, f"expected a JSON object, got {type(value).__name__}")
            return
        if isinstance(value.get("cases"), list) and "case_id" not in value:  # a CaseBatch
            for case in value["cases"]:
                self.add(case, file, line, hint="case")
            for error in value.get("errors") or ():
                self.add(error, file, line)
            for _ in value.get("dispositions") or ():
                self.ignored["case disposition rows"] = self.ignored.get("case disposition rows", 0) + 1
            return
        problems = value.get("problems")
        if isinstance(problems, list) and not (_SCAN_KEYS & value.keys()):  # validation of one or more files
            self._add_validation_file(value, file, line)
            return
        files = value.get("files") or value.get("results")
        if isinstance(files, list) and "id" not in value:
            for item in files:
                self.add_json(item, file, line)
            return
        self.add(value, file, line)

    def _add_validation_file(self, value: dict[str, Any], file: str, line: int | None) -> None:
        raw_name = value.get("file") or value.get("path")
        name = str(raw_name) if raw_name else None
        if name:
            self.validated_files[name] = None
        for problem in value.get("problems") or ():
            if isinstance(problem, dict):
                self._add_problem({"file": name, **problem}, file, line)
            else:
                self._problem(file, line, "validation problem is not a JSON object")

    def add_interaction_file(self, path: Path) -> None:
        from pvflag.io import RecordFailure, read_records

        if not path.is_file():
            raise InputError(f"{path}: no such file (expected interactions to join by id)")
        for item in read_records([path]):
            if isinstance(item, RecordFailure):
                self._problem(
                    str(path),
                    item.line,
                    f"interaction {item.id} unreadable: {item.error.type}: {item.error.message}",
                )
            else:
                self.texts[item.id] = item.text
                self.channels[item.id] = item.channel

    def add(self, record: Any, file: str, line: int | None, hint: str | None = None) -> None:
        if not isinstance(record, dict):
            self._problem(file, line, f"expected a JSON object, got {type(record).__name__}")
            return
        keys = record.keys()
        kind = hint
        if kind is None or (kind == "interaction" and _SCAN_KEYS & keys):
            if "case_id" in keys and _CASE_KEYS & keys:
                kind = "case"
            elif "id" in keys and _SCAN_KEYS & keys:
                kind = "scan"
            elif "id" in keys and "text" in keys:
                kind = "interaction"
            elif "message" in keys and _PROBLEM_KEYS & keys:
                kind = "validation"
            elif "record_id" in keys and "message" in keys:
                kind = "case_error"
            elif "forwarded" in keys and "reason" in keys:
                kind = "disposition"
            elif "file" in keys and ("valid" in keys or "ok" in keys):
                kind = "validated_file"
        if kind == "scan":
            self._add_scan(record, file, line)
        elif kind == "interaction":
            self._add_interaction(record, file, line)
        elif kind == "case":
            self._add_case(record, file, line)
        elif kind == "validation":
            self._add_problem(record, file, line)
        elif kind == "case_error":
            self._problem(
                file,
                line,
                f"case building error for record {record.get('record_id')}: "
                f"{record.get('type', 'error')}: {record.get('message')}",
            )
        elif kind == "disposition":
            self.ignored["case disposition rows"] = self.ignored.get("case disposition rows", 0) + 1
        elif kind == "validated_file":
            self.validated_files[str(record["file"])] = None
            for problem in record.get("problems") or record.get("errors") or ():
                if isinstance(problem, dict):
                    self._add_problem({"file": record["file"], **problem}, file, line)
        else:
            shown = ", ".join(sorted(map(str, keys))[:8]) or "no keys"
            self._problem(
                file,
                line,
                "not recognised: expected a scan result (id + findings/reportable), an interaction "
                f"(id + text), a case (case_id + clocks) or a validation problem (message + rule); "
                f"got {shown}",
            )

    def _add_scan(self, record: dict[str, Any], file: str, line: int | None) -> None:
        try:
            result = ScanResult.model_validate(record)
        except ValidationError:
            try:  # a newer scan output may carry fields this version does not know
                result = ScanResult.model_validate(_known_fields(record))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(map(str, first["loc"]))
                record_id = record.get("id")
                self._problem(file, line, f"scan result {record_id!r} is invalid at {where}: {first['msg']}")
                # keep the record visible, as an error, so that nothing is lost
                if isinstance(record_id, (str, int)):
                    self.scan_results.append(
                        ScanResult(
                            id=str(record_id),
                            error=RecordError(type="invalid_scan_output", message=f"{where}: {first['msg']}"),
                            text=record.get("text") if isinstance(record.get("text"), str) else None,
                        )
                    )
                return
        self.scan_results.append(result)

    def _add_interaction(self, record: dict[str, Any], file: str, line: int | None) -> None:
        record_id, text = record.get("id"), record.get("text")
        if not isinstance(record_id, (str, int)) or not isinstance(text, str):
            self._problem(file, line, "interaction needs a string 'id' and a string 'text'")
            return
        # the scanner saw the text after pvflag.io's length-preserving hygiene; so must the offsets here
        self.texts[str(record_id)] = clean_text(text)
        if isinstance(record.get("channel"), str):
            self.channels[str(record_id)] = record["channel"]

    def _add_problem(self, record: dict[str, Any], file: str, line: int | None) -> None:
        raw_line = record.get("line")
        name = record.get("file")
        problem = ValidationProblem(
            file=str(name) if name is not None else None,
            rule=_str_or_none(record.get("rule") or record.get("code")),
            element=_str_or_none(record.get("element")),
            path=_str_or_none(record.get("path") or record.get("xpath")),
            line=raw_line if isinstance(raw_line, int) and not isinstance(raw_line, bool) else None,
            message=str(record.get("message")),
            severity=str(record.get("severity") or "error").lower(),
        )
        if problem.file:
            self.validated_files[problem.file] = None
        self.validation.append(problem)

    def _add_case(self, record: dict[str, Any], file: str, line: int | None) -> None:
        case_id = record.get("case_id")
        if not isinstance(case_id, (str, int)):
            self._problem(file, line, "case needs a 'case_id'")
            return
        clocks: list[ReportClock] = []
        for raw in record.get("clocks") or record.get("deadlines") or ():
            if not isinstance(raw, dict):
                continue
            try:
                clocks.append(
                    ReportClock(
                        clock=str(raw.get("clock") or raw.get("name") or raw.get("rule_id") or "deadline"),
                        rule_id=_str_or_none(raw.get("rule_id")),
                        reference=_str_or_none(raw.get("reference")),
                        due=raw.get("due"),
                        status=str(raw.get("status") or "open"),
                        note=_str_or_none(raw.get("note")),
                    )
                )
            except ValidationError as exc:
                self._problem(
                    file,
                    line,
                    f"case {case_id}: clock {raw.get('clock')!r} unreadable: {exc.errors()[0]['msg']}",
                )
        raw_validity = record.get("validity")
        validity: dict[str, Any] = raw_validity if isinstance(raw_validity, dict) else {}
        record_ids = [
            s.get("record_id")
            for s in record.get("sources") or ()
            if isinstance(s, dict) and s.get("record_id")
        ]
        try:
            case = ReportCase(
                case_id=str(case_id),
                version=record.get("version") or 1,
                serious=bool(record.get("serious")),
                expedited=bool(record.get("expedited")),
                valid=validity.get("valid"),
                missing=tuple(map(str, validity.get("missing") or ())),
                day0=record.get("day0"),
                first_received_at=record.get("first_received_at"),
                events=tuple(_names(record.get("events"), "term", "verbatim")),
                special_situations=tuple(_names(record.get("special_situations"), "category")),
                suspects=tuple(
                    _names(
                        [
                            d
                            for d in record.get("drugs") or ()
                            if isinstance(d, dict)
                            and d.get("characterization", "suspect") in ("suspect", "interacting")
                        ],
                        "name",
                        "generic",
                    )
                ),
                record_ids=tuple(dict.fromkeys(map(str, record_ids))),
                clocks=tuple(clocks),
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            self._problem(file, line, f"case {case_id}: {'.'.join(map(str, first['loc']))}: {first['msg']}")
            return
        self.cases.append(case)


def _names(items: Any, *keys: str) -> Iterator[str]:
    for item in items or ():
        if isinstance(item, dict):
            for key in keys:
                if item.get(key):
                    yield str(item[key])
                    break
        elif isinstance(item, str):
            yield item


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


_FINDING_MODELS: dict[str, type[BaseModel]] = {
    "adverse_event": AdverseEventFinding,
    "special_situation": SpecialSituationFinding,
    "drug": DrugFinding,
}


def _known_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The record with keys unknown to this pvflag version dropped (top level, findings, evidence)."""
    out = {k: v for k, v in record.items() if k in ScanResult.model_fields}
    findings = []
    for raw in record.get("findings") or ():
        if not isinstance(raw, dict):
            findings.append(raw)
            continue
        model = _FINDING_MODELS.get(raw.get("kind"))  # type: ignore[arg-type]
        finding = {k: v for k, v in raw.items() if model is None or k in model.model_fields}
        if isinstance(finding.get("evidence"), dict):
            finding["evidence"] = {k: v for k, v in finding["evidence"].items() if k in Evidence.model_fields}
        findings.append(finding)
    if "findings" in record:
        out["findings"] = findings
    if isinstance(out.get("error"), dict):
        out["error"] = {k: v for k, v in out["error"].items() if k in RecordError.model_fields}
    return out
