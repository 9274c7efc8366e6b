"""Deadline scenarios, table-driven. Every expected due time was worked out by hand
from the calendar (weekday, public holiday, DST date) written in the row's comment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from case_helpers import drug, event, program, result

from pvflag.cases import build_cases
from pvflag.cases.deadlines import BusinessCalendar, add_business_days, clock_status, load_rules

NOW = datetime(2026, 1, 1, tzinfo=UTC)  # statuses are tested separately

US: dict[str, Any] = {"country": "US", "timezone": "America/New_York"}
DE: dict[str, Any] = {"country": "DE", "timezone": "Europe/Berlin"}
GB: dict[str, Any] = {"country": "GB", "timezone": "Europe/London", "calendar": {"subdivision": "ENG"}}
FR: dict[str, Any] = {"country": "FR", "timezone": "Europe/Paris"}
JP: dict[str, Any] = {"country": "JP", "timezone": "Asia/Tokyo"}
NO_PROGRAM = None

HUB = "hub.transfer"
EXP15 = "postmarket.expedited.15d"
EU15 = "eu.serious_expected.15d"
EU90 = "eu.non_serious.90d"
USP = "us.periodic"
SUSAR7 = "study.susar.7d"
SUSAR15 = "study.susar.15d"
NA5 = "us.non_applicant.5d"


@dataclass
class Scenario:
    id: str
    received_at: str
    expect: dict[str, str | None]
    program: dict[str, Any] | None = field(default_factory=lambda: dict(US))
    seriousness: tuple[str, ...] = ()
    term: str = "headache"
    country: str | None = None
    tz: str | None = None
    exact: bool = False  # the case has exactly the expected clocks
    first_meta: dict[str, Any] = field(default_factory=dict)
    # later interactions of the same patient: (received_at, seriousness, metadata)
    follow_ups: tuple[tuple[str, tuple[str, ...], dict[str, Any]], ...] = ()


S = Scenario
SCENARIOS = [
    # ---- hub -> manufacturer transfer, 1 business day, US (America/New_York) ----
    S(
        "us-friday-evening-dst-start", "2026-03-06T17:45:00-05:00", {HUB: "2026-03-09T23:59:59-04:00"}
    ),  # Fri -> Mon; DST began Sun Mar 8
    S("us-thursday-2359", "2026-03-05T23:59:00-05:00", {HUB: "2026-03-06T23:59:59-05:00"}),
    S("us-friday-0001", "2026-03-06T00:01:00-05:00", {HUB: "2026-03-09T23:59:59-04:00"}),
    S(
        "us-utc-input-is-friday-local", "2026-03-07T03:30:00Z", {HUB: "2026-03-09T23:59:59-04:00"}
    ),  # 22:30 EST Friday
    S(
        "us-utc-saturday-0001-local", "2026-03-07T05:01:00Z", {HUB: "2026-03-09T23:59:59-04:00"}
    ),  # 00:01 EST Saturday
    S("us-saturday-receipt", "2026-03-07T10:00:00-05:00", {HUB: "2026-03-09T23:59:59-04:00"}),
    S(
        "us-eve-of-thanksgiving-2359", "2026-11-25T23:59:00-05:00", {HUB: "2026-11-27T23:59:59-05:00"}
    ),  # Thu Nov 26 Thanksgiving
    S("us-thanksgiving-0001", "2026-11-26T00:01:00-05:00", {HUB: "2026-11-27T23:59:59-05:00"}),
    S(
        "us-independence-observed", "2026-07-02T16:00:00-04:00", {HUB: "2026-07-06T23:59:59-04:00"}
    ),  # Jul 4 is Sat -> observed Fri Jul 3
    S("us-christmas-eve", "2026-12-24T15:00:00-05:00", {HUB: "2026-12-28T23:59:59-05:00"}),
    S("us-mlk-day", "2026-01-16T18:00:00-05:00", {HUB: "2026-01-20T23:59:59-05:00"}),  # Mon Jan 19
    S("us-dst-end", "2026-10-30T12:00:00-04:00", {HUB: "2026-11-02T23:59:59-05:00"}),  # Sun Nov 1
    S("us-juneteenth-friday", "2026-06-18T09:00:00-04:00", {HUB: "2026-06-22T23:59:59-04:00"}),
    S(
        "us-state-holiday-not-in-federal-calendar",
        "2026-04-17T12:00:00-04:00",
        {HUB: "2026-04-20T23:59:59-04:00"},
    ),
    S(
        "us-massachusetts-patriots-day",
        "2026-04-17T12:00:00-04:00",
        {HUB: "2026-04-21T23:59:59-04:00"},
        program={**US, "calendar": {"subdivision": "MA"}},
    ),  # Mon Apr 20
    S(
        "us-hub-closure-day-after-thanksgiving",
        "2026-11-25T10:00:00-05:00",
        {HUB: "2026-11-30T23:59:59-05:00"},
        program={**US, "calendar": {"extra_closures": ["2026-11-27"]}},
    ),
    S(
        "us-two-business-days-over-thanksgiving",
        "2026-11-25T10:00:00-05:00",
        {HUB: "2026-11-30T23:59:59-05:00"},
        program={**US, "transfer": {"amount": 2}},
    ),
    S(
        "us-24-hours-across-dst-start",
        "2026-03-07T12:00:00-05:00",
        {HUB: "2026-03-08T13:00:00-04:00"},
        program={**US, "transfer": {"amount": 24, "unit": "hours"}},
    ),
    S(
        "us-24-hours-across-dst-end",
        "2026-10-31T12:00:00-04:00",
        {HUB: "2026-11-01T11:00:00-05:00"},
        program={**US, "transfer": {"amount": 24, "unit": "hours"}},
    ),
    S(
        "us-zero-business-days-on-saturday",
        "2026-03-07T10:00:00-05:00",
        {HUB: "2026-03-09T23:59:59-04:00"},
        program={**US, "transfer": {"amount": 0}},
    ),
    # ---- regulatory clocks, US ----
    S(
        "us-serious-unexpected-15d",
        "2026-03-06T17:45:00-05:00",
        {HUB: "2026-03-09T23:59:59-04:00", EXP15: "2026-03-21T23:59:59-04:00", USP: None},
        seriousness=("hospitalization",),
        exact=True,
    ),
    S(
        "us-serious-expected-no-15d",
        "2026-03-06T17:45:00-05:00",
        {HUB: "2026-03-09T23:59:59-04:00", USP: None},
        seriousness=("hospitalization",),
        term="conjunctivitis",
        exact=True,
    ),
    S(
        "us-non-serious-periodic-only",
        "2026-03-06T17:45:00-05:00",
        {HUB: "2026-03-09T23:59:59-04:00", USP: None},
        exact=True,
    ),
    S(
        "us-15d-across-new-year",
        "2026-12-20T10:00:00-05:00",
        {EXP15: "2027-01-04T23:59:59-05:00"},
        seriousness=("other_medically_important",),
    ),
    S(
        "no-label-known-counts-unexpected",
        "2026-03-06T17:45:00-05:00",
        {EXP15: "2026-03-21T23:59:59-04:00"},
        program={**US, "products": []},
        seriousness=("hospitalization",),
        term="conjunctivitis",
    ),
    S(
        "us-non-applicant-5d",
        "2026-09-01T10:00:00-04:00",
        {
            HUB: "2026-09-02T23:59:59-04:00",
            EXP15: "2026-09-16T23:59:59-04:00",
            NA5: "2026-09-06T23:59:59-04:00",
            USP: None,
        },
        program={**US, "non_applicant": True},
        seriousness=("hospitalization",),
        exact=True,
    ),
    S(
        "us-non-applicant-non-serious-no-5d",
        "2026-09-01T10:00:00-04:00",
        {HUB: "2026-09-02T23:59:59-04:00", USP: None},
        program={**US, "non_applicant": True},
        exact=True,
    ),
    S(
        "override-expedited-to-10-days",
        "2026-03-06T17:45:00-05:00",
        {EXP15: "2026-03-16T23:59:59-04:00"},
        program={**US, "rule_overrides": {EXP15: {"amount": 10, "reference": "SDEA 5.1"}}},
        seriousness=("hospitalization",),
    ),
    S(
        "override-disables-periodic",
        "2026-03-06T17:45:00-05:00",
        {HUB: "2026-03-09T23:59:59-04:00"},
        program={**US, "rule_overrides": {USP: {"enabled": False}}},
        exact=True,
    ),
    # ---- clinical study (SUSAR) ----
    S(
        "study-fatal-7d",
        "2026-06-01T09:00:00-04:00",
        {HUB: "2026-06-02T23:59:59-04:00", SUSAR7: "2026-06-08T23:59:59-04:00"},
        program={**US, "study": True},
        seriousness=("death",),
        exact=True,
    ),
    S(
        "study-life-threatening-7d",
        "2026-06-01T09:00:00-04:00",
        {SUSAR7: "2026-06-08T23:59:59-04:00"},
        program={**US, "study": True},
        seriousness=("life_threatening", "hospitalization"),
    ),
    S(
        "study-hospitalization-15d",
        "2026-06-01T09:00:00-04:00",
        {HUB: "2026-06-02T23:59:59-04:00", SUSAR15: "2026-06-16T23:59:59-04:00"},
        program={**US, "study": True},
        seriousness=("hospitalization",),
        exact=True,
    ),
    S(
        "study-serious-expected-no-susar",
        "2026-06-01T09:00:00-04:00",
        {HUB: "2026-06-02T23:59:59-04:00"},
        program={**US, "study": True},
        seriousness=("hospitalization",),
        term="conjunctivitis",
        exact=True,
    ),
    # ---- Germany (Europe/Berlin) ----
    S(
        "de-non-serious-90d-across-dst",
        "2026-01-10T10:00:00+01:00",
        {HUB: "2026-01-12T23:59:59+01:00", EU90: "2026-04-10T23:59:59+02:00"},
        program=DE,
        exact=True,
    ),
    S(
        "de-serious-expected-15d",
        "2026-05-01T11:00:00+02:00",
        {HUB: "2026-05-04T23:59:59+02:00", EU15: "2026-05-16T23:59:59+02:00"},
        program=DE,
        seriousness=("hospitalization",),
        term="conjunctivitis",
        exact=True,
    ),
    S(
        "de-serious-unexpected-15d",
        "2026-05-01T11:00:00+02:00",
        {HUB: "2026-05-04T23:59:59+02:00", EXP15: "2026-05-16T23:59:59+02:00"},
        program=DE,
        seriousness=("disability",),
        exact=True,
    ),
    S("de-labour-day", "2026-04-30T16:00:00+02:00", {HUB: "2026-05-04T23:59:59+02:00"}, program=DE),
    S("de-ascension", "2026-05-13T16:00:00+02:00", {HUB: "2026-05-15T23:59:59+02:00"}, program=DE),
    S("de-christmas", "2026-12-24T12:00:00+01:00", {HUB: "2026-12-28T23:59:59+01:00"}, program=DE),
    S(
        "de-corpus-christi-not-national",
        "2026-06-03T12:00:00+02:00",
        {HUB: "2026-06-04T23:59:59+02:00"},
        program=DE,
    ),
    S(
        "de-bavaria-corpus-christi",
        "2026-06-03T12:00:00+02:00",
        {HUB: "2026-06-05T23:59:59+02:00"},
        program={**DE, "calendar": {"subdivision": "BY"}},
    ),
    S("de-dst-start-weekend", "2026-03-27T18:00:00+01:00", {HUB: "2026-03-30T23:59:59+02:00"}, program=DE),
    S("de-dst-end-weekend", "2026-10-23T18:00:00+02:00", {HUB: "2026-10-26T23:59:59+01:00"}, program=DE),
    # ---- United Kingdom (England calendar) ----
    S("uk-easter", "2026-04-02T12:00:00+01:00", {HUB: "2026-04-07T23:59:59+01:00"}, program=GB),
    S("uk-boxing-day-observed", "2026-12-24T12:00:00+00:00", {HUB: "2026-12-29T23:59:59+00:00"}, program=GB),
    S("uk-summer-bank-holiday", "2026-08-28T17:00:00+01:00", {HUB: "2026-09-01T23:59:59+01:00"}, program=GB),
    S(
        "uk-not-eea-no-90d",
        "2026-08-28T17:00:00+01:00",
        {HUB: "2026-09-01T23:59:59+01:00"},
        program=GB,
        exact=True,
    ),
    # ---- France (Europe/Paris) ----
    S("fr-victory-day", "2026-05-07T12:00:00+02:00", {HUB: "2026-05-11T23:59:59+02:00"}, program=FR),
    S("fr-bastille-day", "2026-07-13T12:00:00+02:00", {HUB: "2026-07-15T23:59:59+02:00"}, program=FR),
    S("fr-armistice", "2026-11-10T12:00:00+01:00", {HUB: "2026-11-12T23:59:59+01:00"}, program=FR),
    S("fr-whit-monday", "2026-05-22T12:00:00+02:00", {HUB: "2026-05-26T23:59:59+02:00"}, program=FR),
    S("fr-non-serious-90d", "2026-07-14T10:00:00+02:00", {EU90: "2026-10-12T23:59:59+02:00"}, program=FR),
    # ---- Japan (Asia/Tokyo) ----
    S("jp-showa-day", "2026-04-28T12:00:00+09:00", {HUB: "2026-04-30T23:59:59+09:00"}, program=JP),
    S("jp-golden-week", "2026-05-01T12:00:00+09:00", {HUB: "2026-05-07T23:59:59+09:00"}, program=JP),
    S("jp-new-year", "2026-12-31T12:00:00+09:00", {HUB: "2027-01-04T23:59:59+09:00"}, program=JP),
    # ---- record country picks the calendar; no program; naive time with tz ----
    S(
        "record-country-de-without-program",
        "2026-05-13T16:00:00+02:00",
        {HUB: "2026-05-15T23:59:59+02:00"},
        program=NO_PROGRAM,
        country="DE",
    ),
    S(
        "no-country-weekends-only-and-both-regions",
        "2026-01-02T10:00:00+05:30",
        {HUB: "2026-01-05T23:59:59+05:30", EU90: "2026-04-02T23:59:59+05:30", USP: None},
        program=NO_PROGRAM,
        exact=True,
    ),
    # ---- follow-ups and validity ----
    S(
        "follow-up-upgrades-seriousness-restarts-15d",
        "2026-01-10T10:00:00+01:00",
        {HUB: "2026-01-21T23:59:59+01:00", EXP15: "2026-02-04T23:59:59+01:00"},
        program=DE,
        follow_ups=(("2026-01-20T10:00:00+01:00", ("hospitalization",), {}),),
        exact=True,
    ),
    S(
        "follow-up-non-significant-keeps-day0",
        "2026-01-10T10:00:00+01:00",
        {HUB: "2026-01-21T23:59:59+01:00", EU90: "2026-04-10T23:59:59+02:00"},
        program=DE,
        follow_ups=(("2026-01-20T10:00:00+01:00", (), {}),),
        exact=True,
    ),
    S(
        "invalid-then-completed",
        "2026-03-02T10:00:00-05:00",
        {HUB: "2026-03-05T23:59:59-05:00", EXP15: "2026-03-19T23:59:59-04:00", USP: None},
        seriousness=("hospitalization",),
        first_meta={"reporter_type": None},
        follow_ups=(("2026-03-04T09:00:00-05:00", ("hospitalization",), {"reporter_type": "caregiver"}),),
        exact=True,
    ),
    S(
        "invalid-stays-invalid-only-transfer",
        "2026-03-02T10:00:00-05:00",
        {HUB: "2026-03-03T23:59:59-05:00"},
        seriousness=("death",),
        first_meta={"reporter_type": None},
        exact=True,
    ),
    S(
        "naive-time-with-tz",
        "2026-03-06T17:45:00",
        {HUB: "2026-03-09T23:59:59-04:00"},
        program=NO_PROGRAM,
        country="US",
        tz="America/New_York",
    ),
]


def _case_for(s: Scenario) -> Any:
    prog = program(name="DupiCare", **s.program) if s.program is not None else None
    records = [
        result(
            "r1",
            s.received_at,
            event(s.term, seriousness=s.seriousness),
            drug(),
            country=s.country,
            **s.first_meta,
        )
    ]
    for n, (received_at, seriousness, meta) in enumerate(s.follow_ups, start=2):
        records.append(
            result(
                f"r{n}",
                received_at,
                event(s.term, seriousness=seriousness),
                drug(),
                country=s.country,
                **meta,
            )
        )
    batch = build_cases(records, program=prog, now=NOW, tz=s.tz)
    assert not batch.errors, batch.errors
    (case,) = batch.cases
    return case


def test_at_least_40_scenarios() -> None:
    assert len(SCENARIOS) >= 40
    assert len({s.id for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize("s", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_deadline_scenario(s: Scenario) -> None:
    case = _case_for(s)
    clocks = {c.rule_id: c for c in case.clocks}
    for rule_id, due in s.expect.items():
        assert rule_id in clocks, f"missing clock {rule_id}; have {sorted(clocks)}"
        got = clocks[rule_id].due
        assert (got.isoformat() if got else None) == due
        if due is not None:
            assert datetime.fromisoformat(due) >= case.first_received_at
    if s.exact:
        assert sorted(clocks) == sorted(s.expect)


def test_due_times_serialise_with_offset() -> None:
    case = _case_for(SCENARIOS[0])
    line = case.to_json()
    assert '"due":"2026-03-09T23:59:59-04:00"' in line


@pytest.mark.parametrize(
    ("due", "now", "status"),
    [
        (None, "2026-03-09T12:00:00-04:00", "information"),
        ("2026-03-09T23:59:59-04:00", "2026-03-07T12:00:00-05:00", "open"),
        ("2026-03-09T23:59:59-04:00", "2026-03-09T00:00:00-04:00", "due_within_24h"),
        ("2026-03-09T23:59:59-04:00", "2026-03-09T23:59:59-04:00", "due_within_24h"),
        ("2026-03-09T23:59:59-04:00", "2026-03-10T04:00:00Z", "overdue"),
        ("2026-03-09T23:59:59-04:00", "2026-03-08T23:59:58-04:00", "open"),
    ],
)
def test_clock_status(due: str | None, now: str, status: str) -> None:
    assert clock_status(datetime.fromisoformat(due) if due else None, datetime.fromisoformat(now)) == status


def test_status_uses_now_argument() -> None:
    prog = program(**US)
    record = result("r1", "2026-03-06T17:45:00-05:00", event(), drug())
    late = build_cases([record], program=prog, now=datetime(2026, 3, 10, 12, tzinfo=UTC))
    soon = build_cases([record], program=prog, now=datetime(2026, 3, 9, 12, tzinfo=UTC))
    assert {c.rule_id: c.status for c in late.cases[0].clocks}[HUB] == "overdue"
    assert {c.rule_id: c.status for c in soon.cases[0].clocks}[HUB] == "due_within_24h"


def test_add_business_days_skips_weekend_and_closure() -> None:
    from datetime import date

    calendar = BusinessCalendar(extra_closures=frozenset({date(2026, 3, 9)}))
    assert add_business_days(date(2026, 3, 6), 1, calendar) == date(2026, 3, 10)


def test_every_rule_has_reference_and_known_conditions() -> None:
    rules = load_rules()
    assert {r.id for r in rules} >= {HUB, EXP15, EU15, EU90, USP, SUSAR7, SUSAR15, NA5}
    for rule in rules:
        assert rule.reference.strip()
        assert rule.information == (rule.id == USP)


def test_clock_names_regulation() -> None:
    case = _case_for(next(s for s in SCENARIOS if s.id == "us-serious-unexpected-15d"))
    expedited = next(c for c in case.clocks if c.rule_id == EXP15)
    assert "314.80" in expedited.reference
    assert expedited.unit == "calendar_days" and expedited.amount == 15
    hub = next(c for c in case.clocks if c.rule_id == HUB)
    assert hub.calendar == "US" and "DupiCare" in hub.reference
    assert case.expedited and case.serious
