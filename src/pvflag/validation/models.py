"""The selftest's evidence: one result per check, per requirement, and the whole report."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CheckResult", "CheckStatus", "RequirementResult", "SelftestReport", "TestEvidence", "Verdict"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

CheckStatus = Literal["pass", "fail", "not_run"]
# pass: every check passed; fail: at least one failed; incomplete: none failed, some not run
Verdict = Literal["pass", "fail", "incomplete"]


class CheckResult(BaseModel):
    """One verification the selftest ran (or could not run), in words a reviewer can read."""

    model_config = _FROZEN

    id: str = Field(description="check id, e.g. ACC-REC-01, DL-03, SELF-E2B-XSD")
    area: str
    title: str
    status: CheckStatus
    detail: str = Field(description="what was found, in plain words")
    measured: int | float | str | None = None
    limit: str | None = Field(default=None, description="the acceptance limit, e.g. '>= 0.90'")
    rationale: str | None = None


class TestEvidence(BaseModel):
    """A development test named in the traceability matrix, with its result when known."""

    model_config = _FROZEN

    test_id: str
    result: Literal["passed", "failed", "skipped", "not_run_here"] = "not_run_here"


class RequirementResult(BaseModel):
    """One user requirement with the checks and tests that verify it (a traceability row)."""

    model_config = _FROZEN

    id: str
    area: str
    text: str
    status: CheckStatus
    checks: tuple[str, ...]
    tests: tuple[TestEvidence, ...]


class SelftestReport(BaseModel):
    """Everything the evidence report shows; written as ``selftest-report.json``."""

    model_config = _FROZEN

    report_format: Literal["1"] = "1"
    verdict: Verdict
    summary: str
    started_at: datetime
    finished_at: datetime
    duration_seconds: float
    package_version: str
    lexicon_version: str | None
    lexicon_dir: str = Field(description="'package data' or the folder the selftest was pointed at")
    environment: dict[str, Any]
    files: tuple[dict[str, Any], ...] = Field(
        description="every lexicon, rule and validation file with its SHA-256"
    )
    checks: tuple[CheckResult, ...]
    requirements: tuple[RequirementResult, ...]
    metrics: dict[str, Any]
    outputs: dict[str, str] = Field(
        default_factory=dict, description="files written, relative to the output folder"
    )

    def check(self, check_id: str) -> CheckResult:
        for c in self.checks:
            if c.id == check_id:
                return c
        raise KeyError(check_id)

    @property
    def exit_code(self) -> int:
        """0 pass, 1 any failure, 3 no failure but some checks could not run (2 is a usage error)."""
        return {"pass": 0, "fail": 1, "incomplete": 3}[self.verdict]
