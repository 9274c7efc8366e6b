"""``pvflag selftest``: run the validation pack and write the evidence report (IQ/OQ)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def selftest(
    output_dir: Annotated[
        Path, typer.Option("--output", "-o", help="folder for the evidence report (HTML + JSON) and files")
    ] = Path("pvflag-selftest"),
    schema_dir: Annotated[
        Path | None,
        typer.Option(
            help="folder with the ICH E2B schemas (else $PVFLAG_E2B_SCHEMAS or a repository checkout)"
        ),
    ] = None,
    lexicon_dir: Annotated[
        Path | None, typer.Option(help="check and use this lexicon folder instead of the installed one")
    ] = None,
    pytest_junit: Annotated[
        Path | None, typer.Option(help="pytest --junitxml file whose results fill the traceability matrix")
    ] = None,
    now: Annotated[
        str | None, typer.Option(help="time stamped on the report, ISO 8601 with offset (default: now)")
    ] = None,
) -> None:
    """Validate this installation: exit 0 = passed, 1 = a check failed, 3 = some checks could not run."""
    from pvflag.errors import PvflagError
    from pvflag.validation import run_selftest

    stamp = None
    if now is not None:
        try:
            stamp = datetime.fromisoformat(now)
        except ValueError as exc:
            typer.echo(
                f"error: --now {now!r} is not ISO 8601; expected e.g. 2026-11-24T09:00:00+00:00", err=True
            )
            raise typer.Exit(2) from exc
        if stamp.tzinfo is None:
            typer.echo("error: --now needs a UTC offset, e.g. 2026-11-24T09:00:00+00:00", err=True)
            raise typer.Exit(2)
    if pytest_junit is not None and not pytest_junit.is_file():
        typer.echo(f"error: --pytest-junit {pytest_junit} is not a file", err=True)
        raise typer.Exit(2)
    try:
        report = run_selftest(
            output_dir, now=stamp, lexicon_dir=lexicon_dir, schema_dir=schema_dir, pytest_junit=pytest_junit
        )
    except PvflagError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    for check in report.checks:
        if check.status != "pass":
            word = "FAIL" if check.status == "fail" else "NOT RUN"
            typer.echo(f"{word:8} {check.id}: {check.detail}", err=True)
    typer.echo(report.summary, err=True)
    typer.echo(f"evidence report: {output_dir / 'selftest-report.html'} (and selftest-report.json)", err=True)
    raise typer.Exit(report.exit_code)


def register(app: typer.Typer) -> None:
    app.command("selftest")(selftest)
