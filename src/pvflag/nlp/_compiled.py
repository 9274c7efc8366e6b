"""A lexicon compiled for matching: phrase tries, gated regexes and fuzzy indexes.

Compilation tokenizes every surface form with pvflag's tokenizer, so that a
vocabulary phrase and the same words in a note always produce the same keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pvflag.lexicon import DrugEntry, EventEntry, Lexicon, PatternRule, Product
from pvflag.nlp._text import token_key
from pvflag.nlp._trie import PhraseTrie

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["CompiledLexicon", "CompiledRegex", "compile_lexicon"]


@dataclass(frozen=True, slots=True)
class CompiledRegex:
    rule: PatternRule
    regex: re.Pattern[str]
    triggers: frozenset[str]
    unless: tuple[str, ...]


@dataclass
class CompiledLexicon:
    lexicon: Lexicon
    combined: PhraseTrie[tuple[str, object]]
    event_first_keys: frozenset[str]
    trigger_first_keys: frozenset[str]
    special_regexes: tuple[CompiledRegex, ...]
    seriousness_regexes: tuple[CompiledRegex, ...]
    products_by_canonical: dict[str, Product]
    known_words: frozenset[str]
    fuzzy_drug_choices: tuple[str, ...]
    fuzzy_drug_entries: dict[str, DrugEntry]
    fuzzy_event_choices: tuple[str, ...]
    fuzzy_event_entries: dict[str, EventEntry]
    unless_by_rule: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (table, trigger word) -> regex rules it gates, so a note only tries the regexes its words call for
    regexes_by_trigger: dict[tuple[str, str], tuple[CompiledRegex, ...]] = field(default_factory=dict)
    site_words: frozenset[str] = frozenset()


class _PhraseKeys:
    """Token keys of vocabulary phrases, memoised: tokenizing ~70k phrases is most of compile time,
    so the memo is kept on disk between processes (``pvflag.nlp._cache``)."""

    def __init__(self, nlp: Language, memo: dict[str, tuple[str, ...]] | None = None):
        self.nlp = nlp
        self.memo = memo if memo is not None else {}
        self.added = 0

    def __call__(self, text: str) -> tuple[str, ...]:
        keys = self.memo.get(text)
        if keys is None:
            keys = tuple(token_key(t.text) for t in self.nlp.make_doc(text) if not t.is_space)
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


def compile_lexicon(lexicon: Lexicon, nlp: Language, key_memo: dict[str, tuple[str, ...]] | None = None
                    ) -> CompiledLexicon:
    """Compile ``lexicon``; ``key_memo`` (surface → token keys) is read and extended in place.

    Every phrase of every table goes into one trie with payload (table, entry), so scanning a
    document is one walk over its tokens whatever the number of tables.
    """
    phrase_keys = _PhraseKeys(nlp, key_memo)
    combined: PhraseTrie[tuple[str, object]] = PhraseTrie()
    event_first: set[str] = set()
    trigger_first: set[str] = set()
    event_singles: dict[str, EventEntry] = {}
    english = frozenset(lexicon.english_words)
    for entry in lexicon.events:
        entry = _guard_abbreviation(entry, phrase_keys, english)
        if entry is None:
            continue
        for variant in phrase_keys.variants(entry.surface, english):
            combined.add(variant, ("event", entry))
            if variant:
                event_first.add(variant[0])
        keys = phrase_keys(entry.surface)
        if len(keys) == 1 and len(keys[0]) >= 6 and keys[0].isalpha() and not entry.case_sensitive:
            event_singles.setdefault(keys[0], entry)

    drug_singles: dict[str, DrugEntry] = {}
    for drug in lexicon.drugs:
        keys = phrase_keys(drug.surface)
        combined.add(keys, ("drug", drug))
        if drug.specialty and len(keys) == 1 and len(keys[0]) >= 5 and keys[0].isalpha():
            drug_singles.setdefault(keys[0], drug)

    # pvflag's curated rules override imported medspaCy/negspaCy rules for the same phrase and category
    curated = {(phrase_keys(r.phrase), r.category) for r in lexicon.context_rules
               if r.source == "context_rules.tsv"}
    for rule in lexicon.context_rules:
        if rule.source != "context_rules.tsv" and (phrase_keys(rule.phrase), rule.category) in curated:
            continue
        for variant in phrase_keys.variants(rule.phrase, english):
            combined.add(variant, ("trigger", rule))
            if variant:
                trigger_first.add(variant[0])

    def compile_rules(table: str, rules: tuple[PatternRule, ...]) -> tuple[CompiledRegex, ...]:
        regexes = []
        for rule in rules:
            unless = tuple(t[1:].lower() for t in rule.triggers if t.startswith("!"))
            if rule.kind == "phrase":
                for variant in phrase_keys.variants(rule.pattern, english):
                    combined.add(variant, (table, rule))
            else:
                triggers_ = frozenset(token_key(t) for t in rule.triggers if not t.startswith("!"))
                regexes.append(CompiledRegex(rule, re.compile(rule.pattern, re.IGNORECASE), triggers_, unless))
        return tuple(regexes)

    special_regexes = compile_rules("special", lexicon.special_rules)
    seriousness_regexes = compile_rules("seriousness", lexicon.seriousness_rules)
    unless_by_rule = {
        rule.id: tuple(t[1:].lower() for t in rule.triggers if t.startswith("!"))
        for rule in (*lexicon.special_rules, *lexicon.seriousness_rules)
        if any(t.startswith("!") for t in rule.triggers)
    }
    by_trigger: dict[tuple[str, str], list[CompiledRegex]] = {}
    for table, regexes in (("special", special_regexes), ("seriousness", seriousness_regexes)):
        for compiled in regexes:
            for trigger in sorted(compiled.triggers):
                by_trigger.setdefault((table, trigger), []).append(compiled)
    products = {}
    for product in reversed(lexicon.products):  # earlier entries (hub products) win
        products[product.generic.lower()] = product
    return CompiledLexicon(
        lexicon=lexicon,
        combined=combined,
        event_first_keys=frozenset(event_first),
        trigger_first_keys=frozenset(trigger_first),
        special_regexes=special_regexes,
        seriousness_regexes=seriousness_regexes,
        products_by_canonical=products,
        known_words=frozenset(lexicon.english_words),
        fuzzy_drug_choices=tuple(sorted(drug_singles)),
        fuzzy_drug_entries=drug_singles,
        fuzzy_event_choices=tuple(sorted(event_singles)),
        fuzzy_event_entries=event_singles,
        unless_by_rule=unless_by_rule,
        regexes_by_trigger={k: tuple(v) for k, v in by_trigger.items()},
        site_words=frozenset(site for site, _word in lexicon.site_findings),
    )


def is_exact_case_pattern(pattern: str) -> bool:
    return _exact_case(pattern)
