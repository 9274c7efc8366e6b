"""MedDRA ASCII loader: the synthetic fixture (invented codes, no MedDRA content) and broken copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pvflag.errors import LexiconError, MedDRAError
from pvflag.meddra import MedDRACoding, load_meddra, meddra_path_from_env

FIXTURE = Path(__file__).parent / "data" / "meddra_fixture"


@pytest.fixture(scope="module")
def meddra():
    return load_meddra(FIXTURE)


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "MedAscii"
    shutil.copytree(FIXTURE, folder)
    for f in folder.iterdir():
        f.chmod(0o644)
    return folder


def test_release_version_and_language(meddra):
    assert (meddra.version, meddra.language) == ("99.0", "English")


@pytest.mark.parametrize(
    ("term", "llt_code", "llt_name", "pt_code", "pt_name"),
    [
        ("Zz fixture sore head", 90000021, "Zz fixture sore head", 90000002, "Zz fixture head pain"),
        ("ZZ FIXTURE SORE HEAD", 90000021, "Zz fixture sore head", 90000002, "Zz fixture head pain"),
        ("  zz fixture   head spinning ", 90000011, "Zz fixture head spinning", 90000001, "Zz fixture dizzy"),
        ("zz fixture dizzy", 90000001, "Zz fixture dizzy", 90000001, "Zz fixture dizzy"),
        # non-current LLT: coded to its PT
        ("zz fixture giddy old", 90000001, "Zz fixture dizzy", 90000001, "Zz fixture dizzy"),
    ],
)
def test_code_exact_case_insensitive(meddra, term, llt_code, llt_name, pt_code, pt_name):
    coding = meddra.code(term)
    assert coding == MedDRACoding(
        llt_code=llt_code,
        llt_name=llt_name,
        pt_code=pt_code,
        pt_name=pt_name,
        soc="Zz fixture nervous things",
        soc_code=90900001,
        version="99.0",
    )


@pytest.mark.parametrize("term", ["headache", "zz fixture", "zz fixture sore", ""])
def test_code_unknown_is_none(meddra, term):
    assert meddra.code(term) is None


def test_llt_names_are_current_only(meddra):
    assert meddra.llt_names() == [
        "Zz fixture dizzy",
        "Zz fixture head pain",
        "Zz fixture head spinning",
        "Zz fixture sore head",
    ]


def test_frozen(meddra):
    with pytest.raises(ValueError):
        meddra.version = "1.0"


def test_release_folder_containing_medascii(tmp_path):
    _copy(tmp_path)
    assert load_meddra(tmp_path).code("zz fixture sore head") is not None


def test_lf_line_endings_and_latin1(tmp_path):
    folder = _copy(tmp_path)
    for f in folder.iterdir():
        f.write_bytes(f.read_bytes().replace(b"\r\n", b"\n"))
    llt = folder / "llt.asc"
    llt.write_bytes(
        llt.read_bytes() + "90000031$Zz fixture t\xeate lourde$90000002$$$$$$$Y$$\n".encode("latin-1")
    )
    coding = load_meddra(folder).code("zz fixture t\xeate lourde")
    assert coding is not None and coding.pt_code == 90000002


def test_utf8(tmp_path):
    folder = _copy(tmp_path)
    llt = folder / "llt.asc"
    llt.write_bytes(llt.read_bytes() + "90000032$Zz fixture céphalée$90000002$$$$$$$Y$$\r\n".encode())
    assert load_meddra(folder).code("ZZ FIXTURE CÉPHALÉE").llt_code == 90000032


@pytest.mark.parametrize("missing", ["llt.asc", "pt.asc", "soc.asc", "meddra_release.asc"])
def test_missing_file_names_it(tmp_path, missing):
    folder = _copy(tmp_path)
    (folder / missing).unlink()
    with pytest.raises(MedDRAError, match=missing.replace(".", r"\.")):
        load_meddra(folder)


def test_not_a_folder(tmp_path):
    with pytest.raises(MedDRAError, match="not a folder"):
        load_meddra(tmp_path / "nope")


@pytest.mark.parametrize(
    ("file", "line", "match"),
    [
        ("llt.asc", "90000041$Zz short$90000002$Y$\r\n", r"llt\.asc:6: expected 11 .*found 4"),
        (
            "llt.asc",
            "9000004X$Zz bad code$90000002$$$$$$$Y$$\r\n",
            r"llt\.asc:6: llt_code must be a numeric MedDRA code",
        ),
        (
            "llt.asc",
            "90000041$Zz orphan$90000099$$$$$$$Y$$\r\n",
            r"llt\.asc:6: pt_code 90000099 .*not defined in pt\.asc",
        ),
        (
            "llt.asc",
            "90000041$Zz currency$90000002$$$$$$$Q$$\r\n",
            r"llt\.asc:6: llt_currency must be 'Y' or 'N'",
        ),
        (
            "pt.asc",
            "90000003$Zz pt$$SOC$$$$$$$$\r\n",
            r"pt\.asc:3: pt_soc_code must be a numeric MedDRA code",
        ),
        ("pt.asc", "90000003$Zz pt$$90900002$$$$$$$$\r\n", r"pt\.asc:3: pt_soc_code 90900002 .*soc\.asc"),
        ("soc.asc", "90900002$Zz soc$\r\n", r"soc\.asc:2: expected 10"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path, file, line, match):
    folder = _copy(tmp_path)
    path = folder / file
    path.write_bytes(path.read_bytes() + line.encode())
    with pytest.raises(MedDRAError, match=match) as info:
        load_meddra(folder)
    assert str(path) in str(info.value)
    assert isinstance(info.value, LexiconError)


def test_empty_release_file(tmp_path):
    folder = _copy(tmp_path)
    (folder / "meddra_release.asc").write_text("")
    with pytest.raises(MedDRAError, match=r"meddra_release\.asc:1: expected 'version\$language"):
        load_meddra(folder)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"PVFLAG_MEDDRA": ""}, None),
        ({"PVFLAG_MEDDRA": " /opt/meddra/27.1 "}, Path("/opt/meddra/27.1")),
    ],
)
def test_meddra_path_from_env(environ, expected):
    assert meddra_path_from_env(environ) == expected


def test_meddra_path_from_process_env(monkeypatch):
    monkeypatch.setenv("PVFLAG_MEDDRA", str(FIXTURE))
    assert load_meddra(meddra_path_from_env()).version == "99.0"
