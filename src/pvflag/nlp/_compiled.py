"""A lexicon compiled for matching: phrase tries, gated regexes and fuzzy indexes.

Compilation tokenizes every surface form with pvflag's tokenizer, so that a
vocabulary phrase and the same words in a note always produce the same keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pvflag.lexicon import ContextRule, DrugEntry, EventEntry, Lexicon, PatternRule, Product
from pvflag.nlp._text import token_key
from pvflag.nlp._trie import PhraseTrie

if TYPE_CHECKING:
    from pvflag.nlp._tokenizer import RuleTokenizer

__all__ = ["CompiledLexicon", "CompiledRegex", "compile_lexicon", "lowered_for_matching"]


@dataclass(frozen=True, slots=True)
class CompiledRegex:
    rule: PatternRule
    regex: re.Pattern[str]
    triggers: frozenset[str]
    unless: tuple[str, ...]
    # the same pattern without IGNORECASE, for lower-cased ASCII text (about twice as fast: sre skips
    # ahead on the first characters only when matching case-sensitively); None when the pattern has
    # capitals of its own
    lowercase_regex: re.Pattern[str] | None = None
    # literal strings one of which starts every match (the pattern's first alternation), so that the
    # lower-cased text is searched for them with str.find and the regex tried only where one occurs
    leading_literals: tuple[str, ...] | None = None

    def finditer(self, text: str, lowered: str | None, windows: Iterable[tuple[int, int]]
                 ) -> Iterator[re.Match[str]]:
        """Matches in the ``windows`` (start, end) of ``text``, as ``regex.finditer`` gives them;
        ``lowered`` is ``lowered_for_matching(text)``: the lower-cased text when matching it
        case-sensitively is the same as IGNORECASE matching of ``text``, else None.
        """
        if lowered is None or self.lowercase_regex is None:
            for start, end in windows:
                yield from self.regex.finditer(text, start, end)
            return
        regex, subject, literals = self.lowercase_regex, lowered, self.leading_literals
        for start, end in windows:
            if literals is None:
                yield from regex.finditer(subject, start, end)
                continue
            # finditer's own walk, visiting only the positions where a match can start
            candidates: set[int] = set()
            for literal in literals:
                at = subject.find(literal, start, end)
                while at >= 0:
                    candidates.add(at)
                    at = subject.find(literal, at + 1, end)
            resume = start
            for position in sorted(candidates):
                if position < resume:
                    continue
                match = regex.match(subject, position, end)
                if match is not None:
                    yield match
                    resume = max(match.end(), position + 1)


def _extra_cased() -> frozenset[str]:
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - a Python without the table: treat every non-ASCII text as unsafe
        return frozenset(chr(c) for c in range(128, 0x110000))
    return frozenset(chr(c) for key, others in _EXTRA_CASES.items() for c in (key, *others) if c > 127)


# non-ASCII characters that `re` matches case-insensitively beyond simple lower-casing ("ſ" is "s",
# "ς" is "σ", "µ" is "μ"); see ``re._casefix``
_EXTRA_CASED = _extra_cased()


def lowered_for_matching(text: str) -> str | None:
    """``text.lower()`` when matching it case-sensitively with a lower-case pattern finds exactly what
    matching ``text`` with IGNORECASE finds, at the same offsets; else None.

    True of ASCII text. Other text qualifies when lower-casing keeps every offset (no "İ" -> "i̇")
    and no character has case equivalents of its own in ``re`` (where IGNORECASE and ``lower()``
    part ways). Typographic quotes, dashes and accented letters, common in e-mail and portal
    messages, keep the fast path.
    """
    lowered = text.lower()
    if text.isascii() or (len(lowered) == len(text) and _EXTRA_CASED.isdisjoint(lowered)):
        return lowered
    return None


def _leading_literals(pattern: str) -> tuple[str, ...] | None:
    """The literal prefixes of a pattern's first element (after zero-width assertions such as ``\\b``):
    a literal run, or an alternation whose every branch starts with a literal. None when a match
    could start otherwise (a character class, an optional part...)."""
    try:
        from re import _constants as constants
        from re import _parser as parser
    except ImportError:  # pragma: no cover - Python < 3.11
        return None
    try:
        items = list(parser.parse(pattern))
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None

    def literal_prefix(sequence: list[Any]) -> str:
        chars = []
        for op, arg in sequence:
            if op is not constants.LITERAL:
                break
            chars.append(chr(arg))
        return "".join(chars)

    def alternatives(op: Any, arg: Any, rest: list[Any]) -> tuple[str, ...] | None:
        if op is constants.LITERAL:
            return (literal_prefix([(op, arg), *rest]),)
        if op is constants.BRANCH:
            prefixes = tuple(literal_prefix(list(branch)) for branch in arg[1])
            return prefixes if all(prefixes) else None
        if op is constants.SUBPATTERN:
            inner = list(arg[3])
            return alternatives(*inner[0], inner[1:]) if inner else None
        return None

    index = 0
    while index < len(items) and items[index][0] is constants.AT:
        index += 1
    if index == len(items):
        return None
    op, arg = items[index]
    found = alternatives(op, arg, items[index + 1:])
    if not found:
        return None
    # a literal that starts with another one adds no position to look at ("taken" after "take")
    unique = set(found)
    return tuple(sorted(w for w in unique if not any(w != v and w.startswith(v) for v in unique)))


def _lowercase_variant(pattern: str) -> re.Pattern[str] | None:
    without_escapes = re.sub(r"\\.", "", pattern)
    if any(ch.isupper() for ch in without_escapes) or "(?" in pattern.replace("(?:", "").replace("(?=", "") \
            .replace("(?!", "").replace("(?<=", "").replace("(?<!", ""):
        return None
    return re.compile(pattern)


_ROW_TYPES: dict[str, type] = {"event": EventEntry, "drug": DrugEntry, "trigger": ContextRule,
                               "special": PatternRule, "seriousness": PatternRule}


@dataclass
class CompiledLexicon:
    """The lexicon as matchers. Phrase payloads are indices into ``payload_rows`` (plain tuples,
    cheap to store and load); a row becomes its record (``EventEntry``...) when first matched."""

    lexicon: Lexicon
    combined: PhraseTrie[int]
    payload_rows: list[tuple[Any, ...]]
    event_first_keys: frozenset[str]
    trigger_first_keys: frozenset[str]
    special_regexes: tuple[CompiledRegex, ...]
    seriousness_regexes: tuple[CompiledRegex, ...]
    products_by_canonical: dict[str, Product]
    known_words: frozenset[str]
    fuzzy_drug_choices: tuple[str, ...]
    fuzzy_drug_entries: dict[str, int]
    fuzzy_event_choices: tuple[str, ...]
    fuzzy_event_entries: dict[str, int]
    unless_by_rule: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (table, trigger word) -> regex rules it gates, so a note only tries the regexes its words call for
    regexes_by_trigger: dict[tuple[str, str], tuple[CompiledRegex, ...]] = field(default_factory=dict)
    site_words: frozenset[str] = frozenset()
    regex_trigger_words: frozenset[str] = frozenset()
    _payloads: dict[int, tuple[str, Any]] = field(default_factory=dict, repr=False)
    # token key -> may it be a misspelt vocabulary word (see _analysis._fuzzy_candidates), memoised
    fuzzy_verdicts: dict[str, bool] = field(default_factory=dict, repr=False)
    _indications: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def indications_of(self, canonical: str) -> frozenset[str]:
        """Lower-cased indications of a product by canonical name (empty if not a product), memoised."""
        found = self._indications.get(canonical)
        if found is None:
            product = self.products_by_canonical.get(canonical)
            found = frozenset(i.lower() for i in product.indications) if product else frozenset()
            if len(self._indications) > 100_000:
                self._indications.clear()
            self._indications[canonical] = found
        return found

    def payload(self, index: int) -> tuple[str, Any]:
        """(table, record) of a phrase payload, built from its row once."""
        found = self._payloads.get(index)
        if found is None:
            table, *fields = self.payload_rows[index]
            found = self._payloads[index] = (table, _ROW_TYPES[table](*fields))
        return found

    def to_cache(self) -> tuple[Any, ...]:
        """The vocabulary-sized parts as marshal-able primitives (see ``from_cache``)."""
        return (_CACHE_FORMAT, self.lexicon.version, self.combined.to_primitives(), self.payload_rows,
                self.event_first_keys, self.trigger_first_keys, self.fuzzy_drug_choices, self.fuzzy_drug_entries,
                self.fuzzy_event_choices, self.fuzzy_event_entries)

    @classmethod
    def from_cache(cls, data: tuple[Any, ...], lexicon: Lexicon) -> CompiledLexicon | None:
        """Rebuild from ``to_cache`` output and the small tables of ``lexicon`` (rules, products...)."""
        if not isinstance(data, tuple) or len(data) != 10 or data[0] != _CACHE_FORMAT or data[1] != lexicon.version:
            return None
        (_fmt, _version, trie, rows, event_first, trigger_first, drug_choices, drug_entries, event_choices,
         event_entries) = data
        small = _compile_small_tables(lexicon)
        return cls(lexicon=lexicon, combined=PhraseTrie.from_primitives(trie), payload_rows=rows,
                   event_first_keys=frozenset(event_first), trigger_first_keys=frozenset(trigger_first),
                   fuzzy_drug_choices=tuple(drug_choices), fuzzy_drug_entries=dict(drug_entries),
                   fuzzy_event_choices=tuple(event_choices), fuzzy_event_entries=dict(event_entries), **small)


_CACHE_FORMAT = 6


def _row(table: str, record: Any) -> tuple[Any, ...]:
    return (table, *(getattr(record, name) for name in record.__slots__))


def _compile_small_tables(lexicon: Lexicon) -> dict[str, Any]:
    """Regexes, products, known words and rule indexes: cheap to build from the small tables."""

    def regexes_of(rules: tuple[PatternRule, ...]) -> tuple[CompiledRegex, ...]:
        out = []
        for rule in rules:
            if rule.kind == "regex":
                unless = tuple(t[1:].lower() for t in rule.triggers if t.startswith("!"))
                triggers_ = frozenset(token_key(t) for t in rule.triggers if not t.startswith("!"))
                lowercase = _lowercase_variant(rule.pattern)
                out.append(CompiledRegex(rule, re.compile(rule.pattern, re.IGNORECASE), triggers_, unless,
                                         lowercase, _leading_literals(rule.pattern) if lowercase else None))
        return tuple(out)

    special_regexes = regexes_of(lexicon.special_rules)
    seriousness_regexes = regexes_of(lexicon.seriousness_rules)
    by_trigger: dict[tuple[str, str], list[CompiledRegex]] = {}
    for table, regexes in (("special", special_regexes), ("seriousness", seriousness_regexes)):
        for compiled in regexes:
            for trigger in sorted(compiled.triggers):
                by_trigger.setdefault((table, trigger), []).append(compiled)
    products = {}
    for product in reversed(lexicon.products):  # earlier entries (hub products) win
        products[product.generic.lower()] = product
    return {
        "special_regexes": special_regexes,
        "seriousness_regexes": seriousness_regexes,
        "products_by_canonical": products,
        "known_words": frozenset(lexicon.english_words),
        "unless_by_rule": {
            rule.id: tuple(t[1:].lower() for t in rule.triggers if t.startswith("!"))
            for rule in (*lexicon.special_rules, *lexicon.seriousness_rules)
            if any(t.startswith("!") for t in rule.triggers)
        },
        "regexes_by_trigger": {k: tuple(v) for k, v in by_trigger.items()},
        "regex_trigger_words": frozenset(word for _table, word in by_trigger),
        "site_words": frozenset(site for site, _word in lexicon.site_findings),
    }


class _PhraseKeys:
    """Token keys of vocabulary phrases, memoised: tokenizing ~70k phrases is most of compile time,
    so the memo is kept on disk between processes (``pvflag.nlp._cache``)."""

    def __init__(self, tokenizer: RuleTokenizer, memo: dict[str, tuple[str, ...]] | None = None):
        self.tokenizer = tokenizer
        self.memo = memo if memo is not None else {}
        self.added = 0

    def __call__(self, text: str) -> tuple[str, ...]:
        keys = self.memo.get(text)
        if keys is None:
            keys = self.tokenizer.keys(text)
            self.memo[text] = keys
            self.added += 1
        return keys

    def variants(self, text: str, english_words: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
        """Keys of a phrase, plus the apostrophe-less spelling of texting ("cant", "isnt", "didnt").

        A bare spelling that is itself an ordinary word ("ha's" -> "has", "it's" -> "its") is left out.
        """
        variants = [self(text)]
        if "'" in text or "\u2019" in text:
            bare = self(text.replace("'", "").replace("\u2019", ""))
            if bare != variants[0] and not (len(bare) == 1 and bare[0] in english_words):
                variants.append(bare)
        return variants


def _exact_case(pattern: str) -> bool:
    """Short all-capital cues (ER, ED, ICU, PQC) are acronyms only in capitals."""
    letters = [c for c in pattern if c.isalpha()]
    return bool(letters) and len(pattern) <= 5 and all(c.isupper() for c in letters)


def _guard_abbreviation(entry: EventEntry, phrase_keys: _PhraseKeys, english: frozenset[str]) -> EventEntry | None:
    """An abbreviation that is an ordinary word in lower case ("HAs", "MS") only matches as written;
    a lower-case abbreviation row that is an ordinary word ("has") is dropped."""
    if entry.case_sensitive or entry.register != "abbrev":
        return entry
    keys = phrase_keys(entry.surface)
    if len(keys) != 1 or keys[0] not in english:
        return entry
    if entry.surface.islower():
        return None
    return replace(entry, case_sensitive=True)


def compile_lexicon(lexicon: Lexicon, tokenizer: RuleTokenizer, key_memo: dict[str, tuple[str, ...]] | None = None
                    ) -> CompiledLexicon:
    """Compile ``lexicon``; ``key_memo`` (surface → token keys) is read and extended in place.

    Every phrase of every table goes into one index with a payload row (table, fields), so
    scanning a document is one walk over its tokens whatever the number of tables.
    """
    phrase_keys = _PhraseKeys(tokenizer, key_memo)
    combined: PhraseTrie[int] = PhraseTrie()
    rows: list[tuple[Any, ...]] = []
    event_first: set[str] = set()
    trigger_first: set[str] = set()
    english = frozenset(lexicon.english_words)

    def add_row(table: str, record: Any) -> int:
        rows.append(_row(table, record))
        return len(rows) - 1

    event_singles: dict[str, int] = {}
    for entry in lexicon.events:
        guarded = _guard_abbreviation(entry, phrase_keys, english)
        if guarded is None:
            continue
        index = add_row("event", guarded)
        for variant in phrase_keys.variants(guarded.surface, english):
            combined.add(variant, index)
            if variant:
                event_first.add(variant[0])
        keys = phrase_keys(guarded.surface)
        if len(keys) == 1 and len(keys[0]) >= 6 and keys[0].isalpha() and not guarded.case_sensitive:
            event_singles.setdefault(keys[0], index)

    drug_singles: dict[str, int] = {}
    for drug in lexicon.drugs:
        keys = phrase_keys(drug.surface)
        index = add_row("drug", drug)
        combined.add(keys, index)
        if drug.specialty and len(keys) == 1 and len(keys[0]) >= 5 and keys[0].isalpha():
            drug_singles.setdefault(keys[0], index)

    # pvflag's curated rules override imported medspaCy/negspaCy rules for the same phrase and category
    curated = {(phrase_keys(r.phrase), r.category) for r in lexicon.context_rules
               if r.source == "context_rules.tsv"}
    for rule in lexicon.context_rules:
        if rule.source != "context_rules.tsv" and (phrase_keys(rule.phrase), rule.category) in curated:
            continue
        index = add_row("trigger", rule)
        for variant in phrase_keys.variants(rule.phrase, english):
            combined.add(variant, index)
            if variant:
                trigger_first.add(variant[0])

    for table, rules in (("special", lexicon.special_rules), ("seriousness", lexicon.seriousness_rules)):
        for rule in rules:
            if rule.kind == "phrase":
                index = add_row(table, rule)
                for variant in phrase_keys.variants(rule.pattern, english):
                    combined.add(variant, index)

    return CompiledLexicon(
        lexicon=lexicon,
        combined=combined,
        payload_rows=rows,
        event_first_keys=frozenset(event_first),
        trigger_first_keys=frozenset(trigger_first),
        fuzzy_drug_choices=tuple(sorted(drug_singles)),
        fuzzy_drug_entries=drug_singles,
        fuzzy_event_choices=tuple(sorted(event_singles)),
        fuzzy_event_entries=event_singles,
        **_compile_small_tables(lexicon),
    )


@lru_cache(maxsize=4096)
def is_exact_case_pattern(pattern: str) -> bool:
    return _exact_case(pattern)
