"""lxml helpers owned by ``pvflag.e2b``: a safe parser, XML 1.0 text cleaning, HL7 dates.

The parser is for files from anywhere (other systems, e-mail attachments): it
never touches the network, never expands entities, never loads an external DTD
and refuses oversized input, so a hostile file cannot make it fetch, explode or hang.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pvflag.errors import E2BError

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "MAX_FILE_BYTES",
    "clean_text",
    "hl7_ts",
    "parse_hl7_ts",
    "parse_xml",
]

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Largest file ``parse_xml`` accepts by default (a 1000-case pvflag batch is about 25 MB)."""

# Characters XML 1.0 cannot carry, even escaped (C0 controls except TAB/LF/CR, surrogates,
# U+FFFE/U+FFFF). Dropping them is the only way to keep the file well-formed.
_XML10_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def clean_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot represent (everything else is escaped by lxml)."""
    return _XML10_INVALID.sub("", text)


def parse_xml(source: str | Path | bytes, *, max_bytes: int = MAX_FILE_BYTES) -> etree._ElementTree:
    """Parse an untrusted XML file or byte string safely; raise ``E2BError`` with the line on failure."""
    from lxml import etree

    name = "<bytes>"
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        name = str(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise E2BError(f"{name}: cannot read file ({exc.strerror})") from exc
        if size > max_bytes:
            raise E2BError(f"{name}: file is {size} bytes; the limit is {max_bytes} bytes")
        data = path.read_bytes()
    if len(data) > max_bytes:
        raise E2BError(f"{name}: input is {len(data)} bytes; the limit is {max_bytes} bytes")
    # Entity declarations are how billion-laughs and external-entity attacks start; no E2B
    # file needs one (the R2 DTD is referenced, never inlined).
    head = data[: data.find(b">", data.find(b"<!DOCTYPE")) + 1] if b"<!DOCTYPE" in data else b""
    if _ENTITY_DECL.search(head) or (b"<!DOCTYPE" in data and _ENTITY_DECL.search(data)):
        raise E2BError(f"{name}: entity declarations are not allowed in E2B files (refused for safety)")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
    try:
        return etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else 0
        raise E2BError(f"{name}:{line}: not well-formed XML: {exc.msg}") from exc


# HL7 TS: CCYY[MM[DD[hh[mm[ss[.f]]]]]][+/-ZZzz]
_TS = re.compile(
    r"^(?P<y>\d{4})(?P<mo>\d{2})?(?P<d>\d{2})?(?P<h>\d{2})?(?P<mi>\d{2})?(?P<s>\d{2})?"
    r"(?:\.\d{1,4})?(?P<tz>[+-]\d{4})?$"
)
PRECISION_DIGITS = {"year": 4, "month": 6, "day": 8, "hour": 10, "minute": 12, "second": 14}


def hl7_ts(value: date | datetime, precision: str = "day") -> str:
    """Format ``value`` as an HL7 TS cut to ``precision``; aware datetimes keep their UTC offset."""
    if precision not in PRECISION_DIGITS:
        raise E2BError(f"unknown date precision {precision!r}; expected one of {sorted(PRECISION_DIGITS)}")
    if isinstance(value, datetime):
        digits = value.strftime("%Y%m%d%H%M%S")[: PRECISION_DIGITS[precision]]
        if value.tzinfo is not None and PRECISION_DIGITS[precision] > 8:
            digits += value.strftime("%z")
        return digits
    return value.strftime("%Y%m%d")[: PRECISION_DIGITS[min(precision, "day", key=_rank)]]


def _rank(precision: str) -> int:
    return PRECISION_DIGITS[precision]


def parse_hl7_ts(text: str) -> tuple[datetime, str] | None:
    """``(earliest instant, precision)`` of an HL7 TS, or ``None`` if it is not a real date/time.

    Missing parts are filled with their lowest value; naive values are treated as UTC
    only for comparisons.
    """
    m = _TS.match(text.strip())
    if not m:
        return None
    g = m.groupdict()
    precision = "year"
    for key, name in zip(
        ("mo", "d", "h", "mi", "s"), ("month", "day", "hour", "minute", "second"), strict=True
    ):
        if g[key] is None:
            break
        precision = name
    try:
        tz = UTC
        if g["tz"]:
            from datetime import timedelta

            sign = -1 if g["tz"][0] == "-" else 1
            tz = timezone(sign * timedelta(hours=int(g["tz"][1:3]), minutes=int(g["tz"][3:5])))
        value = datetime(
            int(g["y"]),
            int(g["mo"] or 1),
            int(g["d"] or 1),
            int(g["h"] or 0),
            int(g["mi"] or 0),
            int(g["s"] or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return value, precision
