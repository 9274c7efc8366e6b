"""Program file: one hub program's products, country, calendar and clock rules.

A program file is TOML (see ``docs/program-file.md``). Its ``[[products]]``
entries double as the hub product file the scan engine uses to extend its
lexicon, so ``ProductEntry`` is self-contained (plain strings only).
Errors are ``ConfigError`` naming the file, the key and the valid options.
"""

from __future__ import annotations

import functools
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pvflag.errors import ConfigError

__all__ = [
    "DEFAULT_FOLLOWUP_WINDOW_DAYS",
    "PRODUCT_ROUTES",
    "CalendarConfig",
    "ProductEntry",
    "ProgramConfig",
    "RuleOverride",
    "TransferRule",
    "load_program",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

ProductRoute = Literal["sc", "iv", "oral", "im", "inhaled", "topical", "other"]
PRODUCT_ROUTES: tuple[ProductRoute, ...] = ("sc", "iv", "oral", "im", "inhaled", "topical", "other")
# documented in docs/program-file.md; a follow-up later than this is a new case
DEFAULT_FOLLOWUP_WINDOW_DAYS = 30


def _country_code(value: str | None) -> str | None:
    """Upper-case ISO 3166-1 alpha-2; 'UK' is accepted for GB."""
    if not value:
        return value
    code = value.strip().upper()
    return "GB" if code == "UK" else code


def _lower_terms(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip().lower() for v in values if v.strip())


class ProductEntry(BaseModel):
    """A program product, as in ``lexicons/curated/specialty_products.tsv``."""

    model_config = _FROZEN

    brand: str = Field(min_length=1, description="brand name as marketed, e.g. 'Dupixent'")
    generic: str = Field(min_length=1, description="INN / USAN generic; the canonical name")
    variants: tuple[str, ...] = Field(
        default=(), description="misspellings, speech-to-text mishearings, device names"
    )
    indications: tuple[str, ...] = Field(
        default=(), description="event terms of the diseases the product treats"
    )
    labelled_events: tuple[str, ...] = Field(
        default=(), description="event terms listed in the label (expected events)"
    )
    route: ProductRoute | None = None
    drug_class: str | None = None

    _norm = field_validator("indications", "labelled_events")(_lower_terms)

    def names(self) -> tuple[str, ...]:
        """Every lower-case surface that refers to this product."""
        return tuple(n.lower() for n in (self.brand, self.generic, *self.variants))


class CalendarConfig(BaseModel):
    """Business-day calendar: a ``holidays`` country (and subdivision) plus closure dates."""

    model_config = _FROZEN

    country: str | None = Field(
        default=None, description="holidays country code; unset = the record's country"
    )
    subdivision: str | None = None
    _country = field_validator("country")(lambda value: _country_code(value))

    extra_closures: tuple[date, ...] = Field(
        default=(), description="dates the hub is closed besides weekends and public holidays"
    )


class TransferRule(BaseModel):
    """Hub-to-manufacturer transfer time from receipt (the PSP contract)."""

    model_config = _FROZEN

    amount: int = Field(default=1, ge=0)
    unit: Literal["business_days", "hours"] = "business_days"
    reference: str | None = Field(default=None, description="contract clause, e.g. 'SDEA 4.2'")


class RuleOverride(BaseModel):
    """Program override of one row of the deadline rule table."""

    model_config = _FROZEN

    amount: int | None = Field(default=None, ge=0)
    unit: Literal["calendar_days", "business_days", "hours"] | None = None
    reference: str | None = None
    enabled: bool = True


class ProgramConfig(BaseModel):
    """One PSP program: what it covers and which clocks run for its cases."""

    model_config = _FROZEN

    name: str = Field(min_length=1)
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 of the program")
    timezone: str | None = Field(default=None, description="IANA zone of the hub, e.g. 'America/New_York'")
    calendar: CalendarConfig = Field(default_factory=CalendarConfig)
    transfer: TransferRule = Field(default_factory=TransferRule)
    study: bool = Field(default=False, description="the program is a clinical study (SUSAR clocks)")
    non_applicant: bool = Field(
        default=False, description="the hub's client is a US non-applicant (5-day clock)"
    )
    followup_window_days: int = Field(default=DEFAULT_FOLLOWUP_WINDOW_DAYS, ge=0)
    min_fuzzy_score: float | None = Field(
        default=None,
        ge=0,
        le=100,
        description="findings matched fuzzily below this score are logged 'below_sensitivity'",
    )
    rule_overrides: dict[str, RuleOverride] = Field(default_factory=dict)
    products: tuple[ProductEntry, ...] = ()
    e2b: dict[str, Any] = Field(
        default_factory=dict, description="[e2b] export settings, validated by pvflag.e2b"
    )

    _country = field_validator("country")(lambda value: _country_code(value))

    @functools.cached_property
    def _products_by_name(self) -> dict[str, ProductEntry]:
        table: dict[str, ProductEntry] = {}
        for product in self.products:
            for name in product.names():
                table.setdefault(name.strip(), product)
        return table

    def product_for(self, name: str | None) -> ProductEntry | None:
        """The program product a drug name (brand, generic or variant) refers to."""
        if not name:
            return None
        return self._products_by_name.get(name.strip().lower())


def _loc(error: Any) -> str:
    return ".".join(str(part) for part in error["loc"]) or "<top level>"


def _check_codes(program: ProgramConfig, source: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    import holidays

    supported = holidays.list_supported_countries()
    for key, code in (("country", program.country), ("calendar.country", program.calendar.country)):
        if code and (len(code) != 2 or code not in supported):
            raise ConfigError(
                f"{source}: {key} = {code!r} is not a country the holidays package knows; "
                f"expected an ISO 3166-1 alpha-2 code such as US, GB, DE, FR, JP "
                f"(valid: {', '.join(sorted(c for c in supported if len(c) == 2))})"
            )
    cal_country = program.calendar.country or program.country
    subdivision = program.calendar.subdivision
    if subdivision:
        valid = supported.get((cal_country or "").upper(), [])
        if subdivision not in valid:
            raise ConfigError(
                f"{source}: calendar.subdivision = {subdivision!r} is not a subdivision of "
                f"{cal_country!r}; valid: {', '.join(valid) or '(none: set calendar.country first)'}"
            )
    if program.timezone:
        try:
            ZoneInfo(program.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"{source}: timezone = {program.timezone!r} is not an IANA time zone "
                f"(e.g. America/New_York, Europe/Berlin; {len(available_timezones())} valid names)"
            ) from exc
    from pvflag.cases.deadlines import load_rules

    rule_ids = [rule.id for rule in load_rules()]
    for rule_id in program.rule_overrides:
        if rule_id not in rule_ids:
            raise ConfigError(
                f"{source}: rule_overrides.{rule_id!r} names no deadline rule; valid: {', '.join(rule_ids)}"
            )


def program_from_dict(data: dict[str, Any], *, source: str = "<program>") -> ProgramConfig:
    """Validate a parsed program file; errors name the source, key and valid options."""
    try:
        program = ProgramConfig.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            hint = error["msg"]
            if error["type"] == "extra_forbidden":
                hint = "unknown key"
            ctx = error.get("ctx") or {}
            if "expected" in ctx:
                hint += f" (valid: {ctx['expected']})"
            problems.append(f"{_loc(error)}: {hint}")
        raise ConfigError(f"{source}: invalid program file: " + "; ".join(problems)) from exc
    _check_codes(program, source)
    return program


def load_program(path: str | Path) -> ProgramConfig:
    """Read and validate a program TOML file."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: program file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return program_from_dict(data, source=str(path))
