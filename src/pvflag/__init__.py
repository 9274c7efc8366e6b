"""pvflag: pharmacovigilance for patient support programs.

``import pvflag`` is cheap: spaCy, lxml and rapidfuzz load only when a scanner,
serializer or matcher is first built. Public names resolve lazily from their
owning modules (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> owning module; one table, so ``__all__`` and lazy loading agree
_EXPORTS: dict[str, str] = {
    # scanning
    "Scanner": "pvflag.scanner",
    "scan": "pvflag.scanner",
    # data models
    "Interaction": "pvflag.interactions",
    "SpeakerTurn": "pvflag.interactions",
    "ScanResult": "pvflag.findings",
    "AdverseEventFinding": "pvflag.findings",
    "SpecialSituationFinding": "pvflag.findings",
    "DrugFinding": "pvflag.findings",
    "Evidence": "pvflag.findings",
    "RecordError": "pvflag.findings",
    # lexicons
    "Lexicon": "pvflag.lexicon",
    "load_lexicon": "pvflag.lexicon",
    "load_meddra": "pvflag.meddra",
    "MedDRADictionary": "pvflag.meddra",
    "MedDRACoding": "pvflag.meddra",
    # cases
    "build_cases": "pvflag.cases",
    "AECase": "pvflag.cases",
    "ProgramConfig": "pvflag.program",
    "load_program": "pvflag.program",
    # review report
    "render_report": "pvflag.report",
    "write_report": "pvflag.report",
    # errors
    "PvflagError": "pvflag.errors",
    "ConfigError": "pvflag.errors",
    "LexiconError": "pvflag.errors",
    "MedDRAError": "pvflag.errors",
    "InputError": "pvflag.errors",
    "E2BError": "pvflag.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pvflag' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover
    from pvflag.cases import AECase, build_cases
    from pvflag.errors import (
        ConfigError,
        E2BError,
        InputError,
        LexiconError,
        MedDRAError,
        PvflagError,
    )
    from pvflag.findings import (
        AdverseEventFinding,
        DrugFinding,
        Evidence,
        RecordError,
        ScanResult,
        SpecialSituationFinding,
    )
    from pvflag.interactions import Interaction, SpeakerTurn
    from pvflag.lexicon import Lexicon, load_lexicon
    from pvflag.meddra import MedDRACoding, MedDRADictionary, load_meddra
    from pvflag.program import ProgramConfig, load_program
    from pvflag.report import render_report, write_report
    from pvflag.scanner import Scanner, scan
