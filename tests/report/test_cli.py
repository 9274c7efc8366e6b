"""``pvflag report``: a thin shell over write_report."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from pvflag.cli._report import register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop")  # a second command, so that typer keeps "report" as a subcommand
    def _noop() -> None: ...

    return app


def test_report_command_writes_the_page(input_files: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    args = ["report", *map(str, input_files), "-o", str(out), "--now", "2026-11-24T15:00:00+00:00"]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 0, result.output
    assert "4 records, 3 cases, 2 validation problems, 0 input problems" in result.output
    page = out.read_text(encoding="utf-8")
    assert "Generated 2026-11-24T15:00+00:00" in page and "OVERDUE by 17h 0m" in page


def test_naive_now_means_utc(input_files: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(
        _app(), ["report", str(input_files[0]), "-o", str(out), "--now", "2026-11-24T15:00"]
    )
    assert result.exit_code == 0, result.output
    assert "Generated 2026-11-24T15:00+00:00" in out.read_text(encoding="utf-8")


def test_bad_now_and_missing_file_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["report", str(tmp_path / "x.jsonl"), "--now", "yesterday"])
    assert result.exit_code == 2 and "--now 'yesterday' is not ISO 8601" in result.output
    result = CliRunner().invoke(
        _app(), ["report", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.html")]
    )
    assert result.exit_code == 2 and "no such file" in result.output


def test_registered_on_the_pvflag_app() -> None:
    from pvflag.cli import app

    assert "report" in {c.name for c in app.registered_commands}
