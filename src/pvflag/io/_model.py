"""What the readers yield besides ``Interaction``: per-record failures and a run summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from pvflag.findings import RecordError
from pvflag.interactions import Interaction

__all__ = ["ERROR_TYPES", "ErrorType", "ReadSummary", "RecordFailure"]

ErrorType = Literal[
    "invalid_utf8",
    "invalid_json",
    "not_an_object",
    "missing_id",
    "missing_text",
    "empty_text",
    "duplicate_id",
    "csv_error",
    "text_too_long",
    "unreadable_file",
]
ERROR_TYPES: tuple[ErrorType, ...] = get_args(ErrorType)


class RecordFailure(BaseModel):
    """An input record that could not become an ``Interaction``; it still gets an output line.

    ``id`` is the record's own id when it could be read, else ``"<source>:<line>"``
    (``:0`` for a whole file that could not be read). ``error.message`` names
    fields, lines and byte offsets, never note text or patient identifiers.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    error: RecordError
    source: str
    line: int | None = None


@dataclass
class ReadSummary:
    """Counts for the end-of-run summary; pass one to ``read_records(summary=...)``."""

    records: int = 0
    interactions: int = 0
    failures: int = 0
    failures_by_type: dict[str, int] = field(default_factory=dict)
    sources: int = 0

    def add(self, item: Interaction | RecordFailure) -> None:
        self.records += 1
        if isinstance(item, RecordFailure):
            self.failures += 1
            self.failures_by_type[item.error.type] = self.failures_by_type.get(item.error.type, 0) + 1
        else:
            self.interactions += 1

    def to_dict(self) -> dict[str, object]:
        return {
            "sources": self.sources,
            "records": self.records,
            "interactions": self.interactions,
            "failures": self.failures,
            "failures_by_type": dict(sorted(self.failures_by_type.items())),
        }


def failure(
    type: ErrorType, message: str, *, source: str, line: int | None, record_id: str | None = None
) -> RecordFailure:
    """A failure with a synthetic id when the record's own id is not known."""
    rid = record_id if record_id else f"{source}:{line if line is not None else 0}"
    return RecordFailure(id=rid, error=RecordError(type=type, message=message), source=source, line=line)
