from __future__ import annotations

import marshal

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


_WORDS = st.sampled_from(["pain", "site", "injection", "so", "very", "bad", "head", "ache"])
_SKIPPABLE = frozenset({"so", "very"})


def _naive_matches(phrases, keys, skippable, max_skips=2):
    """The definition: a phrase's words in order from ``start``; a skippable key may be passed over
    (at most ``max_skips`` times) only where the phrase read so far cannot continue with it."""
    vocabulary = {tuple(p) for p, _ in phrases}
    continues = {p[:i] for p in vocabulary for i in range(1, len(p) + 1)}
    found = []
    for start in range(len(keys)):
        path, end, skips = (), start, 0
        while end < len(keys):
            key = keys[end]
            while ((*path, key) not in continues and key in skippable and skips < max_skips
                   and end + 1 < len(keys) and path):
                skips, end = skips + 1, end + 1
                key = keys[end]
            path, end = (*path, key), end + 1
            if path not in continues:
                break
            found.extend((start, end, payload) for p, payload in phrases if tuple(p) == path)
    return sorted(found)


@st.composite
def _phrases_and_keys(draw):
    """Phrases, and a key sequence mostly made of those phrases with intensifiers strewn between."""
    phrase = st.tuples(st.lists(_WORDS, min_size=1, max_size=3), st.integers(0, 5))
    phrases = draw(st.lists(phrase, max_size=8))
    keys: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        words = list(draw(st.sampled_from(phrases))[0]) if phrases and draw(st.booleans()) else draw(
            st.lists(_WORDS, max_size=3))
        for word in words:
            keys.extend(draw(st.lists(st.sampled_from(sorted(_SKIPPABLE)), max_size=2)))
            keys.append(word)
    return phrases, keys


@given(phrases_and_keys=_phrases_and_keys(), max_skips=st.integers(0, 2))
def test_trie_matches_the_naive_definition_and_survives_its_cache_form(phrases_and_keys, max_skips):
    phrases, keys = phrases_and_keys
    trie: PhraseTrie[int] = PhraseTrie.build(phrases)
    expected = _naive_matches(phrases, keys, _SKIPPABLE, max_skips)
    assert sorted(trie.find_all(keys, skippable=_SKIPPABLE, max_skips=max_skips)) == expected
    loaded: PhraseTrie[int] = PhraseTrie.from_primitives(marshal.loads(marshal.dumps(trie.to_primitives())))
    assert sorted(loaded.find_all(keys, skippable=_SKIPPABLE, max_skips=max_skips)) == expected
    assert sorted(loaded.items()) == sorted((tuple(p), payload) for p, payload in phrases)
    loaded.add(["head", "ache", "bad"], 9)  # a loaded index can still be extended
    assert (0, 3, 9) in loaded.find_all(["head", "ache", "bad"])
