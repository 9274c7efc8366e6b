"""``redact``: identifiers masked character for character, event words kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pvflag.redact import redact, redaction_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pt Jane Doe DOB 03/14/1985 c/o rash", "Pt **** *** DOB ********** c/o rash"),
        ("call back at 555-123-4567 or (555) 987-6543", "call back at ************ or ***** ********"),
        ("cell +1 555 123 4567.", "cell ** *** *** ****."),  # spaces kept
        ("email jane.doe+pv@example.co.uk today", "email ************************* today"),
        ("date of birth: March 4, 1990; had a fever", "date of birth: ***** ** ****; had a fever"),
        ("born on 4 July 1961, now dizzy", "born on * **** ****, now dizzy"),
        ("D.O.B. 1961-07-04", "D.O.B. **********"),
        ("This is Dana with the support line.", "This is **** with the support line."),
        ("my name is Mary-Jo O'Neil and I have hives", "my name is ******* ****** and I have hives"),
        ("my daughter Emma has a fever", "my daughter **** has a fever"),
        ("MY SON Jake fainted", "MY SON **** fainted"),
        ("Spoke with Dr. Patel re: hospitalization", "Spoke with Dr. ***** re: hospitalization"),
        ("Kim Lee, RN says pt vomited", "*** ***, RN says pt vomited"),
        ("Nurse Kim reports swelling", "Nurse *** reports swelling"),
        ("Mrs. Alvarez reported nausea", "Mrs. ******* reported nausea"),
        ("MRN: 00123456 pt c/o rash", "MRN: ******** pt c/o rash"),
        ("Member ID W123456789, SSN 123-45-6789", "Member ID **********, SSN ***********"),
        ("Patient name: Jane Doe", "Patient name: **** ***"),
        ("member since 2019, dose 300 mg", "member since 2019, dose 300 mg"),
        # not names: lower-case after a cue, role words, sentence words, event words
        ("this is terrible, I have a headache", "this is terrible, I have a headache"),
        ("Patient Support Program called", "Patient Support Program called"),
        ("I am Pregnant", "I am Pregnant"),
        # numbers that are not identifiers stay: doses, lot numbers, dates of events
        ("Dose 10 mg on 3/4/2024, lot 1234567890", "Dose 10 mg on 3/4/2024, lot 1234567890"),
        ("", ""),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_spans_say_what_was_masked() -> None:
    text = "Pt Jane Doe, DOB 1/2/1980, jane@example.com, 555-123-4567"
    assert [(text[s.start : s.end], s.kind) for s in redaction_spans(text)] == [
        ("Jane Doe", "name"),
        ("1/2/1980", "date_of_birth"),
        ("jane@example.com", "email"),
        ("555-123-4567", "phone"),
    ]


def test_mask_must_be_one_character() -> None:
    with pytest.raises(ValueError, match="one character"):
        redact("x", mask="##")


@given(st.text())
def test_redact_is_same_length_and_only_masks(text: str) -> None:
    masked = redact(text)
    assert len(masked) == len(text)
    for before, after in zip(text, masked, strict=True):
        assert after == before or (after == "*" and not before.isspace())
