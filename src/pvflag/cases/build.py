"""Build AE cases from scan results: group, merge follow-ups, check validity, run clocks.

Records are taken in receipt order. A record with a present adverse event or
special situation opens a case, or becomes a follow-up of an open case for the
same patient and suspect product received within the program's follow-up
window. Every finding of every record gets one disposition row: in a case
(id and version) or not forwarded, with the reason.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

from pvflag.cases.deadlines import (
    BusinessCalendar,
    CaseFacts,
    DeadlineRule,
    compute_clocks,
    due_time,
    load_rules,
)
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
    DispositionReason,
    DrugCharacterization,
    EventOutcome,
    MissingCriterion,
    Patient,
    Reporter,
    ReporterQualification,
    ReporterType,
    Sex,
    SourceLink,
    StudyType,
    Validity,
)
from pvflag.errors import ConfigError
from pvflag.findings import AdverseEventFinding, DrugFinding, ScanResult, SpecialSituationFinding
from pvflag.interactions import Interaction
from pvflag.program import ProgramConfig

__all__ = [
    "CASE_METADATA_KEYS",
    "FOLLOW_UP_QUESTIONS",
    "build_cases",
    "effective_rules",
    "parse_received_at",
    "scan_interactions",
]

# record keys the case layer reads (all optional except received_at)
CASE_METADATA_KEYS = (
    "received_at",
    "patient_id",
    "patient_initials",
    "patient_age",
    "patient_age_group",
    "patient_birth_date",
    "patient_sex",
    "reporter_type",
    "reporter_name",
    "reporter_qualification",
    "program",
    "country",
    "product",
    "program_drug",
    "drug",
)
_REPORTED_METADATA_KEYS = (
    "patient_id",
    "patient_initials",
    "reporter_type",
    "reporter_name",
    "program",
    "country",
)

FOLLOW_UP_QUESTIONS: dict[MissingCriterion, str] = {
    "patient": "Can you tell me the patient's initials, age (or date of birth) and sex?",
    "reporter": (
        "Who is reporting this: the patient, a caregiver, a doctor or nurse, or a pharmacist? "
        "May we have your name and how to reach you?"
    ),
    "suspect_product": "Which of our products was the patient taking when this happened (name and strength)?",
    "event_or_special_situation": "What happened to the patient after taking the product?",
}

_REPORTER_ALIASES: dict[str, ReporterType] = {
    "patient": "patient",
    "consumer": "patient",
    "self": "patient",
    "caregiver": "caregiver",
    "carer": "caregiver",
    "parent": "caregiver",
    "family": "caregiver",
    "hcp": "hcp",
    "physician": "hcp",
    "doctor": "hcp",
    "nurse": "hcp",
    "health_professional": "hcp",
    "pharmacist": "pharmacist",
    "unknown": "unknown",
}
_QUALIFICATIONS: dict[str, ReporterQualification] = {
    "physician": "physician",
    "doctor": "physician",
    "pharmacist": "pharmacist",
    "other_health_professional": "other_health_professional",
    "nurse": "other_health_professional",
    "lawyer": "lawyer",
    "consumer": "consumer",
}
_SEX: dict[str, Sex] = {"m": "male", "male": "male", "f": "female", "female": "female"}

_OUTCOME_CUES: tuple[tuple[re.Pattern[str], EventOutcome], ...] = (
    (
        re.compile(r"\b(with (lasting|permanent) (damage|effects)|sequelae)\b", re.I),
        "recovered_with_sequelae",
    ),
    (re.compile(r"\b(getting better|improving|improved|recovering|better now)\b", re.I), "recovering"),
    (re.compile(r"\b(resolved|went away|gone now|recovered|cleared up|back to normal)\b", re.I), "recovered"),
    (
        re.compile(r"\b(still (has|have|having|got)|ongoing|not (gone|better)|persist\w*)\b", re.I),
        "not_recovered",
    ),
)
_ONSET = re.compile(
    r"\b(since (yesterday|last \w+|\w+day|\d{1,2}/\d{1,2}(/\d{2,4})?|the \w+ (dose|injection|shot|infusion))"
    r"|(\d+|a|one|two|three|four|five|six|seven|few|couple of) (hours?|days?|weeks?|months?) ago"
    r"|yesterday|last (night|week|month)|this morning"
    r"|after the (first|second|last|\w+) (dose|injection|shot|infusion))\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


class _RecordProblem(Exception):
    def __init__(self, type: str, message: str):
        super().__init__(message)
        self.type = type


def parse_received_at(value: Any, *, record_id: str, tz: tzinfo | None) -> datetime:
    """``received_at`` as an aware datetime; a naive time needs ``tz`` (``--tz``)."""
    if value is None or value == "":
        raise _RecordProblem(
            "missing_received_at",
            f"record {record_id!r}: received_at is required "
            f"(ISO 8601 with offset, e.g. 2026-03-06T17:45:00-05:00)",
        )
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise _RecordProblem(
                "invalid_received_at",
                f"record {record_id!r}: received_at {value!r} is not ISO 8601 "
                f"(expected e.g. 2026-03-06T17:45:00-05:00)",
            ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        if tz is None:
            raise _RecordProblem(
                "naive_received_at",
                f"record {record_id!r}: received_at {value!s} has no UTC offset; "
                f"give it one (e.g. -05:00 or Z) or pass a time zone (--tz America/New_York)",
            )
        moment = moment.replace(tzinfo=tz)
    return moment


def _zone(value: str | tzinfo | None, *, what: str) -> tzinfo | None:
    if value is None or isinstance(value, tzinfo):
        return value
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"{what} {value!r} is not an IANA time zone; expected e.g. America/New_York, Europe/Paris, UTC"
        ) from exc


def effective_rules(program: ProgramConfig | None) -> tuple[DeadlineRule, ...]:
    """The packaged rule table with the program's transfer rule and overrides applied."""
    rules = list(load_rules())
    if program is None:
        return tuple(rules)
    valid_ids = [rule.id for rule in rules]
    for rule_id in program.rule_overrides:
        if rule_id not in valid_ids:
            raise ConfigError(
                f"program {program.name!r}: rule_overrides names unknown rule {rule_id!r}; "
                f"valid: {', '.join(valid_ids)}"
            )
    out = []
    for rule in rules:
        if rule.id == "hub.transfer":
            transfer = program.transfer
            reference = f"program {program.name!r} [transfer]" + (
                f": {transfer.reference}" if transfer.reference else ""
            )
            rule = rule.model_copy(
                update={"amount": transfer.amount, "unit": transfer.unit, "reference": reference}
            )
        override = program.rule_overrides.get(rule.id)
        if override is not None:
            update: dict[str, Any] = {"enabled": override.enabled}
            if override.amount is not None:
                update["amount"] = override.amount
            if override.unit is not None:
                update["unit"] = override.unit
            update["reference"] = override.reference or (
                f"{rule.reference} (overridden by program {program.name!r})"
            )
            rule = rule.model_copy(update=update)
        out.append(rule)
    return tuple(out)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _sentence(text: str | None, start: int, end: int) -> str | None:
    """The sentence of ``text`` around ``[start, end)``, at most ~300 characters."""
    if not text or end > len(text):
        return None
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    left = max(left, start - 150)
    right = min(right, end + 150)
    return " ".join(text[left:right].split()) or None


def _onset_outcome(sentence: str | None, seriousness: Sequence[str]) -> tuple[str | None, EventOutcome]:
    outcome: EventOutcome = "fatal" if "death" in seriousness else "unknown"
    onset = None
    if sentence:
        if outcome == "unknown":
            for pattern, value in _OUTCOME_CUES:
                if pattern.search(sentence):
                    outcome = value
                    break
        match = _ONSET.search(sentence)
        if match:
            onset = match.group(0)
    return onset, outcome


@dataclass
class _Record:
    index: int
    result: ScanResult
    received_at: datetime
    meta: Mapping[str, Any]


@dataclass
class _Draft:
    """Mutable working state of one case while records are merged into it."""

    case_id: str
    program: str | None
    patient_key: str | None
    country: str | None
    zone: tzinfo
    first_received_at: datetime
    latest_received_at: datetime
    patient: Patient
    reporter: Reporter
    metadata_problems: list[str] = field(default_factory=list)  # unusable record keys, in order
    drugs: dict[str, CaseDrug] = field(default_factory=dict)
    events: dict[str, CaseEvent] = field(default_factory=dict)
    situations: dict[str, CaseSpecialSituation] = field(default_factory=dict)
    versions: list[CaseVersion] = field(default_factory=list)
    sources: list[SourceLink] = field(default_factory=list)
    seen_metadata: set[str] = field(default_factory=set)
    quotes: list[tuple[int, str, str]] = field(default_factory=list)  # (version, record id, sentence)
    day0: datetime | None = None
    awareness: datetime | None = None
    awareness_version: int = 1
    receipt_version: int = 1

    @property
    def version(self) -> int:
        return len(self.versions)

    def suspect_keys(self) -> set[str]:
        return {d.key for d in self.drugs.values() if d.characterization != "concomitant"}


def _case_id(program: str | None, patient_key: str | None, record_id: str, suspect: str | None) -> str:
    raw = "\x1f".join((program or "", patient_key or "", record_id, suspect or ""))
    return "PVF-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


class _Builder:
    def __init__(
        self, program: ProgramConfig | None, now: datetime, tz: tzinfo | None, rules: Sequence[DeadlineRule]
    ):
        self.program = program
        self.now = now
        self.tz = tz
        self.rules = rules
        self.zone = _zone(program.timezone, what="program timezone") if program and program.timezone else tz
        self.window = timedelta(days=program.followup_window_days if program else _default_window())
        self.drafts: list[_Draft] = []
        self.case_ids: set[str] = set()
        self.by_patient: dict[tuple[str | None, str], list[_Draft]] = {}
        self.dispositions: dict[int, list[Disposition]] = {}

    # ---- per-record pieces -------------------------------------------------
    def _patient(self, meta: Mapping[str, Any], draft_problems: list[str]) -> Patient:
        age = meta.get("patient_age")
        age_years = None
        if age is not None and str(age).strip():
            try:
                age_years = float(age)
            except (TypeError, ValueError):
                draft_problems.append(f"patient_age (not a number: {age!r})")
        sex_raw = (_text(meta.get("patient_sex")) or "").lower()
        sex: Sex = _SEX.get(sex_raw, "unknown")
        if sex_raw and sex_raw not in _SEX and sex_raw != "unknown":
            draft_problems.append(f"patient_sex (not one of male, female, unknown: {sex_raw!r})")
        return Patient(
            initials=_text(meta.get("patient_initials")),
            patient_id=_text(meta.get("patient_id")),
            age_years=age_years if age_years is not None and age_years >= 0 else None,
            age_group=_text(meta.get("patient_age_group")),
            birth_date=_text(meta.get("patient_birth_date")),
            sex=sex,
        )

    def _reporter(self, meta: Mapping[str, Any], country: str | None, problems: list[str]) -> Reporter:
        raw = (_text(meta.get("reporter_type")) or "unknown").lower()
        reporter_type = _REPORTER_ALIASES.get(raw)
        if reporter_type is None:
            problems.append(
                f"reporter_type (unrecognised {raw!r}; valid: patient, caregiver, hcp, pharmacist, unknown)"
            )
            reporter_type = "unknown"
        qualification_raw = (_text(meta.get("reporter_qualification")) or "").lower()
        qualification: ReporterQualification
        if qualification_raw in _QUALIFICATIONS:
            qualification = _QUALIFICATIONS[qualification_raw]
        elif reporter_type == "pharmacist":
            qualification = "pharmacist"
        elif reporter_type == "hcp":
            qualification = "physician" if raw in ("physician", "doctor") else "other_health_professional"
        else:
            qualification = "consumer"
        return Reporter(
            type=reporter_type,
            qualification=qualification,
            health_professional=qualification in ("physician", "pharmacist", "other_health_professional"),
            name=_text(meta.get("reporter_name")),
            country=country,
        )

    def _drug(
        self,
        name: str,
        generic: str | None,
        brand: str | None,
        characterization: DrugCharacterization,
        link: SourceLink | None,
    ) -> CaseDrug:
        product = None
        if self.program is not None:
            product = (
                self.program.product_for(generic)
                or self.program.product_for(brand)
                or self.program.product_for(name)
            )
        return CaseDrug(
            name=name,
            generic=product.generic if product else (generic or None),
            brand=product.brand if product else brand,
            characterization=characterization,
            route=product.route if product else None,
            program_product=product is not None,
            sources=(link,) if link else (),
        )

    def _expected(self, term: str, drug_key: str | None) -> bool | None:
        if not self.program or not drug_key:
            return None
        product = self.program.product_for(drug_key)
        if product is None:
            return None
        return term.strip().lower() in product.labelled_events

    # ---- main ---------------------------------------------------------------
    def add(self, record: _Record) -> None:
        result = record.result
        meta = record.meta
        text = result.text
        rows: list[Disposition] = []
        reportable_idx: list[int] = []
        for i, finding in enumerate(result.findings):
            if isinstance(finding, DrugFinding):
                continue
            reason: DispositionReason | None = None
            if finding.assertion != "present":
                reason = finding.assertion
            elif (
                self.program is not None
                and self.program.min_fuzzy_score is not None
                and finding.evidence is not None
                and finding.evidence.fuzzy_score is not None
                and finding.evidence.fuzzy_score < self.program.min_fuzzy_score
            ):
                reason = "below_sensitivity"
            if reason is None:
                reportable_idx.append(i)
            else:
                rows.append(_row(result.id, i, finding, reason=reason, detail=None))
        if not reportable_idx:
            for i, finding in enumerate(result.findings):
                if isinstance(finding, DrugFinding):
                    rows.append(
                        _row(
                            result.id,
                            i,
                            finding,
                            reason="no_reportable_finding",
                            detail="no present adverse event or special situation in the record",
                        )
                    )
            if not result.findings:
                rows.append(
                    Disposition(
                        record_id=result.id,
                        forwarded=False,
                        reason="no_reportable_finding",
                        detail="no findings",
                    )
                )
            self.dispositions[record.index] = sorted(rows, key=_row_order)
            return

        problems: list[str] = []
        country = _text(meta.get("country")) or (self.program.country if self.program else None)
        country = country.upper() if country else None
        if country == "UK":  # common, though ISO 3166 says GB
            country = "GB"
        if country and not _known_country(country):
            problems.append(
                f"country (unrecognised {country!r}; expected ISO 3166-1 alpha-2, e.g. US, GB, DE)"
            )
            country = None
        patient = self._patient(meta, problems)
        reporter = self._reporter(meta, country, problems)
        program_name = self.program.name if self.program else _text(meta.get("program"))
        received = record.received_at

        # drugs of this record
        record_drugs: dict[str, CaseDrug] = {}
        interacting = {
            (f.drug_term or f.drug or "").lower()
            for f in result.special_situations
            if f.category == "drug_interaction" and f.assertion == "present" and (f.drug_term or f.drug)
        }
        # the drug an interaction is attached to is usually the suspect; the co-medication interacts
        suspect_names = {
            name.lower()
            for f in result.findings
            if isinstance(f, DrugFinding) and f.role == "suspect"
            for name in (f.term, f.text, f.brand or "")
        } | {
            (f.drug_term or f.drug or "").lower()
            for f in (result.findings[i] for i in reportable_idx)
            if isinstance(f, AdverseEventFinding)
        }
        interacting -= suspect_names
        if self.program is not None:
            interacting = {name for name in interacting if self.program.product_for(name) is None}
        # an interaction that names no co-medication makes every co-medication interacting
        has_interaction = not interacting and any(
            f.category == "drug_interaction" and f.assertion == "present"
            for f in (result.findings[i] for i in reportable_idx)
            if isinstance(f, SpecialSituationFinding)
        )

        def put(drug: CaseDrug) -> None:
            key = drug.key
            if key in interacting and drug.characterization == "concomitant":
                drug = drug.model_copy(update={"characterization": "interacting"})
            old = record_drugs.get(key)
            if old is None:
                record_drugs[key] = drug
                return
            rank = {"suspect": 0, "interacting": 1, "concomitant": 2}
            best = old if rank[old.characterization] <= rank[drug.characterization] else drug
            record_drugs[key] = best.model_copy(update={"sources": old.sources + drug.sources})

        for i in reportable_idx:
            finding = result.findings[i]
            assert isinstance(finding, (AdverseEventFinding, SpecialSituationFinding))
            if finding.drug or finding.drug_term:
                name = finding.drug or finding.drug_term or ""
                named = self._drug(name, finding.drug_term, None, "suspect", None)
                # the other drug of an interaction is "interacting" unless it is a program product
                if (
                    isinstance(finding, SpecialSituationFinding)
                    and finding.category == "drug_interaction"
                    and not named.program_product
                ):
                    named = named.model_copy(update={"characterization": "interacting"})
                put(named)
        for finding in result.drugs:
            link = SourceLink(
                record_id=result.id,
                start=finding.start,
                end=finding.end,
                text=finding.text,
                kind="drug",
                received_at=received,
            )
            if finding.role == "suspect":
                role: DrugCharacterization = "suspect"
            elif (
                finding.role == "mentioned"
                and self.program
                and (
                    self.program.product_for(finding.term)
                    or self.program.product_for(finding.brand)
                    or self.program.product_for(finding.text)
                )
            ):
                role = "suspect"
            elif finding.term.lower() in interacting or has_interaction:
                # a record that reports a drug interaction: the co-medication is the interacting drug
                role = "interacting"
            else:
                role = "concomitant"
            put(self._drug(finding.text, finding.term, finding.brand, role, link))
        # the product the patient is enrolled on (the scanner reads the same keys)
        enrolled = _text(meta.get("product")) or _text(meta.get("program_drug")) or _text(meta.get("drug"))
        if enrolled:
            put(
                self._drug(
                    enrolled,
                    None,
                    None,
                    "suspect",
                    SourceLink(record_id=result.id, kind="metadata", text=enrolled, received_at=received),
                )
            )
        suspects = [d for d in record_drugs.values() if d.characterization != "concomitant"]
        primary_suspect = suspects[0].key if suspects else None

        patient_key = patient.patient_id
        draft = self._match(program_name, patient_key, {d.key for d in suspects}, received)
        if draft is None:
            zone = self.zone or received.tzinfo or UTC
            case_id = _case_id(program_name, patient_key, result.id, primary_suspect)
            occurrence = 1
            while case_id in self.case_ids:  # same id reused by a different record
                occurrence += 1
                case_id = _case_id(program_name, patient_key, f"{result.id}#{occurrence}", primary_suspect)
            draft = _Draft(
                case_id=case_id,
                program=program_name,
                patient_key=patient_key,
                country=country,
                zone=zone,
                first_received_at=received,
                latest_received_at=received,
                patient=patient,
                reporter=reporter,
            )
            self.drafts.append(draft)
            self.case_ids.add(case_id)
            if patient_key is not None:
                self.by_patient.setdefault((program_name, patient_key), []).append(draft)
            new_info: list[str] = ["initial report"]
            significant = False
        else:
            new_info = []
            significant = False
            draft.patient, info = _merge_patient(draft.patient, patient)
            new_info += info
            if draft.reporter.type == "unknown" and not draft.reporter.name and reporter.identifiable:
                draft.reporter = reporter
                new_info.append(f"reporter identified: {reporter.type}")
            if draft.country is None and country:
                draft.country = country
                new_info.append(f"country: {country}")
            draft.latest_received_at = received
        version = draft.version + 1
        if problems:
            draft.metadata_problems.extend(p for p in problems if p not in draft.metadata_problems)
        draft.seen_metadata.update(k for k in _REPORTED_METADATA_KEYS if _text(meta.get(k)))
        if self.program is not None:
            draft.seen_metadata.add("program")
            if self.program.country:
                draft.seen_metadata.add("country")

        for key, drug in record_drugs.items():
            old = draft.drugs.get(key)
            if old is None:
                draft.drugs[key] = drug
                if version > 1:
                    new_info.append(f"new {drug.characterization} drug: {drug.generic or drug.name}")
            else:
                merged_char = old.characterization
                if old.characterization == "concomitant" and drug.characterization != "concomitant":
                    merged_char = drug.characterization
                    new_info.append(f"{old.generic or old.name} now {merged_char}")
                draft.drugs[key] = old.model_copy(
                    update={"characterization": merged_char, "sources": old.sources + drug.sources}
                )

        record_has_new = False
        for i in reportable_idx:
            finding = result.findings[i]
            link = SourceLink(
                record_id=result.id,
                start=finding.start,
                end=finding.end,
                text=finding.text,
                kind=finding.kind,
                received_at=received,
            )
            sentence = _sentence(text, finding.start, finding.end)
            if isinstance(finding, AdverseEventFinding):
                key = finding.term.strip().lower()
                drug_key = (finding.drug_term or finding.drug or "").lower() or primary_suspect
                onset, outcome = _onset_outcome(sentence, finding.seriousness)
                old_event = draft.events.get(key)
                if old_event is None:
                    draft.events[key] = CaseEvent(
                        verbatim=finding.text,
                        term=finding.term,
                        meddra_llt_code=finding.meddra_llt_code,
                        meddra_pt_code=finding.meddra_pt_code,
                        meddra_pt_name=finding.meddra_pt_name,
                        onset=onset,
                        outcome=outcome,
                        seriousness=_ordered(finding.seriousness),
                        expected=self._expected(finding.term, drug_key),
                        drug=drug_key,
                        first_version=version,
                        sources=(link,),
                    )
                    record_has_new = True
                    if version > 1:
                        serious = ", ".join(finding.seriousness)
                        new_info.append(
                            f"new event: {finding.term}" + (f" (serious: {serious})" if serious else "")
                        )
                        significant = significant or bool(finding.seriousness)
                    rows.append(_row(result.id, i, finding, reason="in_case", case=(draft.case_id, version)))
                    if sentence:
                        draft.quotes.append((version, result.id, sentence))
                    continue
                added = tuple(c for c in finding.seriousness if c not in old_event.seriousness)
                update: dict[str, Any] = {"sources": (*old_event.sources, link)}
                info_here = []
                if added:
                    update["seriousness"] = _ordered((*old_event.seriousness, *added))
                    info_here.append(f"seriousness of {old_event.term}: + {', '.join(added)}")
                    significant = True
                if old_event.onset is None and onset:
                    update["onset"] = onset
                    info_here.append(f"onset of {old_event.term}: {onset}")
                if outcome != "unknown" and outcome != old_event.outcome:
                    update["outcome"] = outcome
                    info_here.append(f"outcome of {old_event.term}: {outcome}")
                draft.events[key] = old_event.model_copy(update=update)
                if old_event.first_version == version:  # another mention in this same record
                    rows.append(
                        _row(
                            result.id,
                            i,
                            finding,
                            reason="in_case",
                            case=(draft.case_id, version),
                            detail="another mention of an event of this record",
                        )
                    )
                elif info_here:
                    new_info += info_here
                    record_has_new = True
                    rows.append(_row(result.id, i, finding, reason="in_case", case=(draft.case_id, version)))
                    if sentence:
                        draft.quotes.append((version, result.id, sentence))
                else:
                    rows.append(
                        _row(
                            result.id,
                            i,
                            finding,
                            reason="duplicate",
                            case=(draft.case_id, version),
                            detail=f"already reported in version {old_event.first_version}",
                        )
                    )
            else:
                assert isinstance(finding, SpecialSituationFinding)
                key = finding.category
                old_situation = draft.situations.get(key)
                if old_situation is None:
                    draft.situations[key] = CaseSpecialSituation(
                        category=finding.category,
                        verbatim=finding.text,
                        drug=(finding.drug_term or finding.drug or "").lower() or primary_suspect,
                        first_version=version,
                        sources=(link,),
                    )
                    record_has_new = True
                    if version > 1:
                        new_info.append(f"new special situation: {finding.category}")
                    rows.append(_row(result.id, i, finding, reason="in_case", case=(draft.case_id, version)))
                    if sentence:
                        draft.quotes.append((version, result.id, sentence))
                else:
                    draft.situations[key] = old_situation.model_copy(
                        update={"sources": (*old_situation.sources, link)}
                    )
                    same_record = old_situation.first_version == version
                    rows.append(
                        _row(
                            result.id,
                            i,
                            finding,
                            reason="in_case" if same_record else "duplicate",
                            case=(draft.case_id, version),
                            detail="another mention of a special situation of this record"
                            if same_record
                            else f"already reported in version {old_situation.first_version}",
                        )
                    )
        for i, finding in enumerate(result.findings):
            if isinstance(finding, DrugFinding):
                rows.append(_row(result.id, i, finding, reason="in_case", case=(draft.case_id, version)))
        if "pregnancy" in draft.situations and draft.patient.pregnancy_status == "unknown":
            draft.patient = draft.patient.model_copy(update={"pregnancy_status": "pregnant"})
        if "breastfeeding" in draft.situations and draft.patient.breastfeeding is None:
            draft.patient = draft.patient.model_copy(update={"breastfeeding": True})

        was_valid = draft.day0 is not None
        if not was_valid and _validity(draft).valid:
            draft.day0 = received
            draft.awareness = received
            draft.awareness_version = version
            if version > 1:
                new_info.append("minimum criteria now complete: case valid")
        elif was_valid and significant:
            draft.awareness = received
            draft.awareness_version = version
        if version > 1 and not record_has_new and not new_info:
            new_info.append("no new information (repeat of earlier report)")
        draft.receipt_version = version
        draft.versions.append(
            CaseVersion(
                version=version,
                record_id=result.id,
                received_at=received,
                new_information=tuple(new_info),
                significant=significant and version > 1,
            )
        )
        draft.sources.append(SourceLink(record_id=result.id, kind="metadata", received_at=received))
        self.dispositions[record.index] = sorted(rows, key=_row_order)

    def _match(
        self, program: str | None, patient_key: str | None, suspects: set[str], received: datetime
    ) -> _Draft | None:
        if patient_key is None:
            return None
        best = None
        for draft in self.by_patient.get((program, patient_key), ()):
            if received - draft.latest_received_at > self.window:
                continue
            known = draft.suspect_keys()
            if known and suspects and not (known & suspects):
                continue
            if best is None or draft.latest_received_at >= best.latest_received_at:
                best = draft
        return best

    # ---- rendering ----------------------------------------------------------
    def render(self, draft: _Draft) -> AECase:
        validity = _validity(draft)
        events = tuple(draft.events.values())
        serious_events = [e for e in events if e.serious]
        considered = serious_events or list(events)
        facts = CaseFacts(
            serious=bool(serious_events),
            unexpected=(not considered) or any(e.expected is not True for e in considered),
            fatal_or_life_threatening=any(
                c in ("death", "life_threatening") for e in events for c in e.seriousness
            ),
            study=bool(self.program and self.program.study),
            non_applicant=bool(self.program and self.program.non_applicant),
            country=draft.country,
        )
        clocks = compute_clocks(
            self.rules,
            facts,
            receipt=draft.latest_received_at,
            awareness=draft.awareness,
            zone=draft.zone,
            calendar=self._calendar(draft.country),
            now=self.now,
            receipt_version=draft.receipt_version,
            awareness_version=draft.awareness_version,
        )
        clocks = tuple(_noted(clock, draft.zone) for clock in clocks)
        versions = tuple(draft.versions)
        transfer = next((r for r in self.rules if r.start == "receipt" and r.enabled), None)
        if transfer is not None and not transfer.information:
            calendar = self._calendar(draft.country)
            versions = tuple(
                v.model_copy(
                    update={
                        "transfer_due": due_time(
                            v.received_at, transfer.amount, transfer.unit, zone=draft.zone, calendar=calendar
                        )
                    }
                )
                for v in versions
            )
        study_type: StudyType = "clinical_trial" if facts.study else "other_study"
        case = AECase(
            case_id=draft.case_id,
            version=draft.version,
            program=draft.program,
            country=draft.country,
            report_type="report_from_study",
            study_type=study_type,
            solicited=True,
            first_received_at=draft.first_received_at.astimezone(draft.zone),
            latest_received_at=draft.latest_received_at.astimezone(draft.zone),
            day0=draft.day0.astimezone(draft.zone) if draft.day0 else None,
            serious=facts.serious,
            expedited=any(
                c.due is not None
                and c.clock in ("expedited_report", "susar_report", "non_applicant_to_applicant")
                and c.amount <= 15
                for c in clocks
            ),
            patient=draft.patient,
            reporter=draft.reporter,
            drugs=tuple(draft.drugs.values()),
            events=events,
            special_situations=tuple(draft.situations.values()),
            validity=validity,
            clocks=clocks,
            versions=versions,
            sources=tuple(draft.sources),
        )
        from pvflag.cases.narrative import draft_narrative

        return case.model_copy(update={"narrative": draft_narrative(case, draft.quotes)})

    def _calendar(self, case_country: str | None) -> BusinessCalendar:
        program = self.program
        configured = program.calendar if program else None
        country: str | None
        if configured and configured.country:
            country, subdivision = configured.country, configured.subdivision
        else:
            country = case_country or (program.country if program else None)
            same = program is not None and country == program.country
            subdivision = configured.subdivision if configured and same else None
        return BusinessCalendar(
            country=country,
            subdivision=subdivision,
            extra_closures=frozenset(configured.extra_closures) if configured else frozenset(),
        )


def _noted(clock: Clock, zone: tzinfo) -> Clock:
    """Say on the clock when it ran on a documented fallback (no holiday calendar, fixed offset)."""
    notes = []
    if clock.unit == "business_days" and clock.calendar and clock.calendar.startswith("weekends only"):
        notes.append("no country on the record or program: only weekends skipped, no public holidays")
    if isinstance(zone, timezone) and clock.unit != "hours":
        notes.append(
            "no program timezone or --tz: day boundaries use the receipt's fixed UTC offset (no DST)"
        )
    if not notes:
        return clock
    return clock.model_copy(update={"note": "; ".join(notes)})


@functools.cache
def _known_country(code: str) -> bool:
    import holidays

    return len(code) == 2 and code in holidays.list_supported_countries()


def _default_window() -> int:
    from pvflag.program import DEFAULT_FOLLOWUP_WINDOW_DAYS

    return DEFAULT_FOLLOWUP_WINDOW_DAYS


def _ordered(criteria: Iterable[str]) -> tuple[Any, ...]:
    from pvflag.findings import SERIOUSNESS_CRITERIA

    wanted = set(criteria)
    return tuple(c for c in SERIOUSNESS_CRITERIA if c in wanted)


def _merge_patient(old: Patient, new: Patient) -> tuple[Patient, list[str]]:
    update: dict[str, Any] = {}
    info = []
    for name in ("initials", "patient_id", "age_years", "age_group", "birth_date"):
        if getattr(old, name) in (None, "") and getattr(new, name) not in (None, ""):
            update[name] = getattr(new, name)
            info.append(f"patient {name.replace('_', ' ')}: {getattr(new, name)}")
    if old.sex == "unknown" and new.sex != "unknown":
        update["sex"] = new.sex
        info.append(f"patient sex: {new.sex}")
    return (old.model_copy(update=update) if update else old), info


def _validity(draft: _Draft) -> Validity:
    patient_ok = draft.patient.identifiable
    reporter_ok = draft.reporter.identifiable
    suspect_ok = any(d.characterization != "concomitant" for d in draft.drugs.values())
    event_ok = bool(draft.events or draft.situations)
    missing: list[MissingCriterion] = []
    for ok, name in (
        (patient_ok, "patient"),
        (reporter_ok, "reporter"),
        (suspect_ok, "suspect_product"),
        (event_ok, "event_or_special_situation"),
    ):
        if not ok:
            missing.append(name)  # type: ignore[arg-type]
    questions = [FOLLOW_UP_QUESTIONS[m] for m in missing]
    for event in draft.events.values():
        if event.onset is None:
            questions.append(f"When did the {event.term} start, and how long after the last dose?")
        if event.outcome == "unknown":
            questions.append(f"Is the {event.term} still going on, or has it resolved?")
    if "pregnancy" in draft.situations:
        questions.append("What was the date of the last menstrual period, and the expected due date?")
    missing_metadata = [k for k in _REPORTED_METADATA_KEYS if k not in draft.seen_metadata]
    missing_metadata.extend(draft.metadata_problems)
    return Validity(
        valid=not missing,
        identifiable_patient=patient_ok,
        identifiable_reporter=reporter_ok,
        suspect_product=suspect_ok,
        event_or_special_situation=event_ok,
        missing=tuple(missing),
        follow_up_questions=tuple(questions),
        missing_metadata=tuple(missing_metadata),
    )


def _row(
    record_id: str,
    index: int,
    finding: Any,
    *,
    reason: Any,
    case: tuple[str, int] | None = None,
    detail: str | None = None,
) -> Disposition:
    term = getattr(finding, "term", None) or getattr(finding, "category", None)
    return Disposition(
        record_id=record_id,
        finding_index=index,
        kind=finding.kind,
        text=finding.text,
        start=finding.start,
        end=finding.end,
        term=term,
        assertion=getattr(finding, "assertion", None),
        forwarded=reason == "in_case",
        reason=reason,
        case_id=case[0] if case else None,
        case_version=case[1] if case else None,
        detail=detail,
    )


def _row_order(row: Disposition) -> int:
    return -1 if row.finding_index is None else row.finding_index


def _metadata(result: ScanResult) -> Mapping[str, Any]:
    return result.metadata


def scan_interactions(
    records: Iterable[ScanResult | Interaction], *, program: ProgramConfig | None = None
) -> Iterator[ScanResult]:
    """Scan results as they are; interactions scanned on the fly (the scanner is built only
    when the first interaction arrives), with ``received_at`` and metadata carried over."""
    scanner: Any = None
    for record in records:
        if not isinstance(record, Interaction):
            yield record
            continue
        if scanner is None:
            from pvflag.scanner import Scanner

            scanner = Scanner(program=program, include_text=True)
        (scanned,) = scanner.scan_many([record])
        metadata = {**record.metadata, **scanned.metadata}
        if record.received_at is not None and "received_at" not in metadata:
            metadata["received_at"] = record.received_at
        update: dict[str, Any] = {"metadata": metadata}
        if scanned.text is None and scanned.error is None:
            update["text"] = record.text
        yield scanned.model_copy(update=update)


def build_cases(
    results: Iterable[ScanResult | Interaction],
    *,
    program: ProgramConfig | None = None,
    now: datetime,
    tz: str | tzinfo | None = None,
    rules: Sequence[DeadlineRule] | None = None,
) -> CaseBatch:
    """Group scan results into AE cases with clocks, plus the disposition log.

    ``now`` (tz-aware) sets each clock's status; ``tz`` is the zone for naive
    ``received_at`` values and for due times when the program has no timezone
    (otherwise due times keep the offset of the first receipt). Records that
    cannot be used (error, missing or naive ``received_at``) are listed in
    ``errors`` and in the disposition log; they never stop the batch.
    ``Interaction`` records are scanned on the fly (``scan_interactions``).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ConfigError("now must be tz-aware (e.g. datetime.now(timezone.utc))")
    zone = _zone(tz, what="tz")
    rule_table = tuple(rules) if rules is not None else effective_rules(program)
    builder = _Builder(program, now, zone, rule_table)
    records: list[_Record] = []
    errors: list[CaseError] = []
    seen: dict[tuple[str, tuple[Any, ...], str], int] = {}
    for index, result in enumerate(scan_interactions(results, program=program)):
        if result.error is not None:
            errors.append(
                CaseError(record_id=result.id, type=result.error.type, message=result.error.message)
            )
            builder.dispositions[index] = [
                Disposition(
                    record_id=result.id,
                    forwarded=False,
                    reason="record_error",
                    detail=f"{result.error.type}: {result.error.message}",
                )
            ]
            continue
        # an exact repeat (same id, findings and metadata) is a duplicate; a reused id with
        # different content is processed, because dropping it could lose an adverse event
        fingerprint = (
            result.id,
            result.findings,
            json.dumps(_metadata(result), sort_keys=True, default=str),
        )
        if fingerprint in seen:
            detail = f"exact repeat of input record #{seen[fingerprint] + 1}"
            builder.dispositions[index] = [
                _row(result.id, i, f, reason="duplicate", detail=detail)
                for i, f in enumerate(result.findings)
            ] or [
                Disposition(
                    record_id=result.id,
                    forwarded=False,
                    reason="duplicate",
                    detail=detail,
                )
            ]
            continue
        seen[fingerprint] = index
        meta = _metadata(result)
        try:
            received = parse_received_at(meta.get("received_at"), record_id=result.id, tz=zone)
        except _RecordProblem as problem:
            errors.append(CaseError(record_id=result.id, type=problem.type, message=str(problem)))
            builder.dispositions[index] = [
                _row(result.id, i, f, reason="record_error", detail=str(problem))
                for i, f in enumerate(result.findings)
            ] or [
                Disposition(record_id=result.id, forwarded=False, reason="record_error", detail=str(problem))
            ]
            continue
        records.append(_Record(index=index, result=result, received_at=received, meta=meta))
    records.sort(key=lambda r: (r.received_at.astimezone(UTC), r.index))
    for record in records:
        builder.add(record)
    cases = tuple(builder.render(d) for d in builder.drafts)
    dispositions = tuple(row for index in sorted(builder.dispositions) for row in builder.dispositions[index])
    return CaseBatch(cases=cases, dispositions=dispositions, errors=tuple(errors), generated_at=now)
