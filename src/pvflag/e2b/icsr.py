"""The ICSR model: what one E2B safety report holds, in pvflag's terms.

Writers (``r3``, ``r2``) read it, the reader (``reader``) produces it, and a small
adapter maps pvflag's ``AECase`` onto it. Keeping E2B's own shape here lets the
round trip ``ICSR -> XML -> ICSR`` be checked for equality, and keeps the case
model free of E2B details. Field descriptions start with the E2B data element.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from pvflag.e2b import _codes as codes

__all__ = [
    "ICSR",
    "Drug",
    "ExportSettings",
    "HL7Date",
    "Patient",
    "PrimarySource",
    "Reaction",
    "Seriousness",
]

_TS = re.compile(r"^\d{4}(\d{2}(\d{2}(\d{2}(\d{2}(\d{2})?)?)?)?)?([+-]\d{4})?$")


def _check_ts(value: str) -> str:
    from pvflag.e2b._xml import parse_hl7_ts

    if not _TS.match(value) or parse_hl7_ts(value) is None:
        raise ValueError(f"expected an HL7 date CCYY[MM[DD[hh[mm[ss]]]]][+ZZZZ] that exists, got {value!r}")
    return value


HL7Date = Annotated[str, AfterValidator(_check_ts)]
"""A date with its precision, in E2B form: ``2024``, ``202403``, ``20240315``, ``20240315093000-0500``."""

Seriousness = Literal[
    "death",
    "life_threatening",
    "hospitalization",
    "disability",
    "congenital_anomaly",
    "other_medically_important",
]
DrugRole = Literal["suspect", "concomitant", "interacting", "not_administered"]
ROLE_CODES: dict[str, str] = {"suspect": "1", "concomitant": "2", "interacting": "3", "not_administered": "4"}
ROLE_BY_CODE = {code: role for role, code in ROLE_CODES.items()}
NullFlavor = Literal["UNK", "MSK", "ASKU", "NASK", "NI", "NA"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PrimarySource(_Frozen):
    """C.2.r: who told us (the first one is the primary source for regulatory purposes, C.2.r.5)."""

    qualification: Literal["1", "2", "3", "4", "5"] | None = Field(
        None, description="C.2.r.4 qualification (1 physician ... 5 consumer)"
    )
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$", description="C.2.r.3 reporter's country")
    title: str | None = Field(None, description="C.2.r.1.1")
    given_name: str | None = Field(None, description="C.2.r.1.2")
    family_name: str | None = Field(None, description="C.2.r.1.4")
    organisation: str | None = Field(None, description="C.2.r.2.1")


class Patient(_Frozen):
    """D: patient characteristics."""

    name: str | None = Field(None, max_length=60, description="D.1 name or initials")
    name_null: NullFlavor = Field("UNK", description="D.1 nullFlavor when the name is not given")
    sex: Literal["1", "2"] | None = Field(None, description="D.5 sex (ISO 5218: 1 male, 2 female)")
    investigation_number: str | None = Field(
        None, max_length=20, description="D.1.1.4 patient investigation number (the program's patient id)"
    )
    birth_date: HL7Date | None = Field(None, description="D.2.1")
    age: float | None = Field(None, ge=0, le=1500, description="D.2.2a age at onset (in age_unit)")
    age_unit: Literal["a", "mo", "wk", "d", "h", "10.a"] = Field("a", description="D.2.2b")
    age_group: Literal["0", "1", "2", "3", "4", "5", "6"] | None = Field(
        None, description="D.2.3 age group (0 foetus ... 5 adult, 6 elderly)"
    )
    weight_kg: float | None = Field(None, gt=0, le=700, description="D.3 body weight (kg)")
    medical_history: str | None = Field(None, description="D.7.2 relevant medical history (text)")


class Reaction(_Frozen):
    """E.i: one reaction / event."""

    id: str = Field(description="internal id that G.k.9.i references point to (E.i XML id)")
    verbatim: str | None = Field(
        None, min_length=1, max_length=250, description="E.i.1.1a reaction as reported"
    )
    translation: str | None = Field(None, max_length=250, description="E.i.1.2 reaction for translation")
    language: str | None = Field(None, pattern=r"^[a-z]{3}$", description="E.i.1.1b ISO 639-2 language")
    meddra_code: str | None = Field(None, pattern=r"^\d{8}$", description="E.i.2.1b MedDRA LLT code")
    meddra_version: str | None = Field(None, pattern=r"^\d{1,2}\.\d$", description="E.i.2.1a MedDRA version")
    seriousness: frozenset[Seriousness] = Field(frozenset(), description="E.i.3.2a-f criteria that apply")
    highlighted: Literal["1", "2", "3", "4"] | None = Field(None, description="E.i.3.1 term highlighted")
    start: HL7Date | None = Field(None, description="E.i.4 start date")
    end: HL7Date | None = Field(None, description="E.i.5 end date")
    outcome: Literal["0", "1", "2", "3", "4", "5"] = Field("0", description="E.i.7 outcome (0 = unknown)")
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$", description="E.i.9 country where it occurred")

    @property
    def serious(self) -> bool:
        return bool(self.seriousness)


class Drug(_Frozen):
    """G.k: one drug with its role in the case."""

    id: str = Field(description="internal id that G.k.1 and G.k.9.i references point to")
    role: DrugRole | None = Field(
        description="G.k.1 characterisation of drug role (None: a regional role only)"
    )
    name: str = Field(min_length=1, max_length=250, description="G.k.2.2 product name as reported")
    substances: tuple[str, ...] = Field((), description="G.k.2.3.r.1 substance names")
    dosage_text: str | None = Field(None, max_length=2000, description="G.k.4.r.8 dosage text")
    route_text: str | None = Field(None, max_length=60, description="G.k.4.r.10.1 route (free text)")
    lot_number: str | None = Field(None, max_length=35, description="G.k.4.r.7 batch / lot number")
    indication: str | None = Field(None, max_length=250, description="G.k.7.r.1 indication as reported")
    action_taken: Literal["0", "1", "2", "3", "4", "9"] | None = Field(None, description="G.k.8 action taken")
    additional_info: tuple[Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"], ...] = Field(
        (), description="G.k.10.r additional information (coded): overdose, medication error, misuse..."
    )
    additional_text: str | None = Field(None, max_length=2000, description="G.k.11 additional information")
    gestation_weeks: int | None = Field(None, ge=0, le=45, description="G.k.6 gestation at exposure (weeks)")
    reaction_ids: tuple[str, ...] = Field((), description="G.k.9.i.1 reactions linked to this drug")


class ICSR(_Frozen):
    """One individual case safety report (one ``PORR_IN049016UV`` message)."""

    case_id: str = Field(min_length=1, max_length=100, description="C.1.1 sender's safety report unique id")
    worldwide_id: str = Field(min_length=1, max_length=100, description="C.1.8.1 worldwide unique case id")
    version: int = Field(
        1, ge=1, description="follow-up number; C.1.1 / C.1.8.1 stay the same across versions"
    )
    report_type: Literal["1", "2", "3", "4"] = Field(
        codes.PSP_REPORT_TYPE, description="C.1.3 type of report"
    )
    first_received: HL7Date = Field(description="C.1.4 date first received from source (Day 0)")
    most_recent: HL7Date = Field(description="C.1.5 date of most recent information")
    expedited: bool | None = Field(None, description="C.1.7 fulfils local criteria for expedited report")
    nullification: Literal["1", "2"] | None = Field(None, description="C.1.11.1 nullification / amendment")
    nullification_reason: str | None = Field(None, max_length=2000, description="C.1.11.2")
    first_sender: Literal["1", "2"] = Field("2", description="C.1.8.2 first sender (1 regulator, 2 other)")
    study_type: Literal["1", "2", "3"] | None = Field(
        codes.PSP_STUDY_TYPE, description="C.5.4 study type (3 = other studies: a PSP)"
    )
    study_name: str | None = Field(None, max_length=2000, description="C.5.2 study / program name")
    sponsor_study_number: str | None = Field(None, max_length=50, description="C.5.3 program number")
    primary_sources: tuple[PrimarySource, ...] = Field(min_length=1, description="C.2.r")
    patient: Patient = Field(Patient(), description="D")
    reactions: tuple[Reaction, ...] = Field(min_length=1, description="E.i")
    drugs: tuple[Drug, ...] = Field(min_length=1, description="G.k")
    narrative: str = Field(min_length=1, max_length=100000, description="H.1 case narrative")
    reporter_comments: str | None = Field(None, max_length=20000, description="H.2")
    sender_comments: str | None = Field(None, max_length=20000, description="H.4")

    @property
    def serious(self) -> bool:
        return any(r.serious for r in self.reactions)

    @model_validator(mode="after")
    def _references_resolve(self) -> ICSR:
        """Ids are unique and every G.k.9.i link points at a reaction of this report."""
        reaction_ids = [r.id for r in self.reactions]
        drug_ids = [d.id for d in self.drugs]
        for kind, ids in (("reaction", reaction_ids), ("drug", drug_ids)):
            if len(set(ids)) != len(ids):
                raise ValueError(f"{kind} ids must be unique within a report, got {ids}")
        for drug in self.drugs:
            unknown = set(drug.reaction_ids) - set(reaction_ids)
            if unknown:
                raise ValueError(f"drug {drug.name!r} links to unknown reaction ids {sorted(unknown)}")
        return self


class ExportSettings(_Frozen):
    """Sender, receiver and batch settings for one export (CLI options or a program file's ``[e2b]``)."""

    batch_sender_id: str = Field(min_length=1, max_length=60, description="N.1.3 batch sender identifier")
    batch_receiver_id: str = Field(min_length=1, max_length=60, description="N.1.4 batch receiver identifier")
    message_sender_id: str | None = Field(None, max_length=60, description="N.2.r.2 (default: N.1.3)")
    message_receiver_id: str | None = Field(
        None, max_length=60, description="N.2.r.3 (default: N.1.4, or CDER when N.1.4 is ZZFDA)"
    )
    sender_type: Literal["1", "2", "3", "4", "5", "6", "7"] = Field("1", description="C.3.1 sender type")
    sender_organization: str = Field(min_length=1, max_length=100, description="C.3.2 sender's organisation")
    sender_country: str | None = Field(None, pattern=r"^[A-Z]{2}$", description="C.3.4.5 sender's country")
    batch_id: str | None = Field(None, max_length=100, description="N.1.2 batch number (default: derived)")
    profile: Literal["ich", "fda"] = Field("ich", description="fda adds FDA.C.1.7.1 and FDA.C.1.12")
    combination_product: bool = Field(False, description="FDA.C.1.12 combination product report indicator")
    meddra_version: str | None = Field(
        None, pattern=r"^\d{1,2}\.\d$", description="E.i.2.1a for coded events (the loaded MedDRA's version)"
    )
    verbatim_language: str | None = Field(
        "eng", pattern=r"^[a-z]{3}$", description="E.i.1.1b ISO 639-2 language of the hub's verbatim terms"
    )

    @property
    def message_sender(self) -> str:
        return self.message_sender_id or self.batch_sender_id

    @property
    def message_receiver(self) -> str:
        if self.message_receiver_id:
            return self.message_receiver_id
        if self.batch_receiver_id == codes.FDA_POSTMARKET_RECEIVER:
            return "CDER"  # FDA rule R0006: postmarket ICSRs to ZZFDA are addressed to CDER
        return self.batch_receiver_id
