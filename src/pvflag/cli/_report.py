"""``pvflag report``: one self-contained HTML review page from scan output, cases and validation JSON."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def report(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="scan output JSONL (best with --with-text), interactions JSONL (for the text), "
            "cases JSONL, and `pvflag validate --format json` output, in any order"
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write")] = Path("report.html"),
    title: Annotated[str, typer.Option(help="page title")] = "pvflag review report",
    now: Annotated[
        str | None,
        typer.Option(
            help="time the deadlines are measured against, ISO 8601, naive means UTC "
            "(default: the current time)"
        ),
    ] = None,
) -> None:
    """Write a review report: summary, deadline board, highlighted findings, E2B validation."""
    from datetime import UTC

    from pvflag.errors import PvflagError
    from pvflag.report import write_report

    moment = None
    if now is not None:
        try:
            moment = datetime.fromisoformat(now)
        except ValueError as exc:
            typer.echo(
                f"error: --now {now!r} is not ISO 8601; expected e.g. 2026-11-24T09:00+00:00", err=True
            )
            raise typer.Exit(2) from exc
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    try:
        parsed = write_report(inputs, output, now=moment, title=title)
    except PvflagError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    size = output.stat().st_size
    typer.echo(
        f"wrote {output} ({size / 1_000_000:.1f} MB): {len(parsed.scan_results)} records, "
        f"{len(parsed.cases)} cases, {len(parsed.validation_problems)} validation problems, "
        f"{len(parsed.problems)} input problems",
        err=True,
    )


def register(app: typer.Typer) -> None:
    app.command("report")(report)
