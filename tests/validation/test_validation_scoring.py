"""Scoring: counts worked out by hand on tiny gold / prediction pairs."""

from __future__ import annotations

from typing import Any

import pytest

from pvflag.validation.scoring import score_corpus


def gold(
    rid: str,
    *,
    ae: list[tuple[int, int]] = (),
    ss: list[str] = (),
    nae: list[tuple[int, int, str]] = (),
    drugs: list[tuple[int, int]] = (),
    serious: bool = False,
) -> dict[str, Any]:
    return {
        "id": rid,
        "has_ae": bool(ae),
        "serious": serious,
        "reportable": bool(ae or ss),
        "ae_mentions": [{"start": s, "end": e, "serious": serious} for s, e in ae],
        "special_situations": [{"type": t, "start": 0, "end": 1} for t in ss],
        "not_ae_mentions": [{"start": s, "end": e, "reason": r} for s, e, r in nae],
        "drugs": [{"start": s, "end": e} for s, e in drugs],
    }


def ae(s: int, e: int, assertion: str = "present") -> dict[str, Any]:
    return {"kind": "adverse_event", "start": s, "end": e, "assertion": assertion}


def ss(category: str, assertion: str = "present") -> dict[str, Any]:
    return {"kind": "special_situation", "start": 0, "end": 1, "category": category, "assertion": assertion}


def pred(
    rid: str, *findings: dict[str, Any], reportable: bool = False, has_ae: bool = False
) -> dict[str, Any]:
    return {"id": rid, "findings": list(findings), "reportable": reportable, "has_adverse_event": has_ae}


CASES = [
    # (gold, predictions, metric, expected value)
    (
        [gold("a", ae=[(0, 5), (10, 15)])],
        [pred("a", ae(1, 3), reportable=True, has_ae=True)],
        "finding_kinds.adverse_event.recall",
        0.5,
    ),
    (
        [gold("a", ae=[(0, 5)])],
        [pred("a", ae(0, 5), ae(20, 25), reportable=True, has_ae=True)],
        "finding_kinds.adverse_event.precision",
        0.5,
    ),
    # a negated finding on a gold AE does not count as found
    ([gold("a", ae=[(0, 5)])], [pred("a", ae(0, 5, "negated"))], "finding_kinds.adverse_event.recall", 0.0),
    ([gold("a", ae=[(0, 5)])], [pred("a", ae(0, 5, "negated"))], "assertions.present.agreement", 0.0),
    # a missing prediction counts as all missed
    (
        [gold("a", ae=[(0, 5)]), gold("b", ss=["pregnancy"])],
        [pred("a", ae(0, 5), reportable=True, has_ae=True)],
        "record_flags.reportable.recall",
        0.5,
    ),
    (
        [gold("a", ss=["overdose", "medication_error"])],
        [pred("a", ss("overdose"), reportable=True)],
        "special_situations.medication_error.recall",
        0.0,
    ),
    (
        [gold("a", ss=["overdose"])],
        [pred("a", ss("overdose"), ss("pregnancy", "hypothetical"), reportable=True)],
        "special_situations.overdose.recall",
        1.0,
    ),
    (
        [gold("a", ss=["overdose"]), gold("b")],
        [pred("a", ss("overdose")), pred("b", ss("overdose"))],
        "special_situations.overdose.precision",
        0.5,
    ),
    # not-AE mentions: right assertion, wrong assertion, called present
    (
        [gold("a", nae=[(0, 5, "negated"), (10, 15, "negated"), (20, 25, "negated")])],
        [pred("a", ae(0, 5, "negated"), ae(10, 15, "hypothetical"), ae(20, 25))],
        "assertions.negated.agreement",
        1 / 3,
    ),
    (
        [gold("a", nae=[(0, 5, "agent_question"), (10, 15, "historical_prior_drug")])],
        [pred("a", ae(0, 5, "education"), ae(10, 15, "historical"))],
        "assertions.education.agreement",
        1.0,
    ),
    (
        [gold("a", nae=[(0, 5, "figurative"), (10, 15, "indication")])],
        [pred("a", ae(0, 5))],
        "summary.context.false_present",
        0.5,
    ),
    # found real events: one present, one negated, one not found at all -> 1 of 2 found is "absent"
    (
        [gold("a", ae=[(0, 5), (10, 15), (20, 25)])],
        [pred("a", ae(0, 5), ae(10, 15, "negated"))],
        "summary.context.false_absent",
        0.5,
    ),
    (
        [gold("a", drugs=[(0, 4), (10, 14)])],
        [pred("a", {"kind": "drug", "start": 0, "end": 4})],
        "finding_kinds.drug.recall",
        0.5,
    ),
]


@pytest.mark.parametrize(("golds", "preds", "metric", "expected"), CASES)
def test_metric(
    golds: list[dict[str, Any]], preds: list[dict[str, Any]], metric: str, expected: float
) -> None:
    assert score_corpus(golds, preds).metric(metric) == pytest.approx(expected)


def test_errors_are_listed_and_scored_as_missed() -> None:
    score = score_corpus([gold("a", ae=[(0, 5)])], [{"id": "a", "error": {"type": "x", "message": "y"}}])
    assert score.record_errors == ("a",)
    assert score.metric("finding_kinds.adverse_event.recall") == 0.0


def test_metric_without_examples_is_none() -> None:
    assert score_corpus([gold("a")], [pred("a")]).metric("special_situations.pregnancy.recall") is None
