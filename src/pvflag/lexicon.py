"""pvflag's vocabulary and rule tables, loaded from package data once.

The built files under ``pvflag/data/lexicons/`` (made by ``lexicons/build.py``)
are parsed into frozen records and cached per process. A hub's own products
extend a *copy* (``Lexicon.with_products``); the shared instance never changes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from sys import intern
from typing import Any

from pvflag.errors import LexiconError
from pvflag.findings import SERIOUSNESS_CRITERIA, SPECIAL_SITUATION_CATEGORIES

__all__ = [
    "ContextRule",
    "DrugEntry",
    "EventEntry",
    "EventTerm",
    "Lexicon",
    "PatternRule",
    "Product",
    "load_lexicon",
]

_DATA_PACKAGE = "pvflag.data.lexicons"

CONTEXT_CATEGORIES = frozenset({
    "negated", "possible", "hypothetical", "question", "historical", "other_person", "education",
    "pseudo", "terminate", "figurative", "resolved", "current", "worsening", "boilerplate",
    "first_person", "improved", "prior_drug", "recurrence",
})
CONTEXT_DIRECTIONS = frozenset({"forward", "backward", "bidirectional", "terminate", "pseudo", "none"})


@dataclass(frozen=True, slots=True)
class EventEntry:
    """One surface form of the event vocabulary."""

    surface: str
    terms: tuple[str, ...]
    register: str
    case_sensitive: bool
    source: str


@dataclass(frozen=True, slots=True)
class EventTerm:
    """A normalised event term with its group and flags (ime, disease, generic, ...)."""

    term: str
    group: str
    flags: frozenset[str]
    aggravated: str | None = None


@dataclass(frozen=True, slots=True)
class DrugEntry:
    """One surface form of a drug: generic, brand, variant or lay reference."""

    surface: str
    canonical: str
    display: str
    kind: str
    source: str
    specialty: bool = False


@dataclass(frozen=True, slots=True)
class Product:
    """A specialty product a PSP serves: what separates indication from new event."""

    brand: str
    generic: str
    drug_class: str = ""
    indications: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    route: str = ""
    labelled_events: tuple[str, ...] = ()
    source: str = "curated"


@dataclass(frozen=True, slots=True)
class ContextRule:
    """A ConText trigger: phrase, what it asserts, which way and how far it reaches."""

    id: str
    phrase: str
    category: str
    direction: str
    max_scope: int | None
    source: str


@dataclass(frozen=True, slots=True)
class PatternRule:
    """A special-situation or seriousness cue: a phrase or a regex gated by trigger words."""

    id: str
    category: str
    kind: str  # "phrase" | "regex"
    pattern: str
    triggers: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the scanner knows, as plain frozen data."""

    version: str
    events: tuple[EventEntry, ...]
    event_terms: dict[str, EventTerm]
    drugs: tuple[DrugEntry, ...]
    products: tuple[Product, ...]
    english_words: frozenset[str]
    context_rules: tuple[ContextRule, ...]
    special_rules: tuple[PatternRule, ...]
    seriousness_rules: tuple[PatternRule, ...]
    manifest: dict[str, Any] = field(default_factory=dict)
    manifestations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (site word, descriptive word) -> (event term, reach in tokens), from site_findings.tsv
    site_findings: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)

    def with_products(self, products: Iterable[Product]) -> Lexicon:
        """A copy that also knows a hub's own products (brands, generics, variants)."""
        added = tuple(products)
        if not added:
            return self
        drugs = list(self.drugs)
        for product in added:
            generic = product.generic.lower()
            drugs.append(DrugEntry(product.brand, generic, product.brand, "brand", product.source, True))
            drugs.append(DrugEntry(product.generic, generic, product.generic, "generic", product.source, True))
            drugs.extend(
                DrugEntry(v, generic, product.brand, "variant", product.source, True) for v in product.variants
            )
        digest = hashlib.sha256(repr(added).encode()).hexdigest()[:8]
        return replace(
            self,
            version=f"{self.version}+hub.{digest}",
            drugs=tuple(drugs),
            products=(*added, *self.products),
        )

    def counts(self) -> dict[str, int]:
        return {
            "event_surfaces": len(self.events),
            "event_terms": len(self.event_terms),
            "drug_surfaces": len(self.drugs),
            "drug_canonicals": len({d.canonical for d in self.drugs}),
            "specialty_products": len(self.products),
            "english_words": len(self.english_words),
            "context_rules": len(self.context_rules),
            "special_situation_rules": len(self.special_rules),
            "seriousness_rules": len(self.seriousness_rules),
        }


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


class _TableReader:
    """Reads one TSV table: header line, ``#`` comments, errors naming file and line."""

    def __init__(self, name: str, text: str, required: Sequence[str]):
        self.name = name
        self._lines = text.splitlines()
        header_index = next(
            (i for i, line in enumerate(self._lines) if line.strip() and not line.startswith("#")), None
        )
        if header_index is None:
            raise LexiconError(f"{name}: empty file, expected a header with columns {', '.join(required)}")
        self._header_index = header_index
        self.columns = self._lines[header_index].split("\t")
        missing = [c for c in required if c not in self.columns]
        if missing:
            raise LexiconError(f"{name}:{header_index + 1}: missing columns {missing}; found {self.columns}")

    def raw_rows(self) -> Iterator[tuple[int, str]]:
        for number, line in enumerate(self._lines[self._header_index + 1:], start=self._header_index + 2):
            if line and not line.startswith("#") and line.strip():
                yield number, line

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        width = len(self.columns)
        for number, line in enumerate(self._lines[self._header_index + 1:], start=self._header_index + 2):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) > width:
                raise LexiconError(f"{self.name}:{number}: {len(cells)} fields, expected {width}")
            cells += [""] * (width - len(cells))
            yield number, dict(zip(self.columns, cells, strict=True))


def _read_text(directory: Path | None, name: str) -> str | None:
    try:
        if directory is not None:
            path = directory / name
            return path.read_text(encoding="utf-8") if path.exists() else None
        resource = resources.files(_DATA_PACKAGE).joinpath(name)
        return resource.read_text(encoding="utf-8") if resource.is_file() else None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{name}: not valid UTF-8 ({exc})") from exc


def _require(directory: Path | None, name: str) -> str:
    text = _read_text(directory, name)
    if text is None:
        where = directory if directory is not None else f"package data {_DATA_PACKAGE}"
        raise LexiconError(f"lexicon file {name!r} is missing from {where}; rebuild with lexicons/build.py")
    return text


def _parse_events(text: str) -> tuple[EventEntry, ...]:
    # a large table (100k+ rows): read by column index, not through per-row dicts
    table = _TableReader("events.tsv", text, ("surface", "terms"))
    col = {name: i for i, name in enumerate(table.columns)}
    surface_i, terms_i = col["surface"], col["terms"]
    register_i, case_i, source_i = (col.get(n, -1) for n in ("register", "case", "source"))
    width = len(table.columns)
    entries = []
    split_cache: dict[str, tuple[str, ...]] = {}
    for number, line in table.raw_rows():
        cells = line.split("\t")
        if len(cells) > width:
            raise LexiconError(f"events.tsv:{number}: {len(cells)} fields, expected {width}")
        cells += [""] * (width - len(cells))
        surface, terms_cell = cells[surface_i].strip(), cells[terms_i]
        terms = split_cache.get(terms_cell)
        if terms is None:
            terms = split_cache[terms_cell] = _split(terms_cell)
        if not surface or not terms:
            raise LexiconError(f"events.tsv:{number}: empty surface or terms")
        entries.append(EventEntry(
            surface=surface,
            terms=terms,
            register=intern((cells[register_i] if register_i >= 0 else "") or "clinical"),
            case_sensitive=case_i >= 0 and cells[case_i].strip() == "s",
            source=intern((cells[source_i] if source_i >= 0 else "") or "curated"),
        ))
    return tuple(entries)


def _parse_event_terms(text: str) -> dict[str, EventTerm]:
    table = _TableReader("event_terms.tsv", text, ("term",))
    terms: dict[str, EventTerm] = {}
    for _number, row in table.rows():
        term = row["term"].strip()
        terms[term] = EventTerm(
            term=term,
            group=row.get("group", "") or "nonspecific",
            flags=frozenset(_split(row.get("flags", ""))),
            aggravated=row.get("aggravated", "").strip() or None,
        )
    return terms


def _parse_drugs(text: str) -> tuple[DrugEntry, ...]:
    # the largest table (~50k rows): read by column index, not through per-row dicts
    table = _TableReader("drugs.tsv", text, ("surface", "canonical"))
    col = {name: i for i, name in enumerate(table.columns)}
    surface_i, canonical_i = col["surface"], col["canonical"]
    display_i, kind_i, source_i, specialty_i = (col.get(n, -1) for n in ("display", "kind", "source", "specialty"))
    width = len(table.columns)
    out = []
    for number, line in table.raw_rows():
        cells = line.split("\t")
        if len(cells) > width:
            raise LexiconError(f"drugs.tsv:{number}: {len(cells)} fields, expected {width}")
        cells += [""] * (width - len(cells))
        surface = cells[surface_i].strip()
        if not surface:
            continue
        canonical = intern(cells[canonical_i].strip())
        out.append(DrugEntry(
            surface=surface,
            canonical=canonical,
            display=intern((cells[display_i].strip() if display_i >= 0 else "") or canonical),
            kind=intern((cells[kind_i] if kind_i >= 0 else "") or "generic"),
            source=intern((cells[source_i] if source_i >= 0 else "") or "curated"),
            specialty=specialty_i >= 0 and cells[specialty_i].strip() in {"1", "true", "yes"},
        ))
    return tuple(out)


def _parse_products(text: str) -> tuple[Product, ...]:
    table = _TableReader("products.tsv", text, ("brand", "generic"))
    return tuple(
        Product(
            brand=row["brand"].strip(),
            generic=row["generic"].strip(),
            drug_class=row.get("class", "").strip(),
            indications=_split(row.get("indications", "")),
            variants=_split(row.get("variants", "")),
            route=row.get("route", "").strip(),
            labelled_events=_split(row.get("labelled_events", "")),
        )
        for _number, row in table.rows()
    )


def _parse_context_rules(name: str, text: str) -> list[ContextRule]:
    table = _TableReader(name, text, ("id", "phrase", "category", "direction"))
    rules = []
    for number, row in table.rows():
        category, direction = row["category"].strip(), row["direction"].strip()
        if category not in CONTEXT_CATEGORIES:
            raise LexiconError(f"{name}:{number}: category {category!r}; expected one of {sorted(CONTEXT_CATEGORIES)}")
        if direction not in CONTEXT_DIRECTIONS:
            raise LexiconError(f"{name}:{number}: direction {direction!r}; expected one of {sorted(CONTEXT_DIRECTIONS)}")
        scope = row.get("max_scope", "").strip()
        rules.append(ContextRule(
            id=row["id"].strip(),
            phrase=row["phrase"].strip(),
            category=category,
            direction=direction,
            max_scope=int(scope) if scope else None,
            source=row.get("source", "").strip() or name,
        ))
    return rules


def _parse_pattern_rules(name: str, text: str, categories: frozenset[str]) -> tuple[PatternRule, ...]:
    import re

    table = _TableReader(name, text, ("id", "category", "kind", "pattern"))
    rules = []
    for number, row in table.rows():
        category, kind = row["category"].strip(), row["kind"].strip()
        if category not in categories:
            raise LexiconError(f"{name}:{number}: category {category!r}; expected one of {sorted(categories)}")
        if kind not in {"phrase", "regex"}:
            raise LexiconError(f"{name}:{number}: kind {kind!r}; expected 'phrase' or 'regex'")
        triggers = _split(row.get("triggers", ""))
        if kind == "regex":
            if not triggers:
                raise LexiconError(f"{name}:{number}: a regex rule needs trigger words")
            try:
                re.compile(row["pattern"])
            except re.error as exc:
                raise LexiconError(f"{name}:{number}: bad regex: {exc}") from exc
        rules.append(PatternRule(row["id"].strip(), category, kind, row["pattern"].strip(), triggers, name))
    return tuple(rules)


SPECIAL_RULE_CATEGORIES = frozenset(SPECIAL_SITUATION_CATEGORIES)
# emergency_visit marks an ER/ED visit or observation: not a criterion itself (ICH E2A), but the
# event of a record that names no other
SERIOUSNESS_RULE_CATEGORIES = frozenset({*SERIOUSNESS_CRITERIA, "emergency_visit"})


def shipped_version() -> str:
    """The shipped lexicon's version, read from its manifest only (no vocabulary parsing)."""
    text = _read_text(None, "manifest.json")
    return str(json.loads(text).get("version") or "dev") if text else "dev"


@lru_cache(maxsize=1)
def load_lexicon_tables() -> Lexicon:
    """The shipped lexicon without its two large vocabularies (``events`` and ``drugs`` are empty):
    rules, event terms, products and word lists, for a scanner whose matchers come from the cache."""
    return load_lexicon_from(None, vocabulary=False)


def load_lexicon_from(directory: Path | None = None, *, vocabulary: bool = True) -> Lexicon:
    """Parse the built lexicon files (package data, or ``directory`` for tests and tools)."""
    manifest_text = _read_text(directory, "manifest.json")
    manifest: dict[str, Any] = json.loads(manifest_text) if manifest_text else {}
    context_rules = _parse_context_rules("context_rules.tsv", _require(directory, "context_rules.tsv"))
    imported = _read_text(directory, "context_rules_imported.tsv")
    if imported:
        context_rules += _parse_context_rules("context_rules_imported.tsv", imported)
    products_text = _read_text(directory, "products.tsv")
    words_text = _read_text(directory, "english_words.txt") or ""
    version = str(manifest.get("version") or "dev")
    manifestations_text = _read_text(directory, "indication_manifestations.tsv")
    manifestations: dict[str, tuple[str, ...]] = {}
    if manifestations_text:
        table = _TableReader("indication_manifestations.tsv", manifestations_text, ("disease", "manifestations"))
        for _number, row in table.rows():
            manifestations[row["disease"].strip().lower()] = _split(row["manifestations"].lower())
    site_findings: dict[tuple[str, str], tuple[str, int]] = {}
    site_text = _read_text(directory, "site_findings.tsv")
    if site_text:
        table = _TableReader("site_findings.tsv", site_text, ("sites", "words", "term", "reach"))
        for number, row in table.rows():
            try:
                reach = int(row["reach"])
            except ValueError as exc:
                raise LexiconError(f"site_findings.tsv:{number}: reach {row['reach']!r} is not a number") from exc
            for site in _split(row["sites"].lower()):
                for word in _split(row["words"].lower()):
                    site_findings[(site, word)] = (row["term"].strip(), reach)
    return Lexicon(
        version=version,
        events=_parse_events(_require(directory, "events.tsv")) if vocabulary else (),
        event_terms=_parse_event_terms(_require(directory, "event_terms.tsv")),
        drugs=_parse_drugs(_require(directory, "drugs.tsv")) if vocabulary else (),
        products=_parse_products(products_text) if products_text else (),
        english_words=frozenset(w.strip().lower() for w in words_text.splitlines() if w.strip()
                                and not w.startswith("#")),
        context_rules=tuple(context_rules),
        special_rules=_parse_pattern_rules(
            "special_situations.tsv", _require(directory, "special_situations.tsv"), SPECIAL_RULE_CATEGORIES
        ),
        seriousness_rules=_parse_pattern_rules(
            "seriousness.tsv", _require(directory, "seriousness.tsv"), SERIOUSNESS_RULE_CATEGORIES
        ),
        manifest=manifest,
        manifestations=manifestations,
        site_findings=site_findings,
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon, parsed once per process."""
    return load_lexicon_from(None)
