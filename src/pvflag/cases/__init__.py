"""Case layer: findings + interaction metadata become AE cases with deadlines.

``build_cases`` groups scan results into ``AECase`` models (follow-ups merged,
validity checked, clocks computed from the rule table) and returns them with
the disposition log. Models live in ``pvflag.cases.models``; clock arithmetic
in ``pvflag.cases.deadlines``. Plain Python + pydantic: importing this is cheap.
"""

from __future__ import annotations

from pvflag.cases.build import build_cases
from pvflag.cases.models import (
    AECase,
    CaseBatch,
    CaseDrug,
    CaseError,
    CaseEvent,
    CaseSpecialSituation,
    CaseVersion,
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
    "CaseError",
    "CaseEvent",
    "CaseSpecialSituation",
    "CaseVersion",
    "Clock",
    "Disposition",
    "Patient",
    "Reporter",
    "SourceLink",
    "Validity",
    "build_cases",
]
