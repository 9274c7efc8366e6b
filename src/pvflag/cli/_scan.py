"""``pvflag scan`` and ``pvflag lexicon info``: thin shells over ``Scanner`` and the lexicon."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

if TYPE_CHECKING:
    from pvflag.findings import ScanResult
    from pvflag.scanner import Scanner


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class Sensitivity(str, Enum):
    high = "high"
    balanced = "balanced"


def _make_scanner(sensitivity: str, program: Path | None, meddra: Path | None, with_text: bool) -> Scanner:
    from pvflag.errors import PvflagError
    from pvflag.scanner import Scanner

    try:
        scanner = Scanner(sensitivity=sensitivity, program=program, meddra=meddra, include_text=with_text)
        scanner.prepare()  # build now, so a bad lexicon or MedDRA folder fails before reading any input
    except PvflagError as exc:
        typer.echo(f"pvflag: {exc}", err=True)
        raise typer.Exit(2) from exc
    return scanner


def _redacted(result: ScanResult) -> ScanResult:
    from pvflag.redact import redact

    findings = tuple(
        f.model_copy(update={"text": redact(f.text)}) if f.kind != "drug" else f for f in result.findings
    )
    return result.model_copy(update={
        "findings": findings,
        "text": redact(result.text) if result.text is not None else None,
    })


def _line_count_estimate(inputs: list[str]) -> int | None:
    """Records to expect, for the progress bar's ETA: newline count of line-based files (fast, binary)."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or path.suffix.lower() not in {".jsonl", ".ndjson", ".csv"} or not path.is_file():
            return None
        with path.open("rb") as handle:
            total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return total


def _with_progress(results: Any, inputs: list[str], to_terminal: bool) -> Any:
    """A progress bar with rate and ETA on stderr when a person watches; nothing when piped."""
    if not (sys.stderr.isatty() and not to_terminal):
        yield from results
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:,.0f} rec/s" if task.speed else "… rec/s")

    total = _line_count_estimate(inputs)
    columns = [TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn()]
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("scan", total=total)
        for result in results:
            progress.advance(task)
            yield result


def _render_table(result: ScanResult, text: str | None, out: TextIO) -> None:
    """A person-readable view: the record with its findings highlighted, then a findings list."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True, force_terminal=out.isatty())
    flags = [name for name, on in (("REPORTABLE", result.reportable), ("AE", result.has_adverse_event),
                                   ("SERIOUS", result.serious)) if on]
    header = f"[bold]{result.id}[/bold]  " + (" ".join(f"[red]{f}[/red]" for f in flags) or "[green]nothing reportable[/green]")
    console.print(header)
    if result.error is not None:
        console.print(f"  [red]error[/red] {result.error.type}: {result.error.message}")
        return
    if text:
        styled = Text(text)
        for f in result.findings:
            present = getattr(f, "assertion", "present") == "present"
            style = {"adverse_event": "bold red", "special_situation": "bold magenta", "drug": "bold cyan"}[f.kind]
            styled.stylize(style if present else "dim strike", f.start, f.end)
        console.print(styled)
    for f in result.findings:
        detail = getattr(f, "term", None) or getattr(f, "category", "")
        extra = getattr(f, "assertion", None) or getattr(f, "role", "")
        serious = ",".join(getattr(f, "seriousness", ()) or ())
        console.print(f"  {f.kind:<17} {f.text!r:<32} {detail:<32} {extra}{'  ' + serious if serious else ''}")
    console.print()


# Measured on 2 cores (benchmarks/README.md, "pvflag scan --jobs"): worker processes each load the
# lexicon (~0.5 s) and results are pickled back, so they pay off only past ~2,000 notes (0.7 MB of
# JSONL, even there); 50,000 notes (18 MB) scan 1.34x faster with 2 processes than with 1.
_PARALLEL_FROM_BYTES = 1_000_000
_MAX_AUTO_JOBS = 4


def default_jobs(inputs: list[str]) -> int:
    """1, or one process per core (up to 4) when the input files are large enough to repay the start-up."""
    cores = os.cpu_count() or 1
    if cores < 2 or "-" in inputs:
        return 1
    try:
        size = sum(Path(name).stat().st_size for name in inputs)
    except OSError:
        return 1
    return min(cores, _MAX_AUTO_JOBS) if size >= _PARALLEL_FROM_BYTES else 1


def scan_command(
    inputs: Annotated[list[str], typer.Argument(help="JSONL, CSV, TXT, VTT, SRT, transcript JSON, EML files, or - for stdin")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write here instead of stdout")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", help="jsonl: the scan output contract; table: for a person")] = OutputFormat.jsonl,
    sensitivity: Annotated[Sensitivity, typer.Option(help="high: recall for compliance triage; balanced: fewer false alarms")] = Sensitivity.high,
    program: Annotated[Path | None, typer.Option(help="program / hub product file (TOML)")] = None,
    meddra: Annotated[Path | None, typer.Option(help="a licensee's MedDRA ASCII folder (or PVFLAG_MEDDRA)")] = None,
    input_format: Annotated[str | None, typer.Option(help="override detection by extension")] = None,
    id_field: Annotated[str, typer.Option(help="id column / key")] = "id",
    text_field: Annotated[str, typer.Option(help="text column / key")] = "text",
    with_text: Annotated[bool, typer.Option("--with-text", help="include the source text in each output record")] = False,
    redact: Annotated[bool, typer.Option("--redact", help="mask phone numbers, e-mails, birth dates and names in printed evidence")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="exit 1 if any record had an error")] = False,
    jobs: Annotated[int | None, typer.Option(min=1, help="worker processes (1 = in this process); default: 1, "
                                                   "or one per CPU core (up to 4) when the input files "
                                                   "hold over 1 MB")] = None,
    max_text_chars: Annotated[int | None, typer.Option(help="records with longer text get a text_too_long error line (default: no limit)")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="error messages may include record content")] = False,
) -> None:
    """Scan interactions for adverse events, special situations and drugs."""
    from pvflag.errors import InputError
    from pvflag.io import ReadSummary, read_records

    scanner = _make_scanner(sensitivity.value, program, meddra, with_text or format is OutputFormat.table)
    summary = ReadSummary()
    records = read_records(inputs, input_format=input_format, id_field=id_field, text_field=text_field,
                           max_text_chars=max_text_chars, summary=summary)
    if jobs is None:
        jobs = default_jobs(inputs)
    if jobs > 1:
        from pvflag.parallel import scan_parallel

        results = scan_parallel(scanner, records, jobs=jobs)
    else:
        results = scanner.scan_many(records)
    out = output.open("w", encoding="utf-8", newline="\n") if output else sys.stdout
    results = _with_progress(results, inputs, to_terminal=output is None and sys.stdout.isatty())
    counts = {"records": 0, "scanned": 0, "errors": 0, "reportable": 0, "serious": 0}
    try:
        for result in results:
            counts["records"] += 1
            if result.error is not None:
                counts["errors"] += 1
            else:
                counts["scanned"] += 1
                counts["reportable"] += result.reportable
                counts["serious"] += result.serious
            text = result.text
            if format is OutputFormat.table:
                shown = _redacted(result) if redact else result
                _render_table(shown, shown.text, out)
                continue
            if redact:
                result = _redacted(result)
            if not with_text and text is not None:
                result = result.model_copy(update={"text": None})
            out.write(result.to_json())
            out.write("\n")
    except InputError as exc:
        typer.echo(f"pvflag: {exc}", err=True)
        raise typer.Exit(2) from exc
    finally:
        if output:
            out.close()
    summary_line = json.dumps({"summary": counts, "errors_by_type": summary.failures_by_type})
    typer.echo(summary_line, err=True)
    if counts["scanned"] == 0:
        typer.echo(f"pvflag: nothing could be read ({counts['records']} records, all failed)", err=True)
        raise typer.Exit(2)
    if strict and counts["errors"]:
        raise typer.Exit(1)
    del debug  # messages never include note text; --debug is reserved for deeper diagnostics


lexicon_app = typer.Typer(help="Lexicon versions, counts and sources.", no_args_is_help=True)


@lexicon_app.command("info")
def lexicon_info(
    format: Annotated[str, typer.Option("--format", help="text or json")] = "text",
    program: Annotated[Path | None, typer.Option(help="also count a program / hub product file")] = None,
) -> None:
    """Print the lexicon version, counts and sources."""
    from pvflag.lexicon import load_lexicon

    lexicon = load_lexicon()
    if program is not None:
        lexicon = _make_scanner("high", program, None, False).lexicon
    info: dict[str, Any] = {
        "version": lexicon.version,
        "counts": lexicon.counts(),
        "sources": lexicon.manifest.get("sources", []),
    }
    if format == "json":
        typer.echo(json.dumps(info, indent=1, sort_keys=True))
        return
    typer.echo(f"pvflag lexicon {info['version']}")
    for name, value in info["counts"].items():
        typer.echo(f"  {name:<26} {value:>9,}")
    for source in info["sources"]:
        if isinstance(source, dict):
            typer.echo(f"  source: {source.get('name')} ({source.get('licence') or source.get('license')})")


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_command)
    app.add_typer(lexicon_app, name="lexicon")
