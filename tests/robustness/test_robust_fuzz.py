"""Fuzz target: arbitrary bytes through every reader never raise, and what comes out is sound.

Runs in CI with a modest number of examples; ``PVFLAG_FUZZ_EXAMPLES=20000``
hunts longer. ``python tests/robustness/test_robust_fuzz.py`` runs the same
target under atheris when it is installed (coverage-guided, open-ended).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pvflag.interactions import Interaction
from pvflag.io import INPUT_FORMATS, RecordFailure, read_records

_SETTINGS = settings(
    max_examples=int(os.environ.get("PVFLAG_FUZZ_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Seeds that make random bytes look like each format, so the fuzzer gets past the first check.
_SEEDS = {
    "jsonl": [
        b'{"id": "a", "text": "',
        b"\n",
        b'"}',
        b'{"id": 1, "text": "x"}\n',
        b"\xef\xbb\xbf",
        b"\\u0000",
    ],
    "csv": [b"id,text\n", b'"', b",", b"\r\n", b'""', b"\n"],
    "txt": [b"Agent: ", b"Pt: ", b"\n", b"\r\n", b"\x00"],
    "turns": [b"Agent: ", b"Dana: ", b"spk_0: ", b"\n", b"Plan: "],
    "vtt": [b"WEBVTT\n\n", b"00:00:01.000 --> 00:00:02.000\n", b"<v Agent>", b"</v>", b"\n\n", b"NOTE "],
    "srt": [b"1\n", b"00:00:01,000 --> 00:00:02,000\n", b"AGENT: ", b"[Pt] ", b"\n\n", b"<i>"],
    "transcribe_json": [
        b'{"results": {"items": [',
        b'{"alternatives": [{"content": "x"}], ',
        b'"speaker_label": "spk_0"',
        b'"type": "punctuation"',
        b"]}}",
        b'{"Transcript": [',
        b'{"segments": [{"speaker": 1, "text": "a"}]}',
    ],
    "eml": [
        b"From: a@b.c\n",
        b"Subject: =?utf-8?q?x=C3?=\n",
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n",
        b"Content-Type: text/html; charset=latin-1\n\n<blockquote>",
        b"\n> ",
        b"On Mon wrote:\n",
        b"\n--b--\n",
        b"Content-Transfer-Encoding: base64\n\n",
        b"Content-Transfer-Encoding: quoted-printable\n\n=E2=8",
    ],
}


def _fragments(fmt: str) -> st.SearchStrategy[bytes]:
    return st.lists(st.one_of(st.sampled_from(_SEEDS[fmt]), st.binary(max_size=24)), max_size=16).map(
        b"".join
    )


def check_items(items: list[Interaction | RecordFailure]) -> None:
    """What every reader promises whatever it was given."""
    for item in items:
        assert isinstance(item, Interaction | RecordFailure)
        line = item.model_dump_json()  # serialisable as UTF-8 JSON
        json.loads(line)
        if isinstance(item, Interaction):
            assert item.text.strip()
            for turn in item.turns:
                assert 0 <= turn.start <= turn.end <= len(item.text)
            for region in item.regions:
                assert 0 <= region.start <= region.end <= len(item.text)
        else:
            assert item.error.type and item.error.message and item.id


def run_target(data: bytes, fmt: str, directory: str) -> list[Interaction | RecordFailure]:
    path = Path(directory) / f"fuzz.{fmt}"
    path.write_bytes(data)
    items = list(read_records([str(path)], input_format=fmt, max_text_chars=5_000))
    check_items(items)
    if fmt in ("txt", "turns", "vtt", "srt", "transcribe_json", "eml"):
        assert len(items) == 1  # one file, one record
    return items


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("fuzz"))


@pytest.mark.parametrize("fmt", INPUT_FORMATS)
def test_every_reader_survives_arbitrary_bytes(fmt: str, fuzz_dir: str) -> None:
    @_SETTINGS
    @given(st.one_of(_fragments(fmt), st.binary(max_size=300)))
    def target(data: bytes) -> None:
        run_target(data, fmt, fuzz_dir)

    target()


def _jsonl_expected_count(data: bytes) -> int:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return 1
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if lines and lines[0].startswith(b"\xef\xbb\xbf"):
        lines[0] = lines[0][3:]
    return sum(1 for line in lines if line.strip())


@_SETTINGS
@given(_fragments("jsonl"))
def test_jsonl_one_output_per_non_blank_line_of_any_bytes(fuzz_dir: str, data: bytes) -> None:
    assert len(run_target(data, "jsonl", fuzz_dir)) == _jsonl_expected_count(data)


if __name__ == "__main__":  # pragma: no cover - manual, coverage-guided fuzzing
    import atheris  # type: ignore[import-not-found]

    scratch = tempfile.mkdtemp()

    def one_input(data: bytes) -> None:
        if not data:
            return
        fmt = INPUT_FORMATS[data[0] % len(INPUT_FORMATS)]
        run_target(data[1:], fmt, scratch)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
