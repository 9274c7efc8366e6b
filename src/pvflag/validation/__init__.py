"""Validation pack: ``run_selftest`` produces installation / operational qualification evidence.

Not imported by ``import pvflag``; the scanner, lxml and the corpus load only
when the selftest runs.
"""

from __future__ import annotations

from pvflag.validation.models import CheckResult, RequirementResult, SelftestReport, TestEvidence
from pvflag.validation.selftest import run_selftest

__all__ = ["CheckResult", "RequirementResult", "SelftestReport", "TestEvidence", "run_selftest"]
