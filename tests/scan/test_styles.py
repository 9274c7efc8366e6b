"""Texts in the styles pvflag meets beyond CRM notes, each with what a PV reviewer expects.

Written for these tests (not from any evaluation set): long transcripts with the AE said once in
passing, unpunctuated speech-to-text, SMS slang and emoji, Spanish, HCP-reported labs, forum posts.
"""

from __future__ import annotations

import pytest

from pvflag.findings import AdverseEventFinding, SpecialSituationFinding

LONG_TRANSCRIPT = "\n".join([
    "Agent: Thank you for calling the Cosentyx Connect program, my name is Priya, how can I help?",
    "Patient: Hi Priya, I'm calling because my specialty pharmacy said my prior authorization expired.",
    "Agent: I can help with that. Can you confirm your date of birth and the address on file?",
    "Patient: Sure, it's the same address on Maple Street, nothing changed there.",
    "Agent: Perfect. I see the authorization ended on the first. I'll start a renewal with your doctor's office.",
    "Patient: Okay great. How long does that usually take?",
    "Agent: Usually three to five business days. We can send a bridge supply if it takes longer.",
    "Patient: That would help. Oh and by the way the last two shots gave me a bad headache for a day each time.",
    "Agent: I'm sorry to hear that. I'll document that and our safety team may follow up.",
    "Patient: No problem. Thanks for the help with the authorization.",
])

# text, event terms that must be present, categories that must be present, must the record be reportable
CASES = [
    (LONG_TRANSCRIPT, {"headache"}, set(), True),
    ("patient yeah so ever since the second shot of humira i been real dizzy and my stomach hurts all the "
     "time agent okay im sorry", {"dizziness"}, set(), True),
    ("ugh this ozempic 🤮🤮 threw up twice today lol", {"vomiting"}, set(), True),
    ("Me pusieron Dupixent y ahora tengo mucha comezón y los ojos rojos", set(), set(), True),
    ("Dr. Ames office: pt on Xeljanz, ALT 5x ULN and platelets 60K on labs this week, holding drug.",
     set(), set(), True),
    ("Has anyone else on Aubagio had their hair thinning? Mine started coming out about 3 months in.",
     set(), set(), True),
    ("Started Mounjaro 3 weeks ago. Nausea the first few days, now mostly constipation and heartburn.",
     {"nausea", "constipation"}, set(), True),
    ("I'm 7 weeks pregnant and still taking my Taltz, is that ok??", set(), {"pregnancy"}, True),
    ("Pt called re: shipment, no issues, denies any side effects. Next fill 12/01.", set(), set(), False),
    ("Reviewed with pt: call if you get a fever, chills or signs of infection.", set(), set(), False),
]


@pytest.mark.parametrize(("text", "terms", "categories", "reportable"), CASES)
def test_styles(scanner, text, terms, categories, reportable):
    result = scanner.scan(text, id="s")
    present = [f for f in result.findings if getattr(f, "assertion", None) == "present"]
    got_terms = {f.term for f in present if isinstance(f, AdverseEventFinding)}
    got_categories = {f.category for f in present if isinstance(f, SpecialSituationFinding)}
    assert terms <= got_terms, result.findings
    assert categories <= got_categories, result.findings
    assert result.reportable is reportable, result.findings
