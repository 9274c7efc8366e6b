"""Physical lines of a binary stream, one at a time, with a length cap."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

__all__ = ["BOM_UTF8", "UTF16_BOMS", "first_line", "iter_lines", "line_cap", "utf8_error_message"]

BOM_UTF8 = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def line_cap(max_text_chars: int | None) -> int | None:
    """Bytes a line may have before it is certainly too long.

    A character takes at most 6 bytes in JSON (``\\uXXXX``); 1 MiB leaves room
    for the id and metadata. Without a text limit lines are unlimited.
    """
    if max_text_chars is None:
        return None
    return max_text_chars * 6 + (1 << 20)


def iter_lines(stream: BinaryIO, cap: int | None) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes with line end)``; ``None`` for a line over ``cap``.

    Line 1 comes as it is, byte-order mark included: ``first_line`` tells the
    readers what it means. A line over the cap is skipped in bounded pieces, so
    memory stays flat however long it is.
    """
    number = 0
    while True:
        chunk = stream.readline(-1 if cap is None else cap + 1)
        if not chunk:
            return
        number += 1
        if cap is not None and len(chunk) > cap and not chunk.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, chunk


def utf8_error_message(exc: UnicodeDecodeError, what: str = "line") -> str:
    """Where the bad bytes are, never what they say."""
    return f"{what} is not valid UTF-8 (invalid byte at offset {exc.start}); re-export the file as UTF-8"


def first_line(raw: bytes) -> bytes | None:
    """Line 1 without its UTF-8 BOM; ``None`` if the file starts with a UTF-16 BOM.

    A UTF-8 BOM wins: ``EF BB BF FE FF`` is UTF-8 with two invalid bytes, not UTF-16.
    """
    if raw.startswith(BOM_UTF8):
        return raw[3:]
    if raw.startswith(UTF16_BOMS):
        return None
    return raw
