"""``pvflag cases``: scan output or interactions in, AE cases with deadlines out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Annotated, Any

import typer

__all__ = ["register"]

_SCAN_RESULT_FIELDS = (
    "id",
    "reportable",
    "has_adverse_event",
    "serious",
    "findings",
    "error",
    "channel",
    "lexicon_version",
    "sensitivity",
    "text",
)


def _finding_fields() -> dict[str, set[str]]:
    from pvflag.findings import AdverseEventFinding, DrugFinding, SpecialSituationFinding

    return {
        "adverse_event": set(AdverseEventFinding.model_fields),
        "special_situation": set(SpecialSituationFinding.model_fields),
        "drug": set(DrugFinding.model_fields),
    }


def scan_result_from_json(obj: dict[str, Any]) -> Any:
    """A ``ScanResult`` from one scan output line; extra top-level keys become metadata
    (the contract welcomes extra fields, so unknown finding keys are ignored)."""
    from pvflag.findings import ScanResult

    fields = _finding_fields()
    findings = []
    for finding in obj.get("findings") or ():
        if isinstance(finding, dict) and finding.get("kind") in fields:
            known = fields[finding["kind"]]
            findings.append({k: v for k, v in finding.items() if k in known})
        else:
            findings.append(finding)  # let validation report it
    data: dict[str, Any] = {k: obj[k] for k in _SCAN_RESULT_FIELDS if k in obj}
    data["findings"] = findings
    if isinstance(data.get("error"), dict):
        data["error"] = {k: data["error"].get(k) for k in ("type", "message")}
    metadata = dict(obj.get("metadata") or {})
    for key, value in obj.items():
        if key not in _SCAN_RESULT_FIELDS and key != "metadata":
            metadata.setdefault(key, value)
    data["metadata"] = metadata
    data["id"] = str(data.get("id", ""))
    return ScanResult.model_validate(data)


def _error_result(record_id: str, type_: str, message: str) -> Any:
    from pvflag.findings import RecordError, ScanResult

    return ScanResult(id=record_id, error=RecordError(type=type_, message=message))


def _open(source: str) -> IO[str]:
    if source == "-":
        return sys.stdin
    return open(source, encoding="utf-8")


def _is_scan_output(source: str) -> bool:
    """A JSONL file whose first record has ``findings`` is scan output."""
    if source != "-" and not source.lower().endswith((".jsonl", ".ndjson", ".json")):
        return False
    if source == "-":
        return True  # stdin: scan output expected (pipe `pvflag scan` into `pvflag cases -`)
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return True  # let the scan-output reader report the bad line
                return isinstance(first, dict) and "findings" in first
    return True


def _read_scan_output(source: str) -> Iterator[Any]:
    """Scan output lines; interaction lines (``text``, no ``findings``) are scanned at the end."""
    from pydantic import ValidationError

    handle = _open(source)
    pending: list[Any] = []
    try:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{source}:{line_no}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _error_result(where, "invalid_json", f"{where}: not JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                yield _error_result(where, "invalid_record", f"{where}: expected a JSON object")
                continue
            if "findings" not in obj and "error" not in obj:
                if isinstance(obj.get("text"), str):
                    pending.append(_interaction(obj, where))
                    continue
                yield _error_result(
                    str(obj.get("id", where)),
                    "invalid_record",
                    f"{where}: expected scan output (with 'findings') or an interaction (with 'text')",
                )
                continue
            try:
                yield scan_result_from_json(obj)
            except ValidationError as exc:
                problem = exc.errors()[0]
                loc = ".".join(str(p) for p in problem["loc"])
                yield _error_result(
                    str(obj.get("id", where)), "invalid_record", f"{where}: {loc}: {problem['msg']}"
                )
    finally:
        if handle is not sys.stdin:
            handle.close()
    yield from pending  # interactions: build_cases scans them


def _interaction(obj: dict[str, Any], where: str) -> Any:
    from pvflag.interactions import Interaction

    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "channel", "turns", "regions")}
    return Interaction(
        id=str(obj.get("id", where)),
        text=obj["text"],
        channel=str(obj.get("channel", "unknown")),
        metadata=meta,
    )


def _read_interactions(source: str) -> Iterator[Any]:
    """Interactions (any format ``pvflag.io`` reads); build_cases scans them."""
    from pvflag.io import RecordFailure, read_records

    for item in read_records([source]):
        if isinstance(item, RecordFailure):
            yield _error_result(item.id, item.error.type, item.error.message)
        else:
            yield item


def _write_lines(path: Path | None, lines: Iterator[str]) -> None:
    if path is None:
        for line in lines:
            sys.stdout.write(line + "\n")
        return
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for line in lines:
            handle.write(line + "\n")


def _parse_now(value: str | None) -> datetime:
    from pvflag.errors import ConfigError

    if value is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"--now {value!r} is not ISO 8601 (e.g. 2026-03-09T09:00:00+00:00)") from exc
    if moment.tzinfo is None:
        raise ConfigError(f"--now {value!r} needs a UTC offset (e.g. 2026-03-09T09:00:00+00:00)")
    return moment


def cases(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="scan output JSONL (pvflag scan) or interactions to scan; '-' for stdin"),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="cases JSONL (default stdout)")
    ] = None,
    program: Annotated[
        Path | None, typer.Option(help="program file (TOML), see docs/program-file.md")
    ] = None,
    tz: Annotated[
        str | None, typer.Option(help="IANA zone for naive received_at values and due times")
    ] = None,
    now: Annotated[
        str | None, typer.Option(help="ISO 8601 time the clock statuses are judged at (default: now)")
    ] = None,
    disposition: Annotated[
        Path | None, typer.Option(help="write the disposition log (JSONL): where every finding went")
    ] = None,
    schema: Annotated[bool, typer.Option("--schema", help="print the AECase JSON Schema and exit")] = False,
) -> None:
    """Build AE cases with validity, follow-ups and deadlines; log where every finding went."""
    from pvflag.errors import PvflagError

    if schema:
        from pvflag.cases.models import AECase

        sys.stdout.write(json.dumps(AECase.model_json_schema(), indent=2, sort_keys=True) + "\n")
        return
    if not inputs:
        typer.echo("pvflag cases: give at least one INPUT (or --schema)", err=True)
        raise typer.Exit(2)
    try:
        from pvflag.cases.build import build_cases
        from pvflag.program import load_program

        config = load_program(program) if program is not None else None
        moment = _parse_now(now)
        results: list[Any] = []
        for source in inputs:
            if source != "-" and not Path(source).exists():
                typer.echo(f"pvflag cases: input not found: {source}", err=True)
                raise typer.Exit(2)
            reader = _read_scan_output(source) if _is_scan_output(source) else _read_interactions(source)
            results.extend(reader)
        batch = build_cases(results, program=config, now=moment, tz=tz)
    except PvflagError as exc:
        typer.echo(f"pvflag cases: {exc}", err=True)
        raise typer.Exit(2) from exc
    _write_lines(output, (case.to_json() for case in batch.cases))
    if disposition is not None:
        _write_lines(disposition, (row.model_dump_json() for row in batch.dispositions))
    invalid = sum(1 for case in batch.cases if not case.validity.valid)
    typer.echo(
        f"pvflag cases: {len(results)} records, {len(batch.cases)} cases ({invalid} invalid), "
        f"{len(batch.dispositions)} disposition rows, {len(batch.errors)} record errors",
        err=True,
    )
    for error in batch.errors[:20]:
        typer.echo(f"  {error.record_id}: {error.type}: {error.message}", err=True)


def register(app: typer.Typer) -> None:
    app.command("cases")(cases)
