"""``pvflag export`` and ``pvflag validate``: E2B files for submission and for compliance checks."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register"]


class _Format(StrEnum):
    r3 = "r3"
    r2 = "r2"


class _Layout(StrEnum):
    batch = "batch"
    per_case = "per-case"


class _Profile(StrEnum):
    ich = "ich"
    fda = "fda"


class _Output(StrEnum):
    human = "human"
    json = "json"


def _settings_from(program: Path | None, options: dict[str, Any]) -> Any:
    """ExportSettings from the program file's ``[e2b]`` table, overridden by the options given."""
    from pvflag.e2b.icsr import ExportSettings
    from pvflag.errors import ConfigError

    values: dict[str, Any] = {}
    if program is not None:
        from pvflag.program import load_program

        config = load_program(program)
        values.update(config.e2b)
        if config.country and "sender_country" not in values:
            values["sender_country"] = config.country
    values.update({k: v for k, v in options.items() if v is not None})
    known = set(ExportSettings.model_fields)
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown E2B setting(s) {unknown}; valid settings: {', '.join(sorted(known))}")
    try:
        return ExportSettings.model_validate(values)
    except ValueError as exc:  # pydantic's message lists each bad or missing field
        raise ConfigError(
            "E2B export settings are incomplete or invalid (give them as options or in the program "
            f"file's [e2b] table): {exc}"
        ) from exc


def export(
    cases_file: Annotated[
        Path, typer.Argument(help="AE cases, one AECase JSON object per line (pvflag cases)")
    ],
    output_dir: Annotated[Path, typer.Option("--output", "-o", help="folder for the XML files")],
    format: Annotated[
        _Format, typer.Option("--format", help="E2B(R3) batch or E2B(R2) ichicsr")
    ] = _Format.r3,
    layout: Annotated[_Layout, typer.Option("--layout", help="one batch file, or one file per case")] = (
        _Layout.batch
    ),
    program: Annotated[Path | None, typer.Option(help="program file (TOML) with an [e2b] table")] = None,
    sender_id: Annotated[str | None, typer.Option(help="N.1.3 batch sender identifier")] = None,
    receiver_id: Annotated[
        str | None, typer.Option(help="N.1.4 batch receiver identifier, e.g. ZZFDA")
    ] = None,
    message_receiver_id: Annotated[
        str | None, typer.Option(help="N.2.r.3, e.g. CDER (default: N.1.4)")
    ] = None,
    sender_organization: Annotated[str | None, typer.Option(help="C.3.2 sender's organisation")] = None,
    sender_type: Annotated[str | None, typer.Option(help="C.3.1 sender type code (1 = company)")] = None,
    sender_country: Annotated[str | None, typer.Option(help="C.3.4.5 ISO country code")] = None,
    profile: Annotated[_Profile | None, typer.Option(help="fda adds FDA.C.1.7.1 and FDA.C.1.12")] = None,
    meddra_version: Annotated[str | None, typer.Option(help="E.i.2.1a version of coded events")] = None,
    batch_id: Annotated[str | None, typer.Option(help="N.1.2 batch number (default: sender + time)")] = None,
    now: Annotated[
        str | None,
        typer.Option(help="ISO 8601 time stamped as N.1.5 / C.1.2 (default: now; for reproducible files)"),
    ] = None,
) -> None:
    """Write AE cases as E2B XML; lines that cannot be exported are listed in OUTPUT/errors.jsonl."""
    from pvflag.cases.models import AECase
    from pvflag.e2b.adapter import icsr_from_case
    from pvflag.e2b.r2 import to_r2
    from pvflag.e2b.r3 import to_r3
    from pvflag.errors import PvflagError

    try:
        settings = _settings_from(
            program,
            {
                "batch_sender_id": sender_id,
                "batch_receiver_id": receiver_id,
                "message_receiver_id": message_receiver_id,
                "sender_organization": sender_organization,
                "sender_type": sender_type,
                "sender_country": sender_country,
                "profile": profile.value if profile else None,
                "meddra_version": meddra_version,
            },
        )
    except PvflagError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    try:
        stamp = datetime.fromisoformat(now) if now else datetime.now(UTC)
    except ValueError as exc:
        typer.echo(f"error: --now {now!r} is not an ISO 8601 time, e.g. 2026-11-24T12:00:00+00:00", err=True)
        raise typer.Exit(2) from exc
    if stamp.tzinfo is None:
        typer.echo("error: --now needs a UTC offset, e.g. 2026-11-24T12:00:00+00:00", err=True)
        raise typer.Exit(2)
    writer = to_r3 if format is _Format.r3 else to_r2
    icsrs = []
    errors: list[dict[str, Any]] = []
    with cases_file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record_id = None
            try:
                raw = json.loads(line)
                record_id = raw.get("case_id") if isinstance(raw, dict) else None
                icsrs.append(icsr_from_case(AECase.model_validate(raw), settings))
            except Exception as exc:  # one bad line never stops the batch
                errors.append(
                    {
                        "line": number,
                        "case_id": record_id,
                        "type": type(exc).__name__,
                        "message": " ".join(str(exc).split())[:500],
                    }
                )
    output_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if icsrs:
        if layout is _Layout.batch:
            batch_number = batch_id or f"{settings.batch_sender_id}-{stamp:%Y%m%d%H%M%S}"
            path = output_dir / f"{_safe(batch_number)}.xml"
            path.write_bytes(writer(icsrs, settings, now=stamp, batch_id=batch_number))
            written.append(path)
        else:
            for icsr in icsrs:
                path = output_dir / f"{_safe(icsr.case_id)}-v{icsr.version}.xml"
                path.write_bytes(
                    writer([icsr], settings, now=stamp, batch_id=f"{icsr.case_id}-v{icsr.version}")
                )
                written.append(path)
    if errors:
        with (output_dir / "errors.jsonl").open("w", encoding="utf-8") as out:
            for error in errors:
                out.write(json.dumps(error) + "\n")
    typer.echo(
        f"{len(icsrs)} case(s) in {len(written)} file(s) under {output_dir}; {len(errors)} error(s)"
        + (f" in {output_dir / 'errors.jsonl'}" if errors else "")
    )
    unc = sum(1 for i in icsrs for r in i.reactions if not r.meddra_code)
    if unc:
        typer.echo(
            f"note: {unc} reaction(s) have no MedDRA code; MedDRA coding is required before submission "
            "(pvflag validate lists them)",
            err=True,
        )
    if errors:
        raise typer.Exit(1)


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)[:150]


def validate(
    files: Annotated[list[Path], typer.Argument(help="E2B files: R3 batches, R3 ACKs or R2 ichicsr")],
    profile: Annotated[
        _Profile, typer.Option(help="ich: ICH rules; fda: ICH + FDA regional rules")
    ] = _Profile.ich,
    schema_dir: Annotated[
        Path | None,
        typer.Option(
            help="folder with the ICH schema set / DTD (else $PVFLAG_E2B_SCHEMAS or the repo's e2b/)"
        ),
    ] = None,
    output: Annotated[_Output, typer.Option("--format", help="human text or JSON")] = _Output.human,
    max_mb: Annotated[int, typer.Option(help="refuse files larger than this many MB")] = 256,
    today: Annotated[
        str | None, typer.Option(help="date for the not-in-the-future checks (YYYY-MM-DD)")
    ] = None,
) -> None:
    """Check E2B files against the ICH XSD/DTD and the business rules; exit code 1 on any error."""
    from pvflag.e2b.validate import validate_file
    from pvflag.errors import E2BError

    try:
        day = date.fromisoformat(today) if today else None
    except ValueError as exc:
        typer.echo(f"error: --today {today!r} is not a date; expected YYYY-MM-DD", err=True)
        raise typer.Exit(2) from exc
    reports = []
    for path in files:
        try:
            reports.append(
                validate_file(
                    path,
                    profile=profile.value,
                    schema_dir=schema_dir,
                    today=day,
                    max_bytes=max_mb * 1024 * 1024,
                )
            )
        except E2BError as exc:  # no schema set: nothing can be validated
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    if output is _Output.json:
        payload = [
            {"file": r.file, "kind": r.kind, "ok": r.ok, "problems": [p.model_dump() for p in r.problems]}
            for r in reports
        ]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        for report in reports:
            errors = len(report.errors)
            warnings = len(report.problems) - errors
            verdict = "OK" if report.ok else f"{errors} error(s)"
            typer.echo(
                f"{report.file} [{report.kind}]: {verdict}" + (f", {warnings} warning(s)" if warnings else "")
            )
            for p in report.problems:
                where = f"line {p.line}" if p.line else "line ?"
                typer.echo(f"  {p.severity:7} {where:>10}  {p.rule:16} {p.element or '-':10} {p.message}")
                if p.path:
                    typer.echo(f"  {'':7} {'':>10}  at {p.path}")
    if not all(r.ok for r in reports):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("export", help="Write AE cases as E2B(R3) or E2B(R2) XML.")(export)
    app.command("validate", help="Validate E2B files: XSD/DTD plus ICH (and FDA) business rules.")(validate)
