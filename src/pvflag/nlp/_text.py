"""Token keys: the one normalisation shared by vocabulary compilation and scanning.

A key is the lower-cased token text with accents folded and typographic quotes
straightened, so that "Náuseas", "nauseas" and "NAUSEAS" meet one entry and
"can’t" meets "can't". Keys never change offsets: they are looked up, never
written back into the text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                         "\uff07": "'", "`": "'", "\u00b4": "'"})


@lru_cache(maxsize=200_000)
def token_key(text: str) -> str:
    """Matching key of one token's text."""
    lowered = text.lower().translate(_QUOTES)
    if lowered.isascii():
        return lowered
    folded = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))
