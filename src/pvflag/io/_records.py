"""One mapping (a JSONL object, a CSV row) becomes an ``Interaction`` or a ``RecordFailure``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pvflag.interactions import Interaction, SpeakerTurn, TextRegion
from pvflag.io._hygiene import clean_text, scrub_value
from pvflag.io._model import ErrorType, RecordFailure, failure
from pvflag.io.turns import parse_turns

__all__ = [
    "ReadOptions",
    "interaction_from_mapping",
    "interaction_from_text",
    "json_type",
    "parse_received_at",
]


@dataclass(frozen=True)
class ReadOptions:
    id_field: str = "id"
    text_field: str = "text"
    max_text_chars: int | None = None


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string"


def parse_received_at(value: object) -> datetime | None:
    """ISO 8601 date or date-time, else ``None`` (the raw value stays in metadata)."""
    if not isinstance(value, str) or not 8 <= len(value) <= 40:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _check_text(
    raw: str, *, record_id: str, source: str, line: int | None, options: ReadOptions, what: str
) -> str | RecordFailure:
    limit = options.max_text_chars
    if limit is not None and len(raw) > limit:
        return failure(
            "text_too_long",
            f"text has {len(raw)} characters, more than the limit of {limit}"
            " (raise --max-text-chars or split the note)",
            source=source,
            line=line,
            record_id=record_id,
        )
    text = clean_text(raw)
    if not text.strip():  # after cleaning: NULs and BOMs alone are nothing to scan
        return failure(
            "empty_text",
            f"{what} is empty or only whitespace and control characters",
            source=source,
            line=line,
            record_id=record_id,
        )
    return text


def interaction_from_mapping(
    record: Mapping[str, Any],
    *,
    source: str,
    line: int | None,
    options: ReadOptions,
    columns: tuple[str, ...] | None = None,
    scrub: bool = True,
) -> Interaction | RecordFailure:
    """Build an interaction from a record; every key but id and text goes to ``metadata``.

    ``channel`` (a string) also fills ``Interaction.channel`` and a valid ISO 8601
    ``received_at`` also fills ``Interaction.received_at``; an invalid one stays a
    metadata value only (the cases stage reports it). ``columns`` (CSV header)
    makes the missing-field messages list what the file has; ``scrub=False`` when
    the caller knows no string can hold a lone surrogate.
    """
    id_field, text_field = options.id_field, options.text_field
    have = f"; the header has {', '.join(map(repr, columns))}" if columns is not None else ""
    raw_id = record.get(id_field)
    record_id: str | None = None
    if isinstance(raw_id, str) and raw_id.strip():
        record_id = scrub_value(raw_id) if scrub else raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        record_id = str(raw_id)
    if record_id is None:
        if raw_id is None or raw_id == "":
            why = f"no field {id_field!r}" if id_field not in record else f"field {id_field!r} is empty"
        else:
            why = f"field {id_field!r} must be a string or an integer, got {json_type(raw_id)}"
        return failure(
            "missing_id", f"{why} (choose the id field with --id-field){have}", source=source, line=line
        )
    raw_text = record.get(text_field)
    if not isinstance(raw_text, str):
        error: ErrorType = "missing_text"
        if raw_text is None and text_field not in record:
            why = f"no field {text_field!r}"
        else:
            why = f"field {text_field!r} must be a string, got {json_type(raw_text)}"
        return failure(
            error,
            f"{why} (choose the text field with --text-field){have}",
            source=source,
            line=line,
            record_id=record_id,
        )
    text = _check_text(
        raw_text,
        record_id=record_id,
        source=source,
        line=line,
        options=options,
        what=f"field {text_field!r}",
    )
    if isinstance(text, RecordFailure):
        return text
    metadata = {k: v for k, v in record.items() if k != id_field and k != text_field}
    if scrub:
        metadata = scrub_value(metadata)
    channel = metadata.get("channel")
    return Interaction(
        id=record_id,
        text=text,
        channel=channel if isinstance(channel, str) and channel.strip() else "unknown",
        received_at=parse_received_at(metadata.get("received_at")),
        turns=parse_turns(text),
        metadata=metadata,
    )


def interaction_from_text(
    raw: str,
    *,
    record_id: str,
    source: str,
    options: ReadOptions,
    channel: str = "unknown",
    turns: tuple[SpeakerTurn, ...] | None = None,
    regions: tuple[TextRegion, ...] = (),
    received_at: datetime | None = None,
    metadata: dict[str, Any] | None = None,
    any_label: bool = False,
) -> Interaction | RecordFailure:
    """A whole-file record (text, transcript, e-mail); turns parsed unless given."""
    text = _check_text(
        raw, record_id=record_id, source=source, line=None, options=options, what="the file's text"
    )
    if isinstance(text, RecordFailure):
        return text
    return Interaction(
        id=record_id,
        text=text,
        channel=channel,
        received_at=received_at,
        turns=turns if turns is not None else parse_turns(text, any_label=any_label),
        regions=regions,
        metadata=scrub_value(metadata or {}),
    )
