"""Fixtures for the E2B tests (helpers live in ``e2b_helpers``)."""

from __future__ import annotations

import pytest
from e2b_helpers import E2B_DIR

from pvflag.e2b.icsr import ExportSettings


@pytest.fixture
def settings() -> ExportSettings:
    return ExportSettings(
        batch_sender_id="HUBSENDER",
        batch_receiver_id="MFRRECEIVER",
        sender_organization="Example Hub Services",
        sender_country="US",
    )


@pytest.fixture
def fda_settings() -> ExportSettings:
    return ExportSettings(
        batch_sender_id="HUBSENDER",
        batch_receiver_id="ZZFDA",
        message_receiver_id="CDER",
        sender_organization="Example Hub Services",
        sender_country="US",
        profile="fda",
    )


@pytest.fixture(scope="session")
def schema():  # type: ignore[no-untyped-def]
    from pvflag.e2b.schemas import load_schema

    return load_schema(E2B_DIR)
