"""CSV and TSV: a header row, then one record per row; any column names.

Streamed one logical row at a time. A quoted field may span lines (multi-line
notes are common in CRM exports); the reader follows quotes the way the csv
module does (a quote opens a field only at the start of the field) to find
where a row ends. A quote that is never closed would otherwise swallow the
rest of the file into one field, so when the file ends inside a quoted field,
or a multi-line row does not parse, the row where it started gets a
``csv_error`` and reading resumes at the next physical line: every following
row still gets its own output. Only the lines of such an unclosed field are
held in memory, and at most 64 MiB of them (or the ``max_text_chars`` line
cap if larger): a quoted field longer than that is taken for a broken quote.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import BinaryIO

from pvflag.interactions import Interaction
from pvflag.io._lines import first_line, iter_lines, line_cap
from pvflag.io._model import RecordFailure, failure
from pvflag.io._records import ReadOptions, interaction_from_mapping

__all__ = ["read_csv"]

_SURROGATE = re.compile("[\udc80-\udcff]")
_MAX_QUOTED_SPAN = 64 << 20  # bytes


def _ends_quoted(line: str, in_quoted: bool, delimiter: str, opener: re.Pattern[str]) -> bool:
    """Whether ``line`` ends inside a quoted field, given the state at its start."""
    if not in_quoted and '"' not in line:
        return False
    pos = 0
    while True:
        if in_quoted:
            close = _CLOSE.match(line, pos)
            if close is None:
                return True
            pos = close.end()
            in_quoted = False
        else:
            found = opener.search(line, pos)
            if found is None:
                return False
            pos = found.end()
            in_quoted = True


# inside a quoted field: anything but quotes, or doubled quotes, then the closing quote
_CLOSE = re.compile(r'[^"]*(?:""[^"]*)*"(?!")')


def _parse_record(record: str, delimiter: str) -> list[list[str]]:
    """Parse one logical row; a bare CR inside it is text, not a row end.

    The csv module ends a row at any CR, so a stray CR in a note (or the CRLF
    inside a quoted field) is swapped for a character the row does not
    contain, parsed, and swapped back: the cell text stays exactly as written.
    """
    if len(record) >= csv.field_size_limit():
        # the csv module refuses fields over 128 KiB by default; a long note is not an error
        csv.field_size_limit(len(record) + 1)
    if record.endswith("\r\n"):
        record = record[:-2]
    elif record.endswith("\n"):
        record = record[:-1]
    if "\r" not in record:
        return list(csv.reader([record], delimiter=delimiter, strict=True))
    stand_in = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in record)
    rows = list(csv.reader([record.replace("\r", stand_in)], delimiter=delimiter, strict=True))
    return [[cell.replace(stand_in, "\r") for cell in row] for row in rows]


def read_csv(
    stream: BinaryIO, source: str, options: ReadOptions, *, delimiter: str = ","
) -> Iterator[Interaction | RecordFailure]:
    opener = re.compile(r"(?:^|(?<=" + re.escape(delimiter) + r'))"')
    cap = line_cap(options.max_text_chars)
    lines = iter_lines(stream, cap)
    # how far an open quote may run before it is taken for a broken one: bounds memory
    span_cap = max(_MAX_QUOTED_SPAN, cap or 0)
    pushed: list[tuple[int, bytes | None]] = []  # lines to read again, last first

    def next_line() -> tuple[int, bytes | None] | None:
        if pushed:
            return pushed.pop()
        return next(lines, None)

    header: tuple[str, ...] | None = None
    while True:
        first = next_line()
        if first is None:
            return
        number, raw = first
        if raw is None:
            yield failure("text_too_long", "row is longer than the limit allows", source=source, line=number)
            continue
        if number == 1 and (raw := first_line(raw)) is None:
            yield failure(
                "unreadable_file",
                "file starts with a UTF-16 byte-order mark; expected UTF-8 (convert with iconv -f UTF-16)",
                source=source,
                line=None,
            )
            return
        text = raw.decode("utf-8", "surrogateescape")
        if not text.strip():
            continue
        row_lines: list[tuple[int, bytes | None]] = [first]
        parts = [text]
        in_quoted = _ends_quoted(text, False, delimiter, opener)
        unclosed = False
        held = len(raw)
        while in_quoted:
            more = next_line()
            if more is None or more[1] is None or held > span_cap:
                if more is not None:
                    pushed.append(more)
                unclosed = True
                break
            held += len(more[1])
            row_lines.append(more)
            part = more[1].decode("utf-8", "surrogateescape")
            parts.append(part)
            in_quoted = _ends_quoted(part, True, delimiter, opener)
        problem: str | None = None
        row: list[str] = []
        if unclosed:
            problem = (
                "a quoted field is never closed (unbalanced '\"')"
                if held <= span_cap
                else f"a quoted field runs over {span_cap} bytes; probably an unbalanced '\"'"
            )
        else:
            try:
                rows = _parse_record("".join(parts), delimiter)
            except csv.Error as exc:
                problem = f"row does not parse: {exc}"
            else:
                if len(rows) != 1:
                    problem = f"expected one row, found {len(rows)}"
                else:
                    row = rows[0]
        if problem is None and header is not None and len(row) != len(header):
            problem = f"row has {len(row)} fields, the header has {len(header)}"
        if problem is not None:
            if header is None:
                yield failure(
                    "unreadable_file", f"header row does not parse: {problem}", source=source, line=None
                )
                return
            yield failure("csv_error", problem, source=source, line=number)
            # resume right after the row's first line; the rest is read again
            pushed.extend(reversed(row_lines[1:]))
            continue
        if not all(part.isascii() for part in parts) and any(_SURROGATE.search(cell) for cell in row):
            bad = next(i for i, cell in enumerate(row) if _SURROGATE.search(cell))
            where = f"column {header[bad]!r}" if header is not None else f"header column {bad + 1}"
            if header is None:
                yield failure(
                    "unreadable_file", f"{where} is not valid UTF-8; expected UTF-8", source=source, line=None
                )
                return
            id_cell = row[header.index(options.id_field)] if options.id_field in header else ""
            yield failure(
                "invalid_utf8",
                f"{where} is not valid UTF-8; re-export the file as UTF-8",
                source=source,
                line=number,
                record_id=id_cell.strip() if not _SURROGATE.search(id_cell) else None,
            )
            continue
        if header is None:
            if len(parts) == 1 and "\r" in text.rstrip("\r\n"):
                yield failure(
                    "unreadable_file",
                    "header line holds a bare CR: the file seems to use old Mac (CR-only) line ends;"
                    " expected LF or CRLF",
                    source=source,
                    line=None,
                )
                return
            header = tuple(cell.strip() for cell in row)
            continue
        record = dict(zip(header, row, strict=True))
        # cells with undecodable bytes were refused above, so no lone surrogates remain
        yield interaction_from_mapping(
            record, source=source, line=number, options=options, columns=header, scrub=False
        )
