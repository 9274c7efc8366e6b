"""``clean_text``: controls out, offsets unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pvflag.io import clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain note", "plain note"),
        ("tab\tLF\nCRLF\r\n", "tab\tLF\nCRLF\r\n"),  # kept: offsets index the user's text
        ("a\x00b", "a b"),
        ("bell\x07 esc\x1b vt\x0b ff\x0c", "bell  esc  vt  ff "),
        ("del\x7f c1\x85\x9f", "del  c1  "),
        ("\ufeffbom inside", " bom inside"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("émigré 痛い 🤒", "émigré 痛い 🤒"),
        ("", ""),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@given(st.text(alphabet=st.characters(codec=None)))
def test_clean_text_keeps_length_and_printable_text(raw: str) -> None:
    cleaned = clean_text(raw)
    assert len(cleaned) == len(raw)
    for before, after in zip(raw, cleaned, strict=True):
        assert after == before or after in (" ", "\ufffd")
    cleaned.encode("utf-8")  # always writable as UTF-8
