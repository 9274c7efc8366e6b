"""AE case models: what a hub forwards to the manufacturer, with its clocks.

An ``AECase`` gathers the findings of one or more interactions about one
patient and suspect product: patient, reporter, drugs, events, special
situations, validity against the four ICSR minimum criteria, a drafted
narrative, links back to the source spans, and every deadline that runs from
Day 0. The E2B serializer and the report build on these models, so field names
are stable (fields are added, never renamed). Each field that maps onto an ICH
E2B(R3) data element names it in ``json_schema_extra={"e2b": ...}``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from pvflag.findings import Assertion, Seriousness, SpecialSituationCategory

__all__ = [
    "CASE_SCHEMA_VERSION",
    "REPORTER_QUALIFICATION_E2B_CODES",
    "REPORT_TYPE_E2B_CODES",
    "AECase",
    "CaseBatch",
    "CaseDrug",
    "CaseError",
    "CaseEvent",
    "CaseSpecialSituation",
    "CaseVersion",
    "Clock",
    "ClockStatus",
    "Deadline",
    "Disposition",
    "DispositionReason",
    "DrugCharacterization",
    "EventOutcome",
    "MissingCriterion",
    "Patient",
    "PregnancyStatus",
    "ReportType",
    "Reporter",
    "ReporterQualification",
    "ReporterType",
    "Sex",
    "SourceLink",
    "StudyType",
    "Validity",
]

CASE_SCHEMA_VERSION: Literal["1"] = "1"

_FROZEN = ConfigDict(frozen=True, extra="forbid")

ReporterType = Literal["patient", "caregiver", "hcp", "pharmacist", "unknown"]
# E2B(R3) C.2.r.4 qualification; "consumer" covers patients, caregivers and unknown callers
ReporterQualification = Literal["physician", "pharmacist", "other_health_professional", "lawyer", "consumer"]
REPORTER_QUALIFICATION_E2B_CODES: dict[str, str] = {
    "physician": "1",
    "pharmacist": "2",
    "other_health_professional": "3",
    "lawyer": "4",
    "consumer": "5",
}
# E2B(R3) C.1.3: PSP reports are solicited, i.e. "report from study" (2), never spontaneous
ReportType = Literal["spontaneous", "report_from_study", "other", "not_available_to_sender"]
REPORT_TYPE_E2B_CODES: dict[str, str] = {
    "spontaneous": "1",
    "report_from_study": "2",
    "other": "3",
    "not_available_to_sender": "4",
}
# E2B(R3) C.5.4: 1 clinical trials, 2 individual patient use, 3 other studies (PSPs)
StudyType = Literal["clinical_trial", "individual_patient_use", "other_study"]
Sex = Literal["male", "female", "unknown"]
PregnancyStatus = Literal["pregnant", "not_pregnant", "unknown"]
DrugCharacterization = Literal["suspect", "concomitant", "interacting"]
EventOutcome = Literal[
    "recovered", "recovering", "not_recovered", "recovered_with_sequelae", "fatal", "unknown"
]
ClockStatus = Literal["open", "due_within_24h", "overdue", "information"]
MissingCriterion = Literal["patient", "reporter", "suspect_product", "event_or_special_situation"]
DispositionReason = Literal[
    "in_case",
    "negated",
    "hypothetical",
    "historical",
    "other_person",
    "indication",
    "education",
    "below_sensitivity",
    "duplicate",
    "no_reportable_finding",
    "record_error",
]


class SourceLink(BaseModel):
    """Where a piece of the case comes from: a record and a span of its original text."""

    model_config = _FROZEN

    record_id: str = Field(description="id of the input record (interaction)")
    start: int | None = Field(default=None, ge=0, description="str index into the record text")
    end: int | None = Field(default=None, ge=0)
    text: str | None = Field(default=None, description="text[start:end] of the source record")
    kind: Literal["adverse_event", "special_situation", "drug", "metadata"] = "metadata"
    received_at: AwareDatetime | None = None


class Patient(BaseModel):
    """The patient, as far as the interactions identify them (E2B D)."""

    model_config = _FROZEN

    initials: str | None = Field(
        default=None, description="patient initials", json_schema_extra={"e2b": "D.1"}
    )
    patient_id: str | None = Field(
        default=None,
        description="program / hub patient identifier",
        json_schema_extra={"e2b": "D.1.1.4"},
    )
    age_years: float | None = Field(
        default=None, ge=0, description="age at onset, years", json_schema_extra={"e2b": "D.2.2a"}
    )
    age_group: str | None = Field(default=None, json_schema_extra={"e2b": "D.2.3"})
    birth_date: str | None = Field(default=None, json_schema_extra={"e2b": "D.2.1"})
    sex: Sex = Field(default="unknown", json_schema_extra={"e2b": "D.5"})
    pregnancy_status: PregnancyStatus = Field(
        default="unknown",
        description=(
            "'pregnant' only where stated (pregnancy special situation present); E2B has no patient "
            "field for it: it is sent as a reaction such as MedDRA 'Exposure during pregnancy'"
        ),
    )
    breastfeeding: bool | None = None

    @property
    def identifiable(self) -> bool:
        """GVP VI: initials, id, age, age group, birth date or sex make a patient identifiable."""
        return bool(
            self.initials
            or self.patient_id
            or self.age_years is not None
            or self.age_group
            or self.birth_date
            or self.sex != "unknown"
        )


class Reporter(BaseModel):
    """Primary source of the information (E2B C.2.r)."""

    model_config = _FROZEN

    type: ReporterType = Field(default="unknown", description="who called the hub")
    qualification: ReporterQualification = Field(default="consumer", json_schema_extra={"e2b": "C.2.r.4"})
    health_professional: bool = Field(
        default=False, description="qualification is a health professional (not consumer)"
    )
    name: str | None = Field(default=None, json_schema_extra={"e2b": "C.2.r.1"})
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2", json_schema_extra={"e2b": "C.2.r.3"}
    )

    @property
    def identifiable(self) -> bool:
        return bool(self.name) or self.type != "unknown"


class CaseDrug(BaseModel):
    """A drug of the case, suspect, concomitant or interacting (E2B G.k)."""

    model_config = _FROZEN

    name: str = Field(
        description="product name as reported by the primary source",
        json_schema_extra={"e2b": "G.k.2.2"},
    )
    generic: str | None = Field(
        default=None, description="canonical substance name", json_schema_extra={"e2b": "G.k.2.3.r.1"}
    )
    brand: str | None = None
    characterization: DrugCharacterization = Field(default="suspect", json_schema_extra={"e2b": "G.k.1"})
    route: str | None = Field(default=None, json_schema_extra={"e2b": "G.k.4.r.10.1"})
    program_product: bool = Field(default=False, description="the drug is one of the program's products")
    sources: tuple[SourceLink, ...] = ()

    @property
    def key(self) -> str:
        """Lower-case canonical name used to match drugs across interactions."""
        return (self.generic or self.name).strip().lower()


class CaseEvent(BaseModel):
    """One adverse event / reaction of the case (E2B E.i)."""

    model_config = _FROZEN

    verbatim: str = Field(description="the words of the source text", json_schema_extra={"e2b": "E.i.1.1a"})
    term: str = Field(description="normalised event term (close to a MedDRA PT)")
    meddra_llt_code: str | None = Field(default=None, json_schema_extra={"e2b": "E.i.2.1b"})
    meddra_pt_code: str | None = None
    meddra_pt_name: str | None = None
    onset: str | None = Field(
        default=None,
        description="onset as stated in the source text (not a computed date)",
        json_schema_extra={"e2b": "E.i.4"},
    )
    outcome: EventOutcome = Field(default="unknown", json_schema_extra={"e2b": "E.i.7"})
    seriousness: tuple[Seriousness, ...] = Field(default=(), json_schema_extra={"e2b": "E.i.3.2a-f"})
    expected: bool | None = Field(
        default=None,
        description="listed in the program's labelled events for the suspect; None = unknown",
    )
    drug: str | None = Field(default=None, description="canonical name of the suspect drug")
    causality: Literal["not_assessed"] = Field(
        default="not_assessed",
        description="solicited PSP report: causality is never assumed by pvflag",
        json_schema_extra={"e2b": "G.k.9.i.2.r"},
    )
    first_version: int = Field(default=1, ge=1, description="case version that first reported it")
    sources: tuple[SourceLink, ...] = ()

    @property
    def serious(self) -> bool:
        return bool(self.seriousness)


class CaseSpecialSituation(BaseModel):
    """A special situation (pregnancy, overdose, medication error, ...) of the case."""

    model_config = _FROZEN

    category: SpecialSituationCategory
    verbatim: str
    drug: str | None = None
    first_version: int = Field(default=1, ge=1)
    sources: tuple[SourceLink, ...] = ()


class Clock(BaseModel):
    """One deadline running from Day 0 (or from significant follow-up information).

    ``due`` is tz-aware and written as ISO 8601 with its offset; it is ``None``
    only for information-only rules (status ``information``), such as the US
    periodic reporting schedule.
    """

    model_config = _FROZEN

    rule_id: str = Field(description="id of the row of the deadline rule table")
    clock: str = Field(description="what must happen, e.g. 'hub_to_manufacturer', 'expedited_report'")
    reference: str = Field(description="regulation or contract the rule comes from")
    start: AwareDatetime = Field(description="when the clock started (Day 0 or follow-up receipt)")
    amount: int = Field(ge=0)
    unit: Literal["calendar_days", "business_days", "hours"]
    calendar: str | None = Field(
        default=None, description="holiday calendar used for business days, e.g. 'US', 'DE-BY'"
    )
    due: AwareDatetime | None = None
    status: ClockStatus
    note: str | None = None
    started_by_version: int = Field(default=1, ge=1)


Deadline = Clock


class Validity(BaseModel):
    """The four ICSR minimum criteria, what is missing, and what to ask next."""

    model_config = _FROZEN

    valid: bool
    identifiable_patient: bool
    identifiable_reporter: bool
    suspect_product: bool
    event_or_special_situation: bool
    missing: tuple[MissingCriterion, ...] = ()
    follow_up_questions: tuple[str, ...] = ()
    missing_metadata: tuple[str, ...] = Field(
        default=(), description="optional record keys that were absent (e.g. 'country', 'patient_id')"
    )


class CaseVersion(BaseModel):
    """One version of the case: the interaction that created or updated it."""

    model_config = _FROZEN

    version: int = Field(ge=1)
    record_id: str
    received_at: AwareDatetime
    new_information: tuple[str, ...] = ()
    significant: bool = Field(
        default=False, description="new serious information that restarts the regulatory clocks"
    )
    transfer_due: AwareDatetime | None = Field(
        default=None,
        description="when this version had to reach the manufacturer (the hub transfer rule); "
        "the case's clocks show only the latest version's",
    )


class AECase(BaseModel):
    """One AE case as the hub forwards it: a draft ICSR with its clocks."""

    model_config = _FROZEN

    schema_version: Literal["1"] = CASE_SCHEMA_VERSION
    case_id: str = Field(
        description="stable id: hash of program, patient key, first record, primary suspect",
        json_schema_extra={"e2b": "C.1.1"},
    )
    version: int = Field(default=1, ge=1, description="1 + number of follow-ups merged")
    program: str | None = None
    country: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-2 country where the event occurred / report came from",
        json_schema_extra={"e2b": "E.i.9"},
    )
    report_type: ReportType = Field(default="report_from_study", json_schema_extra={"e2b": "C.1.3"})
    study_type: StudyType = Field(default="other_study", json_schema_extra={"e2b": "C.5.4"})
    solicited: bool = Field(default=True, description="PSP reports are solicited")
    first_received_at: AwareDatetime = Field(
        description="hub's first awareness of the case", json_schema_extra={"e2b": "C.1.4"}
    )
    latest_received_at: AwareDatetime = Field(json_schema_extra={"e2b": "C.1.5"})
    day0: AwareDatetime | None = Field(
        default=None,
        description="receipt of the interaction that first made the case valid and reportable",
    )
    serious: bool = False
    expedited: bool = Field(
        default=False,
        description="a 15-day or shorter regulatory clock applies",
        json_schema_extra={"e2b": "C.1.7"},
    )
    patient: Patient = Field(default_factory=Patient)
    reporter: Reporter = Field(default_factory=Reporter)
    drugs: tuple[CaseDrug, ...] = ()
    events: tuple[CaseEvent, ...] = ()
    special_situations: tuple[CaseSpecialSituation, ...] = ()
    narrative: str = Field(default="", json_schema_extra={"e2b": "H.1"})
    validity: Validity
    clocks: tuple[Clock, ...] = ()
    versions: tuple[CaseVersion, ...] = ()
    sources: tuple[SourceLink, ...] = Field(default=(), description="one link per source record")

    @property
    def suspects(self) -> tuple[CaseDrug, ...]:
        return tuple(d for d in self.drugs if d.characterization in ("suspect", "interacting"))

    @property
    def concomitants(self) -> tuple[CaseDrug, ...]:
        return tuple(d for d in self.drugs if d.characterization == "concomitant")

    def to_json(self) -> str:
        """One JSONL line (no trailing newline); byte-identical for identical inputs."""
        return self.model_dump_json()


class Disposition(BaseModel):
    """Where one finding (or one record without findings) ended up: a PSP audit row."""

    model_config = _FROZEN

    record_id: str
    finding_index: int | None = Field(
        default=None, description="index into the record's findings; None for a record-level row"
    )
    kind: Literal["adverse_event", "special_situation", "drug", "record"] = "record"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    term: str | None = Field(default=None, description="event term, situation category or drug name")
    assertion: Assertion | None = None
    forwarded: bool
    reason: DispositionReason
    case_id: str | None = None
    case_version: int | None = None
    detail: str | None = None


class CaseError(BaseModel):
    """A record that could not become part of a case (e.g. naive or missing received_at)."""

    model_config = _FROZEN

    record_id: str
    type: str
    message: str


class CaseBatch(BaseModel):
    """Result of ``build_cases``: the cases (latest versions), the disposition log, errors."""

    model_config = _FROZEN

    cases: tuple[AECase, ...] = ()
    dispositions: tuple[Disposition, ...] = ()
    errors: tuple[CaseError, ...] = ()
    generated_at: datetime | None = None
