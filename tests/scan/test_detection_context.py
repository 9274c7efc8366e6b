"""Table-driven: text → expected events, assertions, special situations, seriousness.

The texts are written for these tests in the styles pvflag meets (CRM shorthand,
transcripts, SMS with emoji, Spanish, unpunctuated speech-to-text, HCP lab talk).
"""

from __future__ import annotations

import pytest

from pvflag.findings import AdverseEventFinding, SpecialSituationFinding


def events(result, assertion=None):
    return {
        (f.text, f.term) for f in result.findings
        if isinstance(f, AdverseEventFinding) and (assertion is None or f.assertion == assertion)
    }


def present_terms(result):
    return {term for _text, term in events(result, "present")}


def assertion_of(result, text):
    """Assertions of the event findings whose span covers ``text`` (spans may be a little wider)."""
    found = {f.assertion for f in result.findings if isinstance(f, AdverseEventFinding) and text in f.text}
    assert found, f"no event finding covering {text!r}; findings: {result.findings}"
    return found


def categories(result):
    return {f.category for f in result.findings if isinstance(f, SpecialSituationFinding) and f.assertion == "present"}


# text, terms that must be present
PRESENT_CASES = [
    ("Pt c/o HA & N/V x3d after 2nd Dupixent inj.", {"headache", "nausea", "vomiting"}),
    ("c/o N/V/D since C2", {"nausea", "vomiting", "diarrhea"}),
    ("I've been throwing up every morning since the dose went up", {"vomiting"}),
    ("this shot makes me so dizzy", {"dizziness"}),
    ("Pt reports SOB and a rash on her arms", {"dyspnea"}),
    ("Hola, tengo dolor de cabeza desde ayer", {"headache"}),
    ("omg so nauseous 🤢 since sat", {"nausea"}),
    ("my hair is falling out in clumps", {"alopecia"}),
    ("pt has been having diarhea for a week", {"diarrhea"}),
    ("Not really, maybe a tiny bit of pink at the injection site for an hour.", set()),
]


@pytest.mark.parametrize(("text", "terms"), PRESENT_CASES)
def test_present_events(scanner, text, terms):
    result = scanner.scan(text, id="t")
    assert terms <= present_terms(result), result.findings
    if terms:
        assert result.has_adverse_event and result.reportable


# text, event surface, expected assertion
ASSERTION_CASES = [
    ("Pt denies fever, chills, rash or itching.", "itching", "negated"),
    ("Pt denies fever, chills, rash or itching.", "fever", "negated"),
    ("Denies infections, HA, or ISRs.", "HA", "negated"),
    ("Advised to call HCP if she develops a fever.", "fever", "hypothetical"),
    ("Her husband has had a bad cough all week.", "cough", "other_person"),
    ("Reviewed common side effects incl nausea and constipation.", "constipation", "education"),
    ("Hx: Otezla d/c'd 2025 d/t diarrhea. Now on Skyrizi.", "diarrhea", "historical"),
    ("no nausea anymore, it went away after week 2", "nausea", "present"),
]


@pytest.mark.parametrize(("text", "surface", "assertion"), ASSERTION_CASES)
def test_assertions(scanner, text, surface, assertion):
    result = scanner.scan(text, id="t")
    assert assertion in assertion_of(result, surface)


def test_agent_question_is_not_a_report(scanner):
    text = "Agent: Any headaches or nausea since the last dose?\nPatient: No, nothing like that."
    result = scanner.scan(text, id="t")
    assert not result.has_adverse_event
    assert "present" not in assertion_of(result, "nausea")


def test_agent_question_answered_yes_is_present(scanner):
    text = "Agent: Any headaches since the last dose?\nPatient: Yes, most afternoons."
    result = scanner.scan(text, id="t")
    assert "headache" in present_terms(result)


def test_figurative_headache_is_not_an_event(scanner):
    result = scanner.scan("Pt says this prior auth is a headache and she is sick of waiting.", id="t")
    assert not result.has_adverse_event


def test_denied_list_is_not_reportable(scanner):
    result = scanner.scan("F/u call. Pt on Kesimpta x6 mo. Denies infections, HA, or ISRs.", id="t")
    assert not result.reportable


SPECIAL_CASES = [
    ("Pt reports + home pregnancy test, last Dupixent inj 2 wks ago.", "pregnancy"),
    ("Pt 3 mo postpartum and breastfeeding, restarting Humira.", "breastfeeding"),
    ("Pt accidentally injected 2 Aimovig pens the same morning.", "overdose"),
    ("Pt accidentally injected 2 Aimovig pens the same morning.", "medication_error"),
    ("Humira pen jammed, no click, med did not dispense.", "product_complaint"),
    ("Pt's husband stuck his finger w/ a used Cimzia needle while recapping.", "occupational_exposure"),
    ("Pt has been sharing her Ozempic pens with her sister.", "misuse_abuse"),
    ("Pt started clarithromycin while on Imbruvica; potential CYP3A interaction.", "drug_interaction"),
    ("Pt says Aimovig is not working anymore, migraines are back.", "lack_of_efficacy"),
    ("12 yo pt on Kesimpta (not approved <18).", "off_label"),
]


@pytest.mark.parametrize(("text", "category"), SPECIAL_CASES)
def test_special_situations(scanner, text, category):
    result = scanner.scan(text, id="t")
    assert category in categories(result), result.findings
    assert result.reportable


def test_card_not_working_is_not_lack_of_efficacy(scanner):
    result = scanner.scan("Pt says her copay card is not working at the pharmacy.", id="t")
    assert "lack_of_efficacy" not in categories(result)


def test_damaged_box_with_intact_product_is_not_a_complaint(scanner):
    result = scanner.scan("Shipping box arrived crushed; inner carton and syringe intact, ice packs cold.", id="t")
    assert "product_complaint" not in categories(result)


SERIOUS_CASES = [
    ("Pt admitted to hospital 02/26 w/ pneumonia, still inpatient.", "pneumonia", "hospitalization", True),
    ("Pt kept overnight for chest pain after the infusion.", "chest pain", "hospitalization", True),
    ("Went to the ER for a rash, observed 4h and sent home.", "rash", "hospitalization", False),
    ("Pt had a seizure at home, first ever.", "seizure", "other_medically_important", True),
]


@pytest.mark.parametrize(("text", "surface", "criterion", "expected"), SERIOUS_CASES)
def test_seriousness(scanner, text, surface, criterion, expected):
    result = scanner.scan(text, id="t")
    criteria = {c for f in result.findings if isinstance(f, AdverseEventFinding) and surface in f.text
                for c in f.seriousness}
    assert (criterion in criteria) is expected, result.findings


def test_death_is_an_event_and_serious(scanner):
    result = scanner.scan("Pt's wife called: pt passed away at home on 02/14, cause unknown.", id="t")
    assert result.serious and "death" in present_terms(result)


def test_event_is_linked_to_its_suspect_drug(scanner):
    result = scanner.scan("Pt on Verzenio + letrozole c/o diarrhea since C2.", id="t")
    ae = [f for f in result.findings if isinstance(f, AdverseEventFinding) and f.term == "diarrhea"]
    assert ae and ae[0].drug == "Verzenio"
    roles = {f.text: f.role for f in result.drugs}
    assert roles["Verzenio"] == "suspect"
    assert roles["letrozole"] == "concomitant"


def test_misspelt_and_misheard_drug_names_link_to_canonical(scanner):
    result = scanner.scan("been on humera 2 months and my stomach hurts", id="t")
    assert "adalimumab" in {d.term for d in result.drugs}


def test_drug_not_found_inside_ordinary_words(scanner):
    result = scanner.scan("The humidity and the summary of the mirror were fine.", id="t")
    assert result.drugs == ()


def test_evidence_names_rule_and_lexicon_version(scanner):
    result = scanner.scan("Pt c/o headache.", id="t")
    ae = result.adverse_events[0]
    assert ae.evidence is not None and ae.evidence.lexicon_version == result.lexicon_version
    assert ae.evidence.rule and ae.evidence.matched


def test_balanced_is_no_more_sensitive_than_high(scanner, balanced_scanner):
    text = "Possible rash after the shot? Having some side effects I think."
    high = scanner.scan(text, id="t")
    balanced = balanced_scanner.scan(text, id="t")
    present = lambda r: [f for f in r.findings if getattr(f, "assertion", None) == "present"]  # noqa: E731
    assert len(present(balanced)) <= len(present(high))
    assert high.reportable >= balanced.reportable


@pytest.mark.parametrize(("text", "disease", "reportable"), [
    ("Pt states RA is well controlled and she is back at work full time.", "RA", False),
    ("Her MS is stable, no new symptoms.", "MS", False),
    ("psoriasis in remission per derm", "psoriasis", False),
])
def test_disease_described_as_controlled_is_the_treated_one(scanner, text, disease, reportable):
    """A check-in about the treated disease is neither a new event nor lack of efficacy."""
    result = scanner.scan(text, id="c")
    assert assertion_of(result, disease) == {"indication"}
    assert result.reportable is reportable
    assert not result.special_situations or all(f.assertion != "present" for f in result.special_situations)


@pytest.mark.parametrize("text", [
    "Diabetes poorly controlled since starting prednisone.",
    "RA not controlled, joints swollen.",
    "Her RA isn't controlled anymore.",
])
def test_disease_not_under_control_is_still_reported(scanner, text):
    assert scanner.scan(text, id="u").reportable
