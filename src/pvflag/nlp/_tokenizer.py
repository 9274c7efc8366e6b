"""pvflag's tokenizer: spaCy's English rules plus the shorthand of PSP notes.

CRM notes glue clinical shorthand with slashes ("c/o", "N/V/D", "d/c'd", "w/");
spaCy would split them into letters, which loses their meaning. Each becomes one
token through a special case (in lower, upper and title case). Nothing rewrites
the text: every token keeps its exact characters and offset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["SHORTHAND", "make_nlp"]

# Slash and dotted shorthand of PSP / clinical notes that must stay whole tokens.
SHORTHAND: tuple[str, ...] = (
    "c/o", "w/", "w/o", "s/p", "d/c", "d/c'd", "d/c’d", "d/t", "n/v", "n/v/d", "h/a", "b/c",
    "r/o", "y/o", "f/u", "s/sx", "s/s", "h/o", "i/o", "a/w", "n/a", "p/u", "sob/doe",
    "abd", "inj", "pt", "pts", "hx", "dx", "rx", "tx", "sx", "fx",
)


def _variants(text: str) -> set[str]:
    return {text, text.upper(), text.capitalize(), text.title()}


def make_nlp() -> Language:
    """A ``spacy.blank("en")`` pipeline with pvflag's tokenizer special cases."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    for shorthand in SHORTHAND:
        if "/" not in shorthand:
            continue
        for variant in _variants(shorthand):
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
            # "N/V." would otherwise hit spaCy's initials exception ("V.") and split apart
            nlp.tokenizer.add_special_case(variant + ".", [{ORTH: variant}, {ORTH: "."}])
    return nlp
