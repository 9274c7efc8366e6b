"""Case layer: findings + interaction metadata become AE cases with deadlines.

``build_cases`` is the entry point; the models live in ``pvflag.cases.models``.
"""

from __future__ import annotations

from pvflag.cases.models import (
    AECase,
    CaseBatch,
    CaseDrug,
    CaseEvent,
    CaseSpecialSituation,
    Clock,
    Disposition,
    Patient,
    Reporter,
    SourceLink,
    Validity,
)

__all__ = [
    "AECase",
    "CaseBatch",
    "CaseDrug",
    "CaseEvent",
    "CaseSpecialSituation",
    "Clock",
    "Disposition",
    "Patient",
    "Reporter",
    "SourceLink",
    "Validity",
]
