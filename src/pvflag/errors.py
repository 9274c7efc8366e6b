"""pvflag's one exception tree. Third-party errors are wrapped at the boundary."""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "E2BError",
    "InputError",
    "LexiconError",
    "MedDRAError",
    "PvflagError",
    "RecordError",
]


class PvflagError(Exception):
    """Base class of every error pvflag raises on purpose."""


class ConfigError(PvflagError):
    """An option, program file or setting is invalid; the message lists valid choices."""


class LexiconError(PvflagError):
    """A lexicon or rule file is missing or malformed (message names file and line)."""


class MedDRAError(LexiconError):
    """A licensee's MedDRA ASCII folder is missing a file or has a malformed row."""


class InputError(PvflagError):
    """An input file or stream cannot be read at all (per-record problems are RecordError)."""


class RecordError(PvflagError):
    """One input record cannot be processed; carries its record id and an error type."""

    def __init__(self, message: str, *, record_id: str | None = None, type: str = "invalid_record"):
        super().__init__(message)
        self.record_id = record_id
        self.type = type


class E2BError(PvflagError):
    """An E2B file cannot be written or read."""
