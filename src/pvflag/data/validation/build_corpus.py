"""Build ``corpus.jsonl``, pvflag's validation corpus, from the records written below.

Every interaction is fictional and written for validation only (not taken from
``examples/``, the test fixtures or the development set). Offsets are computed
with ``str.find`` (``surface@2`` = the 2nd occurrence) and checked
(``text[start:end] == span``); drug mentions are every whole-word, case-sensitive
occurrence. The gold format is ``psp_dev`` plus the metadata cases need
(``received_at``, ``country``, ``patient_initials``, ``reporter_type``) and a
``style`` tag. Edit records here, never in the JSONL:

    python src/pvflag/data/validation/build_corpus.py [OUT.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus.jsonl"

SS_TYPES = {"pregnancy", "breastfeeding", "overdose", "medication_error", "off_label", "lack_of_efficacy",
            "product_complaint", "occupational_exposure", "misuse_abuse", "drug_interaction"}
NAE = {"negated", "hypothetical", "other_person", "historical_prior_drug", "indication", "figurative",
       "agent_question", "education"}
SERIOUS = {"death", "life_threatening", "hospitalization", "disability", "congenital_anomaly",
           "other_medically_important"}
STYLES = {"crm_note", "transcript", "sms", "email", "portal", "chat", "spanish", "speech_to_text", "hcp_lab"}
CHANNEL_OF = {"crm_note": "call_note", "hcp_lab": "call_note", "transcript": "transcript",
              "speech_to_text": "transcript", "sms": "message", "email": "message", "portal": "message",
              "chat": "message", "spanish": None}

RECORDS: list[dict] = []


def R(rid, style, reporter, country, received, initials, text, *, ae=(), ss=(), nae=(), drugs=None,
      channel=None, notes=""):
    """One record. ``ae``: (surface, event[, seriousness tuple[, suspect]]); ``ss``: (surface, type);
    ``nae``: (surface, reason); ``drugs``: {surface: role}."""
    RECORDS.append(dict(id=rid, style=style, reporter=reporter, country=country, received=received,
                        initials=initials, text=text, ae=ae, ss=ss, nae=nae, drugs=drugs or {},
                        channel=channel, notes=notes))


def _find(rid, text, surface):
    occurrence = 1
    if "@" in surface:
        surface, n = surface.rsplit("@", 1)
        occurrence = int(n)
    start = -1
    for _ in range(occurrence):
        start = text.find(surface, start + 1)
        if start < 0:
            sys.exit(f"{rid}: {surface!r} (occurrence {occurrence}) not found")
    end = start + len(surface)
    assert text[start:end] == surface
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        sys.exit(f"{rid}: {surface!r} at {start} cuts through a word; give more context or @n")
    return start, end, surface


def _build(spec):
    rid, text = spec["id"], spec["text"]
    suspects = [s for s, role in spec["drugs"].items() if role == "suspect"]
    ae = []
    for item in spec["ae"]:
        surface, event = item[0], item[1]
        seriousness = list(item[2]) if len(item) > 2 else []
        suspect = item[3] if len(item) > 3 else (suspects[0] if suspects else None)
        start, end, surf = _find(rid, text, surface)
        bad = set(seriousness) - SERIOUS
        if bad:
            sys.exit(f"{rid}: unknown seriousness {bad}")
        ae.append({"start": start, "end": end, "text": surf, "event": event, "serious": bool(seriousness),
                   "seriousness": seriousness, "suspect_drug": suspect})
    ss = []
    for surface, kind in spec["ss"]:
        if kind not in SS_TYPES:
            sys.exit(f"{rid}: unknown special situation {kind!r}")
        start, end, surf = _find(rid, text, surface)
        ss.append({"type": kind, "start": start, "end": end, "text": surf})
    nae = []
    for surface, reason in spec["nae"]:
        if reason not in NAE:
            sys.exit(f"{rid}: unknown not-AE reason {reason!r}")
        start, end, surf = _find(rid, text, surface)
        nae.append({"start": start, "end": end, "text": surf, "reason": reason})
    drugs = []
    for surface, role in spec["drugs"].items():
        hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
        if not hits:
            sys.exit(f"{rid}: drug {surface!r} not in text")
        drugs += [{"start": h, "end": h + len(surface), "text": surface, "role": role} for h in hits]
    for a in ae:
        for n in nae:
            if a["start"] < n["end"] and n["start"] < a["end"]:
                sys.exit(f"{rid}: AE span {a['text']!r} overlaps not-AE span {n['text']!r}")
    reportable = bool(ae or ss)
    if not reportable and any(d["role"] == "suspect" for d in drugs):
        sys.exit(f"{rid}: a record with nothing reportable has no suspect drug")
    style = spec["style"]
    if style not in STYLES:
        sys.exit(f"{rid}: unknown style {style!r}")
    channel = spec["channel"] or CHANNEL_OF[style]
    if channel is None:
        sys.exit(f"{rid}: give the channel of a {style} record")
    key = lambda s: (s["start"], s["end"])  # noqa: E731
    return {
        "id": rid, "channel": channel, "text": text,
        "has_ae": bool(ae), "reportable": reportable, "serious": any(a["serious"] for a in ae),
        "reporter": spec["reporter"],
        "ae_mentions": sorted(ae, key=key), "special_situations": sorted(ss, key=key),
        "not_ae_mentions": sorted(nae, key=key), "drugs": sorted(drugs, key=key),
        "notes": spec["notes"], "style": style,
        "received_at": spec["received"], "country": spec["country"],
        "patient_initials": spec["initials"], "reporter_type": spec["reporter"],
    }


def main(out: Path = OUT) -> None:
    import records_a  # noqa: F401  (each module appends to RECORDS)
    import records_b  # noqa: F401

    built = [_build(spec) for spec in RECORDS]
    ids = [r["id"] for r in built]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        sys.exit(f"duplicate ids {sorted(dupes)}")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for record in built:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(built)} records -> {out}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.modules.setdefault("build_corpus", sys.modules[__name__])
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
