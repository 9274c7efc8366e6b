"""pvflag's tokenizer: spaCy's English rules plus the shorthand of PSP notes.

CRM notes glue clinical shorthand with slashes ("c/o", "N/V/D", "d/c'd", "w/");
spaCy would split them into letters, which loses their meaning. Each becomes one
token through a special case (in lower, upper and title case). Nothing rewrites
the text: every token keeps its exact characters and offset.

Two ways to run the same rules:

- ``make_nlp()``: a ``spacy.blank("en")`` pipeline with the special cases, for the
  spaCy component and ``Scanner.analyze`` (which return spaCy ``Doc`` objects).
- ``RuleTokenizer``: spaCy's tokenizer algorithm (``Tokenizer._split_affixes``,
  ``_attach_tokens`` and the special-case retokenizer, spaCy 3.x) in plain Python,
  driven by the rules read once from that spaCy tokenizer and cached on disk
  beside the compiled lexicon. The scan path uses it so that a cold
  ``pvflag scan`` does not import spaCy (about half a second), and memoises
  tokens per whitespace-separated chunk, as spaCy does, with the token keys.
  ``tests/scan/test_rule_tokenizer.py`` holds it to spaCy's output token for token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from pvflag.nlp._text import token_key

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["SHORTHAND", "RuleTokenizer", "Tokens", "load_tokenizer", "make_nlp", "rules_cache_key",
           "shared_nlp"]

# Slash and dotted shorthand of PSP / clinical notes that must stay whole tokens.
SHORTHAND: tuple[str, ...] = (
    "c/o", "w/", "w/o", "s/p", "d/c", "d/c'd", "d/c’d", "d/t", "n/v", "n/v/d", "h/a", "b/c",
    "r/o", "y/o", "f/u", "s/sx", "s/s", "h/o", "i/o", "a/w", "n/a", "p/u", "sob/doe",
    "abd", "inj", "pt", "pts", "hx", "dx", "rx", "tx", "sx", "fx",
)

_RULES_FORMAT = 1
# tokens memoised per chunk; beyond this many chunks the older half is forgotten (memory stays flat)
_CHUNK_MEMO_SIZE = 60_000
_CHUNK = re.compile(r"\S+")  # str.isspace() and \s agree on every code point (tested)

# (starts, ends, texts, keys) of the non-space tokens of a text
Tokens = tuple[list[int], list[int], list[str], list[str]]
# a one-token chunk memoises its key (most chunks); a longer one its token texts, keys, (start, end)
# offsets in the chunk and whether a special-case match may start at one of its tokens
_Memoised = str | tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, int], ...], bool]


def _chunks(text: str) -> tuple[Iterable[int], list[str]]:
    """The offsets and texts of the runs of non-space characters."""
    chunks = text.split()
    # the common case, words separated by single spaces: offsets follow from the lengths
    if len(text) == sum(map(len, chunks)) + len(chunks) - 1 and text.count(" ") == len(chunks) - 1:
        return accumulate([len(chunk) + 1 for chunk in chunks], initial=0), chunks
    matches = list(_CHUNK.finditer(text))
    return [match.start() for match in matches], [match.group() for match in matches]


def _variants(text: str) -> set[str]:
    return {text, text.upper(), text.capitalize(), text.title()}


def make_nlp() -> Language:
    """A ``spacy.blank("en")`` pipeline with pvflag's tokenizer special cases."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    for shorthand in SHORTHAND:
        if "/" not in shorthand:
            continue
        for variant in _variants(shorthand):
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
            # "N/V." would otherwise hit spaCy's initials exception ("V.") and split apart
            nlp.tokenizer.add_special_case(variant + ".", [{ORTH: variant}, {ORTH: "."}])
    return nlp


class RuleTokenizer:
    """spaCy's tokenization of a text, computed in Python from rules read off a spaCy tokenizer."""

    def __init__(self, prefix: str | None, suffix: str | None, infix: str | None, url: str | None,
                 flags: int, specials: dict[str, tuple[str, ...]], matched_specials: tuple[str, ...]) -> None:
        self._patterns = (prefix, suffix, infix, url, flags)
        self._prefix = re.compile(prefix, flags).search if prefix else None
        self._suffix = re.compile(suffix, flags).search if suffix else None
        self._infix = re.compile(infix, flags).finditer if infix else None
        self._url = re.compile(url, flags).match if url else None
        self._specials = specials
        # special cases that spaCy also looks for across affix splits (its special-case matcher):
        # token sequence (as split without special cases) -> the special case's text
        self._matched: dict[tuple[str, ...], str] = {}
        for text in matched_specials:
            if text in specials and not any(ch.isspace() for ch in text):
                self._matched[tuple(self._split(text, with_specials=False))] = text
        self._matched_first = frozenset(seq[0] for seq in self._matched)
        self._matched_prefixes = frozenset(seq[:k] for seq in self._matched for k in range(1, len(seq) + 1))
        self._memo: dict[str, _Memoised] = {}

    # -- building and caching
    @classmethod
    def from_spacy(cls, tokenizer: Any) -> RuleTokenizer:
        """Read the rules of a spaCy ``Tokenizer`` (English: no ``token_match``)."""
        from spacy.symbols import ORTH

        if tokenizer.token_match is not None:
            raise ValueError("RuleTokenizer does not support token_match")
        searches = [getattr(tokenizer, name) for name in ("prefix_search", "suffix_search", "infix_finditer",
                                                           "url_match")]
        compiled = [getattr(f, "__self__", None) if f is not None else None for f in searches]
        flags = {p.flags for p in compiled if p is not None}
        not_re = any(f is not None and not isinstance(p, re.Pattern) for f, p in zip(searches, compiled, strict=True))
        if not_re or len(flags) > 1:
            raise ValueError("RuleTokenizer needs the tokenizer's affix rules as compiled `re` patterns")
        specials = {
            text: tuple(str(sub.get(ORTH, sub.get("ORTH"))) for sub in substrings)
            for text, substrings in tokenizer.rules.items()
        }
        matched = tuple(sorted(
            text for text in specials
            if not tokenizer.faster_heuristics or tokenizer.find_prefix(text) or tokenizer.find_infix(text)
            or tokenizer.find_suffix(text) or " " in text
        ))
        prefix, suffix, infix, url = (p.pattern if p is not None else None for p in compiled)
        return cls(prefix, suffix, infix, url, flags.pop() if flags else 0, specials, matched)

    def to_cache(self) -> tuple[Any, ...]:
        return (_RULES_FORMAT, *self._patterns, self._specials, tuple(sorted(self._matched.values())))

    @classmethod
    def from_cache(cls, data: Any) -> RuleTokenizer | None:
        if not isinstance(data, tuple) or len(data) != 8 or data[0] != _RULES_FORMAT:
            return None
        _format, prefix, suffix, infix, url, flags, specials, matched = data
        try:
            return cls(prefix, suffix, infix, url, flags, specials, matched)
        except Exception:  # a damaged cache file: read the rules off spaCy again
            return None

    def __reduce__(self) -> tuple[Any, ...]:
        return (RuleTokenizer.from_cache, (self.to_cache(),))

    # -- tokenizing
    def words(self, text: str) -> list[str]:
        """The non-space token texts of ``text``."""
        return self.tokens(text)[2]

    def keys(self, text: str) -> tuple[str, ...]:
        """The matching keys of the non-space tokens of ``text`` (see ``pvflag.nlp._text``)."""
        return tuple(self.tokens(text)[3])

    def tokens(self, text: str) -> Tokens:
        starts: list[int] = []
        ends: list[int] = []
        texts: list[str] = []
        keys: list[str] = []
        memo = self._memo
        rematch = False
        for base, chunk in zip(*_chunks(text), strict=False):  # the offsets run one past the end
            memoised = memo.get(chunk)
            if memoised is None:
                memoised = self._memoise(chunk)
            if memoised.__class__ is str:  # the chunk is one token (most are): this is its key
                starts.append(base)
                ends.append(base + len(chunk))
                texts.append(chunk)
                keys.append(memoised)  # type: ignore[arg-type]
                continue
            pieces, piece_keys, offsets, may_match = memoised
            rematch = rematch or may_match
            texts.extend(pieces)
            keys.extend(piece_keys)
            for start, end in offsets:
                starts.append(base + start)
                ends.append(base + end)
        if rematch:
            self._apply_matched_specials(text, starts, ends, texts, keys)
        return starts, ends, texts, keys

    def _memoise(self, chunk: str) -> _Memoised:
        pieces = tuple(self._split(chunk, with_specials=True))
        piece_keys = tuple(token_key(piece) for piece in pieces)
        offsets: list[tuple[int, int]] = []
        position = 0
        for piece in pieces:
            offsets.append((position, position + len(piece)))
            position += len(piece)
        may_match = self._has_internal_match(pieces)
        # Tokens change under spaCy's special-case matcher only where a match lies inside one chunk
        # (a match across a space has a space in its text, so it is no special case; it can only
        # block another). So the doc-level matcher runs only when some chunk has an inner match.
        memoised: _Memoised = (piece_keys[0] if len(pieces) == 1
                               else (pieces, piece_keys, tuple(offsets), may_match))
        memo = self._memo
        if len(memo) >= _CHUNK_MEMO_SIZE:
            for old in list(memo)[:_CHUNK_MEMO_SIZE // 2]:
                memo.pop(old, None)  # another thread may have dropped it first
        memo[chunk] = memoised
        return memoised

    def _has_internal_match(self, pieces: tuple[str, ...]) -> bool:
        matched, prefixes = self._matched, self._matched_prefixes
        for i, piece in enumerate(pieces):
            if piece not in self._matched_first:
                continue
            sequence: tuple[str, ...] = ()
            for j in range(i, len(pieces)):
                sequence += (pieces[j],)
                if sequence in matched:
                    return True
                if sequence not in prefixes:
                    break
        return False

    def _split(self, chunk: str, *, with_specials: bool) -> list[str]:
        """spaCy's ``_tokenize`` of one whitespace-free chunk: a special case, else affixes and infixes."""
        specials = self._specials
        if with_specials and chunk in specials:
            return list(specials[chunk])
        string, prefixes, suffixes = self._split_affixes(chunk, with_specials)
        pieces = prefixes
        if string:
            if with_specials and string in specials:
                pieces.extend(specials[string])
            elif self._url is not None and self._url(string):
                pieces.append(string)
            else:
                pieces.extend(self._split_infixes(string))
        pieces.extend(reversed(suffixes))
        return pieces

    def _split_affixes(self, string: str, with_specials: bool) -> tuple[str, list[str], list[str]]:
        specials = self._specials if with_specials else {}
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = -1
        while string and len(string) != last_size:
            if string in specials:
                break
            last_size = len(string)
            pre_len = self._affix_length(self._prefix, string)
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    prefixes.append(prefix)
                    string = minus_pre
                    break
            suf_len = self._affix_length(self._suffix, string[pre_len:])
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    suffixes.append(suffix)
                    string = minus_suf
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        return string, prefixes, suffixes

    @staticmethod
    def _affix_length(search: Any, string: str) -> int:
        if search is None:
            return 0
        match = search(string)
        return match.end() - match.start() if match is not None else 0

    def _split_infixes(self, string: str) -> list[str]:
        matches = list(self._infix(string)) if self._infix is not None else []
        if not matches:
            return [string]
        pieces = []
        start = 0
        for match in matches:
            infix_start, infix_end = match.start(), match.end()
            if infix_start == 0:  # spaCy skips an infix at the very start
                continue
            if infix_start != start:
                pieces.append(string[start:infix_start])
            if infix_start != infix_end:
                pieces.append(string[infix_start:infix_end])
            start = infix_end
        if string[start:]:
            pieces.append(string[start:])
        return pieces

    def _apply_matched_specials(self, text: str, starts: list[int], ends: list[int], texts: list[str],
                                keys: list[str]) -> None:
        """spaCy's special-case matcher (``Tokenizer._apply_special_cases``), in place.

        A special case whose text the affix rules split ("(:" in "(:%") is put back. As in spaCy the
        matcher sees token sequences, also across a single space, longest match first, then leftmost,
        and a match whose first or last token is already taken is skipped; a kept match whose text is
        not a special case (it crossed a space: ": (") changes nothing but still takes its tokens.
        """
        matched, first, prefixes = self._matched, self._matched_first, self._matched_prefixes
        n = len(texts)
        matches = []
        for i, piece in enumerate(texts):
            if piece not in first:
                continue
            sequence: tuple[str, ...] = (piece,)
            if sequence in matched:
                matches.append((i, i + 1))
            for j in range(i + 1, n):
                sequence += (texts[j],)
                # anything but one plain space between two tokens is a whitespace token in spaCy's Doc
                if sequence not in prefixes or text[ends[j - 1]:starts[j]] not in ("", " "):
                    break
                if sequence in matched:
                    matches.append((i, j + 1))
        if not matches:
            return
        matches.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        seen: set[int] = set()
        kept = []
        for i, j in matches:
            if i not in seen and j - 1 not in seen:
                kept.append((i, j))
            seen.update(range(i, j))
        for i, j in sorted(kept, reverse=True):  # right to left: earlier indices stay valid
            special = self._specials.get(text[starts[i]:ends[j - 1]])
            if special is None:
                continue
            offset = starts[i]
            new_starts, new_ends = [], []
            for piece in special:
                new_starts.append(offset)
                offset += len(piece)
                new_ends.append(offset)
            starts[i:j], ends[i:j] = new_starts, new_ends
            texts[i:j] = list(special)
            keys[i:j] = [token_key(piece) for piece in special]


def rules_cache_key() -> str:
    """What the tokenization depends on, for the keys of on-disk caches (spaCy's version is in every key)."""
    return f"tokenizer-rules|{_RULES_FORMAT}|" + "|".join(SHORTHAND)


_LOADED: RuleTokenizer | None = None
_NLP: Language | None = None


def shared_nlp() -> Language:
    """One ``make_nlp()`` pipeline per process, for the APIs that return spaCy Docs."""
    global _NLP
    if _NLP is None:
        _NLP = make_nlp()
    return _NLP


def load_tokenizer() -> RuleTokenizer:
    """pvflag's tokenizer for scanning: rules from the on-disk cache, else read from spaCy (and cached)."""
    global _LOADED
    if _LOADED is None:
        from pvflag.nlp._cache import load_marshalled, store_marshalled

        tokenizer = RuleTokenizer.from_cache(load_marshalled(rules_cache_key()))
        if tokenizer is None:
            tokenizer = RuleTokenizer.from_spacy(shared_nlp().tokenizer)
            store_marshalled(rules_cache_key(), tokenizer.to_cache())
        _LOADED = tokenizer
    return _LOADED
