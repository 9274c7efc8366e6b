"""What the curated event-vocabulary tests share with the generators that write the files: the
allowed values of lexicons/FORMATS.md and the matcher's folding of a case-insensitive surface,
from ``lexicons/curated/vocabulary_format.py`` (one list for generators and tests)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

CURATED = Path(__file__).resolve().parents[1] / "lexicons" / "curated"

_spec = importlib.util.spec_from_file_location("pvflag_vocabulary_format", CURATED / "vocabulary_format.py")
assert _spec is not None and _spec.loader is not None
_format = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_format)

REGISTERS: set[str] = _format.REGISTERS
GROUPS: set[str] = _format.GROUPS
FLAGS: set[str] = _format.FLAGS
fold = _format.fold
