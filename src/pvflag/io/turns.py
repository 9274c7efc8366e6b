"""Speaker turns: ``Label: text`` dialogue lines, speaker-label → role mapping.

Context rules need to know who said what: an agent reading the safety script
("have you had any side effects?") is not the patient reporting one. This module
finds ``Label: text`` turns in a text (``parse_turns``), maps a speaker label to
a role (``role_for_label``), upgrades unknown diarisation labels (``spk_0``)
with one sound heuristic (``infer_roles``), and assembles transcript segments
into text whose offsets the turns index (``assemble_turns``).

Pure standard library: the scanner calls ``parse_turns`` on every note.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from pvflag.interactions import SpeakerRole, SpeakerTurn

__all__ = ["assemble_turns", "infer_roles", "parse_turns", "role_for_label"]

# Longest keys first matter only for multi-word keys; lookup tries the whole
# normalised label, then its first two words, then its first word.
_ROLE_BY_KEY: dict[str, SpeakerRole] = {
    # hub staff
    "agent": "agent",
    "csr": "agent",
    "rep": "agent",
    "representative": "agent",
    "case manager": "agent",
    "care coordinator": "agent",
    "coordinator": "agent",
    "nurse educator": "agent",
    "hub nurse": "agent",
    "hub": "agent",
    "specialist": "agent",
    "advocate": "agent",
    "patient advocate": "agent",
    "access specialist": "agent",
    "reimbursement specialist": "agent",
    "cm": "agent",
    "associate": "agent",
    "operator": "agent",
    # patient
    "patient": "patient",
    "pt": "patient",
    "caller": "patient",
    "customer": "patient",
    "client": "patient",
    "member": "patient",
    # caregiver / family
    "caregiver": "caregiver",
    "carer": "caregiver",
    "parent": "caregiver",
    "guardian": "caregiver",
    "mom": "caregiver",
    "mother": "caregiver",
    "dad": "caregiver",
    "father": "caregiver",
    "wife": "caregiver",
    "husband": "caregiver",
    "spouse": "caregiver",
    "partner": "caregiver",
    "daughter": "caregiver",
    "son": "caregiver",
    "sister": "caregiver",
    "brother": "caregiver",
    "grandmother": "caregiver",
    "grandfather": "caregiver",
    "family member": "caregiver",
    # health-care professionals
    "nurse": "hcp",
    "rn": "hcp",
    "lpn": "hcp",
    "np": "hcp",
    "pa": "hcp",
    "dr": "hcp",
    "doctor": "hcp",
    "physician": "hcp",
    "prescriber": "hcp",
    "ma": "hcp",
    "office": "hcp",
    "md": "hcp",
    "hcp": "hcp",
    "clinic": "hcp",
    "provider": "hcp",
    "medical assistant": "hcp",
    "office staff": "hcp",
    "doctor's office": "hcp",
    "doctors office": "hcp",
    # pharmacy
    "pharmacist": "pharmacist",
    "rph": "pharmacist",
    "pharmacy": "pharmacist",
    "specialty pharmacy": "pharmacist",
    "pharmd": "pharmacist",
    "pharmacy tech": "pharmacist",
}

# Diarisation / ASR speaker ids: known to be speakers, role unknown.
_SPEAKER_ID = re.compile(
    r"(?:spk|speaker|spkr|ch|channel|s)[ _-]?\d{1,2}|speaker[ _-]?[a-z]|person[ _-]?\d{1,2}|unknown",
    re.IGNORECASE,
)

# A turn label at the start of a line: up to five words (letters, digits and
# name punctuation, optionally a parenthesised name), then ':' and a space or
# the end of the line. ``Time: 10:30`` needs the deny list below, not the regex.
_LABEL_LINE = re.compile(
    r"[ \t]*(?:>>\s*|\[)?"
    r"(?P<label>[^\W\d_][\w.'\u2019&/-]*(?:[ \t][\w.'\u2019&/-]+){0,4}(?:[ \t]*\([^()\n]{1,40}\))?)"
    r"\]?[ \t]*:(?=[ \t]|\r?$)",
)

# Words that start note sections, e-mail headers and forms: ``Plan: call back``
# is not someone speaking, so unknown labels need the dialogue test below.
_NOT_SPEAKERS = frozenset(
    """note notes plan assessment subject summary date time dob phone tel fax email e-mail re fw fwd
    from to cc bcc sent hpi cc dx rx meds medications allergies action actions follow followup
    follow-up outcome reason drug product dose lot ndc address id mrn case ticket status priority
    comments comment description details event events ae aes reporter result results diagnosis
    history pmh indication therapy start stop duration frequency route weight height age sex gender
    name first last program site location channel type category source call disposition next
    attachment attachments signature sig instructions question answer q a n/a na ref ps p.s
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _normalise(label: str) -> str:
    text = label.strip().strip("[]>").strip().lower()
    text = re.sub(r"\([^)]*\)", " ", text)  # "Agent (Dana)" -> "agent"
    text = text.replace("\u2019", "'")
    text = re.sub(r"[^\w' ]+", " ", text)  # "Dr." -> "dr", "Case-manager" -> "case manager"
    return " ".join(text.split())


def role_for_label(label: str) -> SpeakerRole:
    """Map a speaker label as written ("Agent", "Pt", "Dr. Lee", "Mom") to a role.

    Tries the whole label, then its first two words, then its first word, so
    that "Nurse educator Kim" is staff but "Nurse Kim" is an HCP. Anything else
    (``spk_0``, a bare first name) is ``unknown``.
    """
    words = _normalise(label).split()
    if not words:
        return "unknown"
    for size in (len(words), 2, 1):
        key = " ".join(words[:size])
        role = _ROLE_BY_KEY.get(key)
        if role is not None:
            return role
    # "Kim (caregiver)", "Dana - agent": a role word anywhere in the label
    inside = re.findall(r"\(([^)]*)\)", label)
    for word in reversed(words + " ".join(inside).lower().split()):
        role = _ROLE_BY_KEY.get(word)
        if role is not None and len(word) > 2:
            return role
    return "unknown"


def _plausible_label(label: str, known: bool) -> bool:
    """A label is a name or role, not the start of a sentence ("Pt called re: refill").

    One word always is; longer labels must be a role phrase ("Case manager") or
    words after the first must look like names ("Nurse Kim", "Dr. Lee", "Speaker 2").
    """
    bare = re.sub(r"\([^)]*\)", " ", label).split()
    if len(bare) <= 1:
        return True
    if _normalise(label) in _ROLE_BY_KEY:
        return True
    rest = bare[1:]
    if all(word[:1].isupper() or word[:1].isdigit() for word in rest):
        return known or bare[0][:1].isupper()
    return False


def _is_speaker_id(label: str) -> bool:
    return _SPEAKER_ID.fullmatch(_normalise(label).replace(" ", "_")) is not None or (
        _SPEAKER_ID.fullmatch(_normalise(label)) is not None
    )


_AGENT_CUES = re.compile(
    r"\b(?:thank(?:s| you) for (?:calling|holding|your patience)|you(?:'ve| have) reached"
    r"|this call (?:may|will) be recorded|how (?:can|may) I (?:help|assist) you"
    r"|calling (?:from|on behalf of) (?:the )?[\w ]{0,40}?(?:support|program|hub|access|connect)"
    r"|I(?:'m| am) required to (?:ask|report))",
    re.IGNORECASE,
)


def infer_roles(turns: Sequence[SpeakerTurn], text: str) -> tuple[SpeakerTurn, ...]:
    """Give ``agent`` to an unknown speaker who uses agent phrases, if only one does.

    Sound because hub scripts open with them ("thank you for calling", "you've
    reached", "this call may be recorded"); if two unknown speakers both use
    them, nothing is changed. Other speakers stay ``unknown``: a caller may be a
    patient or a caregiver, and guessing wrong would mislabel who had the event.
    """
    unknown_labels = {t.speaker for t in turns if t.role == "unknown"}
    if not unknown_labels or any(t.role == "agent" for t in turns):
        return tuple(turns)
    agent_like = {
        t.speaker for t in turns if t.role == "unknown" and _AGENT_CUES.search(text, t.start, t.end)
    }
    if len(agent_like) != 1:
        return tuple(turns)
    (agent_label,) = agent_like
    return tuple(t.model_copy(update={"role": "agent"}) if t.speaker == agent_label else t for t in turns)


_LABEL_LINE_M = re.compile(r"(?m)^" + _LABEL_LINE.pattern)


@functools.lru_cache(maxsize=4096)
def _label_info(label: str) -> tuple[SpeakerRole, bool, bool]:
    """(role, known speaker?, may be a speaker at all?) of a label; labels repeat, so cached."""
    role = role_for_label(label)
    known = role != "unknown" or _is_speaker_id(label)
    if not _plausible_label(label, known):
        return role, known, False
    normalised = _normalise(label)
    first_word = normalised.split(" ", 1)[0] if normalised else ""
    return role, known, known or (bool(first_word) and first_word not in _NOT_SPEAKERS and len(label) <= 40)


def parse_turns(text: str, *, any_label: bool = False) -> tuple[SpeakerTurn, ...]:
    """Find ``Label: text`` speaker turns in ``text``; ``()`` if it is not a dialogue.

    A turn starts at the beginning of a label line and runs to the end of the
    last line before the next label line (continuation lines belong to it);
    the label is inside the turn, the final line break is not. Offsets index
    ``text`` as given (CRLF kept).

    A line counts as a turn when its label maps to a role (Agent, Pt, Mom, Dr.
    Lee, RPh, ...) or is a diarisation id (``spk_0``, ``Speaker 2``). Other
    labels (``Dana:``) count only when the text is clearly a dialogue: at least
    two distinct such labels, one of them used twice, none of them a note or
    header word (``Plan:``, ``Subject:``, ``Time:``). ``any_label=True`` (the
    ``turns`` input format) accepts every label except those header words.
    """
    if ":" not in text:
        return ()
    starts: list[tuple[int, str, SpeakerRole, bool]] = []  # line start, label, role, known
    for match in _LABEL_LINE_M.finditer(text):
        label = match.group("label").strip()
        role, known, accepted = _label_info(label)
        if accepted:
            starts.append((match.start(), label, role, known))
    if not starts:
        return ()
    if not any_label:
        unknown = [s[1] for s in starts if not s[3]]
        if unknown and not is_dialogue(unknown):
            starts = [s for s in starts if s[3]]
        if not starts:
            return ()
    turns: list[SpeakerTurn] = []
    length = len(text)
    for index, (start, label, role, _known) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else length
        # the turn ends before the line break(s) and trailing whitespace that close it
        while end > start and text[end - 1] in "\r\n \t":
            end -= 1
        turns.append(SpeakerTurn(start=start, end=end, speaker=label, role=role))
    return infer_roles(turns, text)


def assemble_turns(
    segments: Iterable[tuple[str | None, str]],
) -> tuple[str, tuple[SpeakerTurn, ...]]:
    """Build transcript text as ``"Label: text\\n"`` lines and the turns indexing it.

    ``segments`` are ``(speaker label or None, utterance)`` in time order.
    Consecutive segments of the same speaker are joined into one turn (caption
    cues split sentences); a segment without a speaker becomes a plain line with
    no turn. Roles come from ``role_for_label`` then ``infer_roles``.
    """
    merged: list[tuple[str | None, list[str]]] = []
    for speaker, utterance in segments:
        words = " ".join(utterance.split())
        if not words:
            continue
        label = " ".join(speaker.split()) if speaker else None
        if merged and merged[-1][0] == label and label is not None:
            merged[-1][1].append(words)
        else:
            merged.append((label, [words]))
    parts: list[str] = []
    turns: list[SpeakerTurn] = []
    offset = 0
    for label, utterances in merged:
        body = " ".join(utterances)
        line = f"{label}: {body}" if label is not None else body
        if label is not None:
            turns.append(
                SpeakerTurn(start=offset, end=offset + len(line), speaker=label, role=role_for_label(label))
            )
        parts.append(line + "\n")
        offset += len(line) + 1
    text = "".join(parts)
    return text, infer_roles(turns, text)


def split_label(line: str) -> tuple[str | None, str, bool]:
    """``("Agent", "text", known)`` for a ``Label: text`` line, else ``(None, line, False)``.

    ``known`` says the label maps to a role or is a diarisation id; header words
    (``Subject:``, ``Time:``) are never labels.
    """
    match = _LABEL_LINE.match(line)
    if match is None:
        return None, line, False
    label = match.group("label").strip()
    normalised = _normalise(label)
    known = role_for_label(label) != "unknown" or _is_speaker_id(label)
    if not _plausible_label(label, known):
        return None, line, False
    if not known and (not normalised or normalised.split(" ", 1)[0] in _NOT_SPEAKERS):
        return None, line, False
    return label, line[match.end() :].strip(), known


def is_dialogue(labels: Iterable[str]) -> bool:
    """Unknown labels are speakers when at least two differ and one comes back."""
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return len(counts) >= 2 and max(counts.values()) >= 2
