"""ICH E2B(R3) OIDs and code lists, as named constants (one place, no magic strings).

Numbers follow the ICH E2B(R3) Implementation Guide and its OID list; the FDA
regional OIDs follow the FDA "E2B(R3) Core and Regional Data Elements" workbook
(copied in ``e2b/r3/business-rules/``).
"""

from __future__ import annotations

from typing import Final

HL7_NS: Final = "urn:hl7-org:v3"
XSI_NS: Final = "http://www.w3.org/2001/XMLSchema-instance"
NS: Final = {"h": HL7_NS, "xsi": XSI_NS}

# ---- ICH OID arcs -----------------------------------------------------------------------
ICH_CODE_LIST: Final = "2.16.840.1.113883.3.989.2.1.1"  # + ".N": ICH code list N
ICH_ID: Final = "2.16.840.1.113883.3.989.2.1.3"  # + ".N": ICH identifier roots


def code_list(number: int) -> str:
    """OID of ICH code list ``number``."""
    return f"{ICH_CODE_LIST}.{number}"


def id_root(number: int) -> str:
    """OID of ICH identifier root ``number``."""
    return f"{ICH_ID}.{number}"


# identifier roots (II/@root)
OID_BATCH_ID: Final = id_root(22)  # N.1.2
OID_BATCH_SENDER: Final = id_root(13)  # N.1.3
OID_BATCH_RECEIVER: Final = id_root(14)  # N.1.4
OID_MESSAGE_ID: Final = id_root(1)  # N.2.r.1 (same root as C.1.1 in the IG)
OID_MESSAGE_SENDER: Final = id_root(11)  # N.2.r.2
OID_MESSAGE_RECEIVER: Final = id_root(12)  # N.2.r.3
OID_CASE_ID: Final = id_root(1)  # C.1.1
OID_WORLDWIDE_ID: Final = id_root(2)  # C.1.8.1
OID_OTHER_CASE_ID: Final = id_root(3)  # C.1.9.1.r.2
OID_LINKED_REPORT: Final = id_root(4)  # C.1.10.r (also G.k.3.1 authorisation number)
OID_SPONSOR_STUDY_NUMBER: Final = id_root(5)  # C.5.3
OID_STUDY_REGISTRATION: Final = id_root(6)  # C.5.1.r.1

# HL7 / external code systems
OID_INTERACTION_ID: Final = "2.16.840.1.113883.1.6"
OID_TRIGGER_EVENT: Final = "2.16.840.1.113883.1.18"
OID_ACT_CODE: Final = "2.16.840.1.113883.5.4"  # PAT_ADV_EVNT
OID_MEDDRA: Final = "2.16.840.1.113883.6.163"
OID_ISO_3166: Final = "1.0.3166.1.2.2"
OID_ISO_5218: Final = "1.0.5218"  # sex
OID_ISO_639_2: Final = "2.16.840.1.113883.6.100"  # language (E.i.1.1b)
OID_UCUM: Final = "2.16.840.1.113883.6.8"

# ICH code lists used by pvflag
CL_BATCH_TYPE: Final = code_list(1)  # N.1.1: 1 = ichicsr
CL_REPORT_TYPE: Final = code_list(2)  # C.1.3
CL_FIRST_SENDER: Final = code_list(3)  # C.1.8.2
CL_NULLIFICATION: Final = code_list(5)  # C.1.11.1
CL_QUALIFICATION: Final = code_list(6)  # C.2.r.4
CL_SENDER_TYPE: Final = code_list(7)  # C.3.1
CL_STUDY_TYPE: Final = code_list(8)  # C.5.4
CL_AGE_GROUP: Final = code_list(9)  # D.2.3
CL_TERM_HIGHLIGHTED: Final = code_list(10)  # E.i.3.1
CL_OUTCOME: Final = code_list(11)  # E.i.7
CL_DRUG_ROLE: Final = code_list(13)  # G.k.1
CL_ACTION_TAKEN: Final = code_list(15)  # G.k.8
CL_ADDITIONAL_DRUG_INFO: Final = code_list(17)  # G.k.10.r
CL_OBSERVATION: Final = code_list(19)  # observation codes
CL_ORGANIZER: Final = code_list(20)  # organizer categories
CL_AUTHOR_ROLE: Final = code_list(21)  # comment authors (H.2 / H.4)
CL_RELATED_INVESTIGATION: Final = code_list(22)  # C.1.8.2 / C.2.r
CL_INVESTIGATION_CHARACTERISTIC: Final = code_list(23)  # C.1.3 / C.1.9.1 / C.1.11
CL_DOCUMENT_TYPE: Final = code_list(27)

ICH_OIDS: Final = frozenset([code_list(n) for n in range(1, 31)] + [id_root(n) for n in range(1, 30)])

# ---- closed vocabularies (code -> meaning) ------------------------------------------------
REPORT_TYPES: Final = {
    "1": "Spontaneous report",
    "2": "Report from study",
    "3": "Other",
    "4": "Not available to sender (unknown)",
}
# A PSP report is solicited: ICH E2D / GVP VI treat it as a report from a study of
# type "other studies" (C.1.3 = 2, C.5.4 = 3).
PSP_REPORT_TYPE: Final = "2"
PSP_STUDY_TYPE: Final = "3"
STUDY_TYPES: Final = {"1": "Clinical trials", "2": "Individual patient use", "3": "Other studies"}
QUALIFICATIONS: Final = {
    "1": "Physician",
    "2": "Pharmacist",
    "3": "Other health professional",
    "4": "Lawyer",
    "5": "Consumer or other non health professional",
}
SENDER_TYPES: Final = {
    "1": "Pharmaceutical company",
    "2": "Regulatory authority",
    "3": "Health professional",
    "4": "Regional pharmacovigilance centre",
    "5": "WHO collaborating centre for international drug monitoring",
    "6": "Other",
    "7": "Patient / consumer",
}
NULLIFICATION: Final = {"1": "Nullification", "2": "Amendment"}
SEX: Final = {"1": "Male", "2": "Female"}
OUTCOMES: Final = {
    "0": "unknown",
    "1": "recovered/resolved",
    "2": "recovering/resolving",
    "3": "not recovered/not resolved/ongoing",
    "4": "recovered/resolved with sequelae",
    "5": "fatal",
}
DRUG_ROLES: Final = {"1": "Suspect", "2": "Concomitant", "3": "Interacting", "4": "Drug not administered"}
ACTIONS_TAKEN: Final = {
    "1": "Drug withdrawn",
    "2": "Dose reduced",
    "3": "Dose increased",
    "4": "Dose not changed",
    "0": "Unknown",
    "9": "Not applicable",
}
ADDITIONAL_DRUG_INFO: Final = {
    "1": "Counterfeit",
    "2": "Overdose",
    "3": "Drug taken by the father",
    "4": "Drug taken beyond expiry date",
    "5": "Batch and lot tested and found within specifications",
    "6": "Batch and lot tested and found not within specifications",
    "7": "Medication error",
    "8": "Misuse",
    "9": "Abuse",
    "10": "Occupational exposure",
    "11": "Off label use",
}
AGE_GROUPS: Final = {
    "0": "Foetus",
    "1": "Neonate",
    "2": "Infant",
    "3": "Child",
    "4": "Adolescent",
    "5": "Adult",
    "6": "Elderly",
}
CL_RECORD_SOURCE: Final = code_list(4)  # D.1.1.x source of the record number
OID_INVESTIGATION_NUMBER: Final = id_root(10)  # D.1.1.4
AGE_UNITS: Final = {"a": "year", "mo": "month", "wk": "week", "d": "day", "h": "hour", "10.a": "decade"}
TERM_HIGHLIGHTED: Final = {
    "1": "Yes, highlighted by the reporter, NOT serious",
    "2": "No, not highlighted by the reporter, NOT serious",
    "3": "Yes, highlighted by the reporter, SERIOUS",
    "4": "No, not highlighted by the reporter, SERIOUS",
}

# ---- observation codes (code list 19) ----------------------------------------------------
OBS_ADDITIONAL_DOCUMENTS: Final = "1"  # C.1.6.1
OBS_ADDITIONAL_INFO: Final = "2"  # G.k.11
OBS_AGE: Final = "3"  # D.2.2
OBS_AGE_GROUP: Final = "4"  # D.2.3
OBS_BODY_WEIGHT: Final = "7"  # D.3
OBS_CODED_DRUG_INFO: Final = "9"  # G.k.10.r
OBS_COMMENT: Final = "10"  # H.2 / H.4
OBS_CONGENITAL: Final = "12"  # E.i.3.2e
OBS_GESTATION: Final = "16"  # G.k.6 / D.2.2.1
OBS_HEIGHT: Final = "17"  # D.4
OBS_HISTORY_TEXT: Final = "18"  # D.7.2
OBS_INDICATION: Final = "19"  # G.k.7.r
OBS_DRUG_ROLE: Final = "20"  # G.k.1
OBS_LIFE_THREATENING: Final = "21"  # E.i.3.2b
OBS_EXPEDITED: Final = "23"  # C.1.7
OBS_OTHER_MEDICALLY_IMPORTANT: Final = "26"  # E.i.3.2f
OBS_OUTCOME: Final = "27"  # E.i.7
OBS_REACTION: Final = "29"  # E.i
OBS_REACTION_TRANSLATION: Final = "30"  # E.i.1.2
OBS_HOSPITALISATION: Final = "33"  # E.i.3.2c
OBS_DEATH: Final = "34"  # E.i.3.2a
OBS_DISABILITY: Final = "35"  # E.i.3.2d
OBS_TERM_HIGHLIGHTED: Final = "37"  # E.i.3.1
OBS_CAUSALITY: Final = "39"  # G.k.9.i.2.r

# pvflag's seriousness vocabulary -> (E2B element, observation code), in E.i.3.2a-f order
SERIOUSNESS_CRITERIA: Final = {
    "death": ("E.i.3.2a", OBS_DEATH),
    "life_threatening": ("E.i.3.2b", OBS_LIFE_THREATENING),
    "hospitalization": ("E.i.3.2c", OBS_HOSPITALISATION),
    "disability": ("E.i.3.2d", OBS_DISABILITY),
    "congenital_anomaly": ("E.i.3.2e", OBS_CONGENITAL),
    "other_medically_important": ("E.i.3.2f", OBS_OTHER_MEDICALLY_IMPORTANT),
}
SERIOUSNESS_BY_CODE: Final = {code: name for name, (_, code) in SERIOUSNESS_CRITERIA.items()}

ORGANIZER_MEDICAL_HISTORY: Final = "1"
ORGANIZER_DRUG_HISTORY: Final = "2"
ORGANIZER_DRUG_INFORMATION: Final = "4"
AUTHOR_SENDER: Final = "1"
AUTHOR_REPORTER: Final = "3"
RELATED_FIRST_SENDER: Final = "1"
RELATED_SOURCE_REPORT: Final = "2"
CHARACTERISTIC_REPORT_TYPE: Final = "1"
CHARACTERISTIC_OTHER_CASE_IDS: Final = "2"
CHARACTERISTIC_NULLIFICATION: Final = "3"
CHARACTERISTIC_NULLIFICATION_REASON: Final = "4"

# ---- FDA regional ---------------------------------------------------------------------------
OID_NCI: Final = "2.16.840.1.113883.3.26.1.1"
FDA_LOCAL_REPORT_TYPE_CODE: Final = "C54588"  # FDA.C.1.7.1
FDA_COMBINATION_PRODUCT_CODE: Final = "C156384"  # FDA.C.1.12
CL_FDA_LOCAL_REPORT_TYPE: Final = "2.16.840.1.113883.3.989.5.1.2.2.1.1.1"
FDA_LOCAL_REPORT_TYPES: Final = {
    "1": "15-Day",
    "2": "Non-expedited",
    "3": "5-Day",
    "4": "30-Day",
    "5": "Malfunction 5-Day",
    "6": "7-Day",
}
FDA_POSTMARKET_RECEIVER: Final = "ZZFDA"
FDA_PREMARKET_RECEIVER: Final = "ZZFDA_PREMKT"
FDA_POSTMARKET_MESSAGE_RECEIVERS: Final = frozenset({"CDER", "CBER"})
FDA_PREMARKET_MESSAGE_RECEIVERS: Final = frozenset({"CDER_IND", "CBER_IND", "CDER_IND_EXEMPT_BA_BE"})

# ---- HL7 nullFlavors ------------------------------------------------------------------------
NULL_FLAVORS: Final = frozenset({"NI", "MSK", "UNK", "NA", "ASKU", "NASK", "NINF", "PINF", "OTH"})
