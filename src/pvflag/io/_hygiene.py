"""Text hygiene that never moves an offset.

Decisions (each one so that ``text[start:end]`` of a finding is the text the
user gave, position for position):

- Length is preserved: ``len(clean_text(s)) == len(s)``. Nothing is stripped,
  normalised or truncated; CRLF stays CRLF.
- NUL, the other C0 controls except tab, LF and CR, DEL and the C1 controls
  become spaces: tokenizers, regexes and XML writers choke on them.
- U+FEFF (a byte-order mark inside the text, e.g. from concatenated files)
  becomes a space. A BOM at the start of a *file* is encoding, not text, and
  the readers drop it before records are cut.
- Lone surrogates (from JSON escapes like ``"\\ud800"``) become U+FFFD: they
  cannot be written as UTF-8, so they would break the output line later.
- A text longer than the caller's limit is never cut: the reader reports
  ``text_too_long`` for the record instead.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["clean_text", "scrub_value"]

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(raw: str) -> str:
    """Return ``raw`` with control characters as spaces and lone surrogates as U+FFFD."""
    if raw.isascii():
        if raw.isprintable():
            return raw
        return _CONTROLS.sub(" ", raw)
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub(" ", raw))


def scrub_value(value: Any) -> Any:
    """Replace lone surrogates in every string of a JSON-like value (metadata, ids)."""
    if isinstance(value, str):
        return value if value.isascii() else _SURROGATES.sub("\ufffd", value)
    if isinstance(value, dict):
        return {scrub_value(k): scrub_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_value(v) for v in value]
    return value
