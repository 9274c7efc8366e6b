"""pvflag's command line: a thin typer shell over the library API.

Each command group lives in its own module and registers itself on ``app``;
this module only wires them together, so that ``pvflag --help`` stays fast
(heavy imports happen inside the command functions).
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="pvflag",
    help="Find adverse events and special situations in PSP interactions; build cases; export E2B.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# command modules; each defines ``register(app)``
_COMMAND_MODULES = (
    "pvflag.cli._scan",
    "pvflag.cli._lexicon",
    "pvflag.cli._cases",
    "pvflag.cli._e2b",
    "pvflag.cli._report",
    "pvflag.cli._selftest",
)

for _name in _COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # a command group not written yet
        if exc.name != _name:
            raise
        continue
    _module.register(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
