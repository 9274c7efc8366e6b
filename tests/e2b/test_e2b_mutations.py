"""Mutation suite: valid files broken in exactly one way must fail with the right rule.

Each row starts from a complete, MedDRA-coded pvflag file (ICH profile), from the
same case exported with the FDA profile, or from an R2 file; it applies one change
and lists the (rule, data element) pairs that must be reported, and nothing else
(XSD errors aside, where the change also breaks the schema).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from e2b_helpers import D1, E2B_DIR, NOW, R1, TODAY, coded_icsr
from lxml import etree

from pvflag.e2b._codes import NS
from pvflag.e2b.r2 import to_r2
from pvflag.e2b.r3 import to_r3
from pvflag.e2b.validate import validate_bytes

INV = "//h:investigationEvent"
REACTION = "//h:subjectOf2/h:observation[h:code/@code='29']"
SERIOUS_REACTION = f"({REACTION})[1]"
OTHER_REACTION = f"({REACTION})[2]"
ROLE = "//h:causalityAssessment[h:code/@code='20']"
CAUSALITY = "//h:causalityAssessment[h:code/@code='39']"
UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000"


def obs(code: str) -> str:
    return f"h:outboundRelationship2/h:observation[h:code/@code='{code}']"


def drop(xpath: str) -> Callable[[Any], None]:
    def apply(tree: Any) -> None:
        nodes = tree.xpath(xpath, namespaces=NS)
        assert nodes, f"mutation target not found: {xpath}"
        for node in nodes[:1]:
            node.getparent().remove(node)

    return apply


def put(xpath: str, attr: str, value: str) -> Callable[[Any], None]:
    def apply(tree: Any) -> None:
        nodes = tree.xpath(xpath, namespaces=NS)
        assert nodes, f"mutation target not found: {xpath}"
        if attr == "nullFlavor":
            nodes[0].attrib.pop("value", None)
        nodes[0].set(attr, value)

    return apply


def both(*changes: Callable[[Any], None]) -> Callable[[Any], None]:
    def apply(tree: Any) -> None:
        for change in changes:
            change(tree)

    return apply


def add_highlighted(code: str) -> Callable[[Any], None]:
    def apply(tree: Any) -> None:
        (reaction,) = tree.xpath(SERIOUS_REACTION, namespaces=NS)
        rel = etree.SubElement(reaction, "{urn:hl7-org:v3}outboundRelationship2", typeCode="PERT")
        observation = etree.SubElement(rel, "{urn:hl7-org:v3}observation", classCode="OBS", moodCode="EVN")
        etree.SubElement(
            observation, "{urn:hl7-org:v3}code", code="37", codeSystem="2.16.840.1.113883.3.989.2.1.1.19"
        )
        value = etree.SubElement(
            observation, "{urn:hl7-org:v3}value", code=code, codeSystem="2.16.840.1.113883.3.989.2.1.1.10"
        )
        value.set("{http://www.w3.org/2001/XMLSchema-instance}type", "CE")
        # keep the schema's element order: outboundRelationship2 are the last children

    return apply


R3_MUTATIONS: list[tuple[str, Callable[[Any], None], set[tuple[str, str | None]]]] = [
    # missing mandatory elements
    ("no N.1.2 batch number", drop("/h:MCCI_IN200100UV01/h:id"), {("MANDATORY", "N.1.2")}),
    ("no N.1.3 batch sender", drop("/h:MCCI_IN200100UV01/h:sender/h:device/h:id"), {("MANDATORY", "N.1.3")}),
    (
        "no N.1.4 batch receiver",
        drop("/h:MCCI_IN200100UV01/h:receiver/h:device/h:id"),
        {("MANDATORY", "N.1.4")},
    ),
    ("no N.2.r.4 message date", drop("//h:PORR_IN049016UV/h:creationTime"), {("MANDATORY", "N.2.r.4")}),
    (
        "no C.1.1 case id",
        drop(f"{INV}/h:id[@root='2.16.840.1.113883.3.989.2.1.3.1']"),
        {("MANDATORY", "C.1.1")},
    ),
    (
        "no C.1.8.1 worldwide id",
        drop(f"{INV}/h:id[@root='2.16.840.1.113883.3.989.2.1.3.2']"),
        {("MANDATORY", "C.1.8.1")},
    ),
    (
        "no C.1.3 report type",
        drop(f"{INV}/h:subjectOf2[h:investigationCharacteristic/h:code/@code='1']"),
        {("MANDATORY", "C.1.3")},
    ),
    ("no C.1.4 first received", drop(f"{INV}/h:effectiveTime/h:low"), {("MANDATORY", "C.1.4")}),
    ("no C.1.5 most recent", drop(f"{INV}/h:availabilityTime"), {("MANDATORY", "C.1.5")}),
    (
        "no C.1.7 expedited",
        drop(f"{INV}/h:component[h:observationEvent/h:code/@code='23']"),
        {("MANDATORY", "C.1.7")},
    ),
    (
        "no C.2.r primary source",
        drop(f"{INV}/h:outboundRelationship[h:relatedInvestigation/h:code/@code='2']"),
        {("MANDATORY", "C.2.r")},
    ),
    (
        "no C.1.8.2 first sender",
        drop(f"{INV}/h:outboundRelationship[h:relatedInvestigation/h:code/@code='1']"),
        {("MANDATORY", "C.1.8.2")},
    ),
    ("no C.2.r.3 reporter country", drop("//h:assignedPerson/h:asLocatedEntity"), {("MANDATORY", "C.2.r.3")}),
    (
        "no C.2.r.5 regulatory source",
        drop(f"{INV}/h:outboundRelationship/h:priorityNumber"),
        {("MANDATORY", "C.2.r.5")},
    ),
    ("no C.5.4 study type", drop("//h:researchStudy/h:code"), {("MANDATORY", "C.5.4")}),
    (
        "no E.i.7 outcome",
        drop(f"{OTHER_REACTION}/h:outboundRelationship2[h:observation/h:code/@code='27']"),
        {("MANDATORY", "E.i.7")},
    ),
    (
        "no E.i.1.1b language",
        put(f"({REACTION})[2]/h:value/h:originalText", "language", ""),
        {("MANDATORY", "E.i.1.1b")},
    ),
    (
        "N.2.r.4 differs from C.1.2",
        put("//h:PORR_IN049016UV/h:creationTime", "value", "20240306110000+0000"),
        {("CONSISTENCY", "N.2.r.4")},
    ),
    (
        "C.1.5 an hour after C.1.2",
        put(f"{INV}/h:availabilityTime", "value", "20240306130000+0000"),
        {("DATE-ORDER", "C.1.5")},
    ),
    (
        "two MedDRA versions in one ICSR",
        put(f"{OTHER_REACTION}/h:value", "codeSystemVersion", "26.1"),
        {("CONSISTENCY", "E.i.2.1a")},
    ),
    ("no C.2.r.4 qualification", drop("//h:asQualifiedEntity"), {("MANDATORY", "C.2.r.4")}),
    (
        "no C.3.2 sender organisation",
        drop(
            f"{INV}/h:subjectOf1//h:representedOrganization/h:assignedEntity/h:representedOrganization/h:name"
        ),
        {("MANDATORY", "C.3.2")},
    ),
    ("no H.1 narrative", drop(f"{INV}/h:text"), {("MANDATORY", "H.1")}),
    ("no D.1 patient", drop("//h:player1/h:name"), {("MANDATORY", "D.1")}),
    (
        "no E.i.3.2c criterion",
        drop(f"{SERIOUS_REACTION}/h:outboundRelationship2[h:observation/h:code/@code='33']"),
        {("MANDATORY", "E.i.3.2c")},
    ),
    (
        "no E.i.2.1b MedDRA code",
        put(f"{OTHER_REACTION}/h:value", "code", ""),
        {("MEDDRA-REQUIRED", "E.i.2.1b")},
    ),
    (
        "no E.i.2.1a MedDRA version",
        put(f"{OTHER_REACTION}/h:value", "codeSystemVersion", ""),
        {("MANDATORY", "E.i.2.1a")},
    ),
    ("no G.k.2.2 product name", drop("//h:kindOfProduct/h:name"), {("MANDATORY", "G.k.2.2")}),
    (
        "no G.k.1 role for the suspect",
        drop("//h:component[h:causalityAssessment/h:code/@code='20']"),
        {("MANDATORY", "G.k.1")},
    ),
    # OIDs
    (
        "N.1.2 id root of another element",
        put("/h:MCCI_IN200100UV01/h:id", "root", "2.16.840.1.113883.3.989.2.1.3.1"),
        {("OID", "N.1.2")},
    ),
    (
        "C.1.3 coded in the wrong list",
        put(
            f"{INV}//h:investigationCharacteristic[h:code/@code='1']/h:value",
            "codeSystem",
            "2.16.840.1.113883.3.989.2.1.1.3",
        ),
        {("OID", "C.1.3")},
    ),
    (
        "E.i.7 code list OID that does not exist",
        put(f"{SERIOUS_REACTION}/{obs('27')}/h:value", "codeSystem", "2.16.840.1.113883.3.989.2.1.1.111"),
        {("OID", "E.i.7"), ("OID", None)},
    ),
    (
        "E.i.2.1b coded in SNOMED instead of MedDRA",
        put(f"{OTHER_REACTION}/h:value", "codeSystem", "2.16.840.1.113883.6.96"),
        {("OID", "E.i.2.1b")},
    ),
    (
        "D.5 sex with a wrong code system",
        put("//h:administrativeGenderCode", "codeSystem", "2.16.840.1.113883.5.1"),
        {("OID", "D.5")},
    ),
    (
        "E.i.9 country with a wrong code system",
        put(f"{SERIOUS_REACTION}/h:location//h:code", "codeSystem", "1.0.3166.2"),
        {("OID", "E.i.9")},
    ),
    (
        "an id root that is neither OID nor UUID",
        put(f"{SERIOUS_REACTION}/h:id", "root", "2.16.840.1.113883..3"),
        {("OID", None), ("REFERENCE", "G.k.9.i.1")},
    ),
    # code lists
    (
        "C.1.3 code 9",
        put(f"{INV}//h:investigationCharacteristic[h:code/@code='1']/h:value", "code", "9"),
        {("CODE-LIST", "C.1.3")},
    ),
    ("G.k.1 code 7", put(f"({ROLE})[2]/h:value", "code", "7"), {("CODE-LIST", "G.k.1")}),
    ("E.i.7 code 8", put(f"{OTHER_REACTION}/{obs('27')}/h:value", "code", "8"), {("CODE-LIST", "E.i.7")}),
    ("G.k.10.r code 12", put(f"//{obs('9')}/h:value", "code", "12"), {("CODE-LIST", "G.k.10.r")}),
    (
        "D.2.3 age group 7",
        put("//h:observation[h:code/@code='4']/h:value", "code", "7"),
        {("CODE-LIST", "D.2.3")},
    ),
    ("C.2.r.4 code 9", put("//h:asQualifiedEntity/h:code", "code", "9"), {("CODE-LIST", "C.2.r.4")}),
    (
        "E.i.2.1b not an 8-digit LLT",
        put(f"{OTHER_REACTION}/h:value", "code", "Rash"),
        {("CODE-LIST", "E.i.2.1b")},
    ),
    # impossible dates
    (
        "C.1.4 on 30 February",
        put(f"{INV}/h:effectiveTime/h:low", "value", "20240230"),
        {("DATE-INVALID", None)},
    ),
    (
        "E.i.4 in month 13",
        put(f"{SERIOUS_REACTION}/h:effectiveTime/h:low", "value", "20241301"),
        {("DATE-INVALID", None)},
    ),
    (
        "D.2.1 on 29 February of a common year",
        put("//h:player1/h:birthTime", "value", "19890229"),
        {("DATE-INVALID", None)},
    ),
    # future dates
    (
        "C.1.5 in the future",
        put(f"{INV}/h:availabilityTime", "value", "20990101"),
        {("DATE-FUTURE", None), ("DATE-ORDER", "C.1.5")},
    ),
    (
        "E.i.5 in the future",
        put(f"{OTHER_REACTION}/h:effectiveTime/h:high", "value", "20300101"),
        {("DATE-FUTURE", None)},
    ),
    ("D.2.1 in the future", put("//h:player1/h:birthTime", "value", "20250101"), {("DATE-FUTURE", None)}),
    # precision and order
    (
        "C.1.4 to the month only",
        put(f"{INV}/h:effectiveTime/h:low", "value", "202403"),
        {("DATE-PRECISION", "C.1.4")},
    ),
    (
        "N.1.5 without a time",
        put("/h:MCCI_IN200100UV01/h:creationTime", "value", "20240306"),
        {("DATE-PRECISION", "N.1.5")},
    ),
    (
        "C.1.4 after C.1.5",
        put(f"{INV}/h:effectiveTime/h:low", "value", "20240306"),
        {("DATE-ORDER", "C.1.4")},
    ),
    (
        "E.i.5 before E.i.4",
        put(f"{OTHER_REACTION}/h:effectiveTime/h:high", "value", "20240101"),
        {("DATE-ORDER", "E.i.5")},
    ),
    # inconsistent seriousness
    (
        "E.i.3.2a false instead of NI",
        put(f"{SERIOUS_REACTION}/{obs('34')}/h:value", "value", "false"),
        {("SERIOUSNESS", "E.i.3.2a")},
    ),
    (
        "fatal outcome without death",
        put(f"{SERIOUS_REACTION}/{obs('27')}/h:value", "code", "5"),
        {("SERIOUSNESS", "E.i.3.2a")},
    ),
    (
        "death with a recovered outcome",
        put(f"{OTHER_REACTION}/{obs('34')}/h:value", "value", "true"),
        {("SERIOUSNESS", "E.i.7")},
    ),
    ("serious term highlighted as not serious", add_highlighted("1"), {("SERIOUSNESS", "E.i.3.1")}),
    # dangling or ambiguous references
    (
        "G.k.1 points at no drug",
        put(f"({ROLE})[1]/h:subject2//h:id", "root", UNKNOWN_UUID),
        {("REFERENCE", "G.k.1"), ("MANDATORY", "G.k.1")},
    ),
    (
        "G.k.9.i.1 points at no reaction",
        put(f"({CAUSALITY})[1]/h:subject1//h:id", "root", UNKNOWN_UUID),
        {("REFERENCE", "G.k.9.i.1")},
    ),
    (
        "G.k.9.i points at no drug",
        put(f"({CAUSALITY})[1]/h:subject2//h:id", "root", UNKNOWN_UUID),
        {("REFERENCE", "G.k.9.i")},
    ),
    # the second reaction's id now repeats the first: G.k.9.i links to the second dangle
    (
        "two reactions share an id",
        put(f"{OTHER_REACTION}/h:id", "root", R1),
        {("REFERENCE", "E.i"), ("REFERENCE", "G.k.9.i.1")},
    ),
]

FDA_MUTATIONS: list[tuple[str, Callable[[Any], None], set[tuple[str, str | None]]]] = [
    (
        "N.1.4 not an FDA receiver",
        put("/h:MCCI_IN200100UV01/h:receiver/h:device/h:id", "extension", "ZZXYZ"),
        {("FDA-R0004", "N.1.4")},
    ),
    (
        "postmarket N.2.r.3 not CDER",
        put("//h:PORR_IN049016UV/h:receiver/h:device/h:id", "extension", "CBER"),
        {("FDA-R0006", "N.2.r.3")},
    ),
    (
        "FDA.C.1.7.1 non-expedited on an expedited case",
        put(f"{INV}/h:component/h:observationEvent[h:code/@code='C54588']/h:value", "code", "2"),
        {("FDA-R0014", "FDA.C.1.7.1")},
    ),
    (
        "no FDA.C.1.12",
        drop(f"{INV}/h:component[h:observationEvent/h:code/@code='C156384']"),
        {("MANDATORY", "FDA.C.1.12")},
    ),
    (
        "N.2.r.2 differs from N.1.3",
        put("//h:PORR_IN049016UV/h:sender/h:device/h:id", "extension", "OTHER"),
        {("FDA-R0100", "N.2.r.2")},
    ),
    (
        "C.1.7 NI in an initial report",
        put(f"{INV}/h:component/h:observationEvent[h:code/@code='23']/h:value", "nullFlavor", "NI"),
        {("FDA-R0011", "C.1.7")},
    ),
]


def _business(report: Any) -> set[tuple[str, str | None]]:
    return {(p.rule, p.element) for p in report.errors if p.rule != "XSD"}


@pytest.fixture(scope="module")
def base_r3() -> bytes:
    from pvflag.e2b.icsr import ExportSettings

    settings = ExportSettings(
        batch_sender_id="HUBSENDER",
        batch_receiver_id="MFRRECEIVER",
        sender_organization="Example Hub Services",
        sender_country="US",
    )
    return to_r3(coded_icsr(), settings, now=NOW)


@pytest.fixture(scope="module")
def base_fda() -> bytes:
    from pvflag.e2b.icsr import ExportSettings

    settings = ExportSettings(
        batch_sender_id="HUBSENDER",
        batch_receiver_id="ZZFDA",
        message_receiver_id="CDER",
        sender_organization="Example Hub Services",
        sender_country="US",
        profile="fda",
    )
    return to_r3(coded_icsr(), settings, now=NOW)


def test_bases_are_clean(base_r3: bytes, base_fda: bytes) -> None:
    assert validate_bytes(base_r3, schema_dir=E2B_DIR, today=TODAY).problems == ()
    assert validate_bytes(base_fda, profile="fda", schema_dir=E2B_DIR, today=TODAY).problems == ()


def test_the_suite_is_big_enough() -> None:
    assert len(R3_MUTATIONS) + len(FDA_MUTATIONS) >= 30


def _mutate(data: bytes, change: Callable[[Any], None]) -> bytes:
    tree = etree.fromstring(data).getroottree()
    change(tree)
    return bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))


@pytest.mark.parametrize(("name", "change", "expected"), R3_MUTATIONS, ids=[m[0] for m in R3_MUTATIONS])
def test_ich_mutation(
    base_r3: bytes, name: str, change: Callable[[Any], None], expected: set[tuple[str, str | None]]
) -> None:
    report = validate_bytes(_mutate(base_r3, change), schema_dir=E2B_DIR, today=TODAY)
    assert not report.ok
    assert _business(report) == expected
    for problem in report.errors:
        assert problem.line and problem.message


@pytest.mark.parametrize(("name", "change", "expected"), FDA_MUTATIONS, ids=[m[0] for m in FDA_MUTATIONS])
def test_fda_mutation(
    base_fda: bytes, name: str, change: Callable[[Any], None], expected: set[tuple[str, str | None]]
) -> None:
    report = validate_bytes(_mutate(base_fda, change), profile="fda", schema_dir=E2B_DIR, today=TODAY)
    assert _business(report) == expected
    ich = validate_bytes(_mutate(base_fda, change), profile="ich", schema_dir=E2B_DIR, today=TODAY)
    assert not any(p.rule.startswith("FDA-") for p in ich.problems)


# ------------------------------------------------------------------------------------ R2


def _r2_put(tag: str, text: str | None) -> Callable[[Any], None]:
    def apply(tree: Any) -> None:
        node = tree.find(f".//{tag}")
        assert node is not None, tag
        if text is None:
            node.getparent().remove(node)
        else:
            node.text = text

    return apply


R2_MUTATIONS = [
    ("serious without a criterion", _r2_put("seriousnesshospitalization", "2"), {("SERIOUSNESS", "A.1.5.2")}),
    ("not serious with a criterion", _r2_put("serious", "2"), {("SERIOUSNESS", "A.1.5.2")}),
    ("impossible receive date", _r2_put("receivedate", "20240231"), {("DATE-INVALID", "receivedate")}),
    ("future receipt date", _r2_put("receiptdate", "20990101"), {("DATE-FUTURE", "receiptdate")}),
    ("receive date after receipt date", _r2_put("receivedate", "20240306"), {("DATE-ORDER", "A.1.6")}),
    ("no drug characterisation", _r2_put("drugcharacterization", None), {("MANDATORY", "B.4.k.1")}),
    ("no MedDRA LLT", _r2_put("reactionmeddrallt", None), {("MEDDRA-REQUIRED", "B.2.i.1")}),
]


@pytest.fixture(scope="module")
def base_r2() -> bytes:
    from pvflag.e2b.icsr import ExportSettings

    settings = ExportSettings(
        batch_sender_id="HUBSENDER",
        batch_receiver_id="MFRRECEIVER",
        sender_organization="Example Hub Services",
        sender_country="US",
    )
    return to_r2(coded_icsr(), settings, now=NOW)


def test_r2_base_is_clean(base_r2: bytes) -> None:
    assert validate_bytes(base_r2, schema_dir=E2B_DIR, today=TODAY).problems == ()


@pytest.mark.parametrize(("name", "change", "expected"), R2_MUTATIONS, ids=[m[0] for m in R2_MUTATIONS])
def test_r2_mutation(
    base_r2: bytes, name: str, change: Callable[[Any], None], expected: set[tuple[str, str | None]]
) -> None:
    tree = etree.fromstring(base_r2).getroottree()
    change(tree)
    data = bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8", doctype=tree.docinfo.doctype))
    report = validate_bytes(data, schema_dir=E2B_DIR, today=TODAY)
    assert {(p.rule, p.element) for p in report.errors if p.rule != "DTD"} == expected


def test_d1_is_the_drug_the_suspect_role_points_at(base_r3: bytes) -> None:
    tree = etree.fromstring(base_r3)
    roots = tree.xpath(f"({ROLE})[1]/h:subject2//h:id/@root", namespaces=NS)
    assert roots == [D1]


def test_times_are_compared_as_instants(base_r3: bytes) -> None:
    """01:00 on the 7th at UTC+14 is 11:00 UTC on the 6th: before C.1.2 (12:00 UTC), so no DATE-ORDER."""
    change = put(f"{INV}/h:availabilityTime", "value", "20240307010000+1400")
    report = validate_bytes(_mutate(base_r3, change), schema_dir=E2B_DIR, today=TODAY)
    assert report.problems == ()
