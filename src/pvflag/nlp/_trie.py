"""A phrase index over token keys: the one exact matcher behind drugs, events, cues and triggers.

Phrases are stored flat, as tuples of token keys (see ``_text``) mapped to payload lists, with a
set of every phrase prefix so that a walk stops as soon as no phrase can continue. Matching a
document costs a few hash lookups per token position, whatever the vocabulary size. The flat
layout takes about half the memory of nested dicts for the 200,000 phrases pvflag ships.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["PhraseTrie"]

P = TypeVar("P")


class PhraseTrie(Generic[P]):
    """Maps token-key sequences to payload lists; finds every match in a key sequence."""

    __slots__ = ("_firsts", "_phrases", "_prefixes", "max_len", "size")

    def __init__(self) -> None:
        # payloads in tuples, not lists: the garbage collector stops tracking a tuple of ints, and
        # 200,000 tracked lists made every full collection walk them (about 15% of scan time)
        self._phrases: dict[tuple[str, ...], tuple[P, ...]] = {}
        self._prefixes: set[tuple[str, ...]] | frozenset[tuple[str, ...]] = set()
        # first key -> (payloads of that one-word phrase, whether longer phrases start with it): one
        # lookup per token, and most tokens start no phrase at all
        self._firsts: dict[str, tuple[tuple[P, ...], bool]] = {}
        self.max_len = 0
        self.size = 0

    def add(self, keys: Sequence[str], payload: P) -> None:
        if not keys:
            return
        phrase = tuple(keys)
        bucket = self._phrases.get(phrase)
        if bucket is None:
            self._phrases[phrase] = (payload,)
            prefixes = self._prefixes
            if isinstance(prefixes, frozenset):  # a loaded index being extended
                prefixes = self._prefixes = set(prefixes)
            for end in range(1, len(phrase)):
                prefixes.add(phrase[:end])
        else:
            self._phrases[phrase] = (*bucket, payload)
        if len(phrase) > self.max_len:
            self.max_len = len(phrase)
        self.size += 1
        self._firsts[phrase[0]] = self._first_entry(phrase[0])

    def _first_entry(self, key: str) -> tuple[tuple[P, ...], bool]:
        return self._phrases.get((key,), ()), (key,) in self._prefixes

    @classmethod
    def build(cls, items: Iterable[tuple[Sequence[str], P]]) -> PhraseTrie[P]:
        trie: PhraseTrie[P] = cls()
        for keys, payload in items:
            trie.add(keys, payload)
        return trie

    def to_primitives(self) -> tuple[Any, ...]:
        """Plain containers (marshal-able when payloads are ints) for the on-disk cache."""
        return self._phrases, frozenset(self._prefixes), self._firsts, self.max_len, self.size

    @classmethod
    def from_primitives(cls, data: tuple[Any, ...]) -> PhraseTrie[P]:
        trie: PhraseTrie[P] = cls()
        # the prefix set stays frozen: a loaded index is only read (``add`` is for building)
        trie._phrases, trie._prefixes, trie._firsts, trie.max_len, trie.size = data
        return trie

    def items(self) -> list[tuple[tuple[str, ...], P]]:
        """Every (keys, payload) pair, phrases in sorted order."""
        return [(phrase, payload) for phrase in sorted(self._phrases) for payload in self._phrases[phrase]]

    def contains_key(self, key: str) -> bool:
        """True if some phrase starts with this token key."""
        return (key,) in self._prefixes or (key,) in self._phrases

    def find_all(
        self, keys: Sequence[str], accept: Callable[[int, int, P], bool] | None = None,
        skippable: frozenset[str] = frozenset(), max_skips: int = 2,
    ) -> list[tuple[int, int, P]]:
        """Every (start, end, payload) with keys[start:end] a phrase; ``accept`` may veto one.

        Inside a phrase, up to ``max_skips`` tokens from ``skippable`` (intensifiers such as "way",
        "really", "so") may stand between its words: "sugars are way up" meets "sugars are up".
        """
        phrases, prefixes, firsts = self._phrases, self._prefixes, self._firsts
        found: list[tuple[int, int, P]] = []
        n = len(keys)
        for start, first in enumerate(keys):
            entry = firsts.get(first)
            if entry is None:
                continue
            single, continues = entry
            for payload in single:
                if accept is None or accept(start, start + 1, payload):
                    found.append((start, start + 1, payload))
            if not continues or start + 1 >= n:
                continue
            path: tuple[str, ...] = (first,)
            end = start + 1
            skips = 0
            while True:
                longer = (*path, keys[end])
                while (longer not in prefixes and longer not in phrases and keys[end] in skippable
                       and skips < max_skips and end + 1 < n):
                    skips += 1
                    end += 1
                    longer = (*path, keys[end])
                path = longer
                end += 1
                payloads = phrases.get(path)
                if payloads:
                    for payload in payloads:
                        if accept is None or accept(start, end, payload):
                            found.append((start, end, payload))
                if end >= n or path not in prefixes:
                    break
        return found
