"""What the R3 and R2 writers put where: each pvflag field in its E2B element (checked by XPath)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from e2b_helpers import D1, E2B_DIR, NOW, R1, R2, TODAY, coded_icsr
from lxml import etree

from pvflag.e2b._codes import NS
from pvflag.e2b.icsr import ExportSettings, PrimarySource
from pvflag.e2b.r2 import to_r2
from pvflag.e2b.r3 import to_r3
from pvflag.e2b.reader import read_r3
from pvflag.e2b.validate import validate_bytes
from pvflag.errors import E2BError

INV = "//h:investigationEvent"
REACTION = "//h:subjectOf2/h:observation[h:code/@code='29']"


@pytest.fixture
def r3(settings: ExportSettings) -> etree._Element:
    return etree.fromstring(to_r3(coded_icsr(), settings, now=NOW))


# (what, xpath, expected values in document order)
R3_TABLE = [
    ("N.1.1 ichicsr", "/h:MCCI_IN200100UV01/h:name/@code", ["1"]),
    ("N.1.3 batch sender", "/h:MCCI_IN200100UV01/h:sender/h:device/h:id/@extension", ["HUBSENDER"]),
    ("N.1.4 batch receiver", "/h:MCCI_IN200100UV01/h:receiver/h:device/h:id/@extension", ["MFRRECEIVER"]),
    ("N.1.5 = now", "/h:MCCI_IN200100UV01/h:creationTime/@value", ["20240306120000+0000"]),
    ("N.2.r.1 message id is C.1.1 (IG)", "//h:PORR_IN049016UV/h:id/@extension", ["US-HUB-0001"]),
    ("C.1.1", f"{INV}/h:id[@root='2.16.840.1.113883.3.989.2.1.3.1']/@extension", ["US-HUB-0001"]),
    ("C.1.8.1", f"{INV}/h:id[@root='2.16.840.1.113883.3.989.2.1.3.2']/@extension", ["US-HUB-0001"]),
    ("C.1.2 = now", "//h:controlActProcess/h:effectiveTime/@value", ["20240306120000+0000"]),
    (
        "C.1.3 solicited PSP report: report from study",
        f"{INV}//h:investigationCharacteristic[h:code/@code='1']/h:value/@code",
        ["2"],
    ),
    (
        "C.1.4 / C.1.5",
        f"{INV}/h:effectiveTime/h:low/@value | {INV}/h:availabilityTime/@value",
        ["20240301", "20240305"],
    ),
    ("C.1.7 expedited", f"{INV}/h:component/h:observationEvent[h:code/@code='23']/h:value/@value", ["true"]),
    ("C.2.r.4 consumer", "//h:asQualifiedEntity/h:code/@code", ["5"]),
    (
        "C.2.r.5 primary for regulatory purposes",
        f"{INV}/h:outboundRelationship/h:priorityNumber/@value",
        ["1"],
    ),
    (
        "C.3.2 sender organisation",
        "//h:subjectOf1//h:representedOrganization/h:name/text()",
        ["Example Hub Services"],
    ),
    ("C.5.4 source type: other studies (PSP)", "//h:researchStudy/h:code/@code", ["3"]),
    ("C.5.2 program name", "//h:researchStudy/h:title/text()", ["CareConnect PSP"]),
    ("D.1 initials", "//h:player1/h:name/text()", ["JD"]),
    ("D.5 sex", "//h:player1/h:administrativeGenderCode/@code", ["2"]),
    ("D.2.1 birth date", "//h:player1/h:birthTime/@value", ["19891104"]),
    (
        "D.1.1.4 investigation number",
        "//h:asIdentifiedEntity/h:id[@root='2.16.840.1.113883.3.989.2.1.3.10']/@extension",
        ["PSP-PT-88"],
    ),
    ("D.2.3 age group adult", "//h:observation[h:code/@code='4']/h:value/@code", ["5"]),
    ("D.3 weight", "//h:observation[h:code/@code='7']/h:value/@value", ["61.5"]),
    (
        "D.2.2 age in years",
        "//h:observation[h:code/@code='3']/h:value/@value | //h:observation[h:code/@code='3']/h:value/@unit",
        ["34", "a"],
    ),
    ("E.i.1.1a verbatim", f"{REACTION}/h:value/h:originalText/text()", ["bad headaches", "itchy rash"]),
    ("E.i.1.1b language", f"{REACTION}/h:value/h:originalText/@language", ["eng", "eng"]),
    ("E.i.2.1b MedDRA LLT", f"{REACTION}/h:value/@code", ["10019211", "10037844"]),
    ("E.i.2.1a MedDRA version", f"{REACTION}/h:value/@codeSystemVersion", ["27.0", "27.0"]),
    (
        "E.i.3.2c hospitalisation true, others NI",
        f"({REACTION})[1]/h:outboundRelationship2/h:observation[h:code/@code='33']/h:value/@value",
        ["true"],
    ),
    (
        "E.i.3.2a-f nullFlavor NI when not reported",
        f"({REACTION})[2]/h:outboundRelationship2/h:observation/h:value[@xsi:type='BL']/@nullFlavor",
        ["NI"] * 6,
    ),
    ("E.i.4 with its precision", f"{REACTION}/h:effectiveTime/h:low/@value", ["20240228", "202402"]),
    (
        "E.i.7 outcome",
        f"{REACTION}/h:outboundRelationship2/h:observation[h:code/@code='27']/h:value/@code",
        ["2", "1"],
    ),
    ("E.i.9 country", f"{REACTION}/h:location//h:code/@code", ["US"]),
    ("G.k.2.2 names", "//h:kindOfProduct/h:name/text()", ["Dupixent", "Advil"]),
    ("G.k.2.3.r.1 substances", "//h:ingredientSubstance/h:name/text()", ["dupilumab", "ibuprofen"]),
    ("G.k.1 roles", "//h:causalityAssessment[h:code/@code='20']/h:value/@code", ["1", "2"]),
    (
        "G.k.4.r.8 dosage text",
        "//h:outboundRelationship2[@typeCode='COMP']/h:substanceAdministration/h:text/text()",
        ["300 mg every 2 weeks"],
    ),
    ("G.k.4.r.7 lot", "//h:lotNumberText/text()", ["L123"]),
    (
        "G.k.7.r.1 indication",
        "//h:inboundRelationship[@typeCode='RSON']//h:originalText/text()",
        ["atopic dermatitis"],
    ),
    ("G.k.8 action taken", "//h:inboundRelationship[@typeCode='CAUS']/h:act/h:code/@code", ["4"]),
    ("G.k.10.r overdose", "//h:observation[h:code/@code='9']/h:value/@code", ["2"]),
    ("G.k.11 additional text", "//h:observation[h:code/@code='2']/h:value/text()", ["took an extra dose"]),
    (
        "G.k.9.i links reaction -> drug",
        "//h:causalityAssessment[h:code/@code='39']/h:subject1//h:id/@root",
        [R1, R2],
    ),
    ("G.k.9.i drug", "//h:causalityAssessment[h:code/@code='39']/h:subject2//h:id/@root", [D1, D1]),
    (
        "H.1 narrative",
        f"{INV}/h:text/text()",
        ["Patient called the support line and reported headaches after the third injection."],
    ),
    (
        "H.2 reporter comment",
        "//h:component1/h:observationEvent[h:author//h:code/@code='3']/h:value/text()",
        ["Patient thinks it is the shot."],
    ),
]


@pytest.mark.parametrize(("what", "xpath", "expected"), R3_TABLE, ids=[row[0] for row in R3_TABLE])
def test_r3_element(r3: etree._Element, what: str, xpath: str, expected: list[str]) -> None:
    assert [str(v) for v in r3.xpath(xpath, namespaces=NS)] == expected


def test_without_meddra_the_file_is_schema_valid_but_not_submittable(settings: ExportSettings) -> None:
    uncoded = coded_icsr(
        reactions=tuple(
            r.model_copy(update={"meddra_code": None, "meddra_version": None}) for r in coded_icsr().reactions
        )
    )
    data = to_r3(uncoded, settings, now=NOW)
    tree = etree.fromstring(data)
    assert tree.xpath(f"{REACTION}/h:value/@code", namespaces=NS) == []  # never an invented code
    report = validate_bytes(data, schema_dir=E2B_DIR, today=TODAY)
    assert not any(p.rule == "XSD" for p in report.problems)
    assert [p.rule for p in report.errors] == ["MEDDRA-REQUIRED", "MEDDRA-REQUIRED"]
    assert all("required before submission" in p.message for p in report.errors)


def test_follow_up_keeps_case_ids_and_moves_c15(settings: ExportSettings) -> None:
    first = etree.fromstring(to_r3(coded_icsr(), settings, now=NOW))
    later = etree.fromstring(
        to_r3(coded_icsr(version=2, most_recent="20240306"), settings, now=NOW + timedelta(days=1))
    )

    def ids(tree: etree._Element) -> list[str]:
        return [str(v) for v in tree.xpath(f"{INV}/h:id/@extension", namespaces=NS)]

    assert ids(first) == ids(later) == ["US-HUB-0001", "US-HUB-0001"]
    assert first.xpath("//h:PORR_IN049016UV/h:id/@extension", namespaces=NS) == ["US-HUB-0001"]
    assert later.xpath("//h:PORR_IN049016UV/h:id/@extension", namespaces=NS) == ["US-HUB-0001"]
    assert first.xpath(f"{INV}/h:availabilityTime/@value", namespaces=NS) == ["20240305"]
    assert later.xpath(f"{INV}/h:availabilityTime/@value", namespaces=NS) == ["20240306"]
    assert later.xpath("//h:controlActProcess/h:effectiveTime/@value", namespaces=NS) == [
        "20240307120000+0000"
    ]


def test_batch_holds_every_case_in_order(settings: ExportSettings) -> None:
    cases = [coded_icsr(case_id=f"US-HUB-{n}", worldwide_id=f"US-HUB-{n}") for n in range(3)]
    tree = etree.fromstring(to_r3(cases, settings, now=NOW, batch_id="B-7"))
    assert tree.xpath("/h:MCCI_IN200100UV01/h:id/@extension", namespaces=NS) == ["B-7"]
    assert tree.xpath(f"{INV}/h:id[@root='2.16.840.1.113883.3.989.2.1.3.1']/@extension", namespaces=NS) == [
        "US-HUB-0",
        "US-HUB-1",
        "US-HUB-2",
    ]


def test_output_is_reproducible_with_a_fixed_clock(settings: ExportSettings) -> None:
    assert to_r3(coded_icsr(), settings, now=NOW) == to_r3(coded_icsr(), settings, now=NOW)


def test_clock_offset_is_kept(settings: ExportSettings) -> None:
    eastern = datetime(2024, 3, 6, 7, 0, tzinfo=timezone(timedelta(hours=-5)))
    tree = etree.fromstring(to_r3(coded_icsr(), settings, now=eastern))
    assert tree.xpath("/h:MCCI_IN200100UV01/h:creationTime/@value", namespaces=NS) == ["20240306070000-0500"]


def test_fda_profile_adds_regional_elements(fda_settings: ExportSettings) -> None:
    tree = etree.fromstring(to_r3(coded_icsr(), fda_settings, now=NOW))
    assert tree.xpath("//h:observationEvent[h:code/@code='C54588']/h:value/@code", namespaces=NS) == ["1"]
    assert tree.xpath("//h:observationEvent[h:code/@code='C156384']/h:value/@value", namespaces=NS) == [
        "false"
    ]
    assert tree.xpath("//h:PORR_IN049016UV/h:receiver/h:device/h:id/@extension", namespaces=NS) == ["CDER"]


def test_fda_postmarket_messages_go_to_cder_by_default() -> None:
    settings = ExportSettings(batch_sender_id="HUB", batch_receiver_id="ZZFDA", sender_organization="Hub")
    tree = etree.fromstring(to_r3(coded_icsr(), settings, now=NOW))
    assert tree.xpath("//h:PORR_IN049016UV/h:receiver/h:device/h:id/@extension", namespaces=NS) == ["CDER"]


def test_unknown_qualification_is_sent_as_unk(settings: ExportSettings) -> None:
    icsr = coded_icsr(primary_sources=(PrimarySource(country="US"),))
    data = to_r3(icsr, settings, now=NOW)
    assert etree.fromstring(data).xpath("//h:asQualifiedEntity/h:code/@nullFlavor", namespaces=NS) == ["UNK"]
    assert validate_bytes(data, schema_dir=E2B_DIR, today=TODAY).problems == ()
    assert read_r3(data)[0].primary_sources[0].qualification is None


def test_no_cases_is_an_error(settings: ExportSettings) -> None:
    with pytest.raises(E2BError, match="at least one ICSR"):
        to_r3([], settings, now=NOW)
    with pytest.raises(E2BError, match="at least one safety report"):
        to_r2([], settings, now=NOW)


R2_TABLE = [
    ("safetyreportid", "US-HUB-0001"),
    ("safetyreportversion", "1"),  # R2 carries the follow-up number; R3 has no such element
    ("reporttype", "2"),
    ("serious", "1"),
    ("seriousnesshospitalization", "1"),
    ("seriousnessdeath", "2"),
    ("receivedate", "20240301"),
    ("receiptdate", "20240305"),
    ("fulfillexpeditecriteria", "1"),
    ("qualification", "5"),
    ("observestudytype", "3"),
    ("patientinitial", "JD"),
    ("patientonsetage", "34"),
    ("patientonsetageunit", "801"),
    ("primarysourcereaction", "bad headaches"),
    ("reactionmeddrallt", "10019211"),
    ("reactionmeddraversionllt", "27.0"),
    ("reactionstartdateformat", "102"),
    ("reactionoutcome", "2"),
    ("drugcharacterization", "1"),
    ("medicinalproduct", "Dupixent"),
    ("activesubstancename", "dupilumab"),
    ("actiondrug", "4"),
    (
        "narrativeincludeclinical",
        "Patient called the support line and reported headaches after the third injection.",
    ),
]


@pytest.mark.parametrize(("tag", "expected"), R2_TABLE, ids=[row[0] for row in R2_TABLE])
def test_r2_element(settings: ExportSettings, tag: str, expected: str) -> None:
    tree = etree.fromstring(to_r2(coded_icsr(), settings, now=NOW))
    assert tree.findtext(f".//{tag}") == expected


def test_r2_partial_dates_keep_their_precision(settings: ExportSettings) -> None:
    tree = etree.fromstring(to_r2(coded_icsr(), settings, now=NOW))
    second = tree.findall(".//reaction")[1]
    assert (second.findtext("reactionstartdateformat"), second.findtext("reactionstartdate")) == (
        "610",
        "202402",
    )
