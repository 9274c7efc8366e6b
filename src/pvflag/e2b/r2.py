"""ICH E2B(R2) writer: ``ICSR`` models -> an ``ichicsr`` file valid against the ICSR DTD v2.1.

R2 is the older, flatter format some partners still take. Field lengths follow the
R2 guideline (texts longer than the field are cut with an ellipsis); what R2 has
no field for (E.i.9 per reaction, G.k.10.r codes) goes to its nearest text field.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from pvflag.e2b import _codes as c
from pvflag.e2b._xml import clean_text
from pvflag.e2b.icsr import ICSR, ExportSettings
from pvflag.e2b.r3 import _as_icsrs
from pvflag.errors import E2BError

__all__ = ["DOCTYPE", "to_r2"]

DOCTYPE = '<!DOCTYPE ichicsr SYSTEM "http://www.accessdata.fda.gov/xml/icsr-xml-v2.1.dtd">'
_DATE_FORMAT = {4: "602", 6: "610", 8: "102", 12: "203", 14: "204"}
_AGE_UNIT = {"10.a": "800", "a": "801", "mo": "802", "wk": "803", "d": "804", "h": "805"}
_OUTCOME = {"1": "1", "2": "2", "3": "3", "4": "4", "5": "5", "0": "6"}
_ACTION = {"1": "1", "2": "2", "3": "3", "4": "4", "0": "5", "9": "6"}
_ROLE = {"suspect": "1", "concomitant": "2", "interacting": "3"}
_SERIOUSNESS_TAGS = (
    ("death", "seriousnessdeath"),
    ("life_threatening", "seriousnesslifethreatening"),
    ("hospitalization", "seriousnesshospitalization"),
    ("disability", "seriousnessdisabling"),
    ("congenital_anomaly", "seriousnesscongenitalanomali"),
    ("other_medically_important", "seriousnessother"),
)


def to_r2(
    cases: ICSR | Iterable[ICSR],
    settings: ExportSettings,
    *,
    now: datetime,
    batch_id: str | None = None,
) -> bytes:
    """Serialise ``cases`` as one E2B(R2) ``ichicsr`` message (UTF-8 bytes with DOCTYPE)."""
    from lxml import etree

    icsrs = _as_icsrs(cases, settings)
    if not icsrs:
        raise E2BError("to_r2: no cases to write; an ichicsr message needs at least one safety report")
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    root = etree.Element("ichicsr", lang="en")
    header = _el(root, "ichicsrmessageheader")
    _el(header, "messagetype", "ichicsr")
    _el(header, "messageformatversion", "2.1")
    _el(header, "messageformatrelease", "2.0")
    _el(
        header,
        "messagenumb",
        batch_id or settings.batch_id or f"{settings.batch_sender_id}-{now:%Y%m%d%H%M%S}",
        100,
    )
    _el(header, "messagesenderidentifier", settings.batch_sender_id, 60)
    _el(header, "messagereceiveridentifier", settings.batch_receiver_id, 60)
    _el(header, "messagedateformat", "204")
    _el(header, "messagedate", now.strftime("%Y%m%d%H%M%S"))
    for icsr in icsrs:
        _report(root, icsr, settings, now)
    body = bytes(etree.tostring(root, encoding="UTF-8", pretty_print=True))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPE.encode() + b"\n" + body


def _el(parent: Any, tag: str, text: str | None = None, limit: int | None = None) -> Any:
    from lxml import etree

    node = etree.SubElement(parent, tag)
    if text is not None:
        text = clean_text(text)
        if limit is not None and len(text) > limit:
            text = text[: limit - 1] + "\u2026"
        node.text = text
    return node


def _date(parent: Any, tag: str, value: str | None) -> None:
    if not value:
        return
    digits = value[:14].split("+")[0].split("-")[0]
    _el(parent, tag + "format", _DATE_FORMAT[len(digits)])
    _el(parent, tag, digits)


def _flag(value: bool) -> str:
    return "1" if value else "2"


def _report(root: Any, icsr: ICSR, settings: ExportSettings, now: datetime) -> None:
    report = _el(root, "safetyreport")
    _el(report, "safetyreportversion", str(icsr.version))
    _el(report, "safetyreportid", icsr.case_id, 100)
    source = icsr.primary_sources[0]
    if source.country:
        _el(report, "primarysourcecountry", source.country)
    countries = [r.country for r in icsr.reactions if r.country]
    if countries:
        _el(report, "occurcountry", countries[0])
    _el(report, "transmissiondateformat", "102")
    _el(report, "transmissiondate", now.strftime("%Y%m%d"))
    _el(report, "reporttype", icsr.report_type)
    criteria = set().union(*(r.seriousness for r in icsr.reactions))
    _el(report, "serious", _flag(bool(criteria)))
    for name, tag in _SERIOUSNESS_TAGS:
        _el(report, tag, _flag(name in criteria))
    _date(report, "receivedate", icsr.first_received[:8])
    _date(report, "receiptdate", icsr.most_recent[:8])
    _el(report, "additionaldocument", "2")
    if icsr.expedited is not None:
        _el(report, "fulfillexpeditecriteria", _flag(icsr.expedited))
    _el(report, "companynumb", icsr.worldwide_id, 100)
    if icsr.nullification == "1":
        _el(report, "casenullification", "1")
        if icsr.nullification_reason:
            _el(report, "nullificationreason", icsr.nullification_reason, 200)
    for index, primary in enumerate(icsr.primary_sources):
        node = _el(report, "primarysource")
        if primary.title:
            _el(node, "reportertitle", primary.title, 50)
        if primary.given_name:
            _el(node, "reportergivename", primary.given_name, 35)
        if primary.family_name:
            _el(node, "reporterfamilyname", primary.family_name, 50)
        if primary.organisation:
            _el(node, "reporterorganization", primary.organisation, 60)
        if primary.country:
            _el(node, "reportercountry", primary.country)
        if primary.qualification:
            _el(node, "qualification", primary.qualification)
        if index == 0 and icsr.study_name:
            _el(node, "studyname", icsr.study_name, 100)
        if index == 0 and icsr.sponsor_study_number:
            _el(node, "sponsorstudynumb", icsr.sponsor_study_number, 35)
        if index == 0 and icsr.study_type:
            _el(node, "observestudytype", icsr.study_type)
    sender = _el(report, "sender")
    _el(
        sender,
        "sendertype",
        settings.sender_type if settings.sender_type in {"1", "2", "3", "4", "5", "6"} else "6",
    )
    _el(sender, "senderorganization", settings.sender_organization, 60)
    if settings.sender_country:
        _el(sender, "sendercountrycode", settings.sender_country)
    receiver = _el(report, "receiver")
    _el(receiver, "receiverorganization", settings.batch_receiver_id, 60)
    _patient(report, icsr)


def _patient(report: Any, icsr: ICSR) -> None:
    patient = icsr.patient
    node = _el(report, "patient")
    _el(node, "patientinitial", patient.name or patient.name_null, 10)
    if patient.birth_date:
        _date(node, "patientbirthdate", patient.birth_date[:8])
    if patient.age is not None:
        _el(node, "patientonsetage", _num(patient.age))
        _el(node, "patientonsetageunit", _AGE_UNIT[patient.age_unit])
    if patient.weight_kg is not None:
        _el(node, "patientweight", _num(patient.weight_kg))
    if patient.sex:
        _el(node, "patientsex", patient.sex)
    if patient.medical_history:
        _el(node, "patientmedicalhistorytext", patient.medical_history, 10000)
    for reaction in icsr.reactions:
        rnode = _el(node, "reaction")
        if reaction.verbatim or reaction.translation:
            _el(rnode, "primarysourcereaction", reaction.verbatim or reaction.translation, 200)
        if reaction.meddra_code:
            if reaction.meddra_version:
                _el(rnode, "reactionmeddraversionllt", reaction.meddra_version)
            _el(rnode, "reactionmeddrallt", reaction.meddra_code)
        if reaction.highlighted:
            _el(rnode, "termhighlighted", reaction.highlighted)
        _date(rnode, "reactionstartdate", reaction.start)
        _date(rnode, "reactionenddate", reaction.end)
        _el(rnode, "reactionoutcome", _OUTCOME[reaction.outcome])
    verbatims = {r.id: r.verbatim or r.translation or r.meddra_code or "" for r in icsr.reactions}
    for drug in icsr.drugs:
        dnode = _el(node, "drug")
        if drug.role in _ROLE:
            _el(dnode, "drugcharacterization", _ROLE[drug.role])
        _el(dnode, "medicinalproduct", drug.name, 70)
        if drug.lot_number:
            _el(dnode, "drugbatchnumb", drug.lot_number, 35)
        dosage = "; ".join(
            t for t in (drug.dosage_text, drug.route_text and f"route: {drug.route_text}") if t
        )
        if dosage:
            _el(dnode, "drugdosagetext", dosage, 100)
        if drug.indication:
            _el(dnode, "drugindication", drug.indication, 250)
        if drug.action_taken:
            _el(dnode, "actiondrug", _ACTION[drug.action_taken])
        extra = [c.ADDITIONAL_DRUG_INFO[code] for code in drug.additional_info]
        if drug.gestation_weeks is not None:
            extra.append(f"gestation period at exposure {drug.gestation_weeks} weeks")
        if drug.additional_text:
            extra.append(drug.additional_text)
        if extra:
            _el(dnode, "drugadditional", "; ".join(extra), 100)
        for substance in drug.substances:
            _el(_el(dnode, "activesubstance"), "activesubstancename", substance, 100)
        for reaction_id in drug.reaction_ids:
            related = _el(dnode, "drugreactionrelatedness")
            _el(related, "drugreactionasses", verbatims.get(reaction_id, ""), 250)
            _el(related, "drugassessmentsource", "Primary source reporter", 60)
            _el(related, "drugassessmentmethod", "Primary source statement", 35)
            _el(related, "drugresult", "Related per primary source", 35)
    summary = _el(node, "summary")
    _el(summary, "narrativeincludeclinical", icsr.narrative, 20000)
    if icsr.reporter_comments:
        _el(summary, "reportercomment", icsr.reporter_comments, 500)
    if icsr.sender_comments:
        _el(summary, "sendercomment", icsr.sender_comments, 2000)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))
