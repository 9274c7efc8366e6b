"""The sample files in examples/ read cleanly, with speakers and quoted regions where they should be."""

from __future__ import annotations

from pathlib import Path

from pvflag.interactions import Interaction
from pvflag.io import read_records

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_example_transcripts_and_emails_read_cleanly() -> None:
    items = list(read_records([EXAMPLES / "transcripts", EXAMPLES / "email"]))
    assert [i.id for i in items] == [
        "call-2024-0311-0931",
        "call-2024-0312-1405",
        "call-2024-0313-1122",
        "forwarded-caregiver-outlook",
        "reply-shipment-rash",
    ]
    assert all(isinstance(i, Interaction) for i in items)
    records = {i.id: i for i in items if isinstance(i, Interaction)}
    assert {t.role for t in records["call-2024-0311-0931"].turns} == {"agent", "patient"}
    assert {t.role for t in records["call-2024-0312-1405"].turns} == {"agent", "caregiver"}
    assert [t.role for t in records["call-2024-0313-1122"].turns] == ["agent", "unknown"]
    for name in ("forwarded-caregiver-outlook", "reply-shipment-rash"):
        record = records[name]
        quoted = [r for r in record.regions if r.kind == "quoted"]
        assert len(quoted) == 1 and quoted[0].end == len(record.text.rstrip())
