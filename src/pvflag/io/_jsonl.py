"""JSON Lines: one JSON object per line, streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO, NoReturn

from pvflag.interactions import Interaction
from pvflag.io._lines import first_line, iter_lines, line_cap, utf8_error_message
from pvflag.io._model import RecordFailure, failure
from pvflag.io._records import ReadOptions, interaction_from_mapping, json_type

__all__ = ["read_jsonl"]


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


# strict=False: raw tabs and control characters inside strings are common in
# exports; rejecting the line would lose the note, clean_text blanks them instead.
_decoder = json.JSONDecoder(parse_constant=_reject_constant, strict=False)


def read_jsonl(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Interaction | RecordFailure]:
    """Each non-blank line is one record; blank lines are not records and are skipped."""
    for number, raw in iter_lines(stream, line_cap(options.max_text_chars)):
        if raw is None:
            yield failure(
                "text_too_long",
                f"line is longer than the limit allows (--max-text-chars {options.max_text_chars})",
                source=source,
                line=number,
            )
            continue
        if number == 1 and (raw := first_line(raw)) is None:
            yield failure(
                "unreadable_file",
                "file starts with a UTF-16 byte-order mark; expected UTF-8 (convert with iconv -f UTF-16)",
                source=source,
                line=None,
            )
            return
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield failure("invalid_utf8", utf8_error_message(exc), source=source, line=number)
            continue
        try:
            value = _decoder.decode(line)
        except json.JSONDecodeError as exc:
            yield failure(
                "invalid_json",
                f"line is not valid JSON: {exc.msg} at column {exc.colno}",
                source=source,
                line=number,
            )
            continue
        except (ValueError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(":")[0]
            yield failure("invalid_json", f"line is not valid JSON: {reason}", source=source, line=number)
            continue
        if not isinstance(value, dict):
            kind = json_type(value)
            yield failure(
                "not_an_object",
                f"line is a JSON {kind}; expected an object with an id and a text field",
                source=source,
                line=number,
            )
            continue
        # lone surrogates only come from \\uD800-\\uDFFF escapes; skip the scrub when there are none
        scrub = "\\ud" in line or "\\uD" in line
        yield interaction_from_mapping(value, source=source, line=number, options=options, scrub=scrub)
