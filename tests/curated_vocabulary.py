"""What the curated event-vocabulary tests share: the allowed values of lexicons/FORMATS.md and the
matcher's folding of a case-insensitive surface."""

from __future__ import annotations

import unicodedata
from pathlib import Path

CURATED = Path(__file__).resolve().parents[1] / "lexicons" / "curated"
REGISTERS = {"clinical", "lay", "idiom", "abbrev", "misspelling", "es", "lab"}
GROUPS = {
    "gi", "skin", "injection_site", "general", "pain", "musculoskeletal", "neuro", "psych", "sleep",
    "respiratory", "cardiac", "vascular", "eye", "ear", "renal", "hepatic", "blood", "immune",
    "infection", "metabolic", "endocrine", "reproductive", "sexual", "pregnancy", "neoplasm",
    "injury", "lab", "disease", "death", "nonspecific",
}
FLAGS = {"ime", "life_threatening", "death", "congenital", "disease", "generic"}


def fold(text: str) -> str:
    """The matcher's key of a case-insensitive surface (FORMATS.md)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.lower().split())
