"""Case clocks: pure functions from the deadline rule table, Day 0 and a calendar.

Every rule is a row of ``pvflag/data/deadline_rules.toml``; nothing here knows
a number of days. Times are tz-aware throughout; business days skip weekends,
public holidays (``holidays`` package, imported lazily) and program closures.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pvflag.cases.models import Clock, ClockStatus
from pvflag.errors import ConfigError

__all__ = [
    "CONDITIONS",
    "EEA_COUNTRIES",
    "BusinessCalendar",
    "CaseFacts",
    "DeadlineRule",
    "add_business_days",
    "clock_status",
    "compute_clocks",
    "due_time",
    "load_rules",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

Condition = Literal[
    "any",
    "serious",
    "non_serious",
    "unexpected",
    "expected",
    "fatal_or_life_threatening",
    "not_fatal_or_life_threatening",
    "study",
    "not_study",
    "non_applicant",
    "eea",
    "us",
]
CONDITIONS: tuple[str, ...] = Condition.__args__  # type: ignore[attr-defined]
Unit = Literal["calendar_days", "business_days", "hours"]

# EU 27 + the EEA EFTA states (IS, LI, NO); the UK left in 2020
EEA_COUNTRIES = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    }
)
_END_OF_DAY = time(23, 59, 59)
_RULES_FILE = "deadline_rules.toml"


class DeadlineRule(BaseModel):
    """One row of the deadline rule table."""

    model_config = _FROZEN

    id: str
    clock: str
    reference: str
    applies_when: tuple[Condition, ...] = Field(min_length=1)
    amount: int = Field(ge=0)
    unit: Unit
    start: Literal["receipt", "awareness"]
    information: bool = False
    enabled: bool = True


class CaseFacts(BaseModel):
    """What the rule conditions look at."""

    model_config = _FROZEN

    serious: bool = False
    unexpected: bool = True
    fatal_or_life_threatening: bool = False
    study: bool = False
    non_applicant: bool = False
    country: str | None = None

    def holds(self, condition: str) -> bool:
        country = (self.country or "").upper()
        if condition == "any":
            return True
        if condition == "serious":
            return self.serious
        if condition == "non_serious":
            return not self.serious
        if condition == "unexpected":
            return self.unexpected
        if condition == "expected":
            return not self.unexpected
        if condition == "fatal_or_life_threatening":
            return self.fatal_or_life_threatening
        if condition == "not_fatal_or_life_threatening":
            return not self.fatal_or_life_threatening
        if condition == "study":
            return self.study
        if condition == "not_study":
            return not self.study
        if condition == "non_applicant":
            return self.non_applicant
        if condition == "eea":  # unknown country counts: a missing key must not drop a clock
            return not country or country in EEA_COUNTRIES
        if condition == "us":
            return not country or country == "US"
        raise ConfigError(f"unknown rule condition {condition!r}; valid: {', '.join(CONDITIONS)}")


def parse_rules(data: dict[str, Any], *, source: str) -> tuple[DeadlineRule, ...]:
    rows = data.get("rule")
    if not isinstance(rows, list) or not rows:
        raise ConfigError(f"{source}: expected one or more [[rule]] tables")
    rules = []
    for index, row in enumerate(rows):
        try:
            rules.append(DeadlineRule.model_validate(row))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ConfigError(
                f"{source}: rule #{index + 1} ({row.get('id', '?')}): {where}: {first['msg']} "
                f"(conditions: {', '.join(CONDITIONS)}; units: calendar_days, business_days, hours; "
                f"start: receipt, awareness)"
            ) from exc
    ids = [rule.id for rule in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ConfigError(f"{source}: duplicate rule ids {duplicates}")
    return tuple(rules)


@functools.cache
def load_rules() -> tuple[DeadlineRule, ...]:
    """The packaged rule table, parsed once."""
    text = resources.files("pvflag.data").joinpath(_RULES_FILE).read_text(encoding="utf-8")
    return parse_rules(tomllib.loads(text), source=f"pvflag/data/{_RULES_FILE}")


@functools.cache
def _public_holidays(country: str, subdivision: str | None) -> Any:
    import holidays

    try:
        return holidays.country_holidays(country, subdiv=subdivision)
    except NotImplementedError as exc:
        raise ConfigError(
            f"no holiday calendar for country {country!r}; expected a code the holidays package "
            f"supports, e.g. US, GB, DE, FR, JP"
        ) from exc


class BusinessCalendar(BaseModel):
    """Weekends, public holidays of one country (and subdivision), and extra closures."""

    model_config = _FROZEN

    country: str | None = None
    subdivision: str | None = None
    extra_closures: frozenset[date] = frozenset()
    weekend: frozenset[int] = frozenset({5, 6})

    @property
    def label(self) -> str:
        if not self.country:
            return "weekends only (no country)"
        return self.country.upper() + (f"-{self.subdivision}" if self.subdivision else "")

    def is_business_day(self, day: date) -> bool:
        if day.weekday() in self.weekend or day in self.extra_closures:
            return False
        if self.country:
            return day not in _public_holidays(self.country.upper(), self.subdivision)
        return True


def add_business_days(start: date, amount: int, calendar: BusinessCalendar) -> date:
    """The ``amount``-th business day after ``start`` (``start`` itself is Day 0)."""
    day = start
    if amount == 0:
        while not calendar.is_business_day(day):
            day += timedelta(days=1)
        return day
    remaining = amount
    while remaining:
        day += timedelta(days=1)
        if calendar.is_business_day(day):
            remaining -= 1
    return day


def _end_of_day(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, _END_OF_DAY, tzinfo=zone)


def due_time(
    start: datetime, amount: int, unit: str, *, zone: tzinfo, calendar: BusinessCalendar
) -> datetime:
    """Due time of a clock started at ``start``, expressed in ``zone``."""
    if start.tzinfo is None:
        raise ConfigError("clock start must be tz-aware (ISO 8601 with offset)")
    local_start = start.astimezone(zone)
    if unit == "hours":
        return (start.astimezone(UTC) + timedelta(hours=amount)).astimezone(zone)
    if unit == "calendar_days":
        return _end_of_day(local_start.date() + timedelta(days=amount), zone)
    if unit == "business_days":
        return _end_of_day(add_business_days(local_start.date(), amount, calendar), zone)
    raise ConfigError(f"unknown clock unit {unit!r}; valid: calendar_days, business_days, hours")


def clock_status(due: datetime | None, now: datetime) -> ClockStatus:
    if due is None:
        return "information"
    if now > due:
        return "overdue"
    if due - now <= timedelta(hours=24):
        return "due_within_24h"
    return "open"


def compute_clocks(
    rules: Iterable[DeadlineRule],
    facts: CaseFacts,
    *,
    receipt: datetime,
    awareness: datetime | None,
    zone: tzinfo,
    calendar: BusinessCalendar,
    now: datetime,
    receipt_version: int = 1,
    awareness_version: int = 1,
) -> tuple[Clock, ...]:
    """Clocks of every applicable rule. ``awareness`` is None while the case is invalid,
    so that only the receipt-based (hub transfer) clocks run."""
    clocks = []
    for rule in rules:
        if not rule.enabled or not all(facts.holds(c) for c in rule.applies_when):
            continue
        start = receipt if rule.start == "receipt" else awareness
        if start is None:
            continue
        version = receipt_version if rule.start == "receipt" else awareness_version
        due = (
            None
            if rule.information
            else due_time(start, rule.amount, rule.unit, zone=zone, calendar=calendar)
        )
        clocks.append(
            Clock(
                rule_id=rule.id,
                clock=rule.clock,
                reference=rule.reference,
                start=start.astimezone(zone),
                amount=rule.amount,
                unit=rule.unit,
                calendar=calendar.label if rule.unit == "business_days" else None,
                due=due,
                status=clock_status(due, now),
                started_by_version=version,
            )
        )
    return tuple(clocks)
