from __future__ import annotations

import pytest

from pvflag.nlp._text import token_key
from pvflag.nlp._tokenizer import make_nlp
from pvflag.nlp._trie import PhraseTrie


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c/o HA & N/V/D", ["c/o", "HA", "&", "N/V/D"]),
        ("d/c'd Humira w/ MTX", ["d/c'd", "Humira", "w/", "MTX"]),
        ("Pt c/o N/V. Then h/a.", ["Pt", "c/o", "N/V", ".", "Then", "h/a", "."]),
        ("S/P surgery", ["S/P", "surgery"]),
    ],
)
def test_shorthand_stays_one_token(nlp, text, expected):
    assert [t.text for t in nlp.make_doc(text)] == expected


def test_tokens_keep_original_offsets(nlp):
    text = "Pt c/o N/V/D\n x3d; dolor de cabeza 🤦‍♀️ since 01/02"
    for token in nlp.make_doc(text):
        assert text[token.idx:token.idx + len(token.text)] == token.text


@pytest.mark.parametrize(
    ("text", "key"),
    [("Náuseas", "nauseas"), ("CAN’T", "can't"), ("Dizzy", "dizzy"), ("mareo", "mareo")],
)
def test_token_key_folds_case_accents_and_quotes(text, key):
    assert token_key(text) == key


def test_trie_finds_every_phrase_including_nested():
    trie: PhraseTrie[str] = PhraseTrie.build([
        (("injection", "site", "pain"), "isp"), (("pain",), "pain"), (("site",), "site"),
    ])
    found = trie.find_all(["injection", "site", "pain", "and", "pain"])
    assert (0, 3, "isp") in found
    assert (2, 3, "pain") in found and (4, 5, "pain") in found
    assert (1, 2, "site") in found
    assert trie.find_all(["injection", "pain"]) == [(1, 2, "pain")]


def test_trie_accept_can_veto():
    trie: PhraseTrie[str] = PhraseTrie.build([(("ha",), "headache")])
    assert trie.find_all(["ha", "ha"], accept=lambda s, e, p: s == 1) == [(1, 2, "headache")]
