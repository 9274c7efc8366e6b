"""AECase -> ICSR: each case field E2B holds lands in its element; special situations where E2B has room."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from e2b_helpers import E2B_DIR, FDA_EXAMPLES, NOW, TODAY

from pvflag.cases.models import (
    AECase,
    CaseDrug,
    CaseEvent,
    CaseSpecialSituation,
    Patient,
    Reporter,
    Validity,
)
from pvflag.e2b.adapter import icsr_from_case, read_cases
from pvflag.e2b.icsr import ExportSettings
from pvflag.e2b.r3 import to_r3
from pvflag.e2b.reader import read_r3
from pvflag.e2b.validate import validate_bytes
from pvflag.errors import E2BError

EASTERN = timezone(timedelta(hours=-5))
VALID = Validity(
    valid=True,
    identifiable_patient=True,
    identifiable_reporter=True,
    suspect_product=True,
    event_or_special_situation=True,
)


def make_case(**changes: object) -> AECase:
    case = AECase(
        case_id="c0ffee",
        first_received_at=datetime(2024, 3, 1, 23, 30, tzinfo=EASTERN),
        latest_received_at=datetime(2024, 3, 4, 9, 0, tzinfo=EASTERN),
        program="CareConnect",
        country="US",
        expedited=True,
        serious=True,
        patient=Patient(
            initials="JD",
            sex="female",
            age_years=34,
            birth_date="1989-11",
            age_group="Adult",
            patient_id="PT-9",
        ),
        reporter=Reporter(
            type="hcp", qualification="other_health_professional", name="Ann Lee", country="US"
        ),
        drugs=(
            CaseDrug(name="Dupixent", generic="dupilumab", route="subcutaneous"),
            CaseDrug(name="Advil", generic="ibuprofen", characterization="concomitant"),
        ),
        events=(
            CaseEvent(
                verbatim="HA",
                term="headache",
                drug="dupilumab",
                seriousness=("hospitalization",),
                outcome="recovering",
                onset="2024-02-28",
                meddra_llt_code="10019211",
            ),
            CaseEvent(verbatim="tired", term="fatigue", onset="last week"),
        ),
        special_situations=(
            CaseSpecialSituation(category="overdose", verbatim="took two pens", drug="dupilumab"),
            CaseSpecialSituation(category="pregnancy", verbatim="I'm pregnant"),
            CaseSpecialSituation(category="off_label", verbatim="for asthma"),
        ),
        narrative="Nurse called: patient had headache.",
        validity=VALID,
    )
    return case.model_copy(update=changes) if changes else case


SETTINGS = ExportSettings(
    batch_sender_id="Hub-1", batch_receiver_id="MFR", sender_organization="Hub", meddra_version="27.0"
)


def test_case_fields_map_to_e2b() -> None:
    icsr = icsr_from_case(make_case(), SETTINGS)
    assert icsr.case_id == icsr.worldwide_id == "US-HUB1-c0ffee"
    assert (icsr.report_type, icsr.study_type, icsr.study_name) == ("2", "3", "CareConnect")
    # C.1.4 / C.1.5 are the hub's local dates of receipt, not UTC
    assert (icsr.first_received, icsr.most_recent) == ("20240301233000-0500", "20240304090000-0500")
    assert icsr.expedited is True
    assert icsr.primary_sources[0].model_dump(exclude_none=True) == {
        "qualification": "3",
        "country": "US",
        "given_name": "Ann",
        "family_name": "Lee",
    }
    assert (icsr.patient.name, icsr.patient.sex, icsr.patient.age, icsr.patient.birth_date) == (
        "JD",
        "2",
        34,
        "198911",
    )
    assert (icsr.patient.age_group, icsr.patient.investigation_number) == ("5", "PT-9")
    headache, tired, pregnancy = icsr.reactions
    assert (headache.verbatim, headache.meddra_code, headache.meddra_version) == ("HA", "10019211", "27.0")
    assert headache.seriousness == {"hospitalization"} and headache.outcome == "2"
    assert headache.start == "20240228" and tired.start is None  # 'last week' is no date: not invented
    assert (tired.meddra_code, tired.meddra_version) == (None, None)
    assert pregnancy.verbatim == "I'm pregnant" and pregnancy.meddra_code is None
    dupixent, advil = icsr.drugs
    assert (dupixent.role, dupixent.substances, dupixent.route_text) == (
        "suspect",
        ("dupilumab",),
        "subcutaneous",
    )
    assert dupixent.additional_info == ("2", "11")  # overdose, off-label use (G.k.10.r)
    assert "exposure during pregnancy" in (dupixent.additional_text or "")
    assert set(dupixent.reaction_ids) == {headache.id, pregnancy.id}
    assert advil.role == "concomitant" and advil.reaction_ids == ()


def test_adapter_ids_are_stable_across_versions() -> None:
    first = icsr_from_case(make_case(), SETTINGS)
    follow_up = icsr_from_case(
        make_case(version=2, latest_received_at=datetime(2024, 3, 9, tzinfo=EASTERN)), SETTINGS
    )
    assert (follow_up.case_id, follow_up.version) == (first.case_id, 2)
    assert [r.id for r in follow_up.reactions] == [r.id for r in first.reactions]


def test_case_round_trips_through_xml() -> None:
    icsr = icsr_from_case(make_case(), SETTINGS)
    assert read_r3(to_r3([make_case()], SETTINGS, now=NOW)) == [icsr]


def test_special_situation_without_event_becomes_an_uncoded_reaction() -> None:
    case = make_case(
        events=(),
        special_situations=(CaseSpecialSituation(category="medication_error", verbatim="wrong pen used"),),
    )
    icsr = icsr_from_case(case, SETTINGS)
    assert [(r.verbatim, r.meddra_code) for r in icsr.reactions] == [("wrong pen used", None)]
    assert icsr.drugs[0].additional_info == ("7",)
    report = validate_bytes(to_r3(icsr, SETTINGS, now=NOW), schema_dir=E2B_DIR, today=TODAY)
    assert report.rules == {"MEDDRA-REQUIRED"}


def test_case_without_drug_is_refused() -> None:
    with pytest.raises(E2BError, match="suspect drug"):
        icsr_from_case(make_case(drugs=()), SETTINGS)


def test_empty_narrative_is_built_from_the_case() -> None:
    icsr = icsr_from_case(make_case(narrative=""), SETTINGS)
    assert icsr.narrative.startswith("Patient support program report.")
    assert "HA" in icsr.narrative and "Dupixent (suspect)" in icsr.narrative


ROUND_TRIP_CASES = {
    "full case": make_case(),
    "situation only": make_case(
        events=(),
        special_situations=(CaseSpecialSituation(category="medication_error", verbatim="wrong pen"),),
    ),
    "infant, months": make_case(patient=Patient(age_years=0.5, sex="male")),
    "no narrative": make_case(narrative=""),
    "follow-up": make_case(version=3),
    "misuse and occupational exposure": make_case(
        special_situations=(
            CaseSpecialSituation(category="misuse_abuse", verbatim="sold the pens", drug="dupilumab"),
            CaseSpecialSituation(category="occupational_exposure", verbatim="nurse stuck herself"),
        )
    ),
}


@pytest.mark.parametrize("name", sorted(ROUND_TRIP_CASES))
def test_case_to_xml_to_case_keeps_what_e2b_holds(name: str) -> None:
    """case -> XML -> case: the E2B view of the case read back equals the one written."""
    case = ROUND_TRIP_CASES[name]
    written = icsr_from_case(case, SETTINGS)
    (back,) = read_cases(to_r3([case], SETTINGS, now=NOW))
    assert icsr_from_case(back, SETTINGS) == written.model_copy(update={"version": 1})
    assert [e.verbatim for e in back.events] == [r.verbatim for r in written.reactions]
    assert {(s.category, s.verbatim) for s in back.special_situations} >= {
        (s.category, s.verbatim) for s in case.special_situations if s.category in {"overdose", "off_label"}
    }


def test_read_back_case_fields() -> None:
    (back,) = read_cases(to_r3([make_case()], SETTINGS, now=NOW))
    assert back.case_id == "US-HUB1-c0ffee"
    assert (back.report_type, back.study_type, back.program) == (
        "report_from_study",
        "other_study",
        "CareConnect",
    )
    assert back.first_received_at == datetime(2024, 3, 1, 23, 30, tzinfo=EASTERN)
    assert (back.patient.initials, back.patient.sex, back.patient.age_years) == ("JD", "female", 34)
    assert (back.reporter.qualification, back.reporter.name) == ("other_health_professional", "Ann Lee")
    assert [(d.name, d.characterization) for d in back.drugs] == [
        ("Dupixent", "suspect"),
        ("Advil", "concomitant"),
    ]
    headache = back.events[0]
    assert (headache.meddra_llt_code, headache.seriousness, headache.outcome, headache.drug) == (
        "10019211",
        ("hospitalization",),
        "recovering",
        "dupilumab",
    )
    assert back.validity.valid and back.serious and back.expedited


@pytest.mark.parametrize("name", sorted(p.name for p in FDA_EXAMPLES.glob("*.xml")))
def test_fda_examples_read_into_cases(name: str) -> None:
    (case,) = read_cases(FDA_EXAMPLES / name)
    assert case.case_id.startswith("US-APHARMA-") and case.events and case.suspects


def _example_cases() -> list[AECase]:
    """The 20 cases ``pvflag cases`` builds from examples/interactions.jsonl (input fixture)."""
    path = Path(__file__).parent / "data" / "example_cases.jsonl"
    return [AECase.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


CASES_BUILT = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # --now of the fixture's pvflag cases run
PROGRAM_SETTINGS = ExportSettings(
    batch_sender_id="DUPICARE-HUB", batch_receiver_id="MAH-SAFETY", sender_organization="DupiCare Connect Hub"
)


def test_real_cases_export_valid_and_only_await_meddra() -> None:
    cases = _example_cases()
    data = to_r3(cases, PROGRAM_SETTINGS, now=CASES_BUILT)
    report = validate_bytes(data, schema_dir=E2B_DIR, today=CASES_BUILT.date())
    assert report.rules == {"MEDDRA-REQUIRED"}  # schema-valid; nothing else wrong
    uncoded = sum(
        1 for case in cases for r in icsr_from_case(case, PROGRAM_SETTINGS).reactions if not r.meddra_code
    )
    assert len(report.errors) == uncoded


def test_real_cases_round_trip() -> None:
    cases = _example_cases()
    written = [icsr_from_case(case, PROGRAM_SETTINGS) for case in cases]
    back = read_cases(to_r3(cases, PROGRAM_SETTINGS, now=CASES_BUILT))
    assert [icsr_from_case(case, PROGRAM_SETTINGS) for case in back] == [
        w.model_copy(update={"version": 1}) for w in written
    ]
