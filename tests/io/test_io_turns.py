"""``Label: text`` turns and speaker-label → role mapping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pvflag.io import assemble_turns, parse_turns, role_for_label


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Agent", "agent"),
        ("CSR", "agent"),
        ("Rep", "agent"),
        ("Case Manager", "agent"),
        ("case-manager", "agent"),
        ("Nurse educator Kim", "agent"),
        ("Hub nurse", "agent"),
        ("Agent (Dana)", "agent"),
        ("Patient", "patient"),
        ("Pt", "patient"),
        ("PT", "patient"),
        ("Caller", "patient"),
        ("Caregiver", "caregiver"),
        ("Mom", "caregiver"),
        ("Dad", "caregiver"),
        ("Wife", "caregiver"),
        ("Husband", "caregiver"),
        ("Daughter", "caregiver"),
        ("Son", "caregiver"),
        ("Caregiver Maria", "caregiver"),
        ("Kim (caregiver)", "caregiver"),
        ("Nurse", "hcp"),
        ("Nurse Kim", "hcp"),
        ("Dr", "hcp"),
        ("Dr. Lee", "hcp"),
        ("Doctor", "hcp"),
        ("MA", "hcp"),
        ("Office", "hcp"),
        ("Pharmacist", "pharmacist"),
        ("RPh", "pharmacist"),
        ("spk_0", "unknown"),
        ("Speaker 1", "unknown"),
        ("Dana", "unknown"),
        ("", "unknown"),
    ],
)
def test_role_for_label(label: str, role: str) -> None:
    assert role_for_label(label) == role


def test_turns_cover_label_lines_and_continuations() -> None:
    text = (
        "Agent: Thank you for calling, this is Dana.\n"
        "Patient: Hi, I got a rash after my Dupixent shot.\nIt itches.\n"
        "Agent: Any fever?\r\n"
        "Pt: no\n"
    )
    turns = parse_turns(text)
    assert [(t.speaker, t.role, text[t.start : t.end]) for t in turns] == [
        ("Agent", "agent", "Agent: Thank you for calling, this is Dana."),
        ("Patient", "patient", "Patient: Hi, I got a rash after my Dupixent shot.\nIt itches."),
        ("Agent", "agent", "Agent: Any fever?"),
        ("Pt", "patient", "Pt: no"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: call back tomorrow\nNote: pt doing ok",  # note sections
        "Time: 10:30 call from pt\nPt c/o HA",  # a time, not a speaker
        "Pt called re: refill, c/o nausea",  # sentence before a colon
        "Pt states: HA x3 days",
        "Subject: side effects\nFrom: someone",
        "Dana: hi there",  # one unknown label is not a dialogue
        "no labels at all\njust a note",
        "",
    ],
)
def test_not_a_dialogue(text: str) -> None:
    assert parse_turns(text) == ()


def test_unknown_names_need_a_dialogue() -> None:
    text = "Dana: thanks for calling the hub\nRobert: my wife passed out\nDana: is she ok?"
    turns = parse_turns(text)
    assert [(t.speaker, t.role) for t in turns] == [
        ("Dana", "agent"),
        ("Robert", "unknown"),
        ("Dana", "agent"),
    ]


def test_any_label_accepts_single_names() -> None:
    assert [t.speaker for t in parse_turns("Dana: hi there", any_label=True)] == ["Dana"]
    assert parse_turns("Plan: call back", any_label=True) == ()


def test_agent_heuristic_only_when_one_speaker_uses_agent_phrases() -> None:
    one = parse_turns("spk_0: thank you for calling, how can I help you?\nspk_1: I have a headache")
    assert [t.role for t in one] == ["agent", "unknown"]
    both = parse_turns("spk_0: thank you for calling\nspk_1: thanks for calling back, you've reached me")
    assert [t.role for t in both] == ["unknown", "unknown"]
    # a known agent already there: nothing is guessed
    known = parse_turns("Agent: hello\nspk_1: thank you for calling me back")
    assert [t.role for t in known] == ["agent", "unknown"]


def test_assemble_turns_merges_consecutive_speakers_and_indexes_text() -> None:
    text, turns = assemble_turns(
        [
            ("Agent", "Thanks for calling."),
            ("Agent", " How can I help?"),
            ("Patient", "I feel  dizzy"),
            (None, "[crosstalk]"),
            ("Patient", "since Monday"),
            ("Agent", "   "),
        ]
    )
    assert text == (
        "Agent: Thanks for calling. How can I help?\nPatient: I feel dizzy\n"
        "[crosstalk]\nPatient: since Monday\n"
    )
    assert [(t.speaker, t.role, text[t.start : t.end]) for t in turns] == [
        ("Agent", "agent", "Agent: Thanks for calling. How can I help?"),
        ("Patient", "patient", "Patient: I feel dizzy"),
        ("Patient", "patient", "Patient: since Monday"),
    ]


_line = st.one_of(
    st.builds(
        lambda label, body: f"{label}: {body}",
        st.sampled_from(["Agent", "Pt", "Dr. Lee", "spk_1", "Dana"]),
        st.text(max_size=30),
    ),
    st.text(max_size=40),
)


@given(st.lists(_line, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_turns_are_ordered_disjoint_and_inside_the_text(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    turns = parse_turns(text)
    previous_end = 0
    for turn in turns:
        assert previous_end <= turn.start <= turn.end <= len(text)
        assert text[turn.start : turn.end].lstrip(" \t>[").startswith(turn.speaker)
        previous_end = turn.end
