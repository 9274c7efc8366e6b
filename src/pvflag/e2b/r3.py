"""ICH E2B(R3) writer: ``ICSR`` models -> an ``MCCI_IN200100UV01`` batch (HL7 v3 XML).

The tree is built with lxml, then serialised; every text goes through
``clean_text`` so that no input can make the file ill-formed. Element order and
codes follow the ICH IG Appendix I and the FDA example instances.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pvflag.e2b import _codes as c
from pvflag.e2b._xml import clean_text
from pvflag.e2b.icsr import ICSR, ROLE_CODES, Drug, ExportSettings, Reaction
from pvflag.errors import E2BError

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["batch_tree", "icsr_message", "to_r3"]

_H = f"{{{c.HL7_NS}}}"
_XSI_TYPE = f"{{{c.XSI_NS}}}type"
_PVFLAG_UUID_NS = uuid.UUID("5f0b6c1e-6a43-4b55-9d0a-8d2f1b1e2b3c")


def to_r3(
    cases: ICSR | Iterable[ICSR],
    settings: ExportSettings,
    *,
    now: datetime,
    batch_id: str | None = None,
) -> bytes:
    """Serialise ``cases`` as one E2B(R3) batch file (UTF-8 bytes with XML declaration).

    ``now`` stamps N.1.5, N.2.r.4 and C.1.2 (pass it for reproducible files); the batch
    number N.1.2 is ``batch_id``, else ``settings.batch_id``, else derived from sender and ``now``.
    Accepts pvflag ``AECase`` objects too (mapped through ``pvflag.e2b.adapter``).
    """
    from lxml import etree

    icsrs = _as_icsrs(cases, settings)
    if not icsrs:
        raise E2BError("to_r3: no cases to write; an E2B batch needs at least one ICSR")
    tree = batch_tree(icsrs, settings, now=now, batch_id=batch_id)
    return bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _as_icsrs(cases: Any, settings: ExportSettings) -> list[ICSR]:
    if isinstance(cases, ICSR):
        return [cases]
    out: list[ICSR] = []
    for case in [cases] if not isinstance(cases, Iterable) else cases:
        if isinstance(case, ICSR):
            out.append(case)
        else:
            from pvflag.e2b.adapter import icsr_from_case

            out.append(icsr_from_case(case, settings))
    return out


def _ts(now: datetime) -> str:
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.strftime("%Y%m%d%H%M%S%z")


def xml_uid(value: str, scope: str) -> str:
    """An II root for an internal id: the id itself if it is a UUID, else a stable UUID5."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return str(uuid.uuid5(_PVFLAG_UUID_NS, f"{scope}/{value}"))


class _Builder:
    """Small helpers so the serializer reads like the IG tables."""

    def __init__(self) -> None:
        from lxml import etree

        self.etree = etree

    def el(self, parent: Any, tag: str, text: str | None = None, **attrs: str | None) -> Any:
        node = self.etree.SubElement(parent, _H + tag)
        for key, value in attrs.items():
            if value is None:
                continue
            if key == "xsi_type":
                node.set(_XSI_TYPE, value)
            else:
                node.set(key.rstrip("_"), clean_text(value))
        if text is not None:
            node.text = clean_text(text)
        return node

    def code(self, parent: Any, code: str, system: str, display: str | None = None, tag: str = "code") -> Any:
        return self.el(parent, tag, code=code, codeSystem=system, displayName=display)

    def obs(self, parent: Any, rel: str, type_code: str, code: str, system: str = c.CL_OBSERVATION) -> Any:
        wrapper = self.el(parent, rel, typeCode=type_code)
        observation = self.el(wrapper, "observation", classCode="OBS", moodCode="EVN")
        self.code(observation, code, system)
        return observation

    def bl(self, parent: Any, value: bool | None) -> Any:
        if value is None:
            return self.el(parent, "value", xsi_type="BL", nullFlavor="NI")
        return self.el(parent, "value", xsi_type="BL", value="true" if value else "false")

    def country(self, parent: Any, tag: str, code: str, class_code: str = "COUNTRY") -> None:
        place = self.el(parent, tag, classCode=class_code, determinerCode="INSTANCE")
        self.el(place, "code", code=code, codeSystem=c.OID_ISO_3166)


def batch_tree(
    icsrs: list[ICSR], settings: ExportSettings, *, now: datetime, batch_id: str | None = None
) -> etree._ElementTree:
    """The ``MCCI_IN200100UV01`` element tree for ``icsrs`` (before serialisation)."""
    from lxml import etree

    b = _Builder()
    root = etree.Element(_H + "MCCI_IN200100UV01", nsmap={None: c.HL7_NS, "xsi": c.XSI_NS})
    root.set("ITSVersion", "XML_1.0")
    stamp = _ts(now)
    number = batch_id or settings.batch_id or f"{settings.batch_sender_id}-{stamp[:14]}"
    b.el(root, "id", extension=number, root=c.OID_BATCH_ID)  # N.1.2
    b.el(root, "creationTime", value=stamp)  # N.1.5
    b.el(root, "responseModeCode", code="D")
    b.el(root, "interactionId", extension="MCCI_IN200100UV01", root=c.OID_INTERACTION_ID)
    b.el(root, "name", code="1", codeSystem=c.CL_BATCH_TYPE, displayName="ichicsr")  # N.1.1
    for icsr in icsrs:
        root.append(icsr_message(icsr, settings, now=now))
    receiver = b.el(root, "receiver", typeCode="RCV")
    device = b.el(receiver, "device", classCode="DEV", determinerCode="INSTANCE")
    b.el(device, "id", extension=settings.batch_receiver_id, root=c.OID_BATCH_RECEIVER)  # N.1.4
    sender = b.el(root, "sender", typeCode="SND")
    device = b.el(sender, "device", classCode="DEV", determinerCode="INSTANCE")
    b.el(device, "id", extension=settings.batch_sender_id, root=c.OID_BATCH_SENDER)  # N.1.3
    return root.getroottree()


def message_id(icsr: ICSR) -> str:
    """N.2.r.1 is the same as C.1.1 (ICH IG); a follow-up keeps both and moves C.1.5 forward."""
    return icsr.case_id


def icsr_message(icsr: ICSR, settings: ExportSettings, *, now: datetime) -> Any:
    """One ``PORR_IN049016UV`` message element holding ``icsr``."""
    from lxml import etree

    b = _Builder()
    stamp = _ts(now)
    msg = etree.Element(_H + "PORR_IN049016UV")
    b.el(msg, "id", extension=message_id(icsr), root=c.OID_MESSAGE_ID)  # N.2.r.1
    b.el(msg, "creationTime", value=stamp)  # N.2.r.4
    b.el(msg, "interactionId", extension="PORR_IN049016UV", root=c.OID_INTERACTION_ID)
    b.el(msg, "processingCode", code="P")
    b.el(msg, "processingModeCode", code="T")
    b.el(msg, "acceptAckCode", code="AL")
    for tag, type_code, ident, oid in (
        ("receiver", "RCV", settings.message_receiver, c.OID_MESSAGE_RECEIVER),  # N.2.r.3
        ("sender", "SND", settings.message_sender, c.OID_MESSAGE_SENDER),  # N.2.r.2
    ):
        party = b.el(msg, tag, typeCode=type_code)
        device = b.el(party, "device", classCode="DEV", determinerCode="INSTANCE")
        b.el(device, "id", extension=ident, root=oid)
    cap = b.el(msg, "controlActProcess", classCode="CACT", moodCode="EVN")
    b.el(cap, "code", code="PORR_TE049016UV", codeSystem=c.OID_TRIGGER_EVENT)
    b.el(cap, "effectiveTime", value=stamp)  # C.1.2
    subject = b.el(cap, "subject", typeCode="SUBJ")
    inv = b.el(subject, "investigationEvent", classCode="INVSTG", moodCode="EVN")
    b.el(inv, "id", extension=icsr.case_id, root=c.OID_CASE_ID)  # C.1.1
    b.el(inv, "id", extension=icsr.worldwide_id, root=c.OID_WORLDWIDE_ID)  # C.1.8.1
    b.el(inv, "code", code="PAT_ADV_EVNT", codeSystem=c.OID_ACT_CODE)
    b.el(inv, "text", icsr.narrative)  # H.1
    b.el(inv, "statusCode", code="active")
    eff = b.el(inv, "effectiveTime")
    b.el(eff, "low", value=icsr.first_received)  # C.1.4
    b.el(inv, "availabilityTime", value=icsr.most_recent)  # C.1.5
    _assessment(b, inv, icsr)
    documents = b.el(inv, "component", typeCode="COMP")
    event = b.el(documents, "observationEvent", classCode="OBS", moodCode="EVN")
    b.code(event, c.OBS_ADDITIONAL_DOCUMENTS, c.CL_OBSERVATION, "additionalDocumentsAvailable")  # C.1.6.1
    b.bl(event, False)  # pvflag holds no documents beyond the interaction itself
    expedited = b.el(inv, "component", typeCode="COMP")
    event = b.el(expedited, "observationEvent", classCode="OBS", moodCode="EVN")
    b.code(event, c.OBS_EXPEDITED, c.CL_OBSERVATION, "localCriteriaForExpedited")  # C.1.7
    b.bl(event, icsr.expedited)
    if settings.profile == "fda":
        kind = b.el(inv, "component", typeCode="COMP")
        event = b.el(kind, "observationEvent", classCode="OBS", moodCode="EVN")
        b.code(event, c.FDA_LOCAL_REPORT_TYPE_CODE, c.OID_NCI, "localCriteriaReportType")  # FDA.C.1.7.1
        local = "1" if icsr.expedited else "2"
        b.el(event, "value", xsi_type="CE", code=local, codeSystem=c.CL_FDA_LOCAL_REPORT_TYPE)
        combo = b.el(inv, "component", typeCode="COMP")
        event = b.el(combo, "observationEvent", classCode="OBS", moodCode="EVN")
        b.code(event, c.FDA_COMBINATION_PRODUCT_CODE, c.OID_NCI)  # FDA.C.1.12
        b.bl(event, settings.combination_product)
    first = b.el(inv, "outboundRelationship", typeCode="SPRT")  # C.1.8.2
    related = b.el(first, "relatedInvestigation", classCode="INVSTG", moodCode="EVN")
    b.code(related, c.RELATED_FIRST_SENDER, c.CL_RELATED_INVESTIGATION, "initialReport")
    cae = b.el(
        b.el(related, "subjectOf2", typeCode="SUBJ"), "controlActEvent", classCode="CACT", moodCode="EVN"
    )
    entity = b.el(b.el(cae, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
    b.code(entity, icsr.first_sender, c.CL_FIRST_SENDER, {"1": "regulator", "2": "other"}[icsr.first_sender])
    for index, source in enumerate(icsr.primary_sources):  # C.2.r
        rel = b.el(inv, "outboundRelationship", typeCode="SPRT")
        if index == 0:
            b.el(rel, "priorityNumber", value="1")  # C.2.r.5
        related = b.el(rel, "relatedInvestigation", classCode="INVSTG", moodCode="EVN")
        b.code(related, c.RELATED_SOURCE_REPORT, c.CL_RELATED_INVESTIGATION, "sourceReport")
        cae = b.el(
            b.el(related, "subjectOf2", typeCode="SUBJ"), "controlActEvent", classCode="CACT", moodCode="EVN"
        )
        entity = b.el(b.el(cae, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
        person = b.el(entity, "assignedPerson", classCode="PSN", determinerCode="INSTANCE")
        if source.title or source.given_name or source.family_name:
            name = b.el(person, "name")
            if source.title:
                b.el(name, "prefix", source.title)
            if source.given_name:
                b.el(name, "given", source.given_name)
            if source.family_name:
                b.el(name, "family", source.family_name)
        qual = b.el(person, "asQualifiedEntity", classCode="QUAL")  # C.2.r.4 is mandatory
        if source.qualification:
            b.code(qual, source.qualification, c.CL_QUALIFICATION, c.QUALIFICATIONS[source.qualification])
        else:
            b.el(qual, "code", nullFlavor="UNK")
        if source.country:
            located = b.el(person, "asLocatedEntity", classCode="LOCE")
            b.country(located, "location", source.country)
        if source.organisation:
            org = b.el(entity, "representedOrganization", classCode="ORG", determinerCode="INSTANCE")
            b.el(org, "name", source.organisation)
    sender_event = b.el(
        b.el(inv, "subjectOf1", typeCode="SUBJ"), "controlActEvent", classCode="CACT", moodCode="EVN"
    )
    entity = b.el(b.el(sender_event, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
    b.code(entity, settings.sender_type, c.CL_SENDER_TYPE)  # C.3.1
    if settings.sender_country:
        person = b.el(entity, "assignedPerson", classCode="PSN", determinerCode="INSTANCE")
        b.country(b.el(person, "asLocatedEntity", classCode="LOCE"), "location", settings.sender_country)
    dept = b.el(entity, "representedOrganization", classCode="ORG", determinerCode="INSTANCE")
    inner = b.el(dept, "assignedEntity", classCode="ASSIGNED")
    org = b.el(inner, "representedOrganization", classCode="ORG", determinerCode="INSTANCE")
    b.el(org, "name", settings.sender_organization)  # C.3.2
    characteristic = b.el(
        b.el(inv, "subjectOf2", typeCode="SUBJ"),
        "investigationCharacteristic",
        classCode="OBS",
        moodCode="EVN",
    )
    b.code(characteristic, c.CHARACTERISTIC_REPORT_TYPE, c.CL_INVESTIGATION_CHARACTERISTIC, "ichReportType")
    b.el(
        characteristic,
        "value",
        xsi_type="CE",
        code=icsr.report_type,
        codeSystem=c.CL_REPORT_TYPE,
        displayName=c.REPORT_TYPES[icsr.report_type],
    )  # C.1.3
    characteristic = b.el(
        b.el(inv, "subjectOf2", typeCode="SUBJ"),
        "investigationCharacteristic",
        classCode="OBS",
        moodCode="EVN",
    )
    b.code(characteristic, c.CHARACTERISTIC_OTHER_CASE_IDS, c.CL_INVESTIGATION_CHARACTERISTIC, "otherCaseIds")
    b.bl(characteristic, None)  # C.1.9.1: pvflag knows of no other case ids
    if icsr.nullification:
        characteristic = b.el(
            b.el(inv, "subjectOf2", typeCode="SUBJ"),
            "investigationCharacteristic",
            classCode="OBS",
            moodCode="EVN",
        )
        b.code(characteristic, c.CHARACTERISTIC_NULLIFICATION, c.CL_INVESTIGATION_CHARACTERISTIC)
        b.el(characteristic, "value", xsi_type="CE", code=icsr.nullification, codeSystem=c.CL_NULLIFICATION)
        if icsr.nullification_reason:
            characteristic = b.el(
                b.el(inv, "subjectOf2", typeCode="SUBJ"),
                "investigationCharacteristic",
                classCode="OBS",
                moodCode="EVN",
            )
            b.code(characteristic, c.CHARACTERISTIC_NULLIFICATION_REASON, c.CL_INVESTIGATION_CHARACTERISTIC)
            value = b.el(characteristic, "value", xsi_type="CE")
            b.el(value, "originalText", icsr.nullification_reason)
    return msg


def _assessment(b: _Builder, inv: Any, icsr: ICSR) -> None:
    """The adverseEventAssessment: patient (D), reactions (E.i), drugs (G.k), roles, narrative parts."""
    assessment = b.el(
        b.el(inv, "component", typeCode="COMP"), "adverseEventAssessment", classCode="INVSTG", moodCode="EVN"
    )
    role = b.el(b.el(assessment, "subject1", typeCode="SBJ"), "primaryRole", classCode="INVSBJ")
    patient = icsr.patient
    player = b.el(role, "player1", classCode="PSN", determinerCode="INSTANCE")
    if patient.name:
        b.el(player, "name", patient.name)  # D.1
    else:
        b.el(player, "name", nullFlavor=patient.name_null)
    if patient.sex:
        b.el(player, "administrativeGenderCode", code=patient.sex, codeSystem=c.OID_ISO_5218)  # D.5
    if patient.birth_date:
        b.el(player, "birthTime", value=patient.birth_date)  # D.2.1
    if patient.investigation_number:  # D.1.1.4
        identified = b.el(player, "asIdentifiedEntity", classCode="IDENT")
        b.el(identified, "id", extension=patient.investigation_number, root=c.OID_INVESTIGATION_NUMBER)
        b.code(identified, "4", c.CL_RECORD_SOURCE, "Investigation")
    if icsr.study_type or icsr.study_name or icsr.sponsor_study_number:  # C.5
        study = b.el(
            b.el(role, "subjectOf1", typeCode="SBJ"), "researchStudy", classCode="CLNTRL", moodCode="EVN"
        )
        if icsr.sponsor_study_number:
            b.el(study, "id", extension=icsr.sponsor_study_number, root=c.OID_SPONSOR_STUDY_NUMBER)  # C.5.3
        if icsr.study_type:
            b.code(study, icsr.study_type, c.CL_STUDY_TYPE, c.STUDY_TYPES[icsr.study_type])  # C.5.4
        if icsr.study_name:
            b.el(study, "title", icsr.study_name)  # C.5.2
    if patient.age is not None:
        observation = b.obs(role, "subjectOf2", "SBJ", c.OBS_AGE)
        b.el(observation, "value", xsi_type="PQ", value=_num(patient.age), unit=patient.age_unit)  # D.2.2
    if patient.age_group is not None:
        observation = b.obs(role, "subjectOf2", "SBJ", c.OBS_AGE_GROUP)
        b.el(observation, "value", xsi_type="CE", code=patient.age_group, codeSystem=c.CL_AGE_GROUP)  # D.2.3
    if patient.weight_kg is not None:
        observation = b.obs(role, "subjectOf2", "SBJ", c.OBS_BODY_WEIGHT)
        b.el(observation, "value", xsi_type="PQ", value=_num(patient.weight_kg), unit="kg")  # D.3
    if patient.medical_history:
        organizer = b.el(
            b.el(role, "subjectOf2", typeCode="SBJ"), "organizer", classCode="CATEGORY", moodCode="EVN"
        )
        b.code(organizer, c.ORGANIZER_MEDICAL_HISTORY, c.CL_ORGANIZER)
        observation = b.obs(organizer, "component", "COMP", c.OBS_HISTORY_TEXT)
        b.el(observation, "value", patient.medical_history, xsi_type="ED")  # D.7.2
    for reaction in icsr.reactions:
        _reaction(b, role, reaction, icsr)
    organizer = b.el(
        b.el(role, "subjectOf2", typeCode="SBJ"), "organizer", classCode="CATEGORY", moodCode="EVN"
    )
    b.code(organizer, c.ORGANIZER_DRUG_INFORMATION, c.CL_ORGANIZER, "drugInformation")
    for drug in icsr.drugs:
        _drug(b, organizer, drug, icsr)
    for drug in icsr.drugs:  # G.k.1
        if drug.role is None:
            continue
        causality = b.el(
            b.el(assessment, "component", typeCode="COMP"),
            "causalityAssessment",
            classCode="OBS",
            moodCode="EVN",
        )
        b.code(causality, c.OBS_DRUG_ROLE, c.CL_OBSERVATION, "interventionCharacterization")
        code = ROLE_CODES[drug.role]
        b.el(
            causality,
            "value",
            xsi_type="CE",
            code=code,
            codeSystem=c.CL_DRUG_ROLE,
            displayName=c.DRUG_ROLES[code],
        )
        ref = b.el(
            b.el(causality, "subject2", typeCode="SUBJ"),
            "productUseReference",
            classCode="SBADM",
            moodCode="EVN",
        )
        b.el(ref, "id", root=xml_uid(drug.id, icsr.case_id + "/drug"))
    for drug in icsr.drugs:  # G.k.9.i: the drug-reaction links the primary source made
        for reaction_id in drug.reaction_ids:
            causality = b.el(
                b.el(assessment, "component", typeCode="COMP"),
                "causalityAssessment",
                classCode="OBS",
                moodCode="EVN",
            )
            b.code(causality, c.OBS_CAUSALITY, c.CL_OBSERVATION, "causality")
            b.el(causality, "value", "Related per primary source", xsi_type="ST")  # G.k.9.i.2.r.3
            method = b.el(causality, "methodCode")
            b.el(method, "originalText", "Primary source statement")  # G.k.9.i.2.r.2
            author = b.el(b.el(causality, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
            b.el(b.el(author, "code"), "originalText", "Primary source reporter")  # G.k.9.i.2.r.1
            ref = b.el(
                b.el(causality, "subject1", typeCode="SUBJ"),
                "adverseEffectReference",
                classCode="OBS",
                moodCode="EVN",
            )
            b.el(ref, "id", root=xml_uid(reaction_id, icsr.case_id + "/reaction"))
            ref = b.el(
                b.el(causality, "subject2", typeCode="SUBJ"),
                "productUseReference",
                classCode="SBADM",
                moodCode="EVN",
            )
            b.el(ref, "id", root=xml_uid(drug.id, icsr.case_id + "/drug"))
    for text, author in (
        (icsr.reporter_comments, c.AUTHOR_REPORTER),
        (icsr.sender_comments, c.AUTHOR_SENDER),
    ):
        if text:  # H.2 / H.4
            event = b.el(
                b.el(assessment, "component1", typeCode="COMP"),
                "observationEvent",
                classCode="OBS",
                moodCode="EVN",
            )
            b.code(event, c.OBS_COMMENT, c.CL_OBSERVATION, "comment")
            b.el(event, "value", text, xsi_type="ED")
            entity = b.el(b.el(event, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
            b.code(entity, author, c.CL_AUTHOR_ROLE)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _reaction(b: _Builder, role: Any, reaction: Reaction, icsr: ICSR) -> None:
    observation = b.el(
        b.el(role, "subjectOf2", typeCode="SBJ"), "observation", classCode="OBS", moodCode="EVN"
    )
    b.el(observation, "id", root=xml_uid(reaction.id, icsr.case_id + "/reaction"))
    b.code(observation, c.OBS_REACTION, c.CL_OBSERVATION, "reaction")
    if reaction.start or reaction.end:
        eff = b.el(observation, "effectiveTime", xsi_type="IVL_TS")
        if reaction.start:
            b.el(eff, "low", value=reaction.start)  # E.i.4
        if reaction.end:
            b.el(eff, "high", value=reaction.end)  # E.i.5
    # E.i.2.1a/b only with a licensee's MedDRA; pvflag never invents a code
    value = b.el(
        observation,
        "value",
        xsi_type="CE",
        code=reaction.meddra_code,
        codeSystem=c.OID_MEDDRA,
        codeSystemVersion=reaction.meddra_version if reaction.meddra_code else None,
    )
    if reaction.verbatim:
        b.el(value, "originalText", reaction.verbatim, language=reaction.language)  # E.i.1.1a/b
    if reaction.country:
        entity = b.el(b.el(observation, "location", typeCode="LOC"), "locatedEntity", classCode="LOCE")
        b.country(entity, "locatedPlace", reaction.country)  # E.i.9
    if reaction.translation:
        sub = b.obs(observation, "outboundRelationship2", "PERT", c.OBS_REACTION_TRANSLATION)
        b.el(sub, "value", reaction.translation, xsi_type="ED")  # E.i.1.2
    if reaction.highlighted:
        sub = b.obs(observation, "outboundRelationship2", "PERT", c.OBS_TERM_HIGHLIGHTED)
        b.el(
            sub, "value", xsi_type="CE", code=reaction.highlighted, codeSystem=c.CL_TERM_HIGHLIGHTED
        )  # E.i.3.1
    for name, (_element, code) in c.SERIOUSNESS_CRITERIA.items():  # E.i.3.2a-f
        sub = b.obs(observation, "outboundRelationship2", "PERT", code)
        b.bl(sub, True if name in reaction.seriousness else None)
    sub = b.obs(observation, "outboundRelationship2", "PERT", c.OBS_OUTCOME)  # E.i.7, mandatory (0 = unknown)
    b.el(
        sub,
        "value",
        xsi_type="CE",
        code=reaction.outcome,
        codeSystem=c.CL_OUTCOME,
        displayName=c.OUTCOMES[reaction.outcome],
    )


def _drug(b: _Builder, organizer: Any, drug: Drug, icsr: ICSR) -> None:
    sa = b.el(
        b.el(organizer, "component", typeCode="COMP"),
        "substanceAdministration",
        classCode="SBADM",
        moodCode="EVN",
    )
    b.el(sa, "id", root=xml_uid(drug.id, icsr.case_id + "/drug"))
    kind = b.el(
        b.el(b.el(sa, "consumable", typeCode="CSM"), "instanceOfKind", classCode="INST"),
        "kindOfProduct",
        classCode="MMAT",
        determinerCode="KIND",
    )
    b.el(kind, "name", drug.name)  # G.k.2.2
    for substance in drug.substances:  # G.k.2.3.r.1
        ingredient = b.el(kind, "ingredient", classCode="ACTI")
        b.el(
            b.el(ingredient, "ingredientSubstance", classCode="MMAT", determinerCode="KIND"),
            "name",
            substance,
        )
    if drug.dosage_text or drug.route_text or drug.lot_number:  # G.k.4.r
        dose = b.el(
            b.el(sa, "outboundRelationship2", typeCode="COMP"),
            "substanceAdministration",
            classCode="SBADM",
            moodCode="EVN",
        )
        if drug.dosage_text:
            b.el(dose, "text", drug.dosage_text)  # G.k.4.r.8
        if drug.route_text:
            route = b.el(dose, "routeCode")
            b.el(route, "originalText", drug.route_text)  # G.k.4.r.10.1
        if drug.lot_number:
            instance = b.el(b.el(dose, "consumable", typeCode="CSM"), "instanceOfKind", classCode="INST")
            product = b.el(instance, "productInstanceInstance", classCode="MMAT", determinerCode="INSTANCE")
            b.el(product, "lotNumberText", drug.lot_number)  # G.k.4.r.7
    if drug.gestation_weeks is not None:  # G.k.6
        sub = b.obs(sa, "outboundRelationship2", "PERT", c.OBS_GESTATION)
        b.el(sub, "value", xsi_type="PQ", value=str(drug.gestation_weeks), unit="wk")
    for code in drug.additional_info:  # G.k.10.r: where E2B records special situations
        sub = b.obs(sa, "outboundRelationship2", "REFR", c.OBS_CODED_DRUG_INFO)
        b.el(
            sub,
            "value",
            xsi_type="CE",
            code=code,
            codeSystem=c.CL_ADDITIONAL_DRUG_INFO,
            displayName=c.ADDITIONAL_DRUG_INFO[code],
        )
    if drug.additional_text:  # G.k.11
        sub = b.obs(sa, "outboundRelationship2", "REFR", c.OBS_ADDITIONAL_INFO)
        b.el(sub, "value", drug.additional_text, xsi_type="ST")
    if drug.indication:  # G.k.7.r.1
        sub = b.obs(sa, "inboundRelationship", "RSON", c.OBS_INDICATION)
        value = b.el(sub, "value", xsi_type="CE", codeSystem=c.OID_MEDDRA)
        b.el(value, "originalText", drug.indication)
    if drug.action_taken:  # G.k.8
        act = b.el(b.el(sa, "inboundRelationship", typeCode="CAUS"), "act", classCode="ACT", moodCode="EVN")
        b.code(act, drug.action_taken, c.CL_ACTION_TAKEN)
