"""``read_records``: sources in, ``Interaction`` or ``RecordFailure`` out, in input order."""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from hashlib import blake2b
from pathlib import Path
from typing import BinaryIO, Literal

from pvflag.errors import ConfigError
from pvflag.interactions import Interaction
from pvflag.io._captions import read_srt, read_vtt
from pvflag.io._csv import read_csv
from pvflag.io._email import read_eml
from pvflag.io._jsonl import read_jsonl
from pvflag.io._model import ReadSummary, RecordFailure, failure
from pvflag.io._records import ReadOptions
from pvflag.io._transcribe import read_transcribe_json
from pvflag.io._whole import read_text

__all__ = ["INPUT_FORMATS", "InputFormat", "detect_format", "read_records"]

log = logging.getLogger("pvflag.io")

InputFormat = Literal["jsonl", "csv", "txt", "vtt", "srt", "transcribe_json", "turns", "eml"]
INPUT_FORMATS: tuple[InputFormat, ...] = (
    "jsonl",
    "csv",
    "txt",
    "vtt",
    "srt",
    "transcribe_json",
    "turns",
    "eml",
)

_BY_EXTENSION: dict[str, InputFormat] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "txt",
    ".text": "txt",
    ".note": "txt",
    ".vtt": "vtt",
    ".webvtt": "vtt",
    ".srt": "srt",
    ".json": "transcribe_json",
    ".turns": "turns",
    ".dialog": "turns",
    ".dialogue": "turns",
    ".eml": "eml",
}
_STREAMED: frozenset[str] = frozenset({"jsonl", "csv"})
_WHOLE_FILE_READERS: dict[str, Callable[[bytes, str, ReadOptions], Iterator[Interaction | RecordFailure]]] = {
    "txt": read_text,
    "turns": lambda data, source, options: read_text(data, source, options, any_label=True),
    "vtt": read_vtt,
    "srt": read_srt,
    "transcribe_json": read_transcribe_json,
    "eml": read_eml,
}
DuplicateIds = Literal["flag", "error", "off"]


def _base_name(name: str) -> str:
    """The name without a trailing ``.gz``: ``notes.jsonl.gz`` is JSON Lines, compressed."""
    return name[:-3] if name.lower().endswith(".gz") else name


def _sniff(head: bytes) -> InputFormat:
    """Guess a format from the first bytes when the name does not say."""
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"WEBVTT"):
        return "vtt"
    if text.startswith(b"{"):
        first_line = text.split(b"\n", 1)[0].rstrip()
        return "jsonl" if first_line.endswith(b"}") else "transcribe_json"
    first = text.split(b"\n", 3)
    if len(first) >= 2 and first[0].strip().isdigit() and b"-->" in first[1]:
        return "srt"
    if (
        text[:200]
        .lower()
        .startswith(
            (
                b"from:",
                b"received:",
                b"return-path:",
                b"mime-version:",
                b"message-id:",
                b"delivered-to:",
                b"subject:",
                b"date:",
            )
        )
    ):
        return "eml"
    return "txt"


_TRANSCRIPT_KEYS = ("results", "Transcript", "segments", "utterances", "turns", "jobName")


def _first_line_is_a_record(name: str, head: bytes | None) -> bool:
    """Whether a ``.json`` file is JSON Lines: its first line alone is an object, not a
    transcript, and more follows (a one-line file is one record, named after the file)."""
    first: bytes | None = None
    rest = b""
    if name != "-":
        try:
            with _open(name) as handle:
                first = handle.readline(1 << 22)
                rest = handle.read(4096)
        except (OSError, EOFError, zlib.error):
            return False
    elif head is not None:
        first, _, rest = head.partition(b"\n")
    if not first or not rest.strip():
        return False
    try:
        value = json.loads(first.removeprefix(b"\xef\xbb\xbf"))
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and not any(key in value for key in _TRANSCRIPT_KEYS)


def detect_format(path: str | os.PathLike[str], head: bytes | None = None) -> InputFormat:
    """The input format of ``path``: by extension, else by its first bytes, else ``txt``.

    ``head`` (the first bytes) is read from the file when not given; ``-``
    (stdin) without ``head`` is ``jsonl``, the batch format.
    """
    name = os.fspath(path)
    found = _BY_EXTENSION.get(Path(_base_name(name)).suffix.lower())
    if found is not None:
        return found
    if head is None:
        if name == "-":
            return "jsonl"
        try:
            with _open(name) as handle:
                head = handle.read(4096)
        except (OSError, EOFError, zlib.error):
            return "txt"
    return _sniff(head)


class _IdSet:
    """Ids seen so far as 64-bit hashes in an open-addressing table: ~16 bytes per id.

    A Python ``set`` of strings costs ~100 bytes per id; 10 million ids must not
    cost a gigabyte. Two different ids share a hash with probability ~n²/2⁶⁵
    (3·10⁻⁶ at 10 million): the cost is a spurious duplicate flag, never a lost
    record.
    """

    def __init__(self) -> None:
        self._slots = array("Q", bytes(8 * 1024))
        self._used = 0

    @staticmethod
    def _hash(value: str) -> int:
        digest = int.from_bytes(
            blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little"
        )
        return digest or 1  # 0 marks an empty slot

    def add(self, value: str) -> bool:
        """Add ``value``; ``True`` if it was already there."""
        if (self._used + 1) * 2 > len(self._slots):
            self._grow()
        key = self._hash(value)
        return self._insert(key)

    def _insert(self, key: int) -> bool:
        slots = self._slots
        mask = len(slots) - 1
        index = key & mask
        while True:
            current = slots[index]
            if current == 0:
                slots[index] = key
                self._used += 1
                return False
            if current == key:
                return True
            index = (index + 1) & mask

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(16 * len(old)))
        self._used = 0
        for key in old:
            if key:
                self._insert(key)


def _expand(sources: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Paths as given; a directory becomes its files with a known extension, sorted."""
    for source in sources:
        name = os.fspath(source)
        if name != "-" and os.path.isdir(name):
            found: list[str] = []
            for root, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, f)
                    for f in files
                    if not f.startswith(".") and Path(_base_name(f)).suffix.lower() in _BY_EXTENSION
                )
            yield from sorted(found)
        else:
            yield name


def _open(name: str) -> BinaryIO:
    """stdin, a file, or a gzip file decompressed as it is read (still one record at a time)."""
    if name == "-":
        return sys.stdin.buffer
    if name.lower().endswith(".gz"):
        return io.BufferedReader(gzip.open(name, "rb"))  # type: ignore[arg-type]
    return open(name, "rb")


def _read_source(
    name: str, input_format: str | None, options: ReadOptions
) -> Iterator[Interaction | RecordFailure]:
    try:
        stream = _open(name)
    except OSError as exc:
        yield failure(
            "unreadable_file",
            f"cannot open input: {type(exc).__name__} ({exc.strerror or 'no detail'})",
            source=name,
            line=None,
        )
        return
    try:
        fmt = input_format
        if fmt is None:
            head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else None
            fmt = detect_format(name, head)
            if fmt == "transcribe_json" and _first_line_is_a_record(name, head):
                fmt = "jsonl"  # JSON Lines saved as .json
        if fmt in _STREAMED:
            if fmt == "csv":
                delimiter = "\t" if _base_name(name).lower().endswith(".tsv") else ","
                yield from read_csv(stream, name, options, delimiter=delimiter)
            else:
                yield from read_jsonl(stream, name, options)
            return
        limit = options.max_text_chars
        cap = None if limit is None else limit * 8 + (1 << 20)
        data = stream.read() if cap is None else stream.read(cap + 1)
        if cap is not None and len(data) > cap:
            yield failure(
                "text_too_long",
                f"file is larger than {cap} bytes, more than --max-text-chars {limit} allows",
                source=name,
                line=None,
            )
            return
        yield from _WHOLE_FILE_READERS[fmt](data, name, options)
    except (OSError, EOFError, zlib.error) as exc:
        detail = getattr(exc, "strerror", None) or "no detail"
        yield failure(
            "unreadable_file",
            f"reading stopped: {type(exc).__name__} ({detail}); records after this point were not read",
            source=name,
            line=None,
        )
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def read_records(
    sources: Iterable[str | os.PathLike[str]],
    *,
    input_format: str | None = None,
    id_field: str = "id",
    text_field: str = "text",
    max_text_chars: int | None = None,
    duplicate_ids: DuplicateIds = "flag",
    summary: ReadSummary | None = None,
) -> Iterator[Interaction | RecordFailure]:
    """Read every record of every source, in order: an ``Interaction`` or a ``RecordFailure`` each.

    ``sources``: paths, directories (their files with a known extension, sorted)
    or ``"-"`` for stdin. The format comes from ``input_format`` (one of
    ``INPUT_FORMATS``) or from each file's extension, then its first bytes.
    JSONL and CSV are streamed a record at a time. Nothing raises for bad data:
    every record that cannot be read is a ``RecordFailure`` in its place, and a
    file that cannot be opened is one ``unreadable_file`` failure.

    A repeated id is a judgement call: two notes may share an id through a CRM
    bug, and dropping the second could lose an adverse event. By default
    (``duplicate_ids="flag"``) the record is kept and scanned, with
    ``metadata["pvflag_warnings"] == ["duplicate_id"]``; ``"error"`` makes it a
    ``duplicate_id`` failure instead; ``"off"`` skips the check (no per-id
    memory at all, for runs of hundreds of millions of records).

    Files ending in ``.gz`` are decompressed as they are read.
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ConfigError(
            f"unknown input format {input_format!r}; expected one of: {', '.join(INPUT_FORMATS)}"
        )
    if duplicate_ids not in ("flag", "error", "off"):
        raise ConfigError(f"duplicate_ids must be 'flag', 'error' or 'off', got {duplicate_ids!r}")
    if max_text_chars is not None and max_text_chars < 1:
        raise ConfigError(f"max_text_chars must be a positive number of characters, got {max_text_chars}")
    if isinstance(sources, str | os.PathLike):
        sources = [sources]
    options = ReadOptions(id_field=id_field, text_field=text_field, max_text_chars=max_text_chars)
    seen = _IdSet()
    for name in _expand(sources):
        if summary is not None:
            summary.sources += 1
        for item in _read_source(name, input_format, options):
            if duplicate_ids != "off" and isinstance(item, Interaction) and seen.add(item.id):
                if duplicate_ids == "error":
                    item = failure(
                        "duplicate_id",
                        "id already used by an earlier record in this run",
                        source=name,
                        line=None,
                        record_id=item.id,
                    )
                else:
                    warnings = [*item.metadata.get("pvflag_warnings", ()), "duplicate_id"]
                    item = item.model_copy(
                        update={"metadata": {**item.metadata, "pvflag_warnings": warnings}}
                    )
                    log.warning("record %s: duplicate id in %s; kept and flagged", item.id, name)
            if isinstance(item, RecordFailure):
                log.info("record %s (%s line %s): %s", item.id, item.source, item.line, item.error.type)
            if summary is not None:
                summary.add(item)
            yield item
