"""An independent reader (the ``e2br3`` package) agrees with pvflag on pvflag's R3 files."""

from __future__ import annotations

from pathlib import Path

import e2br3
import pytest
from e2b_helpers import NOW, coded_icsr
from hypothesis import given, settings
from test_e2b_properties import SETTINGS, icsrs

from pvflag.e2b.icsr import ICSR
from pvflag.e2b.r3 import to_r3

ROLE_CODES = {"suspect": "1", "concomitant": "2", "interacting": "3", "not_administered": "4"}
E2BR3_FLAGS = {
    "death": "results_in_death",
    "life_threatening": "life_threatening",
    "hospitalization": "hospitalisation",
    "disability": "disabling",
    "congenital_anomaly": "congenital_anomaly",
    "other_medically_important": "other_medically_important",
}


def _agree(icsr: ICSR, path: Path) -> None:
    path.write_bytes(to_r3(icsr, SETTINGS, now=NOW))
    (theirs,) = e2br3.parse(str(path)).icsrs
    assert theirs.safety_report_id == icsr.case_id
    assert theirs.worldwide_case_id == icsr.worldwide_id
    assert theirs.report_type.code == icsr.report_type
    assert len(theirs.reactions) == len(icsr.reactions)
    for mine, other in zip(icsr.reactions, theirs.reactions, strict=True):
        assert other.native_term == mine.verbatim
        assert other.meddra_code == mine.meddra_code
        assert other.meddra_version == mine.meddra_version
        for name, field in E2BR3_FLAGS.items():
            assert (getattr(other, field) is True) == (name in mine.seriousness), field
    assert [d.product_name for d in theirs.drugs] == [d.name for d in icsr.drugs]
    assert [d.role.code for d in theirs.drugs] == [ROLE_CODES[d.role] for d in icsr.drugs if d.role]


def test_e2br3_reads_the_example_case(tmp_path: Path) -> None:
    _agree(coded_icsr(), tmp_path / "case.xml")


def test_e2br3_schema_validation_agrees(tmp_path: Path) -> None:
    from e2b_helpers import E2B_DIR

    path = tmp_path / "case.xml"
    path.write_bytes(to_r3(coded_icsr(), SETTINGS, now=NOW))
    assert e2br3.validate(str(path), schema_dir=str(E2B_DIR / "r3" / "ich-schema-set")) == []


@settings(max_examples=25, deadline=None)
@given(icsrs())
def test_e2br3_agrees_on_any_case(tmp_path_factory: pytest.TempPathFactory, icsr: ICSR) -> None:
    _agree(icsr, tmp_path_factory.mktemp("e2br3") / "case.xml")
