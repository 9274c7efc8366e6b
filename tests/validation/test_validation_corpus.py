"""The validation corpus is well-formed gold: offsets slice back, closed label sets, complete coverage."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

from pvflag.findings import SERIOUSNESS_CRITERIA, SPECIAL_SITUATION_CATEGORIES
from pvflag.validation import _data
from pvflag.validation.scoring import GOLD_REASON_TO_ASSERTION

REPO = Path(__file__).resolve().parents[2]
CORPUS = _data.corpus()


def test_at_least_120_records_with_unique_ids() -> None:
    ids = [r["id"] for r in CORPUS]
    assert len(ids) >= 120
    assert len(set(ids)) == len(ids)


def test_every_span_slices_back_and_flags_follow_the_spans() -> None:
    for r in CORPUS:
        text = r["text"]
        for key in ("ae_mentions", "special_situations", "not_ae_mentions", "drugs"):
            for span in r[key]:
                assert text[span["start"] : span["end"]] == span["text"], (r["id"], span)
        assert r["has_ae"] == bool(r["ae_mentions"])
        assert r["serious"] == any(m["serious"] for m in r["ae_mentions"])
        assert r["reportable"] == bool(r["ae_mentions"] or r["special_situations"])
        for m in r["ae_mentions"]:
            assert set(m["seriousness"]) <= set(SERIOUSNESS_CRITERIA)
            assert m["serious"] == bool(m["seriousness"])


def test_covers_every_category_context_channel_and_style() -> None:
    situations = {s["type"] for r in CORPUS for s in r["special_situations"]}
    assert situations == set(SPECIAL_SITUATION_CATEGORIES)
    reasons = {m["reason"] for r in CORPUS for m in r["not_ae_mentions"]}
    assert reasons == set(GOLD_REASON_TO_ASSERTION)
    seriousness = {c for r in CORPUS for m in r["ae_mentions"] for c in m["seriousness"]}
    assert seriousness == set(SERIOUSNESS_CRITERIA)
    assert {r["channel"] for r in CORPUS} == {"call_note", "transcript", "message"}
    assert {r["style"] for r in CORPUS} == {
        "crm_note",
        "transcript",
        "sms",
        "email",
        "portal",
        "chat",
        "spanish",
        "speech_to_text",
        "hcp_lab",
    }
    assert {r["reporter"] for r in CORPUS} >= {"patient", "caregiver", "hcp", "pharmacist"}
    assert sum(not r["reportable"] for r in CORPUS) >= 20  # enough negatives to measure precision


def test_records_carry_what_cases_need() -> None:
    for r in CORPUS:
        assert r["received_at"][-6] in "+-", r["id"]  # tz-aware
        assert r["reporter_type"] == r["reporter"]
        assert r["country"]


def test_distinct_from_examples() -> None:
    example_texts = {
        json.loads(line)["text"]
        for line in (REPO / "examples" / "interactions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert not example_texts & {r["text"] for r in CORPUS}


def test_generator_reproduces_the_committed_corpus(tmp_path: Path) -> None:
    folder = resources.files("pvflag.data").joinpath("validation")
    out = tmp_path / "corpus.jsonl"
    subprocess.run(
        [sys.executable, str(folder.joinpath("build_corpus.py")), str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == folder.joinpath("corpus.jsonl").read_bytes()
