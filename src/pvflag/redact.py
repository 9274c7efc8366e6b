"""Mask personal identifiers in text that is shown to people (``pvflag scan --redact``).

Masks phone numbers, e-mail addresses, dates of birth, record / member /
social security numbers and person names that follow a title, a role or a
``Name:`` field ("Dr. Patel", "Pt Jane Doe", "this is Dana", "my
daughter Emma", "Kim Lee, RN"). Redaction is **same-length**: every masked
character becomes ``*`` (spaces and line breaks are kept), so offsets of
findings still index the redacted text and a reviewer sees where something
was removed and how long it was. The event words themselves are never
masked: only the identifier after a cue is.

Patterns over recall: a bare name with no cue ("Emma said...") is not found;
that is the limit of rules without a name model, and why evidence should be
printed with ``--redact`` and full text never.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

__all__ = ["RedactionSpan", "redact", "redaction_spans"]

RedactionKind = Literal["phone", "email", "date_of_birth", "name", "id_number"]


class RedactionSpan(NamedTuple):
    start: int
    end: int
    kind: RedactionKind


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE = re.compile(
    r"(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/-])"
    r"|(?<![\w/.-])\+\d{1,3}(?:[\s.-]?\d{2,4}){3,5}(?!\w)",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}}|(?:19|20)\d{{2}})"
)
_DOB = re.compile(
    r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on|\s+in)?)\s*(?:is|was|of|[:#=-])?\s*"
    rf"(?P<date>{_DATE})(?!\w)",
    re.IGNORECASE,
)

# Record and insurance numbers and US social security numbers: identifiers too.
_ID_NUMBER = re.compile(
    r"\b(?i:mrn|medical\s+record\s+(?:no|number|#)|member\s*(?:id|#|no|number)|policy\s*(?:id|#|no|number)"
    r"|ssn|social\s+security\s+(?:no|number|#)|patient\s+id|pt\s+id)\.?\s*(?:is|[:#=-])?\s*"
    r"(?P<value>[A-Z0-9][A-Z0-9-]{3,19})\b"
    r"|(?<![\w-])(?P<ssn>\d{3}-\d{2}-\d{4})(?![\w-])"
)

# A name: one to three capitalised words (O'Neil, Mary-Jo), maybe with a middle initial.
_WORD = r"(?:[A-Z]['\u2019])?[A-Z][a-z]+(?:['\u2019][a-z]+)?(?:-[A-Z][a-z]+)?(?![A-Za-z])"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_WORD}){{0,2}})"
_TITLE_BEFORE = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor|Nurse|RN|NP|PA|MA|Pt|Patient|Caller|Caregiver|Agent|CSR|Rep"
    r"|Pharmacist|RPh|PharmD)\.?[ \t]+" + _NAME
)
# cues are case-insensitive, names are not: "this is Dana", never "this is terrible"
_CUE_BEFORE = re.compile(
    r"\b(?i:this\s+is|my\s+name\s+is|name\s+is|i\s+am|i'm|spoke\s+(?:with|to)|speaking\s+(?:with|to)"
    r"|talked\s+(?:with|to)|ask(?:ed)?\s+for|named|called)[ \t]+" + _NAME
)
_FAMILY_BEFORE = re.compile(
    r"\b(?i:my|her|his|their|your|pt'?s|patient'?s)\s+(?i:daughter|son|wife|husband|mom|mother|dad|father"
    r"|sister|brother|caregiver|partner|spouse|grandson|granddaughter|grandmother|grandfather|aunt|uncle"
    r"|niece|nephew|friend|child|boyfriend|girlfriend|fianc[eé]e?)[ \t]*,?[ \t]+" + _NAME
)
_NAME_FIELD = re.compile(
    r"\b(?i:(?:patient|pt|caller|caregiver|reporter|contact|first|last|full)?\s*name)\s*[:=-]\s*" + _NAME
)
_ROLE_AFTER = re.compile(_NAME + r",?[ \t]+(?:RN|LPN|NP|PA-C|MA|MD|DO|RPh|PharmD|CMA)\b")

# Capitalised words that follow cues but are not names (sentence starts,
# programs, places): leaving them readable keeps the evidence useful.
_NOT_NAMES = frozenset(
    """I I'm Im It The A An This That He She We They You My Your Our His Her Their Yes No Not Ok Okay
    Hi Hello Thanks Thank Sorry Please So And But Or Just Still Also Very Really Calling Support Program
    Programs Hub Line Center Centre Services Service Team Office Clinic Pharmacy Specialty Hospital ER
    Portal Assistance Access Patient Patients Caregiver Care Nurse Doctor Dr Insurance Copay Savings
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday Going Here There
    Fine Good Well Feeling Calling Concerned Worried Pregnant Allergic Diabetic Having""".split()  # noqa: SIM905
)

_MASKABLE = re.compile(r"\S")


def _name_span(match: re.Match[str]) -> tuple[int, int] | None:
    """Span of the name group, without trailing non-name words; ``None`` if no name is left."""
    words = list(re.finditer(r"\S+", match.group("name")))
    base = match.start("name")
    kept = []
    for word in words:
        bare = word.group().strip(".,'\u2019")
        if bare in _NOT_NAMES or not bare[:1].isupper():
            break
        kept.append(word)
    if not kept:
        return None
    return base + kept[0].start(), base + kept[-1].end()


def redaction_spans(text: str) -> list[RedactionSpan]:
    """Identifier spans in ``text``, sorted, overlaps merged (the first kind wins)."""
    spans: list[RedactionSpan] = []
    spans.extend(RedactionSpan(m.start(), m.end(), "email") for m in _EMAIL.finditer(text))
    spans.extend(RedactionSpan(m.start(), m.end(), "phone") for m in _PHONE.finditer(text))
    spans.extend(RedactionSpan(m.start("date"), m.end("date"), "date_of_birth") for m in _DOB.finditer(text))
    for match in _ID_NUMBER.finditer(text):
        group = "value" if match.group("value") is not None else "ssn"
        spans.append(RedactionSpan(match.start(group), match.end(group), "id_number"))
    for pattern in (_TITLE_BEFORE, _CUE_BEFORE, _FAMILY_BEFORE, _NAME_FIELD, _ROLE_AFTER):
        for match in pattern.finditer(text):
            found = _name_span(match)
            if found is not None:
                spans.append(RedactionSpan(found[0], found[1], "name"))
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[RedactionSpan] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = RedactionSpan(last.start, span.end, last.kind)
            continue
        merged.append(span)
    return merged


def redact(text: str, *, mask: str = "*") -> str:
    """``text`` with identifiers masked character for character (same length, same line breaks)."""
    if len(mask) != 1:
        raise ValueError(f"mask must be one character, got {mask!r}")
    spans = redaction_spans(text)
    if not spans:
        return text
    parts: list[str] = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(_MASKABLE.sub(mask, text[span.start : span.end]))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)
