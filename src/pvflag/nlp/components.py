"""pvflag as a spaCy component, for users who build their own pipelines.

    import spacy, pvflag.nlp.components  # registers the factory
    nlp = pvflag.nlp.components.make_pipeline()          # pvflag tokenizer + the component
    doc = nlp("Pt c/o HA & N/V after Dupixent")
    doc.spans["pvflag_adverse_event"], doc._.pvflag       # spans (overlaps allowed) and the ScanResult

The component assigns ``doc.spans["pvflag_adverse_event"]``, ``["pvflag_special_situation"]``
and ``["pvflag_drug"]`` (labels: event term, category, canonical drug) and ``doc._.pvflag``
(the full ``ScanResult``). It never touches ``doc.ents``. Its settings are plain config
values, so a saved pipeline rebuilds it from data shipped with pvflag.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pvflag.nlp._tokenizer import make_nlp

__all__ = ["PvflagComponent", "make_pipeline"]

FACTORY = "pvflag_findings_v1"

if not Doc.has_extension("pvflag"):
    Doc.set_extension("pvflag", default=None)


class PvflagComponent:
    """Runs pvflag's detection, context and assessment on a Doc and records the findings."""

    def __init__(self, nlp: Language, name: str, sensitivity: str, program: str | None) -> None:
        from pvflag.scanner import Scanner

        self.name = name
        self.scanner = Scanner(sensitivity=sensitivity, program=program)

    def __call__(self, doc: Doc) -> Doc:
        result = self.scanner.scan(doc.text, id=str(doc.user_data.get("id", "doc")))
        doc._.pvflag = result
        groups: dict[str, list[Any]] = {"adverse_event": [], "special_situation": [], "drug": []}
        for finding in result.findings:
            label = getattr(finding, "term", None) or getattr(finding, "category", None) or finding.kind
            span = doc.char_span(finding.start, finding.end, label=label, alignment_mode="expand")
            if span is not None:
                groups[finding.kind].append(span)
        for kind, spans in groups.items():
            doc.spans[f"pvflag_{kind}"] = spans
        return doc


@Language.factory(
    FACTORY,
    default_config={"sensitivity": "high", "program": None},
    assigns=["doc.spans", "doc._.pvflag"],
)
def create_pvflag_component(nlp: Language, name: str, sensitivity: str, program: str | None) -> PvflagComponent:
    return PvflagComponent(nlp, name, sensitivity, program)


def make_pipeline(sensitivity: str = "high", program: str | None = None) -> Language:
    """``spacy.blank("en")`` with pvflag's tokenizer exceptions and the pvflag component."""
    nlp = make_nlp()
    nlp.add_pipe(FACTORY, config={"sensitivity": sensitivity, "program": program})
    return nlp
