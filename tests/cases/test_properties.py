"""Hypothesis properties of the case layer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from case_helpers import drug, event, program, result, situation
from hypothesis import given, settings
from hypothesis import strategies as st

from pvflag.cases import build_cases
from pvflag.findings import SERIOUSNESS_CRITERIA

ZONES = ["America/New_York", "Europe/Berlin", "Europe/London", "Asia/Tokyo", "Australia/Sydney", "UTC"]
COUNTRIES = [None, "US", "DE", "GB", "FR", "JP"]
TERMS = ["headache", "nausea", "rash", "conjunctivitis", "fatigue"]
ASSERTIONS = ["present", "present", "present", "negated", "hypothetical", "other_person"]
NOW = datetime(2026, 6, 1, tzinfo=UTC)

moments = st.datetimes(
    min_value=datetime(2025, 1, 1),
    max_value=datetime(2027, 12, 31),
    timezones=st.sampled_from([ZoneInfo(z) for z in ZONES] + [timezone(timedelta(hours=5, minutes=30)), UTC]),
)
findings = st.lists(
    st.tuples(
        st.sampled_from(TERMS),
        st.sets(st.sampled_from(SERIOUSNESS_CRITERIA), max_size=2),
        st.sampled_from(ASSERTIONS),
    ),
    min_size=0,
    max_size=3,
)
programs = st.one_of(
    st.none(),
    st.builds(
        lambda zone, country, study, non_applicant, amount, unit, window: program(
            timezone=zone,
            country=country,
            study=study,
            non_applicant=non_applicant,
            transfer={"amount": amount, "unit": unit},
            followup_window_days=window,
        ),
        st.sampled_from(ZONES),
        st.sampled_from(COUNTRIES),
        st.booleans(),
        st.booleans(),
        st.integers(0, 48),
        st.sampled_from(["business_days", "hours"]),
        st.integers(0, 60),
    ),
)
records = st.lists(
    st.tuples(
        moments,
        findings,
        st.sampled_from(["P-1", "P-2", None]),
        st.booleans(),
        st.sampled_from(COUNTRIES),
        st.sampled_from(["patient", None]),
    ),
    min_size=1,
    max_size=6,
)


def _results(raw):  # type: ignore[no-untyped-def]
    out = []
    for i, (moment, items, patient, pregnant, country, reporter) in enumerate(raw):
        found = [
            event(term, seriousness=tuple(sorted(s)), assertion=a, text=term, start=0) for term, s, a in items
        ]
        if pregnant:
            found.append(situation("pregnancy"))
        found.append(drug())
        out.append(
            result(
                f"r{i}",
                moment.isoformat(),
                *found,
                patient_id=patient,
                country=country,
                reporter_type=reporter,
            )
        )
    return out


@settings(max_examples=150, deadline=None)
@given(records, programs)
def test_no_due_time_before_day0(raw, prog) -> None:  # type: ignore[no-untyped-def]
    batch = build_cases(_results(raw), program=prog, now=NOW)
    for case in batch.cases:
        for version in case.versions:
            assert version.transfer_due is None or version.transfer_due >= version.received_at
        for clock in case.clocks:
            assert clock.start >= case.first_received_at
            if case.day0 is not None:
                assert case.day0 >= case.first_received_at
            if clock.rule_id != "hub.transfer":  # regulatory clocks run from Day 0 or later
                assert case.day0 is not None and clock.start >= case.day0
            if clock.due is not None:
                assert clock.due >= clock.start
                assert clock.due.utcoffset() is not None


@settings(max_examples=150, deadline=None)
@given(records, programs)
def test_merging_follow_ups_never_loses_an_event(raw, prog) -> None:  # type: ignore[no-untyped-def]
    results = _results(raw)
    batch = build_cases(results, program=prog, now=NOW)
    by_case = {case.case_id: case for case in batch.cases}
    for row in batch.dispositions:
        if row.kind in ("adverse_event", "special_situation") and row.assertion == "present":
            assert row.reason in ("in_case", "duplicate")
            case = by_case[row.case_id]  # type: ignore[index]
            terms = {e.term for e in case.events} | {s.category for s in case.special_situations}
            assert row.term in terms
    # every finding of every record has exactly one disposition row
    expected = sorted((r.id, i) for r in results for i in range(len(r.findings)))
    assert sorted((d.record_id, d.finding_index) for d in batch.dispositions) == expected


@settings(max_examples=60, deadline=None)
@given(records, programs)
def test_same_inputs_give_byte_identical_cases(raw, prog) -> None:  # type: ignore[no-untyped-def]
    first = build_cases(_results(raw), program=prog, now=NOW)
    second = build_cases(_results(raw), program=prog, now=NOW)
    assert [c.to_json() for c in first.cases] == [c.to_json() for c in second.cases]
    assert [d.model_dump_json() for d in first.dispositions] == [
        d.model_dump_json() for d in second.dispositions
    ]


@settings(max_examples=60, deadline=None)
@given(records)
def test_versions_count_merged_records(raw) -> None:  # type: ignore[no-untyped-def]
    batch = build_cases(_results(raw), program=program(timezone="UTC"), now=NOW)
    for case in batch.cases:
        assert case.version == len(case.versions) == len({s.record_id for s in case.sources})
        assert [v.version for v in case.versions] == list(range(1, case.version + 1))
        times = [v.received_at for v in case.versions]
        assert times == sorted(times)
