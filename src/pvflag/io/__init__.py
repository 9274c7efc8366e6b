"""Readers: files and streams become ``Interaction`` records or per-record failures.

``read_records`` is what every command and ``Scanner.scan_many`` use. Formats:
``INPUT_FORMATS``; bad records never stop a batch (``RecordFailure``, one per
input record, in order); messages carry ids, fields and line numbers, never
note text. Only the standard library and pydantic are imported here.
"""

from __future__ import annotations

from pvflag.io._email import quoted_regions
from pvflag.io._hygiene import clean_text
from pvflag.io._model import ERROR_TYPES, ErrorType, ReadSummary, RecordFailure
from pvflag.io._read import INPUT_FORMATS, InputFormat, detect_format, read_records
from pvflag.io.turns import assemble_turns, infer_roles, parse_turns, role_for_label

__all__ = [
    "ERROR_TYPES",
    "INPUT_FORMATS",
    "ErrorType",
    "InputFormat",
    "ReadSummary",
    "RecordFailure",
    "assemble_turns",
    "clean_text",
    "detect_format",
    "infer_roles",
    "parse_turns",
    "quoted_regions",
    "read_records",
    "role_for_label",
]
