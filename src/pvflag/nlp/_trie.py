"""A phrase index over token keys: the one exact matcher behind drugs, events, cues and triggers.

Phrases are stored as a trie of integer states: one flat dict maps (state, next key) to the next
state, another maps a state to the payloads of the phrase that ends there. A walk costs one small
hash lookup per token (a tuple of an int and an interned string), whatever the vocabulary size,
and stops as soon as no phrase can continue. One flat dict instead of a dict per node keeps the
~300,000 states of pvflag's 200,000 phrases small (the whole lexicon loaded: ~155 MB peak), and
it is plain ints, strings and tuples, so the on-disk cache can store it with ``marshal``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["PhraseTrie"]

P = TypeVar("P")

_ROOT = 0


class PhraseTrie(Generic[P]):
    """Maps token-key sequences to payload tuples; finds every match in a key sequence."""

    __slots__ = ("_branching", "_firsts", "_next", "_payloads", "max_len", "size")

    def __init__(self) -> None:
        # (state, key) -> state; state 0 is the empty phrase
        self._next: dict[tuple[int, str], int] = {}
        # state -> payloads of the phrase ending there (mostly the shared empty tuple). Tuples, not
        # lists: the garbage collector stops tracking a tuple of ints, and 200,000 tracked lists
        # made every full collection walk them (about 15% of scan time)
        self._payloads: list[tuple[P, ...]] = [()]
        # state -> 1 if some longer phrase continues from it (a byte a state, not a set of ints)
        self._branching: bytearray | bytes = bytearray(1)
        # first key -> (payloads of that one-word phrase, its state if longer phrases continue it,
        # else 0): one lookup per token, and most tokens start no phrase at all
        self._firsts: dict[str, tuple[tuple[P, ...], int]] = {}
        self.max_len = 0
        self.size = 0

    def add(self, keys: Sequence[str], payload: P) -> None:
        if not keys:
            return
        if isinstance(self._branching, bytes):  # a loaded index being extended
            self._payloads, self._branching = list(self._payloads), bytearray(self._branching)
        nxt, payloads, branching = self._next, self._payloads, self._branching
        state = _ROOT
        for key in keys:
            child = nxt.get((state, key))
            if child is None:
                child = nxt[(state, key)] = len(payloads)
                payloads.append(())
                branching.append(0)
                if state != _ROOT:
                    branching[state] = 1
            state = child
        payloads[state] = (*payloads[state], payload)
        # the first word's entry may have gained a payload or a continuation
        first = nxt[(_ROOT, keys[0])]
        self._firsts[keys[0]] = (payloads[first], first if branching[first] else 0)
        self.max_len = max(self.max_len, len(keys))
        self.size += 1

    @classmethod
    def build(cls, items: Iterable[tuple[Sequence[str], P]]) -> PhraseTrie[P]:
        trie: PhraseTrie[P] = cls()
        for keys, payload in items:
            trie.add(keys, payload)
        return trie

    def to_primitives(self) -> tuple[Any, ...]:
        """Plain containers (marshal-able when payloads are ints) for the on-disk cache."""
        return self._next, self._payloads, bytes(self._branching), self._firsts, self.max_len, self.size

    @classmethod
    def from_primitives(cls, data: tuple[Any, ...]) -> PhraseTrie[P]:
        trie: PhraseTrie[P] = cls()
        # immutable bytes: a loaded index is only read (``add`` copies before extending it)
        trie._next, trie._payloads, trie._branching, trie._firsts, trie.max_len, trie.size = data
        return trie

    def items(self) -> list[tuple[tuple[str, ...], P]]:
        """Every (keys, payload) pair, phrases in sorted order."""
        path_of: dict[int, tuple[str, ...]] = {_ROOT: ()}
        # states are numbered in creation order, so a parent always comes before its child
        for (parent, key), child in sorted(self._next.items(), key=lambda edge: edge[1]):
            path_of[child] = (*path_of[parent], key)
        ending = sorted((path_of[state], state) for state, found in enumerate(self._payloads) if found)
        return [(path, payload) for path, state in ending for payload in self._payloads[state]]

    def contains_key(self, key: str) -> bool:
        """True if some phrase starts with this token key."""
        return key in self._firsts

    def find_all(
        self, keys: Sequence[str], accept: Callable[[int, int, P], bool] | None = None,
        skippable: frozenset[str] = frozenset(), max_skips: int = 2,
    ) -> list[tuple[int, int, P]]:
        """Every (start, end, payload) with keys[start:end] a phrase; ``accept`` may veto one.

        Inside a phrase, up to ``max_skips`` tokens from ``skippable`` (intensifiers such as "way",
        "really", "so") may stand between its words: "sugars are way up" meets "sugars are up".
        A skippable token is skipped only where the phrase cannot continue with it.
        """
        step, payloads_at, branching, firsts = self._next.get, self._payloads, self._branching, self._firsts
        found: list[tuple[int, int, P]] = []
        n = len(keys)
        for start, first in enumerate(keys):
            entry = firsts.get(first)
            if entry is None:
                continue
            single, state = entry
            for payload in single:
                if accept is None or accept(start, start + 1, payload):
                    found.append((start, start + 1, payload))
            if not state or start + 1 >= n:
                continue
            end = start + 1
            skips = 0
            while True:
                key = keys[end]
                child = step((state, key))
                while child is None and key in skippable and skips < max_skips and end + 1 < n:
                    skips += 1
                    end += 1
                    key = keys[end]
                    child = step((state, key))
                if child is None:
                    break
                state = child
                end += 1
                payloads = payloads_at[state]
                if payloads:
                    for payload in payloads:
                        if accept is None or accept(start, end, payload):
                            found.append((start, end, payload))
                if end >= n or not branching[state]:
                    break
        return found
