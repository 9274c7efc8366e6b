"""The validation pack's data files (corpus, limits, scenarios, requirements), via importlib.resources."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from pvflag.errors import ConfigError

__all__ = ["DATA_FILES", "acceptance_limits", "corpus", "data_bytes", "deadline_scenarios", "requirements"]

_PACKAGE = "pvflag.data"
_FOLDER = "validation"
DATA_FILES = ("corpus.jsonl", "acceptance.toml", "deadline_scenarios.toml", "requirements.toml")


def data_bytes(name: str) -> bytes:
    resource = resources.files(_PACKAGE).joinpath(f"{_FOLDER}/{name}")
    if not resource.is_file():
        raise ConfigError(
            f"validation data file {name!r} is missing from package data pvflag/data/{_FOLDER}; "
            f"expected: {', '.join(DATA_FILES)}. Reinstall pvflag."
        )
    return resource.read_bytes()


def _toml(name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(data_bytes(name).decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"pvflag/data/{_FOLDER}/{name}: not valid TOML ({exc})") from exc


@cache
def corpus() -> tuple[dict[str, Any], ...]:
    """The gold-annotated validation corpus (psp_dev format plus case metadata)."""
    lines = data_bytes("corpus.jsonl").decode("utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@cache
def acceptance_limits() -> tuple[dict[str, Any], ...]:
    return tuple(_toml("acceptance.toml")["limit"])


@cache
def deadline_scenarios() -> tuple[dict[str, Any], ...]:
    return tuple(_toml("deadline_scenarios.toml")["scenario"])


@cache
def requirements() -> tuple[dict[str, Any], ...]:
    return tuple(_toml("requirements.toml")["requirement"])
