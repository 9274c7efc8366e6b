"""Scanning on several processes, in input order, with bounded memory.

``multiprocessing.Pool.imap`` reads its whole input ahead, which breaks flat
memory on a million-record stream; here the input is cut into bounded windows
and each window is mapped in order. Workers rebuild the scanner from its
pickled options once (``Scanner.__getstate__`` drops the compiled lexicon).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pvflag.findings import ScanResult
    from pvflag.scanner import Scanner

__all__ = ["scan_parallel"]

_worker_scanner: Scanner | None = None


def _init(scanner: Scanner) -> None:
    global _worker_scanner
    _worker_scanner = scanner


def _scan_chunk(chunk: list[tuple[int, Any]]) -> list[ScanResult]:
    assert _worker_scanner is not None
    return [_worker_scanner._scan_one_safely(record, index) for index, record in chunk]


def scan_parallel(scanner: Scanner, records: Iterable[Any], *, jobs: int, chunk_size: int = 256,
                  window_chunks: int | None = None) -> Iterator[ScanResult]:
    """Like ``scanner.scan_many`` on ``jobs`` processes; output order equals input order."""
    import multiprocessing

    window = window_chunks or jobs * 4
    numbered = enumerate(records)
    context = multiprocessing.get_context("spawn" if multiprocessing.get_start_method() != "fork" else "fork")
    with context.Pool(jobs, initializer=_init, initargs=(scanner,)) as pool:
        while True:
            chunks = []
            for _ in range(window):
                chunk = list(itertools.islice(numbered, chunk_size))
                if not chunk:
                    break
                chunks.append(chunk)
            if not chunks:
                return
            for results in pool.map(_scan_chunk, chunks):
                yield from results
