"""Scan output: findings with their evidence, and the per-record result.

These models are the scan output contract of ``DESIGN.md``. They are frozen
plain data: every later stage (cases, E2B, report) consumes them, and
``ScanResult.to_json()`` writes exactly one JSON line of ``pvflag scan``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ASSERTIONS",
    "SERIOUSNESS_CRITERIA",
    "SPECIAL_SITUATION_CATEGORIES",
    "AdverseEventFinding",
    "Assertion",
    "DrugFinding",
    "DrugRole",
    "Evidence",
    "Finding",
    "RecordError",
    "ScanResult",
    "Seriousness",
    "SpecialSituationCategory",
    "SpecialSituationFinding",
]

Assertion = Literal[
    "present", "negated", "hypothetical", "historical", "other_person", "indication", "education"
]
ASSERTIONS: tuple[Assertion, ...] = get_args(Assertion)

SpecialSituationCategory = Literal[
    "pregnancy",
    "breastfeeding",
    "overdose",
    "medication_error",
    "off_label",
    "lack_of_efficacy",
    "product_complaint",
    "occupational_exposure",
    "misuse_abuse",
    "drug_interaction",
]
SPECIAL_SITUATION_CATEGORIES: tuple[SpecialSituationCategory, ...] = get_args(SpecialSituationCategory)

Seriousness = Literal[
    "death", "life_threatening", "hospitalization", "disability", "congenital_anomaly",
    "other_medically_important",
]
SERIOUSNESS_CRITERIA: tuple[Seriousness, ...] = get_args(Seriousness)

DrugRole = Literal["suspect", "concomitant", "mentioned"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Evidence(BaseModel):
    """Why a finding was made, so that a reviewer can check it in seconds."""

    model_config = _FROZEN

    rule: str = Field(description="id of the vocabulary entry or pattern rule that matched")
    matched: str = Field(description="the vocabulary surface form or pattern that matched")
    source: str = Field(description="which lexicon or rule file the entry comes from")
    lexicon_version: str
    fuzzy_score: float | None = Field(default=None, description="rapidfuzz score when matched fuzzily")
    context_rule: str | None = Field(default=None, description="id of the context rule that set the assertion")
    context_cue: str | None = Field(default=None, description="text of the cue that set the assertion")
    speaker: str | None = Field(default=None, description="speaker role of the turn the finding is in")


class _FindingBase(BaseModel):
    model_config = _FROZEN

    start: int = Field(ge=0, description="str index (code points) into the original text")
    end: int = Field(ge=0)
    text: str
    evidence: Evidence | None = None


class AdverseEventFinding(_FindingBase):
    kind: Literal["adverse_event"] = "adverse_event"
    term: str = Field(description="normalised event term, close to a MedDRA preferred term")
    assertion: Assertion = "present"
    drug: str | None = Field(default=None, description="suspect drug as written in the text")
    drug_term: str | None = Field(default=None, description="canonical name of the suspect drug")
    seriousness: tuple[Seriousness, ...] = ()
    meddra_llt_code: str | None = None
    meddra_pt_code: str | None = None
    meddra_pt_name: str | None = None


class SpecialSituationFinding(_FindingBase):
    kind: Literal["special_situation"] = "special_situation"
    category: SpecialSituationCategory
    assertion: Assertion = "present"
    drug: str | None = None
    drug_term: str | None = None


class DrugFinding(_FindingBase):
    kind: Literal["drug"] = "drug"
    term: str = Field(description="canonical drug name (generic where known)")
    role: DrugRole = "mentioned"
    brand: str | None = None


Finding = Annotated[
    AdverseEventFinding | SpecialSituationFinding | DrugFinding, Field(discriminator="kind")
]


class RecordError(BaseModel):
    """A record that could not be processed; it still gets its output line."""

    model_config = _FROZEN

    type: str = Field(description="error class, e.g. 'invalid_json', 'missing_text'")
    message: str


class ScanResult(BaseModel):
    """One output record of ``pvflag scan``: record flags, findings, or an error."""

    model_config = _FROZEN

    id: str
    reportable: bool = False
    has_adverse_event: bool = False
    serious: bool = False
    findings: tuple[Finding, ...] = ()
    error: RecordError | None = None
    channel: str | None = None
    lexicon_version: str | None = None
    sensitivity: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    text: str | None = Field(default=None, description="source text, only when asked for")

    @property
    def adverse_events(self) -> tuple[AdverseEventFinding, ...]:
        return tuple(f for f in self.findings if isinstance(f, AdverseEventFinding))

    @property
    def special_situations(self) -> tuple[SpecialSituationFinding, ...]:
        return tuple(f for f in self.findings if isinstance(f, SpecialSituationFinding))

    @property
    def drugs(self) -> tuple[DrugFinding, ...]:
        return tuple(f for f in self.findings if isinstance(f, DrugFinding))

    def to_json(self) -> str:
        """One JSONL line of the scan output contract (no trailing newline)."""
        return self.model_dump_json(exclude_none=True)
