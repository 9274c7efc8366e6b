"""The scan path's tokenizer (spaCy's algorithm in Python) gives spaCy's tokens, token for token."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvflag.interactions import Interaction
from pvflag.io import read_records
from pvflag.lexicon import load_lexicon
from pvflag.nlp import _tokenizer
from pvflag.nlp._text import token_key
from pvflag.nlp._tokenizer import RuleTokenizer, load_tokenizer, make_nlp

ROOT = Path(__file__).resolve().parents[2]

# pieces that exercise every rule family: affixes, infixes, URLs, abbreviations with periods,
# emoticon special cases (which spaCy also retokenizes across a single space), PSP shorthand
PIECES = [
    "Pt", "c/o", "N/V.", "HA", "d/c'd", "w/", "x3d", "(RA)", "10a.m.", "a.m.", "U.S.", "Dr.", "e.g.",
    "can't", "I'm", "y'all", "'s", "n't", ":)", ":(", "(:", ":-)", ":p", ":0", "<3", "(-_-)", "._.",
    "https://hub.example.com/a?b=1", "pt@example.org", "5mg/kg", "3x/day", "1/2", "-", "--", "—", "…",
    "...", "!!", "?!", "(", ")", "[", "]", "{", "}", "\"", "'", "%", "$", "#", "&", "*", "+", "=",
    "<", ">", "/", "\\", ":", ";", ",", ".", "?", "!", "😀", "🤦‍♀️", "náuseas", "ÉTÉ", "ﬁne", "½",
    "2nd", "Q2W", "IV", "ER.", "dx:", "re:", "9/11/2026", "12:30pm", "$0", "#1", "O'Neil", "rock'n'roll",
]
SEPARATORS = ["", " ", " ", " ", "  ", "\n", "\t", "\u00a0", " \n "]


def _spacy_tokens(nlp, text: str) -> list[tuple[int, str]]:
    return [(t.idx, t.text) for t in nlp.make_doc(text) if not t.is_space]


def _rule_tokens(tokenizer: RuleTokenizer, text: str) -> list[tuple[int, str]]:
    starts, ends, texts, keys = tokenizer.tokens(text)
    assert all(text[s:e] == t for s, e, t in zip(starts, ends, texts, strict=True))
    assert keys == [token_key(t) for t in texts]
    return list(zip(starts, texts, strict=True))


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.fixture(scope="module")
def tokenizer(nlp):
    return RuleTokenizer.from_spacy(nlp.tokenizer)


def _corpus_texts() -> list[str]:
    paths = [*sorted((ROOT / "examples").glob("*.jsonl")),
             *sorted((ROOT.parent / "shared" / "eval" / "psp_dev").glob("*.jsonl"))]
    texts = [r.text for r in read_records(paths, duplicate_ids="off") if isinstance(r, Interaction)]
    for path in sorted((ROOT / "examples").rglob("*")):
        if path.suffix in {".txt", ".vtt", ".srt", ".eml"}:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def test_same_tokens_as_spacy_on_example_notes_and_transcripts(nlp, tokenizer):
    texts = _corpus_texts()
    assert len(texts) >= 20
    for text in texts:
        assert _rule_tokens(tokenizer, text) == _spacy_tokens(nlp, text)


def test_same_tokens_as_spacy_on_vocabulary_phrases(nlp, tokenizer):
    lexicon = load_lexicon()
    surfaces = [e.surface for e in lexicon.events] + [d.surface for d in lexicon.drugs]
    sample = random.Random(3).sample(surfaces, 15_000)
    for text in sample:
        assert _rule_tokens(tokenizer, text) == _spacy_tokens(nlp, text), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=14))
def test_same_tokens_as_spacy_on_punctuation_heavy_text(nlp, tokenizer, parts):
    text = "".join(piece + sep for piece, sep in parts)
    assert _rule_tokens(tokenizer, text) == _spacy_tokens(nlp, text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_same_tokens_as_spacy_on_any_text(nlp, tokenizer, text):
    assert _rule_tokens(tokenizer, text) == _spacy_tokens(nlp, text)


def test_emoticon_matched_across_a_space_blocks_a_neighbour_as_in_spacy(nlp, tokenizer):
    # spaCy's special-case matcher sees ": (" as the emoticon ":(", keeps it, and so does not
    # re-join "(:" inside "(:%"; alone, "(:%" keeps "(:" whole
    assert [t for _i, t in _rule_tokens(tokenizer, ": (:%")] == [":", "(", ":", "%"]
    assert [t for _i, t in _rule_tokens(tokenizer, "x (:%")] == ["x", "(:", "%"]
    assert _rule_tokens(tokenizer, ": (:%") == _spacy_tokens(nlp, ": (:%")


def test_regex_whitespace_is_python_whitespace():
    # chunks are found with \S+; spaCy splits on str.isspace(): they must agree everywhere
    space = re.compile(r"\s")
    assert all(bool(space.match(chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))


def test_rules_round_trip_through_the_cache_format(nlp, tokenizer):
    restored = RuleTokenizer.from_cache(tokenizer.to_cache())
    assert restored is not None
    text = "Pt c/o N/V. (:% 10a.m.) https://x.org/a?b=1 can't"
    assert _rule_tokens(restored, text) == _spacy_tokens(nlp, text)
    assert RuleTokenizer.from_cache(("not", "rules")) is None
    assert RuleTokenizer.from_cache(None) is None
    damaged = list(tokenizer.to_cache())
    damaged[1] = "(unclosed"  # the prefix pattern
    assert RuleTokenizer.from_cache(tuple(damaged)) is None


def test_chunk_memo_stays_bounded(tokenizer, monkeypatch):
    monkeypatch.setattr(_tokenizer, "_CHUNK_MEMO_SIZE", 100)
    fresh = RuleTokenizer.from_cache(tokenizer.to_cache())
    assert fresh is not None
    for i in range(1_000):
        fresh.tokens(f"word{i} (note{i}).")
    assert len(fresh._memo) <= 100
    assert fresh.words("word999 (note999).") == ["word999", "(", "note999", ")", "."]


def test_scanning_from_a_warm_cache_does_not_import_spacy(tmp_path):
    code = ("import sys; from pvflag.scanner import Scanner; "
            "r = Scanner().scan('Pt c/o rash after Dupixent', id='1'); "
            "print(r.has_adverse_event, 'spacy' in sys.modules)")
    env = {"PVFLAG_CACHE_DIR": str(tmp_path), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.split() == ["True", "True"]  # the first run reads the rules off spaCy
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert second.stdout.split() == ["True", "False"]


def test_shared_scanner_tokenizer_is_the_cached_one():
    assert load_tokenizer() is load_tokenizer()
