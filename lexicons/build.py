#!/usr/bin/env python3
"""Build pvflag's lexicon package data from curated files and open sources.

    python lexicons/build.py [--shared ../shared] [--out src/pvflag/data/lexicons] [--check]
                             [--wordfreq PATH]

Inputs: ``lexicons/curated/`` (written for pvflag) and ``<shared>/lexicon-sources/``
(SYMP, drug-named-entity-recognition, medspaCy and negspaCy rules; see
``lexicons/LICENSES.md``). Output: the files listed in ``lexicons/FORMATS.md``
plus ``manifest.json``. Stdlib only and deterministic (sorted rows, no timestamps),
so a rebuild reproduces the committed files byte for byte; ``--check`` rebuilds
into a temporary folder and exits 1 when anything differs.

``english_words.txt`` is derived from the wordfreq 3.1.1 wheel (PyPI; Apache-2.0
code, CC BY-SA 4.0 data): the 40,000 most frequent purely alphabetic English
words of ``wordfreq/data/large_en.msgpack.gz``, minus curated drug surfaces. Give
the wheel (``pip download wordfreq==3.1.1 --no-deps``) or the ``.msgpack.gz`` with
``--wordfreq``; without it an installed wordfreq is used, and failing that the
committed ``english_words.txt`` (the same derivation) is reused.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import gzip
import hashlib
import importlib.util
import json
import re
import shutil
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

LEXICON_RELEASE = "2026.11.1"

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CURATED = HERE / "curated"
DEFAULT_OUT = REPO / "src" / "pvflag" / "data" / "lexicons"
DEFAULT_SHARED = REPO.parent / "shared"

REGISTERS = ("clinical", "lay", "idiom", "abbrev", "misspelling", "es", "lab")
CASES = ("i", "s")
GROUPS = (
    "gi",
    "skin",
    "injection_site",
    "general",
    "pain",
    "musculoskeletal",
    "neuro",
    "psych",
    "sleep",
    "respiratory",
    "cardiac",
    "vascular",
    "eye",
    "ear",
    "renal",
    "hepatic",
    "blood",
    "immune",
    "infection",
    "metabolic",
    "endocrine",
    "reproductive",
    "sexual",
    "pregnancy",
    "neoplasm",
    "injury",
    "lab",
    "disease",
    "death",
    "nonspecific",
)
FLAGS = ("ime", "life_threatening", "death", "congenital", "disease", "generic")
ROUTES = ("sc", "iv", "oral", "im", "inhaled", "topical", "other")
DRUG_KINDS = ("generic", "brand", "variant")
SYMP_TERM_TYPES = ("name", "synonym_exact", "synonym_related")
# SYMP surfaces that in call notes mostly mean something else ("discharged home", "in shock
# at the news", "VT" the state); a curated file may still define them with context or case
SYMP_AMBIGUOUS = frozenset({"discharge", "gas", "hopping", "shock", "wasting", "wobble", "fecal", "shakes"})

WORDFREQ_VERSION = "3.1.1"
WORDFREQ_MEMBER = "wordfreq/data/large_en.msgpack.gz"
WORDFREQ_SHA256 = "dffae8066b78dce0a6667cf5f58e567054f902674667090a7ac8a8a44628b05c"
ENGLISH_WORD_COUNT = 40_000
_ENGLISH_WORD = re.compile(r"[a-z]+")
# open-dictionary surfaces of 4 characters or fewer are mostly lab codes and chemistry
# abbreviations ("cddp", "dbtd", "vals"); the few a patient says are curated instead
MIN_OPEN_DRUG_SURFACE = 5

# wiki-markup and HTML-entity debris in the converted drug dictionary
_DRUG_JUNK = re.compile(r"&[a-z#0-9]+;|&lt|&gt|\{\{|\}\}|\[\[|\]\]|''|[<>|=\\]|\bref\b|\bcite\b")
# FDA four-letter suffix of biologics (adalimumab-atto) -> the specialty generic
_BIOLOGIC_SUFFIX = re.compile(r"^(?P<base>[a-z][a-z ]+)-[a-z]{4}$")
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'"}
)

SOURCES = (
    {
        "name": "pvflag curated lexicons",
        "licence": "Apache-2.0",
        "attribution": "pvflag contributors",
        "url": "lexicons/curated/",
    },
    {
        "name": "Symptom Ontology (SYMP) releases/2026-07-30",
        "licence": "CC0-1.0",
        "attribution": "Schriml LM et al., Disease Ontology / Symptom Ontology (PMID 19850722, 34755882)",
        "url": "https://github.com/DiseaseOntology/SymptomOntology",
    },
    {
        "name": "drug-named-entity-recognition 2.0.9 dictionary",
        "licence": "MIT (upstream: DrugBank open data CC0; Wikipedia-derived names CC BY-SA 3.0; "
        "NLM MeSH/MedlinePlus public data)",
        "attribution": "Thomas Wood / Fast Data Science; DrugBank; Wikipedia contributors; "
        "U.S. National Library of Medicine",
        "url": "https://github.com/fastdatascience/drug_named_entity_recognition",
    },
    {
        "name": "medspaCy 1.3.1 ConText rules (English)",
        "licence": "MIT",
        "attribution": "medspaCy authors (Eyre H et al., AMIA 2021)",
        "url": "https://github.com/medspacy/medspacy",
    },
    {
        "name": "negspacy 1.1.0 NegEx termsets",
        "licence": "MIT",
        "attribution": "Jeno Pizarro; NegEx (Chapman WW et al., 2001)",
        "url": "https://github.com/jenojp/negspacy",
    },
    {
        "name": f"wordfreq {WORDFREQ_VERSION} English word list (top {ENGLISH_WORD_COUNT} alphabetic words)",
        "licence": "CC BY-SA 4.0 (data); Apache-2.0 (code)",
        "attribution": "Robyn Speer, wordfreq; includes SUBTLEX (Brysbaert et al.), OpenSubtitles, "
        "Google Books Ngrams, "
        "Wikipedia, Leeds Internet Corpus, ParaCrawl data",
        "url": "https://github.com/rspeer/wordfreq",
    },
)


class BuildError(Exception):
    """A curated or source file is malformed or inconsistent (message names file and line)."""


# ---------------------------------------------------------------- helpers


def key(text: str, *, case_sensitive: bool = False) -> str:
    """The matching key of a surface: accents folded, quotes straightened, spaces collapsed."""
    if not case_sensitive:
        text = text.lower()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        if not case_sensitive:
            text = text.lower()  # compatibility forms fold to capitals too (U+210C -> H)
    return " ".join(text.translate(_QUOTES).split())


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def join_list(items: Iterable[str]) -> str:
    return ";".join(items)


def rel(path: Path) -> str:
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


def read_tsv(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a curated TSV as (line number, cells by column); the header must name ``columns``."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    header: list[str] | None = None
    for lineno, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in columns if c not in header]
            if missing:
                raise BuildError(
                    f"{rel(path)}:{lineno}: header lacks columns {missing}; expected {list(columns)}"
                )
            continue
        if len(cells) > len(header):
            raise BuildError(
                f"{rel(path)}:{lineno}: {len(cells)} tab-separated fields, expected at most {len(header)} "
                f"({', '.join(header)})"
            )
        row = dict(zip(header, [c.strip() for c in cells] + [""] * (len(header) - len(cells)), strict=True))
        empty = [c for c in required if not row[c]]
        if empty:
            raise BuildError(f"{rel(path)}:{lineno}: empty required field(s) {empty}")
        for name, value in row.items():
            if '"' in value and name in ("surface", "brand", "generic"):
                raise BuildError(f"{rel(path)}:{lineno}: {name} {value!r} contains a double quote")
        yield lineno, row
    if header is None:
        raise BuildError(f"{rel(path)}:1: empty file, expected a header with columns {list(columns)}")


def check_choice(path: Path, lineno: int, field: str, value: str, choices: Iterable[str]) -> None:
    choices = tuple(choices)
    if value not in choices:
        raise BuildError(f"{rel(path)}:{lineno}: {field} {value!r} is not one of {', '.join(choices)}")


def write_tsv(path: Path, header: tuple[str, ...], rows: Iterable[Iterable[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(header) + "\n")
        for row in rows:
            cells = list(row)
            for cell in cells:
                if "\t" in cell or "\n" in cell or "\r" in cell:
                    raise BuildError(f"{path.name}: cell {cell!r} contains a tab or newline")
            handle.write("\t".join(cells) + "\n")
            count += 1
    return count


def warn(message: str) -> None:
    print(f"WARNING: {message}", file=sys.stderr)


# ---------------------------------------------------------------- events


@dataclass
class EventTermDef:
    term: str
    group: str
    flags: tuple[str, ...]
    aggravated: str
    source: str
    where: str


@dataclass
class EventSurface:
    surface: str
    terms: tuple[str, ...]
    register: str
    case: str
    source: str
    where: str


def load_event_terms(curated: Path) -> dict[str, EventTermDef]:
    terms: dict[str, EventTermDef] = {}
    for path in sorted(curated.glob("event_terms*.tsv")):
        for lineno, row in read_tsv(path, ("term", "group", "flags", "aggravated"), ("term", "group")):
            term = key(row["term"])
            check_choice(path, lineno, "group", row["group"], GROUPS)
            flags = tuple(sorted(set(split_list(row["flags"]))))
            for flag in flags:
                check_choice(path, lineno, "flag", flag, FLAGS)
            definition = EventTermDef(
                term,
                row["group"],
                flags,
                key(row["aggravated"]),
                f"curated:{path.stem}",
                f"{rel(path)}:{lineno}",
            )
            previous = terms.get(term)
            if previous is None:
                terms[term] = definition
            elif (previous.group, previous.flags, previous.aggravated) != (
                definition.group,
                definition.flags,
                definition.aggravated,
            ):
                raise BuildError(
                    f"{definition.where}: event term {term!r} defined as group={definition.group} "
                    f"flags={';'.join(definition.flags)} aggravated={definition.aggravated!r}, "
                    "conflicting with "
                    f"{previous.where} (group={previous.group} flags={';'.join(previous.flags)} "
                    f"aggravated={previous.aggravated!r})"
                )
    for definition in terms.values():
        if definition.aggravated and definition.aggravated not in terms:
            raise BuildError(
                f"{definition.where}: aggravated term {definition.aggravated!r} of {definition.term!r} "
                "is not defined in any event_terms*.tsv"
            )
    return terms


def load_curated_events(curated: Path, terms: dict[str, EventTermDef]) -> dict[tuple[str, str], EventSurface]:
    events: dict[tuple[str, str], EventSurface] = {}
    for path in sorted(curated.glob("events*.tsv")):
        for lineno, row in read_tsv(path, ("surface", "terms", "register", "case"), ("surface", "terms")):
            register = row["register"] or "clinical"
            case = row["case"] or "i"
            check_choice(path, lineno, "register", register, REGISTERS)
            check_choice(path, lineno, "case", case, CASES)
            event_terms = tuple(key(t) for t in split_list(row["terms"]))
            for term in event_terms:
                if term not in terms:
                    raise BuildError(
                        f"{rel(path)}:{lineno}: event term {term!r} is not defined in any event_terms*.tsv"
                    )
            surface = key(row["surface"], case_sensitive=case == "s")
            entry = EventSurface(
                surface, event_terms, register, case, f"curated:{path.stem}", f"{rel(path)}:{lineno}"
            )
            previous = events.get((surface, case))
            if previous is None:
                events[(surface, case)] = entry
            elif previous.terms != entry.terms:
                raise BuildError(
                    f"{entry.where}: surface {surface!r} means {';'.join(entry.terms)}, conflicting with "
                    f"{previous.where} ({';'.join(previous.terms)})"
                )
    return events


def load_symp(shared: Path) -> dict[str, list[tuple[str, str]]]:
    """SYMP concepts: preferred name -> [(surface, term_type)], names first."""
    path = shared / "lexicon-sources" / "symptom-ontology" / "symp_terms.tsv"
    concepts: dict[str, list[tuple[str, str]]] = {}
    for lineno, row in read_tsv(
        path, ("symp_id", "term", "term_type", "preferred_name"), ("term", "preferred_name")
    ):
        if row["term_type"] not in SYMP_TERM_TYPES:
            continue
        preferred = key(row["preferred_name"])
        concepts.setdefault(preferred, []).append((key(row["term"]), row["term_type"]))
        del lineno
    return concepts


def merge_events(
    symp: dict[str, list[tuple[str, str]]],
    curated_events: dict[tuple[str, str], EventSurface],
    terms: dict[str, EventTermDef],
) -> tuple[list[EventSurface], dict[str, EventTermDef], int]:
    """Curated surfaces win; SYMP fills in, aligned to a curated term where its words say which.

    Returns the merged surfaces, all event terms and the number of SYMP surfaces left out
    as too short or ambiguous.
    """
    events = dict(curated_events)
    dropped = 0
    all_terms = dict(terms)
    for preferred in sorted(symp):
        surfaces = sorted({s for s, _ in symp[preferred]})
        term = preferred
        if term not in terms:
            # SYMP "backache" (synonym "back pain") joins a curated term "back pain"
            aligned = [s for s in [preferred, *surfaces] if s in terms]
            if not aligned:
                aligned = [
                    curated_events[(s, "i")].terms[0]
                    for s in [preferred, *surfaces]
                    if (s, "i") in curated_events and len(curated_events[(s, "i")].terms) == 1
                ]
            if aligned:
                term = aligned[0]
        if term not in all_terms:
            all_terms[term] = EventTermDef(term, "nonspecific", (), "", "symp", "symp_terms.tsv")
        for surface in surfaces:
            if len(surface) < 3 or surface in SYMP_AMBIGUOUS:
                dropped += 1
                continue
            if (surface, "i") not in events:
                events[(surface, "i")] = EventSurface(
                    surface, (term,), "clinical", "i", "symp", "symp_terms.tsv"
                )
    ordered = sorted(events.values(), key=lambda e: (e.surface, e.case))
    return ordered, all_terms, dropped


# ---------------------------------------------------------------- drugs


@dataclass
class Product:
    brand: str
    generic: str
    drug_class: str
    indications: tuple[str, ...]
    variants: tuple[str, ...]
    route: str
    labelled_events: tuple[str, ...]
    where: str


@dataclass
class DrugRow:
    surface: str
    canonical: str
    display: str
    kind: str
    source: str
    specialty: str
    route: str


PRODUCT_COLUMNS = ("brand", "generic", "class", "indications", "variants", "route", "labelled_events")


def load_products(curated: Path) -> list[Product]:
    path = curated / "specialty_products.tsv"
    products: list[Product] = []
    brands: dict[str, str] = {}
    for lineno, row in read_tsv(path, PRODUCT_COLUMNS, ("brand", "generic", "class", "indications", "route")):
        check_choice(path, lineno, "route", row["route"], ROUTES)
        where = f"{rel(path)}:{lineno}"
        brand_key = key(row["brand"])
        if brand_key in brands:
            raise BuildError(f"{where}: brand {row['brand']!r} already listed at {brands[brand_key]}")
        brands[brand_key] = where
        products.append(
            Product(
                row["brand"],
                key(row["generic"]),
                row["class"],
                tuple(key(t) for t in split_list(row["indications"])),
                tuple(dict.fromkeys(split_list(row["variants"]))),
                row["route"],
                tuple(key(t) for t in split_list(row["labelled_events"])),
                where,
            )
        )
    return products


def product_drug_rows(products: list[Product]) -> list[tuple[DrugRow, str]]:
    rows: list[tuple[DrugRow, str]] = []
    for p in products:
        rows.append(
            (DrugRow(key(p.brand), p.generic, p.brand, "brand", "curated:specialty", "1", p.route), p.where)
        )
        rows.append(
            (DrugRow(p.generic, p.generic, p.generic, "generic", "curated:specialty", "1", p.route), p.where)
        )
        for variant in p.variants:
            rows.append(
                (
                    DrugRow(key(variant), p.generic, p.brand, "variant", "curated:specialty", "1", p.route),
                    p.where,
                )
            )
    return rows


def load_common_drugs(curated: Path) -> list[tuple[DrugRow, str]]:
    path = curated / "common_drugs.tsv"
    rows: list[tuple[DrugRow, str]] = []
    for lineno, row in read_tsv(path, ("surface", "canonical", "kind"), ("surface", "canonical", "kind")):
        check_choice(path, lineno, "kind", row["kind"], DRUG_KINDS)
        canonical = key(row["canonical"])
        rows.append(
            (
                DrugRow(key(row["surface"]), canonical, canonical, row["kind"], "curated:common", "", ""),
                f"{rel(path)}:{lineno}",
            )
        )
    return rows


def load_lay_references(curated: Path) -> list[tuple[DrugRow, str]]:
    path = curated / "drug_lay_references.tsv"
    rows: list[tuple[DrugRow, str]] = []
    for lineno, row in read_tsv(path, ("surface", "route"), ("surface",)):
        if row["route"]:
            check_choice(path, lineno, "route", row["route"], ROUTES)
        rows.append(
            (
                DrugRow(key(row["surface"]), "", "", "lay", "curated:lay", "", row["route"]),
                f"{rel(path)}:{lineno}",
            )
        )
    return rows


def merge_curated_drugs(groups: list[list[tuple[DrugRow, str]]]) -> dict[str, list[DrugRow]]:
    """Curated drug rows by surface; one surface may not name two different drugs."""
    by_surface: dict[str, list[DrugRow]] = {}
    where: dict[tuple[str, str], str] = {}
    for group in groups:
        for row, location in group:
            existing = by_surface.setdefault(row.surface, [])
            if any(r.canonical == row.canonical for r in existing):
                continue
            if existing:
                other = existing[0]
                raise BuildError(
                    f"{location}: surface {row.surface!r} names {row.canonical or 'the program drug'!r}, but "
                    f"{where[(other.surface, other.canonical)]} already maps it to "
                    f"{other.canonical or 'the program drug'!r}"
                )
            existing.append(row)
            where[(row.surface, row.canonical)] = location
    return by_surface


@dataclass
class DrugFilterStats:
    rows: int = 0
    mesh_only: int = 0
    junk: int = 0
    short: int = 0
    english: int = 0
    event_surface: int = 0
    curated_surface: int = 0
    kept: int = 0


def load_open_drugs(
    shared: Path,
    english: set[str],
    event_surfaces: set[str],
    curated: dict[str, list[DrugRow]],
    specialty_generics: set[str],
) -> tuple[list[DrugRow], DrugFilterStats]:
    path = shared / "lexicon-sources" / "drug-named-entity-recognition" / "drug_variants.tsv.gz"
    stats = DrugFilterStats()
    rows: dict[tuple[str, str], DrugRow] = {}
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for record in reader:
            stats.rows += 1
            if not record["drugbank_id"] and not record["medline_plus_id"]:
                stats.mesh_only += 1
                continue
            raw = record["variant"].strip().lower()
            if (
                not raw
                or _DRUG_JUNK.search(raw)
                or not raw[0].isalnum()
                or (not raw[-1].isalnum() and raw[-1] != ")")
            ):
                stats.junk += 1
                continue
            surface = key(raw)
            if len(surface) < MIN_OPEN_DRUG_SURFACE:
                stats.short += 1
                continue
            if surface in english:
                stats.english += 1
                continue
            if surface in event_surfaces:
                stats.event_surface += 1
                continue
            if surface in curated:
                stats.curated_surface += 1
                continue
            canonical = key(record["canonical"])
            match = _BIOLOGIC_SUFFIX.match(canonical)
            if match and match["base"] in specialty_generics:
                canonical = match["base"]
            if surface == canonical:
                kind = "generic"
            elif record["is_brand"] == "true":
                kind = "brand"
            else:
                kind = "variant"
            display = record["canonical_display_name"].strip() or canonical
            specialty = "1" if canonical in specialty_generics else ""
            rows.setdefault(
                (surface, canonical), DrugRow(surface, canonical, display, kind, "drug-ner", specialty, "")
            )
    stats.kept = len(rows)
    return list(rows.values()), stats


# ---------------------------------------------------------------- English words


def _msgpack(data: bytes, pos: int = 0) -> tuple[object, int]:
    """Decode the msgpack subset wordfreq's word lists use (arrays, maps, strings, ints)."""
    tag = data[pos]
    if tag <= 0x7F:
        return tag, pos + 1
    if tag >= 0xE0:
        return tag - 256, pos + 1
    if 0xA0 <= tag <= 0xBF:
        size = tag & 0x1F
        return data[pos + 1 : pos + 1 + size].decode("utf-8"), pos + 1 + size
    if tag in (0xD9, 0xDA, 0xDB):
        width = {0xD9: 1, 0xDA: 2, 0xDB: 4}[tag]
        size = int.from_bytes(data[pos + 1 : pos + 1 + width], "big")
        start = pos + 1 + width
        return data[start : start + size].decode("utf-8"), start + size
    if 0x90 <= tag <= 0x9F or tag in (0xDC, 0xDD):
        if tag <= 0x9F:
            size, pos = tag & 0x0F, pos + 1
        else:
            width = 2 if tag == 0xDC else 4
            size, pos = int.from_bytes(data[pos + 1 : pos + 1 + width], "big"), pos + 1 + width
        items = []
        for _ in range(size):
            item, pos = _msgpack(data, pos)
            items.append(item)
        return items, pos
    if 0x80 <= tag <= 0x8F or tag in (0xDE, 0xDF):
        if tag <= 0x8F:
            size, pos = tag & 0x0F, pos + 1
        else:
            width = 2 if tag == 0xDE else 4
            size, pos = int.from_bytes(data[pos + 1 : pos + 1 + width], "big"), pos + 1 + width
        mapping = {}
        for _ in range(size):
            name, pos = _msgpack(data, pos)
            value, pos = _msgpack(data, pos)
            mapping[name] = value
        return mapping, pos
    if tag in (0xCC, 0xCD, 0xCE, 0xCF):
        width = {0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}[tag]
        return int.from_bytes(data[pos + 1 : pos + 1 + width], "big"), pos + 1 + width
    if tag in (0xC0, 0xC2, 0xC3):
        return {0xC0: None, 0xC2: False, 0xC3: True}[tag], pos + 1
    raise BuildError(f"wordfreq data: unsupported msgpack tag 0x{tag:02x} at byte {pos}")


def _wordfreq_data(wordfreq: Path | None) -> bytes | None:
    """The bytes of wordfreq's large_en.msgpack.gz from a wheel, the file itself or an installed wordfreq."""
    if wordfreq is None:
        spec = importlib.util.find_spec("wordfreq")
        if spec is None or not spec.submodule_search_locations:
            return None
        wordfreq = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
        if not wordfreq.is_file():
            return None
    if zipfile.is_zipfile(wordfreq):
        with zipfile.ZipFile(wordfreq) as wheel:
            data = wheel.read(WORDFREQ_MEMBER)
    else:
        data = wordfreq.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != WORDFREQ_SHA256:
        raise BuildError(
            f"{wordfreq}: large_en.msgpack.gz sha256 {digest} is not wordfreq {WORDFREQ_VERSION}'s "
            f"({WORDFREQ_SHA256}); use `pip download wordfreq=={WORDFREQ_VERSION} --no-deps`"
        )
    return data


def english_words(wordfreq: Path | None, drug_surfaces: set[str]) -> tuple[list[str], list[str], str]:
    """Common English words (sorted), the frequent words left out as curated drug names, and the origin.

    Without the wordfreq data the committed list plus the words the committed manifest
    says were left out give back the full derivation, so both paths yield the same bytes.
    """
    data = _wordfreq_data(wordfreq)
    if data is None:
        committed = DEFAULT_OUT / "english_words.txt"
        if not committed.is_file():
            raise BuildError(
                f"no wordfreq {WORDFREQ_VERSION} data and no committed {rel(committed)}; pass --wordfreq "
                f"<wheel from `pip download wordfreq=={WORDFREQ_VERSION} --no-deps`>"
            )
        words = [w for w in committed.read_text(encoding="utf-8").split("\n") if w]
        committed_manifest = DEFAULT_OUT / "manifest.json"
        if committed_manifest.is_file():
            words += json.loads(committed_manifest.read_text(encoding="utf-8")).get(
                "english_words_left_out", []
            )
        origin = f"reused {rel(committed)}"
    else:
        buckets, _ = _msgpack(gzip.decompress(data))
        assert isinstance(buckets, list)
        words = []
        # bucket 0 is the header; buckets are in descending frequency, words within a bucket in file order
        for bucket in buckets[1:]:
            assert isinstance(bucket, list)
            for word in bucket:
                if isinstance(word, str) and _ENGLISH_WORD.fullmatch(word):
                    words.append(word)
                    if len(words) == ENGLISH_WORD_COUNT:
                        break
            if len(words) == ENGLISH_WORD_COUNT:
                break
        origin = f"wordfreq {WORDFREQ_VERSION}"
    return sorted(set(words) - drug_surfaces), sorted(set(words) & drug_surfaces), origin


# ---------------------------------------------------------------- context rules


_MEDSPACY_CATEGORIES = {
    "NEGATED_EXISTENCE": "negated",
    "POSSIBLE_EXISTENCE": "possible",
    "HYPOTHETICAL": "hypothetical",
    "HISTORICAL": "historical",
    "FAMILY": "other_person",
}
_MEDSPACY_DIRECTIONS = {
    "FORWARD": "forward",
    "BACKWARD": "backward",
    "BIDIRECTIONAL": "bidirectional",
    "TERMINATE": "terminate",
    "PSEUDO": "pseudo",
}
_NEGSPACY_SETS = {
    "pseudo_negations": ("pseudo", "pseudo", "pseudo"),
    "preceding_negations": ("negated", "forward", "preceding"),
    "following_negations": ("negated", "backward", "following"),
    "termination": ("terminate", "terminate", "termination"),
}
_NEGSPACY_LANGS = ("en_clinical_sensitive", "en_clinical", "en", "es_clinical")
_PATTERN_EXPANSION_LIMIT = 64


def _expand_pattern(pattern: list[dict[str, object]]) -> list[str] | None:
    """All phrases of a spaCy token pattern made only of LOWER (string or IN list) tokens, optional ``?``."""
    phrases = [""]
    for token in pattern:
        if not set(token) <= {"LOWER", "OP"} or token.get("OP") not in (None, "?"):
            return None
        lower = token.get("LOWER")
        if isinstance(lower, str):
            options = [lower]
        elif isinstance(lower, dict) and set(lower) == {"IN"} and isinstance(lower["IN"], list):
            options = [str(o) for o in lower["IN"]]
        else:
            return None
        if token.get("OP") == "?":
            options = ["", *options]
        phrases = [f"{p} {o}".strip() for p in phrases for o in options]
        if len(phrases) > _PATTERN_EXPANSION_LIMIT:
            return None
    return [p for p in phrases if p]


@dataclass
class ContextStats:
    medspacy_rules: int = 0
    medspacy_expanded: int = 0
    medspacy_complex_patterns: int = 0
    negspacy_terms: int = 0
    duplicates: int = 0
    rows: int = 0


def import_context_rules(shared: Path) -> tuple[list[tuple[str, str, str, str, str, str]], ContextStats]:
    stats = ContextStats()
    rows: list[tuple[str, str, str, str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()

    def add(rule_id: str, phrase: str, category: str, direction: str, max_scope: str, source: str) -> None:
        phrase = key(phrase)
        if (phrase, category, direction) in seen:
            stats.duplicates += 1
            return
        seen.add((phrase, category, direction))
        rows.append((rule_id, phrase, category, direction, max_scope, source))

    medspacy_path = shared / "lexicon-sources" / "medspacy-context-rules" / "context_rules_en.json"
    for index, rule in enumerate(json.loads(medspacy_path.read_text(encoding="utf-8"))["context_rules"]):
        stats.medspacy_rules += 1
        direction = _MEDSPACY_DIRECTIONS.get(rule["direction"])
        category = _MEDSPACY_CATEGORIES.get(rule["category"])
        if direction is None or category is None:
            raise BuildError(
                f"{rel(medspacy_path)}: rule {index}: unknown category/direction "
                f"{rule['category']}/{rule['direction']}"
            )
        if direction in ("terminate", "pseudo"):
            category = direction
        scope = str(rule.get("max_scope") or "")
        literal = rule.get("literal") or ""
        if literal:
            add(f"medspacy:{index}", literal, category, direction, scope, "medspacy")
        if rule.get("pattern"):
            expanded = _expand_pattern(rule["pattern"])
            if expanded is None:
                stats.medspacy_complex_patterns += 1
                continue
            for n, phrase in enumerate(p for p in expanded if key(p) != key(literal)):
                stats.medspacy_expanded += 1
                add(f"medspacy:{index}.{n + 1}", phrase, category, direction, scope, "medspacy")

    negspacy_path = shared / "lexicon-sources" / "negspacy-termsets" / "negspacy_termsets.json"
    termsets = json.loads(negspacy_path.read_text(encoding="utf-8"))
    for lang in _NEGSPACY_LANGS:
        if lang not in termsets:
            raise BuildError(
                f"{rel(negspacy_path)}: termset {lang!r} missing; expected {', '.join(_NEGSPACY_LANGS)}"
            )
        for set_name, (category, direction, short) in _NEGSPACY_SETS.items():
            for index, phrase in enumerate(termsets[lang].get(set_name, [])):
                stats.negspacy_terms += 1
                add(f"negspacy:{lang}:{short}:{index}", phrase, category, direction, "", f"negspacy:{lang}")
    stats.rows = len(rows)
    return rows, stats


# ---------------------------------------------------------------- build


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(
    shared: Path, out: Path, wordfreq: Path | None = None, curated: Path = CURATED, *, verbose: bool = False
) -> dict[str, object]:
    """Build every lexicon file into ``out`` and return the manifest."""
    if not (shared / "lexicon-sources").is_dir():
        raise BuildError(
            f"{shared}/lexicon-sources not found; pass --shared <folder holding lexicon-sources/>"
        )
    out.mkdir(parents=True, exist_ok=True)
    row_counts: dict[str, int] = {}

    # events
    terms = load_event_terms(curated)
    curated_events = load_curated_events(curated, terms)
    events, all_terms, symp_dropped = merge_events(load_symp(shared), curated_events, terms)
    row_counts["events.tsv"] = write_tsv(
        out / "events.tsv",
        ("surface", "terms", "register", "case", "source"),
        ((e.surface, join_list(e.terms), e.register, e.case, e.source) for e in events),
    )
    row_counts["event_terms.tsv"] = write_tsv(
        out / "event_terms.tsv",
        ("term", "group", "flags", "aggravated", "source"),
        (
            (t.term, t.group, join_list(t.flags), t.aggravated, t.source)
            for t in sorted(all_terms.values(), key=lambda t: t.term)
        ),
    )

    # drugs
    products = load_products(curated)
    for field in ("indications", "labelled_events"):
        unknown: dict[str, int] = {}
        for product in products:
            for term in getattr(product, field):
                if term not in all_terms:
                    unknown[term] = unknown.get(term, 0) + 1
        if unknown:
            names = sorted(unknown)
            shown = names if verbose else names[:12]
            warn(
                f"{len(unknown)} {field} term(s) of specialty_products.tsv are not event terms yet: "
                + ", ".join(shown)
                + ("" if verbose else ", ... (--verbose lists all)")
            )
    curated_drugs = merge_curated_drugs(
        [product_drug_rows(products), load_common_drugs(curated), load_lay_references(curated)]
    )
    curated_surfaces = {s for s in curated_drugs if " " not in s}
    english, english_left_out, english_origin = english_words(wordfreq, curated_surfaces)
    (out / "english_words.txt").write_text("".join(f"{w}\n" for w in english), encoding="utf-8")
    row_counts["english_words.txt"] = len(english)
    event_surfaces = {e.surface.lower() for e in events}
    specialty_generics = {p.generic for p in products}
    open_rows, drug_stats = load_open_drugs(
        shared, set(english), event_surfaces, curated_drugs, specialty_generics
    )
    drug_rows = [r for rows in curated_drugs.values() for r in rows] + open_rows
    drug_rows.sort(key=lambda r: (r.surface, r.canonical))
    row_counts["drugs.tsv"] = write_tsv(
        out / "drugs.tsv",
        ("surface", "canonical", "display", "kind", "source", "specialty", "route"),
        ((r.surface, r.canonical, r.display, r.kind, r.source, r.specialty, r.route) for r in drug_rows),
    )
    row_counts["products.tsv"] = write_tsv(
        out / "products.tsv",
        PRODUCT_COLUMNS,
        (
            (
                p.brand,
                p.generic,
                p.drug_class,
                join_list(p.indications),
                join_list(p.variants),
                p.route,
                join_list(p.labelled_events),
            )
            for p in products
        ),
    )

    # context rules
    context_rows, context_stats = import_context_rules(shared)
    row_counts["context_rules_imported.tsv"] = write_tsv(
        out / "context_rules_imported.tsv",
        ("id", "phrase", "category", "direction", "max_scope", "source"),
        context_rows,
    )
    rules_dir = curated / "rules"
    for path in sorted(rules_dir.glob("*.tsv")) if rules_dir.is_dir() else []:
        shutil.copyfile(path, out / path.name)
        row_counts[path.name] = (
            sum(
                1
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")
            )
            - 1
        )

    # stale outputs of an earlier build (a rule file that was removed) must not linger
    for stale in sorted(out.iterdir()):
        if stale.is_file() and stale.name not in row_counts and stale.name != "manifest.json":
            stale.unlink()

    files = {name: {"sha256": sha256(out / name), "rows": row_counts[name]} for name in sorted(row_counts)}
    fingerprint = hashlib.sha256(
        "".join(f"{n}\0{f['sha256']}\n" for n, f in files.items()).encode()
    ).hexdigest()
    manifest: dict[str, object] = {
        "version": f"{LEXICON_RELEASE}+{fingerprint[:8]}",
        "files": files,
        "counts": {
            "event_concepts": len({t for e in events for t in e.terms}),
            "event_terms": len(all_terms),
            "event_surfaces": len(events),
            "drug_surfaces": len({r.surface for r in drug_rows}),
            "drugs": len({r.canonical for r in drug_rows if r.canonical}),
            "specialty_products": len(products),
            "english_words": len(english),
            "context_rules_imported": context_stats.rows,
        },
        "filters": {
            "symp_surfaces_dropped_short_or_ambiguous": symp_dropped,
            "drug_ner_rows": drug_stats.rows,
            "dropped_mesh_only": drug_stats.mesh_only,
            "dropped_markup": drug_stats.junk,
            "dropped_short": drug_stats.short,
            "dropped_english_word": drug_stats.english,
            "dropped_event_surface": drug_stats.event_surface,
            "dropped_curated_surface": drug_stats.curated_surface,
            "kept_pairs": drug_stats.kept,
            "medspacy_rules": context_stats.medspacy_rules,
            "medspacy_pattern_phrases_added": context_stats.medspacy_expanded,
            "medspacy_complex_patterns_skipped": context_stats.medspacy_complex_patterns,
            "negspacy_terms": context_stats.negspacy_terms,
            "context_duplicates_dropped": context_stats.duplicates,
        },
        "english_words": f"wordfreq {WORDFREQ_VERSION} large_en: top {ENGLISH_WORD_COUNT} [a-z]+ words "
        "minus curated drug surfaces",
        "english_words_left_out": english_left_out,
        "sources": list(SOURCES),
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"english words: {english_origin}", file=sys.stderr)
    return manifest


def check(shared: Path, out: Path, wordfreq: Path | None, curated: Path = CURATED) -> list[str]:
    """Names of files that a fresh build would change in ``out`` (empty: up to date)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        build(shared, fresh, wordfreq, curated)
        names = sorted({p.name for p in fresh.iterdir()} | {p.name for p in out.iterdir() if p.is_file()})
        return [
            n
            for n in names
            if not (fresh / n).is_file()
            or not (out / n).is_file()
            or not filecmp.cmp(fresh / n, out / n, shallow=False)
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding lexicon-sources/")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (package data)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a rebuild would change --out")
    parser.add_argument("--curated", type=Path, default=CURATED, help="folder of curated lexicon files")
    parser.add_argument(
        "--list-indications",
        action="store_true",
        help="print the products' indication terms and whether event_terms defines them, then exit",
    )
    parser.add_argument("--verbose", action="store_true", help="list every warning item")
    parser.add_argument(
        "--wordfreq",
        type=Path,
        default=None,
        help=f"wordfreq {WORDFREQ_VERSION} wheel or large_en.msgpack.gz",
    )
    args = parser.parse_args(argv)
    try:
        if args.list_indications:
            defined = load_event_terms(args.curated)
            terms = sorted({t for p in load_products(args.curated) for t in p.indications})
            for term in terms:
                definition = defined.get(term)
                status = (
                    "missing"
                    if definition is None
                    else ("disease" if "disease" in definition.flags else "no-disease-flag")
                )
                print(f"{term}\t{status}")
            return 0
        if args.check:
            changed = check(args.shared, args.out, args.wordfreq, args.curated)
            if changed:
                print(
                    f"lexicons out of date in {args.out}: {', '.join(changed)}; run python lexicons/build.py",
                    file=sys.stderr,
                )
                return 1
            print(f"lexicons up to date in {args.out}")
            return 0
        manifest = build(args.shared, args.out, args.wordfreq, args.curated, verbose=args.verbose)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"built lexicons {manifest['version']} into {args.out}: {json.dumps(manifest['counts'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
