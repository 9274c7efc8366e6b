"""Case building: validity, follow-ups, dispositions, report type, narrative, errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from case_helpers import NOTE, drug, event, program, result, situation

from pvflag.cases import build_cases
from pvflag.cases.build import FOLLOW_UP_QUESTIONS
from pvflag.errors import ConfigError
from pvflag.findings import RecordError, ScanResult

NOW = datetime(2026, 3, 1, tzinfo=UTC)
US = {"country": "US", "timezone": "America/New_York"}


def _one(*records: ScanResult, prog=None, **kw):  # type: ignore[no-untyped-def]
    batch = build_cases(records, program=prog if prog is not None else program(**US), now=NOW, **kw)
    return batch


# ---- validity -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("metadata", "findings", "missing"),
    [
        ({}, (event(), drug()), ()),
        ({"patient_id": None, "patient_initials": None}, (event(), drug()), ("patient",)),
        ({"patient_id": None, "patient_initials": None, "patient_sex": "F"}, (event(), drug()), ()),
        ({"patient_id": None, "patient_initials": None, "patient_age": "54"}, (event(), drug()), ()),
        ({"reporter_type": None}, (event(), drug()), ("reporter",)),
        ({"reporter_type": None, "reporter_name": "J. Smith"}, (event(), drug()), ()),
        ({"reporter_type": "nurse"}, (event(), drug()), ()),
        ({}, (event(drug=None),), ("suspect_product",)),
        ({"product": "Dupixent"}, (event(drug=None),), ()),
        ({}, (event(drug=None), drug("concomitant")), ("suspect_product",)),
        ({}, (event(drug=None), drug("mentioned")), ()),  # a program product mentioned is the suspect
        ({}, (situation("pregnancy"), drug()), ()),
        (
            {"patient_id": None, "patient_initials": None, "reporter_type": None},
            (event(drug=None),),
            ("patient", "reporter", "suspect_product"),
        ),
    ],
)
def test_validity_minimum_criteria(metadata, findings, missing) -> None:  # type: ignore[no-untyped-def]
    (case,) = _one(result("r1", "2026-03-02T10:00:00-05:00", *findings, **metadata)).cases
    assert case.validity.missing == missing
    assert case.validity.valid == (not missing)
    for criterion in missing:
        assert FOLLOW_UP_QUESTIONS[criterion] in case.validity.follow_up_questions


def test_invalid_case_kept_without_regulatory_clocks() -> None:
    (case,) = _one(
        result(
            "r1",
            "2026-03-02T10:00:00-05:00",
            event(seriousness=("hospitalization",)),
            drug(),
            reporter_type=None,
        )
    ).cases
    assert not case.validity.valid and case.day0 is None
    assert [c.rule_id for c in case.clocks] == ["hub.transfer"]


def test_invalid_then_completed_sets_day0_on_completion() -> None:
    first = result(
        "r1", "2026-03-02T10:00:00-05:00", event(seriousness=("hospitalization",)), drug(), reporter_type=None
    )
    second = result(
        "r2",
        "2026-03-04T09:00:00-05:00",
        event(seriousness=("hospitalization",)),
        drug(),
        reporter_type="caregiver",
    )
    (case,) = _one(first, second).cases
    assert case.version == 2 and case.validity.valid
    assert case.day0 is not None and case.day0.isoformat() == "2026-03-04T09:00:00-05:00"
    assert case.first_received_at.isoformat() == "2026-03-02T10:00:00-05:00"
    clocks = {c.rule_id: c for c in case.clocks}
    assert clocks["postmarket.expedited.15d"].due.isoformat() == "2026-03-19T23:59:59-04:00"  # type: ignore[union-attr]
    assert clocks["postmarket.expedited.15d"].started_by_version == 2
    assert case.reporter.type == "caregiver"
    assert any("reporter identified" in info for info in case.versions[1].new_information)
    assert any("now complete" in info for info in case.versions[1].new_information)


# ---- follow-ups ---------------------------------------------------------------


def test_follow_up_upgrades_seriousness_and_restarts_clock() -> None:
    de = {"country": "DE", "timezone": "Europe/Berlin"}
    first = result("r1", "2026-01-10T10:00:00+01:00", event(), drug())
    second = result("r2", "2026-01-20T10:00:00+01:00", event(seriousness=("hospitalization",)), drug())
    batch = _one(first, second, prog=program(**de))
    (case,) = batch.cases
    assert case.case_id == _one(first, prog=program(**de)).cases[0].case_id
    assert case.version == 2 and case.serious
    assert case.events[0].seriousness == ("hospitalization",)
    clocks = {c.rule_id: c for c in case.clocks}
    assert "eu.non_serious.90d" not in clocks
    assert clocks["postmarket.expedited.15d"].due.isoformat() == "2026-02-04T23:59:59+01:00"  # type: ignore[union-attr]
    assert case.day0.isoformat() == "2026-01-10T10:00:00+01:00"  # type: ignore[union-attr]
    assert case.versions[1].significant
    assert case.versions[1].new_information == ("seriousness of headache: + hospitalization",)
    # each version had its own transfer deadline (Sat Jan 10 -> Mon Jan 12; Tue Jan 20 -> Wed Jan 21)
    assert [v.transfer_due.isoformat() for v in case.versions] == [  # type: ignore[union-attr]
        "2026-01-12T23:59:59+01:00",
        "2026-01-21T23:59:59+01:00",
    ]


def test_follow_up_new_event_listed_and_old_event_kept() -> None:
    first = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    second = result("r2", "2026-03-03T10:00:00-05:00", event("nausea", text="nausea", start=0), drug())
    (case,) = _one(first, second).cases
    assert [e.term for e in case.events] == ["headache", "nausea"]
    assert [e.first_version for e in case.events] == [1, 2]
    assert case.versions[1].new_information == ("new event: nausea",)
    assert not case.versions[1].significant


@pytest.mark.parametrize(
    ("second_received", "second_meta", "same_case"),
    [
        ("2026-03-20T10:00:00-05:00", {}, True),
        ("2026-04-01T10:00:00-05:00", {}, True),  # 30 days 0 h later (window 30 days), DST shift aside
        ("2026-04-02T10:00:00-05:00", {}, False),  # outside the window
        ("2026-03-20T10:00:00-05:00", {"patient_id": "P-999"}, False),  # other patient
        ("2026-03-20T10:00:00-05:00", {"patient_id": None}, False),  # no patient key: never merged
    ],
)
def test_follow_up_window_and_patient(second_received, second_meta, same_case) -> None:  # type: ignore[no-untyped-def]
    first = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    second = result("r2", second_received, event("nausea", text="nausea"), drug(), **second_meta)
    batch = _one(first, second)
    assert (len(batch.cases) == 1) == same_case


def test_follow_up_other_suspect_product_is_new_case() -> None:
    from pvflag.findings import AdverseEventFinding, DrugFinding

    first = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    other = result(
        "r2",
        "2026-03-03T10:00:00-05:00",
        AdverseEventFinding(start=0, end=4, text="rash", term="rash", drug="Humira", drug_term="adalimumab"),
        DrugFinding(start=5, end=11, text="Humira", term="adalimumab", role="suspect"),
    )
    assert len(_one(first, other).cases) == 2


def test_window_configurable() -> None:
    first = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    second = result("r2", "2026-03-10T10:00:00-05:00", event("nausea", text="nausea"), drug())
    assert len(_one(first, second, prog=program(**US, followup_window_days=7)).cases) == 2
    assert len(_one(first, second, prog=program(**US, followup_window_days=8)).cases) == 1


def test_follow_up_in_reverse_input_order_uses_receipt_order() -> None:
    first = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    second = result("r2", "2026-03-03T10:00:00-05:00", event(seriousness=("hospitalization",)), drug())
    forward = _one(first, second).cases
    backward = _one(second, first).cases
    assert forward == backward


# ---- dispositions ------------------------------------------------------------


def test_every_finding_has_one_disposition_with_reason() -> None:
    record = result(
        "r1",
        "2026-03-02T10:00:00-05:00",
        event(),
        event("nausea", assertion="negated", text="nausea", start=0),
        event("rash", assertion="hypothetical", text="rash", start=0),
        event("stroke", assertion="other_person", text="stroke", start=0),
        event("atopic dermatitis", assertion="indication", text="eczema", start=0),
        event("fatigue", assertion="historical", text="tired", start=0),
        situation("pregnancy", assertion="negated"),
        drug(),
    )
    batch = _one(record)
    (case,) = batch.cases
    reasons = [(d.finding_index, d.reason, d.forwarded) for d in batch.dispositions]
    assert reasons == [
        (0, "in_case", True),
        (1, "negated", False),
        (2, "hypothetical", False),
        (3, "other_person", False),
        (4, "indication", False),
        (5, "historical", False),
        (6, "negated", False),
        (7, "in_case", True),
    ]
    assert {d.case_id for d in batch.dispositions if d.forwarded} == {case.case_id}


def test_duplicate_event_in_follow_up_logged_as_duplicate() -> None:
    first = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    repeat = result("r2", "2026-03-03T10:00:00-05:00", event(), drug())
    batch = _one(first, repeat)
    (case,) = batch.cases
    row = next(d for d in batch.dispositions if d.record_id == "r2" and d.kind == "adverse_event")
    assert (row.reason, row.forwarded, row.case_id, row.case_version) == ("duplicate", False, case.case_id, 2)
    assert case.versions[1].new_information == ("no new information (repeat of earlier report)",)


def test_exact_repeat_record_is_duplicate() -> None:
    record = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    batch = _one(record, record)
    assert len(batch.cases) == 1 and batch.cases[0].version == 1
    assert [d.reason for d in batch.dispositions] == ["in_case", "in_case", "duplicate", "duplicate"]


def test_below_sensitivity() -> None:
    from pvflag.findings import Evidence

    fuzzy = event().model_copy(
        update={
            "evidence": Evidence(
                rule="e1", matched="headache", source="t", lexicon_version="1", fuzzy_score=71.0
            )
        }
    )
    batch = _one(
        result("r1", "2026-03-02T10:00:00-05:00", fuzzy, drug()), prog=program(**US, min_fuzzy_score=80)
    )
    assert not batch.cases
    assert [d.reason for d in batch.dispositions] == ["below_sensitivity", "no_reportable_finding"]


def test_records_without_cases_still_logged() -> None:
    batch = _one(
        result("empty", "2026-03-02T10:00:00-05:00"),
        ScanResult(id="broken", error=RecordError(type="invalid_json", message="line 3")),
        result("naive", "2026-03-02T10:00:00", event(), drug()),
        result("missing", None, event(), drug()),
        result("garbled", "next tuesday", event()),
    )
    assert not batch.cases
    assert [(d.record_id, d.reason) for d in batch.dispositions] == [
        ("empty", "no_reportable_finding"),
        ("broken", "record_error"),
        ("naive", "record_error"),
        ("naive", "record_error"),
        ("missing", "record_error"),
        ("missing", "record_error"),
        ("garbled", "record_error"),
    ]
    assert [(e.record_id, e.type) for e in batch.errors] == [
        ("broken", "invalid_json"),
        ("naive", "naive_received_at"),
        ("missing", "missing_received_at"),
        ("garbled", "invalid_received_at"),
    ]
    assert "--tz" in batch.errors[1].message


# ---- content ------------------------------------------------------------------


def test_case_content_from_metadata_and_findings() -> None:
    record = result(
        "r1",
        "2026-03-02T10:00:00-05:00",
        event(seriousness=("hospitalization",)),
        situation("pregnancy", text="Patient", start=0),
        drug(),
        reporter_type="hcp",
        reporter_name="Dr Who",
        patient_age="34",
        patient_sex="female",
    )
    (case,) = _one(record).cases
    assert case.report_type == "report_from_study" and case.study_type == "other_study" and case.solicited
    assert case.reporter.qualification == "other_health_professional" and case.reporter.health_professional
    assert case.patient.age_years == 34 and case.patient.sex == "female"
    assert case.patient.pregnancy_status == "pregnant"
    assert case.events[0].causality == "not_assessed"
    assert case.events[0].expected is False
    (suspect,) = case.suspects
    assert (suspect.generic, suspect.brand, suspect.route, suspect.program_product) == (
        "dupilumab",
        "Dupixent",
        "sc",
        True,
    )
    source = case.events[0].sources[0]
    assert NOTE[source.start : source.end] == source.text == "headache"  # type: ignore[misc]
    assert case.case_id.startswith("PVF-") and len(case.case_id) == 16
    assert f'"{NOTE}"' in case.narrative
    assert "not assumed" in case.narrative


def test_study_program_report_type() -> None:
    (case,) = _one(
        result("r1", "2026-03-02T10:00:00-05:00", event(), drug()), prog=program(**US, study=True)
    ).cases
    assert case.study_type == "clinical_trial" and case.report_type == "report_from_study"


def test_onset_and_outcome_from_sentence() -> None:
    text = "Since yesterday she has a rash, it went away this morning."
    from pvflag.findings import AdverseEventFinding

    rash = AdverseEventFinding(
        start=26, end=30, text="rash", term="rash", drug="Dupixent", drug_term="dupilumab"
    )
    (case,) = _one(result("r1", "2026-03-02T10:00:00-05:00", rash, text=text)).cases
    assert case.events[0].onset == "Since yesterday" and case.events[0].outcome == "recovered"


def test_now_must_be_aware_and_tz_valid() -> None:
    with pytest.raises(ConfigError, match="tz-aware"):
        build_cases([], now=datetime(2026, 3, 1))
    with pytest.raises(ConfigError, match="IANA"):
        build_cases([], now=NOW, tz="Mars/Olympus")


def test_case_id_stable_across_runs_and_now() -> None:
    record = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    a = build_cases([record], program=program(**US), now=NOW).cases[0]
    b = build_cases([record], program=program(**US), now=datetime(2027, 1, 1, tzinfo=UTC)).cases[0]
    assert a.case_id == b.case_id
    other_program = build_cases([record], program=program(name="Other", **US), now=NOW).cases[0]
    assert other_program.case_id != a.case_id


def test_unrecognised_reporter_type_is_reported_not_guessed() -> None:
    (case,) = _one(
        result("r1", "2026-03-02T10:00:00-05:00", event(), drug(), reporter_type="neighbour")
    ).cases
    assert case.reporter.type == "unknown" and "reporter" in case.validity.missing
    assert any("neighbour" in item for item in case.validity.missing_metadata)


@pytest.mark.parametrize(
    ("reporter_type", "qualification", "expected_type", "expected_qualification", "hcp"),
    [
        ("patient", None, "patient", "consumer", False),
        ("caregiver", None, "caregiver", "consumer", False),
        ("hcp", None, "hcp", "other_health_professional", True),
        ("doctor", None, "hcp", "physician", True),
        ("hcp", "physician", "hcp", "physician", True),
        ("pharmacist", None, "pharmacist", "pharmacist", True),
        ("unknown", None, "unknown", "consumer", False),
    ],
)
def test_reporter_qualification(
    reporter_type, qualification, expected_type, expected_qualification, hcp
) -> None:  # type: ignore[no-untyped-def]
    record = result(
        "r1",
        "2026-03-02T10:00:00-05:00",
        event(),
        drug(),
        reporter_type=reporter_type,
        reporter_qualification=qualification,
    )
    reporter = _one(record).cases[0].reporter
    assert (reporter.type, reporter.qualification, reporter.health_professional) == (
        expected_type,
        expected_qualification,
        hcp,
    )


def test_meddra_codes_carried_from_findings() -> None:
    coded = event().model_copy(
        update={"meddra_llt_code": "10019211", "meddra_pt_code": "10019211", "meddra_pt_name": "Headache"}
    )
    (case,) = _one(result("r1", "2026-03-02T10:00:00-05:00", coded, drug())).cases
    assert (case.events[0].meddra_llt_code, case.events[0].meddra_pt_name) == ("10019211", "Headache")


def test_interacting_and_concomitant_drugs() -> None:
    from pvflag.findings import DrugFinding, SpecialSituationFinding

    interaction = SpecialSituationFinding(
        start=0, end=7, text="Patient", category="drug_interaction", drug="warfarin", drug_term="warfarin"
    )
    warfarin = DrugFinding(start=0, end=8, text="warfarin", term="warfarin", role="mentioned")
    tylenol = DrugFinding(
        start=10, end=17, text="Tylenol", term="acetaminophen", role="concomitant", brand="Tylenol"
    )
    (case,) = _one(
        result("r1", "2026-03-02T10:00:00-05:00", event(), interaction, warfarin, tylenol, drug())
    ).cases
    roles = {d.generic: d.characterization for d in case.drugs}
    assert roles == {"dupilumab": "suspect", "warfarin": "interacting", "acetaminophen": "concomitant"}
    assert [d.generic for d in case.concomitants] == ["acetaminophen"]


def test_follow_up_narrative_and_versions() -> None:
    first = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    second = result(
        "r2",
        "2026-03-05T10:00:00-05:00",
        event("nausea", text="nausea", start=0, seriousness=("hospitalization",)),
        drug(),
        text="nausea, admitted overnight.",
    )
    (case,) = _one(first, second).cases
    assert "Follow-up 1 [r2]" in case.narrative
    assert "Follow-up 1 received 2026-03-05: new event: nausea (serious: hospitalization)." in case.narrative
    assert case.versions[1].significant
    clocks = {c.rule_id: c for c in case.clocks}
    assert clocks["postmarket.expedited.15d"].start.isoformat() == "2026-03-05T10:00:00-05:00"
    assert clocks["hub.transfer"].started_by_version == 2


def test_report_type_codes_for_e2b() -> None:
    from pvflag.cases.models import REPORT_TYPE_E2B_CODES, REPORTER_QUALIFICATION_E2B_CODES

    (case,) = _one(result("r1", "2026-03-02T10:00:00-05:00", event(), drug())).cases
    assert REPORT_TYPE_E2B_CODES[case.report_type] == "2"  # C.1.3 report from study
    assert REPORTER_QUALIFICATION_E2B_CODES[case.reporter.qualification] == "5"  # consumer


def test_interaction_without_named_drug_makes_co_medication_interacting() -> None:
    from pvflag.findings import DrugFinding, SpecialSituationFinding

    interaction = SpecialSituationFinding(
        start=0, end=7, text="Patient", category="drug_interaction", drug="Dupixent", drug_term="dupilumab"
    )
    clarithromycin = DrugFinding(start=0, end=5, text="clari", term="clarithromycin", role="concomitant")
    (case,) = _one(result("r1", "2026-03-02T10:00:00-05:00", interaction, clarithromycin, drug())).cases
    assert {d.generic: d.characterization for d in case.drugs} == {
        "dupilumab": "suspect",
        "clarithromycin": "interacting",
    }


def test_two_mentions_in_one_record_are_one_event_in_case() -> None:
    batch = _one(
        result(
            "r1",
            "2026-03-02T10:00:00-05:00",
            event(),
            event(seriousness=("hospitalization",)),
            situation("pregnancy"),
            situation("pregnancy"),
            drug(),
        )
    )
    (case,) = batch.cases
    assert [e.seriousness for e in case.events] == [("hospitalization",)]
    assert [d.reason for d in batch.dispositions] == ["in_case"] * 5
    assert case.versions[0].new_information == ("initial report",)


def test_interaction_attached_to_suspect_outside_program_products() -> None:
    from pvflag.findings import DrugFinding, SpecialSituationFinding

    text = "pt on Imbruvica started clarithromycin. Potential CYP3A interaction."
    interaction = SpecialSituationFinding(
        start=46, end=51, text="CYP3A", category="drug_interaction", drug="Imbruvica", drug_term="ibrutinib"
    )
    imbruvica = DrugFinding(start=6, end=15, text="Imbruvica", term="ibrutinib", role="suspect")
    clarithromycin = DrugFinding(
        start=24, end=38, text="clarithromycin", term="clarithromycin", role="concomitant"
    )
    record = result("r1", "2026-03-02T10:00:00-05:00", imbruvica, clarithromycin, interaction, text=text)
    (case,) = _one(record, prog=program(**US, products=[])).cases
    assert {d.generic: d.characterization for d in case.drugs} == {
        "ibrutinib": "suspect",
        "clarithromycin": "interacting",
    }
    assert "Suspect product(s): Imbruvica (ibrutinib); clarithromycin [interacting]." in case.narrative


def test_interactions_scanned_lazily_by_build_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from pvflag.interactions import Interaction

    built: list[dict] = []  # type: ignore[type-arg]

    class StubScanner:
        def __init__(self, **options):  # type: ignore[no-untyped-def]
            built.append(options)

        def scan_many(self, records):  # type: ignore[no-untyped-def]
            for record in records:
                if "boom" in record.text:
                    yield ScanResult(id=record.id, error=RecordError(type="scan_failed", message="x"))
                else:
                    yield result(record.id, None, event(), drug(), text=None).model_copy(
                        update={"metadata": {}}
                    )

    module = types.ModuleType("pvflag.scanner")
    module.Scanner = StubScanner  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pvflag.scanner", module)
    calls = [
        Interaction(
            id="i1",
            text=NOTE,
            received_at=datetime(2026, 3, 2, 15, tzinfo=UTC),
            metadata={"patient_id": "P-9", "reporter_type": "patient"},
        ),
        Interaction(id="i2", text="boom", metadata={}),
        result("r3", "2026-03-02T10:00:00-05:00", event(), drug(), patient_id="P-10"),
    ]
    batch = _one(*calls)  # type: ignore[arg-type]
    assert len(built) == 1 and built[0]["include_text"] is True
    assert [c.patient.patient_id for c in batch.cases] == ["P-9", "P-10"]
    assert batch.cases[0].first_received_at.isoformat() == "2026-03-02T10:00:00-05:00"
    assert f'"{NOTE}"' in batch.cases[0].narrative
    assert [(e.record_id, e.type) for e in batch.errors] == [("i2", "scan_failed")]


def test_fallbacks_are_written_on_the_clock() -> None:
    record = result("r1", "2026-01-02T10:00:00+05:30", event(), drug())
    (case,) = build_cases([record], now=NOW).cases
    hub = next(c for c in case.clocks if c.rule_id == "hub.transfer")
    assert hub.calendar == "weekends only (no country)"
    assert "only weekends skipped" in (hub.note or "") and "fixed UTC offset" in (hub.note or "")
    assert "country" in case.validity.missing_metadata
    (zoned,) = _one(record).cases  # US program with a timezone: no note
    assert all(c.note is None for c in zoned.clocks)


@pytest.mark.parametrize(
    ("sentence", "seriousness", "onset", "outcome"),
    [
        ("She has a rash since yesterday.", (), "since yesterday", "unknown"),
        ("Headache started 3 days ago, now resolved.", (), "3 days ago", "recovered"),
        (
            "Nausea after the second injection, getting better.",
            (),
            "after the second injection",
            "recovering",
        ),
        ("Still having diarrhea.", (), None, "not_recovered"),
        ("Fatigue since last week, ongoing.", (), "since last week", "not_recovered"),
        ("He passed away in hospital.", ("death",), None, "fatal"),
        ("Rash went away but left scarring with permanent damage.", (), None, "recovered_with_sequelae"),
        ("Dizzy this morning.", (), "this morning", "unknown"),
        ("Just wanted to let you know.", (), None, "unknown"),
    ],
)
def test_onset_and_outcome_cues(sentence, seriousness, onset, outcome) -> None:  # type: ignore[no-untyped-def]
    from pvflag.cases.build import _onset_outcome

    assert _onset_outcome(sentence, seriousness) == (onset, outcome)


def test_exact_repeat_names_the_first_copy() -> None:
    record = result("r1", "2026-03-02T10:00:00-05:00", event(), drug())
    batch = _one(record, result("other", "2026-03-02T11:00:00-05:00", patient_id="P-2"), record)
    assert batch.dispositions[-1].detail == "exact repeat of input record #1"


def test_unknown_country_code_is_flagged_and_batch_continues() -> None:
    batch = build_cases(
        [
            result("r1", "2026-03-02T10:00:00-05:00", event(), drug(), country="USA"),
            result("r2", "2026-03-02T10:00:00-05:00", event(), drug(), country="us", patient_id="P-2"),
        ],
        now=NOW,
    )
    first, second = batch.cases
    assert first.country is None and any("'USA'" in m for m in first.validity.missing_metadata)
    assert second.country == "US"
