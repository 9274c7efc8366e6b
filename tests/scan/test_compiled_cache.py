"""The on-disk compiled lexicon gives exactly the findings of a fresh compile."""

from __future__ import annotations

import marshal
import subprocess
import sys

from pvflag.lexicon import load_lexicon, load_lexicon_tables
from pvflag.nlp._analysis import analyze
from pvflag.nlp._compiled import CompiledLexicon, compile_lexicon
from pvflag.nlp._config import ScanConfig
from pvflag.nlp._tokenizer import load_tokenizer

TEXTS = [
    "Pt c/o HA & N/V x3d after 2nd Dupixent inj. Denies fever.",
    "my hair is falling out in clumps since starting Aubagio, pen jammed too",
    "Agent: Any rash?\nPatient: Yes, itchy rash on my arms. I'm pregnant btw.",
]


def _findings(compiled: CompiledLexicon, tokenizer, text: str):
    analysis = analyze(text, tokenizer.tokens(text), compiled, ScanConfig())
    return [f.model_dump() for f in analysis.findings]


def test_cache_round_trip_gives_the_same_findings():
    tokenizer = load_tokenizer()
    fresh = compile_lexicon(load_lexicon(), tokenizer)
    data = marshal.loads(marshal.dumps(fresh.to_cache()))
    cached = CompiledLexicon.from_cache(data, load_lexicon_tables())
    assert cached is not None
    for text in TEXTS:
        assert _findings(cached, tokenizer, text) == _findings(fresh, tokenizer, text)


def test_cache_of_another_version_is_refused():
    tokenizer = load_tokenizer()
    fresh = compile_lexicon(load_lexicon(), tokenizer)
    data = list(fresh.to_cache())
    data[1] = "some-other-version"
    assert CompiledLexicon.from_cache(tuple(data), load_lexicon_tables()) is None


def test_second_process_starts_from_the_cache(tmp_path):
    code = ("import time; t = time.perf_counter(); from pvflag.scanner import Scanner; "
            "r = Scanner().scan('Pt c/o rash after Dupixent', id='1'); "
            "print(round(time.perf_counter() - t, 3), r.has_adverse_event)")
    env = {"PVFLAG_CACHE_DIR": str(tmp_path), "PATH": ""}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert any(p.suffix == ".marshal" for p in tmp_path.iterdir())
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.split()[1] == second.stdout.split()[1] == "True"
