from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pvflag.validation import SelftestReport, run_selftest

RUN_AT = datetime(2027, 1, 5, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def selftest_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("selftest")


@pytest.fixture(scope="session")
def selftest_report(selftest_dir: Path) -> SelftestReport:
    """One selftest run on the installed package (the repository's e2b/ folder holds the schemas)."""
    return run_selftest(selftest_dir, now=RUN_AT)
