from __future__ import annotations

import spacy

from pvflag.nlp.components import FACTORY, make_pipeline


def test_component_puts_findings_in_doc_spans_not_ents():
    nlp = make_pipeline()
    assert FACTORY in spacy.registry.factories.get_all() or nlp.has_pipe(FACTORY)
    doc = nlp("Pt c/o rash after Dupixent. Pen jammed.")
    assert doc.ents == ()
    assert [s.text for s in doc.spans["pvflag_drug"]] == ["Dupixent"]
    assert [s.label_ for s in doc.spans["pvflag_drug"]] == ["dupilumab"]
    assert "product_complaint" in {s.label_ for s in doc.spans["pvflag_special_situation"]}
    assert doc._.pvflag.reportable is True


def test_scanner_analyze_matches_scan(scanner):
    text = "Denies fever. Pt reports rash and pen jammed."
    doc = scanner.analyze(text)
    result = scanner.scan(text, id="doc")
    assert doc._.pvflag == result
    spans = {(s.start_char, s.end_char) for key in doc.spans for s in doc.spans[key]}
    assert spans == {(f.start, f.end) for f in result.findings}
