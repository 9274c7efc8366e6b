"""The validator's edges: hostile files, schema lookup, non-E2B input, import cost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from e2b_helpers import E2B_DIR, FDA_EXAMPLES, NOW, TODAY, coded_icsr

from pvflag.e2b.icsr import ExportSettings
from pvflag.e2b.r3 import to_r3
from pvflag.e2b.schemas import ENV_VAR, find_dtd, find_schema
from pvflag.e2b.validate import validate_bytes, validate_file
from pvflag.errors import E2BError

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<ichicsr lang="en">&lol3;</ichicsr>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<MCCI_IN200100UV01 xmlns="urn:hl7-org:v3">&xxe;</MCCI_IN200100UV01>"""
REMOTE_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE ichicsr SYSTEM "http://203.0.113.1/never-fetched.dtd">
<ichicsr lang="en"/>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_entity_declarations_are_refused(data: bytes) -> None:
    report = validate_bytes(data, schema_dir=E2B_DIR, today=TODAY)
    assert [p.rule for p in report.problems] == ["XML"]
    assert "entity declarations are not allowed" in report.problems[0].message


def test_remote_dtd_is_never_fetched() -> None:
    report = validate_bytes(REMOTE_DTD, schema_dir=E2B_DIR, today=TODAY)
    assert report.kind == "r2"  # parsed without loading the DTD; validated against pvflag's copy
    assert "DTD" in report.rules


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    path.write_bytes(b"<a>" + b" " * 2000 + b"</a>")
    report = validate_file(path, schema_dir=E2B_DIR, max_bytes=1000)
    assert [p.rule for p in report.problems] == ["XML"] and "limit is 1000 bytes" in report.problems[
        0
    ].message


def test_not_well_formed_reports_the_line() -> None:
    report = validate_bytes(b"<?xml version='1.0'?>\n<ichicsr>\n<oops></ichicsr>", schema_dir=E2B_DIR)
    assert [(p.rule, p.line) for p in report.problems] == [("XML", 3)]
    assert ":3:" in report.problems[0].message


def test_other_xml_is_named_as_not_e2b() -> None:
    report = validate_bytes(b"<invoice/>", schema_dir=E2B_DIR)
    assert report.kind == "unknown" and "not an E2B file" in report.problems[0].message


def test_xsd_errors_carry_line_and_path(settings: ExportSettings) -> None:
    data = to_r3(coded_icsr(), settings, now=NOW).replace(b'<statusCode code="active"/>', b"<bogus/>")
    report = validate_bytes(data, schema_dir=E2B_DIR, today=TODAY)
    (xsd,) = [p for p in report.problems if p.rule == "XSD"]
    assert xsd.line and "bogus" in xsd.message


def test_schema_dir_forms(tmp_path: Path) -> None:
    assert find_schema(E2B_DIR) == find_schema(E2B_DIR / "r3" / "ich-schema-set")
    assert find_dtd(E2B_DIR) == find_dtd(E2B_DIR / "r2" / "dtd")


def test_missing_schema_set_says_how_to_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with pytest.raises(E2BError) as info:
        validate_file(FDA_EXAMPLES / "FAERS2022Scenario8.xml")
    message = str(info.value)
    assert "--schema-dir" in message and ENV_VAR in message and str(tmp_path) in message
    with pytest.raises(E2BError, match="--schema-dir"):
        find_schema(tmp_path / "nowhere")


def test_env_var_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(E2B_DIR / "r3" / "ich-schema-set"))
    assert find_schema() == E2B_DIR / "r3" / "ich-schema-set" / "multicacheschemas" / "MCCI_IN200100UV01.xsd"


def test_checkout_is_found_from_any_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)  # no e2b/ here: the package source tree is the fallback
    assert find_schema().resolve() == (E2B_DIR / "r3/ich-schema-set/multicacheschemas/MCCI_IN200100UV01.xsd")


def test_unknown_profile_lists_the_valid_ones() -> None:
    with pytest.raises(E2BError, match="ich, fda"):
        validate_file(FDA_EXAMPLES / "FAERS2022Scenario8.xml", profile="eu")  # type: ignore[arg-type]


def test_importing_pvflag_e2b_does_not_load_lxml() -> None:
    code = "import sys, pvflag, pvflag.e2b, pvflag.cli; assert 'lxml' not in sys.modules, 'lxml loaded'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_api_names_resolve() -> None:
    import pvflag.e2b as api

    assert sorted(api.__all__) == sorted(api._EXPORTS)
    for name in api.__all__:
        assert getattr(api, name) is not None
