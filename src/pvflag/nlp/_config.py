"""Scan options: one frozen model, derived from the sensitivity setting."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pvflag.errors import ConfigError

__all__ = ["SENSITIVITIES", "ScanConfig", "Sensitivity"]

Sensitivity = Literal["high", "balanced"]
SENSITIVITIES: tuple[Sensitivity, ...] = ("high", "balanced")


class ScanConfig(BaseModel):
    """What the scanner reports. ``high`` favours recall (compliance triage); ``balanced`` precision."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sensitivity: Sensitivity = "high"
    fuzzy_drug_cutoff: float | None = Field(86.0, description="rapidfuzz ratio for misspelt drug names; None = off")
    fuzzy_event_cutoff: float | None = Field(91.0, description="rapidfuzz ratio for misspelt event words; None = off")
    possible_is_present: bool = Field(True, description="'possible rash' counts as present")
    report_generic_events: bool = Field(True, description="'having side effects' with nothing specific is an AE")
    report_unexplained_visits: bool = Field(True, description="an ER visit or admission with no event named is an AE")

    @classmethod
    def for_sensitivity(cls, sensitivity: str) -> ScanConfig:
        if sensitivity == "high":
            return cls(sensitivity="high")
        if sensitivity == "balanced":
            return cls(
                sensitivity="balanced",
                fuzzy_drug_cutoff=90.0,
                fuzzy_event_cutoff=None,
                possible_is_present=False,
                report_generic_events=False,
                report_unexplained_visits=False,
            )
        raise ConfigError(f"sensitivity {sensitivity!r} is not one of {', '.join(SENSITIVITIES)}")
