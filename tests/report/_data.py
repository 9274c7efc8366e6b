"""Hand-made report inputs: records whose offsets come from str.find, cases, validation results."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def span(text: str, piece: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def ae(text: str, piece: str, term: str, assertion: str = "present", **extra: Any) -> dict[str, Any]:
    start, end = span(text, piece)
    return {
        "kind": "adverse_event",
        "start": start,
        "end": end,
        "text": piece,
        "term": term,
        "assertion": assertion,
        **extra,
    }


def ss(text: str, piece: str, category: str, assertion: str = "present") -> dict[str, Any]:
    start, end = span(text, piece)
    return {
        "kind": "special_situation",
        "start": start,
        "end": end,
        "text": piece,
        "category": category,
        "assertion": assertion,
    }


def drug(text: str, piece: str, term: str, role: str = "suspect") -> dict[str, Any]:
    start, end = span(text, piece)
    return {"kind": "drug", "start": start, "end": end, "text": piece, "term": term, "role": role}


T1 = "Pt called re: copay card. c/o HA & N/V x3d after 2nd Dupixent inj. Denies rash."
T2 = "Caller: I'm pregnant 🤦‍♀️ and still on Humira <script>alert(1)</script> — no nausea, maybe dizzy later?"
T3 = "Agent: any fever? Patient: no. My mom had a stroke on Xarelto. Took 2 pens of Skyrizi by mistake."
T4 = "Welcome call, no issues."


def scan_records() -> list[dict[str, Any]]:
    """Four scan results (one error); r1/r2 carry their text, r3 needs the interactions file."""
    return [
        {
            "id": "r1",
            "channel": "call_note",
            "reportable": True,
            "has_adverse_event": True,
            "serious": False,
            "text": T1,
            "findings": [
                ae(
                    T1,
                    "HA",
                    "headache",
                    drug="Dupixent",
                    evidence={
                        "rule": "ae.abbr.ha",
                        "matched": "ha",
                        "source": "ae_abbrev.tsv",
                        "lexicon_version": "1",
                    },
                ),
                ae(T1, "N/V", "nausea"),
                ae(T1, "N/V", "vomiting"),
                drug(T1, "Dupixent", "dupilumab"),
                ae(
                    T1,
                    "rash",
                    "rash",
                    "negated",
                    evidence={
                        "rule": "ae.lay.rash",
                        "matched": "rash",
                        "source": "ae_lay.tsv",
                        "lexicon_version": "1",
                        "context_rule": "neg.denies",
                        "context_cue": "Denies",
                    },
                ),
            ],
        },
        {
            "id": "r2",
            "channel": "transcript",
            "reportable": True,
            "has_adverse_event": False,
            "serious": False,
            "text": T2,
            "findings": [
                # a drug inside a special-situation span, and a special situation crossing into it
                ss(T2, "I'm pregnant 🤦‍♀️ and still on Humira", "pregnancy"),
                drug(T2, "Humira", "adalimumab"),
                ss(T2, "still on Humira <script>", "off_label", "hypothetical"),
                ae(T2, "nausea", "nausea", "negated"),
                ae(T2, "dizzy", "dizziness", "hypothetical"),
            ],
        },
        {
            "id": "r3",
            "reportable": True,
            "has_adverse_event": True,
            "serious": True,
            "findings": [
                ae(T3, "fever", "pyrexia", "education"),
                ae(T3, "stroke", "cerebrovascular accident", "other_person"),
                drug(T3, "Xarelto", "rivaroxaban", "mentioned"),
                ss(T3, "Took 2 pens of Skyrizi by mistake", "overdose"),
                ss(T3, "Took 2 pens of Skyrizi by mistake", "medication_error"),
                drug(T3, "Skyrizi", "risankizumab"),
                ae(T3, "mistake", "hospitalised", "present", seriousness=["hospitalization"]),
            ],
        },
        {"id": "r4", "error": {"type": "missing_text", "message": "record has no 'text' field"}},
    ]


def interaction_records() -> list[dict[str, Any]]:
    return [
        {"id": "r3", "text": T3, "channel": "transcript", "caller": "patient"},
        {"id": "r5", "text": T4, "channel": "call_note"},  # not in the scan output
    ]


def clock(name: str, due: str | None, status: str = "open") -> dict[str, Any]:
    return {
        "rule_id": f"rule.{name}",
        "clock": name,
        "reference": "21 CFR 314.80",
        "start": "2026-11-20T10:00:00Z",
        "amount": 15,
        "unit": "calendar_days",
        "due": due,
        "status": status,
    }


def case_records() -> list[dict[str, Any]]:
    base = {
        "schema_version": "1",
        "first_received_at": "2026-11-20T10:00:00Z",
        "latest_received_at": "2026-11-20T10:00:00Z",
        "validity": {
            "valid": True,
            "identifiable_patient": True,
            "identifiable_reporter": True,
            "suspect_product": True,
            "event_or_special_situation": True,
        },
    }
    return [
        {
            **base,
            "case_id": "C-LATER",
            "day0": "2026-11-20T10:00:00Z",
            "drugs": [{"name": "Skyrizi", "characterization": "suspect"}],
            "special_situations": [{"category": "overdose", "verbatim": "2 pens"}],
            "sources": [{"record_id": "r3"}],
            "clocks": [
                clock("expedited_report", "2026-12-05T10:00:00+00:00"),
                clock("periodic", None, "information"),
            ],
        },
        {
            **base,
            "case_id": "C-OVERDUE",
            "serious": True,
            "expedited": True,
            "events": [{"verbatim": "HA", "term": "headache"}],
            "sources": [{"record_id": "r1"}],
            "clocks": [
                clock("hub_to_manufacturer", "2026-11-23T17:00:00-05:00"),
                clock("expedited_report", "2026-12-01T10:00:00+00:00"),
            ],
        },
        {
            **base,
            "case_id": "C-SOON",
            "clocks": [clock("hub_to_manufacturer", "2026-11-25T09:00:00+01:00")],
            "validity": {**base["validity"], "valid": False, "missing": ["patient"]},
        },
    ]


def validation_payload() -> list[dict[str, Any]]:
    """As ``pvflag validate --format json`` writes it."""
    return [
        {
            "file": "out/batch.xml",
            "kind": "r3",
            "ok": False,
            "problems": [
                {
                    "rule": "ICH.C.1.1",
                    "element": "C.1.1",
                    "path": "/MCCI_IN200100UV01/id",
                    "line": 12,
                    "message": "sender's case id <missing>",
                    "severity": "error",
                },
                {
                    "rule": "FDA.C.1.7",
                    "element": None,
                    "path": None,
                    "line": None,
                    "message": "expedited flag not set",
                    "severity": "warning",
                },
            ],
        },
        {"file": "out/clean.xml", "kind": "r3", "ok": True, "problems": []},
    ]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
