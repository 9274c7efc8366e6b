"""E2B serialisation and validation: ICH E2B(R3) / E2B(R2) writers, an R3 reader, ``validate``.

lxml is imported only here (inside functions), never at ``import pvflag`` time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "to_r3": "pvflag.e2b.r3",
    "to_r2": "pvflag.e2b.r2",
    "read_r3": "pvflag.e2b.reader",
    "validate_file": "pvflag.e2b.validate",
    "validate_bytes": "pvflag.e2b.validate",
    "ValidationReport": "pvflag.e2b.validate",
    "Problem": "pvflag.e2b.rules",
    "ICSR": "pvflag.e2b.icsr",
    "Reaction": "pvflag.e2b.icsr",
    "Drug": "pvflag.e2b.icsr",
    "Patient": "pvflag.e2b.icsr",
    "PrimarySource": "pvflag.e2b.icsr",
    "ExportSettings": "pvflag.e2b.icsr",
    "icsr_from_case": "pvflag.e2b.adapter",
    "case_from_icsr": "pvflag.e2b.adapter",
    "read_cases": "pvflag.e2b.adapter",
    "find_schema": "pvflag.e2b.schemas",
    "find_dtd": "pvflag.e2b.schemas",
}

__all__ = [
    "ICSR",
    "Drug",
    "ExportSettings",
    "Patient",
    "PrimarySource",
    "Problem",
    "Reaction",
    "ValidationReport",
    "case_from_icsr",
    "find_dtd",
    "find_schema",
    "icsr_from_case",
    "read_cases",
    "read_r3",
    "to_r2",
    "to_r3",
    "validate_bytes",
    "validate_file",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pvflag.e2b' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover
    from pvflag.e2b.adapter import case_from_icsr, icsr_from_case, read_cases
    from pvflag.e2b.icsr import ICSR, Drug, ExportSettings, Patient, PrimarySource, Reaction
    from pvflag.e2b.r2 import to_r2
    from pvflag.e2b.r3 import to_r3
    from pvflag.e2b.reader import read_r3
    from pvflag.e2b.rules import Problem
    from pvflag.e2b.schemas import find_dtd, find_schema
    from pvflag.e2b.validate import ValidationReport, validate_bytes, validate_file
