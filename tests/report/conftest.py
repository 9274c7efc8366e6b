"""Fixtures of the report tests: the hand-made inputs of ``_data`` written to files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ._data import case_records, interaction_records, scan_records, validation_payload, write_jsonl


@pytest.fixture
def input_files(tmp_path: Path) -> list[Path]:
    validation = tmp_path / "validation.json"
    validation.write_text(json.dumps(validation_payload(), indent=2), encoding="utf-8")
    return [
        write_jsonl(tmp_path / "scan.jsonl", scan_records()),
        write_jsonl(tmp_path / "interactions.jsonl", interaction_records()),
        write_jsonl(tmp_path / "cases.jsonl", case_records()),
        validation,
    ]
