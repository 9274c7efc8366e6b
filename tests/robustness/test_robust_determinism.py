"""Same input and options give byte-identical records, in this process and in another."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pvflag.io import read_records

DATA = Path(__file__).resolve().parent.parent / "data" / "io"
_DUMP = (
    "import sys\n"
    "from pvflag.io import read_records\n"
    "for item in read_records([sys.argv[1]]):\n"
    "    sys.stdout.write(item.model_dump_json() + '\\n')\n"
)


def _dump_here() -> str:
    return "".join(item.model_dump_json() + "\n" for item in read_records([str(DATA)]))


def test_reading_twice_gives_identical_bytes() -> None:
    first = _dump_here()
    assert first == _dump_here()
    assert first.count("\n") == len(list(DATA.iterdir())) - 2 + 4 + 4  # 6 whole files + 4 JSONL + 4 CSV rows


def test_another_process_with_another_hash_seed_gives_identical_bytes() -> None:
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run(
        [sys.executable, "-c", _DUMP, str(DATA)], capture_output=True, check=True, env=env
    ).stdout.decode("utf-8")
    assert other == _dump_here()
