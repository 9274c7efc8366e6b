"""Map pvflag's ``AECase`` onto the ``ICSR`` model (the one place that knows both).

What E2B has no element for (clocks, validity, dispositions, source spans) stays
in the case; special situations go where E2B has a place for them: G.k.10.r codes
(overdose, medication error, misuse, occupational exposure, off-label use), the
interacting role (G.k.1 = 3), and the G.k.11 free text for the rest.
"""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any

from pvflag.e2b import _codes as codes
from pvflag.e2b._xml import clean_text, hl7_ts
from pvflag.e2b.icsr import ICSR, Drug, ExportSettings, Patient, PrimarySource, Reaction
from pvflag.errors import E2BError

if TYPE_CHECKING:
    from pvflag.cases.models import AECase

__all__ = ["case_from_icsr", "icsr_from_case", "read_cases"]

_NS = uuid.UUID("a4f0e7a2-2b7e-4c59-8a51-0b8f6f2a9c11")
_OUTCOME = {
    "recovered": "1",
    "recovering": "2",
    "not_recovered": "3",
    "recovered_with_sequelae": "4",
    "fatal": "5",
    "unknown": "0",
}
_STUDY = {"clinical_trial": "1", "individual_patient_use": "2", "other_study": "3"}
_REPORT = {"spontaneous": "1", "report_from_study": "2", "other": "3", "not_available_to_sender": "4"}
_QUALIFICATION = {
    "physician": "1",
    "pharmacist": "2",
    "other_health_professional": "3",
    "lawyer": "4",
    "consumer": "5",
}
# special situation -> G.k.10.r code (ICH code list 17); the others have no coded place
_SITUATION_CODE = {
    "overdose": "2",
    "medication_error": "7",
    "misuse_abuse": "8",
    "occupational_exposure": "10",
    "off_label": "11",
}
_SITUATION_LABEL = {
    "pregnancy": "exposure during pregnancy",
    "breastfeeding": "exposure via breast milk",
    "overdose": "overdose",
    "medication_error": "medication error",
    "off_label": "off-label use",
    "lack_of_efficacy": "lack of efficacy",
    "product_complaint": "product complaint",
    "occupational_exposure": "occupational exposure",
    "misuse_abuse": "misuse or abuse",
    "drug_interaction": "drug interaction",
}
_AGE_GROUP = {
    "foetus": "0",
    "fetus": "0",
    "neonate": "1",
    "newborn": "1",
    "infant": "2",
    "child": "3",
    "adolescent": "4",
    "teenager": "4",
    "adult": "5",
    "elderly": "6",
    "senior": "6",
}
_SITUATION_AS_REACTION = frozenset({"pregnancy", "breastfeeding", "lack_of_efficacy", "drug_interaction"})
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _hl7_date(text: str | None) -> str | None:
    """An ISO (partial) date like ``2024``, ``2024-03`` or ``2024-03-05`` as HL7; anything else is dropped."""
    if not text:
        return None
    m = _ISO_DATE.match(text.strip()) or re.match(r"^(\d{4})(\d{2})?(\d{2})?$", text.strip())
    if not m:
        return None
    value = "".join(part for part in m.groups() if part)
    from pvflag.e2b._xml import parse_hl7_ts

    return value if parse_hl7_ts(value) else None


def _cut(text: str, limit: int) -> str:
    text = clean_text(text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _id(case_id: str, kind: str, key: str) -> str:
    return str(uuid.uuid5(_NS, f"{case_id}/{kind}/{key}"))


def icsr_from_case(case: AECase | Any, settings: ExportSettings) -> ICSR:
    """The ICSR for one ``AECase`` (its latest version)."""
    country = case.country or case.reporter.country or settings.sender_country
    sender = re.sub(r"[^A-Za-z0-9]+", "", settings.batch_sender_id).upper() or "SENDER"
    prefix = f"{country or 'XX'}-{sender}-"
    # a case read back from E2B already carries the full C.1.1
    case_number = (case.case_id if case.case_id.startswith(prefix) else prefix + case.case_id)[:100]

    seen: set[str] = set()
    reactions: list[Reaction] = []
    reaction_drug: list[str | None] = []
    for event in case.events:
        verbatim = _cut(event.verbatim or event.term, 250) or event.term
        key = verbatim
        while key in seen:
            key += "'"
        seen.add(key)
        has_code = bool(event.meddra_llt_code)
        reactions.append(
            Reaction(
                id=_id(case_number, "event", key),
                verbatim=verbatim,
                language=settings.verbatim_language,
                meddra_code=event.meddra_llt_code if has_code else None,
                meddra_version=settings.meddra_version if has_code else None,
                seriousness=frozenset(event.seriousness),
                start=_hl7_date(event.onset),
                outcome=_OUTCOME[event.outcome],
                country=country,
            )
        )
        reaction_drug.append((event.drug or "").strip().lower() or None)

    if not case.drugs:
        raise E2BError(f"case {case.case_id}: no drug; an E2B report needs at least one suspect drug (G.k)")
    by_drug: dict[str, list[Any]] = {}
    suspects = [d for d in case.drugs if d.characterization in ("suspect", "interacting")]
    had_events = bool(reactions)
    for situation in case.special_situations:
        target = (situation.drug or "").strip().lower()
        if not any(d.key == target for d in case.drugs):
            target = suspects[0].key if suspects else case.drugs[0].key
        by_drug.setdefault(target, []).append(situation)
        # E2B records these as reactions (a MedDRA term such as "Exposure during pregnancy"); without
        # MedDRA the verbatim goes in uncoded and validate asks for coding
        verbatim = _cut(situation.verbatim, 250) or _SITUATION_LABEL[situation.category]
        already = any(r.verbatim == verbatim for r in reactions)  # e.g. read back from an E2B file
        if (situation.category in _SITUATION_AS_REACTION or not had_events) and not already:
            key = verbatim
            while key in seen:
                key += "'"
            seen.add(key)
            reactions.append(
                Reaction(
                    id=_id(case_number, "event", key),
                    verbatim=verbatim,
                    language=settings.verbatim_language,
                    country=country,
                )
            )
            reaction_drug.append(target)

    drugs: list[Drug] = []
    for drug in case.drugs:
        situations = by_drug.get(drug.key, [])
        codes = tuple(
            dict.fromkeys(_SITUATION_CODE[s.category] for s in situations if s.category in _SITUATION_CODE)
        )
        notes = "; ".join(f"{_SITUATION_LABEL[s.category]}: \u201c{s.verbatim}\u201d" for s in situations)
        substances = (drug.generic,) if drug.generic and drug.generic.lower() != drug.name.lower() else ()
        linked = tuple(
            r.id
            for r, target in zip(reactions, reaction_drug, strict=True)
            if target and target in {drug.key, drug.name.lower(), (drug.brand or "").lower()}
        )
        drugs.append(
            Drug(
                id=_id(case_number, "drug", drug.key),
                role=drug.characterization,
                name=_cut(drug.name, 250),
                substances=tuple(_cut(s, 250) for s in substances),
                route_text=_cut(drug.route, 60) if drug.route else None,
                additional_info=codes,
                additional_text=_cut(f"Special situations reported: {notes}", 2000) if notes else None,
                reaction_ids=linked,
            )
        )

    patient = case.patient
    age, unit = None, "a"
    if patient.age_years is not None:
        if patient.age_years >= 2 or float(patient.age_years).is_integer():
            age = round(patient.age_years)
        else:
            age, unit = round(patient.age_years * 12), "mo"
    reporter = case.reporter
    given = family = None
    if reporter.name:
        *first, last = reporter.name.split()
        given, family = (" ".join(first) or None), last
    narrative = clean_text(case.narrative).strip() or _minimal_narrative(case)
    return ICSR(
        case_id=case_number,
        worldwide_id=case_number,
        version=case.version,
        report_type=_REPORT[case.report_type],
        # receipt times to the second, with the hub's UTC offset (the IG's minimum is the day)
        first_received=hl7_ts(case.first_received_at, "second"),
        most_recent=hl7_ts(case.latest_received_at, "second"),
        expedited=case.expedited,
        study_type=_STUDY[case.study_type],
        study_name=_cut(case.program, 2000) if case.program else None,
        primary_sources=(
            PrimarySource(
                qualification=_QUALIFICATION[reporter.qualification],
                country=reporter.country or country,
                given_name=_cut(given, 35) if given else None,
                family_name=_cut(family, 50) if family else None,
            ),
        ),
        patient=Patient(
            name=_cut(patient.initials, 60) if patient.initials else None,
            name_null="MSK" if patient.patient_id and not patient.initials else "UNK",
            sex={"male": "1", "female": "2"}.get(patient.sex),
            birth_date=_hl7_date(patient.birth_date),
            investigation_number=_cut(patient.patient_id, 20) if patient.patient_id else None,
            age_group=_AGE_GROUP.get((patient.age_group or "").strip().lower()),
            age=age,
            age_unit=unit,
        ),
        reactions=tuple(reactions),
        drugs=tuple(drugs),
        narrative=narrative[:100000],
    )


def _minimal_narrative(case: Any) -> str:
    """H.1 is required; without a drafted narrative, state only what the case holds."""
    events = ", ".join(e.verbatim for e in case.events) or "none"
    drugs = ", ".join(f"{d.name} ({d.characterization})" for d in case.drugs) or "none"
    return clean_text(f"Patient support program report. Events as reported: {events}. Drugs: {drugs}.")


# ------------------------------------------------------------------------------------ E2B -> case

_CATEGORY_BY_CODE = {
    "2": "overdose",
    "7": "medication_error",
    "8": "misuse_abuse",
    "9": "misuse_abuse",
    "10": "occupational_exposure",
    "11": "off_label",
}
_CATEGORY_BY_LABEL = {label: category for category, label in _SITUATION_LABEL.items()}
_NOTE = re.compile("(" + "|".join(map(re.escape, _CATEGORY_BY_LABEL)) + "): \u201c(.*?)\u201d(?:; |$)")
_AGE_IN_YEARS = {"a": 1.0, "10.a": 10.0, "mo": 1 / 12, "wk": 7 / 365.25, "d": 1 / 365.25, "h": 1 / 8766}


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    digits = value[:8]
    return "-".join(part for part in (digits[:4], digits[4:6], digits[6:8]) if part)


def _instant(value: str) -> Any:
    from pvflag.e2b._xml import parse_hl7_ts

    parsed = parse_hl7_ts(value)
    if parsed is None:  # the model validated it; kept for type narrowing
        raise E2BError(f"{value!r} is not an HL7 date")
    return parsed[0]


def case_from_icsr(icsr: ICSR) -> AECase:
    """The ``AECase`` an E2B report describes (what E2B holds; clocks and spans are not in E2B).

    ``icsr_from_case(case_from_icsr(x), settings) == x`` for every report pvflag wrote with the
    same settings: reading pvflag's own files back loses nothing E2B carries.
    """
    from pvflag.cases.models import (
        AECase,
        CaseDrug,
        CaseEvent,
        CaseSpecialSituation,
        Patient,
        Reporter,
        Validity,
    )

    outcome = {code: name for name, code in _OUTCOME.items()}
    report = {code: name for name, code in _REPORT.items()}
    study = {code: name for name, code in _STUDY.items()}
    qualification = {code: name for name, code in _QUALIFICATION.items()}
    age_group = {code: name.lower() for code, name in codes.AGE_GROUPS.items()}

    drugs: list[CaseDrug] = []
    drug_key_by_reaction: dict[str, str] = {}
    situations: list[CaseSpecialSituation] = []
    for drug in icsr.drugs:
        if drug.role not in ("suspect", "concomitant", "interacting"):
            continue  # 'drug not administered' and regional roles have no place in a PSP case
        case_drug = CaseDrug(
            name=drug.name,
            generic=drug.substances[0] if drug.substances else None,
            characterization=drug.role,
            route=drug.route_text,
        )
        drugs.append(case_drug)
        for reaction_id in drug.reaction_ids:
            drug_key_by_reaction.setdefault(reaction_id, case_drug.key)
        noted = set()
        text = drug.additional_text or ""
        if text.startswith("Special situations reported: "):
            for label, verbatim in _NOTE.findall(text[len("Special situations reported: ") :]):
                category = _CATEGORY_BY_LABEL[label]
                noted.add(category)
                situations.append(
                    CaseSpecialSituation(category=category, verbatim=verbatim, drug=case_drug.key)
                )
        for code in drug.additional_info:
            coded = _CATEGORY_BY_CODE.get(code)
            if coded and coded not in noted:
                noted.add(coded)
                situations.append(
                    CaseSpecialSituation(
                        category=coded, verbatim=codes.ADDITIONAL_DRUG_INFO[code], drug=case_drug.key
                    )
                )

    events = tuple(
        CaseEvent(
            verbatim=r.verbatim or r.translation or f"MedDRA LLT {r.meddra_code}",
            term=r.verbatim or r.translation or f"MedDRA LLT {r.meddra_code}",
            meddra_llt_code=r.meddra_code,
            onset=_iso(r.start),
            outcome=outcome[r.outcome],
            seriousness=tuple(s for s in codes.SERIOUSNESS_CRITERIA if s in r.seriousness),
            drug=drug_key_by_reaction.get(r.id),
        )
        for r in icsr.reactions
    )
    source = icsr.primary_sources[0]
    qual = qualification.get(source.qualification or "", "consumer")
    patient = Patient(
        initials=icsr.patient.name,
        patient_id=icsr.patient.investigation_number,
        age_years=None
        if icsr.patient.age is None
        else icsr.patient.age * _AGE_IN_YEARS[icsr.patient.age_unit],
        age_group=age_group.get(icsr.patient.age_group or ""),
        birth_date=_iso(icsr.patient.birth_date),
        sex={"1": "male", "2": "female"}.get(icsr.patient.sex or "", "unknown"),
    )
    suspect = any(d.characterization in ("suspect", "interacting") for d in drugs)
    validity = Validity(
        valid=patient.identifiable and suspect and bool(events or situations),
        identifiable_patient=patient.identifiable,
        identifiable_reporter=True,  # an E2B report always names its primary source (C.2.r)
        suspect_product=suspect,
        event_or_special_situation=bool(events or situations),
    )
    countries = [r.country for r in icsr.reactions if r.country]
    return AECase(
        case_id=icsr.case_id,
        version=icsr.version,
        program=icsr.study_name,
        country=countries[0] if countries else source.country,
        report_type=report[icsr.report_type],
        study_type=study.get(icsr.study_type or "3", "other_study"),
        solicited=icsr.report_type == "2",
        first_received_at=_instant(icsr.first_received),
        latest_received_at=_instant(icsr.most_recent),
        serious=icsr.serious,
        expedited=bool(icsr.expedited),
        patient=patient,
        reporter=Reporter(
            type={"1": "hcp", "2": "pharmacist", "3": "hcp"}.get(source.qualification or "", "unknown"),
            qualification=qual,
            health_professional=source.qualification in {"1", "2", "3"},
            name=" ".join(p for p in (source.given_name, source.family_name) if p) or None,
            country=source.country,
        ),
        drugs=tuple(drugs),
        events=events,
        special_situations=tuple(situations),
        narrative=icsr.narrative,
        validity=validity,
    )


def read_cases(source: Any) -> list[AECase]:
    """Every report of an R3 file as an ``AECase`` (see ``case_from_icsr``)."""
    from pvflag.e2b.reader import read_r3

    return [case_from_icsr(icsr) for icsr in read_r3(source)]
