"""The scan engine's fast paths give exactly what the plain definitions give."""

from __future__ import annotations

import gc
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pvflag.interactions import Interaction
from pvflag.io import read_records
from pvflag.nlp._analysis import _longest_non_overlapping, _prefer_decomposition, _Reach
from pvflag.nlp._compiled import lowered_for_matching
from pvflag.nlp._tokenizer import load_tokenizer
from pvflag.scanner import Scanner

ROOT = Path(__file__).resolve().parents[2]

spans = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=25)


def _naive_longest_non_overlapping(matches):
    matches = sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0]))
    taken, kept = [], []
    for m in matches:
        if any(m[0] < e and s < m[1] and (m[0], m[1]) != (s, e) for s, e in taken):
            continue
        taken.append((m[0], m[1]))
        kept.append(m)
    return sorted(kept, key=lambda m: (m[0], m[1]))


@settings(max_examples=400, deadline=None)
@given(spans, st.lists(st.integers(0, 3), min_size=25, max_size=25))
def test_longest_non_overlapping_equals_the_pairwise_definition(found, payload_ids):
    matches = [(s, e, payload_ids[i]) for i, (s, e) in enumerate(found)]
    assert _longest_non_overlapping(list(matches)) == _naive_longest_non_overlapping(matches)


@settings(max_examples=400, deadline=None)
@given(spans, st.integers(0, 36), st.integers(1, 6))
def test_reach_answers_containment(span_list, start, length):
    end = start + length
    reach = _Reach(span_list)
    assert (reach(start) >= end) == any(s <= start and end <= e for s, e in span_list)
    # strictly containing (not the same span): what the pseudo-trigger rule asks
    strict = reach(start) > end or (start > 0 and reach(start - 1) >= end)
    assert strict == any(s <= start and end <= e and (s, e) != (start, end) for s, e in span_list)


class _Entry:
    def __init__(self, *terms: str) -> None:
        self.terms = terms


def _naive_prefer_decomposition(matches):
    out = []
    for s, e, entry in matches:
        wanted = set(entry.terms)
        parts = [(s2, e2, set(entry2.terms) & wanted) for s2, e2, entry2 in matches
                 if s <= s2 and e2 <= e and (s2, e2) != (s, e)]
        parts = [p for p in parts if p[2]]
        covered = set().union(*(p[2] for p in parts)) if parts else set()
        if covered >= wanted and len({(p[0], p[1]) for p in parts}) >= 2 and not any(p[2] >= wanted for p in parts):
            continue
        out.append((s, e, entry))
    return out


@settings(max_examples=300, deadline=None)
@given(spans, st.lists(st.sets(st.sampled_from("abcd"), min_size=1), min_size=25, max_size=25))
def test_prefer_decomposition_equals_the_pairwise_definition(found, term_sets):
    matches = [(s, e, _Entry(*sorted(term_sets[i]))) for i, (s, e) in enumerate(found)]
    assert _prefer_decomposition(matches) == _naive_prefer_decomposition(matches)


# sentences that exercise the cue regexes, so that the checks below bite without ../shared too
REGEX_SENTENCES = [
    "Pt took a double dose of Humira by mistake this morning.",
    "Mom accidentally gave him 2 pens instead of 1, no sx so far.",
    "Label says 40 mg but the box shows 80 mg; PQC filed.",
    "She had a few glasses of wine with her methotrexate and felt awful.",
    "Admitted to the hospital overnight for IV fluids, d/c'd today.",
    "Held the pen for only 3 seconds before pulling it off.",
    "He injected an extra shot because the first one didn't work.",
    "Took it twice on the same day, forgot she already had her dose.",
    "Pharmacy dispensed 7.5 mg but her script is 2.5 mg.",
    "Nurse stuck herself with the used needle while helping.",
    "Used expired pens from last year since the new shipment was late.",
    "Taking it every week instead of every other week to make it work better.",
]


def _texts() -> list[str]:
    paths = [*sorted((ROOT / "examples").glob("*.jsonl")), *sorted((ROOT / "src/pvflag/data").rglob("*.jsonl")),
             *sorted((ROOT.parent / "shared/eval/psp_dev").glob("*.jsonl"))]
    texts = [r.text for r in read_records(paths, duplicate_ids="off") if isinstance(r, Interaction)]
    return texts + REGEX_SENTENCES + [" ".join(REGEX_SENTENCES)]


def test_gated_regex_matches_hold_a_trigger_word():
    """Regex cues are searched only near their trigger words: sound only if every match holds one."""
    tokenizer = load_tokenizer()
    _tok, compiled, _m = Scanner()._ensure()
    checked = 0
    for text in _texts():
        for rule in (*compiled.special_regexes, *compiled.seriousness_regexes):
            for match in rule.regex.finditer(text):
                if match.end() <= match.start():
                    continue
                keys = set(tokenizer.keys(match.group()))
                assert keys & rule.triggers, (rule.rule.id, match.group())
                checked += 1
    assert checked > 20


def test_regex_cue_far_into_a_long_transcript_is_found(scanner):
    filler = "Pt called about the copay card and the next delivery date. " * 400
    text = filler + "She took a double dose of Humira by mistake yesterday. " + filler
    result = scanner.scan(text, id="long")
    categories = {f.category for f in result.special_situations}
    assert {"overdose", "medication_error"} & categories
    start = text.index("double dose")
    assert any(f.start <= start < f.end for f in result.special_situations)


def test_cue_regexes_on_non_ascii_text_still_match(scanner):
    ascii_result = scanner.scan("Pt took a double dose of Humira.", id="a")
    accented = scanner.scan("Pt took a double dose of Humira — señora.", id="b")
    assert {f.category for f in ascii_result.special_situations} == {f.category for f in accented.special_situations}
    assert "overdose" in {f.category for f in accented.special_situations}


def test_lowercase_variant_only_for_patterns_without_capitals():
    from pvflag.nlp._compiled import _lowercase_variant

    assert _lowercase_variant(r"\bdouble\s+dose\b") is not None
    assert _lowercase_variant(r"\bER\b") is None
    assert _lowercase_variant(r"(?i)dose") is None
    assert _lowercase_variant(r"\Sdose\W") is not None


def test_phrase_index_payloads_are_not_tracked_by_the_garbage_collector():
    _tok, compiled, _m = Scanner()._ensure()
    edges, payloads = compiled.combined.to_primitives()[:2]
    sample = [p for p in payloads if p][:2000] + list(edges)[:2000]
    assert len(sample) == 4000 and all(isinstance(v, tuple) for v in sample)
    gc.collect()
    assert not any(gc.is_tracked(v) for v in sample)


def _spans(matches):
    # positions only: the fast path matches the lower-cased text, the plain one the original
    return [(m.start(), m.end()) for m in matches]


def test_literal_guided_regex_search_equals_finditer():
    """Cue regexes are tried only where one of their leading literals occurs: same matches."""
    _tok, compiled, _m = Scanner()._ensure()
    rules = [r for r in (*compiled.special_regexes, *compiled.seriousness_regexes) if r.leading_literals]
    assert len(rules) >= 40
    texts = [t for t in _texts() if lowered_for_matching(t) is not None]
    assert len(texts) > 100 and any(not t.isascii() for t in texts)
    compared = 0
    for text in texts:
        lowered = lowered_for_matching(text)
        for rule in rules:
            windows = [(0, len(text)), (len(text) // 3, len(text) // 3 * 2)]
            fast = _spans(rule.finditer(text, lowered, windows))
            plain = _spans([m for start, end in windows for m in rule.regex.finditer(text, start, end)])
            assert fast == plain, rule.rule.id
            compared += len(plain)
    assert compared > 30


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "took", "double", "dose", "doses", "extra", "pen", "pens", "by mistake", "accidentally", "injected",
    "2", "3", "shots", "instead of", "prescribed", "label says", "expired", "with", "wine", "alcohol",
    "admitted", "to the", "hospital", "er", "er.", "  ", ".", ",", "\n", "the", "my", "twice", "same day",
]), min_size=1, max_size=20).map(" ".join))
def test_literal_guided_regex_search_equals_finditer_on_generated_text(text):
    _tok, compiled, _m = Scanner()._ensure()
    lowered = text.lower()
    for rule in (*compiled.special_regexes, *compiled.seriousness_regexes):
        if rule.leading_literals:
            assert _spans(rule.finditer(text, lowered, [(0, len(text))])) == _spans(rule.regex.finditer(text))


# characters of e-mail and portal text, and the ones where IGNORECASE and lower() part ways
_NON_ASCII = ["’", "“", "—", "é", "É", "ñ", "Ñ", "ü", "µ", "μ", "Μ", "ſ", "ı", "İ", "K", "Σ", "ς",  # noqa: RUF001
              "ß", "ẞ", "ﬁ", "Å", "Ω", "ǅ", "Ⅷ", "\u00a0", "😷"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["Took", "DOUBLE", "dose", "Doses", "extra", "Pen", "by mistake", "ACCIDENTALLY",
                     "injected", "2", "shots", "instead of", "prescribed", "expired", "with", "alcohol",
                     "Admitted", "to the", "Hospital", "ER", "er.", "  ", ".", ",", "\n", "my", "twice",
                     "mistakes"]),
    st.sampled_from(_NON_ASCII),
    st.builds("".join, st.lists(st.sampled_from(["do", "se", "s", "e", "mi", "take", "ta", "ke", "i", "k",
                                                 *_NON_ASCII]), max_size=5)),
), min_size=1, max_size=20).map(" ".join))
def test_lowered_text_matching_equals_ignorecase_matching_where_allowed(text):
    """Where ``lowered_for_matching`` allows it, every cue regex finds the same spans on the
    lower-cased text as IGNORECASE finds on the text (accented and typographic text included)."""
    _tok, compiled, _m = Scanner()._ensure()
    lowered = lowered_for_matching(text)
    if lowered is None:
        assert not text.isascii()
        return
    for rule in (*compiled.special_regexes, *compiled.seriousness_regexes):
        fast = _spans(rule.finditer(text, lowered, [(0, len(text))]))
        assert fast == _spans(rule.regex.finditer(text)), rule.rule.id


def test_lowered_text_matching_on_corpus_sentences_with_unicode_look_alikes():
    """Corpus sentences with letters swapped for characters that IGNORECASE equates with them
    ("do\u017fe"): either the fast path is refused or it finds what IGNORECASE finds."""
    _tok, compiled, _m = Scanner()._ensure()
    rules = (*compiled.special_regexes, *compiled.seriousness_regexes)
    swaps = [("s", "\u017f"), ("i", "\u0131"), ("k", "\u212a"), ("e", "é"), ("'", "\u2019"), (" ", "\u00a0"),
             ("o", "Ω")]
    compared = 0
    for sentence in REGEX_SENTENCES:
        for old, new in swaps:
            text = sentence.replace(old, new)
            lowered = lowered_for_matching(text)
            if lowered is None:
                continue
            for rule in rules:
                plain = _spans(rule.regex.finditer(text))
                assert _spans(rule.finditer(text, lowered, [(0, len(text))])) == plain, (rule.rule.id, text)
                compared += len(plain)
    assert compared > 10


def test_lowered_for_matching_refuses_text_where_case_rules_differ():
    assert lowered_for_matching("Pt\u2019s señora — É") == "pt\u2019s señora — é"
    assert lowered_for_matching("İnjection") is None  # lower-casing adds a character
    assert lowered_for_matching("do\u017fe") is None  # long s is "s" to IGNORECASE only
    assert lowered_for_matching("ΟΔΥΣ") is None  # final sigma
    assert lowered_for_matching("10 µg") is None  # micro sign and mu are one letter to IGNORECASE


def test_leading_literals_only_when_every_match_starts_with_one():
    from pvflag.nlp._compiled import _leading_literals

    assert _leading_literals(r"\b(?:double|extra)\s+doses?\b") == ("double", "extra")
    assert _leading_literals(r"\bfoo(bar)?") == ("foo",)
    assert _leading_literals(r"(?:a|b?c)d") is None  # "cd" and "d" can start a match
    assert _leading_literals(r"[ab]c") is None
    assert _leading_literals(r"\bx|y") is None


def _naive_merge(cues):
    ordered = sorted(cues, key=lambda m: (-(m.end_tok - m.start_tok), m.start_tok))
    kept = []
    for cue in ordered:
        if any(k.category == cue.category and cue.start < k.end and k.start < cue.end for k in kept):
            continue
        kept.append(cue)
    kept.sort(key=lambda m: (m.start_tok, m.end_tok))
    return kept


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 5), st.sampled_from(["overdose", "pregnancy"])),
                max_size=20))
def test_merge_overlapping_cues_equals_the_pairwise_definition(raw):
    from types import SimpleNamespace

    from pvflag.nlp._analysis import _merge_overlapping_cues

    # character offsets: token i spans [3i, 3i + 2)
    cues = [SimpleNamespace(start_tok=s, end_tok=s + n, start=3 * s, end=3 * (s + n) - 1, category=cat)
            for s, n, cat in raw]
    assert [id(c) for c in _merge_overlapping_cues(cues)] == [id(c) for c in _naive_merge(cues)]


def test_stage_cost_benchmark_reads_the_stages_off_analyze():
    """benchmarks/stage_costs.py cuts ``analyze`` short stage by stage: its stage list must be the
    functions ``analyze`` calls, in order, and cutting after any of them must still run."""
    import importlib.util

    from pvflag.nlp import _analysis

    path = ROOT / "benchmarks" / "stage_costs.py"
    spec = importlib.util.spec_from_file_location("pvflag_stage_costs", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    stages = bench.analyze_stages()
    assert stages[0] == "_segment" and stages[-1] == "_assess"
    assert {"_detect_events", "_detect_cues", "_apply_context"} <= set(stages)
    assert all(callable(getattr(_analysis, name)) for name in stages)
    rows = bench.stage_costs(["Pt on Humira, c/o headache. No fever.", "Copay card approved."], repeats=1)
    assert [row["stage"] for row in rows][2:-1] == stages[1:]
    assert _analysis._assess.__name__ == "_assess"  # the real stages are back
