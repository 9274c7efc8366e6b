"""Input records: one PSP interaction (call note, transcript, message) as plain data."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["SPEAKER_ROLES", "Interaction", "SpeakerRole", "SpeakerTurn", "TextRegion"]

SpeakerRole = Literal["agent", "patient", "caregiver", "hcp", "pharmacist", "unknown"]
SPEAKER_ROLES: tuple[SpeakerRole, ...] = ("agent", "patient", "caregiver", "hcp", "pharmacist", "unknown")

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class SpeakerTurn(BaseModel):
    """A stretch of the text said by one speaker; offsets index the interaction text."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str = Field(description="label as found in the source, e.g. 'Agent', 'spk_0', 'Nurse'")
    role: SpeakerRole = "unknown"


class TextRegion(BaseModel):
    """A marked region of the text, e.g. the quoted part of an e-mail reply."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: Literal["quoted", "header", "signature"] = "quoted"


class Interaction(BaseModel):
    """One record to scan. ``metadata`` keeps every other key of the input record."""

    model_config = _FROZEN

    id: str
    text: str
    channel: str = "unknown"
    received_at: datetime | None = None
    turns: tuple[SpeakerTurn, ...] = ()
    regions: tuple[TextRegion, ...] = ()
    metadata: dict[str, Any] = Field(default_factory=dict)
