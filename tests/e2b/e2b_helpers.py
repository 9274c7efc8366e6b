"""Helpers shared by the E2B tests: fixed clock, paths and a complete example case."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pvflag.e2b.icsr import ICSR, Drug, Patient, PrimarySource, Reaction

REPO = Path(__file__).resolve().parents[2]
E2B_DIR = REPO / "e2b"
FDA_EXAMPLES = E2B_DIR / "r3" / "fda-examples"
NOW = datetime(2024, 3, 6, 12, 0, 0, tzinfo=UTC)
TODAY = date(2024, 3, 6)

R1 = "1b0f4f5e-8a51-4d7c-9a53-3c1c0f0a0001"
R2 = "1b0f4f5e-8a51-4d7c-9a53-3c1c0f0a0002"
D1 = "2c1f4f5e-8a51-4d7c-9a53-3c1c0f0a0001"
D2 = "2c1f4f5e-8a51-4d7c-9a53-3c1c0f0a0002"


def coded_icsr(**changes: object) -> ICSR:
    """A complete, MedDRA-coded PSP case that passes every ICH rule."""
    base = ICSR(
        case_id="US-HUB-0001",
        worldwide_id="US-HUB-0001",
        first_received="20240301",
        most_recent="20240305",
        expedited=True,
        study_name="CareConnect PSP",
        sponsor_study_number="PSP-17",
        primary_sources=(
            PrimarySource(qualification="5", country="US", given_name="Jane", family_name="Doe"),
        ),
        patient=Patient(
            name="JD",
            sex="2",
            age=34,
            birth_date="19891104",
            weight_kg=61.5,
            investigation_number="PSP-PT-88",
            age_group="5",
        ),
        reactions=(
            Reaction(
                id=R1,
                verbatim="bad headaches",
                language="eng",
                meddra_code="10019211",
                meddra_version="27.0",
                seriousness=frozenset({"hospitalization"}),
                start="20240228",
                outcome="2",
                country="US",
            ),
            Reaction(
                id=R2,
                verbatim="itchy rash",
                language="eng",
                meddra_code="10037844",
                meddra_version="27.0",
                outcome="1",
                start="202402",
                end="20240304",
            ),
        ),
        drugs=(
            Drug(
                id=D1,
                role="suspect",
                name="Dupixent",
                substances=("dupilumab",),
                dosage_text="300 mg every 2 weeks",
                route_text="subcutaneous",
                lot_number="L123",
                indication="atopic dermatitis",
                action_taken="4",
                additional_info=("2",),
                additional_text="took an extra dose",
                reaction_ids=(R1, R2),
            ),
            Drug(id=D2, role="concomitant", name="Advil", substances=("ibuprofen",)),
        ),
        narrative="Patient called the support line and reported headaches after the third injection.",
        reporter_comments="Patient thinks it is the shot.",
    )
    return base.model_copy(update=changes) if changes else base
