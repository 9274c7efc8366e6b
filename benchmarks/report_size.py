"""How big is a 10,000-record report, and how fast does it open in a browser?

Generates a synthetic but realistic batch (call notes, messages and transcripts
with lengths like real PSP records; about a third with findings, several
per record, some nested or negated), 1,000 cases with clocks and a validation
file; writes the report with ``pvflag.report.write_report``; then, when
Debian's chromium and playwright are installed, opens it headless and measures
the wall time from navigation to the first frame after the load event (with
request interception on, to prove there are no requests), the browser's own
load-event and first-contentful-paint times, the time for one filter change,
and checks that the page logged no errors. Results are written down in ``README-report.md``.

    python benchmarks/report_size.py [--records 10000] [--out /tmp/pvflag-report-bench] [--runs 3]
                                     [--transcripts-only]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pvflag.report import write_report

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)

_DRUGS = ["Dupixent", "Humira", "Skyrizi", "Ozempic", "Stelara", "Xarelto", "Ibrance", "Otezla", "Rinvoq"]
_EVENTS = [
    ("headache", "headache"),
    ("HA", "headache"),
    ("N/V", "nausea"),
    ("rash", "rash"),
    ("dizzy", "dizziness"),
    ("threw up", "vomiting"),
    ("injection site redness", "injection site erythema"),
    ("tired all the time", "fatigue"),
    ("itchy", "pruritus"),
    ("SOB", "dyspnoea"),
]
_FILLER = [
    "Pt called re: copay card renewal and asked about the next shipment date.",
    "Reviewed injection technique and sharps disposal with the patient.",
    "Confirmed insurance information; PA approved through the end of the year.",
    "Caregiver asked whether the pen can be left out of the fridge for travel.",
    "Agent reminded the patient of the nurse educator line and office hours.",
    "Specialty pharmacy to ship on Monday; patient confirmed the address.",
    "Discussed the savings program eligibility and the annual maximum.",
    "Patient wants a reminder call the day before the next dose.",
]


def _record(n: int, rng: random.Random, transcripts_only: bool = False) -> dict[str, Any]:
    weights = [0, 0, 1] if transcripts_only else [5, 3, 2]
    channel = rng.choices(["call_note", "message", "transcript"], weights=weights)[0]
    sentences = {"call_note": (2, 4), "message": (2, 5), "transcript": (6, 14)}[channel]
    parts = [rng.choice(_FILLER) for _ in range(rng.randint(*sentences))]
    findings: list[tuple[str, dict[str, Any]]] = []
    if rng.random() < 0.35:
        drug_name = rng.choice(_DRUGS)
        for _ in range(rng.randint(1, 3)):
            verbatim, term = rng.choice(_EVENTS)
            assertion = rng.choices(["present", "negated", "hypothetical"], weights=[6, 3, 1])[0]
            lead = {"present": "Pt reports", "negated": "Pt denies", "hypothetical": "Asked what to do if"}[
                assertion
            ]
            sentence = f"{lead} {verbatim} since starting {drug_name}."
            parts.insert(rng.randint(0, len(parts)), sentence)
            findings.append(
                (
                    sentence,
                    {
                        "kind": "adverse_event",
                        "text": verbatim,
                        "term": term,
                        "assertion": assertion,
                        "drug": drug_name,
                    },
                )
            )
            findings.append(
                (sentence, {"kind": "drug", "text": drug_name, "term": drug_name.lower(), "role": "suspect"})
            )
        if rng.random() < 0.3:
            sentence = f"Took 2 pens of {drug_name} by mistake."
            parts.append(sentence)
            findings.append(
                (
                    sentence,
                    {
                        "kind": "special_situation",
                        "text": sentence[:-1],
                        "category": "medication_error",
                        "assertion": "present",
                    },
                )
            )
            findings.append(
                (sentence, {"kind": "drug", "text": drug_name, "term": drug_name.lower(), "role": "suspect"})
            )
    if channel == "transcript":
        parts = [f"{'Agent' if i % 2 == 0 else 'Patient'}: {p}" for i, p in enumerate(parts)]
    text = ("\n" if channel == "transcript" else " ").join(parts)
    out = []
    for sentence, finding in findings:
        base = text.index(sentence)
        start = base + sentence.index(finding["text"])
        out.append(
            {
                **finding,
                "start": start,
                "end": start + len(finding["text"]),
                "evidence": {
                    "rule": f"{finding['kind']}.{finding.get('term', finding.get('category'))}",
                    "matched": finding["text"].lower(),
                    "source": "bench.tsv",
                    "lexicon_version": "bench",
                },
            }
        )
    present = [f for f in out if f["kind"] != "drug" and f["assertion"] == "present"]
    return {
        "id": f"bench-{n:06d}",
        "channel": channel,
        "text": text,
        "findings": out,
        "reportable": bool(present),
        "has_adverse_event": any(f["kind"] == "adverse_event" for f in present),
        "serious": False,
    }


def _case(n: int, rng: random.Random) -> dict[str, Any]:
    day0 = NOW - timedelta(hours=rng.randint(0, 24 * 20))
    return {
        "case_id": f"CASE-{n:05d}",
        "first_received_at": day0.isoformat(),
        "latest_received_at": day0.isoformat(),
        "day0": day0.isoformat(),
        "serious": rng.random() < 0.2,
        "validity": {"valid": True},
        "sources": [{"record_id": f"bench-{n * 10:06d}"}],
        "drugs": [{"name": rng.choice(_DRUGS), "characterization": "suspect"}],
        "events": [{"verbatim": "HA", "term": "headache"}],
        "clocks": [
            {
                "clock": "hub_to_manufacturer",
                "rule_id": "hub.1bd",
                "due": (day0 + timedelta(days=1)).isoformat(),
                "status": "open",
            },
            {
                "clock": "expedited_report",
                "rule_id": "us.15cd",
                "due": (day0 + timedelta(days=15)).isoformat(),
                "status": "open",
            },
        ],
    }


def generate(directory: Path, records: int, seed: int = 7, transcripts_only: bool = False) -> list[Path]:
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    scan = directory / "scan.jsonl"
    with scan.open("w", encoding="utf-8") as fh:
        for n in range(records):
            fh.write(json.dumps(_record(n, rng, transcripts_only)) + "\n")
    cases = directory / "cases.jsonl"
    with cases.open("w", encoding="utf-8") as fh:
        for n in range(records // 10):
            fh.write(json.dumps(_case(n, rng)) + "\n")
    validation = directory / "validation.json"
    validation.write_text(
        json.dumps(
            [
                {
                    "file": "batch.xml",
                    "ok": False,
                    "problems": [
                        {
                            "rule": "ICH.C.1.1",
                            "path": "/x",
                            "line": 3,
                            "message": "example",
                            "severity": "error",
                        }
                    ],
                }
            ]
        )
    )
    return [scan, cases, validation]


def open_in_browser(report: Path, runs: int) -> dict[str, Any]:
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "playwright not installed"}
    if chromium is None:
        return {"skipped": "no chromium on PATH"}
    args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
    loads, filters, errors, requests, paints, load_events = [], [], [], [], [], []
    url = report.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1366, "height": 850})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url == url else (requests.append(r.request.url), r.abort())
                ),
            )
            started = time.perf_counter()
            page.goto(url, wait_until="load")
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            loads.append(time.perf_counter() - started)
            timing = page.evaluate(
                "() => [performance.getEntriesByType('navigation')[0].loadEventEnd,"
                " (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime]"
            )
            load_events.append(timing[0] / 1000)
            paints.append(timing[1] / 1000)
            started = time.perf_counter()
            page.select_option("#f-asr", "negated")
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            filters.append(time.perf_counter() - started)
            shown = page.inner_text("#shown")
            page.close()
        browser.close()
    return {
        "open_s_median": round(statistics.median(loads), 2),
        "open_s_max": round(max(loads), 2),
        "load_event_s_median": round(statistics.median(load_events), 2),
        "first_paint_s_median": round(statistics.median(paints), 2),
        "filter_s_median": round(statistics.median(filters), 2),
        "console_errors": errors[:5],
        "requests": requests[:5],
        "after_filter": shown,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/pvflag-report-bench"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--transcripts-only", action="store_true", help="every record a 6-14 turn transcript")
    options = parser.parse_args()
    inputs = generate(options.out, options.records, transcripts_only=options.transcripts_only)
    report = options.out / "report.html"
    started = time.perf_counter()
    parsed = write_report(inputs, report, now=NOW)
    render_s = time.perf_counter() - started
    findings = sum(len(r.findings) for r in parsed.scan_results)
    text_mb = sum(len((r.text or "").encode()) for r in parsed.scan_results) / 1e6
    result = {
        "records": len(parsed.scan_results),
        "findings": findings,
        "cases": len(parsed.cases),
        "source_text_mb": round(text_mb, 2),
        "scan_jsonl_mb": round(inputs[0].stat().st_size / 1e6, 2),
        "report_mb": round(report.stat().st_size / 1e6, 2),
        "read_and_render_s": round(render_s, 2),
        **open_in_browser(report, options.runs),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
