"""Review report: one self-contained HTML page from scan output, cases and E2B validation results.

The page has a summary with small inline SVG charts, a deadline board of every
case's clocks, each interaction with its findings highlighted (filterable by
category and assertion), and the E2B validation problems. It has no external
resources and a Content-Security-Policy that forbids every fetch, so it works
as an e-mail attachment. Only the standard library renders it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from pvflag.errors import ConfigError, InputError
from pvflag.report._inputs import (
    InputProblem,
    ReportCase,
    ReportClock,
    ReportInputs,
    ValidationProblem,
    load_report_inputs,
)

__all__ = [
    "DEFAULT_TITLE",
    "InputProblem",
    "ReportCase",
    "ReportClock",
    "ReportInputs",
    "ValidationProblem",
    "load_report_inputs",
    "render_report",
    "write_report",
]

DEFAULT_TITLE = "pvflag review report"


def render_report(inputs: ReportInputs, *, now: datetime | None = None, title: str = DEFAULT_TITLE) -> str:
    """The report page as a string.

    ``now`` (tz-aware) is the moment deadlines are measured against and the
    page's "generated" time; pass it for reproducible output. ``None`` means
    the current UTC time.
    """
    from pvflag.report._page import render_page

    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None or now.utcoffset() is None:
        raise ConfigError(f"now must be timezone-aware (e.g. datetime.now(UTC)), got naive {now.isoformat()}")
    return render_page(inputs, now=now, title=title)


def write_report(
    paths: Iterable[str | Path],
    output: str | Path,
    *,
    now: datetime | None = None,
    title: str = DEFAULT_TITLE,
) -> ReportInputs:
    """Read the input files, render the report and write it to ``output`` (UTF-8).

    Returns the parsed inputs so that callers can tell how many records,
    cases and input problems went into the page.
    """
    inputs = load_report_inputs(paths)
    page = render_report(inputs, now=now, title=title)
    target = Path(output)
    try:
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{target}: cannot write the report: {exc.strerror or exc}") from exc
    return inputs
