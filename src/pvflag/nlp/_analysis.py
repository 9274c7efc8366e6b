"""Stages 3-5 on one tokenized text: detect, contextualize, assess.

Everything works on token arrays of the original text (offsets never shift).
Detection is exact phrase matching (tries) plus gated fuzzy matching; context is
ConText-style triggers with direction and scope inside a sentence and a speaker
turn; assessment links events to drugs, seriousness to events, and sets the
record flags.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from pvflag.findings import (
    SERIOUSNESS_CRITERIA,
    AdverseEventFinding,
    DrugFinding,
    Evidence,
    Finding,
    SpecialSituationFinding,
)
from pvflag.interactions import SpeakerTurn
from pvflag.io.turns import parse_turns
from pvflag.lexicon import ContextRule, DrugEntry, EventEntry, PatternRule
from pvflag.nlp._compiled import CompiledLexicon, CompiledRegex, is_exact_case_pattern, lowered_for_matching
from pvflag.nlp._config import ScanConfig
from pvflag.nlp._tokenizer import Tokens

__all__ = ["Analysis", "analyze"]

_SENT_END = frozenset({".", "!", "?", ";", "…", "...", "!!", "??", "?!"})
_QUESTION_END = frozenset({"?", "??", "?!"})
_DASHES = frozenset({"-", "--", "—", "–"})
_AFFIRMATIVE = frozenset({
    "yes", "yeah", "yep", "yup", "ya", "yea", "uh-huh", "mhm", "sí", "si", "correct", "actually", "a", "some",
    "kind", "kinda", "sort", "sorta", "little", "bit", "once", "twice", "occasionally", "sometimes",
})
_NEGATIVE_ANSWER = frozenset({"no", "nope", "nah", "not", "never", "none", "nothing"})
_FIRST_PERSON = frozenset({"i", "i'm", "im", "i've", "ive", "me", "my", "myself", "i'd", "i'll"})
_DRUG_TAKING = frozenset({"on", "takes", "taking", "gets", "getting", "uses", "using", "started", "starting",
                          "injects", "receives", "receiving", "prescribed"})
# "Cosentyx for PsA": the reason follows a specialty drug; "pt w/ RA", "dx RRMS": a diagnosis, any drug
_INDICATION_FOR = frozenset({"for", "treats", "treating", "treat", "indication"})
_INDICATION_DX = frozenset({"dx", "dx'd", "diagnosed", "w/", "with", "diagnosis", "hx", "h/o"})
# "RA is well controlled", "MS stable", "in remission": a disease so described is the treated one
_DISEASE_UNDER_TREATMENT = frozenset({"controlled", "well-controlled", "remission", "stable"})
# ("isn't" is the tokens "is" + "n't"; "isnt" is "is" + "nt")
_NOT_UNDER_CONTROL = frozenset({"not", "poorly", "no", "never", "less", "longer", "badly", "n't", "nt"})
_LOE_ANCHORS = frozenset({"it", "this", "these", "they", "medicine", "medication", "med", "meds", "drug",
                          "shot", "shots", "injection", "injections", "pen", "pill", "pills", "infusion",
                          "treatment", "therapy", "dose", "one"})
_PRESENT = "present"
# words that may stand inside a vocabulary phrase without changing it ("sugars are way up")
_INTENSIFIERS = frozenset({"way", "really", "very", "so", "super", "pretty", "kinda", "totally", "extremely",
                           "too", "quite", "real", "soo", "sooo", "mega", "crazy", "bit", "little", "a",
                           "just", "all", "even", "more", "most", "constantly", "always"})
_RECURRENCE_WORDS = frozenset({"still", "back", "again", "anymore"})
_MALE_PRONOUNS = frozenset({"he", "him", "he's", "his"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "she's", "hers"})
_MALE_RELATIONS = frozenset({"husband", "son", "dad", "father", "brother", "boyfriend", "grandpa", "grandfather",
                             "grandson", "nephew", "uncle"})
_FEMALE_RELATIONS = frozenset({"wife", "daughter", "mom", "mother", "sister", "girlfriend", "grandma",
                               "grandmother", "granddaughter", "niece", "aunt"})
_ANIMALS = frozenset({"dog", "cat", "puppy", "kitten", "pet", "dogs", "cats"})


def _pronoun_switch(a: Analysis, trig: Trigger, target_start: int) -> bool:
    relation = a.keys[trig.end_tok - 1]
    other = (_FEMALE_PRONOUNS if relation in _MALE_RELATIONS
             else _MALE_PRONOUNS if relation in _FEMALE_RELATIONS else frozenset())
    return any(a.keys[x] in other for x in range(trig.end_tok, target_start))


@dataclass(slots=True)
class Mention:
    start_tok: int
    end_tok: int
    start: int
    end: int
    sentence: int
    role: str | None  # speaker role of the turn
    turn: int


@dataclass(slots=True)
class DrugMention(Mention):
    entry: DrugEntry
    canonical: str
    fuzzy_score: float | None = None
    historical: bool = False


@dataclass(slots=True)
class EventMention(Mention):
    entry: EventEntry
    term: str
    fuzzy_score: float | None = None
    assertion: str = _PRESENT
    context_rule: ContextRule | None = None
    context_cue: str | None = None
    seriousness: set[str] = field(default_factory=set)
    drug: DrugMention | None = None
    dropped: bool = False


@dataclass(slots=True)
class CueMention(Mention):
    rule: PatternRule
    category: str
    assertion: str = _PRESENT
    context_rule: ContextRule | None = None
    context_cue: str | None = None


@dataclass(slots=True)
class Trigger:
    start_tok: int
    end_tok: int
    rule: ContextRule
    sentence: int


@dataclass(slots=True)
class Analysis:
    """Working state of one text through detection, context and assessment."""

    text: str
    starts: list[int]
    ends: list[int]
    texts: list[str]
    keys: list[str]
    sentence_of: list[int]
    sentence_bounds: list[tuple[int, int]]
    turn_of: list[int]
    turn_roles: list[str | None]
    drugs: list[DrugMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    specials: list[CueMention] = field(default_factory=list)
    seriousness: list[CueMention] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    primary_drug: DrugMention | None = None
    # relation words naming an exposed person: the breastfed or in-utero baby, or a relative who is
    # the patient when nothing says the writer is ("my father passed away; please cancel his Tagrisso")
    exposed_relations: frozenset[str] = frozenset()
    triggers_by_sentence: dict[int, tuple[list[Trigger], list[int]]] | None = None  # built on first use
    questioners: frozenset[str] | None = None
    findings: list[Finding] = field(default_factory=list)
    # ``lowered_for_matching(text)`` made when a regex needs it; "" when the text does not qualify
    lowered_text: str | None = None
    nearby_text: dict[int, str] = field(default_factory=dict)
    regex_trigger_positions: dict[str, list[int]] | None = None
    fuzzy_candidates: list[tuple[int, str]] | None = None
    drugs_by_sentence: dict[int, list[DrugMention]] | None = None  # built on first use, after detection
    regex_trigger_words_present: frozenset[str] | None = None
    reportable: bool = False
    has_adverse_event: bool = False
    serious: bool = False


# --------------------------------------------------------------------------- tokens, sentences, turns

def _segment(text: str, tokens: Tokens, turns: Sequence[SpeakerTurn]) -> Analysis:
    starts, ends, texts, keys = tokens
    n = len(starts)
    # a newline between two tokens breaks a sentence
    breaks_before: set[int] = set()
    if "\n" in text:
        breaks_before = {i for i in range(1, n) if "\n" in text[ends[i - 1]:starts[i]]}
    turn_of = [-1] * n
    turn_roles: list[str | None] = []
    if turns:
        t = 0
        ordered = sorted(turns, key=lambda turn: turn.start)
        for i, s in enumerate(starts):
            while t < len(ordered) and ordered[t].end <= s:
                t += 1
            if t < len(ordered) and ordered[t].start <= s < ordered[t].end:
                turn_of[i] = t
        turn_roles = [turn.role for turn in ordered]
    # a sentence ends after sentence punctuation, at a newline, where the speaker changes, and at a
    # dash set off by a space ("nausea - no vomiting")
    cuts = {i for i in range(1, n) if texts[i - 1] in _SENT_END}
    cuts |= breaks_before
    if turns:
        cuts.update(i for i in range(1, n) if turn_of[i] != turn_of[i - 1])
    if not _DASHES.isdisjoint(texts):
        cuts.update(i for i in range(2, n) if texts[i - 1] in _DASHES and starts[i - 1] > ends[i - 2])
    sentence_of: list[int] = []
    bounds: list[tuple[int, int]] = []
    sentence_start = 0
    for cut in sorted(cuts):
        sentence_of.extend([len(bounds)] * (cut - sentence_start))
        bounds.append((sentence_start, cut))
        sentence_start = cut
    if n:
        sentence_of.extend([len(bounds)] * (n - sentence_start))
        bounds.append((sentence_start, n))
    return Analysis(text, starts, ends, texts, keys, sentence_of, bounds, turn_of, turn_roles)


def _drugs_in(a: Analysis, sentence: int) -> list[DrugMention]:
    """The drug mentions of one sentence, in text order (drugs are final once detection is done)."""
    grouped = a.drugs_by_sentence
    if grouped is None:
        grouped = a.drugs_by_sentence = {}
        for d in a.drugs:
            grouped.setdefault(d.sentence, []).append(d)
    return grouped.get(sentence, [])


def _role(a: Analysis, tok: int) -> str | None:
    t = a.turn_of[tok] if tok < len(a.turn_of) else -1
    return a.turn_roles[t] if t >= 0 else None


# --------------------------------------------------------------------------- detection

def _case_ok(a: Analysis, start: int, end: int, surface: str) -> bool:
    return "".join(a.texts[start:end]) == surface.replace(" ", "")


def _longest_non_overlapping(matches: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Keep the longest matches; a match inside a longer one goes (same span keeps all payloads)."""
    matches.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    # kept spans never overlap one another (only identical spans share tokens), so each token
    # belongs to at most one kept span: an overlap check is a look at the match's own tokens
    owner: dict[int, tuple[int, int]] = {}
    kept = []
    for m in matches:
        start, end = span = (m[0], m[1])
        if end - start == 1:  # most matches are one token
            if owner.setdefault(start, span) != span:
                continue
        else:
            if any(owner.get(i, span) != span for i in range(start, end)):
                continue
            for i in range(start, end):
                owner[i] = span
        kept.append(m)
    kept.sort(key=lambda m: (m[0], m[1]))
    return kept


def _prefer_decomposition(matches: list) -> list:
    """Drop a phrase whose events its own parts already name: 'HA & N/V' is 'HA' + 'N/V' (minimal spans)."""
    if len(matches) < 2:
        return matches

    by_start = sorted(matches, key=lambda m: m[0])
    starts = [m[0] for m in by_start]
    out = []
    for match in matches:
        s, e, entry = match
        first, past = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if past - first < 2:  # nothing starts inside the match but the match itself
            out.append(match)
            continue
        wanted = set(entry.terms)
        inside = by_start[first:past]
        parts = [(s2, e2, set(entry2.terms) & wanted) for s2, e2, entry2 in inside
                 if e2 <= e and (s2, e2) != (s, e)]
        parts = [p for p in parts if p[2]]
        covered = set().union(*(p[2] for p in parts)) if parts else set()
        # only a real decomposition: two or more parts, none of which names all the events alone
        if (covered >= wanted and len({(p[0], p[1]) for p in parts}) >= 2
                and not any(p[2] >= wanted for p in parts)):
            continue
        out.append(match)
    return out


def _fuzzy(key: str, choices: tuple[str, ...], cutoff: float, cache: dict[str, tuple[str, float] | None]
           ) -> tuple[str, float] | None:
    if key in cache:
        return cache[key]
    from rapidfuzz import fuzz, process

    result = None
    if choices:
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is not None and best[0][0] == key[0]:
            result = (best[0], float(best[1]))
    if len(cache) > 50_000:
        cache.clear()
    cache[key] = result
    return result


def _fuzzy_candidates(a: Analysis, c: CompiledLexicon) -> list[tuple[int, str]]:
    """Tokens that may be misspelt drug or event names: alphabetic, five letters or more, and not an
    English word or the start of any vocabulary phrase or context trigger (decided once per word)."""
    found = a.fuzzy_candidates
    if found is None:
        verdicts = c.fuzzy_verdicts
        found = a.fuzzy_candidates = []
        for i, key in enumerate(a.keys):
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = (len(key) >= 5 and key.isalpha() and key not in c.known_words
                                           and key not in c.event_first_keys and key not in c.trigger_first_keys)
                if len(verdicts) > 200_000:
                    verdicts.clear()
            if verdict:
                found.append((i, key))
    return found


def _detect_drugs(a: Analysis, c: CompiledLexicon, config: ScanConfig, cache: dict, found: list) -> None:
    def accept(s: int, e: int, entry: DrugEntry) -> bool:
        # short or capitalised-only brand names must look like names, not words
        if entry.kind == "lay":
            return True
        return not (len(entry.surface) <= 3 and not _case_ok(a, s, e, entry.surface))

    matches = _longest_non_overlapping([m for m in found if accept(*m)])
    covered = set()
    for s, e, entry in matches:
        assert isinstance(entry, DrugEntry)
        covered.update(range(s, e))
        a.drugs.append(DrugMention(s, e, a.starts[s], a.ends[e - 1], a.sentence_of[s], _role(a, s),
                                   a.turn_of[s], entry, entry.canonical))
    if config.fuzzy_drug_cutoff is None:
        return
    for i, key in _fuzzy_candidates(a, c):
        if i in covered:
            continue
        hit = _fuzzy(key, c.fuzzy_drug_choices, config.fuzzy_drug_cutoff, cache)
        if hit is None:
            continue
        entry = c.payload(c.fuzzy_drug_entries[hit[0]])[1]
        a.drugs.append(DrugMention(i, i + 1, a.starts[i], a.ends[i], a.sentence_of[i], _role(a, i),
                                   a.turn_of[i], entry, entry.canonical, fuzzy_score=hit[1]))
    a.drugs.sort(key=lambda d: d.start_tok)


def _detect_events(a: Analysis, c: CompiledLexicon, config: ScanConfig, cache: dict, found: list) -> None:
    drug_tokens = {i for d in a.drugs for i in range(d.start_tok, d.end_tok)}

    def accept(s: int, e: int, entry: EventEntry) -> bool:
        if entry.case_sensitive and not _case_ok(a, s, e, entry.surface):
            return False
        # an event inside a drug name is part of the name; one reaching past it ("[Ocrevus infusion] reaction"
        # -> "infusion reaction") is an event
        return not all(i in drug_tokens for i in range(s, e))

    accepted = [m for m in found if accept(*m)]
    matches = _longest_non_overlapping(_prefer_decomposition(accepted))
    covered = set()
    seen: set[tuple[int, int, str]] = set()
    for s, e, entry in matches:
        assert isinstance(entry, EventEntry)
        covered.update(range(s, e))
        for term in entry.terms:
            if (s, e, term) in seen:  # two spellings of one phrase ("elevated LFT's", "elevated LFTs")
                continue
            seen.add((s, e, term))
            a.events.append(EventMention(s, e, a.starts[s], a.ends[e - 1], a.sentence_of[s], _role(a, s),
                                         a.turn_of[s], entry, term))
    if config.fuzzy_event_cutoff is None:
        return
    for i, key in _fuzzy_candidates(a, c):
        if i in covered or i in drug_tokens or len(key) < 6:
            continue
        hit = _fuzzy(key, c.fuzzy_event_choices, config.fuzzy_event_cutoff, cache.setdefault("events", {}))
        if hit is None or hit[0] == key or abs(len(hit[0]) - len(key)) > 2:
            continue
        entry = c.payload(c.fuzzy_event_entries[hit[0]])[1]
        if entry.register == "misspelling":  # a misspelling of a misspelling drifts too far
            continue
        for term in entry.terms:
            a.events.append(EventMention(i, i + 1, a.starts[i], a.ends[i], a.sentence_of[i], _role(a, i),
                                         a.turn_of[i], entry, term, fuzzy_score=hit[1]))
    a.events.sort(key=lambda ev: (ev.start_tok, ev.end_tok))


_DOSE = r"(\d+(?:\.\d+)?)\s*(mg|mcg|µg|ml|mL|units?|iu)\b"
_DOSE_MISMATCH = re.compile(
    _DOSE + r"[^.;!?\n]{0,60}?\b(?:instead of|rather than|but (?:her|his|my|the|their) (?:script|rx|prescription|"
    r"order|dose|doctor)(?: is| was| says| said| called for)?|when (?:she|he|i|they) (?:should|was supposed to) "
    r"(?:get|take|have)|not)\s+(?:the\s+)?(?:prescribed\s+|ordered\s+)?" + _DOSE,
    re.IGNORECASE,
)
_DOSE_MISMATCH_RULES = {
    "overdose": PatternRule("ss:overdose:dose_mismatch", "overdose", "regex", "dose given > dose prescribed",
                            (), "pvflag.nlp._analysis"),
    "medication_error": PatternRule("ss:medication_error:dose_mismatch", "medication_error", "regex",
                                    "dose given != dose prescribed", (), "pvflag.nlp._analysis"),
}


def _detect_dose_mismatch(a: Analysis) -> None:
    """'300 mg pen instead of prescribed 200 mg', 'dispensed 7.5 mg but her script is 2.5 mg':
    a dose other than the prescribed one is a medication error; more than prescribed is also an overdose."""
    if "instead" not in a.keys and "but" not in a.keys and "rather" not in a.keys and "not" not in a.keys:
        return
    for match in _DOSE_MISMATCH.finditer(a.text):
        given, given_unit, wanted, wanted_unit = match.group(1), match.group(2), match.group(3), match.group(4)
        if given_unit.lower().rstrip("s") != wanted_unit.lower().rstrip("s") or float(given) == float(wanted):
            continue
        s = _token_at_or_after(a, match.start())
        e = _token_before(a, match.end()) + 1
        if s >= len(a.starts) or e <= s:
            continue
        categories = ["medication_error"] + (["overdose"] if float(given) > float(wanted) else [])
        for category in categories:
            a.specials.append(CueMention(s, e, match.start(), match.end(), a.sentence_of[s], _role(a, s),
                                         a.turn_of[s], _DOSE_MISMATCH_RULES[category], category))


_COADMIN_VERBS = frozenset({"taking", "take", "took", "taken", "using", "used", "injecting", "mixing", "mixed",
                            "combining", "combined", "started", "starting"})
_COADMIN_LINKS = frozenset({"with", "plus", "alongside", "w/"})
_COADMIN_RULE = PatternRule("ss:drug_interaction:coadministration_with_event", "drug_interaction", "regex",
                            "taking <drug> with <drug> + an event in the same sentence", (), "pvflag.nlp._analysis")


def _detect_coadministration(a: Analysis) -> None:
    """'taking my Trulicity with my prednisone and my sugars are way up': the reporter ties an event to
    two drugs taken together, which is a suspected interaction."""
    by_sentence: dict[int, list[DrugMention]] = {}
    for d in a.drugs:
        if d.entry.kind != "lay":
            by_sentence.setdefault(d.sentence, []).append(d)
    for sentence, drugs in by_sentence.items():
        if len({d.canonical for d in drugs}) < 2:
            continue
        if not any(ev.sentence == sentence and ev.assertion == _PRESENT and not ev.dropped for ev in a.events):
            continue
        for first, second in pairwise(drugs):
            if first.canonical == second.canonical:
                continue
            between = a.keys[first.end_tok:second.start_tok]
            before = a.keys[max(first.start_tok - 3, 0):first.start_tok]
            if len(between) <= 3 and set(between) & _COADMIN_LINKS and set(before) & _COADMIN_VERBS:
                start_tok = next(i for i in range(max(first.start_tok - 3, 0), first.start_tok)
                                 if a.keys[i] in _COADMIN_VERBS)
                a.specials.append(CueMention(start_tok, second.end_tok, a.starts[start_tok], second.end, sentence,
                                             _role(a, start_tok), a.turn_of[start_tok], _COADMIN_RULE,
                                             "drug_interaction"))
                break


def _detect_site_findings(a: Analysis, c: CompiledLexicon) -> None:
    """'eyes red and crusty', 'site was red and hot and kinda hard': words describing a named body site."""
    table = c.lexicon.site_findings
    if not table:
        return
    sites = c.site_words
    if not sites.intersection(a.keys):
        return
    covered = {i for ev in a.events for i in range(ev.start_tok, ev.end_tok)}
    seen: set[int] = set()
    for i, key in enumerate(a.keys):
        if key not in sites:
            continue
        sentence = a.sentence_of[i]
        # "Any injection site reactions?" / "maybe a tiny bit of pink": the answer describes the asked site
        answer_end = -1
        if _is_question_sentence(a, sentence) and _role(a, i) in _questioner_roles(a):
            end = a.sentence_bounds[sentence][1]
            if end < len(a.keys) and a.turn_of[end] != a.turn_of[i]:
                answer_end = min(end + 14, len(a.keys))
        for j in range(i + 1, max(min(i + 9, len(a.keys)), answer_end)):
            in_answer = answer_end > 0 and j >= a.sentence_bounds[sentence][1]
            if (a.sentence_of[j] != sentence and not in_answer) or a.keys[j] in sites:
                break
            hit = table.get((key, a.keys[j]))
            if hit is None or j in covered or j in seen or (j - i > hit[1] and not in_answer):
                continue
            term = hit[0]
            if term not in c.lexicon.event_terms:
                continue
            seen.add(j)
            entry = EventEntry(f"{a.texts[i]} … {a.texts[j]}", (term,), "lay", False, "site_findings.tsv")
            a.events.append(EventMention(j, j + 1, a.starts[j], a.ends[j], sentence, _role(a, j), a.turn_of[j],
                                         entry, term))
    a.events.sort(key=lambda ev: (ev.start_tok, ev.end_tok))


def _sentence_text_lower(a: Analysis, sentence: int) -> str:
    s, e = a.sentence_bounds[sentence]
    return a.text[a.starts[s]:a.ends[e - 1]].lower()


def _token_at_or_after(a: Analysis, char: int) -> int:
    return min(bisect.bisect_left(a.starts, char), max(len(a.starts) - 1, 0))


def _token_before(a: Analysis, char: int) -> int:
    return max(bisect.bisect_left(a.ends, char), 0)


def _detect_cues(a: Analysis, c: CompiledLexicon, found: list, table: str, unless_by_rule) -> list[CueMention]:
    cues: list[CueMention] = []
    for s, e, rule in found:
        if is_exact_case_pattern(rule.pattern) and not _case_ok(a, s, e, rule.pattern):
            continue  # "ER" is the emergency room only in capitals
        cues.append(CueMention(s, e, a.starts[s], a.ends[e - 1], a.sentence_of[s], _role(a, s), a.turn_of[s],
                               rule, rule.category))
    candidates: dict[str, CompiledRegex] = {}
    if a.regex_trigger_words_present is None:
        a.regex_trigger_words_present = c.regex_trigger_words.intersection(a.keys)
    for key in a.regex_trigger_words_present:
        for compiled in c.regexes_by_trigger.get((table, key), ()):
            candidates[compiled.rule.id] = compiled
    if candidates and a.lowered_text is None:
        a.lowered_text = lowered_for_matching(a.text) or ""
    lowered = a.lowered_text or None
    for _rule_id, compiled in sorted(candidates.items()):
        for match in compiled.finditer(a.text, lowered, _regex_windows(a, c, compiled.triggers)):
            if match.end() <= match.start():
                continue
            s = _token_at_or_after(a, match.start())
            e = _token_before(a, match.end()) + 1
            if s >= len(a.starts) or e <= s:
                continue
            cues.append(CueMention(s, e, match.start(), match.end(), a.sentence_of[s], _role(a, s),
                                   a.turn_of[s], compiled.rule, compiled.rule.category))
    kept = []
    for cue in cues:
        unless = unless_by_rule.get(cue.rule.id)
        if unless:
            nearby = _nearby_text_lower(a, cue.sentence, cue.turn)
            # a word can only match where it occurs: most cues have none of theirs nearby
            if any(word in nearby for word in unless) and _unless_regex(unless).search(nearby):
                continue
        kept.append(cue)
    return _merge_overlapping_cues(kept)


# a note this short is searched whole: finding its trigger words' sentences costs more than it saves
_WHOLE_TEXT_REGEX_SEARCH = 2_000


def _regex_windows(a: Analysis, c: CompiledLexicon, triggers: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges worth searching for a gated regex: the sentences holding one of its trigger
    words, with one sentence either side (a match holds its trigger word). On a long transcript this
    keeps each regex off the thousands of characters where it cannot match."""
    if len(a.text) <= _WHOLE_TEXT_REGEX_SEARCH:
        return [(0, len(a.text))]
    positions = a.regex_trigger_positions
    if positions is None:
        positions = a.regex_trigger_positions = {}
        words = c.regex_trigger_words
        for i, key in enumerate(a.keys):
            if key in words:
                positions.setdefault(key, []).append(i)
    last = len(a.sentence_bounds) - 1
    sentences = sorted({a.sentence_of[i] for word in triggers for i in positions.get(word, ())})
    windows: list[tuple[int, int]] = []
    for sentence in sentences:
        first_tok = a.sentence_bounds[max(sentence - 1, 0)][0]
        last_tok = a.sentence_bounds[min(sentence + 1, last)][1] - 1
        start, end = a.starts[first_tok], a.ends[last_tok]
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _nearby_text_lower(a: Analysis, sentence: int, turn: int) -> str:
    """The sentence and its neighbours in the same turn, lower-cased (where 'unless' words are sought)."""
    cache = a.nearby_text
    found = cache.get(sentence)
    if found is None:
        found = cache[sentence] = " ".join(_sentence_text_lower(a, s)
                                           for s in _nearby_sentences(a, sentence, turn, 1))
    return found


@lru_cache(maxsize=1024)
def _unless_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _nearby_sentences(a: Analysis, sentence: int, turn: int, reach: int) -> list[int]:
    out = []
    for s in range(max(sentence - reach, 0), min(sentence + reach + 1, len(a.sentence_bounds))):
        first = a.sentence_bounds[s][0]
        if a.turn_of[first] == turn:
            out.append(s)
    return out or [sentence]


class _Reach:
    """``reach(i)``: the furthest end of the spans starting at or before token ``i`` (-1 if none), so
    that 'some span contains [s, e)' is ``reach(s) >= e``: a sort and a bisection instead of a scan
    of every span per question (long transcripts hold thousands)."""

    __slots__ = ("_furthest", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        self._furthest: list[int] = []
        furthest = -1
        for _start, end in ordered:
            furthest = max(furthest, end)
            self._furthest.append(furthest)

    def __call__(self, token: int) -> int:
        index = bisect.bisect_right(self._starts, token) - 1
        return self._furthest[index] if index >= 0 else -1


def _detect_triggers(a: Analysis, c: CompiledLexicon, found: list) -> None:
    pseudo = [(s, e) for s, e, rule in found if rule.category == "pseudo"]
    reach = _Reach(pseudo) if pseudo else None
    for s, e, rule in found:
        if reach is not None and rule.category != "pseudo":
            # inside a longer or earlier-starting pseudo-trigger ("no change" in "no change in X")
            if reach(s) > e or (s > 0 and reach(s - 1) >= e):
                continue
            # a negation starting inside a pseudo-trigger
            if rule.category == "negated" and reach(s) > s:
                continue
        a.triggers.append(Trigger(s, e, rule, a.sentence_of[s]))


def _drop_events_that_are_cues(a: Analysis) -> None:
    """'stopped working' is lack of efficacy when a special-situation cue says exactly that."""
    cue_spans = {(m.start_tok, m.end_tok) for m in a.specials}
    # words inside a product-defect description are about the product ("the pen felt warm")
    product_spans = [(m.start_tok, m.end_tok) for m in a.specials if m.category == "product_complaint"]
    if cue_spans:
        inside_product = _Reach(product_spans)
        a.events = [ev for ev in a.events if (ev.start_tok, ev.end_tok) not in cue_spans
                    and inside_product(ev.start_tok) < ev.end_tok]


def _drop_triggers_inside_content(a: Analysis) -> None:
    """'no click', 'did not dispense', 'no appetite': a negation word inside a cue or event is content."""
    spans = [(m.start_tok, m.end_tok) for m in (*a.specials, *a.events)]
    if not spans:
        return
    reach = _Reach(spans)
    kept = []
    for t in a.triggers:
        if t.rule.category not in {"figurative", "pseudo", "terminate"} and reach(t.start_tok) >= t.end_tok:
            continue
        kept.append(t)
    a.triggers = kept
    a.triggers_by_sentence = None


def _merge_overlapping_cues(cues: list[CueMention]) -> list[CueMention]:
    """One finding per category and stretch of text: the longest cue stands for overlapping ones."""
    if len(cues) < 2:
        return list(cues)
    ordered = sorted(cues, key=lambda m: (-(m.end_tok - m.start_tok), m.start_tok))
    kept: list[CueMention] = []
    # per category, the kept cues' character spans sorted by start; they never overlap one another,
    # so a new cue overlaps one of them exactly when it overlaps the last one starting before its end
    taken: dict[str, tuple[list[int], list[int]]] = {}
    for cue in ordered:
        starts, ends = taken.setdefault(cue.category, ([], []))
        before = bisect.bisect_left(starts, cue.end) - 1
        if before >= 0 and ends[before] > cue.start:
            continue
        starts.insert(before + 1, cue.start)
        ends.insert(before + 1, cue.end)
        kept.append(cue)
    kept.sort(key=lambda m: (m.start_tok, m.end_tok))
    return kept


# --------------------------------------------------------------------------- context

def _group_triggers(triggers: list[Trigger]) -> dict[int, tuple[list[Trigger], list[int]]]:
    """Per sentence: the triggers that can assert (not terminators or pseudo-triggers), and where
    the terminators start."""
    grouped: dict[int, tuple[list[Trigger], list[int]]] = {}
    for t in triggers:
        active, terminators = grouped.setdefault(t.sentence, ([], []))
        category = t.rule.category
        if category == "terminate":
            terminators.append(t.start_tok)
        elif category != "pseudo":
            active.append(t)
    return grouped


def _triggers_for(a: Analysis, target_start: int, target_end: int, sentence: int) -> list[Trigger]:
    """Triggers whose scope reaches the target, honouring direction, max scope and terminators."""
    by_sentence = a.triggers_by_sentence
    if by_sentence is None:
        by_sentence = a.triggers_by_sentence = _group_triggers(a.triggers)
    grouped = by_sentence.get(sentence)
    if grouped is None:
        return []
    active, terminators = grouped
    hits = []
    for trig in active:
        rule = trig.rule
        if trig.start_tok < target_end and target_start < trig.end_tok:
            if rule.category == "figurative":  # "is a headache" contains its own target
                hits.append(trig)
            continue  # otherwise the trigger is part of the target's own words
        scope = rule.max_scope or 8
        forward = trig.end_tok <= target_start and rule.direction in {"forward", "bidirectional"}
        backward = target_end <= trig.start_tok and rule.direction in {"backward", "bidirectional"}
        if forward:
            if target_start - trig.end_tok > scope:
                continue
            if terminators and any(trig.end_tok <= x < target_start for x in terminators):
                continue
            # "her husband found her confused and she fell": a pronoun of the other gender brings the
            # patient back; "my son ... he's been throwing up" stays with the son
            if rule.category == "other_person" and _pronoun_switch(a, trig, target_start):
                continue
            hits.append(trig)
        elif backward:
            if trig.start_tok - target_end > scope:
                continue
            if terminators and any(target_end <= x < trig.start_tok for x in terminators):
                continue
            hits.append(trig)
    return hits


def _is_question_sentence(a: Analysis, sentence: int) -> bool:
    _s, e = a.sentence_bounds[sentence]
    return e > 0 and a.texts[e - 1] in _QUESTION_END


def _next_answer(a: Analysis, sentence: int) -> str | None:
    """'yes' / 'no' from the first words of the next turn by another speaker, if any."""
    _s, e = a.sentence_bounds[sentence]
    if e >= len(a.keys):
        return None
    this_turn = a.turn_of[e - 1]
    for i in range(e, min(e + 60, len(a.keys))):
        if a.turn_of[i] != this_turn and a.turn_of[i] >= 0:
            role = a.turn_roles[a.turn_of[i]]
            if role == "agent":
                return None
            label_end = next((j + 1 for j in range(i, min(i + 6, len(a.keys))) if a.keys[j] == ":"), i)
            first = [k for k in a.keys[label_end:label_end + 4] if k not in {",", ".", "-", "uh", "um", "well", "oh"}]
            if not first:
                return None
            if first[0] in _NEGATIVE_ANSWER:
                return "no"
            if first[0] in _AFFIRMATIVE:
                return "yes"
            return None
    return None


def _questioner_roles(a: Analysis) -> frozenset[str]:
    """Who asks screening questions: the agent, and a nurse or pharmacist talking to the patient."""
    if a.questioners is None:
        roles = set(a.turn_roles)
        a.questioners = (frozenset({"agent", "hcp", "pharmacist"}) if roles & {"patient", "caregiver"}
                         else frozenset({"agent"}))
    return a.questioners


def _patient_referents(a: Analysis) -> set[str]:
    """Relation words ('son', 'mom') that name the patient: 'my son is on Dupixent', 'son on X'."""
    referents: set[str] = set()
    others = [t for t in a.triggers if t.rule.category == "other_person"]
    if not others:
        return referents
    drug_starts = {d.start_tok for d in a.drugs}
    for trig in others:
        # "my daughter Emma. She's 11 and gets Xolair": the relation may be named a sentence before the drug
        window = range(trig.end_tok, min(trig.end_tok + 12, len(a.keys)))
        for i in window:
            if a.keys[i] in _DRUG_TAKING and any(j in drug_starts for j in range(i + 1, min(i + 4, len(a.keys)))):
                referents.add(a.keys[trig.end_tok - 1])
                break
            if a.turn_of[i] != a.turn_of[trig.start_tok]:
                break
    return referents


def _assert(a: Analysis, start: int, end: int, sentence: int, role: str | None, config: ScanConfig,
            referents: set[str], kind: str) -> tuple[str, ContextRule | None, str | None, set[str]]:
    """The assertion of one target and the trigger that set it; also the categories seen."""
    hits = _triggers_for(a, start, end, sentence)
    if not hits:  # most targets: only a screening question can still make them hypothetical
        if role in _questioner_roles(a) and _is_question_sentence(a, sentence) and _next_answer(a, sentence) != "yes":
            return ("hypothetical", None, "?", set())
        return (_PRESENT, None, None, set())
    by_category: dict[str, Trigger] = {}
    if len(hits) > 1:
        hits.sort(key=lambda t: abs(t.start_tok - start))
    for trig in hits:
        by_category.setdefault(trig.rule.category, trig)
    categories = set(by_category)

    def cue(cat: str) -> tuple[ContextRule, str]:
        t = by_category[cat]
        return t.rule, a.text[a.starts[t.start_tok]:a.ends[t.end_tok - 1]]

    if "figurative" in by_category:
        t = by_category["figurative"]
        if t.start_tok - end <= 2 and start - t.end_tok <= 2 and kind == "event":
            return ("figurative", *cue("figurative"), categories)
    if "other_person" in by_category and kind not in {"pregnancy", "breastfeeding"}:
        t = by_category["other_person"]
        if a.keys[t.end_tok - 1] not in referents and a.keys[t.end_tok - 1] not in a.exposed_relations:
            return ("other_person", *cue("other_person"), categories)
    if "historical" in by_category and "current" not in by_category:
        return ("historical", *cue("historical"), categories)
    if "prior_drug" in by_category and "current" not in by_category:
        # only an event on an earlier product that is not the program drug is historical
        others = [d for d in _drugs_in(a, sentence) if a.primary_drug is not None
                  and d.canonical != a.primary_drug.canonical]
        mine = [d for d in _drugs_in(a, sentence) if a.primary_drug is not None
                and d.canonical == a.primary_drug.canonical]
        if others and not mine:
            return ("historical", *cue("prior_drug"), categories)
    answered_yes = False
    if role in _questioner_roles(a) and _is_question_sentence(a, sentence):
        answered_yes = _next_answer(a, sentence) == "yes"
        if not answered_yes:
            rule, text = (cue("question") if "question" in by_category else (None, "?"))
            return ("hypothetical", rule, text, categories)
    for category, assertion in (("question", "hypothetical"), ("hypothetical", "hypothetical"),
                                ("education", "education")):
        if category in by_category and not answered_yes:
            if category == "question" and role is not None and role not in _questioner_roles(a):
                continue
            return (assertion, *cue(category), categories)
    if "negated" in by_category and kind != "event":
        t = by_category["negated"]
        # a cue is a whole statement ("pen jammed"); only a negation right next to it denies it
        if max(t.start_tok - end, start - t.end_tok) > 4:
            del by_category["negated"]
    if "negated" in by_category:
        if "resolved" in by_category:
            return (_PRESENT, *cue("resolved"), categories)
        return ("negated", *cue("negated"), categories)
    if "possible" in by_category and not config.possible_is_present:
        return ("hypothetical", *cue("possible"), categories)
    return (_PRESENT, None, None, categories)


def _first_person_is_bystander(a: Analysis, referents: set[str]) -> bool:
    """A caller who reports for a relative ('my son is on X') is not exposed unless she says she is."""
    if not referents:
        return False
    drug_starts = {d.start_tok for d in a.drugs}
    for i, key in enumerate(a.keys):
        if key in _FIRST_PERSON and _role(a, i) != "agent":
            window = a.keys[i + 1:i + 5]
            if any(k in _DRUG_TAKING for k in window) and any(
                    j in drug_starts or a.keys[j] in {"it", "too", "also"} for j in range(i + 1, min(i + 7, len(a.keys)))):
                return False
    return True


def _said_by_first_person(a: Analysis, ev: EventMention) -> bool:
    s, _e = a.sentence_bounds[ev.sentence]
    before = a.keys[max(s, ev.start_tok - 8):ev.start_tok]
    return any(k in _FIRST_PERSON for k in before)


_INFANT_WORDS = frozenset({"baby", "infant", "newborn", "fetus", "son", "daughter", "child"})
_PATIENT_WORDS = frozenset({"pt", "patient", "pt's", "patient's", "pts"})
_PATIENT_OR_FIRST_PERSON = _PATIENT_WORDS | _FIRST_PERSON


def _exposed_relations(a: Analysis) -> frozenset[str]:
    exposed: set[str] = set()
    if any(cue.category in {"pregnancy", "breastfeeding"} for cue in a.specials):
        exposed |= {"baby", "infant", "newborn", "fetus"}
    writer_on_drug = False
    drug_starts = {d.start_tok for d in a.drugs}
    for i, key in enumerate(a.keys):  # the first patient word or first person decides: stop there
        if key not in _PATIENT_OR_FIRST_PERSON:
            continue
        if key in _PATIENT_WORDS:
            return frozenset(exposed)
        if key in _FIRST_PERSON:
            nxt = range(i + 1, min(i + 6, len(a.keys)))
            if (key == "my" and i + 1 in drug_starts) or (
                    any(a.keys[j] in _DRUG_TAKING for j in nxt) and any(j in drug_starts for j in nxt)):
                writer_on_drug = True
                break
    if not writer_on_drug and a.drugs:
        exposed |= {t.rule.phrase.split()[-1].lower() for t in a.triggers if t.rule.category == "other_person"}
        exposed -= _ANIMALS  # a pet is never the patient
    return frozenset(exposed)


def _apply_context(a: Analysis, c: CompiledLexicon, config: ScanConfig) -> None:
    a.exposed_relations = _exposed_relations(a)
    referents = _patient_referents(a)
    bystander = _first_person_is_bystander(a, referents)
    terms = c.lexicon.event_terms
    program_indications: set[str] = set()
    for d in a.drugs:
        program_indications.update(c.indications_of(d.canonical))
    # events naming the treated disease, per sentence ("RA flare, joints swollen again")
    disease_mentions: dict[int, int] = {}
    for ev in a.events:
        if ev.term.lower() in program_indications:
            disease_mentions[ev.sentence] = disease_mentions.get(ev.sentence, 0) + 1
    for ev in a.events:
        assertion, rule, cue, categories = _assert(a, ev.start_tok, ev.end_tok, ev.sentence, ev.role, config,
                                                   referents, "event")
        info = terms.get(ev.term)
        if assertion == "figurative":
            ev.dropped = True
            continue
        if (bystander and assertion == _PRESENT and ev.role != "agent" and _said_by_first_person(a, ev)):
            assertion, rule, cue = "other_person", None, "the caller, not the patient"
        own_words = set(a.keys[ev.start_tok:ev.end_tok])
        others_naming_disease = disease_mentions.get(ev.sentence, 0) - (ev.term.lower() in program_indications)
        disease_in_sentence = others_naming_disease > 0
        if (assertion == _PRESENT
                and ("recurrence" in categories or own_words & _RECURRENCE_WORDS or disease_in_sentence)
                and any(ev.term in c.lexicon.manifestations.get(d, ()) for d in program_indications)):
            assertion, rule, cue = "indication", None, "sign of the treated disease, still or again"
        if info is not None and "disease" in info.flags and assertion == _PRESENT:
            if "worsening" in categories and info.aggravated:
                disease_mentions[ev.sentence] = (disease_mentions.get(ev.sentence, 0)
                                                 - (ev.term.lower() in program_indications)
                                                 + (info.aggravated.lower() in program_indications))
                ev.term = info.aggravated
                ev.context_rule = None
            elif ev.term.lower() in program_indications or _introduced_as_indication(a, ev, c):
                assertion, rule, cue = "indication", None, None
        elif assertion == _PRESENT and _introduced_as_indication(a, ev, c, specialty_only=True):
            assertion, rule, cue = "indication", None, "reason the program drug is used"
        ev.assertion, ev.context_rule, ev.context_cue = assertion, rule, cue
    # an event asked about by the agent and stated as present elsewhere is present
    present_terms = {ev.term for ev in a.events if ev.assertion == _PRESENT and ev.role not in _questioner_roles(a)}
    # a symptom named with the treated disease ("RA pain", "psoriasis itch") is the disease
    indication_ends = {ev.end_tok for ev in a.events if ev.assertion == "indication"}
    for ev in a.events:
        if ev.assertion == _PRESENT and ev.start_tok in indication_ends:
            ev.assertion, ev.context_rule, ev.context_cue = "indication", None, "symptom of the treated disease"
    questioners = _questioner_roles(a)
    for ev in a.events:
        if ev.assertion == "hypothetical" and ev.role in questioners and ev.term in present_terms:
            ev.assertion, ev.context_rule, ev.context_cue = _PRESENT, None, None
    for cue_list in (a.specials, a.seriousness):
        for m in cue_list:
            assertion, rule, text, _cats = _assert(a, m.start_tok, m.end_tok, m.sentence, m.role, config,
                                                   referents, m.category)
            if assertion == "figurative":
                assertion = "negated"
            if (m.category in _SERIOUSNESS_ORDER and assertion == _PRESENT
                    and _is_question_sentence(a, m.sentence)):
                assertion, rule, text = "hypothetical", None, "?"
            if assertion == "other_person" and m.category in {"occupational_exposure", "misuse_abuse",
                                                              "pregnancy", "hospitalization", "death"}:
                assertion, rule, text = _PRESENT, None, None
            m.assertion, m.context_rule, m.context_cue = assertion, rule, text


def _introduced_as_indication(a: Analysis, ev: EventMention, c: CompiledLexicon,
                              specialty_only: bool = False) -> bool:
    """'Cosentyx for PsA', 'pt w/ alopecia areata', 'dx RRMS': the disease is why the drug is used.

    With ``specialty_only`` the reason must follow a specialty drug ('son on Dupixent for eczema'):
    'Imodium for diarrhea' names an adverse event being treated, not an indication.
    """
    before = a.keys[max(ev.start_tok - 3, 0):ev.start_tok]
    if "new" in before or "newly" in before:  # "new dx of Crohn's disease" is a new event
        return False
    if not specialty_only and (any(k in _INDICATION_DX for k in before) or _described_as_controlled(a, ev)):
        return True
    # "for psoriasis", "for her RA", "for plaque psoriasis": the reason directly follows "for"
    if not any(k in _INDICATION_FOR for k in a.keys[max(ev.start_tok - 2, 0):ev.start_tok]):
        return False
    return any(d.sentence == ev.sentence and 0 < ev.start_tok - d.end_tok <= 4
               and (d.entry.specialty or d.canonical in c.products_by_canonical)
               for d in _drugs_in(a, ev.sentence))


def _described_as_controlled(a: Analysis, ev: EventMention) -> bool:
    """'RA is well controlled', 'stable MS', 'psoriasis in remission': the disease under treatment,
    not a new event. 'Not controlled' and 'poorly controlled' do not count."""
    s, e = a.sentence_bounds[ev.sentence]
    for i in range(max(s, ev.start_tok - 2), min(e, ev.end_tok + 5)):
        if ev.start_tok <= i < ev.end_tok or a.keys[i] not in _DISEASE_UNDER_TREATMENT:
            continue
        if not _NOT_UNDER_CONTROL.intersection(a.keys[max(s, i - 2):i]):
            return True
    return False


# --------------------------------------------------------------------------- assessment

def _choose_primary_drug(a: Analysis, c: CompiledLexicon, program_drug: str | None) -> None:
    candidates = [d for d in a.drugs if d.entry.kind != "lay"]
    if program_drug:
        key = program_drug.lower()
        for d in candidates:
            if key in {d.canonical.lower(), d.entry.display.lower(), d.entry.surface.lower()}:
                a.primary_drug = d
                return
    if not candidates:
        return
    historical_sentences = {t.sentence for t in a.triggers if t.rule.category in {"prior_drug", "historical"}}
    current_sentences = {t.sentence for t in a.triggers if t.rule.category == "current"}

    by_canonical: dict[str, list[DrugMention]] = {}
    for d in candidates:
        by_canonical.setdefault(d.canonical, []).append(d)

    def score(d: DrugMention) -> tuple[int, int, int, int]:
        same = by_canonical[d.canonical]
        past = sum(1 for x in same if x.sentence in historical_sentences and x.sentence not in current_sentences)
        specialty = 1 if (d.entry.specialty or d.canonical in c.products_by_canonical) else 0
        return (specialty, len(same) - past, -past, -d.start_tok)

    a.primary_drug = max(candidates, key=score)


def _suspect_for(a: Analysis, m: Mention) -> DrugMention | None:
    """The nearest specialty drug before the mention in its sentence, else the primary drug."""
    primary = a.primary_drug
    for d in reversed(_drugs_in(a, m.sentence)):  # text order: the nearest before is the last one
        if d.start_tok < m.start_tok and d.entry.kind != "lay" and (
                d.entry.specialty or (primary and d.canonical == primary.canonical)):
            return d
    return primary


def _attach_seriousness(a: Analysis, c: CompiledLexicon, config: ScanConfig) -> None:
    present = [ev for ev in a.events if ev.assertion == _PRESENT and not ev.dropped]
    for ev in present:
        info = c.lexicon.event_terms.get(ev.term)
        if info is None:
            continue
        if "ime" in info.flags:
            ev.seriousness.add("other_medically_important")
        if "life_threatening" in info.flags:
            ev.seriousness.add("life_threatening")
        if "death" in info.flags:
            ev.seriousness.add("death")
        if "congenital" in info.flags:
            ev.seriousness.add("congenital_anomaly")
    for cue in a.seriousness:
        if cue.assertion != _PRESENT or cue.category == "emergency_visit":
            continue
        same = [ev for ev in present if ev.sentence == cue.sentence]
        if not same:
            near = [ev for ev in present if abs(ev.sentence - cue.sentence) <= 1 and ev.turn == cue.turn]
            same = near or ([ev for ev in present if ev.turn == cue.turn] if cue.turn >= 0 else []) or present
        for ev in same:
            ev.seriousness.add(cue.category)


_SERIOUSNESS_ORDER = SERIOUSNESS_CRITERIA


def _any_within(ordered: list[int], value: int, distance: int) -> bool:
    """Whether the sorted list holds a number within ``distance`` of ``value``."""
    i = bisect.bisect_left(ordered, value - distance)
    return i < len(ordered) and ordered[i] <= value + distance


def _assess(a: Analysis, c: CompiledLexicon, config: ScanConfig, program_drug: str | None) -> None:
    version = c.lexicon.version
    terms = c.lexicon.event_terms
    # generic umbrella words ("side effects", "AE") stand for an event only when nothing specific does
    specific_present = any(
        ev.assertion == _PRESENT and not ev.dropped and not _is_umbrella(ev.term, terms) for ev in a.events
    )
    boiler = [t for t in a.triggers if t.rule.category == "boilerplate"]
    boiler_starts = sorted(t.start_tok for t in boiler)
    boiler_ends = sorted(t.end_tok for t in boiler)
    for ev in a.events:
        if not _is_umbrella(ev.term, terms) or ev.assertion != _PRESENT:
            continue
        if _is_question_sentence(a, ev.sentence):  # "what are the side effects of X?" asks, it does not report
            ev.assertion = "hypothetical"
            continue
        near_boiler = _any_within(boiler_starts, ev.end_tok, 3) or _any_within(boiler_ends, ev.start_tok, 3)
        if specific_present or near_boiler or not config.report_generic_events:
            ev.dropped = True
    # death cues name an event even when no cause is given
    for cue in a.seriousness:
        if cue.category == "death" and cue.assertion == _PRESENT and not any(
            ev.start_tok < cue.end_tok and cue.start_tok < ev.end_tok and not ev.dropped for ev in a.events
        ):
            entry = EventEntry(cue.rule.pattern, ("death",), "clinical", False, cue.rule.source)
            ev = EventMention(cue.start_tok, cue.end_tok, cue.start, cue.end, cue.sentence, cue.role, cue.turn,
                              entry, "death")
            a.events.append(ev)
    present_events = [ev for ev in a.events if ev.assertion == _PRESENT and not ev.dropped]
    if not present_events and config.report_unexplained_visits:
        for cue in a.seriousness:
            if cue.category in {"hospitalization", "emergency_visit"} and cue.assertion == _PRESENT:
                term = ("hospitalization (reason unknown)" if cue.category == "hospitalization"
                        else "emergency room visit (reason unknown)")
                entry = EventEntry(cue.rule.pattern, (term,), "clinical", False, cue.rule.source)
                a.events.append(EventMention(cue.start_tok, cue.end_tok, cue.start, cue.end, cue.sentence,
                                             cue.role, cue.turn, entry, term))
                break
    _attach_seriousness(a, c, config)
    present_events = [ev for ev in a.events if ev.assertion == _PRESENT and not ev.dropped]
    present_specials = _present_specials(a, c)
    a.has_adverse_event = bool(present_events)
    a.reportable = a.has_adverse_event or bool(present_specials)
    a.serious = any(ev.seriousness for ev in present_events)

    suspects: set[str] = set()
    findings: list[Finding] = []
    for ev in a.events:
        if ev.dropped:
            continue
        drug = _suspect_for(a, ev) if ev.assertion == _PRESENT else None
        if drug is not None:
            suspects.add(drug.canonical)
        findings.append(AdverseEventFinding(
            start=ev.start, end=ev.end, text=a.text[ev.start:ev.end], term=ev.term, assertion=ev.assertion,  # type: ignore[arg-type]
            drug=a.text[drug.start:drug.end] if drug else None, drug_term=drug.canonical if drug else None,
            seriousness=tuple(s for s in _SERIOUSNESS_ORDER if s in ev.seriousness)  # type: ignore[arg-type]
            if ev.seriousness and ev.assertion == _PRESENT else (),
            evidence=_evidence(ev.entry.surface, f"event:{ev.entry.source}:{ev.entry.surface}", ev.entry.source,
                               version, ev.fuzzy_score, _rule_id(ev.context_rule), ev.context_cue, ev.role),
        ))
    seen_special: set[tuple[int, int, str]] = set()
    for cue in a.specials:
        key = (cue.start, cue.end, cue.category)
        if key in seen_special:
            continue
        seen_special.add(key)
        drug = _suspect_for(a, cue) if cue.assertion == _PRESENT else None
        if drug is not None and cue.assertion == _PRESENT:
            suspects.add(drug.canonical)
        findings.append(SpecialSituationFinding(
            start=cue.start, end=cue.end, text=a.text[cue.start:cue.end], category=cue.category,  # type: ignore[arg-type]
            assertion=cue.assertion,  # type: ignore[arg-type]
            drug=a.text[drug.start:drug.end] if drug else None, drug_term=drug.canonical if drug else None,
            evidence=_evidence(cue.rule.pattern, cue.rule.id, cue.rule.source, version, None,
                               _rule_id(cue.context_rule), cue.context_cue, cue.role),
        ))
    concomitant_cues = {"also", "other", "meds", "taking", "plus", "+", "pre-meds", "premeds", "w/", "with"}
    for d in a.drugs:
        role = "mentioned"
        if a.reportable:
            if d.canonical in suspects or (d.entry.kind == "lay" and a.primary_drug is not None
                                           and a.primary_drug.canonical in suspects):
                role = "suspect"
            elif not d.historical and (not d.entry.specialty or any(
                    k in concomitant_cues for k in a.keys[max(d.start_tok - 4, 0):d.start_tok])):
                role = "concomitant"
        canonical = d.canonical
        if d.entry.kind == "lay" and a.primary_drug is not None:
            canonical = a.primary_drug.canonical
        findings.append(DrugFinding(
            start=d.start, end=d.end, text=a.text[d.start:d.end], term=canonical or d.entry.display,
            role=role,  # type: ignore[arg-type]
            brand=d.entry.display if d.entry.kind in {"brand", "variant"} else None,
            evidence=_evidence(d.entry.surface, f"drug:{d.entry.source}:{d.entry.kind}", d.entry.source, version,
                               d.fuzzy_score, None, None, d.role),
        ))
    findings.sort(key=lambda f: (f.start, f.end, f.kind))
    a.findings = findings


# Words that tie an ambiguous cue to the product: "cracked" is a complaint about a pen, not skin;
# "by accident" is a medication error when it is about a dose.
_PRODUCT_ANCHORS = frozenset({
    "pen", "pens", "syringe", "syringes", "device", "needle", "needles", "vial", "vials", "box", "package",
    "packaging", "carton", "bottle", "tablet", "tablets", "pill", "pills", "cap", "autoinjector", "cartridge",
    "solution", "medication", "medicine", "med", "meds", "liquid", "shipment", "delivery", "tote", "cooler",
    "ice", "injector", "plunger", "button", "product", "lot", "capsule", "capsules", "inhaler", "patch", "kit",
    "sureclick", "sensoready", "smartject", "pfs", "fridge", "refrigerator", "freezer", "temperature",
})
_DOSE_ANCHORS = _PRODUCT_ANCHORS | frozenset({
    "dose", "doses", "dosed", "dosing", "shot", "shots", "injection", "injections", "injected", "inject", "mg",
    "strength", "infusion", "took", "gave", "given", "administered", "drug",
})
_ANCHORED_CATEGORIES = {"product_complaint": _PRODUCT_ANCHORS, "medication_error": _DOSE_ANCHORS}


def _anchored(a: Analysis, cue: CueMention, anchors: frozenset[str]) -> bool:
    if cue.rule.kind == "regex" and cue.category == "medication_error":
        return True  # the medication-error regexes carry their own dose words
    if any(d.entry.kind != "lay" for d in _drugs_in(a, cue.sentence)):
        return True
    s, e = a.sentence_bounds[cue.sentence]
    return any(k in anchors for k in a.keys[s:e])


_UMBRELLA_TERMS = frozenset({"condition aggravated", "adverse drug reaction", "adverse event (unspecified)",
                             "drug intolerance", "symptom"})


def _is_umbrella(term: str, terms: dict) -> bool:
    """Words that stand for an event only when nothing more specific is named: 'side effects',
    'a flare', 'ended up in the hospital' (ICH: a hospital stay is a seriousness criterion, not an event)."""
    info = terms.get(term)
    return (info is not None and "generic" in info.flags) or term.endswith("(reason unknown)") or (
        term in _UMBRELLA_TERMS)


def _present_specials(a: Analysis, c: CompiledLexicon) -> list[CueMention]:
    """Present special situations; cues that are not about the product are removed."""
    out = []
    kept = []
    for cue in a.specials:
        anchors = _ANCHORED_CATEGORIES.get(cue.category)
        if anchors is not None and not _anchored(a, cue, anchors):
            continue
        kept.append(cue)
    a.specials = kept
    diseases: set[int] | None = None
    for cue in a.specials:
        if cue.assertion != _PRESENT:
            continue
        if cue.category == "lack_of_efficacy" and diseases is None:
            diseases = _disease_sentences(a, c)
        if cue.category == "lack_of_efficacy" and not _loe_anchored(a, cue, diseases or set()):
            cue.assertion = "negated"
            cue.context_cue = "no drug or treated disease in the sentence"
            continue
        out.append(cue)
    return out


def _disease_sentences(a: Analysis, c: CompiledLexicon) -> set[int]:
    """Sentences naming a disease (an event term flagged 'disease')."""
    terms = c.lexicon.event_terms
    return {ev.sentence for ev in a.events if "disease" in getattr(terms.get(ev.term), "flags", ())}


def _loe_anchored(a: Analysis, cue: CueMention, disease_sentences: set[int]) -> bool:
    """'not working' counts as lack of efficacy only when it is about a drug or the treated disease."""
    if _drugs_in(a, cue.sentence) or cue.sentence in disease_sentences:
        return True
    s, e = a.sentence_bounds[cue.sentence]
    return any(k in _LOE_ANCHORS for k in a.keys[s:e])


def _rule_id(rule: ContextRule | None) -> str | None:
    return rule.id if rule is not None else None


@lru_cache(maxsize=65_536)
def _evidence(matched: str, rule: str, source: str, version: str, fuzzy: float | None,
              context_rule: str | None, context_cue: str | None, speaker: str | None) -> Evidence:
    # Evidence is frozen, so identical evidence is built once and shared (a hot path of every scan)
    return Evidence(rule=rule, matched=matched, source=source, lexicon_version=version,
                    fuzzy_score=round(fuzzy, 1) if fuzzy is not None else None,
                    context_rule=context_rule,
                    context_cue=context_cue, speaker=speaker)


def _add_indication_off_label(a: Analysis, c: CompiledLexicon) -> None:
    """A disease given as the reason for a specialty drug that is not labelled for it is off-label use."""
    for ev in a.events:
        if ev.assertion != "indication" or not _introduced_as_indication(a, ev, c):
            continue
        drugs = [d for d in _drugs_in(a, ev.sentence) if d.canonical in c.products_by_canonical
                 and 0 < ev.start_tok - d.end_tok <= 8]
        if not drugs:
            continue
        labelled = set()
        for d in drugs:
            labelled.update(c.indications_of(d.canonical))
        if labelled and ev.term.lower() not in labelled and not any(ev.term.lower() in x or x in ev.term.lower()
                                                                     for x in labelled):
            rule = PatternRule("ss:off_label:indication_mismatch", "off_label", "phrase", ev.entry.surface, (),
                               "products.tsv")
            a.specials.append(CueMention(ev.start_tok, ev.end_tok, ev.start, ev.end, ev.sentence, ev.role,
                                         ev.turn, rule, "off_label"))


def _add_recurrence_loe(a: Analysis, c: CompiledLexicon) -> None:
    """The treated disease coming back or not improving is lack of efficacy."""
    terms = c.lexicon.event_terms
    for ev in a.events:
        info = terms.get(ev.term)
        if info is None or "disease" not in info.flags or ev.assertion != "indication":
            continue
        if _described_as_controlled(a, ev):  # "RA well controlled, she is back at work"
            continue
        hits = _triggers_for(a, ev.start_tok, ev.end_tok, ev.sentence)
        if any(t.rule.category == "recurrence" for t in hits):
            rule = PatternRule("ss:lack_of_efficacy:indication_recurrence", "lack_of_efficacy", "phrase",
                               ev.entry.surface, (), "context_rules.tsv")
            a.specials.append(CueMention(ev.start_tok, ev.end_tok, ev.start, ev.end, ev.sentence, ev.role,
                                         ev.turn, rule, "lack_of_efficacy"))


def analyze(text: str, tokens: Tokens, compiled: CompiledLexicon, config: ScanConfig,
            *, turns: Sequence[SpeakerTurn] = (), program_drug: str | None = None,
            fuzzy_cache: dict | None = None) -> Analysis:
    """Run detection, context and assessment on one tokenized text."""
    if not turns:
        turns = parse_turns(text)
    a = _segment(text, tokens, turns)
    cache = fuzzy_cache if fuzzy_cache is not None else {}
    by_table: dict[str, list] = {"drug": [], "event": [], "trigger": [], "special": [], "seriousness": []}
    payload_of = compiled.payload
    for start, end, index in compiled.combined.find_all(a.keys, skippable=_INTENSIFIERS):
        table, payload = payload_of(index)
        by_table[table].append((start, end, payload))
    _detect_drugs(a, compiled, config, cache.setdefault("drugs", {}), by_table["drug"])
    _detect_events(a, compiled, config, cache, by_table["event"])
    _detect_site_findings(a, compiled)
    _detect_triggers(a, compiled, by_table["trigger"])
    a.specials = _detect_cues(a, compiled, by_table["special"], "special", compiled.unless_by_rule)
    a.seriousness = _detect_cues(a, compiled, by_table["seriousness"], "seriousness", compiled.unless_by_rule)
    _detect_dose_mismatch(a)
    a.specials = _merge_overlapping_cues(a.specials)
    _drop_events_that_are_cues(a)
    _drop_triggers_inside_content(a)
    _choose_primary_drug(a, compiled, program_drug)
    _apply_context(a, compiled, config)
    _add_indication_off_label(a, compiled)
    _detect_coadministration(a)
    _add_recurrence_loe(a, compiled)
    _assess(a, compiled, config, program_drug)
    return a
