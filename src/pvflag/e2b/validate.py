"""Validate any E2B file: well-formedness, ICH XSD (R3) or DTD (R2), then the business rules.

Works on pvflag's own files and on any other system's; the parser is the safe one
from ``_xml`` (no network, no entity expansion, bounded size).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from pvflag.e2b import _codes as c
from pvflag.e2b._xml import MAX_FILE_BYTES, parse_xml
from pvflag.e2b.rules import Problem, check_r2, check_r3, element_path
from pvflag.e2b.schemas import load_dtd, load_schema
from pvflag.errors import E2BError

__all__ = ["Problem", "ValidationReport", "validate_bytes", "validate_file"]

FileKind = Literal["r3", "r3-ack", "r2", "unknown"]
Profile = Literal["ich", "fda"]
PROFILES: tuple[str, ...] = ("ich", "fda")


class ValidationReport(BaseModel):
    """Everything ``validate`` found in one file; ``ok`` when there is no error (warnings allowed)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    kind: FileKind
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def rules(self) -> set[str]:
        """The ids of the rules that found an error (handy in tests and scripts)."""
        return {p.rule for p in self.errors}


def validate_file(
    path: str | Path,
    *,
    profile: Profile = "ich",
    schema_dir: str | Path | None = None,
    today: date | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ValidationReport:
    """Validate one E2B file; problems are returned, never raised (except a missing schema set)."""
    return _validate(
        path, str(path), profile=profile, schema_dir=schema_dir, today=today, max_bytes=max_bytes
    )


def validate_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    profile: Profile = "ich",
    schema_dir: str | Path | None = None,
    today: date | None = None,
) -> ValidationReport:
    """``validate_file`` for an in-memory document (what ``to_r3`` / ``to_r2`` return)."""
    return _validate(
        data, name, profile=profile, schema_dir=schema_dir, today=today, max_bytes=MAX_FILE_BYTES
    )


def _validate(
    source: str | Path | bytes,
    name: str,
    *,
    profile: str,
    schema_dir: str | Path | None,
    today: date | None,
    max_bytes: int,
) -> ValidationReport:
    if profile not in PROFILES:
        raise E2BError(f"unknown validation profile {profile!r}; valid profiles: {', '.join(PROFILES)}")
    try:
        tree = parse_xml(source, max_bytes=max_bytes)
    except E2BError as exc:
        message = str(exc)
        found = re.search(r":(\d+): not well-formed", message)
        line = int(found.group(1)) if found else None
        return ValidationReport(
            file=name, kind="unknown", problems=(Problem(rule="XML", line=line, message=message),)
        )
    root = tree.getroot()
    problems: list[Problem] = []
    if root.tag == f"{{{c.HL7_NS}}}MCCI_IN200100UV01":
        kind: FileKind = "r3"
        problems += _schema_problems(tree, load_schema(schema_dir), "XSD")
        problems += check_r3(tree, today=today, profile=profile)
    elif root.tag == f"{{{c.HL7_NS}}}MCCI_IN200101UV01":
        kind = "r3-ack"
        problems += _schema_problems(tree, load_schema(schema_dir, ack=True), "XSD")
    elif root.tag == "ichicsr":
        kind = "r2"
        dtd = load_dtd(schema_dir)
        if not dtd.validate(root):
            for error in dtd.error_log.filter_from_errors():
                problems.append(Problem(rule="DTD", line=error.line or None, message=error.message))
        problems += check_r2(tree, today=today, profile=profile)
    else:
        kind = "unknown"
        problems.append(
            Problem(
                rule="XML",
                path=element_path(root),
                line=root.sourceline,
                message=f"root element {root.tag!r} is not an E2B file; expected "
                "MCCI_IN200100UV01 (R3 batch), MCCI_IN200101UV01 (R3 ACK) or ichicsr (R2)",
            )
        )
    problems.sort(key=lambda p: (p.line or 0, p.rule))
    return ValidationReport(file=name, kind=kind, problems=tuple(problems))


def _schema_problems(tree: object, schema: object, rule: str) -> list[Problem]:
    if schema.validate(tree):  # type: ignore[attr-defined]
        return []
    return [
        Problem(rule=rule, path=error.path or None, line=error.line or None, message=error.message)
        for error in schema.error_log  # type: ignore[attr-defined]
    ]
