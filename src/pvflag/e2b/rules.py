"""ICH and FDA business rules that a schema cannot check, for R3 and R2 files.

Each check yields ``Problem``s with a stable rule id, the E2B data element, the
element path and line. Rule ids:

``MANDATORY``        a mandatory data element is missing or empty
``MEDDRA-REQUIRED``  E.i.2.1a/b (or R2 reactionmeddrapt) absent: code with a licensee MedDRA first
``OID``              an identifier root or code system is not the one the IG prescribes
``CODE-LIST``        a coded value is not in its code list
``DATE-INVALID``     a date that does not exist or is not an HL7/E2B date
``DATE-PRECISION``   a date with less precision than the element needs
``DATE-FUTURE``      a date after today
``DATE-ORDER``       dates in an impossible order (C.1.4 <= C.1.5 <= C.1.2, E.i.4 <= E.i.5)
``SERIOUSNESS``      seriousness criteria, outcome and highlighted term contradict each other
``MESSAGE-ID``       (warning) N.2.r.1 is not the same as C.1.1, as the IG asks
``CONSISTENCY``      N.2.r.4 differs from C.1.2, or more than one MedDRA version in one ICSR
``REFERENCE``        a G.k.1 / G.k.9.i reference that points at no drug or reaction, or a duplicate id
``FDA-Rnnnn/Wnnnn``  FDA regional rules (``profile="fda"``), ids from FDA's rejection/warning table
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from pvflag.e2b import _codes as c
from pvflag.e2b._xml import PRECISION_DIGITS, parse_hl7_ts

__all__ = ["Problem", "check_r2", "check_r3", "element_path"]

Severity = Literal["error", "warning"]


class Problem(BaseModel):
    """One finding of ``validate``: what rule, where (data element, path, line), and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    element: str | None = None
    path: str | None = None
    line: int | None = None
    message: str
    severity: Severity = "error"


def element_path(node: Any) -> str:
    """A readable path without namespaces: ``/MCCI_IN200100UV01/PORR_IN049016UV[1]/...``."""
    parts: list[str] = []
    while node is not None and isinstance(node.tag, str):
        name = node.tag.rsplit("}", 1)[-1]
        parent = node.getparent()
        if parent is not None:
            same = [sib for sib in parent if sib.tag == node.tag]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        parts.append(name)
        node = parent
    return "/" + "/".join(reversed(parts))


class _Ctx:
    def __init__(self, today: date) -> None:
        self.today = today
        self.problems: list[Problem] = []

    def add(
        self, rule: str, element: str | None, node: Any, message: str, severity: Severity = "error"
    ) -> None:
        self.problems.append(
            Problem(
                rule=rule,
                element=element,
                path=element_path(node) if node is not None else None,
                line=getattr(node, "sourceline", None),
                message=message,
                severity=severity,
            )
        )


def _x(node: Any, path: str) -> list[Any]:
    return list(node.xpath(path, namespaces=c.NS))


def _first(node: Any, path: str) -> Any | None:
    found = _x(node, path)
    return found[0] if found else None


def _has_value(node: Any | None, attr: str | None = None) -> bool:
    """Present with a value, or with a nullFlavor (which the IG allows where it says so)."""
    if node is None:
        return False
    if node.get("nullFlavor"):
        return True
    if attr:
        return bool((node.get(attr) or "").strip())
    return bool("".join(node.itertext()).strip())


def _obs(code: str, system: str = c.CL_OBSERVATION) -> str:
    return f"[h:code[@code='{code}'][@codeSystem='{system}']]"


# ------------------------------------------------------------------------------------------ R3

_MSG = "h:PORR_IN049016UV"
_INV = "h:controlActProcess/h:subject/h:investigationEvent"
_AEA = "h:component/h:adverseEventAssessment"
_ROLE = _AEA + "/h:subject1/h:primaryRole"
_REACTIONS = "h:subjectOf2/h:observation" + _obs(c.OBS_REACTION)
_DRUGS = (
    "h:subjectOf2/h:organizer"
    + _obs(c.ORGANIZER_DRUG_INFORMATION, c.CL_ORGANIZER)
    + ("/h:component/h:substanceAdministration")
)
_PRODUCT = "h:consumable/h:instanceOfKind/h:kindOfProduct"
_CHARACTERISTIC = "h:subjectOf2/h:investigationCharacteristic"
_SOURCES = (
    "h:outboundRelationship/h:relatedInvestigation"
    + _obs(c.RELATED_SOURCE_REPORT, c.CL_RELATED_INVESTIGATION)
    + "/h:subjectOf2/h:controlActEvent/h:author/h:assignedEntity"
)


def check_r3(tree: Any, *, today: date | None = None, profile: str = "ich") -> list[Problem]:
    """Business-rule problems in an R3 batch (``tree`` already parsed, ideally XSD-valid)."""
    ctx = _Ctx(today or datetime.now(UTC).date())
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    _batch_header(ctx, root)
    messages = _x(root, _MSG)
    if not messages:
        ctx.add("MANDATORY", "N.2.r", root, "the batch holds no ICSR message (PORR_IN049016UV)")
    for message in messages:
        _message(ctx, root, message)
    _all_dates(ctx, root)
    _ich_oids(ctx, root)
    if profile == "fda":
        _fda(ctx, root, messages)
    return ctx.problems


def _require(ctx: _Ctx, node: Any, path: str, element: str, what: str, attr: str | None = None) -> Any | None:
    found = _first(node, path)
    if not _has_value(found, attr):
        ctx.add("MANDATORY", element, found if found is not None else node, f"{element} {what} is required")
        return None
    return found


def _check_id_root(ctx: _Ctx, node: Any | None, root_oid: str, element: str) -> None:
    if node is not None and node.get("root") != root_oid:
        ctx.add("OID", element, node, f"{element} id root must be {root_oid}, found {node.get('root')!r}")


def _batch_header(ctx: _Ctx, root: Any) -> None:
    name = _require(ctx, root, "h:name", "N.1.1", "type of messages in batch", "code")
    if name is not None and not name.get("nullFlavor"):
        if name.get("codeSystem") != c.CL_BATCH_TYPE:
            ctx.add("OID", "N.1.1", name, f"N.1.1 codeSystem must be {c.CL_BATCH_TYPE}")
        elif name.get("code") != "1":
            ctx.add("CODE-LIST", "N.1.1", name, f"N.1.1 must be 1 (ichicsr), found {name.get('code')!r}")
    ident = _require(ctx, root, "h:id", "N.1.2", "batch number", "extension")
    _check_id_root(ctx, ident, c.OID_BATCH_ID, "N.1.2")
    sender = _require(ctx, root, "h:sender/h:device/h:id", "N.1.3", "batch sender identifier", "extension")
    _check_id_root(ctx, sender, c.OID_BATCH_SENDER, "N.1.3")
    receiver = _require(
        ctx, root, "h:receiver/h:device/h:id", "N.1.4", "batch receiver identifier", "extension"
    )
    _check_id_root(ctx, receiver, c.OID_BATCH_RECEIVER, "N.1.4")
    created = _require(ctx, root, "h:creationTime", "N.1.5", "date of batch transmission", "value")
    _precision(ctx, created, "N.1.5", "second")


def _precision(ctx: _Ctx, node: Any | None, element: str, needed: str) -> None:
    if node is None or node.get("nullFlavor") or not node.get("value"):
        return
    parsed = parse_hl7_ts(node.get("value"))
    if parsed is None:
        return  # reported once by _all_dates
    if PRECISION_DIGITS[parsed[1]] < PRECISION_DIGITS[needed]:
        ctx.add(
            "DATE-PRECISION",
            element,
            node,
            f"{element} {node.get('value')!r} has {parsed[1]} precision; at least {needed} is required",
        )


def _later(a: Any | None, b: Any | None) -> bool:
    """Is date ``a`` after ``b``? Compared as instants when both carry a time, else as calendar days."""
    if a is None or b is None:
        return False
    pa, pb = parse_hl7_ts(a.get("value") or ""), parse_hl7_ts(b.get("value") or "")
    if pa is None or pb is None:
        return False
    timed = PRECISION_DIGITS[pa[1]] > 8 and PRECISION_DIGITS[pb[1]] > 8
    return pa[0] > pb[0] if timed else pa[0].date() > pb[0].date()


def _v(node: Any | None) -> str | None:
    return node.get("value") if node is not None else None


def _ts(node: Any | None) -> datetime | None:
    if node is None or not node.get("value"):
        return None
    parsed = parse_hl7_ts(node.get("value"))
    return parsed[0] if parsed else None


def _message(ctx: _Ctx, root: Any, message: Any) -> None:
    ident = _require(ctx, message, "h:id", "N.2.r.1", "message identifier", "extension")
    _check_id_root(ctx, ident, c.OID_MESSAGE_ID, "N.2.r.1")
    case_ident = _first(message, _INV + f"/h:id[@root='{c.OID_CASE_ID}']")
    if ident is not None and case_ident is not None and ident.get("extension") != case_ident.get("extension"):
        ctx.add(
            "MESSAGE-ID",
            "N.2.r.1",
            ident,
            f"N.2.r.1 {ident.get('extension')!r} should be the same as C.1.1 {case_ident.get('extension')!r}",
            severity="warning",
        )
    sender = _require(
        ctx, message, "h:sender/h:device/h:id", "N.2.r.2", "message sender identifier", "extension"
    )
    _check_id_root(ctx, sender, c.OID_MESSAGE_SENDER, "N.2.r.2")
    receiver = _require(
        ctx, message, "h:receiver/h:device/h:id", "N.2.r.3", "message receiver identifier", "extension"
    )
    _check_id_root(ctx, receiver, c.OID_MESSAGE_RECEIVER, "N.2.r.3")
    created = _require(ctx, message, "h:creationTime", "N.2.r.4", "date of message creation", "value")
    _precision(ctx, created, "N.2.r.4", "second")
    inv = _first(message, _INV)
    if inv is None:
        ctx.add("MANDATORY", "C.1", message, "the message holds no investigationEvent (the ICSR)")
        return
    c12 = _require(ctx, message, "h:controlActProcess/h:effectiveTime", "C.1.2", "date of creation", "value")
    _precision(ctx, c12, "C.1.2", "second")
    if created is not None and c12 is not None and _v(created) != _v(c12):
        ctx.add(
            "CONSISTENCY",
            "N.2.r.4",
            created,
            f"N.2.r.4 ({_v(created)}) must be the same as C.1.2 date of creation ({_v(c12)})",
        )
    case_id = _require(
        ctx,
        inv,
        f"h:id[@root='{c.OID_CASE_ID}']",
        "C.1.1",
        "sender's safety report unique identifier",
        "extension",
    )
    if case_id is None:
        bad = [i for i in _x(inv, "h:id") if i.get("root") not in (c.OID_CASE_ID, c.OID_WORLDWIDE_ID)]
        for node in bad:
            ctx.add(
                "OID",
                "C.1.1",
                node,
                f"investigationEvent id root {node.get('root')!r} is neither "
                f"{c.OID_CASE_ID} (C.1.1) nor {c.OID_WORLDWIDE_ID} (C.1.8.1)",
            )
    _require(
        ctx,
        inv,
        f"h:id[@root='{c.OID_WORLDWIDE_ID}']",
        "C.1.8.1",
        "worldwide unique case identification",
        "extension",
    )
    report_type = _require(
        ctx,
        inv,
        _CHARACTERISTIC + _obs(c.CHARACTERISTIC_REPORT_TYPE, c.CL_INVESTIGATION_CHARACTERISTIC) + "/h:value",
        "C.1.3",
        "type of report",
        "code",
    )
    _coded(ctx, report_type, "C.1.3", c.CL_REPORT_TYPE, c.REPORT_TYPES)
    study_type = _first(inv, _ROLE + "/h:subjectOf1/h:researchStudy/h:code")
    if report_type is not None and report_type.get("code") == "2" and not _has_value(study_type, "code"):
        ctx.add(
            "MANDATORY",
            "C.5.4",
            report_type,
            "C.5.4 study type is required when C.1.3 is 2 (report from study; a PSP is 3 = other studies)",
        )
    _coded(ctx, study_type, "C.5.4", c.CL_STUDY_TYPE, c.STUDY_TYPES)
    c14 = _require(ctx, inv, "h:effectiveTime/h:low", "C.1.4", "date report was first received", "value")
    c15 = _require(ctx, inv, "h:availabilityTime", "C.1.5", "date of most recent information", "value")
    _precision(ctx, c14, "C.1.4", "day")
    _precision(ctx, c15, "C.1.5", "day")
    if _later(c14, c15):
        ctx.add(
            "DATE-ORDER",
            "C.1.4",
            c14,
            f"C.1.4 ({_v(c14)}) is after C.1.5 ({_v(c15)}); "
            "the first receipt cannot be later than the most recent information",
        )
    if _later(c15, c12):
        ctx.add(
            "DATE-ORDER",
            "C.1.5",
            c15,
            f"C.1.5 ({_v(c15)}) is after C.1.2 date of creation "
            f"({_v(c12)}); the report cannot hold information newer than itself",
        )
    _require(
        ctx,
        inv,
        "h:component/h:observationEvent" + _obs(c.OBS_ADDITIONAL_DOCUMENTS) + "/h:value",
        "C.1.6.1",
        "are additional documents available",
        "value",
    )
    _require(
        ctx,
        inv,
        "h:component/h:observationEvent" + _obs(c.OBS_EXPEDITED) + "/h:value",
        "C.1.7",
        "fulfils local criteria for an expedited report",
        "value",
    )
    other_ids = _require(
        ctx,
        inv,
        _CHARACTERISTIC
        + _obs(c.CHARACTERISTIC_OTHER_CASE_IDS, c.CL_INVESTIGATION_CHARACTERISTIC)
        + "/h:value",
        "C.1.9.1",
        "other case identifiers in previous transmissions (true or a nullFlavor)",
        "value",
    )
    if other_ids is not None and other_ids.get("value") == "false":
        ctx.add(
            "CODE-LIST", "C.1.9.1", other_ids, "C.1.9.1 must be true or a nullFlavor; false is not allowed"
        )
    nullification = _first(
        inv,
        _CHARACTERISTIC
        + _obs(c.CHARACTERISTIC_NULLIFICATION, c.CL_INVESTIGATION_CHARACTERISTIC)
        + "/h:value",
    )
    _coded(ctx, nullification, "C.1.11.1", c.CL_NULLIFICATION, c.NULLIFICATION)
    if nullification is not None and not _first(
        inv, _CHARACTERISTIC + _obs(c.CHARACTERISTIC_NULLIFICATION_REASON, c.CL_INVESTIGATION_CHARACTERISTIC)
    ):
        ctx.add("MANDATORY", "C.1.11.2", nullification, "C.1.11.2 reason is required when C.1.11.1 is given")
    first_sender = _require(
        ctx,
        inv,
        "h:outboundRelationship/h:relatedInvestigation"
        + _obs(c.RELATED_FIRST_SENDER, c.CL_RELATED_INVESTIGATION)
        + "/h:subjectOf2/h:controlActEvent/h:author/h:assignedEntity/h:code",
        "C.1.8.2",
        "first sender of this case",
        "code",
    )
    _coded(ctx, first_sender, "C.1.8.2", c.CL_FIRST_SENDER, {"1": "regulator", "2": "other"})
    _primary_sources(ctx, inv)
    sender = _first(inv, "h:subjectOf1/h:controlActEvent/h:author/h:assignedEntity")
    if sender is None:
        ctx.add("MANDATORY", "C.3", inv, "C.3 information on sender of case safety report is required")
    else:
        sender_type = _require(ctx, sender, "h:code", "C.3.1", "sender type", "code")
        _coded(ctx, sender_type, "C.3.1", c.CL_SENDER_TYPE, c.SENDER_TYPES)
        _require(
            ctx,
            sender,
            "h:representedOrganization/h:assignedEntity/h:representedOrganization/h:name",
            "C.3.2",
            "sender's organisation",
        )
    _require(ctx, inv, "h:text", "H.1", "case narrative")
    role = _first(inv, _ROLE)
    if role is None:
        ctx.add("MANDATORY", "D", inv, "D patient characteristics are required")
        return
    _require(ctx, role, "h:player1/h:name", "D.1", "patient (name or initials, or a nullFlavor)")
    sex = _first(role, "h:player1/h:administrativeGenderCode")
    if sex is not None and not sex.get("nullFlavor"):
        if sex.get("codeSystem") != c.OID_ISO_5218:
            ctx.add("OID", "D.5", sex, f"D.5 codeSystem must be {c.OID_ISO_5218} (ISO 5218)")
        elif sex.get("code") not in c.SEX:
            ctx.add(
                "CODE-LIST", "D.5", sex, f"D.5 sex must be one of {sorted(c.SEX)}, found {sex.get('code')!r}"
            )
    age_group = _first(role, "h:subjectOf2/h:observation" + _obs(c.OBS_AGE_GROUP) + "/h:value")
    _coded(ctx, age_group, "D.2.3", c.CL_AGE_GROUP, c.AGE_GROUPS)
    birth = _ts(_first(role, "h:player1/h:birthTime"))
    reactions = _x(role, _REACTIONS)
    if not reactions:
        ctx.add("MANDATORY", "E.i", role, "at least one reaction / event (E.i) is required")
    reaction_ids = _ids(ctx, reactions, "E.i")
    for reaction in reactions:
        _reaction(ctx, reaction, birth)
    drugs = _x(role, _DRUGS)
    if not drugs:
        ctx.add("MANDATORY", "G.k", role, "at least one drug (G.k) is required")
    drug_ids = _ids(ctx, drugs, "G.k")
    for drug in drugs:
        _require(ctx, drug, _PRODUCT + "/h:name", "G.k.2.2", "medicinal product name as reported")
        for code_node in _x(
            drug, "h:outboundRelationship2/h:observation" + _obs(c.OBS_CODED_DRUG_INFO) + "/h:value"
        ):
            _coded(ctx, code_node, "G.k.10.r", c.CL_ADDITIONAL_DRUG_INFO, c.ADDITIONAL_DRUG_INFO)
        action = _first(drug, "h:inboundRelationship[@typeCode='CAUS']/h:act/h:code")
        _coded(ctx, action, "G.k.8", c.CL_ACTION_TAKEN, c.ACTIONS_TAKEN)
    _references(ctx, inv, reaction_ids, drug_ids)
    versions = {
        node.get("codeSystemVersion"): node
        for node in _x(inv, f".//*[@codeSystem='{c.OID_MEDDRA}'][@code][@codeSystemVersion != '']")
    }
    if len(versions) > 1:
        ctx.add(
            "CONSISTENCY",
            "E.i.2.1a",
            list(versions.values())[-1],
            f"only one MedDRA version is allowed per ICSR; found {', '.join(sorted(versions))}",
        )


_REGIONAL_ARC = "2.16.840.1.113883.3.989.5."


def _coded(ctx: _Ctx, node: Any | None, element: str, system: str, allowed: dict[str, str]) -> None:
    if node is None or node.get("nullFlavor"):
        return
    if (node.get("codeSystem") or "").startswith(_REGIONAL_ARC):
        return  # a regional code list (FDA.G.k.1.a, FDA.G.k.10a ...): the regional profile's business
    if node.get("codeSystem") != system:
        ctx.add(
            "OID", element, node, f"{element} codeSystem must be {system}, found {node.get('codeSystem')!r}"
        )
    elif node.get("code") not in allowed:
        ctx.add(
            "CODE-LIST",
            element,
            node,
            f"{element} code {node.get('code')!r} is not in its code list; valid: {', '.join(allowed)}",
        )


def _ids(ctx: _Ctx, nodes: list[Any], element: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for node in nodes:
        ident = _first(node, "h:id")
        if ident is None or not ident.get("root"):
            continue
        key = f"{ident.get('root')}|{ident.get('extension') or ''}"
        if key in found:
            ctx.add(
                "REFERENCE",
                element,
                ident,
                f"{element} id {ident.get('root')} is used twice; references to it are ambiguous",
            )
        found[key] = node
    return found


def _primary_sources(ctx: _Ctx, inv: Any) -> None:
    sources = _x(inv, _SOURCES)
    if not sources:
        ctx.add("MANDATORY", "C.2.r", inv, "at least one primary source (C.2.r) is required")
        return
    for source in sources:
        qualification = _first(source, "h:assignedPerson/h:asQualifiedEntity/h:code")
        if not _has_value(qualification, "code"):
            ctx.add(
                "MANDATORY",
                "C.2.r.4",
                source,
                "C.2.r.4 qualification is required for every primary "
                "source (nullFlavor UNK when it is not known)",
            )
        _coded(ctx, qualification, "C.2.r.4", c.CL_QUALIFICATION, c.QUALIFICATIONS)
        country = _first(source, "h:assignedPerson/h:asLocatedEntity/h:location/h:code")
        _country(ctx, country, "C.2.r.3")
    regulatory = [s for s in sources if _first(s, "../../../../../h:priorityNumber[@value='1']") is not None]
    if not regulatory:
        ctx.add(
            "MANDATORY",
            "C.2.r.5",
            sources[0],
            "one primary source must be flagged as primary source for regulatory purposes (C.2.r.5 = 1)",
        )
    for source in regulatory:
        country = _first(source, "h:assignedPerson/h:asLocatedEntity/h:location/h:code")
        if not _has_value(country, "code"):
            ctx.add(
                "MANDATORY",
                "C.2.r.3",
                source,
                "C.2.r.3 reporter's country is required for the primary source for regulatory purposes",
            )


_SERIOUSNESS_ELEMENT = {code: element for element, code in c.SERIOUSNESS_CRITERIA.values()}


def _reaction(ctx: _Ctx, reaction: Any, birth: datetime | None) -> None:
    value = _first(reaction, "h:value")
    verbatim = _first(reaction, "h:value/h:originalText")
    code = value.get("code") if value is not None else None
    if value is None or not code:
        term = "".join(verbatim.itertext()).strip() if verbatim is not None else "(no verbatim)"
        ctx.add(
            "MEDDRA-REQUIRED",
            "E.i.2.1b",
            value if value is not None else reaction,
            f"reaction {term!r} has no MedDRA code: MedDRA coding (E.i.2.1a version, E.i.2.1b LLT) is "
            "required before submission; load a licensee's MedDRA and export again",
        )
    else:
        if value.get("codeSystem") != c.OID_MEDDRA:
            ctx.add("OID", "E.i.2.1b", value, f"E.i.2.1b codeSystem must be MedDRA {c.OID_MEDDRA}")
        elif not re.fullmatch(r"\d{8}", code):
            ctx.add("CODE-LIST", "E.i.2.1b", value, f"E.i.2.1b {code!r} is not a MedDRA LLT code (8 digits)")
        if not re.fullmatch(r"\d{1,2}\.\d", value.get("codeSystemVersion") or ""):
            ctx.add(
                "MANDATORY", "E.i.2.1a", value, "E.i.2.1a MedDRA version (e.g. 27.0) is required with a code"
            )
    criteria: dict[str, bool] = {}
    for element, obs_code in c.SERIOUSNESS_CRITERIA.values():
        node = _first(reaction, "h:outboundRelationship2/h:observation" + _obs(obs_code) + "/h:value")
        if node is None:
            ctx.add(
                "MANDATORY",
                element,
                reaction,
                f"{element} seriousness criterion is required "
                "(value true, or nullFlavor NI when it does not apply)",
            )
            continue
        if node.get("value") == "false":
            ctx.add(
                "SERIOUSNESS", element, node, f"{element} must be true or nullFlavor NI; false is not allowed"
            )
        elif not node.get("nullFlavor") and node.get("value") != "true":
            ctx.add("SERIOUSNESS", element, node, f"{element} must be true or nullFlavor NI")
        criteria[element] = node.get("value") == "true"
    serious = any(criteria.values())
    outcome = _first(reaction, "h:outboundRelationship2/h:observation" + _obs(c.OBS_OUTCOME) + "/h:value")
    if outcome is None:
        ctx.add("MANDATORY", "E.i.7", reaction, "E.i.7 outcome is required (0 = unknown)")
    _coded(ctx, outcome, "E.i.7", c.CL_OUTCOME, c.OUTCOMES)
    if verbatim is not None and "".join(verbatim.itertext()).strip() and not verbatim.get("language"):
        ctx.add(
            "MANDATORY",
            "E.i.1.1b",
            verbatim,
            "E.i.1.1b language (ISO 639-2, e.g. eng) is required with the verbatim term E.i.1.1a",
        )
    if outcome is not None and outcome.get("code") == "5" and not criteria.get("E.i.3.2a"):
        ctx.add(
            "SERIOUSNESS",
            "E.i.3.2a",
            outcome,
            "outcome E.i.7 is fatal (5) but E.i.3.2a results in death is not true",
        )
    if criteria.get("E.i.3.2a") and outcome is not None and outcome.get("code") in {"1", "2", "4"}:
        ctx.add(
            "SERIOUSNESS",
            "E.i.7",
            outcome,
            f"E.i.3.2a results in death is true but outcome E.i.7 is "
            f"{c.OUTCOMES.get(outcome.get('code') or '', '?')!r}",
        )
    highlighted = _first(
        reaction, "h:outboundRelationship2/h:observation" + _obs(c.OBS_TERM_HIGHLIGHTED) + "/h:value"
    )
    _coded(ctx, highlighted, "E.i.3.1", c.CL_TERM_HIGHLIGHTED, c.TERM_HIGHLIGHTED)
    if highlighted is not None and highlighted.get("code") in c.TERM_HIGHLIGHTED:
        says_serious = highlighted.get("code") in {"3", "4"}
        if says_serious != serious:
            ctx.add(
                "SERIOUSNESS",
                "E.i.3.1",
                highlighted,
                f"E.i.3.1 says the term is {'serious' if says_serious else 'not serious'} but the "
                f"E.i.3.2 criteria say {'serious' if serious else 'not serious'}",
            )
    start_node = _first(reaction, "h:effectiveTime/h:low | h:effectiveTime/h:comp/h:low")
    end_node = _first(reaction, "h:effectiveTime/h:high | h:effectiveTime/h:comp/h:high")
    start = _ts(start_node)
    if _later(start_node, end_node):
        ctx.add(
            "DATE-ORDER",
            "E.i.5",
            end_node,
            f"E.i.5 end ({_v(end_node)}) is before E.i.4 start ({_v(start_node)})",
        )
    if birth and start and start.date() < birth.date():
        ctx.add(
            "DATE-ORDER",
            "E.i.4",
            start_node,
            f"E.i.4 start ({_v(start_node)}) is before the "
            "patient's birth date D.2.1; only possible for a reaction seen in the foetus",
            severity="warning",
        )
    country = _first(reaction, "h:location/h:locatedEntity/h:locatedPlace/h:code")
    _country(ctx, country, "E.i.9")


def _country(ctx: _Ctx, node: Any | None, element: str) -> None:
    if node is None or node.get("nullFlavor"):
        return
    if node.get("codeSystem") != c.OID_ISO_3166:
        ctx.add("OID", element, node, f"{element} codeSystem must be {c.OID_ISO_3166} (ISO 3166-1)")
    elif not re.fullmatch(r"[A-Z]{2}|EU", node.get("code") or ""):
        ctx.add(
            "CODE-LIST", element, node, f"{element} {node.get('code')!r} is not an ISO 3166-1 alpha-2 code"
        )


def _references(ctx: _Ctx, inv: Any, reaction_ids: dict[str, Any], drug_ids: dict[str, Any]) -> None:
    def key(node: Any) -> str:
        return f"{node.get('root')}|{node.get('extension') or ''}"

    with_role: set[str] = set()
    roles = _x(inv, _AEA + "/h:component/h:causalityAssessment" + _obs(c.OBS_DRUG_ROLE))
    for role in roles:
        value = _first(role, "h:value")
        if not _has_value(value, "code"):
            ctx.add("MANDATORY", "G.k.1", role, "G.k.1 characterisation of drug role is required")
        _coded(ctx, value, "G.k.1", c.CL_DRUG_ROLE, c.DRUG_ROLES)
        ref = _first(role, "h:subject2/h:productUseReference/h:id")
        if ref is None or key(ref) not in drug_ids:
            ctx.add(
                "REFERENCE",
                "G.k.1",
                ref if ref is not None else role,
                f"G.k.1 refers to drug id {ref.get('root') if ref is not None else None!r}, which no G.k has",
            )
        else:
            with_role.add(key(ref))
    role_codes = [
        v.get("code")
        for v in _x(
            inv,
            _AEA
            + "/h:component/h:causalityAssessment"
            + _obs(c.OBS_DRUG_ROLE)
            + f"/h:value[@codeSystem='{c.CL_DRUG_ROLE}']",
        )
    ]
    if drug_ids and not {"1", "3", "4"} & set(role_codes):
        ctx.add(
            "MANDATORY",
            "G.k.1",
            inv,
            "each ICSR needs at least one drug that is suspect (1), interacting (3) or not administered (4)",
        )
    for drug_key, drug in drug_ids.items():
        if drug_key not in with_role:
            ctx.add(
                "MANDATORY", "G.k.1", drug, "G.k.1 characterisation of drug role is required for every drug"
            )
    for assessment in _x(inv, _AEA + "/h:component/h:causalityAssessment" + _obs(c.OBS_CAUSALITY)):
        ref = _first(assessment, "h:subject1/h:adverseEffectReference/h:id")
        if ref is None or key(ref) not in reaction_ids:
            ctx.add(
                "REFERENCE",
                "G.k.9.i.1",
                ref if ref is not None else assessment,
                f"G.k.9.i.1 refers to reaction id {ref.get('root') if ref is not None else None!r}, "
                "which no E.i has",
            )
        ref = _first(assessment, "h:subject2/h:productUseReference/h:id")
        if ref is None or key(ref) not in drug_ids:
            ctx.add(
                "REFERENCE",
                "G.k.9.i",
                ref if ref is not None else assessment,
                f"G.k.9.i assessment refers to drug id {ref.get('root') if ref is not None else None!r}, "
                "which no G.k has",
            )


# date-valued HL7 elements (TS / IVL_TS parts); the value attribute is checked on each
_DATE_TAGS = {
    "creationTime",
    "effectiveTime",
    "availabilityTime",
    "low",
    "high",
    "birthTime",
    "deceasedTime",
    "time",
    "center",
}


def _all_dates(ctx: _Ctx, root: Any) -> None:
    """Every date in the file must exist and not lie in the future (the clock is ``today``)."""
    limit = ctx.today + timedelta(days=1)  # a sender east of UTC may already be on tomorrow
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag.rsplit("}", 1)[-1] not in _DATE_TAGS:
            continue
        value = node.get("value")
        if value is None or node.get("unit") is not None:  # IVL_PQ low/high/center are quantities
            continue
        parsed = parse_hl7_ts(value)
        if parsed is None:
            ctx.add(
                "DATE-INVALID",
                None,
                node,
                f"{value!r} is not a real date in HL7 TS form CCYY[MM[DD[hhmmss]]]",
            )
        elif parsed[0].date() > limit:
            ctx.add(
                "DATE-FUTURE", None, node, f"date {value} is in the future (today is {ctx.today.isoformat()})"
            )


def _ich_oids(ctx: _Ctx, root: Any) -> None:
    """A codeSystem or id root on the ICH arcs must exist in the ICH OID list."""
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        for attr in ("codeSystem", "root"):
            value = node.get(attr)
            if not value:
                continue
            if value.startswith(c.ICH_CODE_LIST + ".") or value.startswith(c.ICH_ID + "."):
                if value not in c.ICH_OIDS:
                    ctx.add("OID", None, node, f"{attr} {value!r} is not an ICH code list or identifier OID")
            elif not re.fullmatch(r"[0-2](\.(0|[1-9]\d*))+|[0-9a-fA-F-]{36}", value):
                ctx.add("OID", None, node, f"{attr} {value!r} is neither an OID nor a UUID")


# ------------------------------------------------------------------------------------------ FDA


def _fda(ctx: _Ctx, root: Any, messages: list[Any]) -> None:
    receiver = _first(root, "h:receiver/h:device/h:id")
    batch_receiver = receiver.get("extension") if receiver is not None else None
    batch_sender_node = _first(root, "h:sender/h:device/h:id")
    batch_sender = batch_sender_node.get("extension") if batch_sender_node is not None else None
    if batch_receiver not in (c.FDA_POSTMARKET_RECEIVER, c.FDA_PREMARKET_RECEIVER):
        ctx.add(
            "FDA-R0004",
            "N.1.4",
            receiver,
            f"N.1.4 must be {c.FDA_POSTMARKET_RECEIVER!r} (postmarket) or "
            f"{c.FDA_PREMARKET_RECEIVER!r} (premarket) for FDA, found {batch_receiver!r}",
        )
    for message in messages:
        msg_receiver = _first(message, "h:receiver/h:device/h:id")
        value = msg_receiver.get("extension") if msg_receiver is not None else None
        if batch_receiver == c.FDA_POSTMARKET_RECEIVER and value != "CDER":
            ctx.add(
                "FDA-R0006", "N.2.r.3", msg_receiver, f'N.1.4 = "ZZFDA" but N.2.r.3 is {value!r}, not "CDER"'
            )
        if batch_receiver == c.FDA_PREMARKET_RECEIVER and value not in c.FDA_PREMARKET_MESSAGE_RECEIVERS:
            ctx.add(
                "FDA-R0007",
                "N.2.r.3",
                msg_receiver,
                f'N.1.4 = "ZZFDA_PREMKT" but N.2.r.3 is {value!r}, not '
                f"one of {sorted(c.FDA_PREMARKET_MESSAGE_RECEIVERS)}",
            )
        msg_sender = _first(message, "h:sender/h:device/h:id")
        if msg_sender is not None and msg_sender.get("extension") != batch_sender:
            ctx.add(
                "FDA-R0100",
                "N.2.r.2",
                msg_sender,
                f"N.2.r.2 {msg_sender.get('extension')!r} does not match N.1.3 {batch_sender!r}",
            )
        inv = _first(message, _INV)
        if inv is None:
            continue
        expedited = _first(inv, "h:component/h:observationEvent" + _obs(c.OBS_EXPEDITED) + "/h:value")
        amended = _first(
            inv, _CHARACTERISTIC + _obs(c.CHARACTERISTIC_NULLIFICATION, c.CL_INVESTIGATION_CHARACTERISTIC)
        )
        if expedited is not None and expedited.get("nullFlavor") == "NI" and amended is None:
            ctx.add("FDA-R0011", "C.1.7", expedited, "nullFlavor 'NI' used for C.1.7 in an initial report")
        local = _first(
            inv, "h:component/h:observationEvent" + _obs(c.FDA_LOCAL_REPORT_TYPE_CODE, c.OID_NCI) + "/h:value"
        )
        combo = _first(
            inv,
            "h:component/h:observationEvent" + _obs(c.FDA_COMBINATION_PRODUCT_CODE, c.OID_NCI) + "/h:value",
        )
        if batch_receiver == c.FDA_POSTMARKET_RECEIVER:
            if combo is None:
                ctx.add(
                    "MANDATORY",
                    "FDA.C.1.12",
                    inv,
                    "FDA.C.1.12 combination product report indicator is required for postmarket reports",
                )
            if local is None:
                ctx.add("MANDATORY", "FDA.C.1.7.1", inv, "FDA.C.1.7.1 local criteria report type is required")
            elif expedited is not None and not expedited.get("nullFlavor"):
                is_combo = combo is not None and combo.get("value") == "true"
                is_expedited = expedited.get("value") == "true"
                allowed, rule = {
                    (True, True): ({"1", "4"}, "FDA-R0012"),
                    (True, False): ({"2", "5"}, "FDA-R0013"),
                    (False, True): ({"1"}, "FDA-R0014"),
                    (False, False): ({"2"}, "FDA-R0015"),
                }[(is_combo, is_expedited)]
                if local.get("code") not in allowed:
                    ctx.add(
                        rule,
                        "FDA.C.1.7.1",
                        local,
                        f"FDA.C.1.7.1 is {local.get('code')!r}; with C.1.7 = "
                        f"{str(is_expedited).lower()} and FDA.C.1.12 = {str(is_combo).lower()} it must be "
                        f"{' or '.join(sorted(allowed))}",
                    )
        first_role = _first(
            inv, _AEA + "/h:component/h:causalityAssessment" + _obs(c.OBS_DRUG_ROLE) + "/h:value"
        )
        if first_role is not None and first_role.get("code") not in {"1", "3", "4"}:
            ctx.add(
                "FDA-W0005",
                "G.k.1",
                first_role,
                "the first product reported should be suspect (1), interacting (3) or not administered (4)",
                severity="warning",
            )


# ------------------------------------------------------------------------------------------ R2

_R2_FLAGS = (
    "seriousnessdeath",
    "seriousnesslifethreatening",
    "seriousnesshospitalization",
    "seriousnessdisabling",
    "seriousnesscongenitalanomali",
    "seriousnessother",
)
_R2_DATE_FORMATS = {"102": 8, "204": 14, "610": 6, "602": 4, "203": 12}


def check_r2(tree: Any, *, today: date | None = None, profile: str = "ich") -> list[Problem]:
    """Business-rule problems in an R2 ``ichicsr`` file (``tree`` already parsed, ideally DTD-valid)."""
    ctx = _Ctx(today or datetime.now(UTC).date())
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    limit = ctx.today + timedelta(days=1)
    for node in root.iter():
        if not isinstance(node.tag, str) or not node.tag.endswith("format"):
            continue
        date_node = node.getnext()
        fmt = (node.text or "").strip()
        if date_node is None or date_node.tag != node.tag[: -len("format")]:
            continue
        text = (date_node.text or "").strip()
        if fmt not in _R2_DATE_FORMATS:
            ctx.add(
                "CODE-LIST", node.tag, node, f"date format {fmt!r} is not one of {sorted(_R2_DATE_FORMATS)}"
            )
            continue
        parsed = parse_hl7_ts(text) if len(text) == _R2_DATE_FORMATS[fmt] else None
        if parsed is None:
            ctx.add("DATE-INVALID", date_node.tag, date_node, f"{text!r} is not a real date in format {fmt}")
        elif parsed[0].date() > limit:
            ctx.add("DATE-FUTURE", date_node.tag, date_node, f"{text} is in the future")
    for report in root.iter("safetyreport"):
        for tag, element in (
            ("safetyreportid", "A.1.0.1"),
            ("receivedate", "A.1.6"),
            ("receiptdate", "A.1.7"),
            ("reporttype", "A.1.4"),
            ("serious", "A.1.5.1"),
        ):
            node = report.find(tag)
            if node is None or not (node.text or "").strip():
                ctx.add("MANDATORY", element, report, f"{element} {tag} is required")
        received, receipt = report.findtext("receivedate"), report.findtext("receiptdate")
        if received and receipt and received.strip() > receipt.strip():
            ctx.add(
                "DATE-ORDER",
                "A.1.6",
                report.find("receivedate"),
                "A.1.6 receivedate is after A.1.7 receiptdate (most recent information)",
            )
        serious = (report.findtext("serious") or "").strip()
        flags = [(report.findtext(flag) or "").strip() for flag in _R2_FLAGS]
        if serious == "1" and "1" not in flags:
            ctx.add("SERIOUSNESS", "A.1.5.2", report, "serious = 1 but no A.1.5.2 seriousness criterion is 1")
        if serious == "2" and "1" in flags:
            ctx.add("SERIOUSNESS", "A.1.5.2", report, "serious = 2 but an A.1.5.2 seriousness criterion is 1")
        if report.find("primarysource") is None:
            ctx.add("MANDATORY", "A.2", report, "at least one primary source is required")
        for patient in report.iter("patient"):
            reactions = patient.findall("reaction")
            if not reactions:
                ctx.add("MANDATORY", "B.2.i", patient, "at least one reaction is required")
            for reaction in reactions:
                coded = reaction.findtext("reactionmeddrapt") or reaction.findtext("reactionmeddrallt") or ""
                if not coded.strip():
                    term = reaction.findtext("primarysourcereaction") or ""
                    ctx.add(
                        "MEDDRA-REQUIRED",
                        "B.2.i.1",
                        reaction,
                        f"reaction {term!r} has no MedDRA term: "
                        "MedDRA coding is required before submission; load a licensee's MedDRA",
                    )
            drugs = patient.findall("drug")
            if not drugs:
                ctx.add("MANDATORY", "B.4.k", patient, "at least one drug is required")
            for drug in drugs:
                role = (drug.findtext("drugcharacterization") or "").strip()
                if role not in {"1", "2", "3"}:
                    ctx.add(
                        "CODE-LIST" if role else "MANDATORY",
                        "B.4.k.1",
                        drug,
                        f"drugcharacterization must be 1, 2 or 3, found {role!r}",
                    )
                if not (drug.findtext("medicinalproduct") or "").strip():
                    ctx.add("MANDATORY", "B.4.k.2.1", drug, "B.4.k.2.1 medicinalproduct is required")
    return ctx.problems
