from __future__ import annotations

import pytest

from pvflag.scanner import Scanner


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    return Scanner()


@pytest.fixture(scope="session")
def balanced_scanner() -> Scanner:
    return Scanner(sensitivity="balanced")
