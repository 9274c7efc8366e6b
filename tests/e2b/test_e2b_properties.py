"""Hypothesis: any valid case gives a file that passes the XSD and pvflag's own validate, and reads back.

Texts are drawn from all of Unicode, control characters included: they must never
break the XML (characters XML 1.0 cannot carry are dropped, everything else survives).
"""

from __future__ import annotations

import uuid

from e2b_helpers import E2B_DIR, NOW, TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from pvflag.e2b._xml import clean_text
from pvflag.e2b.icsr import ICSR, Drug, ExportSettings, Patient, PrimarySource, Reaction
from pvflag.e2b.r2 import to_r2
from pvflag.e2b.r3 import to_r3
from pvflag.e2b.reader import read_r3
from pvflag.e2b.validate import validate_bytes

SETTINGS = ExportSettings(
    batch_sender_id="HUB", batch_receiver_id="MFR", sender_organization="Hub & Co <PSP>"
)


def _text(max_size: int) -> st.SearchStrategy[str]:
    # any code point (surrogates and controls included); what remains after cleaning must be non-blank
    return st.text(st.characters(codec=None), min_size=1, max_size=max_size).filter(
        lambda t: clean_text(t).strip() != ""
    )


def _day() -> st.SearchStrategy[str]:
    return st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=TODAY).map(
        lambda d: d.strftime("%Y%m%d")
    )


_partial = st.one_of(_day(), _day().map(lambda d: d[:6]), _day().map(lambda d: d[:4]))
_criteria = st.frozensets(
    st.sampled_from(
        [
            "death",
            "life_threatening",
            "hospitalization",
            "disability",
            "congenital_anomaly",
            "other_medically_important",
        ]
    )
)


@st.composite
def icsrs(draw: st.DrawFn, coded: bool | None = None) -> ICSR:
    n_reactions = draw(st.integers(1, 3))
    reactions = []
    for index in range(n_reactions):
        has_code = draw(st.booleans()) if coded is None else coded
        seriousness = draw(_criteria)
        outcome = draw(st.sampled_from(["0", "1", "2", "3", "4", "5"]))
        if "death" in seriousness and outcome in {"1", "2", "4"}:
            outcome = "5"
        if outcome == "5":
            seriousness = seriousness | {"death"}
        reactions.append(
            Reaction(
                id=str(uuid.UUID(int=draw(st.integers(0, 2**64)) * 4 + index, version=4)),
                verbatim=clean_text(draw(_text(250))),
                language=draw(st.sampled_from(["eng", "spa", "fra"])),
                meddra_code=draw(st.from_regex(r"\A100\d{5}\Z")) if has_code else None,
                meddra_version="27.0" if has_code else None,
                seriousness=seriousness,
                outcome=outcome,
                start=draw(st.none() | _partial),
                country=draw(st.none() | st.sampled_from(["US", "DE", "JP"])),
            )
        )
    ids = [r.id for r in reactions]
    drugs = []
    for index in range(draw(st.integers(1, 3))):
        drugs.append(
            Drug(
                id=str(uuid.uuid5(uuid.NAMESPACE_OID, f"drug{index}")),
                role="suspect"
                if index == 0
                else draw(st.sampled_from(["suspect", "concomitant", "interacting"])),
                name=clean_text(draw(_text(100))),
                substances=tuple(clean_text(s) for s in draw(st.lists(_text(40), max_size=2))),
                dosage_text=clean_text(draw(_text(80))) if draw(st.booleans()) else None,
                additional_info=tuple(
                    draw(st.lists(st.sampled_from(["2", "7", "8", "10", "11"]), max_size=2, unique=True))
                ),
                reaction_ids=tuple(draw(st.lists(st.sampled_from(ids), max_size=len(ids), unique=True))),
            )
        )
    first = draw(_day())
    recent = draw(_day().filter(lambda d: d >= first))
    return ICSR(
        case_id=draw(st.from_regex(r"\A[A-Z]{2}-[A-Z0-9]{1,10}-[0-9a-f]{1,20}\Z")),
        worldwide_id="US-HUB-1",
        version=draw(st.integers(1, 5)),
        first_received=first,
        most_recent=recent,
        expedited=draw(st.booleans()),
        study_name=clean_text(draw(_text(60))) if draw(st.booleans()) else None,
        primary_sources=(
            PrimarySource(
                qualification=draw(st.sampled_from(["1", "2", "3", "5"])),
                country=draw(st.sampled_from(["US", "DE", "JP"])),
            ),
        ),
        patient=Patient(
            name=clean_text(draw(_text(10))) if draw(st.booleans()) else None,
            sex=draw(st.sampled_from([None, "1", "2"])),
            age=draw(st.none() | st.integers(0, 110)),
            age_group=draw(st.sampled_from([None, "0", "3", "5", "6"])),
            investigation_number=draw(st.none() | st.from_regex(r"\A[A-Z0-9-]{1,20}\Z")),
        ),
        reactions=tuple(reactions),
        drugs=tuple(drugs),
        narrative=clean_text(draw(_text(400))),
    )


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(icsrs(coded=True))
def test_any_coded_case_is_schema_valid_and_passes_validate(icsr: ICSR) -> None:
    data = to_r3(icsr, SETTINGS, now=NOW)
    report = validate_bytes(data, schema_dir=E2B_DIR, today=TODAY)
    assert report.problems == (), report.problems


@FAST
@given(icsrs())
def test_uncoded_reactions_only_ask_for_meddra(icsr: ICSR) -> None:
    report = validate_bytes(to_r3(icsr, SETTINGS, now=NOW), schema_dir=E2B_DIR, today=TODAY)
    uncoded = sum(1 for r in icsr.reactions if not r.meddra_code)
    assert [p.rule for p in report.problems] == ["MEDDRA-REQUIRED"] * uncoded


@FAST
@given(icsrs())
def test_round_trip_is_lossless(icsr: ICSR) -> None:
    # R3 holds no version number (a follow-up is the same C.1.1 with a later C.1.5)
    assert read_r3(to_r3(icsr, SETTINGS, now=NOW)) == [icsr.model_copy(update={"version": 1})]


@FAST
@given(icsrs(), _text(300))
def test_control_characters_never_break_the_xml(icsr: ICSR, raw: str) -> None:
    dirty = icsr.model_copy(
        update={
            "narrative": raw,
            "reactions": (icsr.reactions[0].model_copy(update={"verbatim": raw[:250]}), *icsr.reactions[1:]),
        }
    )
    for writer in (to_r3, to_r2):
        data = writer(dirty, SETTINGS, now=NOW)
        etree.fromstring(data)  # well-formed XML 1.0
    (back,) = read_r3(to_r3(dirty, SETTINGS, now=NOW))
    assert back.narrative == clean_text(raw)
    assert back.reactions[0].verbatim == clean_text(raw[:250])


@FAST
@given(icsrs(coded=True))
def test_any_coded_case_gives_a_dtd_valid_r2_file(icsr: ICSR) -> None:
    report = validate_bytes(to_r2(icsr, SETTINGS, now=NOW), schema_dir=E2B_DIR, today=TODAY)
    assert report.kind == "r2"
    assert report.problems == (), report.problems
