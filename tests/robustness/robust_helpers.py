"""Helpers for the robustness suite."""

from __future__ import annotations

from pathlib import Path

from pvflag.interactions import Interaction
from pvflag.io import RecordFailure, read_records


def read_bytes(tmp: Path, name: str, data: bytes, **options: object) -> list[Interaction | RecordFailure]:
    path = tmp / name
    path.write_bytes(data)
    return list(read_records([str(path)], **options))  # type: ignore[arg-type]


def outcome(item: Interaction | RecordFailure) -> tuple[str, str]:
    """(id, "ok" or the error type) with the synthetic source prefix removed."""
    if isinstance(item, RecordFailure):
        return item.id.rsplit("/", 1)[-1], item.error.type
    return item.id, "ok"
