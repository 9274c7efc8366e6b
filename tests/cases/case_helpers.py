"""Small builders for case-layer tests: scan results written by hand, never by the scanner."""

from __future__ import annotations

from typing import Any

from pvflag.findings import AdverseEventFinding, DrugFinding, ScanResult, SpecialSituationFinding
from pvflag.program import ProgramConfig, program_from_dict

NOTE = "Patient says she had a bad headache after the Dupixent shot."
#       0         1         2         3         4         5
#       0123456789012345678901234567890123456789012345678901234567
HEADACHE = (27, 35)  # "headache"
DUPIXENT = (46, 54)  # "Dupixent"

assert NOTE[HEADACHE[0] : HEADACHE[1]] == "headache"
assert NOTE[DUPIXENT[0] : DUPIXENT[1]] == "Dupixent"

PATIENT = {"patient_id": "P-001", "patient_initials": "AB", "reporter_type": "patient"}


def program(**overrides: Any) -> ProgramConfig:
    """A program with one product whose label lists injection site reaction and conjunctivitis."""
    data: dict[str, Any] = {
        "name": "DupiCare",
        "products": [
            {
                "brand": "Dupixent",
                "generic": "dupilumab",
                "variants": ["dupixant", "dupe a cent"],
                "indications": ["atopic dermatitis"],
                "labelled_events": ["injection site reaction", "conjunctivitis"],
                "route": "sc",
            }
        ],
    }
    data.update(overrides)
    return program_from_dict(data, source="<test>")


def event(
    term: str = "headache",
    *,
    seriousness: tuple[str, ...] = (),
    assertion: str = "present",
    text: str | None = None,
    start: int = HEADACHE[0],
    drug: str | None = "Dupixent",
) -> AdverseEventFinding:
    text = text if text is not None else NOTE[start : start + len(term)] if term == "headache" else term
    return AdverseEventFinding(
        start=start,
        end=start + len(text),
        text=text,
        term=term,
        assertion=assertion,  # type: ignore[arg-type]
        drug=drug,
        drug_term="dupilumab" if drug else None,
        seriousness=seriousness,  # type: ignore[arg-type]
    )


def situation(
    category: str, *, assertion: str = "present", text: str = "pregnant", start: int = 0
) -> SpecialSituationFinding:
    return SpecialSituationFinding(
        start=start,
        end=start + len(text),
        text=text,
        category=category,  # type: ignore[arg-type]
        assertion=assertion,
    )  # type: ignore[arg-type]


def drug(role: str = "suspect") -> DrugFinding:
    return DrugFinding(
        start=DUPIXENT[0],
        end=DUPIXENT[1],
        text="Dupixent",
        term="dupilumab",
        role=role,  # type: ignore[arg-type]
        brand="Dupixent",
    )


def result(
    record_id: str, received_at: str | None, *findings: Any, text: str | None = NOTE, **metadata: Any
) -> ScanResult:
    meta = {**PATIENT, **metadata}
    if received_at is not None:
        meta["received_at"] = received_at
    meta = {k: v for k, v in meta.items() if v is not None}
    return ScanResult(id=record_id, findings=tuple(findings), text=text, metadata=meta)
