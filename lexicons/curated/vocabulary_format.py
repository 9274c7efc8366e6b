"""What the curated event-vocabulary generators and their tests share: the allowed values of
``lexicons/FORMATS.md`` (event groups, term flags, registers) and the matcher's folding of a
case-insensitive surface. One list here, so a new group or flag is added in one place."""

from __future__ import annotations

import unicodedata

REGISTERS = {"clinical", "lay", "idiom", "abbrev", "misspelling", "es", "lab"}
GROUPS = {
    "gi", "skin", "injection_site", "general", "pain", "musculoskeletal", "neuro", "psych", "sleep",
    "respiratory", "cardiac", "vascular", "eye", "ear", "renal", "hepatic", "blood", "immune",
    "infection", "metabolic", "endocrine", "reproductive", "sexual", "pregnancy", "neoplasm",
    "injury", "lab", "disease", "death", "nonspecific",
}
FLAGS = {"ime", "life_threatening", "death", "congenital", "disease", "generic"}


def fold(text: str) -> str:
    """The matcher's key of a case-insensitive surface: lower-case, accents folded, quotes straight."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(text.lower().split())
