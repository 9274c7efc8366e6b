"""Program file loading, its documentation, and import cost of the case layer."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pvflag.cases.deadlines import load_rules, parse_rules
from pvflag.errors import ConfigError
from pvflag.program import CalendarConfig, ProductEntry, ProgramConfig, load_program, program_from_dict

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "program-file.md").read_text(encoding="utf-8")


def test_example_program_loads() -> None:
    program = load_program(REPO / "examples" / "program.toml")
    assert program.name == "DupiCare Connect" and program.timezone == "America/New_York"
    assert program.calendar == CalendarConfig(
        country="US", subdivision="NY", extra_closures=(date(2026, 11, 27), date(2026, 12, 24))
    )
    assert program.product_for("dupe a cent") is program.product_for("Dupixent") is program.products[0]
    assert program.product_for("SARILUMAB") is program.products[1]
    assert program.product_for("aspirin") is None
    assert "conjunctivitis" in program.products[0].labelled_events


def test_example_e2b_table_is_valid_for_export() -> None:
    from pvflag.e2b.icsr import ExportSettings

    program = load_program(REPO / "examples" / "program.toml")
    ExportSettings.model_validate(program.e2b)


def test_every_program_key_is_documented() -> None:
    for model in (ProgramConfig, ProductEntry, CalendarConfig):
        for name in model.model_fields:
            spelled = (f"`{name}`", f"`[{name}]`", f"`[[{name}]]`", f"`[{name}.")
            assert any(s in DOC for s in spelled), f"{model.__name__}.{name} is not in docs/program-file.md"


def test_every_rule_is_documented() -> None:
    for rule in load_rules():
        assert f"`{rule.id}`" in DOC


def test_doc_commands_use_real_options() -> None:
    from typer.main import get_command

    from pvflag.cli import app

    command = get_command(app).commands["cases"]  # type: ignore[attr-defined]
    options = {opt for param in command.params for opt in getattr(param, "opts", [])}
    for used in re.findall(r"pvflag cases [^\n]*", DOC):
        for option in re.findall(r"(--?[a-z][a-z-]*)", used):
            assert option in options, option


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "name: Field required"),
        ({"name": "x", "transfer": {"unit": "days"}}, "transfer.unit"),
        ({"name": "x", "products": [{"brand": "A"}]}, "products.0.generic"),
        ({"name": "x", "products": [{"brand": "A", "generic": "a", "route": "nasal"}]}, "'sc'"),
        ({"name": "x", "followup_window_days": -1}, "followup_window_days"),
        ({"name": "x", "calendar": {"country": "Atlantis"}}, "calendar.country = 'ATLANTIS'"),
        ({"name": "x", "calendar": {"subdivision": "BY"}}, "set calendar.country first"),
        ({"name": "x", "rule_overrides": {"hub.transfer": {"days": 2}}}, "rule_overrides.hub.transfer.days"),
    ],
)
def test_program_errors_name_key_and_options(data: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError) as info:
        program_from_dict(data, source="hub.toml")
    assert str(info.value).startswith("hub.toml: ")
    assert message in str(info.value)


def test_missing_program_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_program(tmp_path / "none.toml")


def test_rule_table_errors() -> None:
    with pytest.raises(ConfigError, match=r"conditions: any, serious"):
        parse_rules(
            {
                "rule": [
                    {
                        "id": "x",
                        "clock": "c",
                        "reference": "r",
                        "applies_when": ["sometimes"],
                        "amount": 1,
                        "unit": "calendar_days",
                        "start": "receipt",
                    }
                ]
            },
            source="t.toml",
        )
    with pytest.raises(ConfigError, match="duplicate rule ids"):
        row = {
            "id": "x",
            "clock": "c",
            "reference": "r",
            "applies_when": ["any"],
            "amount": 1,
            "unit": "hours",
            "start": "receipt",
        }
        parse_rules({"rule": [row, row]}, source="t.toml")
    with pytest.raises(ConfigError, match=r"\[\[rule\]\]"):
        parse_rules({}, source="t.toml")


def test_importing_case_layer_is_cheap() -> None:
    code = (
        "import sys, pvflag, pvflag.cases, pvflag.program, pvflag.cli;"
        "pvflag.build_cases; pvflag.load_program;"
        "print(sorted(m for m in ('holidays', 'spacy', 'lxml', 'rapidfuzz') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_country_codes_normalised() -> None:
    program = program_from_dict({"name": "x", "country": "uk", "calendar": {"country": "de"}})
    assert (program.country, program.calendar.country) == ("GB", "DE")
    with pytest.raises(ConfigError, match="alpha-2"):
        program_from_dict({"name": "x", "country": "USA"})
