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

from pvflag.e2b._xml import clean_text, hl7_ts
from pvflag.e2b.icsr import ICSR, Drug, ExportSettings, Patient, PrimarySource, Reaction
from pvflag.errors import E2BError

if TYPE_CHECKING:
    from pvflag.cases.models import AECase

__all__ = ["icsr_from_case"]

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
    case_number = f"{country or 'XX'}-{sender}-{case.case_id}"[:100]

    seen: set[str] = set()
    reactions: list[Reaction] = []
    reaction_drug: list[str | None] = []
    for event in case.events:
        key = f"{event.term}|{event.verbatim}"
        while key in seen:
            key += "'"
        seen.add(key)
        has_code = bool(event.meddra_llt_code)
        reactions.append(
            Reaction(
                id=_id(case.case_id, "event", key),
                verbatim=_cut(event.verbatim or event.term, 250) or event.term,
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
        if situation.category in _SITUATION_AS_REACTION or not had_events:
            key = f"situation|{situation.category}|{situation.verbatim}"
            while key in seen:
                key += "'"
            seen.add(key)
            reactions.append(
                Reaction(
                    id=_id(case.case_id, "event", key),
                    verbatim=_cut(situation.verbatim, 250) or _SITUATION_LABEL[situation.category],
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
                id=_id(case.case_id, "drug", drug.key),
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
        first_received=hl7_ts(case.first_received_at, "day"),
        most_recent=hl7_ts(case.latest_received_at, "day"),
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
