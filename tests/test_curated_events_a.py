"""Checks of the curated AE vocabulary, part A (``lexicons/curated/events_a.tsv``).

The file is data written by ``generate_events_a.py``; these tests hold it to the
format in ``lexicons/FORMATS.md`` and to the precision choices the generator makes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from curated_vocabulary import CURATED, FLAGS, GROUPS, REGISTERS, fold

EVENTS = CURATED / "events_a.tsv"
TERMS = CURATED / "event_terms_a.tsv"


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    text = path.read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    return rows[0], rows[1:]


@pytest.fixture(scope="module")
def events() -> list[list[str]]:
    header, rows = read(EVENTS)
    assert header == ["surface", "terms", "register", "case"]
    return rows


@pytest.fixture(scope="module")
def defined_terms() -> dict[str, tuple[str, str, str]]:
    """Every term any curated event_terms*.tsv defines (the build merges them)."""
    out: dict[str, tuple[str, str, str]] = {}
    for path in sorted(CURATED.glob("event_terms*.tsv")):
        header, rows = read(path)
        assert header == ["term", "group", "flags", "aggravated"], path
        for row in rows:
            assert len(row) == 4, (path, row)
            out.setdefault(row[0], (row[1], row[2], row[3]))
    return out


def test_every_row_has_four_columns_and_allowed_values(events: list[list[str]]) -> None:
    bad = [row for row in events if len(row) != 4 or row[2] not in REGISTERS or row[3] not in {"i", "s"}]
    assert bad == []
    assert all(row[0] == row[0].strip() and row[0] for row in events)


def test_every_term_is_defined(
    events: list[list[str]], defined_terms: dict[str, tuple[str, str, str]]
) -> None:
    missing = sorted({t for row in events for t in row[1].split(";") if t not in defined_terms})
    assert missing == []


def test_own_term_definitions_are_valid() -> None:
    header, rows = read(TERMS)
    assert header == ["term", "group", "flags", "aggravated"]
    own = {row[0] for row in rows}
    for term, group, flags, aggravated in rows:
        assert term == term.lower().strip(), term
        assert group in GROUPS, (term, group)
        assert set(filter(None, flags.split(";"))) <= FLAGS, (term, flags)
        assert not aggravated or aggravated in own, (term, aggravated)


def test_no_duplicate_rows_and_one_meaning_per_surface(events: list[list[str]]) -> None:
    meanings: dict[tuple[str, str], str] = {}
    for surface, terms, _register, case in events:
        key = (fold(surface) if case == "i" else surface, case)
        assert key not in meanings, f"{surface!r} listed twice ({meanings.get(key)!r} and {terms!r})"
        meanings[key] = terms


def test_no_surface_means_something_else_in_another_curated_file(events: list[list[str]]) -> None:
    others: dict[tuple[str, str], str] = {}
    for path in sorted(CURATED.glob("events*.tsv")):
        if path != EVENTS:
            for row in read(path)[1]:
                case = row[3] or "i"
                others.setdefault((fold(row[0]) if case == "i" else row[0], case), row[1])
    clashes = [
        (surface, terms, others[key])
        for surface, terms, _register, case in events
        if (key := (fold(surface) if case == "i" else surface, case)) in others and others[key] != terms
    ]
    assert clashes == []


def test_sizes_meet_the_targets(events: list[list[str]]) -> None:
    terms = {t for row in events for t in row[1].split(";")}
    assert len(terms) >= 800
    assert len({(row[0], row[3]) for row in events}) >= 8000


@pytest.mark.parametrize(
    ("surface", "terms"),
    [
        ("threw up", "vomiting"),
        ("cant keep food down", "vomiting"),
        ("n/v/d", "nausea;vomiting;diarrhea"),
        ("the squirts", "diarrhea"),
        ("diarhea", "diarrhea"),
        ("constapation", "constipation"),
        ("nausious", "nausea"),
        ("headach", "headache"),
        ("head is pounding", "headache"),
        ("dizzyness", "dizziness"),
        ("fatige", "fatigue"),
        ("wiped out", "fatigue"),
        ("can't stay awake", "somnolence"),
        ("pins and needles", "paresthesia"),
        ("death warmed over", "malaise"),
        ("hair is coming out in clumps", "alopecia"),
        ("stomach is killing me", "abdominal pain"),
        ("abd pain", "abdominal pain"),
        ("hands and feet are killing me", "pain in extremity"),
        ("isrs", "injection site reaction"),
        ("irr", "infusion related reaction"),
        ("inj site redness", "injection site erythema"),
        ("bruise at the injection site", "injection site bruising"),
        ("wt loss", "weight decreased"),
        ("itches", "pruritus"),
        ("itchy rash", "rash pruritic"),
        ("really dark thoughts", "suicidal ideation"),
        ("felt like i was going to pass out", "presyncope"),
        ("muscle cramps", "muscle spasms"),
        ("mouth sores", "stomatitis"),
    ],
)
def test_patient_phrasings_map_to_their_event(events: list[list[str]], surface: str, terms: str) -> None:
    table = {fold(row[0]): row[1] for row in events if row[3] == "i"}
    assert table.get(fold(surface)) == terms


@pytest.mark.parametrize("surface", ["HA", "SI"])
def test_abbreviations_that_are_words_are_case_sensitive(events: list[list[str]], surface: str) -> None:
    rows = [row for row in events if fold(row[0]) == fold(surface)]
    assert rows and all(row[3] == "s" and row[0] == surface for row in rows)


@pytest.mark.parametrize(
    "word", ["sick", "cold", "tired of", "red", "hot", "hard", "lump", "wind", "flush", "confused", "nervous",
             "mixed up", "pa", "ha", "si", "temp", "sad", "fall"],
)
def test_ordinary_words_are_not_case_insensitive_surfaces(events: list[list[str]], word: str) -> None:
    assert [row for row in events if row[3] == "i" and fold(row[0]) == word] == []


def test_medically_important_terms_are_flagged(defined_terms: dict[str, tuple[str, str, str]]) -> None:
    important = ["seizure", "suicidal ideation", "suicide attempt", "stevens-johnson syndrome",
                 "status epilepticus", "gastrointestinal perforation"]
    for term in important:
        assert "ime" in defined_terms[term][1].split(";"), term


def test_generator_reproduces_the_committed_files() -> None:
    before = (EVENTS.read_bytes(), TERMS.read_bytes())
    result = subprocess.run(
        [sys.executable, str(CURATED / "generate_events_a.py")], capture_output=True, text=True, check=False
    )
    after = (EVENTS.read_bytes(), TERMS.read_bytes())
    if after != before:  # leave the committed data as it was, then fail
        EVENTS.write_bytes(before[0])
        TERMS.write_bytes(before[1])
    assert result.returncode == 0, result.stderr[-2000:]
    assert after == before, "events_a.tsv / event_terms_a.tsv are stale: re-run generate_events_a.py"


def test_spans_are_minimal(events: list[list[str]]) -> None:
    """No note-taking prefix ("c/o HA") and no filler verb before a surface that means the same alone."""
    meaning = {fold(row[0]): row[1] for row in events if row[3] == "i"}
    too_long = []
    for surface, terms, _register, case in events:
        words = fold(surface).split()
        if words[0] in {"c/o", "s/p", "h/o"}:
            too_long.append(surface)
        fillers = {"feel", "feeling", "felt", "makes me", "had a", "have a"}
        for size in (1, 2):
            head, rest = " ".join(words[:size]), " ".join(words[size:])
            if case == "i" and head in fillers and meaning.get(rest) == terms:
                too_long.append(surface)
    assert too_long == []
