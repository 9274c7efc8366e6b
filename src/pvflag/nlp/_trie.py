"""A token-key phrase trie: the one exact matcher behind drugs, events, cues and triggers.

Phrases are compiled once into nested dicts keyed by token keys (see ``_text``);
matching a document is one dict walk per token position, so the cost grows with
the text, not with the vocabulary. Payloads are plain values chosen by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

__all__ = ["PhraseTrie"]

P = TypeVar("P")
_END = "\x00end"


class PhraseTrie(Generic[P]):
    """Maps token-key sequences to payload lists; finds every match in a key sequence."""

    __slots__ = ("_root", "max_len", "size")

    def __init__(self) -> None:
        self._root: dict[str, object] = {}
        self.max_len = 0
        self.size = 0

    def add(self, keys: Sequence[str], payload: P) -> None:
        if not keys:
            return
        node = self._root
        for key in keys:
            node = node.setdefault(key, {})  # type: ignore[assignment]
        node.setdefault(_END, []).append(payload)  # type: ignore[union-attr]
        if len(keys) > self.max_len:
            self.max_len = len(keys)
        self.size += 1

    @classmethod
    def build(cls, items: Iterable[tuple[Sequence[str], P]]) -> PhraseTrie[P]:
        trie: PhraseTrie[P] = cls()
        for keys, payload in items:
            trie.add(keys, payload)
        return trie

    def items(self) -> list[tuple[tuple[str, ...], P]]:
        """Every (keys, payload) pair, in insertion-independent depth-first order."""
        out: list[tuple[tuple[str, ...], P]] = []
        stack: list[tuple[tuple[str, ...], dict[str, object]]] = [((), self._root)]
        while stack:
            prefix, node = stack.pop()
            for key, child in node.items():
                if key == _END:
                    out.extend((prefix, payload) for payload in child)  # type: ignore[attr-defined]
                else:
                    stack.append(((*prefix, key), child))  # type: ignore[arg-type]
        return out

    def contains_key(self, key: str) -> bool:
        return key in self._root

    def find_all(
        self, keys: Sequence[str], accept: Callable[[int, int, P], bool] | None = None,
        skippable: frozenset[str] = frozenset(), max_skips: int = 2,
    ) -> list[tuple[int, int, P]]:
        """Every (start, end, payload) with keys[start:end] a phrase; ``accept`` may veto one.

        Inside a phrase, up to ``max_skips`` tokens from ``skippable`` (intensifiers such as "way",
        "really", "so") may stand between its words: "sugars are way up" meets "sugars are up".
        """
        root = self._root
        found: list[tuple[int, int, P]] = []
        n = len(keys)
        for start in range(n):
            node = root.get(keys[start])
            end = start + 1
            skips = 0
            while node is not None:
                payloads = node.get(_END)  # type: ignore[union-attr]
                if payloads:
                    for payload in payloads:  # type: ignore[union-attr]
                        if accept is None or accept(start, end, payload):
                            found.append((start, end, payload))
                if end >= n:
                    break
                key = keys[end]
                child = node.get(key)  # type: ignore[union-attr]
                while child is None and key in skippable and skips < max_skips and end + 1 < n:
                    skips += 1
                    end += 1
                    key = keys[end]
                    child = node.get(key)  # type: ignore[union-attr]
                node = child
                end += 1
        return found
