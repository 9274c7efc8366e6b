"""E2B(R3) reader: any ``MCCI_IN200100UV01`` batch (pvflag's or another system's) -> ``ICSR`` models.

Lenient by design: what does not fit the model (an unknown code, an impossible
date) is left out here and reported by ``validate``, so that a file with one bad
field still reads. ``read_r3(to_r3(icsrs)) == icsrs`` for every valid ``ICSR`` of version 1:
R3 has no version number (a follow-up is the same C.1.1 with a later C.1.5), so read
reports are version 1.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

from pvflag.e2b import _codes as c
from pvflag.e2b._xml import parse_hl7_ts, parse_xml
from pvflag.e2b.icsr import ICSR, ROLE_BY_CODE, Drug, Patient, PrimarySource, Reaction
from pvflag.errors import E2BError

__all__ = ["read_r3"]

_NS = c.NS


def read_r3(source: str | Path | bytes) -> list[ICSR]:
    """Every ICSR in an R3 batch file (path or bytes), in file order."""
    tree = parse_xml(source)
    root = tree.getroot()
    if root.tag != f"{{{c.HL7_NS}}}MCCI_IN200100UV01":
        raise E2BError(
            f"{source if not isinstance(source, bytes) else '<bytes>'}: root element is "
            f"{root.tag!r}; expected an E2B(R3) batch MCCI_IN200100UV01"
        )
    return [_icsr(message, index) for index, message in enumerate(_x(root, "h:PORR_IN049016UV"))]


def _x(node: Any, path: str) -> list[Any]:
    return list(node.xpath(path, namespaces=_NS))


def _one(node: Any, path: str) -> Any | None:
    found = _x(node, path)
    return found[0] if found else None


def _text(node: Any | None) -> str | None:
    if node is None or node.get("nullFlavor"):
        return None
    text = "".join(node.itertext())
    return text if text.strip() else None


def _attr(node: Any | None, name: str) -> str | None:
    if node is None or node.get("nullFlavor"):
        return None
    value = node.get(name)
    return None if value is None else str(value)


def _pick(value: str | None, allowed: Any) -> Any:
    return value if value in allowed else None


def _date(node: Any | None) -> str | None:
    value = _attr(node, "value")
    if value and re.fullmatch(r"\d{4}(\d{2}){0,5}([+-]\d{4})?", value) and parse_hl7_ts(value):
        return value
    return None


def _obs(code: str, system: str = c.CL_OBSERVATION) -> str:
    return f"[h:code[@code='{code}'][@codeSystem='{system}']]"


def _ref(node: Any | None) -> str | None:
    if node is None or not node.get("root"):
        return None
    return str(node.get("root")) + (f"|{node.get('extension')}" if node.get("extension") else "")


def _icsr(message: Any, index: int) -> ICSR:
    inv = _one(message, "h:controlActProcess/h:subject/h:investigationEvent")
    if inv is None:
        raise E2BError(f"message {index + 1}: no investigationEvent (the ICSR) to read")
    case_id = _attr(_one(inv, f"h:id[@root='{c.OID_CASE_ID}']"), "extension") or ""
    role = _one(inv, "h:component/h:adverseEventAssessment/h:subject1/h:primaryRole")
    reactions: list[Reaction] = []
    reaction_keys: dict[str, str] = {}
    drugs: list[Drug] = []
    patient = Patient()
    study: dict[str, Any] = {"study_type": None}
    if role is not None:
        patient = _patient(role)
        research = _one(role, "h:subjectOf1/h:researchStudy")
        if research is not None:
            study = {
                "study_type": _pick(_attr(_one(research, "h:code"), "code"), c.STUDY_TYPES),
                "study_name": _text(_one(research, "h:title")),
                "sponsor_study_number": _attr(
                    _one(research, f"h:id[@root='{c.OID_SPONSOR_STUDY_NUMBER}']"), "extension"
                ),
            }
        for position, node in enumerate(_x(role, "h:subjectOf2/h:observation" + _obs(c.OBS_REACTION))):
            reaction = _reaction(node, f"{case_id}/reaction/{position}")
            if reaction.id in reaction_keys.values():  # duplicate id (validate reports it): keep both
                reaction = reaction.model_copy(
                    update={"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{case_id}/reaction/{position}"))}
                )
            reaction_keys[_ref(_one(node, "h:id")) or reaction.id] = reaction.id
            reactions.append(reaction)
        drug_nodes = _x(
            role,
            "h:subjectOf2/h:organizer"
            + _obs(c.ORGANIZER_DRUG_INFORMATION, c.CL_ORGANIZER)
            + "/h:component/h:substanceAdministration",
        )
        roles, links = _assessments(inv, reaction_keys)
        for position, node in enumerate(drug_nodes):
            drug = _drug(node, f"{case_id}/drug/{position}", roles, links)
            if any(d.id == drug.id for d in drugs):  # a duplicate id (validate reports it): keep both drugs
                drug = drug.model_copy(
                    update={"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{case_id}/drug/{position}"))}
                )
            drugs.append(drug)
    sources = tuple(
        _source(node)
        for node in _x(
            inv,
            "h:outboundRelationship/h:relatedInvestigation"
            + _obs(c.RELATED_SOURCE_REPORT, c.CL_RELATED_INVESTIGATION)
            + "/h:subjectOf2/h:controlActEvent/h:author/h:assignedEntity",
        )
    )

    def characteristic(code: str) -> Any | None:
        return _one(
            inv,
            "h:subjectOf2/h:investigationCharacteristic"
            + _obs(code, c.CL_INVESTIGATION_CHARACTERISTIC)
            + "/h:value",
        )

    expedited = _one(inv, "h:component/h:observationEvent" + _obs(c.OBS_EXPEDITED) + "/h:value")
    nullification_reason = characteristic(c.CHARACTERISTIC_NULLIFICATION_REASON)
    comments = {
        author: _text(
            _one(
                inv,
                "h:component/h:adverseEventAssessment/h:component1/h:observationEvent"
                + _obs(c.OBS_COMMENT)
                + f"[h:author/h:assignedEntity/h:code[@code='{author}']]/h:value",
            )
        )
        for author in (c.AUTHOR_REPORTER, c.AUTHOR_SENDER)
    }
    return ICSR.model_validate(
        {
            "case_id": case_id,
            "worldwide_id": _attr(_one(inv, f"h:id[@root='{c.OID_WORLDWIDE_ID}']"), "extension") or case_id,
            "report_type": _pick(_attr(characteristic(c.CHARACTERISTIC_REPORT_TYPE), "code"), c.REPORT_TYPES)
            or "4",
            "first_received": _date(_one(inv, "h:effectiveTime/h:low")),
            "first_sender": _pick(
                _attr(
                    _one(
                        inv,
                        "h:outboundRelationship/h:relatedInvestigation"
                        + _obs(c.RELATED_FIRST_SENDER, c.CL_RELATED_INVESTIGATION)
                        + "/h:subjectOf2/h:controlActEvent/h:author/h:assignedEntity/h:code",
                    ),
                    "code",
                ),
                {"1", "2"},
            )
            or "2",
            "most_recent": _date(_one(inv, "h:availabilityTime")),
            "expedited": {"true": True, "false": False}.get(_attr(expedited, "value") or ""),
            "nullification": _pick(
                _attr(characteristic(c.CHARACTERISTIC_NULLIFICATION), "code"), c.NULLIFICATION
            ),
            "nullification_reason": _text(_one(nullification_reason, "h:originalText"))
            if nullification_reason is not None
            else None,
            **study,
            "primary_sources": sources,
            "patient": patient,
            "reactions": tuple(reactions),
            "drugs": tuple(drugs),
            "narrative": _text(_one(inv, "h:text")) or "",
            "reporter_comments": comments[c.AUTHOR_REPORTER],
            "sender_comments": comments[c.AUTHOR_SENDER],
        }
    )


def _patient(role: Any) -> Patient:
    name = _one(role, "h:player1/h:name")
    age = _one(role, "h:subjectOf2/h:observation" + _obs(c.OBS_AGE) + "/h:value")
    weight = _one(role, "h:subjectOf2/h:observation" + _obs(c.OBS_BODY_WEIGHT) + "/h:value")
    history = _one(
        role,
        "h:subjectOf2/h:organizer"
        + _obs(c.ORGANIZER_MEDICAL_HISTORY, c.CL_ORGANIZER)
        + "/h:component/h:observation"
        + _obs(c.OBS_HISTORY_TEXT)
        + "/h:value",
    )
    age_value = _number(_attr(age, "value"))
    return Patient.model_validate(
        {
            "name": _text(name),
            "name_null": _pick(
                name.get("nullFlavor") if name is not None else None,
                {"UNK", "MSK", "ASKU", "NASK", "NI", "NA"},
            )
            or "UNK",
            "sex": _pick(_attr(_one(role, "h:player1/h:administrativeGenderCode"), "code"), c.SEX),
            "birth_date": _date(_one(role, "h:player1/h:birthTime")),
            "investigation_number": _attr(
                _one(role, f"h:player1/h:asIdentifiedEntity/h:id[@root='{c.OID_INVESTIGATION_NUMBER}']"),
                "extension",
            ),
            "age_group": _pick(
                _attr(_one(role, "h:subjectOf2/h:observation" + _obs(c.OBS_AGE_GROUP) + "/h:value"), "code"),
                c.AGE_GROUPS,
            ),
            "age": age_value,
            "age_unit": _pick(_attr(age, "unit"), c.AGE_UNITS) or "a",
            "weight_kg": _number(_attr(weight, "value")) if _attr(weight, "unit") == "kg" else None,
            "medical_history": _text(history),
        }
    )


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def _reaction(node: Any, fallback_id: str) -> Reaction:
    value = _one(node, "h:value")
    verbatim = _one(node, "h:value/h:originalText")
    seriousness = frozenset(
        name
        for name, (_element, code) in c.SERIOUSNESS_CRITERIA.items()
        if _attr(_one(node, "h:outboundRelationship2/h:observation" + _obs(code) + "/h:value"), "value")
        == "true"
    )
    code = _attr(value, "code")
    version = _attr(value, "codeSystemVersion")
    country = _attr(_one(node, "h:location/h:locatedEntity/h:locatedPlace/h:code"), "code")
    return Reaction.model_validate(
        {
            "id": _uid(_one(node, "h:id"), fallback_id),
            "verbatim": _text(verbatim),
            "translation": _text(
                _one(
                    node,
                    "h:outboundRelationship2/h:observation" + _obs(c.OBS_REACTION_TRANSLATION) + "/h:value",
                )
            ),
            "language": verbatim.get("language") if verbatim is not None else None,
            "meddra_code": code if code and re.fullmatch(r"\d{8}", code) else None,
            "meddra_version": version if code and version and re.fullmatch(r"\d{1,2}\.\d", version) else None,
            "seriousness": seriousness,
            "highlighted": _pick(
                _attr(
                    _one(
                        node,
                        "h:outboundRelationship2/h:observation" + _obs(c.OBS_TERM_HIGHLIGHTED) + "/h:value",
                    ),
                    "code",
                ),
                c.TERM_HIGHLIGHTED,
            ),
            "start": _date(_one(node, "h:effectiveTime/h:low | h:effectiveTime/h:comp/h:low")),
            "end": _date(_one(node, "h:effectiveTime/h:high | h:effectiveTime/h:comp/h:high")),
            "outcome": _pick(
                _attr(
                    _one(node, "h:outboundRelationship2/h:observation" + _obs(c.OBS_OUTCOME) + "/h:value"),
                    "code",
                ),
                c.OUTCOMES,
            )
            or "0",
            "country": country if country and re.fullmatch(r"[A-Z]{2}", country) else None,
        }
    )


def _uid(node: Any | None, fallback: str) -> str:
    root = _attr(node, "root")
    if root and node is not None and not node.get("extension"):
        return root
    key = _ref(node) or fallback
    return str(uuid.uuid5(uuid.NAMESPACE_URL, key))


def _assessments(inv: Any, reaction_keys: dict[str, str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """G.k.1 roles by drug reference, and the reactions each drug is linked to (G.k.9.i)."""
    roles: dict[str, str] = {}
    links: dict[str, list[str]] = {}
    base = "h:component/h:adverseEventAssessment/h:component/h:causalityAssessment"
    for node in _x(inv, base + _obs(c.OBS_DRUG_ROLE)):
        value = _one(node, "h:value")
        drug = _ref(_one(node, "h:subject2/h:productUseReference/h:id"))
        if drug and value is not None and value.get("codeSystem") == c.CL_DRUG_ROLE:
            roles.setdefault(drug, value.get("code") or "")
    for node in _x(inv, base + _obs(c.OBS_CAUSALITY)):
        result = (_text(_one(node, "h:value")) or _attr(_one(node, "h:value"), "code") or "").strip().lower()
        if result.startswith(("not ", "un", "no ")):
            continue  # an assessment that denies the link is not a link
        drug = _ref(_one(node, "h:subject2/h:productUseReference/h:id"))
        reaction = reaction_keys.get(_ref(_one(node, "h:subject1/h:adverseEffectReference/h:id")) or "")
        if drug and reaction and reaction not in links.setdefault(drug, []):
            links[drug].append(reaction)
    return roles, links


def _drug(node: Any, fallback_id: str, roles: dict[str, str], links: dict[str, list[str]]) -> Drug:
    key = _ref(_one(node, "h:id")) or ""
    product = "h:consumable/h:instanceOfKind/h:kindOfProduct"
    dose = _one(node, "h:outboundRelationship2[@typeCode='COMP']/h:substanceAdministration")
    gestation = _one(node, "h:outboundRelationship2/h:observation" + _obs(c.OBS_GESTATION) + "/h:value")
    weeks = _number(_attr(gestation, "value")) if _attr(gestation, "unit") == "wk" else None
    indication = _one(
        node, "h:inboundRelationship[@typeCode='RSON']/h:observation" + _obs(c.OBS_INDICATION) + "/h:value"
    )
    codes = [
        value.get("code")
        for value in _x(
            node, "h:outboundRelationship2/h:observation" + _obs(c.OBS_CODED_DRUG_INFO) + "/h:value"
        )
        if value.get("codeSystem") == c.CL_ADDITIONAL_DRUG_INFO
        and value.get("code") in c.ADDITIONAL_DRUG_INFO
    ]
    return Drug.model_validate(
        {
            "id": _uid(_one(node, "h:id"), fallback_id),
            "role": ROLE_BY_CODE.get(roles.get(key, "")),
            "name": _text(_one(node, product + "/h:name")) or "(not given)",
            "substances": tuple(
                t
                for t in (_text(n) for n in _x(node, product + "/h:ingredient/h:ingredientSubstance/h:name"))
                if t
            ),
            "dosage_text": _text(_one(dose, "h:text")) if dose is not None else None,
            "route_text": _text(_one(dose, "h:routeCode/h:originalText")) if dose is not None else None,
            "lot_number": _text(
                _one(dose, "h:consumable/h:instanceOfKind/h:productInstanceInstance/h:lotNumberText")
            )
            if dose is not None
            else None,
            "indication": _text(_one(indication, "h:originalText")) if indication is not None else None,
            "action_taken": _pick(
                _attr(_one(node, "h:inboundRelationship[@typeCode='CAUS']/h:act/h:code"), "code"),
                c.ACTIONS_TAKEN,
            ),
            "additional_info": tuple(codes),
            "additional_text": _text(
                _one(node, "h:outboundRelationship2/h:observation" + _obs(c.OBS_ADDITIONAL_INFO) + "/h:value")
            ),
            "gestation_weeks": int(weeks) if weeks is not None and float(weeks).is_integer() else None,
            "reaction_ids": tuple(links.get(key, ())),
        }
    )


def _source(entity: Any) -> PrimarySource:
    person = _one(entity, "h:assignedPerson")
    name = _one(person, "h:name") if person is not None else None

    def part(tag: str) -> str | None:
        return _text(_one(name, f"h:{tag}")) if name is not None else None

    country = _attr(_one(entity, "h:assignedPerson/h:asLocatedEntity/h:location/h:code"), "code")
    return PrimarySource.model_validate(
        {
            "qualification": _pick(
                _attr(_one(entity, "h:assignedPerson/h:asQualifiedEntity/h:code"), "code"), c.QUALIFICATIONS
            ),
            "country": country if country and re.fullmatch(r"[A-Z]{2}", country) else None,
            "title": part("prefix"),
            "given_name": part("given"),
            "family_name": part("family"),
            "organisation": _text(_one(entity, "h:representedOrganization/h:name")),
        }
    )
