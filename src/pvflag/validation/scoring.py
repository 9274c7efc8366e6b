"""Score scan results against the validation corpus's gold annotations.

The same metrics as the project's ``psp_dev`` scorer (record flags, AE spans by
overlap, special situations per category at record level), plus drug mentions
and the assertion of every gold mention, so that acceptance limits can be set
per finding kind, per special-situation category and per assertion. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

__all__ = ["GOLD_REASON_TO_ASSERTION", "Counts", "Score", "score_corpus"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")

# gold not-AE reason -> the assertion pvflag should give the mention; ``None`` = no event at all
GOLD_REASON_TO_ASSERTION: dict[str, str | None] = {
    "negated": "negated",
    "hypothetical": "hypothetical",
    "other_person": "other_person",
    "historical_prior_drug": "historical",
    "indication": "indication",
    "agent_question": "education",
    "education": "education",
    "figurative": None,
}


class Counts(BaseModel):
    """True positives, false positives and false negatives, with precision and recall."""

    model_config = _FROZEN

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> Counts:
        return Counts(tp=self.tp + tp, fp=self.fp + fp, fn=self.fn + fn)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
        }


class AssertionCounts(BaseModel):
    """Gold mentions of one assertion: how many, how many pvflag gave that assertion,
    and how many it wrongly called a present adverse event."""

    model_config = _FROZEN

    mentions: int = 0
    agreed: int = 0
    called_present: int = 0

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.mentions if self.mentions else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "mentions": self.mentions,
            "agreed": self.agreed,
            "called_present": self.called_present,
            "agreement": _round(self.agreement),
        }


class Score(BaseModel):
    """Every measurement the acceptance limits refer to, plus the records that missed."""

    model_config = _FROZEN

    records: int
    record_errors: tuple[str, ...]
    record_flags: dict[str, Counts]
    finding_kinds: dict[str, Counts]
    special_situations: dict[str, Counts]
    assertions: dict[str, AssertionCounts]
    context_false_present_rate: float | None
    context_false_absent_rate: float | None
    missed: dict[str, tuple[str, ...]]

    def metric(self, name: str) -> float | None:
        """A value by dotted name, e.g. ``finding_kinds.adverse_event.recall``."""
        group, key, measure = name.split(".")
        if group == "summary" and key == "context":
            return {
                "false_present": self.context_false_present_rate,
                "false_absent": self.context_false_absent_rate,
            }.get(measure)
        if group == "summary":
            return None
        table: Mapping[str, Any] = getattr(self, group)
        item = table.get(key)
        return None if item is None else getattr(item, measure)

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "record_errors": list(self.record_errors),
            "record_flags": {k: v.as_dict() for k, v in self.record_flags.items()},
            "finding_kinds": {k: v.as_dict() for k, v in self.finding_kinds.items()},
            "special_situations": {k: v.as_dict() for k, v in self.special_situations.items()},
            "assertions": {k: v.as_dict() for k, v in self.assertions.items()},
            "context_false_present_rate": _round(self.context_false_present_rate),
            "context_false_absent_rate": _round(self.context_false_absent_rate),
            "missed": {k: list(v) for k, v in self.missed.items()},
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _words(mention: Mapping[str, Any]) -> str:
    return str(mention.get("text") or f"[{mention['start']}:{mention['end']}]")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> tuple[int, int, int, list[int]]:
    hit = [i for i, g in enumerate(gold) if any(_overlaps(g, p) for p in pred)]
    fp = sum(1 for p in pred if not any(_overlaps(g, p) for g in gold))
    return len(hit), fp, len(gold) - len(hit), [i for i in range(len(gold)) if i not in hit]


def score_corpus(gold: Iterable[Mapping[str, Any]], results: Iterable[Mapping[str, Any]]) -> Score:
    """Score scan results (``ScanResult.model_dump()`` dicts) against gold records by id.

    A gold record without a result, or whose result has an error, counts as all missed.
    """
    from pvflag.findings import ASSERTIONS, SPECIAL_SITUATION_CATEGORIES

    by_id = {r["id"]: r for r in results}
    flags = {k: Counts() for k in ("reportable", "has_ae", "serious")}
    kinds = {k: Counts() for k in ("adverse_event", "special_situation", "drug")}
    situations = {k: Counts() for k in SPECIAL_SITUATION_CATEGORIES}
    assertions = {k: AssertionCounts() for k in (*ASSERTIONS, "not_an_event")}
    missed: dict[str, list[str]] = {"adverse_event": [], "special_situation": [], "reportable": []}
    errors: list[str] = []
    not_ae_total = not_ae_present = 0
    ae_found_any = ae_found_not_present = 0
    records = 0
    for g in gold:
        records += 1
        result = by_id.get(g["id"])
        if result is None or result.get("error"):
            errors.append(g["id"])
            result = {"findings": []}
        findings = result.get("findings") or []
        aes = [f for f in findings if f.get("kind") == "adverse_event"]
        present_aes = [(f["start"], f["end"]) for f in aes if f.get("assertion") == "present"]
        predicted = {
            "reportable": bool(result.get("reportable")),
            "has_ae": bool(result.get("has_adverse_event")),
            "serious": bool(result.get("serious")),
        }
        for key in flags:
            gv, pv = bool(g[key]), predicted[key]
            flags[key] = flags[key].add(tp=gv and pv, fp=pv and not gv, fn=gv and not pv)
        if g["reportable"] and not predicted["reportable"]:
            missed["reportable"].append(g["id"])
        # adverse events: gold spans vs present AE findings, by overlap
        gold_aes = [(m["start"], m["end"]) for m in g["ae_mentions"]]
        tp, fp, fn, missed_idx = _match(gold_aes, present_aes)
        kinds["adverse_event"] = kinds["adverse_event"].add(tp, fp, fn)
        missed["adverse_event"] += [f"{g['id']}: {_words(g['ae_mentions'][i])}" for i in missed_idx]
        # special situations: per category, per record (present findings only)
        gold_types = {s["type"] for s in g["special_situations"]}
        pred_types = {
            f.get("category")
            for f in findings
            if f.get("kind") == "special_situation" and f.get("assertion") == "present"
        }
        for t in gold_types | pred_types:
            if t not in situations:
                continue
            situations[t] = situations[t].add(
                tp=t in gold_types and t in pred_types,
                fp=t in pred_types and t not in gold_types,
                fn=t in gold_types and t not in pred_types,
            )
            if t in gold_types and t not in pred_types:
                missed["special_situation"].append(f"{g['id']}: {t}")
        ss_tp = len(gold_types & pred_types)
        kinds["special_situation"] = kinds["special_situation"].add(
            ss_tp, len(pred_types - gold_types), len(gold_types - pred_types)
        )
        # drugs: every gold drug mention vs drug findings, by overlap
        gold_drugs = [(d["start"], d["end"]) for d in g["drugs"]]
        pred_drugs = [(f["start"], f["end"]) for f in findings if f.get("kind") == "drug"]
        tp, fp, fn, _ = _match(gold_drugs, pred_drugs)
        kinds["drug"] = kinds["drug"].add(tp, fp, fn)
        # assertions of every gold mention
        for m in g["ae_mentions"]:
            span = (m["start"], m["end"])
            overlapping = [f for f in aes if _overlaps(span, (f["start"], f["end"]))]
            agreed = any(f.get("assertion") == "present" for f in overlapping)
            if overlapping:
                ae_found_any += 1
                ae_found_not_present += not agreed
            a = assertions["present"]
            assertions["present"] = AssertionCounts(
                mentions=a.mentions + 1, agreed=a.agreed + agreed, called_present=a.called_present + agreed
            )
        for m in g["not_ae_mentions"]:
            span = (m["start"], m["end"])
            expected = GOLD_REASON_TO_ASSERTION[m["reason"]]
            overlapping = [f for f in aes if _overlaps(span, (f["start"], f["end"]))]
            called_present = any(f.get("assertion") == "present" for f in overlapping)
            if expected is None:
                key, agreed = "not_an_event", not called_present
            else:
                key = expected
                agreed = any(f.get("assertion") == expected for f in overlapping) and not called_present
            a = assertions[key]
            assertions[key] = AssertionCounts(
                mentions=a.mentions + 1,
                agreed=a.agreed + agreed,
                called_present=a.called_present + called_present,
            )
            not_ae_total += 1
            not_ae_present += called_present
    return Score(
        records=records,
        record_errors=tuple(errors),
        record_flags=flags,
        finding_kinds=kinds,
        special_situations=situations,
        assertions=assertions,
        context_false_present_rate=not_ae_present / not_ae_total if not_ae_total else None,
        context_false_absent_rate=ae_found_not_present / ae_found_any if ae_found_any else None,
        missed={k: tuple(v) for k, v in missed.items()},
    )
