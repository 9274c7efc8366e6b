"""Hypothesis properties of the scanner: never raises, offsets slice back, order and count kept."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_WORDS = st.sampled_from([
    "Pt", "c/o", "HA", "N/V", "denies", "rash", "no", "Dupixent", "humera", "pregnant", "ER", "admitted",
    "not", "working", "the", "shot", "?", ".", "\n", "Agent:", "Patient:", "🤢", "náuseas", "dizzy", "if",
    "my", "husband", "has", "fever", "hx", "d/c'd", "Otezla", "jammed", "pen", "2", "pens", "accidentally",
])
_TEXT = st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=60).map(" ".join))
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(_TEXT)
def test_any_text_scans_and_every_finding_slices_back(scanner, text):
    result = scanner.scan(text, id="p")
    assert result.error is None
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
    present = [f for f in result.findings if getattr(f, "assertion", None) == "present"]
    assert result.has_adverse_event == any(f.kind == "adverse_event" for f in present)
    assert result.reportable == bool(present and any(f.kind != "drug" for f in present))
    assert not result.serious or result.has_adverse_event


@_SETTINGS
@given(st.lists(st.one_of(_TEXT, st.none(), st.integers(), st.dictionaries(st.sampled_from(["id", "text"]),
                                                                           st.one_of(_TEXT, st.none()))),
                max_size=12))
def test_scan_many_keeps_order_and_count_and_never_raises(scanner, records):
    results = list(scanner.scan_many(records))
    assert len(results) == len(records)
    for index, (record, result) in enumerate(zip(records, results, strict=True)):
        if isinstance(record, str):
            assert result.error is None and result.id == str(index + 1)
        elif not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record.get("id"):
            assert result.error is not None


def test_scanner_pickles_as_options_and_scans_the_same(scanner):
    import pickle

    text = "Pt c/o HA & N/V after Dupixent; denies fever."
    clone = pickle.loads(pickle.dumps(scanner))
    assert clone.scan(text, id="x") == scanner.scan(text, id="x")


def test_same_input_gives_identical_output(scanner):
    text = "Pt c/o HA & N/V after Dupixent; denies fever. Pen jammed."
    assert scanner.scan(text, id="x").to_json() == scanner.scan(text, id="x").to_json()
