"""Drafted case narrative (E2B H.1), built only from the case and quotes of the source text.

The draft is for a safety associate to review: it states what was reported,
quotes the caller's words, and says plainly that causality is not assessed.
It never adds facts that are not in the case.
"""

from __future__ import annotations

from collections.abc import Sequence

from pvflag.cases.models import AECase, CaseDrug

__all__ = ["draft_narrative"]

_REPORTER_WORDS = {
    "patient": "the patient",
    "caregiver": "a caregiver of the patient",
    "hcp": "a health care professional",
    "pharmacist": "a pharmacist",
    "unknown": "a caller of unknown role",
}


def _patient_words(case: AECase) -> str:
    patient = case.patient
    parts = []
    if patient.age_years is not None:
        parts.append(f"{patient.age_years:g}-year-old")
    elif patient.age_group:
        parts.append(patient.age_group)
    if patient.sex != "unknown":
        parts.append(patient.sex)
    parts.append("patient")
    label = " ".join(parts)
    ident = patient.initials or patient.patient_id
    text = f"a {label}" + (f" ({ident})" if ident else "")
    if patient.pregnancy_status == "pregnant":
        text += ", pregnant"
    return text


def _drug_words(drug: CaseDrug) -> str:
    words = drug.name
    if drug.generic and drug.generic.lower() not in drug.name.lower():
        words += f" ({drug.generic})"
    if drug.characterization == "interacting":
        words += " [interacting]"
    return words


def draft_narrative(case: AECase, quotes: Sequence[tuple[int, str, str]]) -> str:
    """Narrative of ``case``; ``quotes`` are (version, record id, sentence) from the sources."""
    received = case.first_received_at.strftime("%Y-%m-%d")
    program = f" {case.program}" if case.program else ""
    who = f"On {received}, reporter: {_REPORTER_WORDS[case.reporter.type]}; patient: {_patient_words(case)}."
    lines = [f"Solicited report from the patient support program{program}. {who}"]
    suspects = [_drug_words(d) for d in case.suspects]
    concomitants = [_drug_words(d) for d in case.concomitants]
    if suspects:
        lines.append("Suspect product(s): " + "; ".join(suspects) + ".")
    else:
        lines.append("Suspect product: not stated.")
    if concomitants:
        lines.append("Concomitant product(s): " + "; ".join(concomitants) + ".")
    for event in case.events:
        detail = [f'reported as "{event.verbatim}"']
        if event.onset:
            detail.append(f"onset: {event.onset}")
        if event.seriousness:
            detail.append("serious: " + ", ".join(c.replace("_", " ") for c in event.seriousness))
        else:
            detail.append("no seriousness criterion reported")
        detail.append(f"outcome: {event.outcome.replace('_', ' ')}")
        lines.append(f"Event: {event.term} ({'; '.join(detail)}).")
    for situation in case.special_situations:
        lines.append(
            f'Special situation: {situation.category.replace("_", " ")} (reported as "{situation.verbatim}").'
        )
    for version, record_id, sentence in quotes:
        prefix = "Initial report" if version == 1 else f"Follow-up {version - 1}"
        lines.append(f'{prefix} [{record_id}]: "{sentence}"')
    for follow_up in case.versions[1:]:
        info = "; ".join(follow_up.new_information)
        received_on = follow_up.received_at.strftime("%Y-%m-%d")
        lines.append(f"Follow-up {follow_up.version - 1} received {received_on}: {info}.")
    lines.append("Causality was not assessed by the reporter and is not assumed (solicited report).")
    return "\n".join(lines)
