"""Generate pvflag's curated AE vocabulary, part A: GI, skin and hair, injection /
infusion / application site, general, pain and musculoskeletal, neuro, psych and
sleep, appetite and weight.

Written for pvflag by hand; nothing was copied from licensed terminologies
(MedDRA, CHV, SIDER, ADRMine, ...). Stdlib only and deterministic (no random
misspellings: every variant comes from a written list or a fixed rule).

    python lexicons/curated/generate_events_a.py

writes ``events_a.tsv`` (surface, terms, register, case) and
``event_terms_a.tsv`` (term, group, flags, aggravated) next to this file.

Vocabulary format (the ``VOCAB_*`` strings):

    @ term | group | flags | aggravated   starts a block for one event term
                                          (the term itself becomes a clinical surface)
    @ term1;term2                         a block of surfaces naming two events (N/V)
    c: ...  l: ...  i: ...  a: ...  m: ...  one line per register (clinical, lay,
                                          idiom, abbrev, misspelling)

Items are ``;``-separated; ``{a,b,}`` expands to alternatives; a trailing ``!``
makes a surface case-sensitive (HA, SI). Surfaces with an apostrophe also get
the form without it (can't -> cant). Templates then add body part x pain
phrasings and administration site x finding phrasings.

Other curated files (``event_terms_b.tsv``, ``event_terms_core.tsv``) may define
the same terms: a term defined there is written here with *their* group, flags
and aggravated term (the build fails on different definitions), and a surface
that another curated ``events*.tsv`` maps to different terms is left out here.
Both are printed, so a drift is visible when the script is re-run.
"""

# ruff: noqa: E501  (vocabulary lines are data: one term per block, many surfaces per line)
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when imported by the tests
from vocabulary_format import FLAGS, GROUPS, fold  # shared with the other generators and the tests

HERE = Path(__file__).resolve().parent
EVENTS_OUT = HERE / "events_a.tsv"
TERMS_OUT = HERE / "event_terms_a.tsv"
REGISTERS = {"c": "clinical", "l": "lay", "i": "idiom", "a": "abbrev", "m": "misspelling"}
# When one surface is written twice for the same terms, the first register in this list wins.
REGISTER_RANK = ["clinical", "abbrev", "lay", "idiom", "misspelling"]
# Ordinary words with a common non-medical sense: never a case-insensitive surface on their own.
STOP_SURFACES = {
    "sick", "cold", "down", "fit", "fits", "fall", "low", "high", "red", "hot", "hard", "dry", "pink",
    "off", "run", "runs", "gas", "blue", "weak", "sore", "spot", "bump", "lump", "knot", "heat", "warm",
    "burn", "burns", "ha", "si", "hi", "bad", "awful", "tired of", "shot", "bm",
    "loose", "upset", "out", "beat", "drained", "done", "fried", "wrecked", "dead",
    "flat", "rough", "blah", "meh", "crash", "crashed", "spaced", "lost", "stiff", "puffy",
    "swollen", "itchy", "itch", "tender", "raw", "numb", "cramps", "cramp", "ache", "aches", "hurt",
    "hurts", "hurting", "pain", "pains", "painful", "aching", "achy", "bruise", "bruised",
}
# Phrases whose everyday sense dominates in hub notes ("mixed up my doses", "confused about the copay",
# "PA" prior authorisation, "flush the line", "nervous about starting"): left out although a block lists them.
AMBIGUOUS = {
    "wind", "windy", "gag", "gags", "piles", "gastro", "noro", "urgency", "fissure", "flush", "flushes", "flushed",
    "sweat", "peel", "peeled", "peels", "boil", "boils", "b.o.", "smell bad", "smell funny", "killing me", "torture",
    "decline", "declining", "worsening", "chill", "chilled", "chilling", "chilly", "freezing", "flashes",
    "power surge", "power surges", "melting", "dragging", "pooped", "uncomfortable", "crying", "cried", "cries",
    "weeping", "effusion", "mig", "hazy", "giddy", "faint", "faints", "seized", "seizing", "fitting", "collapse",
    "went down", "hit the floor", "fell out", "went black", "went dark", "jerks", "jerking", "numbing", "numbed",
    "num", "like wood", "feels dead", "pacing", "mumbling", "confused", "confusion", "mixed up", "all mixed up",
    "getting mixed up", "sad", "cross", "temper", "stress", "stressed", "so stressed", "very stressed", "tense",
    "tension", "nervous", "so nervous", "very nervous", "feeling nervous", "uneasy", "dread", "overwhelmed",
    "feel overwhelmed", "feeling overwhelmed", "fear", "afraid", "scared", "frightened", "terrified", "terror",
    "angry", "so angry", "very angry", "violent", "violence", "furious", "fury", "emotional", "hormonal",
    "feel hormonal", "bummed", "funk", "rut", "disappearing", "fading away", "melting away", "skinny", "wasting",
    "end it", "end things", "ending things", "going down", "hyper", "wired", "amped", "restless", "unbalanced",
    "swaying", "lesions", "heaviness", "spent", "dopey", "loopy", "floppy", "tic", "tics", "aura", "auras", "colic",
    "hangover", "manic", "cravings", "agony", "labile", "binging", "hostile", "combative", "distractible",
    "unsteady", "wobbly", "dazed", "pitting", "purple", "scarring", "scars", "scar", "cyst", "cysts", "callus",
    "calluses", "wrinkles", "hernia", "stiffness", "grimacing", "stuttering", "stammering", "panic", "panicked",
    "panicking", "delusion", "tantrums", "outburst", "outbursts", "rage", "rages", "raging", "shaking", "shaky",
    "trembling", "trembled", "tremble", "trembles", "quiver", "quivering", "shakes", "twitches", "twitched",
    "spasm", "spasms", "cramps", "cramp", "cramped", "cramping", "sleeping a lot", "dozing", "seeing things",
    "hearing things", "emaciated", "sweats", "exhausted", "drained", "sluggish", "sapped", "zapped", "weary",
    "unwell", "sickness", "stiff", "numb", "burning", "warmth", "gassy", "bloated", "bloat", "farts", "fart",
    "farted", "farting", "tooting", "toots", "tooted", "burp", "burps", "burped", "burping", "heaves", "drool",
    "drooled", "drooling", "retch", "retched", "retches", "anorexia", "inflamed", "inflammation",
}
# Single words that are an English word with another common sense, or a misspelling/abbreviation that is
# one (found by checking every one-word surface against the package's english_words.txt by hand).
AMBIGUOUS |= {
    "ha's", "has", "kills", "akin", "hurst", "pane", "paine", "payne", "fiver", "appetite's", "appetites",
    "depression's", "depressions", "felon", "prickly", "touchy", "snappy", "impacted", "withdrawal", "withdrawals",
    "withdrawing", "withdrawn", "intolerant", "desperate", "desperation", "hungry", "starving", "starved",
    "roasting", "ich", "px", "pn", "eps", "tds", "cts", "ams", "weakened", "elated", "indifferent", "discouraged",
    "unhappy", "apprehensive", "apprehension", "aggressive", "aggressiveness", "se", "ses", "ae", "aes", "sae",
    "rxn", "rxns", "adr", "adrs", "isolating", "wonky", "hurled", "hurling", "guilt", "illness", "illnesses",
}
# Kept although listed above: in PSP notes these nearly always are the symptom (recall first).
AMBIGUOUS -= {"shaking", "shaky", "trembling", "cramps", "cramping", "spasms", "stiff", "numb", "exhausted",
              "drained", "sluggish", "unwell", "sweats", "gassy", "bloated", "farting", "burping", "drooling",
              "anorexia", "inflamed", "inflammation", "panic", "stiffness", "wobbly", "unsteady", "dazed", "lesions",
              "spasm", "twitches", "weary", "sickness", "retching", "hangover", "manic", "cravings", "agony"}
# Note-taking words that are not part of the event span (and "s/p", "h/o" make it history).
NOT_EVENT_PREFIXES = {"c/o", "s/p", "h/o", "hx", "+", "(+)"}
# Single words that are fine alone although listed above (the event is the only common sense).
ALLOWED_SINGLE = {
    "itchy", "itch", "numb", "cramps", "cramp", "swollen", "puffy", "stiff", "pain", "pains", "painful",
    "aching", "achy", "ache", "aches", "bruise", "bruised", "tender",
}

TERMS: dict[str, tuple[str, str, str]] = {}
ROWS: dict[tuple[str, str], tuple[str, str, str, str]] = {}
MEANING: dict[tuple[str, str], str] = {}
PROBLEMS: list[str] = []
# Surfaces given by the VOCAB_SPECIFIC* blocks: a broader block listing them too is expected, not a problem.
SPECIFIC_KEYS: set[tuple[str, str]] = set()


def expand(pattern: str) -> list[str]:
    """Brace expansion, nested allowed: ``"itch{,y,ing}"`` -> itch, itchy, itching."""
    match = re.search(r"\{([^{}]*)\}", pattern)
    if match is None:
        return [" ".join(pattern.split())]
    out: list[str] = []
    for choice in match.group(1).split(","):
        out.extend(expand(pattern[: match.start()] + choice + pattern[match.end() :]))
    return out


def define(term: str, group: str, flags: str = "", aggravated: str = "") -> None:
    if group not in GROUPS:
        raise ValueError(f"term {term!r}: group {group!r} is not one of {sorted(GROUPS)}")
    for flag in filter(None, flags.split(";")):
        if flag not in FLAGS:
            raise ValueError(f"term {term!r}: flag {flag!r} is not one of {sorted(FLAGS)}")
    entry = (group, flags, aggravated)
    if TERMS.setdefault(term, entry) != entry:
        raise ValueError(f"term {term!r} defined twice: {TERMS[term]} and {entry}")


# Words that make a phrase written under "c:" a lay one ("my stomach hurts", "can't sleep", "poop").
LAY_MARKERS = {
    "my", "i", "i'm", "im", "me", "myself", "his", "her", "your", "their", "feel", "feels", "feeling", "felt",
    "can't", "cant", "couldn't", "couldnt", "cannot", "don't", "dont", "didn't", "didnt", "won't", "so", "really",
    "super", "hurts", "hurt", "hurting", "poop", "poops", "pooping", "pee", "belly", "tummy", "butt", "bottom",
    "gut", "sore", "achy", "killing", "bad", "awful", "terrible", "horrible", "lots", "lot", "tons", "crazy",
    "keep", "keeps", "kept", "getting", "got", "gotten", "all", "stuff", "things", "thing", "like", "kinda",
}


def add(surface: str, terms: str, register: str, case: str = "i", template: bool = False) -> None:
    """Add one row; one surface has one meaning (a template loses to a hand-written row)."""
    surface = " ".join(surface.split())
    if not surface:
        return
    if register == "clinical" and surface != terms and LAY_MARKERS & set(surface.lower().split()):
        register = "lay"
    forms = [surface] + ([surface.replace("'", "")] if "'" in surface else [])
    for form in forms:
        key = (fold(form), "i") if case == "i" else (form, "s")
        if case == "i" and key[0] in AMBIGUOUS:
            continue
        if form.lower().split()[0] in NOT_EVENT_PREFIXES:
            continue  # "c/o HA": the finding is "HA"; "s/p syncope" is history
        if case == "i" and key[0] in STOP_SURFACES and key[0] not in ALLOWED_SINGLE:
            PROBLEMS.append(f"{form!r} is an ordinary word; write it case-sensitive or in a phrase")
            continue
        if MEANING.setdefault(key, terms) != terms:
            if not template and key not in SPECIFIC_KEYS:
                PROBLEMS.append(f"surface {form!r} means {MEANING[key]!r} and {terms!r}")
            continue
        prior = ROWS.get(key)
        if prior and REGISTER_RANK.index(prior[2]) <= REGISTER_RANK.index(register):
            continue
        ROWS[key] = (form if case == "s" else key[0], terms, register, case)


def parse_vocab(text: str) -> None:
    terms = ""
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            fields = [f.strip() for f in line[1:].split("|")]
            terms = fields[0]
            if len(fields) > 1:
                define(terms, *fields[1:4])
                add(terms, terms, "clinical")
            continue
        code, _, items = line.partition(":")
        if code not in REGISTERS or not terms:
            raise ValueError(f"vocabulary line {lineno}: expected '@ term' or 'c|l|i|a|m: ...', got {raw!r}")
        for item in filter(None, (i.strip() for i in items.split(";"))):
            case = "s" if item.endswith("!") else "i"
            for surface in expand(item.rstrip("!")):
                add(surface, terms, REGISTERS[code], case)

# More specific terms, parsed before the other blocks so that their surfaces win over a broader block.
VOCAB_SPECIFIC = r"""
@ dizziness postural | neuro
c: dizziness postural; postural dizziness; orthostatic dizziness; dizzy when i stand up; dizzy when i stand; dizzy when standing; dizzy on standing; dizzy upon standing; dizzy when i get up; dizzy when getting up; lightheaded when i stand up; lightheaded when standing; lightheaded when i get up; head rush when i stand; head rush when standing up; dizziness on standing; dizziness when standing; dizzy getting out of bed; see stars when i stand; seeing stars when i stand up; vision goes black when i stand; blacked out vision when standing
@ dizziness exertional | neuro
c: dizziness exertional; dizzy when i exercise; dizzy when walking; dizzy with exertion; dizzy climbing stairs; lightheaded with exertion
@ amnesia | neuro
c: amnesia; amnesic; no memory of; don't remember what happened; can't remember what happened; doesn't remember what happened; memory blank; lost time; lost hours; missing time
@ dysarthria | neuro
c: dysarthria; dysarthric; slurred speech; slurring speech; slurring my words; slurring words; slurring his words; slurring her words; slurred words; speech slurred; speech was slurred; speech is slurred; slurring; slurred; thick speech; talking like i'm drunk
@ tension headache | neuro
c: tension headache; tension headaches; tension-type headache; tension type headache; stress headache; stress headaches
@ trigeminal neuralgia | neuro
c: trigeminal neuralgia; tic douloureux; shooting face pain; electric shock pain in my face
@ post herpetic neuralgia | neuro
c: post herpetic neuralgia; postherpetic neuralgia; post-herpetic neuralgia; pain after shingles; shingles pain that won't go away; nerve pain after shingles
a: PHN
@ hypersomnia | neuro
c: hypersomnia; hypersomnolence; sleeping too much; sleeping 12 hours; sleeping 14 hours; sleeping 16 hours; sleeping all day long; oversleeping; over sleeping; sleep too much; slept too much
@ sleep paralysis | sleep
c: sleep paralysis; couldn't move when i woke up; can't move when i wake up; paralyzed when waking up; frozen when i wake up
@ restlessness | psych
c: restlessness; restless; so restless; very restless; feeling restless; feel restless; felt restless; can't sit still; cannot sit still; couldn't sit still; unable to sit still; can't stay still; fidgety; fidgeting; fidgeting constantly; restless all the time; restless feeling
@ carpal tunnel syndrome | neuro
c: carpal tunnel syndrome; carpal tunnel; carpal tunnel flare; numb hands at night; hands go numb at night; hands fall asleep at night; wrist numbness and tingling
a: CTS!
@ coordination abnormal | neuro
c: coordination abnormal; abnormal coordination; lack of coordination; loss of coordination; coordination problems; poor coordination; coordination is off; uncoordinated; clumsy; clumsiness; clumsier; more clumsy; so clumsy; bumping into things; bumping into walls; walking into walls; walking into things; knocking things over
@ fine motor skill dysfunction | neuro
c: fine motor skill dysfunction; can't button my shirt; trouble buttoning; can't button; trouble with buttons; can't pick up small things; trouble picking things up; handwriting changed; handwriting is messy; handwriting got worse; can't write well; trouble writing; can't hold a pen; can't type; trouble typing
@ sensory disturbance | neuro
c: sensory disturbance; sensory changes; sensation changes; change in sensation; altered sensation; abnormal sensation in my {hands,feet,legs,arms,skin}; strange sensations in my {hands,feet,legs,arms}; weird sensations in my {hands,feet,legs,arms}; funny feeling in my {hands,feet,legs,arms}; sensory symptoms
@ sensory loss | neuro
c: sensory loss; loss of sensation; lost sensation; loss of feeling; lost feeling; decreased sensation; reduced sensation; no feeling in my {hands,feet,legs,arms,fingers,toes}
@ depressed level of consciousness | neuro | ime
c: depressed level of consciousness; decreased level of consciousness; decreased consciousness; reduced consciousness; reduced level of consciousness; drifting in and out; in and out of consciousness; drifting in and out of consciousness; going in and out; not fully conscious; semi-conscious; semiconscious; barely conscious; barely responsive; hard to rouse
a: decr LOC; dec LOC; decreased LOC; altered LOC; ↓LOC
@ disorientation | psych
c: disorientation; disoriented; disorientated; didn't know where he was; didn't know where she was; didn't know where i was; didn't know what day it was; doesn't know where he is; doesn't know where she is; got lost driving; got lost driving home; lost driving home; got lost in the store; got lost in a familiar place
@ delirium | psych | ime
c: delirium; delirious; acute delirium; icu delirium; hospital delirium; delirium tremens; sundowning; sundowners
m: delerium; delirius; delerious; dilirium
@ mental status changes | psych
c: mental status changes; mental status change; altered mental status; altered mentation; change in mental status; change in mentation; acting confused; acting strange; acting weird; acting funny; acting out of character; not acting right; not himself mentally; not herself mentally
a: AMS!; MS changes; mental status chg; ΔMS
@ delusion | psych
c: delusions; delusional; paranoid delusions; false beliefs; believes things that aren't true; thinks people are out to get her; thinks people are out to get him; thinks someone is watching
@ paranoia | psych
c: paranoia; paranoid; paranoid thoughts; feeling paranoid; feel paranoid; felt paranoid; thought people were watching me; thinks people are following; suspicious of everyone; thinks everyone is against me
m: parnoid; paranoya; paranoied
@ hallucination, visual | psych
c: hallucination, visual; visual hallucination; visual hallucinations; seeing things that aren't there; seeing things that weren't there; saw things that weren't there; see things that aren't there; seeing people who aren't there; seeing bugs; seeing shadows; seeing shadow people; shadow people; saw bugs; saw people in the room; seeing things
@ hallucination, auditory | psych
c: hallucination, auditory; auditory hallucination; auditory hallucinations; hearing voices; hears voices; heard voices; hearing things that aren't there; hearing sounds that aren't there; hearing music that isn't there; hearing things
@ mania | psych
c: mania; manic; manic episode; manic episodes; manic symptoms; hypomania; hypomanic; hypomanic episode; grandiose; grandiosity; not sleeping and manic; racing thoughts and mania
@ aggression | psych
c: aggression; aggressive; aggressiveness; aggressive behavior; aggressive behaviour; hostile; hostility; lashing out; lash out; lashed out; combative; physically aggressive; verbally aggressive; hitting people; throwing things
m: agression; agressive; aggresion; agressiveness
@ anhedonia | psych
c: anhedonia; anhedonic; lost interest; loss of interest; lost interest in things; no interest in anything; don't enjoy anything; don't enjoy things anymore; can't enjoy anything; nothing is fun anymore; nothing brings me joy; no joy; lost my joy
@ apathy | psych
c: apathy; apathetic; don't care about anything; don't care anymore; no motivation; lack of motivation; lost my motivation; unmotivated; amotivation; indifferent; indifference; emotional indifference; can't be bothered
@ emotional poverty | psych
c: emotional poverty; emotionally numb; emotional numbness; numb inside; feeling flat; flat mood; blunted mood; emotional blunting; emotionally flat; flat affect; blunted affect; don't feel anything; can't feel anything emotionally; zombie emotionally; feel nothing
@ affect lability | psych
c: affect lability; emotional lability; labile mood; mood lability; emotionally unstable; emotional instability; unstable mood; crying one minute and laughing the next; happy one minute and sad the next; laughing and crying; cry at everything; crying at everything; cry at commercials; crying at commercials; pseudobulbar affect
@ tearfulness | psych
c: tearfulness; tearful; weepy; weepiness; in tears; burst into tears; breaking down crying; break down in tears; sobbing; sobbed; bawling; bawled; crying jags; crying fits; crying spells; crying episodes; crying for no reason; cry for no reason; cried for no reason; cry all the time; cried all day; crying all day; crying a lot; crying all the time; can't stop crying; couldn't stop crying; emotional and crying
@ nervousness | psych
c: nervousness; jittery and nervous; nervous all the time; nervous feeling; bad nerves; nerves are bad; nerves are shot; nerves are frayed; on edge; edgy; feel on edge; feeling on edge; keyed up; wound up; jumpy; nervous wreck; a nervous wreck; bundle of nerves; frazzled
@ stress | psych
c: emotional distress; psychological distress; mental distress; stressed out all the time; stress is through the roof; under a lot of stress
@ fear of injection | psych
c: fear of injection; fear of injections; fear of needles; needle phobia; needle fear; scared of needles; scared of the needle; terrified of needles; afraid of the needle; afraid of needles; afraid to inject; scared to inject; scared to give myself the shot; afraid to give myself the shot; trypanophobia; scared of the shot; afraid of the shot; anxiety about injections; injection anxiety; needle anxiety
@ self esteem decreased | psych
c: self esteem decreased; low self esteem; low self-esteem; self-esteem is low; self esteem is low; feel bad about myself; hate myself; hate how i look; hate the way i look; feel ugly; feeling ugly; ashamed of how i look; self conscious about my {skin,face,hair,weight}
@ guilt | psych
c: guilt; feeling guilty; feel guilty; felt guilty; excessive guilt; guilty all the time; feel like a burden; feeling like a burden; i'm a burden
@ social avoidant behaviour | psych
c: social avoidant behaviour; social avoidant behavior; avoiding people; avoiding friends; don't want to see anyone; withdrawn; withdrawing; isolating; isolating myself; stopped going out; don't leave the house anymore; staying in my room; hiding in my room; socially withdrawn; social withdrawal
@ binge eating | psych
c: binge eating; binging; binge-eating; bingeing; eating binges; food binges; binge on food; binge eating at night; night eating; eating at night; compulsive eating
@ gambling disorder | psych | ime
c: gambling disorder; compulsive gambling; gambling problem; gambling problems; started gambling; gambling a lot; pathological gambling; gambling addiction; lost money gambling
@ hypersexuality | psych
c: hypersexuality; hypersexual; increased sex drive and impulsive; compulsive sexual behavior; sex addiction; inappropriate sexual behavior
@ compulsive shopping | psych
c: compulsive shopping; shopping sprees; spending sprees; spending too much money; compulsive buying; buying things i don't need; spending money like crazy
@ obsessive thoughts | psych
c: obsessive thoughts; intrusive thoughts; obsessing; obsessive thinking; can't stop thinking about; thoughts won't stop; repetitive thoughts
@ thinking abnormal | psych
c: thinking abnormal; abnormal thinking; weird thoughts; strange thoughts; bizarre thoughts; disorganized thinking; thoughts don't make sense; flight of ideas
@ logorrhoea | psych
c: logorrhoea; logorrhea; talking too much; talking nonstop; talking non-stop; can't stop talking; pressured speech; rapid speech; talking fast; talking so fast
@ abnormal behaviour | psych
c: abnormal behaviour; abnormal behavior; strange behavior; strange behaviour; weird behavior; weird behaviour; odd behavior; odd behaviour; bizarre behavior; bizarre behaviour; behaving strangely; behaving weird; acting bizarre; out of character behavior; behavior changes; behavioral changes; behaviour changes; change in behavior; changes in behavior; behavior changed
@ personality change | psych
c: personality change; personality changes; personality changed; not acting like himself; not acting like herself; not acting like myself; like a different person; became a different person; turned into a different person; not the same person
@ initial insomnia | sleep
c: initial insomnia; sleep onset insomnia; can't fall asleep; couldn't fall asleep; cannot fall asleep; can't get to sleep; couldn't get to sleep; trouble falling asleep; difficulty falling asleep; hard time falling asleep; takes hours to fall asleep; takes me hours to fall asleep; lying awake for hours; laying awake for hours
@ middle insomnia | sleep
c: middle insomnia; can't stay asleep; couldn't stay asleep; trouble staying asleep; difficulty staying asleep; hard time staying asleep; waking up at night; waking up during the night; wake up during the night; woke up during the night; waking up in the middle of the night; wake up in the middle of the night; woke up in the middle of the night; waking up every hour; wake up every hour; waking up every two hours; waking up all night; wake up all night; up and down all night
@ terminal insomnia | sleep
c: terminal insomnia; early morning awakening; waking up too early; wake up too early; woke up too early; waking at 3am; waking up at 3am; wake up at 3am; waking up at 4am; wake up at 4am; up at 3am; up at 4am every morning; can't go back to sleep; couldn't go back to sleep; can't get back to sleep; couldn't get back to sleep
@ sleep terror | sleep
c: sleep terror; night terrors; night terror; waking up screaming; woke up screaming; screaming in my sleep
@ bruxism | musculoskeletal
c: bruxism; grinding my teeth; teeth grinding; grinding teeth; clenching my teeth; teeth clenching; jaw clenching; clenching my jaw; clenched jaw
@ temporomandibular joint syndrome | musculoskeletal
c: temporomandibular joint syndrome; temporomandibular joint disorder; TMJ; TMJ pain; tmj flare; tmj disorder; TMD; jaw clicking; jaw popping; jaw clicks; clicking jaw
@ tendonitis | musculoskeletal
c: tendonitis; tendinitis; tendinopathy; tendon inflammation; inflamed tendon; inflamed tendons; achilles tendonitis; tendon pain; tennis elbow; golfer's elbow
m: tendonitus; tendinitus; tendenitis
@ bursitis | musculoskeletal
c: bursitis; hip bursitis; shoulder bursitis; trochanteric bursitis; inflamed bursa
m: bursitus; burcitis
@ plantar fasciitis | musculoskeletal
c: plantar fasciitis; plantar fasciitis flare; heel spur; heel spurs; pain in the bottom of my foot; bottom of my foot hurts; bottoms of my feet hurt
m: plantar fascitis; planter fasciitis; plantar fasciitus; planters fasciitis
@ trigger finger | musculoskeletal
c: trigger finger; finger locking; finger gets stuck; finger locks; finger catching; thumb locking; trigger thumb
@ costochondritis | musculoskeletal
c: costochondritis; inflamed rib cartilage; chest wall inflammation
@ joint effusion | musculoskeletal
c: joint effusion; knee effusion; fluid on my knee; fluid in my knee; fluid on the knee; water on the knee; water on my knee; fluid in my joint; fluid in my joints
@ joint crepitation | musculoskeletal
c: joint crepitation; creaky joints; joints creaking; joints cracking; joints popping; knees cracking; knees popping; crunchy knees; grinding in my knee; crepitus
@ joint lock | musculoskeletal
c: joint lock; joints locking up; joints lock up; locked up joints; knee locking; knee locks up; knee gives way; knee giving way
@ muscle tightness | musculoskeletal
c: muscle tightness; tight muscles; muscles are tight; muscles feel tight; tightness in my muscles; tight hamstrings; tight calves; tight neck muscles
@ nuchal rigidity | musculoskeletal
c: nuchal rigidity; stiff neck; neck is stiff; neck stiffness; neck stiff; can't bend my neck; can't touch my chin to my chest
@ muscle fatigue | musculoskeletal
c: muscle fatigue; muscles tire quickly; muscles get tired; muscles tire easily; muscles feel tired; tired muscles; muscle tiredness; muscles give out
@ myositis | musculoskeletal | ime
c: myositis; muscle inflammation; inflamed muscles; inflammation of the muscles; immune mediated myositis; polymyositis
@ polymyalgia rheumatica | musculoskeletal
c: polymyalgia rheumatica; polymyalgia
a: PMR!
@ synovitis | musculoskeletal
c: synovitis; tenosynovitis; inflamed joint lining
@ sacroiliitis | musculoskeletal
c: sacroiliitis; SI joint inflammation; inflamed SI joint
@ spinal stenosis | musculoskeletal
c: spinal stenosis; lumbar stenosis; narrowing of the spine; narrowing in my spine
@ rotator cuff syndrome | musculoskeletal
c: rotator cuff syndrome; rotator cuff tear; torn rotator cuff; rotator cuff injury; rotator cuff tendonitis; shoulder impingement
@ back stiffness | musculoskeletal
c: back stiffness; stiff back; back is stiff; stiffness in my back; stiff lower back; lower back stiffness
@ muscle swelling | musculoskeletal
c: muscle swelling; swollen muscles; swollen muscle; muscles are swollen; swollen calf muscle
@ hypermobility | musculoskeletal
c: joint hypermobility; hypermobile joints; loose joints; joints feel loose
@ fluid retention | general
c: fluid retention; water retention; retaining fluid; retaining water; holding fluid; holding water; holding onto water; holding on to fluid; fluid buildup; fluid build-up; fluid build up; fluid overload
@ generalised oedema | general
c: generalised oedema; generalized edema; generalised edema; swelling all over; swollen all over; puffy all over; bloated all over; generalized swelling; body swelling; whole body swelling; anasarca
@ pitting oedema | general
c: pitting oedema; pitting edema; pitting edema+; leaves a dent when i press; dent when i push on my leg; finger leaves a dent
@ peripheral coldness | general
c: peripheral coldness; cold hands and feet; cold hands; cold feet; hands are cold; feet are cold; hands and feet are cold; icy hands; icy feet; hands like ice; feet like ice; feet like ice cubes; hands like ice cubes; cold fingers; cold toes; fingers are cold; toes are cold
@ hyperpyrexia | general | ime
c: hyperpyrexia; very high fever; extremely high fever; fever of {105,106,107}; temp of {105,106,107}; temp {105,106}; fever over 104; fever over 105
@ body temperature increased | general
c: body temperature increased; temperature increased; body temperature went up; temperature went up; temp went up; temperature elevated; elevated temperature
@ impaired healing | general
c: impaired healing; slow healing; slow to heal; wounds heal slowly; wound won't heal; wounds won't heal; cuts won't heal; cuts take forever to heal; sores won't heal; poor wound healing; delayed healing; delayed wound healing; healing slowly; taking forever to heal
@ mucosal inflammation | general
c: mucosal inflammation; inflamed mucous membranes; mucous membrane inflammation; mucositis of the gut; sore mucous membranes
@ withdrawal syndrome | general
c: withdrawal syndrome; withdrawal symptoms; withdrawal; withdrawals; going through withdrawal; having withdrawals; discontinuation syndrome; drug withdrawal; drug withdrawal syndrome; withdrawal from the medication
@ feeling drunk | general
c: feeling drunk; feel drunk; felt drunk; like i'm drunk; like i was drunk; feel tipsy; felt tipsy; drunk feeling; like i've been drinking
@ feeling jittery | general
c: feeling jittery; feel jittery; felt jittery; jittery; jitters; the jitters; jittery feeling; feel wired; feeling wired; wired and tired; feeling wired and tired; caffeinated feeling; like i had too much coffee; like too much coffee
@ feeling of body temperature change | general
c: feeling of body temperature change; hot and cold; hot then cold; cold then hot; hot and cold flashes; cold flashes; cold spells; hot one minute and cold the next; hot one minute cold the next
@ sensation of foreign body | general
c: sensation of foreign body; foreign body sensation; feels like something is stuck; feels like something in my throat; lump in my throat; feeling of a lump in my throat; globus; something stuck in my throat
@ exercise tolerance decreased | general
c: exercise tolerance decreased; decreased exercise tolerance; exercise intolerance; can't exercise; can't work out; can't exercise like i used to; can't work out anymore; get tired walking; tired after walking a short distance; worn out after walking; can't walk far; can't walk as far
@ illness | general
c: illness; illnesses; been ill; got ill; became ill; fell ill; falling ill; taken ill
@ hunger | metabolic
c: hunger; hungry; so hungry; very hungry; really hungry; starving; starved; hunger pangs; hunger pains; stomach growling from hunger
@ polydipsia | metabolic
c: polydipsia; excessive thirst; increased thirst; extreme thirst; drinking a lot of water; drinking tons of water; drinking so much water; can't drink enough water; can't quench my thirst; can't get enough water
@ underweight | metabolic
c: underweight; too thin; so thin; got too thin; getting too thin; too skinny; getting skinny; skin and bones; skin and bone; bag of bones; rail thin; thin as a rail; skinny as a rail; look like a skeleton; looks like a skeleton; like a skeleton; ribs are showing; bones are showing
@ cachexia | metabolic
c: cachexia; cachectic; wasting syndrome; emaciation; emaciated; wasting away; wasting away to nothing
@ fluid intake reduced | metabolic
c: fluid intake reduced; not drinking enough; not drinking; not drinking much; barely drinking; hardly drinking; can't drink; couldn't drink; decreased fluid intake; poor fluid intake; poor po fluids; won't drink
@ eating disorder | psych
c: eating disorder; disordered eating; restricting food; purging; making myself throw up; bulimia; anorexia nervosa
@ feeding intolerance | gi
c: feeding intolerance; can't tolerate feeds; not tolerating feeds; tube feed intolerance; spitting up feeds; formula intolerance
@ abnormal weight gain | metabolic
c: abnormal weight gain; weight gain in my belly; weight gain around my middle; weight gain in my face; belly is getting bigger; bigger belly; gut getting bigger; belly fat increased; increased waist size; waist getting bigger
@ vomiting projectile | gi
c: vomiting projectile; projectile vomiting; projectile vomited; projectile vomit; vomiting across the room; shooting vomit
@ infrequent bowel movements | gi
c: infrequent bowel movements; infrequent stools; bowel movements less often; pooping less; pooping less often; going less often; fewer bowel movements; less frequent bowel movements; only pooping once a week; poop once a week
@ feces hard | gi
c: feces hard; hard stools; hard stool; stools are hard; stool is hard; poop is hard; poops are hard; rock hard poop; rock hard stools; hard as rocks; pooping rocks; pebble poop; rabbit pellets; little pellets; pellet poop; pellet stools; small hard stools
@ feces soft | gi
c: feces soft; soft stools; soft stool; mushy stool; mushy stools; mushy poop; soft poop; pudding poop; stools are soft; poop is soft
@ dyschezia | gi
c: dyschezia; painful defecation; painful bowel movements; painful bowel movement; hurts to poop; it hurts to poop; hurts when i poop; painful to poop; pain when i poop
@ fecaloma | gi
c: fecaloma; faecaloma; fecal impaction; faecal impaction; impacted stool; impacted bowel; impaction; stool impaction; impacted
@ ileus | gi | ime
c: ileus; paralytic ileus; bowel stopped working; bowels stopped working; bowel shut down; gut stopped moving
@ intestinal ischaemia | gi | ime;life_threatening
c: intestinal ischaemia; intestinal ischemia; ischemic bowel; ischaemic bowel; dead bowel; bowel ischemia; mesenteric ischemia; lack of blood flow to the bowel
@ peritonitis | gi | ime
c: peritonitis; infection in my abdomen; abdominal infection; infected belly lining; inflamed abdominal lining
@ proctitis | gi
c: proctitis; inflamed rectum; rectal inflammation; radiation proctitis
@ rectal discharge | gi
c: rectal discharge; discharge from my rectum; mucus from my rectum; leaking mucus from my bottom; anal discharge; discharge from my bottom; oily discharge; oily spotting
@ rectal haemorrhage | gi
c: rectal haemorrhage; rectal hemorrhage; rectal bleeding; bleeding from the rectum; bleeding from my rectum; bright red blood per rectum; blood per rectum; anal bleeding; bleeding from the anus; bleeding from my butt; bleeding from my bottom; butt bleeding; bottom bleeding; bleeding back there; blood coming out of my butt; bleeding when wiping; bleeding when i wipe; blood when i wipe; blood on the toilet paper; blood on the tissue
a: BRBPR; brbpr
@ duodenitis | gi
c: duodenitis; inflamed duodenum; duodenal inflammation
@ oesophageal spasm | gi
c: oesophageal spasm; esophageal spasm; esophageal spasms; esophagus spasms; spasms in my esophagus; squeezing in my esophagus
@ oesophageal pain | gi
c: oesophageal pain; esophageal pain; esophagus hurts; painful esophagus; pain in my esophagus; burning in my esophagus; esophagus is burning
@ mallory-weiss syndrome | gi | ime
c: mallory-weiss syndrome; mallory weiss tear; mallory-weiss tear; tear in my esophagus from vomiting; esophageal tear
@ lip pain | gi
c: lip pain; sore lips; lips are sore; lips hurt; lip hurts; painful lips; burning lips; lips are burning; lips burning; lips sting
@ lip exfoliation | gi
c: lip exfoliation; lips peeling; lips are peeling; peeling lips; lip peeling; lips flaking; flaky lips; lips are flaking
@ lip ulceration | gi
c: lip ulceration; lip ulcer; lip ulcers; ulcer on my lip; ulcers on my lips; sore on my lip; sores on my lips; lip sores
@ oral mucosal blistering | gi
c: oral mucosal blistering; blisters in my mouth; blister in my mouth; mouth blisters; blisters on my tongue; blistering in my mouth; blisters inside my cheek
@ oral mucosal erythema | gi
c: oral mucosal erythema; red mouth; mouth is red; redness in my mouth; red patches in my mouth; red inside my mouth
@ mouth haemorrhage | gi
c: mouth haemorrhage; mouth hemorrhage; bleeding in my mouth; bleeding from my mouth; mouth bleeding; mouth is bleeding; blood in my mouth; blood in my spit; spitting blood
@ tongue ulceration | gi
c: tongue ulceration; tongue ulcer; tongue ulcers; ulcer on my tongue; sores on my tongue; sore on my tongue
@ tongue blistering | gi
c: tongue blistering; tongue blisters; blister on my tongue
@ tooth discolouration | gi
c: tooth discolouration; tooth discoloration; teeth discoloration; discolored teeth; stained teeth; teeth stained; teeth are stained; teeth turning {yellow,brown,gray,grey,black}; teeth turned {yellow,brown,gray,grey,black}; yellow teeth; brown teeth; gray teeth; grey teeth
@ tooth abscess | infection
c: tooth abscess; abscessed tooth; dental abscess; tooth infection; infected tooth; gum abscess; abscess in my tooth; abscess in my gum
@ gingival recession | gi
c: gingival recession; receding gums; gums receding; gums are receding; gum recession; gums pulling back
@ gingival discomfort | gi
c: gingival discomfort; gums feel weird; gums feel funny; gum discomfort; gums are irritated; irritated gums
@ salivary gland enlargement | gi
c: salivary gland enlargement; swollen salivary glands; swollen salivary gland; swollen glands under my jaw; parotid swelling; swollen parotid; parotitis
@ aphthous ulcer | gi
c: aphthous ulcer; aphthous ulcers; aphthous stomatitis; aphthae; canker sore; canker sores; canker; cankers; cancer sore; cancer sores; canker soar; canker soars; kanker sore
@ epigastric discomfort | gi
c: epigastric discomfort; discomfort in the pit of my stomach; discomfort under my breastbone; upper stomach discomfort; upper belly discomfort
@ gastrointestinal pain | gi
c: gastrointestinal pain; GI pain; gut pain; bowel pain; intestinal pain; pain in my intestines; pain in my bowels; intestines hurt
@ gastrointestinal inflammation | gi
c: gastrointestinal inflammation; gut inflammation; inflamed gut; inflamed intestines; intestinal inflammation; bowel inflammation; inflamed bowel; inflamed bowels
@ biliary colic | hepatic
c: biliary colic; gallbladder attack; gall bladder attack; gallbladder attacks; gallstone attack; gallbladder pain; pain under my right ribs after eating; pain after fatty meals
@ perianal erythema | gi
c: perianal erythema; red bottom; red butt; redness around my anus; butt is red; bottom is red; raw bottom; raw butt
@ anal fistula | gi
c: anal fistula; perianal fistula; fistula; fistulas; fistulae; fistula draining; draining fistula
@ small intestinal bacterial overgrowth | gi
c: small intestinal bacterial overgrowth; SIBO; sibo
@ food aversion | gi
c: food aversion; food aversions; aversion to food; aversion to meat; can't stand the smell of food; smell of food makes me sick; smell of food makes me nauseous; foods taste bad now
@ erythema nodosum | skin
c: erythema nodosum; tender red lumps on my shins; red painful bumps on my shins; painful red nodules on my legs
@ livedo reticularis | skin
c: livedo reticularis; lacy purple skin; net-like rash; mottled purple skin; lace-like pattern on my skin; skin looks marbled; marbled skin
@ prurigo | skin
c: prurigo; prurigo nodularis; itchy nodules; itchy hard bumps; picker's nodules
@ pruritus allergic | skin
c: pruritus allergic; allergic itching; allergic itch; itching from allergy
@ dermatitis allergic | skin
c: dermatitis allergic; allergic dermatitis; allergic skin reaction; allergic skin rash; allergic rash
@ dermatitis bullous | skin
c: dermatitis bullous; bullous dermatitis; blistering skin disease; blistering skin reaction
@ hand dermatitis | skin
c: hand dermatitis; hand eczema; eczema on my hands; dermatitis on my hands; rash on my hands; hands broke out; hands are broken out; hands are raw; raw hands
@ eczema asteatotic | skin
c: eczema asteatotic; asteatotic eczema; eczema craquele; winter itch
@ actinic keratosis | skin
c: actinic keratosis; actinic keratoses; solar keratosis; precancerous spots; precancerous skin spots; rough scaly spots from the sun
a: AK!; AKs!
@ seborrhoeic keratosis | skin
c: seborrhoeic keratosis; seborrheic keratosis; seborrheic keratoses; barnacles on my skin; stuck-on warty spots
@ skin papilloma | skin
c: skin papilloma; skin tags; skin tag; warts; wart; verruca; new warts; warts spreading
@ nail discolouration | skin
c: nail discolouration; nail discoloration; discolored nails; nails discolored; nails turning {yellow,black,brown,white,dark}; nails turned {yellow,black,brown,white,dark}; yellow nails; dark nails; black nails; dark lines on my nails; lines on my nails
@ onycholysis | skin
c: onycholysis; nails lifting; nail lifting; nails separating; nail separating from the nail bed; nails coming off; nails falling off; nail fell off; nails fell off; lost a nail; lost my nails; lost a toenail; lost toenails; toenail fell off; fingernail fell off; onychomadesis
@ nail ridging | skin
c: nail ridging; ridges in my nails; ridged nails; nail ridges; nail pitting; pitted nails; beau's lines; grooves in my nails
@ onychoclasis | skin
c: onychoclasis; brittle nails; nails are brittle; nails breaking; nails breaking easily; nails splitting; split nails; splitting nails; nails cracking; cracked nails; nails peeling; peeling nails; thin nails; soft nails; weak nails
@ ingrowing nail | skin
c: ingrowing nail; ingrown toenail; ingrown toenails; ingrown nail; ingrown nails
@ skin erosion | skin
c: skin erosion; raw spots on my skin; skin rubbed raw; skin wore away; erosions
@ skin plaque | skin
c: skin plaque; plaques on my skin; raised patches; thick patches; thick scaly patches
@ skin induration | skin
c: skin induration; hardened skin; skin hardening; skin hardened; skin got hard; hard patches of skin; skin thickening and hardening
@ skin warm | skin
c: skin warm; skin is warm; skin feels warm; skin feels hot; warm to the touch; skin is hot; hot skin; warm skin
@ sweat discolouration | skin
c: sweat discolouration; sweat discoloration; colored sweat; sweat is {orange,red,yellow,blue,pink}; {orange,red,yellow,pink} sweat; sweat stains are {orange,yellow}
@ chromaturia | renal
c: chromaturia; urine discoloration; urine discolouration; discolored urine; {orange,red,pink,green,blue,brown,dark} urine; urine is {orange,red,pink,green,blue,brown}; pee is {orange,red,pink,green,blue,brown}; {orange,red,pink,green,blue} pee; urine turned {orange,red,pink,green,blue,brown}; pee turned {orange,red,pink,green,blue,brown}
@ pigmentation disorder | skin
c: pigmentation disorder; pigment changes; pigmentation changes; changes in pigmentation; uneven skin tone; patchy skin color; blotchy skin tone
@ vitiligo | skin
c: vitiligo; vitiligo spreading; new vitiligo; white patches; white patches on my skin; white spots on my skin; skin losing color in patches
@ solar dermatitis | skin
c: solar dermatitis; sun rash; rash from the sun; rash in the sun; rash after being in the sun; rash after sun exposure; polymorphous light eruption; polymorphic light eruption; sun poisoning; sun allergy; allergic to the sun
@ pemphigus | skin | ime
c: pemphigus; pemphigus vulgaris; pemphigus foliaceus
@ lichen planus | skin
c: lichen planus; lichen planus like rash; lichenoid rash; lichenoid reaction; lichenoid eruption; oral lichen planus; lacy white patches in my mouth
@ hyperkeratosis | skin
c: hyperkeratosis; thickened skin; skin thickening; thick skin; calluses; callus; calloused; leathery skin; skin like leather; skin is leathery; thick skin on my {palms,soles,heels,feet,hands}
@ skin disorder | skin
c: skin disorder; skin condition; skin problem; skin problems; skin issue; skin issues; skin trouble; skin is acting up; skin acting up; skin is freaking out; skin flipped out; skin went crazy
@ hair disorder | skin
c: hair disorder; hair problems; hair issues; hair changes; something wrong with my hair; hair is weird; hair is acting weird
@ lipoatrophy | general
c: lipoatrophy; fat loss; loss of fat; loss of fat under the skin; fat wasting; dents under my skin; divots under my skin
@ lipodystrophy acquired | metabolic
c: lipodystrophy acquired; lipodystrophy; abnormal fat distribution; fat redistribution; fat moving around; fat buildup on my back; fat pad on my neck
@ lipohypertrophy | general
c: lipohypertrophy; lumpy fat; fatty lumps under the skin; fat lumps where i inject
@ immune effector cell-associated neurotoxicity syndrome | neuro | ime
c: immune effector cell-associated neurotoxicity syndrome; immune effector cell associated neurotoxicity syndrome
a: ICANS; ICANS gr {1,2,3,4}; ICANS grade {1,2,3,4}
@ myelitis | neuro | ime
c: myelitis; transverse myelitis; spinal cord inflammation; inflamed spinal cord
@ posterior reversible encephalopathy syndrome | neuro | ime
c: posterior reversible encephalopathy syndrome; reversible posterior leukoencephalopathy
a: PRES!; RPLS
@ radiculopathy | neuro
c: radiculopathy; radicular pain; pinched nerve; pinched nerves; nerve is pinched; nerve root pain; pain down my arm; pain going down my arm; shooting down my arm; pain shooting down my arm
@ nerve compression | neuro
c: nerve compression; compressed nerve; nerve compressed
@ dysstasia | neuro
c: dysstasia; can't stand up; can't stand; couldn't stand up; couldn't stand; unable to stand; trouble standing; hard to stand; difficulty standing; can't stand for long; legs won't hold me
@ hypogeusia | neuro
c: hypogeusia; decreased taste; reduced taste; diminished taste; taste decreased; food tastes bland; everything tastes bland; bland taste; taste is muted; taste is dull
@ hyposmia | neuro
c: hyposmia; decreased sense of smell; reduced sense of smell; smell is weaker; can barely smell; can hardly smell
@ mental impairment | neuro
c: mental impairment; mental decline; mentally impaired; mental slowness; mentally slow; mentally sluggish; slowed thinking; slow thinking; thinking is slow; mentally dull
@ psychomotor hyperactivity | psych
c: psychomotor hyperactivity; hyperactivity; hyperactive; revved up; amped up; bouncing off the walls; can't slow down; energy through the roof
@ crying | psych
c: crying spells in a baby; inconsolable crying; crying inconsolably; screaming and crying; won't stop crying; wouldn't stop crying; baby won't stop crying; baby crying nonstop; excessive crying
"""

VOCAB_SPECIFIC_2 = r"""
@ feces discoloured | gi
c: feces discoloured; feces discolored; faeces discoloured; stool discoloration; discolored stools; discoloured stools; green stool; green stools; green poop; yellow stool; yellow stools; yellow poop; orange poop; pale stools; clay colored stools; clay-colored stools; gray stools; grey stools; white poop; light colored stool; pale poop; stool changed color; poop changed color; poop color changed
@ mucous stools | gi
c: mucous stools; mucus in stool; mucus in stools; mucus in my stool; mucous in stool; slimy stool; slimy poop; mucusy stool; mucus in my poop; jelly in my stool
@ steatorrhoea | gi
c: steatorrhoea; steatorrhea; greasy stools; oily stools; oily stool; fatty stools; floating stools; stools float; poop floats; oily poop; greasy poop
@ lip erythema | gi
c: lip erythema; red lips; lips are red; redness of my lips
@ oral pruritus | gi
c: oral pruritus; itchy mouth; mouth itching; mouth is itchy; itching in my mouth; itchy tongue; tongue itching; itchy roof of my mouth; roof of my mouth itches; itchy palate
@ lip pruritus | gi
c: lip pruritus; itchy lips; lips itching; lips are itchy; lip itching
@ tongue coated | gi
c: tongue coated; coated tongue; tongue is coated; white coating on my tongue; furry tongue; fuzzy tongue
@ swollen tongue | gi
c: swollen tongue; tongue is swollen; tongue swelling; tongue swelled up; tongue feels swollen; tongue feels thick; thick tongue; fat tongue; big tongue; tongue edema; tongue oedema
@ gingival erythema | gi
c: gingival erythema; red gums; gums are red; redness of my gums
@ rash morbilliform | skin
c: rash morbilliform; morbilliform rash; measles-like rash; measles like rash; rash like measles
@ rash follicular | skin
c: rash follicular; follicular rash; bumps around hair follicles; rash around hair follicles
@ scalp pain | skin
c: scalp pain; scalp hurts; sore scalp; scalp is sore; tender scalp; scalp is tender; scalp tenderness; painful scalp; hair hurts; my hair hurts; scalp burning; burning scalp
@ dandruff | skin
c: dandruff; flaky scalp; scalp flaking; scalp is flaky; scaly scalp; greasy flakes
m: danruff; dandriff
@ skin fragility | skin
c: skin fragility; fragile skin; skin tears easily; skin tearing; skin rips easily; paper thin skin; skin like paper; tissue paper skin
@ acne cystic | skin
c: acne cystic; cystic acne; cystic pimples; deep painful pimples; painful cysts on my face; cysts on my face
@ acne pustular | skin
c: acne pustular; pustular acne; pustules on my face; pus pimples
@ blood blister | skin
c: blood blister; blood blisters; blood blister in my mouth; blood-filled blister
@ petechiae | skin
c: petechiae; petechial rash; petechia; pinpoint red spots; tiny red dots that don't blanch; pinpoint spots; tiny purple dots; blood spots under the skin; blood spots on my skin; red dots on my legs
m: petechia's; petichiae; petechae; petichia; pertechiae
@ decubitus ulcer | skin
c: decubitus ulcer; pressure ulcer; pressure sore; pressure sores; bed sore; bed sores; bedsore; bedsores; pressure injury
@ intertrigo | skin
c: intertrigo; rash in skin folds; rash under my breasts; rash in my skin folds; raw skin folds
@ keloid scar | skin
c: keloid scar; keloid; keloids; raised scar; hypertrophic scar
@ hirsutism | skin
c: hirsutism; hair growing on my face; facial hair growth; growing hair on my face; chin hair; chin hairs; mustache growing; beard growing
@ melasma | skin
c: melasma; chloasma; mask of pregnancy; brown patches on my face
@ hypothermia | general
c: hypothermia; hypothermic; low body temperature; body temperature too low; temperature dropped; temp dropped; temperature of {94,95}; temp of {94,95}
@ tenderness | general
c: tenderness; tender to touch; tender to the touch; sore to touch; sore to the touch; hurts to touch; hurts when touched; painful to touch; painful to the touch
@ nodule | general
c: nodule; nodules; small nodule; little nodule; new nodule; nodular
@ sensation of pressure | general
c: sensation of pressure; pressure feeling; feeling of pressure; pressure sensation; feels like pressure; pressure all over
@ feeling of relaxation | general
c: feeling of relaxation; too relaxed; overly relaxed; relaxed feeling; felt very relaxed; floppy and relaxed
@ failure to thrive | general
c: failure to thrive; not thriving; baby not thriving; baby not growing; not growing well; poor growth; growth slowed; growth faltering
@ poor feeding infant | gi
c: poor feeding infant; poor feeding; baby not feeding well; baby won't eat; baby not eating; baby not eating well; baby refusing the bottle; refusing the bottle; refusing to feed; not feeding well; feeding poorly; fussy feeding; trouble feeding; feeding difficulties; feeding difficulty; baby won't nurse; refusing to nurse; not latching
@ weight gain poor | metabolic
c: weight gain poor; poor weight gain; not gaining weight; failure to gain weight; baby not gaining weight; slow weight gain
@ headache;nausea;vomiting
c: headache with nausea and vomiting; headache and nausea and vomiting; headache, nausea and vomiting; headache, nausea, vomiting; headache/nausea/vomiting; nausea, vomiting and headache
a: HA/N/V!; HA & N/V!; HA, N/V!; HA w/ N/V!; N/V/HA!; HA + N/V!
@ paresthesia;hypoesthesia
c: numbness and tingling; tingling and numbness; numb and tingly; tingly and numb; numbness/tingling; tingling/numbness; numbness & tingling; tingling & numbness; numbness and pins and needles
a: n/t; N/T; numbness/tingling+; N&T
@ migraine with aura | neuro
c: migraine with aura; migraines with aura; aura before migraine; aura before the headache; visual aura; visual auras; zigzag lines before headache; flashing lights before headache; ocular migraine; ocular migraines
@ cervicogenic headache | neuro
c: cervicogenic headache; headache from my neck; headache starting in my neck; neck headache
@ exertional headache | neuro
c: exertional headache; headache when i exercise; headache after exercise; headache with exertion
@ intention tremor | neuro
c: intention tremor; shaking when i reach for things; shaking when reaching; tremor when reaching
@ sedation | neuro
c: sedation; sedated; over-sedated; oversedated; over sedated; too sedated; heavily sedated; overly sedated; sedated feeling
@ stupor | neuro
c: stupor; stuporous; obtunded; in a stupor
@ dysaesthesia | neuro
c: dysaesthesia; dysesthesia; dysesthesias; dysaesthesias; unpleasant sensations; painful tingling; painful pins and needles
@ allodynia | neuro
c: allodynia; clothes hurt my skin; hurts when clothes touch my skin; light touch hurts; touch hurts; sheets hurt my skin; can't stand anything touching my skin
@ formication | neuro
c: formication; skin crawling; skin is crawling; skin crawls; crawling sensation; crawling feeling; like ants crawling on my skin; ants crawling on my skin; like bugs crawling under my skin; bugs crawling on my skin; like bugs under my skin; like ants under my skin
@ electric shock sensation | neuro
c: electric shock sensation; electric shocks; electrical shocks; electric shock feeling; electric zaps; zaps; zapping sensation; brain zaps; brain zap; brain shivers; lhermitte's sign; lhermitte sign; shock down my spine; electric shock down my spine
@ polyneuropathy | neuro
c: polyneuropathy; polyneuropathies; stocking glove numbness; stocking-glove numbness
@ peripheral sensory neuropathy | neuro
c: peripheral sensory neuropathy; sensory neuropathy; sensory peripheral neuropathy
@ peripheral motor neuropathy | neuro
c: peripheral motor neuropathy; motor neuropathy
@ myoclonus | neuro
c: myoclonus; myoclonic jerks; myoclonic; myoclonic seizures; sudden jerks; body jerks; limbs jerking; jerky limbs
@ tardive dyskinesia | neuro
c: tardive dyskinesia; tardive; lip smacking; tongue thrusting; chewing movements; tongue darting
a: TDs
@ torticollis | neuro
c: torticollis; wry neck; neck twisting; neck pulled to one side; head pulled to one side; head turned to one side
@ oculogyric crisis | neuro
c: oculogyric crisis; eyes stuck looking up; eyes rolled up and stuck; eyes locked upward
@ muscle rigidity | neuro
c: muscle rigidity; rigid muscles; rigidity; cogwheel rigidity; cogwheeling; muscles rigid; body rigid; body went rigid; stiff and rigid
@ bradykinesia | neuro
c: bradykinesia; slowness of movement; slow movements; moving slowly; moving slow; slowed down movements; slowed movements; slowed down physically
@ hyporeflexia | neuro
c: hyporeflexia; areflexia; decreased reflexes; absent reflexes; no reflexes; reflexes are gone; reflexes decreased
@ phantosmia | neuro
c: phantosmia; phantom smells; phantom smell; smelling things that aren't there; smell smoke that isn't there; smelling smoke that isn't there; smelling burning
@ febrile convulsion | neuro | ime
c: febrile convulsion; febrile convulsions; febrile seizure; febrile seizures; seizure with fever; fever seizure; fever seizures
@ status epilepticus | neuro | ime;life_threatening
c: status epilepticus; status seizure; seizure that wouldn't stop; seizures that wouldn't stop; seizure lasting more than 5 minutes; continuous seizures; back-to-back seizures; back to back seizures; seizure after seizure
@ generalised tonic-clonic seizure | neuro | ime
c: generalised tonic-clonic seizure; generalized tonic-clonic seizure; generalized tonic clonic seizure; tonic-clonic seizure; tonic clonic seizure; tonic-clonic; tonic clonic; grand mal; grand mal seizure; grand mal seizures; tonic clonic seizures
a: GTC; GTCs; GTCS; GTC sz; FBTC; FBTCS
@ partial seizures | neuro | ime
c: partial seizures; partial seizure; focal seizure; focal seizures; complex partial seizure; complex partial seizures; simple partial seizure; focal aware seizure; focal impaired awareness seizure
@ petit mal epilepsy | neuro | ime
c: petit mal epilepsy; absence seizure; absence seizures; petit mal; petit mal seizure; staring spells; staring spell; blank stare episodes
@ cataplexy | neuro
c: cataplexy; cataplectic; knees buckle when i laugh; muscles go weak when i laugh
@ sudden onset of sleep | neuro
c: sudden onset of sleep; sleep attacks; sleep attack; falling asleep suddenly; suddenly falling asleep; fell asleep at the wheel; falling asleep while driving
@ transient global amnesia | neuro | ime
c: transient global amnesia; sudden memory loss; woke up and couldn't remember anything
@ monoparesis | neuro
c: monoparesis; weakness in one arm; weakness in one leg; one arm is weak; one leg is weak; arm went weak; leg went weak; can't lift one arm
@ encephalitis | neuro | ime
c: encephalitis; brain inflammation; inflammation of the brain; inflamed brain; autoimmune encephalitis
@ compartment syndrome | musculoskeletal | ime
c: compartment syndrome
@ osteonecrosis | musculoskeletal | ime
c: osteonecrosis; avascular necrosis; bone death; bone necrosis; avascular necrosis of the hip; hip avascular necrosis; osteonecrosis of the hip
a: AVN
@ muscle haemorrhage | musculoskeletal
c: muscle haemorrhage; muscle hemorrhage; bleeding into the muscle; bleeding in my muscle; muscle bleed; muscle bleeds
@ posture abnormal | musculoskeletal
c: posture abnormal; hunched over; stooped; stooped posture; bent over posture; can't stand up straight; leaning forward when i walk
@ arthropathy | musculoskeletal
c: arthropathy; joint disease; joint problems; joint issues; joint damage; joint disorder
@ periarthritis | musculoskeletal
c: periarthritis; adhesive capsulitis; frozen shoulder; shoulder is frozen
@ muscle injury | injury
c: muscle injury; muscle tear; torn muscle; tore a muscle; muscle strain injury
@ suicidal behaviour | psych | ime
c: suicidal behaviour; suicidal behavior; suicidal gestures; suicidal gesture; suicide gesture; made a suicide plan; suicide plan; has a plan to kill himself; has a plan to kill herself; have a plan to kill myself; wrote a suicide note; suicide note; gave away my things
@ self-injurious ideation | psych | ime
c: self-injurious ideation; thoughts of hurting myself; thoughts of self-harm; thoughts of self harm; want to hurt myself; wanted to hurt myself; urge to hurt myself; urges to self-harm; urge to cut; urges to cut; thinking about cutting; thinking about hurting myself
@ mood altered | psych
c: mood altered; altered mood; mood changes; mood change; changes in mood; change in mood; mood is off; mood problems; mood issues; mood disturbance; mood disturbances; mood is different
a: mood chgs; mood sx
@ hopelessness | psych
c: hopelessness; feeling hopeless; feel hopeless; felt hopeless; hopeless; helpless and hopeless; no hope; lost hope; lost all hope; giving up; given up; no future; see no future
m: hopless; hopeles
@ feeling of despair | psych
c: feeling of despair; despair; despairing; in despair; desperate; desperation; at the end of my rope; at the end of my tether; can't go on like this; can't take it anymore; can't do this anymore
@ hypervigilance | psych
c: hypervigilance; hypervigilant; on high alert; constantly on guard; always on guard; jumpy and on guard; startle easily; easily startled; exaggerated startle
@ psychomotor retardation | psych
c: psychomotor retardation; moving and thinking slowly; slowed down mentally and physically; everything in slow motion; feel like i'm in slow motion; in slow motion
@ negative thoughts | psych
c: negative thoughts; negative thinking; negative thought patterns; pessimistic thoughts; thinking the worst; catastrophizing; ruminating; rumination; dwelling on things
@ depersonalisation/derealisation disorder | psych
c: depersonalisation/derealisation disorder; depersonalization; depersonalisation; derealization; derealisation; feel unreal; feeling unreal; things feel unreal; nothing feels real; world feels unreal; world doesn't feel real; watching myself from outside; like watching a movie of my life; outside my body; out of body; out-of-body; out of body experience
@ circadian rhythm sleep disorder | sleep
c: circadian rhythm sleep disorder; day night reversal; days and nights mixed up; sleeping during the day and awake at night; sleep schedule is off; sleep schedule messed up; sleep cycle messed up; sleep-wake cycle disturbed; body clock is off; internal clock is off
@ hallucination, tactile | psych
c: hallucination, tactile; tactile hallucination; tactile hallucinations; feeling things that aren't there; feel things touching me
@ hypnagogic hallucination | sleep
c: hypnagogic hallucination; hypnagogic hallucinations; hypnopompic hallucinations; seeing things when falling asleep; seeing things as i fall asleep; hallucinations when waking up
@ diarrhoea haemorrhagic | gi
c: diarrhoea haemorrhagic; diarrhea hemorrhagic; bloody diarrhea; bloody diarrhoea; diarrhea with blood; blood in my diarrhea; bloody loose stools; bloody watery stools
@ haemorrhoidal haemorrhage | gi
c: haemorrhoidal haemorrhage; hemorrhoidal hemorrhage; bleeding hemorrhoids; bleeding haemorrhoids; hemorrhoids bleeding; hemorrhoids are bleeding; bleeding piles
@ hypoaesthesia teeth | gi
c: hypoaesthesia teeth; numb teeth; teeth are numb; teeth feel numb; tooth numbness
@ tooth disorder | gi
c: tooth disorder; tooth problems; dental problems; dental issues; teeth problems; problems with my teeth; teeth issues
@ lip discolouration | gi
c: lip discolouration; lip discoloration; lips turned dark; dark lips; lips are discolored; lips turned white; pale lips
@ tongue discomfort | gi
c: tongue discomfort; tongue feels weird; tongue feels funny; tongue feels strange; weird feeling on my tongue
@ oral mucosal exfoliation | gi
c: oral mucosal exfoliation; skin peeling inside my mouth; mouth peeling; inside of my mouth is peeling; cheeks peeling inside; lining of my mouth peeling
@ burning mouth syndrome | gi
c: burning mouth syndrome; burning mouth; mouth is burning; mouth feels burned; mouth feels like it's burned; mouth on fire; scalded mouth feeling
@ dermatitis diaper | skin
c: dermatitis diaper; diaper rash; diaper dermatitis; nappy rash; rash in the diaper area; diaper area rash; red bottom from the diaper
@ dermatitis acneiform | skin
c: dermatitis acneiform; acneiform rash; acneiform eruption; acneiform dermatitis; acne-like rash; acne like rash; pimple-like rash; pimple like rash; acneiform; acneiform rxn
@ haematoma | vascular
c: haematoma; hematoma; hematomas; haematomas; pocket of blood under the skin; blood pooling under the skin; big lump of blood under the skin
@ increased tendency to bruise | blood
c: increased tendency to bruise; bruise easily; bruising easily; bruises easily; easy bruising; bruised easily; bruising more easily; bruise so easily; bruise at the slightest touch; bruising with no reason; bruise like a peach
@ scab | skin
c: scab; scabs; scabbing; scabby; scabbed over; scabs all over; crusty scabs
@ skin weeping | skin
c: skin weeping; weeping skin; skin is weeping; oozing skin; skin is oozing; skin oozing; oozing clear fluid; weeping rash; oozing rash
@ pustule | skin
c: pustule; pustules; pus bumps; pus-filled bumps; pus filled bumps; bumps with pus; whiteheads all over; pimples with pus
@ papule | skin
c: papule; papules; little raised bumps; raised bumps; raised red bumps
@ trichorrhexis | skin
c: trichorrhexis; hair breaking off; hair breakage; hair is breaking; hair keeps breaking; hair snapping off; hair breaking
@ chronic fatigue syndrome | general
c: chronic fatigue syndrome; chronic fatigue; myalgic encephalomyelitis; post-exertional malaise; crash after exertion
a: CFS!; ME/CFS
@ vertigo positional | ear
c: vertigo positional; positional vertigo; benign positional vertigo; benign paroxysmal positional vertigo; dizzy when i roll over; dizzy when i turn my head; spins when i turn my head; room spins when i lie down; dizzy when i lie down
a: BPPV; bppv
@ hemiplegic migraine | neuro
c: hemiplegic migraine; migraine with weakness on one side; migraine with one sided weakness
@ status migrainosus | neuro
c: status migrainosus; migraine lasting days; migraine that won't break; migraine won't break; migraine for 3 days; migraine for three days; migraine for days
@ yawning | general
c: yawning; yawning a lot; yawning all the time; excessive yawning; constant yawning; can't stop yawning; yawn all day
@ frustration tolerance decreased | psych
c: frustration tolerance decreased; easily frustrated; low frustration tolerance; frustrated easily; get frustrated so easily; gets frustrated easily
@ impatience | psych
c: impatience; no patience; lost my patience; zero patience; little patience; patience is gone; less patient; very impatient
@ agoraphobia | psych
c: agoraphobia; agoraphobic; afraid to leave the house; scared to leave the house; can't leave the house because of anxiety; panic when i leave the house
@ suicide threat | psych | ime
c: suicide threat; threatened suicide; threatening suicide; threatened to kill himself; threatened to kill herself; threatened to kill myself; threatening to kill himself; threatening to kill herself
@ waist circumference increased | metabolic
c: waist circumference increased; waist getting bigger; bigger waist; waist size went up; waistline expanding
@ hypovolaemia | metabolic
c: hypovolaemia; hypovolemia; volume depletion; volume depleted; hypovolemic; low blood volume
a: vol depleted; vol depletion; hypovol
@ muscle discomfort | musculoskeletal
c: muscle discomfort; muscles feel weird; muscles feel funny; muscles uncomfortable; muscle uneasiness
@ joint warmth | musculoskeletal
c: joint warmth; warm joints; joints are warm; hot joints; joints are hot; hot swollen joint; knee is warm; knee is hot; warm knee; hot knee
@ back disorder | musculoskeletal
c: back disorder; back problems; back problem; back issues; bad back; back trouble; back is acting up; back acting up; back went out on me
@ skin burning sensation | skin
c: skin burning sensation
@ dyspepsia;flatulence
c: gas and indigestion; indigestion and gas; heartburn and gas; gas and heartburn
@ abdominal distension;flatulence
c: gas and bloating; bloating and gas; gassy and bloated; bloated and gassy; gas/bloating; bloating/gas; gas & bloating; bloating & gas; gas bloating
@ nausea;fatigue
c: nausea and fatigue; fatigue and nausea; tired and nauseous; nauseous and tired; nausea/fatigue; fatigue/nausea
@ fatigue;myalgia
c: fatigue and muscle aches; tired and achy; achy and tired; fatigue and body aches; body aches and fatigue; fatigue/myalgia; myalgia/fatigue
@ headache;pyrexia
c: fever and headache; headache and fever; fever/headache; headache/fever; feverish and headache
@ pyrexia;myalgia
c: fever and body aches; body aches and fever; fever and muscle aches; fever/myalgia; fever and aches; fever, aches
@ pyrexia;chills;myalgia
c: fever chills and body aches; fever, chills and body aches; fever, chills, body aches; fevers chills and aches; fever/chills/body aches; fever/chills/myalgia; F/C/myalgia
@ rash;pruritus
c: rash and itching; itching and rash; rash and itch; rash/itching; itching/rash; rash + itching; rash w/ itching
@ insomnia;anxiety
c: anxiety and insomnia; insomnia and anxiety; anxious and can't sleep; can't sleep and anxious; anxiety/insomnia; insomnia/anxiety
@ depression;anxiety
c: depression and anxiety; anxiety and depression; anxious and depressed; depressed and anxious; anxiety/depression; depression/anxiety; anx/dep; dep/anx
@ dizziness;vertigo
c: dizziness and vertigo; vertigo and dizziness; dizzy and room spinning
"""

VOCAB_GI = r"""
@ nausea | gi
c: nauseated; nauseous; nauseousness; queasiness; {feeling,felt} nauseated
l: queasy; {a little,kinda,very,so,really,super} queasy; sick to {my,her,his,your,their} stomach; sick {in,to} the stomach; stomach{ is, was,} turning; stomach turned; {my ,}stomach {feels,felt} {off,funny,weird,sick,queasy}; tummy {feels,felt} {off,funny,weird,sick}; green around the gills; felt like {throwing,I was going to throw,i would throw,i might throw} up; {feel,feels,felt,feeling} like {throwing,puking,i'm going to throw,I'm gonna throw,I'm gonna puke,i'm going to puke,i'm gonna be sick,i'm going to be sick} {up,}; wanted to {throw up,puke,vomit}; want to {throw up,puke,vomit}; {about,going} to {throw up,puke}; urge to vomit; nauseousness; sick feeling in {my,the} stomach; upset stomach feeling; {wave,waves} of nausea; {constant,bad,severe,mild,slight,some,terrible} nausea; morning sickness feeling; motion sick; car sick; carsick; seasick
i: stomach doing flips; stomach doing somersaults; stomach flipping; stomach churning; stomach is churning; churning stomach; stomach rolling; stomach in knots; belly doing flips; everything smells {sick,awful} and {i,I} gag
a: naus; nsea
m: nausious; nausia; nauseas; nausea's; naseau; naseous; nauseus; nausous; nausus; nasuea; nausae; nasea; nausha; noxious feeling; nauseaus; nauscious; nausiated; nauciated; nautious; nausiuos; nauseate; nauseaed; nausated; nasous; naushus; nauseos; nauteous; nausiousness; nausuous
@ vomiting | gi
c: vomiting; vomit; vomited; vomits; emesis; emeses; emesis x{1,2,3,4,5}; vomiting episodes; episodes of vomiting; repeated vomiting; persistent vomiting
l: {threw,throw,throwing,throws,thrown,throwed} up; {threw,throwing,thrown} up {everything,all day,all night,bile,food,my food}; puking; puke; puked; pukes; puking {up,}; barfing; barfed; barf; barfs; hurling; hurled; upchucking; upchucked; upchuck; heaving; heaved; {couldn't,can't,cant,could not,cannot,unable to} keep {anything,food,fluids,liquids,water,meds,my meds,my food,it,nothing} down; {couldn't,can't,could not,cannot} hold {anything,food,water,fluids} down; not keeping {anything,food,fluids} down; {everything,all of it} {came,comes,coming} {back up,right back up,up}; sick to my stomach and threw up; {was,got,been,being} sick {in,into} the {toilet,bucket,bin}; been sick all night; spewing; spewed; tossing my cookies; tossed my cookies; blowing chunks; blew chunks; projectile vomiting; projectile vomited; sick up
i: praying to the porcelain god; hugging the toilet; hugged the toilet; worshipping the porcelain throne; talking to ralph; calling ralph; called ralph; lost my lunch; lost my dinner; lost my breakfast; losing my lunch; feeding the fish; driving the porcelain bus; riding the porcelain bus
a: emesis; vom; vomm; vomitting x{1,2,3}
m: vomitting; vommiting; vomting; vomiteing; vomitted; vommited; vommitting; vomitin; vomiing; vommit; vomet; vomiting's; vometing; vomitng; vomted; throwup; throwin up; throwing uo; thowing up; throughing up; threw uo; thew up; threw-up; trew up; throwwing up; puk; pucking; pukeing; pukin; puuking; trowing up; vommitted
@ nausea;vomiting
c: nausea and vomiting; nausea & vomiting; nausea/vomiting; nausea, vomiting; nausea with vomiting; nausea w/ vomiting; vomiting and nausea; nausea and emesis; nausea/emesis
a: N/V; NV!; N+V; N&V; n & v; n/v x{1,2,3}; N/V's; NVs!
l: nauseous and threw up; nauseous and throwing up; nauseated and vomiting; queasy and puking; sick and throwing up; sick to my stomach and throwing up
@ nausea;diarrhea
c: nausea and diarrhea; nausea & diarrhea; nausea/diarrhea; diarrhea and nausea
a: N/D
@ vomiting;diarrhea
c: vomiting and diarrhea; vomiting & diarrhea; vomiting/diarrhea; diarrhea and vomiting; diarrhea & vomiting; diarrhoea and vomiting
l: throwing up and diarrhea; coming out both ends; from both ends; out of both ends; both ends; at both ends
a: V/D; D/V; D&V; V&D; d+v
@ nausea;vomiting;diarrhea
c: nausea, vomiting and diarrhea; nausea, vomiting, diarrhea; nausea vomiting diarrhea; nausea/vomiting/diarrhea; nausea, vomiting, and diarrhea
a: N/V/D; NVD!; N/V/Ds; N, V, D; N,V,D; N/V/D x{1,2,3}; n/v/d's; n+v+d
@ diarrhea | gi
c: diarrhea; diarrhoea; diarrheal; loose stools; loose stool; watery stools; watery stool; loose bowel movements; loose bowel movement; frequent loose stools; liquid stools; liquid stool; watery diarrhea; loose bowels; unformed stools; soft stools; diarrhea episodes; loose BMs; loose BM; watery BMs; watery bm; liquid bm; liquid bms
l: the runs; runs to the bathroom; the squirts; squirts; the trots; trots; the shits; the poops; poops a lot; runny poop; runny poops; runny stools; watery poop; water poop; liquid poop; poop is water; poop is liquid; stools are loose; stool is loose; stools are watery; bowels are loose; bowels are running; bowels running; {going,running} to the bathroom {all the time,every hour,nonstop,constantly,every 20 minutes,non stop}; running to the toilet; can't get off the toilet; couldn't get off the toilet; stuck on the toilet; glued to the toilet; living on the toilet; lived on the toilet; loose movements; upset bowels; tummy troubles; stomach running; explosive diarrhea; explosive bowel movements; had an accident; messed myself; soiled myself; pooping a lot; pooping constantly; poop constantly; shitting constantly; shitting my brains out; liquid shits; diarrhea-ish; splatter poop; mushy stool; mushy stools; mushy poop; soft poop; pudding poop; stomach has been loose; bowels have been loose
i: montezuma's revenge; delhi belly; hershey squirts; the hershey squirts; the green apple quick step; the green apple splatters; pee out my butt; peeing out my butt; butt pee; pissing out my ass; mud butt
a: diarr; diarh; diar; BMs loose; BMs watery; loose stls; lse stools; diarr.
m: diarhea; diarreah; diarrea; diarhhea; diarrehea; diahrrea; diahrea; diaharrea; diareah; diarrhia; dirrhea; dihrrea; diarrheah; diarreha; diarhrea; diarrheea; diorrhea; dierrhea; dyrea; direa; diarreeah; diahreah; diarhoea; diarroea; diarrohea; diaria; diahrrhea; diaharea; diarreaha; dihareah; diarrhoe; dierea; dhiarea; diherea; diarreas; diarrheas; diarrheaa; diaerrhea; diuhrea; diarreaa; diarhhoea; diarea; direah; dyria; die rear; dire rea; diary uh; dia rhea
@ constipation | gi
c: constipation; constipated; constipating; obstipation; infrequent bowel movements; infrequent stools; hard stools; hard stool; difficult bowel movements; difficulty passing stool; straining with bowel movements; straining to pass stool; decreased bowel movements; no bowel movement; no BM; no BMs; no bm x{2,3,4,5,6,7} days
l: backed up; all backed up; plugged up; bunged up; stopped up; blocked up; cant poop; can't poop; couldn't poop; cannot poop; can't go poop; hard to poop; trouble pooping; struggling to poop; haven't pooped; hasn't pooped; haven't had a bowel movement; hasn't had a bowel movement; haven't gone in {two,three,four,five,six,seven,a few,several,2,3,4,5,6,7} days; hasn't gone in {two,three,four,five,a few,several,2,3,4,5} days; haven't gone number two; can't go number two; can't go to the bathroom; can't have a BM; couldn't have a BM; no poop; not pooping; not pooped; poop is hard; poops are hard; rock hard poop; rock hard stools; hard as rocks; pooping rocks; pebble poop; rabbit pellets; little pellets; straining on the toilet; straining to go; have to strain; bowels aren't moving; bowels not moving; bowels won't move; bowels slowed down; sluggish bowels; irregular bowels; irregularity; not regular; not been regular; haven't been regular; stuck up; clogged up
i: full of it; full of crap; bricking it; passing bricks; passing a brick; shitting bricks; pooping bricks; cement in my gut
a: constip; constip.; no BM x{2,3,4,5} d; c/o no BM
m: constapation; constipaton; constpation; consipation; constipaiton; constapated; constipted; constiptation; consitpation; constipatoin; constipashun; consipated; constupation; contipation; constapaited; constiapation; constopation; constepation; constipatin; constapation's; constapted; constipatted; constipaited; constipate; constapated's; conspitated; constabation; constipatiom
@ abdominal pain | gi
c: abdominal pain; abdominal pains; abdominal cramps; abdominal cramping; abdominal cramp; stomach cramps; stomach cramping; stomach cramp; stomach pain; stomach pains; belly pain; belly pains; tummy pain; tummy pains; gut pain; abdominal ache; colic; colicky pain; colicky abdominal pain; pain in the abdomen; pain in my abdomen; pain in my belly; pain in my stomach; pain in the stomach; intestinal cramps; intestinal pain; bowel cramps; bowel pain; GI cramps; gi pain; cramping abdominal pain
l: stomach ache; stomachache; stomach aches; stomachaches; tummy ache; tummy aches; tummyache; belly ache; bellyache; belly aches; gut ache; gutache; stomach hurts; stomach hurt; stomach hurting; stomach is hurting; stomach has been hurting; stomach was hurting; belly hurts; belly hurting; tummy hurts; tummy hurting; gut hurts; stomach is killing me; stomach was killing me; belly is killing me; tummy is killing me; stomach killing me; gut is killing me; cramps in my stomach; cramps in my belly; cramping in my stomach; cramping in my belly; my stomach cramps; tummy cramps; belly cramps; gut cramps; cramped up stomach; stomach is sore; sore stomach; sore belly; sore tummy; achy stomach; aching stomach; stomach aching; stomach is aching; stomach pains; stomach is cramping; belly is cramping; stomach cramped up; doubled over; doubled over in pain; bent over in pain; sharp pains in my stomach; stabbing pain in my stomach; knife in my stomach
i: feels like knives in my stomach; stomach is on fire; gut is on fire; like a knife in my gut; kicked in the stomach; punched in the gut; stomach in a knot; guts are twisting; guts twisting; intestines twisting
a: abd pain; abd. pain; abd cramping; abd cramps; abd cramp; abdo pain; abdo cramps; ab pain; abd pn; abd px; abd discomfort/pain; abd pain/cramping; stom pain; stomach pn; abd ttp; ttp abd
m: stomache; stomache ache; stomachache's; stomack ache; stomach acke; stomache pain; stomache pains; stomach aik; stomache hurts; stomick ache; stomac ache; tummy ach; abdomnal pain; abdominel pain; abdomenal pain; abdominal pian; abdominal pane; abdonimal pain; abdomial pain; adbominal pain; abdominall pain; abdominal cramps's; abdomenal cramps; abdominal crampping; stomach crampps; stomach crams; stomack cramps; stomch cramps; stumach ache; stummy ache; stomach aches's
@ abdominal pain upper | gi
c: upper abdominal pain; epigastric pain; epigastric discomfort; epigastric tenderness; pain in the upper abdomen; upper stomach pain; upper belly pain; pain under my ribs; pain in the pit of my stomach; pit of my stomach hurts; ruq pain; luq pain; epigastralgia
a: RUQ pain; LUQ pain; RUQ pn; epigastric pn; epi pain; upper abd pain; uppr abd pain
@ abdominal pain lower | gi
c: lower abdominal pain; pain in the lower abdomen; lower belly pain; lower stomach pain; suprapubic pain; hypogastric pain
l: lower belly hurts; lower stomach hurts; lower tummy pain; pain low in my belly
a: RLQ pain; LLQ pain; lower abd pain; RLQ pn; LLQ pn; low abd pain
@ abdominal discomfort | gi
c: abdominal discomfort; stomach discomfort; gastric discomfort; GI discomfort; gastrointestinal discomfort; belly discomfort; tummy discomfort; gut discomfort; stomach distress; abdominal unease; gastric upset; stomach upset
l: upset stomach; upset tummy; tummy upset; tummy trouble; stomach trouble; stomach troubles; stomach issues; stomach problems; tummy issues; tummy problems; belly issues; stomach is upset; stomach was upset; stomach has been upset; stomach feels off; stomach feels funny; stomach felt funny; funny feeling in my stomach; stomach is off; stomach not right; stomach isn't right; stomach doesn't feel right; stomach is acting up; stomach acting up; stomach acting funny; stomach bothering me; stomach is bothering me; stomach has been bothering me; tummy bothering me; belly bothering me; stomach upsets; stomach feels weird; uneasy stomach; unsettled stomach; stomach unsettled; stomach is unsettled; rumbly tummy; tummy rumbles; sour stomach; stomach is a mess; stomach is messed up; messed up stomach; stomach is a wreck; gut issues; gut problems; gut trouble; tummy troubles; stomach distress; stomach yuck
a: abd discomfort; abd. discomfort; GI discomfort; abd discomf; stomach d/c; GI distress
@ gastrointestinal disorder | gi
c: gastrointestinal disorder; GI disorder; gastrointestinal upset; gastrointestinal symptoms; gastrointestinal side effects; GI side effects; gastrointestinal disturbance; GI disturbance; gastrointestinal problems; gastrointestinal issues; digestive problems; digestive issues; digestive upset; digestive trouble; gastric disorder; gastrointestinal intolerance; GI intolerance; GI toxicity; gastrointestinal toxicity
a: GI upset; GI sx; GI symptoms; GI issues; GI problems; GI AEs; GI SEs; GI s/e; GI AE; GI tox; GI effects
l: tummy troubles; digestion problems; digestion issues; digestion is off; digestion is messed up; bowels are a mess; bowel problems; bowel issues; bowel troubles; bathroom issues; bathroom problems
@ abdominal distension | gi
c: abdominal distension; abdominal distention; distended abdomen; distended stomach; abdominal swelling; swollen abdomen; abdominal bloating; bloating; bloated; bloatedness; bloat; stomach bloating; belly bloating; stomach distension; stomach distention; gastric distension; tympanites; abdomen distended; abdomen is distended; abd distended
l: bloated stomach; bloated belly; bloated tummy; belly is bloated; stomach is bloated; tummy is bloated; stomach swollen; belly swollen; swollen belly; swollen stomach; swollen tummy; stomach is swollen; belly is swollen; stomach puffed up; belly puffed up; puffed up stomach; stomach is huge; belly is huge; feel bloated; feeling bloated; felt bloated; so bloated; very bloated; super bloated; really bloated; full of air; belly full of gas; stomach full of gas; stomach is tight; tight stomach; tight belly; belly is tight; tummy sticking out; stomach sticking out; look pregnant
i: belly like a balloon; stomach like a balloon; looks like i'm pregnant; look six months pregnant; stomach like a drum; belly like a drum; pregnant belly; food baby
a: abd distension; abd distention; abd bloating; abd swelling; abd dist
m: bloted; blowted; bloatting; boated; bloatd; distention's; distenion; distension's; bloaded; bloatedd; bloting
@ abdominal rigidity | gi
c: abdominal rigidity; rigid abdomen; board-like abdomen; stomach is rigid; abdomen rigid
@ abdominal tenderness | gi
c: abdominal tenderness; tender abdomen; tender belly; tender stomach; stomach is tender; belly is tender; tummy is tender; stomach tender to touch
a: abd tender; abd tenderness
@ dyspepsia | gi
c: dyspepsia; indigestion; acid indigestion; sour stomach; acidity; upset digestion; dyspeptic; dyspeptic symptoms; epigastric burning
l: heartburn; heart burn; heartburns; heart-burn; acid stomach; too much acid; acid coming up; acid in my throat; acid in my chest; burning in my chest after eating; burning in my stomach; stomach burning; burning stomach; burning sensation in my stomach; burning sensation in my chest; stomach is burning; belly is burning; chest burning after eating; sour taste coming up; burning after eating; indigestion after eating
i: fire in my chest; lava in my chest; tums all day; living on tums; eating tums like candy; popping tums; chugging pepto; living on pepto
a: indig; indig.; dyspep
m: dispepsia; dyspesia; dyspepisa; disppepsia; indegestion; indigestin; indijestion; indigestian; indiegestion; hartburn; heartbern; heart bern; heartburn's; heatburn; hearburn; heartbun; heartburm; hartbern; heartbrun; hearthburn; heartburne
@ gastroesophageal reflux disease | gi
c: gastroesophageal reflux disease; gastroesophageal reflux; gastro-oesophageal reflux; gastroesophageal reflux disease flare; esophageal reflux; oesophageal reflux; reflux disease; acid reflux disease; reflux esophagitis; reflux oesophagitis
l: acid reflux; reflux; refluxing; refluxed; acid coming back up; stuff coming back up; regurgitating acid; stomach acid coming up; acid backing up; acid backs up
a: GERD; GORD; GERD flare; gerd sx
m: acid reflex; reflex acid; acid reflucks; refluxs; reflux's; acid reflucs; reflucks; gurd
@ regurgitation | gi
c: regurgitation; regurgitated; regurgitating; regurgitate; food regurgitation; food coming back up into my mouth
l: food coming back up; bringing food back up; brought food back up; food came back up; throwing up in my mouth; threw up in my mouth; vomited in my mouth; puked in my mouth; a little puke in my mouth
@ eructation | gi
c: eructation; belching; belched; belch; belches; excessive belching; frequent belching
l: burping; burps; burped; burp; burping a lot; burping all the time; constant burping; sulfur burps; sulphur burps; rotten egg burps; eggy burps; egg burps; burps taste like eggs; burps smell like eggs; sulfur belching; fishy burps; fish burps; burping up sulfur
m: burbing; burpping; belchin; burpin
@ flatulence | gi
c: flatulence; flatus; excessive flatulence; excess flatus; passing gas; passing wind; intestinal gas; gassiness; excessive gas; increased flatulence; wind
l: gassy; very gassy; so gassy; really gassy; super gassy; gassier; farting; farts; fart; farted; farting a lot; farting all the time; farting nonstop; tooting; toots; tooted; tooting a lot; breaking wind; broke wind; cutting the cheese; cut the cheese; lots of gas; a lot of gas; so much gas; too much gas; terrible gas; bad gas; horrible gas; gas pains; gas pain; gassy pains; gas cramps; gas bubbles; trapped gas; gas buildup; stinky gas; smelly gas; foul gas; rotten gas; windy; windiness; flatulent; tummy gas; belly gas; stomach gas; gas in my stomach; gas in my belly; full of gas
i: ripping ones; crop dusting; cropdusting; letting one rip; let one rip; could clear a room; clear the room
a: flatus+; gas/bloating; gas & bloating
m: flatulance; flatuence; flatulents; flattulence; flatulance's; farteing; gasy; gassey
@ hematochezia | gi
c: hematochezia; haematochezia; rectal bleeding; bleeding from the rectum; blood in stool; blood in stools; blood in the stool; blood in my stool; blood in his stool; blood in her stool; bloody stool; bloody stools; bloody bowel movements; bloody bowel movement; bright red blood per rectum; blood per rectum; blood in the feces; bloody feces; bloody diarrhea; blood with stool; blood streaked stool; blood-streaked stool; fresh blood in stool; maroon stools; anal bleeding; bleeding from the anus; bleeding when i poop; bleeding when wiping; bleeding when i wipe; blood when i wipe; blood on the toilet paper; blood on the tissue; blood in the toilet; blood in the toilet bowl; blood in my poop; bloody poop; bloody poops; pooping blood; pooped blood; shitting blood; poop has blood; poop with blood; blood in poop; blood in the poop; red poop; bloody BMs; bloody BM; bloody bms; blood in bm; blood in bms; bleeding from my butt; bleeding from my bottom; butt bleeding; bottom bleeding; bleeding back there; blood coming out of my butt
a: BRBPR; brbpr; bld in stool; blood in stl; bldy stool; bldy stools; (+) blood in stool; heme+ stool; heme positive stool; guaiac positive stool; guaiac + stool; hemoccult positive
m: hematochezia's; hematachezia; hemotochezia; hemachezia; hematocheza; blood in stoll; blood in stoo; bloddy stool; bloody stoll
@ melena | gi
c: melena; melaena; black stools; black stool; tarry stools; tarry stool; black tarry stools; black tarry stool; tar-like stools; tar like stool; dark tarry stools; black bowel movements; black bm; black bms; black feces; black poop; tar black poop; poop is black; poop was black; stools are black; stool is black; coffee ground stool; black sticky stools
m: malena; melana; melina; mellena
@ hematemesis | gi
c: hematemesis; haematemesis; vomiting blood; vomited blood; blood in vomit; bloody vomit; vomit with blood; coffee ground emesis; coffee-ground emesis; coffee ground vomit; coffee grounds vomit; blood in emesis; bloody emesis
l: throwing up blood; threw up blood; puking blood; puked blood; blood when i threw up; blood in my puke; bloody puke; throw up blood; throwing up coffee grounds
m: hematemisis; hematamesis; haematemisis; hemetemesis
@ gastrointestinal hemorrhage | gi | ime
c: gastrointestinal hemorrhage; gastrointestinal haemorrhage; gastrointestinal bleeding; gastrointestinal bleed; GI bleeding; GI bleed; GI hemorrhage; intestinal bleeding; intestinal hemorrhage; internal bleeding in my stomach; stomach bleeding; bleeding in the stomach; bleeding ulcer; bleeding in my gut; gut bleed; lower GI bleed; upper GI bleed; lower gastrointestinal bleeding; upper gastrointestinal bleeding; bowel bleeding; bleeding from the bowel
a: GIB; UGIB; LGIB; GI bld; GI bleeding; GIBs; UGIBs
@ dysphagia | gi
c: dysphagia; difficulty swallowing; difficulty in swallowing; trouble swallowing; problems swallowing; problem swallowing; swallowing difficulty; swallowing difficulties; swallowing problems; swallowing problem; impaired swallowing; hard to swallow; hard time swallowing; can't swallow; cannot swallow; couldn't swallow; unable to swallow; struggling to swallow; struggle to swallow; food gets stuck; food getting stuck; food stuck in my throat; food sticking in my throat; food sticking; pills get stuck; pills getting stuck; pills stuck in my throat; choking on food; choking when I eat; choking on my food; chokes on food; choking on pills; trouble getting food down; can't get food down; can't get pills down; food won't go down; food goes down wrong; lump when swallowing
a: dysphag; diff swallowing; diff. swallowing; trbl swallowing; c/o dysphagia
m: disphagia; dysphasia when swallowing; dysfagia; dysphagea; disphagea; dyphagia; dysphagie; difficulity swallowing; difficulty swollowing; trouble swolloing; trouble swollowing; trouble swalowing; hard to swollow; cant swollow
@ odynophagia | gi
c: odynophagia; painful swallowing; swallowing is painful; swallowing hurts; it hurts when I swallow; hurts when i swallow; hurts when swallowing; pain swallowing
@ stomatitis | gi
c: stomatitis; oral mucositis; mucositis; mouth inflammation; inflammation of the mouth; sore mouth; mouth soreness; mouth is sore; mouth sore; mouth sores; sores in my mouth; sores in the mouth; sores on my tongue; sores inside my mouth; sores in her mouth; sores in his mouth; oral sores; oral lesions; mouth lesions; lesions in the mouth; lesions in my mouth; raw mouth; mouth is raw; mouth raw; mouth is burning; burning mouth; mouth feels burned; mouth feels like it's burned; mouth on fire; inside of my mouth is raw; mouth is all torn up; cheeks are raw
a: oral muc; mucositis gr {1,2,3,4}; stomatitis gr {1,2,3}
m: stomatitus; stomititis; stomatis; mucocitis; mucositis's; mucusitis; mouth soars; mouth sors; mouth sore's; soars in my mouth
@ mouth ulceration | gi
c: mouth ulceration; mouth ulcer; mouth ulcers; oral ulcer; oral ulcers; oral ulceration; ulcers in my mouth; ulcers in the mouth; ulcer in my mouth; ulcer on my tongue; tongue ulcer; tongue ulcers; canker sore; canker sores; aphthous ulcer; aphthous ulcers; aphthous stomatitis; aphthae; ulcers on my gums; gum ulcers
l: canker; cankers; blisters in my mouth; blister in my mouth; mouth blisters; blisters on my tongue; bumps in my mouth; white sores in my mouth; holes in my mouth
m: canker soar; canker soars; cancer sore; cancer sores; kanker sore; ankle sore in mouth; mouth ulsers; mouth ulcer's; mouth ulcars; ulsers in my mouth
@ cheilitis | gi
c: cheilitis; angular cheilitis; cheilosis; chapped lips; cracked lips; dry lips; lips are dry; lips are cracked; lips cracking; lips are cracking; lips peeling; lips are peeling; peeling lips; sore lips; split lips; lips split; cracks at the corners of my mouth; cracked corners of my mouth; corners of my mouth are cracked; sore corners of mouth; lip dryness; lips chapped; lips so chapped; lips bleeding; cracked bleeding lips; lip cracking
m: chelitis; cheilitus; chielitis
@ lip dry | gi
c: lip dry
@ dry mouth | gi
c: dry mouth; mouth dryness; xerostomia; dryness of mouth; dryness of the mouth; oral dryness; mouth is dry; mouth so dry; mouth feels dry; mouth feels like cotton; mouth is like cotton; mouth dry; mouth is parched; parched mouth; sticky mouth; no saliva; not enough saliva; can't make spit; mouth dried out; mouth dries out; dry throat and mouth
i: cotton mouth; cottonmouth; mouth like sandpaper; mouth like the sahara; mouth like a desert; desert mouth; mouth full of cotton
m: xerostomia's; zerostomia; xerastomia; dri mouth; drymouth
@ oral pain | gi
c: oral pain; mouth pain; pain in my mouth; pain in the mouth; mouth hurts; mouth hurting; mouth is hurting; mouth ache; mouth aches; painful mouth
@ glossodynia | gi
c: glossodynia; tongue pain; painful tongue; sore tongue; tongue is sore; tongue hurts; tongue hurting; burning tongue; tongue is burning; tongue burning; tongue feels burned; tongue feels scalded; burning tongue syndrome; glossalgia
@ glossitis | gi
c: glossitis; swollen tongue; inflamed tongue; tongue inflammation; tongue is swollen; tongue swelling; tongue swelled up; tongue feels swollen; tongue feels thick; thick tongue; fat tongue; big tongue
@ tongue discoloration | gi
c: tongue discoloration; tongue discolouration; black tongue; black hairy tongue; hairy tongue; white tongue; tongue is white; coated tongue; tongue is coated; white coating on my tongue; furry tongue; tongue turned black; tongue is black; tongue turned white; yellow tongue; tongue discolored
@ oral candidiasis | gi
c: oral candidiasis; thrush; oral thrush; mouth thrush; oropharyngeal candidiasis; candida in my mouth; yeast in my mouth; white patches in my mouth; white spots in my mouth; white spots on my tongue; white patches on my tongue; tongue has white patches
a: oral candida
@ gingival bleeding | gi
c: gingival bleeding; bleeding gums; gum bleeding; gums bleeding; gums bleed; gums are bleeding; gums bleed when i brush; gums bleeding when brushing; gum bleed; blood when i brush my teeth; bleeding when brushing teeth; bleeding gum; gingival hemorrhage
@ gingival pain | gi
c: gingival pain; gum pain; gums hurt; gums hurting; sore gums; gums are sore; painful gums; gum soreness; gums ache; aching gums; gums are killing me; gumline pain
@ gingival swelling | gi
c: gingival swelling; swollen gums; gums swollen; gums are swollen; gum swelling; puffy gums; gums puffy; gingival hypertrophy; gum overgrowth; gums growing; gingival hyperplasia; gingival overgrowth
@ gingivitis | gi
c: gingivitis; inflamed gums; gum inflammation; gum disease; gums inflamed; gums are inflamed; red gums
@ toothache | gi
c: toothache; tooth ache; tooth pain; dental pain; teeth pain; teeth hurt; teeth are hurting; tooth hurts; tooth hurting; aching tooth; aching teeth; sore tooth; sore teeth; teeth ache; teeth aching; pain in my tooth; pain in my teeth; tooth is killing me; teeth are killing me; toothaches
@ tooth loss | gi
c: tooth loss; lost a tooth; lost teeth; losing teeth; teeth falling out; tooth fell out; teeth fell out; tooth came out; loose tooth; loose teeth; teeth are loose; teeth loosening; teeth getting loose; tooth is loose
@ dental caries | gi
c: dental caries; cavities; cavity; tooth decay; teeth decay; rotting teeth; teeth rotting; rotten teeth; decayed teeth; caries
@ tooth fracture | gi
c: tooth fracture; broken tooth; broke a tooth; cracked tooth; cracked a tooth; chipped tooth; chipped a tooth; tooth broke; tooth cracked; teeth breaking; teeth crumbling
@ salivary hypersecretion | gi
c: salivary hypersecretion; hypersalivation; excessive salivation; excess saliva; too much saliva; drooling; drooled; drool; sialorrhea; mouth watering a lot; mouth watering all the time; lots of spit; spitting a lot; so much spit; increased salivation; excessive drooling
@ lip swelling;swelling face
c: lips and face swelling; lips and face swollen; face and lips swollen; face and lips swelled up
@ lip swelling | general
c: lip swelling; swollen lip; swollen lips; lips swollen; lips swelled; lips swelled up; lips swelling; lip swelled up; lip is swollen; lips are swollen; lips puffed up; puffy lips; lips got big; big lips; fat lip; lips blew up; lips ballooned; lip edema; lip oedema; lips getting bigger
i: lips like a duck; duck lips; lips like a fish; lips like angelina jolie; trout pout
@ lip blister | gi
c: lip blister; blister on my lip; blisters on my lips; lip blisters; lip sores; sore on my lip; sores on my lips; lip ulcer
@ anal pruritus | gi
c: anal pruritus; pruritus ani; anal itching; itchy anus; itchy bottom; itchy butt; itchy butthole; butt itching; butt is itchy; bottom itching; itching back there; itchy back there; rectal itching; itchy rectum; itching around my anus; perianal itching
@ proctalgia | gi
c: proctalgia; rectal pain; anal pain; pain in my rectum; pain in my anus; painful rectum; butt pain; butt hurts; bottom hurts; butthole hurts; pain when i poop; painful bowel movements; painful bowel movement; hurts to poop; it hurts to poop; hurts when i poop; painful to poop; burning when i poop; burning after i poop; sore bottom; sore butt; bottom is sore; butt is sore; perianal pain
@ anal fissure | gi
c: anal fissure; anal fissures; anal tear; tear in my anus; rectal tear; fissure; fissures in my bottom; butt crack bleeding
@ hemorrhoids | gi
c: hemorrhoids; haemorrhoids; hemorrhoid; haemorrhoid; piles; hemorrhoid flare; hemroids; hemorroids; bleeding hemorrhoids; swollen hemorrhoids; thrombosed hemorrhoid; external hemorrhoids; internal hemorrhoids
m: hemeroids; hemmoroids; hemrhoids; hemorhoids; hemmorhoids; hemmroids; hemerrhoids; hemorrhoides; hemmorroids; hemroid; hemroids's
@ fecal incontinence | gi
c: fecal incontinence; faecal incontinence; bowel incontinence; incontinence of stool; stool incontinence; anal incontinence; loss of bowel control; lost control of my bowels; lost control of bowels; can't control my bowels; couldn't control my bowels; couldn't hold my bowels; accidents with my bowels; bowel accidents; bowel accident; pooped my pants; pooped myself; pooped himself; pooped herself; soiled my pants; soiled himself; soiled herself; messed my pants; shit my pants; shat myself; shit myself; crapped my pants; crapped myself; didn't make it to the bathroom; couldn't make it to the bathroom; leaking stool; stool leakage; fecal leakage; leaking poop; poop leaking; fecal urgency and leakage
i: sharted; sharting; shart
@ defecation urgency | gi
c: defecation urgency; fecal urgency; bowel urgency; urgent bowel movements; urgency to defecate; urgency to have a bowel movement; sudden urge to poop; sudden urges to go; have to run to the bathroom; had to run to the bathroom; rushing to the bathroom; urgent need to go; urgency; urgency to go; bowel urge; barely make it to the bathroom; barely made it to the bathroom
@ frequent bowel movements | gi
c: frequent bowel movements; increased bowel movements; increased stool frequency; increased frequency of bowel movements; more bowel movements; more frequent bowel movements; bowel frequency increased; frequent stools; more frequent stools; pooping more; pooping more often; going more often; going to the bathroom more; more BMs; increased BMs; frequent BMs; multiple BMs a day; BMs {5,6,7,8,10} times a day
@ change of bowel habit | gi
c: change of bowel habit; change in bowel habits; changes in bowel habits; bowel habits changed; altered bowel habits; bowel changes; change in bowels; changes in my bowels; irregular bowel movements; bowels are irregular; bowel movements changed; bowel movement changes; change in stools; stool changes; stools changed
@ abnormal feces | gi
c: abnormal feces; abnormal faeces; abnormal stools; abnormal stool; feces discolored; stool discoloration; discolored stools; discoloured stools; green stool; green stools; green poop; yellow stool; yellow stools; yellow poop; orange poop; pale stools; clay colored stools; clay-colored stools; gray stools; grey stools; white poop; light colored stool; pale poop; mucus in stool; mucus in stools; mucus in my stool; mucous in stool; slimy stool; slimy poop; greasy stools; oily stools; oily stool; fatty stools; floating stools; stools float; steatorrhea; foul smelling stool; foul-smelling stools; smelly poop; poop smells awful; poop smells terrible; weird poop; strange stools; stool changed color; poop changed color; poop color changed; pencil thin stools; narrow stools; oily discharge
@ gastroenteritis | gi
c: gastroenteritis; gastro; gastroenteritis viral; viral gastroenteritis; stomach flu; stomach bug; tummy bug; stomach virus; gut bug; stomach infection; intestinal flu; gastric flu; enteritis; norovirus; noro
l: caught a stomach bug; came down with a stomach bug; had a stomach bug; got a stomach bug; bug going around; tummy virus
@ gastritis | gi
c: gastritis; stomach inflammation; inflamed stomach; inflammation of the stomach; stomach lining inflamed; gastritis flare; erosive gastritis
@ gastric ulcer | gi | ime
c: gastric ulcer; stomach ulcer; stomach ulcers; gastric ulcers; peptic ulcer; peptic ulcers; peptic ulcer disease; ulcer in my stomach; bleeding stomach ulcer; perforated ulcer; duodenal ulcer; duodenal ulcers
a: PUD!; PUD
@ gastrointestinal perforation | gi | ime;life_threatening
c: gastrointestinal perforation; GI perforation; bowel perforation; perforated bowel; intestinal perforation; perforated intestine; perforation of the bowel; hole in my bowel; hole in the bowel; hole in my intestine; hole in his intestine; hole in her intestine; hole in the intestine; hole in my stomach; perforated stomach; gastric perforation; perforated colon; colon perforation; colonic perforation; ruptured bowel; bowel ruptured; burst bowel; perforated diverticulum; bowel perf
a: GI perf; bowel perf; perf bowel
@ intestinal obstruction | gi | ime
c: intestinal obstruction; bowel obstruction; blocked bowel; bowel blockage; intestinal blockage; blockage in my intestines; blockage in the bowel; blockage in my bowel; small bowel obstruction; large bowel obstruction; obstructed bowel; bowels blocked; twisted bowel; volvulus; ileus; paralytic ileus; bowel stopped working; bowels stopped working; intestinal blockage surgery
a: SBO; LBO; sbo
@ diverticulitis | gi
c: diverticulitis; diverticulitis flare; diverticulitis attack; diverticular disease; diverticulosis; infected diverticula; inflamed diverticula; diverticulitis episode
m: diverticulitus; diverticulitis's; diverticulities; diverticulitas; diverticulosis's; diverticulitis attack's
@ colitis | gi
c: colitis; inflamed colon; colon inflammation; inflammation of the colon; microscopic colitis; immune-mediated colitis; immune mediated colitis; drug induced colitis; colitis flare; ischemic colitis; enterocolitis
a: irAE colitis; immune colitis
@ pancreatitis | gi | ime
c: pancreatitis; inflamed pancreas; pancreas inflammation; inflammation of the pancreas; pancreatic inflammation; pancreas flare; pancreas attack; pancreatitis attack; pancreatitis flare
m: pancreatitus; pancratitis; pancreatits; pancreititis; pancreatis; pancriatitis; pancretitis; pancreatitis's
@ pancreatitis acute | gi | ime
c: acute pancreatitis; pancreatitis acute; acute pancreatitis attack; severe pancreatitis; acute pancreatic inflammation
@ esophagitis | gi
c: esophagitis; oesophagitis; inflamed esophagus; esophagus inflammation; inflammation of the esophagus; sore esophagus; burning in my esophagus; esophagus is burning; esophageal irritation; pill esophagitis; esophagus hurts; esophageal pain; painful esophagus
@ esophageal ulcer | gi
c: esophageal ulcer; oesophageal ulcer; ulcer in my esophagus; esophagus ulcer; esophageal ulceration; pill ulcer
@ hiccups | respiratory
c: hiccups; hiccup; hiccough; hiccoughs; hiccuping; hiccupping; hiccuped; hiccupped; singultus; persistent hiccups; constant hiccups; can't stop hiccuping; hiccups won't stop
m: hickups; hiccoups; hicups; hicupps; hiccups's
@ retching | gi
c: retching; retch; retched; retches; dry heaving; dry heaves; dry heaved; dry heave; gagging; gagged; gag; gags; gagging a lot; gag reflex; heaving but nothing comes up; nothing comes up; heaves
l: dry-heaving; dry-heaves; the dry heaves; gagging on everything; gagging when i brush my teeth
@ early satiety | gi
c: early satiety; feeling full quickly; feel full quickly; full after a few bites; full after a couple bites; full after a couple of bites; fill up fast; fill up quickly; get full fast; get full so fast; get full really fast; got full fast; full so fast; full so quickly; can only eat a few bites; can only eat a little; can't finish a meal; can't finish my meals; feels full all the time; feel full all the time; feeling full all the time; always feel full; always feeling full; full all the time; never hungry and always full; stomach feels full all the time; stuffed after a few bites; full right away; early fullness; prolonged fullness; postprandial fullness; fullness after eating; stomach feels full
@ gastroparesis | gi
c: gastroparesis; delayed gastric emptying; slow gastric emptying; slowed gastric emptying; stomach paralysis; paralyzed stomach; stomach not emptying; stomach emptying slowly; food sitting in my stomach; food sits in my stomach; food just sits there; food sitting in my stomach for hours; food sits like a brick; food sitting like a rock; gastric stasis
m: gastroparisis; gastroparesis's; gastropareses; gastro paresis
@ anorectal discomfort | gi
c: anorectal discomfort; rectal discomfort; anal discomfort; discomfort in my rectum; butt discomfort; bottom discomfort; rectal pressure; pressure in my rectum; feeling of incomplete evacuation; feel like i still have to go; tenesmus; rectal tenesmus; feeling like i need to go but can't
@ abdominal hernia | gi
c: abdominal hernia; hernia; hernias; umbilical hernia; inguinal hernia; incisional hernia; ventral hernia; belly button hernia; hiatal hernia; hiatus hernia
@ appendicitis | gi | ime
c: appendicitis; inflamed appendix; appendix infection; appendix burst; burst appendix; ruptured appendix; appendix ruptured; appendix removed; appendectomy; had my appendix out; had his appendix out; had her appendix out
m: appendicitus; apendicitis; appendicities; appendisitis
@ cholelithiasis | hepatic
c: cholelithiasis; gallstones; gallstone; gall stones; gall stone; gallbladder stones; stones in my gallbladder; gallbladder attack; gall bladder attack; gallbladder attacks; gallstone attack; biliary colic; gallbladder pain
m: gallstones's; gall stoans; gallstons; gallstone's
@ cholecystitis | hepatic
c: cholecystitis; gallbladder inflammation; inflamed gallbladder; gallbladder infection; infected gallbladder; gallbladder removed; gall bladder removed; gallbladder surgery; gallbladder out; had my gallbladder out; had my gallbladder removed; cholecystectomy; gallbladder problems; gallbladder issues
m: cholecystitus; colecystitis; cholecistitis; cholycystitis
@ irritable bowel syndrome | gi
c: irritable bowel syndrome; irritable bowel; spastic colon; IBS flare; IBS-D; IBS-C; IBS symptoms
a: IBS
@ food poisoning | gi
c: food poisoning; food poison; bad food; ate something bad; something i ate; ate something that didn't agree with me; something didn't agree with me; food didn't agree with me; food doesn't agree with me
@ food intolerance | gi
c: food intolerance; can't tolerate food; can't tolerate fatty foods; can't eat fatty foods; fatty food intolerance; greasy food makes me sick; intolerance to food; can't handle food; food aversion; food aversions; aversion to food; aversion to meat; can't stand the smell of food; smell of food makes me sick; smell of food makes me nauseous; foods taste bad now; sensitive stomach; stomach sensitivity
@ gastrointestinal sounds abnormal | gi
c: gastrointestinal sounds abnormal; stomach gurgling; stomach noises; stomach rumbling; stomach growling; loud stomach; gurgling stomach; gurgling belly; gurgling tummy; belly gurgling; tummy gurgling; noisy stomach; noisy bowels; bowel sounds; loud bowel sounds; borborygmi; borborygmus; stomach making noises; stomach making weird noises; stomach sounds; gurgly stomach; rumbly stomach
@ aerophagia | gi
c: aerophagia; swallowing air; swallowed air; air swallowing; gulping air
@ mouth swelling | gi
c: mouth swelling; swollen mouth; mouth is swollen; mouth swelled up; inside of my mouth swollen; swollen cheeks inside
@ oral discomfort | gi
c: oral discomfort; mouth feels weird; mouth feels funny; weird feeling in my mouth; mouth feels strange; mouth feels off; mouth discomfort
@ hypoesthesia oral | gi
c: hypoesthesia oral; numb mouth; mouth is numb; mouth numbness; numbness in my mouth; numb tongue; tongue is numb; tongue numbness; tongue went numb; mouth went numb; numb lips; lips are numb; lips went numb; lip numbness; numbness around my mouth; numb around my mouth
@ paresthesia oral | gi
c: paresthesia oral; oral paresthesia; tingling mouth; mouth tingling; tingly mouth; tingling in my mouth; tingling lips; lips tingling; tingly lips; lip tingling; tingling tongue; tongue tingling; tingly tongue; pins and needles in my mouth; tingling around my mouth; mouth is tingling; lips are tingling; tongue is tingling
@ breath odor | gi
c: breath odor; breath odour; bad breath; halitosis; stinky breath; smelly breath; breath smells; breath stinks; my breath stinks; foul breath; breath smells bad; breath smells awful; dragon breath; fishy breath; metallic breath; breath smells like acetone; fruity breath
@ saliva altered | gi
c: saliva altered; thick saliva; sticky saliva; thick spit; foamy saliva; ropey saliva; saliva is thick; spit is thick
@ gastrointestinal motility disorder | gi
c: gastrointestinal motility disorder; slow gut; slowed digestion; slow digestion; digestion slowed down; digestion is slow; gut slowed down; slow bowel; bowel slowed
@ impaired gastric emptying | gi
c: impaired gastric emptying
@ constipation;abdominal pain
c: constipation and abdominal pain; constipation and stomach pain; constipated and cramping
@ diarrhea;abdominal pain
c: diarrhea and abdominal pain; diarrhea and cramping; diarrhea and cramps; diarrhea with cramps; diarrhea w/ cramping; diarrhea with cramping; cramping and diarrhea; cramps and diarrhea
a: abd pain/diarrhea; diarrhea/cramping; diarrhea/abd pain; cramping/diarrhea
@ nausea;abdominal pain
c: nausea and abdominal pain; nausea and stomach pain; stomach pain and nausea; nausea and cramping; nausea/abd pain; abd pain/nausea; nausea/cramping
@ nausea;decreased appetite
c: nausea and loss of appetite; nausea and no appetite; nausea and poor appetite; nausea/decreased appetite; nausea/anorexia; poor appetite and nausea; loss of appetite and nausea
@ nausea;dizziness
c: nausea and dizziness; dizziness and nausea; nausea/dizziness; dizziness/nausea; dizzy and nauseous; nauseous and dizzy; dizzy and nauseated; dizzy and queasy; queasy and dizzy
"""

VOCAB_SKIN = r"""
@ rash | skin
c: rash; rashes; skin rash; skin rashes; skin eruption; eruption; eruptions; cutaneous eruption; exanthem; exanthema; rash all over; rash on my {arms,legs,chest,back,face,neck,stomach,belly,hands,feet,body,torso,trunk}; rash on his {arms,legs,chest,back,face,body}; rash on her {arms,legs,chest,back,face,body}; rash everywhere; rash spread; rash spreading; rash came back; new rash; body rash; full body rash; whole body rash; rash over my whole body
l: broke out; broke out in a rash; broken out; breaking out; breaking out in a rash; broke out all over; red bumps; red bumps all over; little red bumps; tiny red bumps; red spots; red spots all over; red dots; little red dots; tiny red dots; red patches; red patches on my skin; red blotches; blotches; blotchy; blotchy skin; splotches; splotchy skin; red splotches; spots all over; spots on my skin; bumps all over; bumps on my skin; skin broke out; skin breaking out; skin is breaking out; skin bumps; skin spots; skin flare up; skin flared up; breakout; breakouts; rashy; rashy skin; prickly heat; heat rash
a: rxn on skin; skin rxn; skin rxns; rash+
m: rach; rassh; rasch; rashs; raches; rashe; rash's; rashess; rashis; rashses; rasj; rsh; rasch's
@ rash pruritic | skin
c: rash pruritic; pruritic rash; itchy rash; itchy rashes; itching rash; rash that itches; rash is itchy; rash itches; rash itching; itchy skin rash; rash that itched; itchy red rash; itchy bumps; itchy red bumps; itchy spots; itchy red spots; itchy patches; itchy red patches; itchy blotches; bumps that itch; spots that itch; rash with itching; itchy rash all over
@ rash erythematous | skin
c: rash erythematous; erythematous rash; red rash; red skin rash; rash is red; bright red rash
@ rash maculo-papular | skin
c: rash maculo-papular; maculopapular rash; maculo-papular rash; maculopapular eruption; morbilliform rash; measles-like rash; measles like rash
@ rash papular | skin
c: rash papular; papular rash; papules; papular eruption; bumpy rash; raised rash; raised bumps; raised red bumps; little bumps; tiny bumps; small bumps
@ rash macular | skin
c: rash macular; macular rash; flat rash; flat red spots; flat spots; macules
@ rash pustular | skin
c: rash pustular; pustular rash; pustules; pus bumps; pus-filled bumps; pus filled bumps; bumps with pus; whiteheads all over; pimples with pus
@ rash vesicular | skin
c: rash vesicular; vesicular rash; vesicles; blistering rash; rash with blisters; blister rash
@ rash generalized | skin
c: rash generalized; rash generalised; generalized rash; generalised rash; rash all over my body; rash all over his body; rash all over her body; rash head to toe; rash from head to toe; covered in a rash; covered in rash; covered in spots; covered in bumps; rash over my entire body; rash on my whole body; rash everywhere on my body
@ pruritus | skin
c: pruritus; pruritis; itching; itchiness; itch; itches; itched; itchy; itchy skin; skin itching; skin itchiness; skin is itchy; skin itches; skin is itching; generalized itching; generalised itching; itching all over; itchy all over; itching everywhere; itchy everywhere; itching all over my body; whole body itching; body itching; body is itchy; itching like crazy; itching constantly; constant itching; severe itching; intense itching; unbearable itching; can't stop itching; can't stop scratching; scratching all the time; scratching constantly; scratching myself raw; scratched myself raw; scratching until i bleed; scratching till it bleeds; scratched till i bled; itchy itchy; itching so bad; itchy as hell; itch like crazy; itches like crazy; itching really bad; itching non stop; itchy arms; itchy legs; itchy back; itchy hands; itchy feet; itchy face; itchy chest; itchy neck; itchy scalp; scalp itching; scalp is itchy; itchy head; head is itchy; arms itching; legs itching; back itching; hands itching; feet itching; palms itching; itchy palms; itchy soles; pruritic; prurutis
i: itching like i have fleas; like bugs crawling under my skin; bugs crawling on my skin; feels like ants crawling on my skin; ants crawling on my skin; want to rip my skin off; want to tear my skin off; could rip my skin off; clawing at my skin; scratching like a dog; itching like a dog with fleas; itch that won't quit; itchy like poison ivy
a: itch+; prurit; pruritis; pruritic; ich; itchng
m: itchyness; itchey; ichy; ichey; itchie; iching; itchin; itchyy; itcing; itchign; itchiing; icthing; icthy; itchness; purritus; purities; pruritis's; prutitis; prurritus; pruitus; pruritus's; prurititis; itchiest; iching all over
@ pruritus generalized | skin
c: pruritus generalized; generalized pruritus; pruritus generalised; generalised pruritus; itching over whole body; itching over my whole body; itchy from head to toe; itching head to toe; itching from head to toe
@ urticaria | skin
c: urticaria; urticarial rash; urticarial; hives; hive; wheals; wheal; weals; welts; welt; welted; welting; hives all over; hives all over my body; broke out in hives; breaking out in hives; break out in hives; broken out in hives; covered in hives; hives on my {arms,legs,chest,back,face,neck,stomach,body}; nettle rash; raised welts; red welts; itchy welts; large welts; huge welts; bumps like mosquito bites; like mosquito bites; mosquito bite bumps; raised itchy bumps; hivey; hived up; hiving
i: looked like mosquito bites all over; covered in mosquito bites
a: urtic; uritcaria; hives+
m: urticara; urticuria; urtacaria; urticaria's; uticaria; urticarea; urtecaria; urticaira; hievs; hivs; hives's; hyves; wealts; welps
@ dry skin | skin
c: dry skin; skin dryness; xerosis; xeroderma; xerosis cutis; dryness of skin; skin is dry; skin is so dry; skin so dry; skin very dry; skin really dry; skin feels dry; skin dried out; skin is drying out; dried out skin; dry flaky skin; flaky skin; skin is flaky; skin flaking; flaking skin; rough skin; skin is rough; scaly skin; skin is scaly; skin scaling; ashy skin; skin is ashy; dry patches; dry patch; dry spots; dry hands; dry feet; dry face; dry arms; dry legs; hands are dry; face is dry; skin tight and dry; parched skin; dehydrated skin; alligator skin; lizard skin; dry itchy skin
m: dri skin; dryskin; skin is drie; flakey skin; flakey; skin flakey
@ skin fissures | skin
c: skin fissures; skin fissure; cracked skin; skin cracking; skin is cracking; skin cracked; cracks in my skin; cracks on my hands; cracks in my hands; cracked hands; hands are cracked; hands cracking; cracked heels; heels cracked; cracked fingers; fingers cracking; cracked fingertips; fingertips cracking; splits in my skin; skin splitting; skin is splitting; split skin; bleeding cracks; cracked and bleeding; skin cracked and bleeding; hands cracked and bleeding; paper cuts on my fingers
@ skin exfoliation | skin
c: skin exfoliation; exfoliation; exfoliative; skin peeling; peeling skin; peeling; peel; peeled; peels; skin is peeling; skin peeled; skin is peeling off; skin peeling off; skin coming off; skin flaking off; shedding skin; skin shedding; skin sloughing; sloughing; desquamation; skin is falling off; skin falling off; skin is shedding; peeling hands; hands are peeling; hands peeling; feet peeling; feet are peeling; peeling feet; fingers peeling; fingertips peeling; palms peeling; soles peeling; face peeling; face is peeling; peeling face; peeling lips; lips peeling; peeling like a sunburn; peeling like i got sunburned; skin coming off in chunks
m: peelin; peelling; pealing skin; skin pealing; skin is pealing; pealing
@ acne | skin
c: acne; acneiform; acneiform rash; acneiform eruption; acneiform dermatitis; acne flare; acne breakout; acne breakouts; cystic acne; acne vulgaris; pimples; pimple; zits; zit; whiteheads; blackheads; breakouts on my face; breaking out on my face; face breaking out; face broke out; face is breaking out; skin breaking out in pimples; broke out in pimples; broke out in zits; pimples all over; pimples on my face; pimples on my back; pimples on my chest; back acne; bacne; chest acne; face acne; facial acne; acne on my face; acne on my back; acne on my chest; acne got worse; acne getting worse; acne is worse; worse acne; acne came back; pustules on my face; bumps on my face; spots on my face; teenage acne; adult acne; acne like rash; pimply; pimple-like rash; pimple like rash; pizza face
a: acneiform rxn
m: acnee; akne; ackne; acne's; acnes; pimpels; pimpils; pimples's; zitz; pimpel; pimpple; acney; acnay; whiteheads's
@ alopecia | skin
c: alopecia; hair loss; hair thinning; thinning hair; losing hair; losing my hair; losing his hair; losing her hair; lost my hair; lost hair; lost some hair; lost a lot of hair; hair is falling out; hair falling out; hair fell out; hair has been falling out; hair coming out; hair is coming out; hair came out; hair coming out in clumps; hair is coming out in clumps; hair falling out in clumps; hair is falling out in clumps; hair falling out in handfuls; hair coming out in handfuls; clumps of hair; handfuls of hair; hair in the shower drain; hair in the drain; hair all over my pillow; hair on my pillow; hair in my brush; hair in the brush; hair in my hairbrush; falling out in {clumps,handfuls,chunks,patches}; coming out in {clumps,handfuls,chunks}; hair to be falling out; hair is thinning; hair thinned; hair got thin; hair getting thin; hair is getting thinner; hair thinner; thinner hair; hair is thin; bald spot; bald spots; balding; going bald; gone bald; went bald; bald patches; bald patch; receding hairline; hairline receding; diffuse hair loss; hair shedding; shedding hair; shedding a lot of hair; shedding like crazy; excessive hair shedding; hair breaking off; hair breakage; losing eyebrows; eyebrows falling out; eyelashes falling out; losing eyelashes; lost my eyebrows; lost my eyelashes; telogen effluvium; hair loss on my scalp; scalp showing; can see my scalp; see my scalp; hair is so thin; my hair is falling out; patchy hair loss; hair loss in patches; thinning on top; losing hair on top; alopecia totalis; alopecia universalis
i: shedding like a dog; shedding like a cat; losing my hair like crazy; hair falling out like crazy; going bald like my dad; i look like a cancer patient; i look like i'm on chemo
a: hair loss/thinning; alopecia+
m: alopecea; alopesia; allopecia; alopicia; aloepcia; alopeica; allopesia; hairloss; hair lose; hair los; hair falling our; hair is fallin out; hair fallin out; hair thining; thining hair; hair thinnig; baldding
@ hair texture abnormal | skin
c: hair texture abnormal; hair texture changed; hair texture changes; change in hair texture; hair is brittle; brittle hair; dry hair; hair is dry; straw-like hair; hair like straw; frizzy hair; hair turned curly; hair went curly; hair got curly; hair is coarse; coarse hair; hair feels different; hair changed
@ hair color changes | skin
c: hair color changes; hair colour changes; hair color changed; hair turned gray; hair turned grey; hair going gray; hair going grey; hair lost its color; hair turned white; hair losing color; depigmented hair; hair depigmentation; hair lightening; hair getting lighter; hair turned lighter
@ hypertrichosis | skin
c: hypertrichosis; excess hair growth; excessive hair growth; extra hair growth; hair growing on my face; facial hair growth; unwanted hair; unwanted hair growth; more body hair; hairier; growing hair on my face; hirsutism; hair growth increased; increased hair growth; thicker eyelashes; eyelashes growing; eyelash growth; longer eyelashes; eyebrows growing
@ eczema | skin | disease | eczema aggravated
c: eczema; eczematous; eczematous rash; eczema-like rash; eczema like rash; eczematous dermatitis; dyshidrotic eczema; dyshidrosis; nummular eczema; eczema patches; eczema patch
m: exzema; excema; eczma; ezcema; eczemea; eksema; exema; ecsema; exczema; eczmea
@ eczema aggravated | skin
c: eczema aggravated; eczema flare; eczema flare up; eczema flare-up; eczema flared; eczema flared up; eczema flaring; eczema is flaring; eczema worse; eczema got worse; eczema getting worse; eczema is worse; worsening eczema; eczema worsening; eczema came back; eczema is back; eczema returned; eczema spreading; eczema spread; eczema exacerbation; exacerbation of eczema; eczema flares; eczema acting up; eczema is acting up
@ dermatitis | skin
c: dermatitis; skin inflammation; inflamed skin; inflammation of the skin; irritant dermatitis; skin dermatitis
@ dermatitis contact | skin
c: dermatitis contact; contact dermatitis; allergic contact dermatitis; reaction to the adhesive; reaction to the tape; tape allergy; allergic to the adhesive; allergic to the tape; rash from the tape; rash from the adhesive; rash from the bandage; reaction to the bandaid; band-aid rash; bandaid rash
@ seborrheic dermatitis | skin
c: seborrheic dermatitis; seborrhoeic dermatitis; seborrhea; dandruff; flaky scalp; scalp flaking; scalp is flaky; scaly scalp; greasy flakes; cradle cap
m: seborrheic dermatitus; sebhorreic dermatitis; seborrhic dermatitis; danruff; dandriff
@ erythema | skin
c: erythema; skin redness; red skin; skin is red; skin turned red; skin got red; skin went red; redness of skin; redness on my skin; reddened skin; reddening of skin; skin reddening; red patches of skin; reddish skin; skin reddish; red areas; red area; red marks; red mark; redness all over; skin redness all over; skin is all red; redness on my face; red face; face is red; face is all red; face turned red; face got red; face went red; red cheeks; cheeks are red; red neck; neck is red; red chest; chest is red
m: erythma; erithema; erythemia; eritema; erythema's; erythemea; errythema
@ flushing | vascular
c: flushing; flushed; flush; flushes; facial flushing; face flushing; face flushed; face is flushed; flushed face; flushed skin; skin flushing; flushing episodes; episodes of flushing; flushing of the face; flushed cheeks; red and hot face; face red and hot; face hot and red; face turned beet red; beet red; red as a beet; red as a tomato; face was bright red; face is burning up; face on fire; face felt on fire; face feels like it's on fire; face got hot; face gets hot; hot face; face burning; niacin flush; niacin-like flush; flushy
i: looked like a tomato; look like a lobster; looked like a lobster; like a lobster; lobster red; red as a lobster; turned into a tomato
m: flusing; flushng; flushin; flused
@ hyperhidrosis | skin
c: hyperhidrosis; sweating; sweats; sweaty; sweated; sweat; excessive sweating; increased sweating; sweating a lot; sweating more; sweating more than usual; profuse sweating; heavy sweating; diaphoresis; diaphoretic; sweating profusely; sweating buckets; drenched in sweat; soaked in sweat; dripping with sweat; dripping sweat; dripping in sweat; pouring sweat; pouring with sweat; sweating like crazy; sweating all the time; sweating constantly; sweating nonstop; sweaty palms; sweaty hands; sweaty feet; sweaty all the time; so sweaty; very sweaty; super sweaty; really sweaty; sweaty mess; hot and sweaty; clammy; clamminess; clammy skin; skin is clammy; cold and clammy; sweaty and clammy; sweating episodes; sweating spells; sweats during the day; daytime sweating
i: sweating like a pig; sweat like a pig; sweating like a sinner in church; sweating bullets; sweating like a faucet; sweating like i ran a marathon; like i just got out of the shower; like i got out of a pool; like i jumped in a pool
a: diaph; diaphoretic+
m: swetting; sweating's; sweatting; swetting alot; sweating alot; sweatin; swets; sweaty's; diaphoresis's; diaforesis; diaphorsis; hyperhydrosis; hyperhydrosis's
@ night sweats | skin
c: night sweats; night sweat; nocturnal sweating; sweating at night; sweats at night; sweating in my sleep; sweating during the night; sweats in the night; night time sweats; nighttime sweats; nighttime sweating; waking up sweating; wake up sweating; woke up sweating; wake up soaked; woke up soaked; waking up soaked; wake up drenched; woke up drenched; waking up drenched; soaked the sheets; soaking the sheets; soaked my sheets; drenched the sheets; sheets soaked; sheets are soaked; sheets drenched; pajamas soaked; soaking wet in the morning; wake up soaking wet; woke up soaking wet; change my sheets every night; change my pajamas at night
m: nite sweats; night sweets; nightsweats; night sweates
@ cold sweat | skin
c: cold sweat; cold sweats; in a cold sweat; broke out in a cold sweat; breaking out in a cold sweat; cold clammy sweat
@ hypohidrosis | skin
c: hypohidrosis; decreased sweating; can't sweat; unable to sweat; stopped sweating; not sweating; anhidrosis; reduced sweating; sweating less
@ photosensitivity reaction | skin
c: photosensitivity reaction; photosensitivity; photosensitive; photosensitivity rash; photodermatitis; phototoxicity; phototoxic reaction; phototoxic rash; sun sensitivity; sensitive to the sun; sensitive to sun; sun sensitive; sensitivity to sunlight; sensitivity to the sun; sensitivity to sun; skin sensitive to sun; skin is sensitive to the sun; burn easily; burn so easily; burning easily in the sun; sunburn easily; sunburned easily; sunburn so easily; burns easily in the sun; burn in minutes; burned in minutes; burn after a few minutes in the sun; rash from the sun; rash in the sun; sun rash; sun allergy; allergic to the sun; reaction to the sun; sun reaction; skin reacts to the sun; rash after being in the sun; rash after sun exposure; polymorphous light eruption; sun poisoning
m: photosensitivty; photosensativity; photo sensitivity; photosensitivety; photosenstivity; fotosensitivity
@ sunburn | skin
c: sunburn; sunburns; sunburned; sunburnt; sun burn; sun burned; sun burnt; bad sunburn; severe sunburn; blistering sunburn; got burned in the sun; got burnt in the sun; burned by the sun; fried in the sun
@ skin discoloration | skin
c: skin discoloration; skin discolouration; discoloration of skin; discolored skin; discoloured skin; skin discolored; skin color change; skin colour change; skin changed color; skin changing color; change in skin color; skin turned {dark,darker,purple,blue,gray,grey,brown,white,yellowish}; skin turning {dark,darker,purple,gray,grey,brown}; dark patches; dark patches on my skin; dark spots; dark spots on my skin; brown spots; brown patches; light patches; white patches on my skin; white spots on my skin; blotchy discoloration; mottled skin; mottling; skin mottling; discolored patches; discoloration; discolouration; discolored; discoloured
@ skin hyperpigmentation | skin
c: skin hyperpigmentation; hyperpigmentation; hyper pigmentation; hyperpigmented; darkening of the skin; darkening of skin; skin darkening; skin getting darker; skin is darker; skin darkened; darker skin; dark skin patches; melasma; age spots; sun spots; pigmentation; skin pigmentation; increased pigmentation; brown patches on my face; dark circles on my skin; darker spots
@ skin hypopigmentation | skin
c: skin hypopigmentation; hypopigmentation; hypopigmented; depigmentation; skin depigmentation; loss of skin color; losing skin color; skin losing color; white patches; light spots; lighter patches; skin lightening; skin getting lighter; vitiligo; vitiligo spreading
@ blister | skin
c: blister; blisters; blistering; blistered; blistery; skin blisters; skin blistering; bullae; bulla; bullous; bullous rash; bullous eruption; vesicles on skin; fluid filled blisters; fluid-filled blisters; water blisters; blisters on my {hands,feet,arms,legs,skin,fingers,toes,face,body}; blistering on my {hands,feet,skin}; blood blisters; blood blister; big blisters; huge blisters; skin bubbled up; bubbles on my skin; skin bubbling
m: blisster; blistors; blisters's; blistes; blisturs; blistring
@ palmar-plantar erythrodysaesthesia syndrome | skin
c: palmar-plantar erythrodysaesthesia syndrome; hand-foot syndrome; hand foot syndrome; hand and foot syndrome; hand-foot skin reaction; hand foot skin reaction; palmar plantar erythrodysesthesia; palmar-plantar erythrodysesthesia; hands and feet red and peeling; hands and feet peeling; palms and soles peeling; red palms and soles; palms and soles red; hands and feet burning; burning hands and feet; red painful hands and feet; hands and feet are red; peeling palms; peeling soles; blisters on my palms; blisters on my soles; blisters on my hands and feet; soles of my feet peeling; soles of my feet are raw; palms are raw; palms are red
a: HFS; HFSR; PPES; hand-foot; HFS gr {1,2,3}; HFSR gr {1,2,3}
@ skin lesion | skin
c: skin lesion; skin lesions; lesion on my skin; lesions on my skin; skin sore; skin sores; sores on my skin; sore on my skin; open sores; open sore; weeping sores; oozing sores; crusty sores; scabby sores; skin wounds; spots that won't heal; sores that won't heal; wounds that won't heal; non-healing wound; scabs; scab; scabs all over; scabbing; crusting; crusty skin; crusted skin; lesions
@ skin ulcer | skin
c: skin ulcer; skin ulcers; skin ulceration; ulcer on my leg; ulcers on my legs; leg ulcer; leg ulcers; ulcer on my skin; open wound on my skin; open wounds on my skin; cutaneous ulcer
@ skin infection | infection
c: skin infection; infected skin; skin got infected; infected sore; infected spot; infection on my skin
@ cellulitis | infection
c: cellulitis; celulitis; cellulitus; celluitis; skin infection spreading; red streaks; red streak; red streaking; streaking redness
@ skin swelling | skin
c: skin swelling; swollen skin; skin is swollen; skin puffed up; puffy skin; skin puffiness
@ skin burning sensation | skin
c: skin burning sensation; burning skin; skin burning; skin is burning; skin burns; skin feels like it's burning; skin feels like it's on fire; skin on fire; skin is on fire; burning sensation on my skin; burning sensation on skin; skin feels burned; skin feels sunburned; skin feels sunburnt; skin feels like a sunburn; feels like a sunburn; feels sunburned; skin stinging; stinging skin; skin stings
@ skin irritation | skin
c: skin irritation; irritated skin; skin is irritated; skin irritated; skin got irritated; skin sensitivity; sensitive skin; skin is sensitive; skin is so sensitive; skin hurts to touch; skin sensitive to touch; skin is raw; raw skin; skin is chafed; chafed skin; chafing; skin feels raw; raw and red skin
@ pain of skin | skin
c: pain of skin; skin pain; skin hurts; skin is painful; painful skin; skin is sore; sore skin; skin tenderness; tender skin; skin is tender; skin feels bruised; skin hurts when touched; clothes hurt my skin; hurts when clothes touch my skin; allodynia
@ skin atrophy | skin
c: skin atrophy; thin skin; thinning skin; skin thinning; skin is thin; skin got thin; paper thin skin; skin like paper; tissue paper skin; skin tears easily; skin tearing; skin tears; fragile skin; skin fragility
@ skin hypertrophy | skin
c: skin hypertrophy; thickened skin; skin thickening; thick skin; skin is thicker; calluses; callus; calloused; hyperkeratosis; skin getting hard; hard skin; leathery skin; skin like leather; skin is leathery
@ nail disorder | skin
c: nail disorder; nail problems; nail changes; nails changed; nail discoloration; nail discolouration; discolored nails; nails discolored; nails turning {yellow,black,brown,white,dark}; nails turned {yellow,black,brown,white,dark}; yellow nails; dark nails; black nails; brittle nails; nails are brittle; nails breaking; nails breaking easily; nails splitting; split nails; splitting nails; nails cracking; cracked nails; nails peeling; peeling nails; ridges in my nails; ridged nails; nail ridges; nail pitting; pitted nails; nails lifting; nail lifting; nails falling off; nail fell off; nails fell off; lost a nail; lost my nails; lost a toenail; lost toenails; toenail fell off; fingernail fell off; onycholysis; onychomadesis; nail dystrophy; thin nails; soft nails; nail bed pain; nails hurt; sore nails; nail pain
@ paronychia | infection
c: paronychia; nail infection; infected nail; infected nail bed; infected fingernail; infected toenail; nail bed infection; ingrown toenail; ingrown toenails; ingrown nail; ingrown nails; infection around my nail; infection around the nail; swelling around my nail; swollen nail bed; red swollen finger by the nail; inflamed nail bed; whitlow; felon
m: paronichia; paronycia; paronychea; parronychia
@ onychomycosis | infection
c: onychomycosis; nail fungus; toenail fungus; fungal nail; fungal nails; fungus on my nails; fungus on my toenails; fungal nail infection; fungal toenail
@ skin fungal infection | infection
c: skin fungal infection; fungal skin infection; fungal rash; fungal infection on my skin; ringworm; tinea; tinea corporis; tinea pedis; tinea cruris; athlete's foot; athletes foot; jock itch; yeast rash; yeast infection on my skin; candidal rash; intertrigo; rash in skin folds; rash under my breasts; rash in my groin; groin rash
@ skin mass | skin
c: skin mass; lump under my skin; lumps under my skin; lump on my skin; lumps on my skin; bump under my skin; bumps under my skin; nodule under the skin; skin nodule; skin nodules; subcutaneous nodule; subcutaneous nodules; subcutaneous lump; knots under my skin; cyst; cysts; skin cyst; sebaceous cyst; lipoma; fatty lump
@ skin odor abnormal | skin
c: skin odor abnormal; body odor; body odour; smell bad; smell funny; i smell funny; body smell changed; smelly sweat; sweat smells; sweat smells weird; sweat smells different; b.o.; stinky armpits
@ skin texture abnormal | skin
c: skin texture abnormal; skin texture changed; change in skin texture; skin feels different; skin feels weird; bumpy skin; rough patches; skin feels like sandpaper; sandpaper skin; skin is bumpy; orange peel skin
@ skin wrinkling | skin
c: skin wrinkling; wrinkles; wrinkled skin; more wrinkles; new wrinkles; saggy skin; sagging skin; loose skin; skin sagging; ozempic face; face looks older; face looks sunken; sunken face; gaunt face; hollow cheeks; face looks gaunt; face is gaunt; aged face
@ purpura | skin
c: purpura; purpuric rash; purple spots; purple spots on my skin; purple patches; purple blotches; purple dots; petechiae; petechial rash; petechia; pinpoint red spots; tiny red dots that don't blanch; pinpoint spots; tiny purple dots; blood spots under the skin; blood spots on my skin; red dots on my legs; spots that look like bruises
m: petechia's; petichiae; petechae; petichia; pertechiae; purpra; purpera
@ contusion | injury
c: contusion; contusions; bruise; bruises; bruising; bruised; bruised easily; bruise easily; bruising easily; bruises easily; easy bruising; bruising a lot; bruising more; bruising more easily; bruising all over; bruises all over; bruises everywhere; bruises on my {arms,legs,body,hands,thighs,shins,stomach}; bruised {arms,legs,knee,hip,arm,leg,shin}; unexplained bruising; unexplained bruises; random bruises; random bruising; bruises out of nowhere; bruises for no reason; black and blue; black and blue marks; black-and-blue; purple bruises; big bruises; huge bruises; ecchymosis; ecchymoses; ecchymotic
m: bruseing; brusing; bruses; bruize; bruzing; bruisng; bruiseing; bruisis; bruses easily; brused; bruized; ecchymosis's; echymosis; ecchymoses's; bruse
@ skin haemorrhage | skin
c: skin haemorrhage; skin hemorrhage; bleeding under the skin; blood under the skin; bleeding into the skin; subcutaneous hemorrhage; subcutaneous bleeding
@ angioedema | skin | ime
c: angioedema; angioneurotic edema; angio-edema; angioedema attack; deep swelling; swelling of the face and throat; face and throat swelling; face and throat swelled; tongue and lips swelled; lips and tongue swelled; lips and tongue swollen; tongue and throat swelling; swelling of the lips and tongue; swelling of my lips and tongue
m: angioedma; angiodema; angio edema; angioedemia; angioadema; angioedema's
@ swelling face | general
c: swelling face; facial swelling; face swelling; swollen face; face swollen; face is swollen; face swelled; face swelled up; face puffed up; face is puffy; puffy face; facial puffiness; face puffiness; face is bloated; bloated face; face blew up; face ballooned; face got puffy; face got swollen; puffy cheeks; swollen cheeks; cheeks are swollen; cheeks swollen; facial edema; facial oedema; face edema; moon face; moon facies; round face; face got round; face is round; chipmunk cheeks; chipmunk face
i: face like a balloon; face like a pumpkin; face blew up like a balloon; looked like a chipmunk; look like a chipmunk; face like a chipmunk; face like the elephant man; looked like i got stung by a bee; looked like i got punched; look like i was punched
@ eyelid edema | eye
c: eyelid edema; eyelid oedema; eyelid swelling; swollen eyelid; swollen eyelids; eyelids swollen; eyelids are swollen; puffy eyelids; eyelids puffy; eyelids puffed up; puffy eyes; eyes are puffy; eyes puffy; swollen eyes; eyes swollen; eyes are swollen; eyes swelled up; eyes swelled shut; eyes swollen shut; periorbital edema; periorbital swelling; swelling around my eyes; swelling around the eyes; puffiness around my eyes; puffiness around the eyes; bags under my eyes; puffy under eyes
@ drug eruption | skin
c: drug eruption; drug rash; medication rash; rash from the medication; rash from the med; rash from the meds; rash from the shot; rash from the injection; rash from the infusion; rash from the pill; rash from the pills; allergic rash; rash from the drug; rash due to the medication; drug induced rash; drug-induced rash; rash caused by the medication; fixed drug eruption
@ stevens-johnson syndrome | skin | ime;life_threatening
c: stevens-johnson syndrome; stevens johnson syndrome; stevens johnson; stevens-johnson; steven johnson syndrome; steven johnsons syndrome; stevens johnsons syndrome; stephen johnson syndrome; steven-johnson syndrome; steven's johnson syndrome
a: SJS; sjs; SJS/TEN
@ toxic epidermal necrolysis | skin | ime;life_threatening
c: toxic epidermal necrolysis; lyell syndrome; lyell's syndrome; skin sloughing off; skin coming off in sheets; skin peeling off in sheets; skin falling off in sheets; skin detaching; skin detachment; epidermal necrolysis; skin blistering and peeling off
a: TEN!; T.E.N.
@ drug reaction with eosinophilia and systemic symptoms | skin | ime
c: drug reaction with eosinophilia and systemic symptoms; drug rash with eosinophilia and systemic symptoms; DRESS syndrome; dress syndrome; drug hypersensitivity syndrome; DIHS!
a: DRESS!
@ erythema multiforme | skin | ime
c: erythema multiforme; target lesions; target-like lesions; bullseye rash; bull's eye rash; bulls eye rash; target rash; targetoid rash; targetoid lesions; rings on my skin
@ bullous pemphigoid | skin | ime
c: pemphigoid; bullous pemphigoid flare
@ dermatitis exfoliative | skin | ime
c: dermatitis exfoliative; exfoliative dermatitis; erythroderma; erythrodermic; red and peeling all over; peeling all over my body; whole body red and peeling
@ rosacea | skin
c: rosacea; rosacea flare; rosacea flare up; acne rosacea; rosacea got worse; rosacea is worse; rosacea worse
m: rosasea; rosecea; rosacia; rosaceae; rosecia
@ folliculitis | skin
c: folliculitis; inflamed hair follicles; infected hair follicles; bumps around hair follicles; razor bumps; ingrown hairs; boils; boil; furuncle; furuncles; carbuncle; carbuncles
@ skin abscess | infection
c: skin abscess; abscess on my skin; abscess under my skin; pus pocket; pocket of pus; pus filled lump; boil with pus; boil that won't heal; draining boil
@ keratosis pilaris | skin
c: keratosis pilaris; chicken skin; strawberry skin; bumps on the back of my arms; little bumps on my arms
@ milia | skin
c: milia; milium; little white bumps; tiny white bumps
@ skin tightness | skin
c: skin tightness; skin feels tight; tight skin; skin is tight; skin stretched tight; skin is stretched; skin hardening; skin hardened; skin got hard; skin thickening and hardening
@ psoriasiform dermatitis | skin
c: psoriasiform dermatitis; psoriasis-like rash; psoriasis like rash; psoriasiform rash; paradoxical psoriasis; new onset psoriasis; new psoriasis; scaly rash; scaly patches; silvery patches; silvery scales
@ lichenoid keratosis | skin
c: lichenoid keratosis; lichenoid rash; lichenoid reaction; lichen planus; lichen planus like rash; lichenoid eruption; oral lichen planus; lacy white patches in my mouth
@ granuloma skin | skin
c: granuloma skin; skin granuloma; granulomas on my skin; granuloma annulare
@ scar | skin
c: scar; scars; scarring; scarred; scar tissue; keloid; keloids; hypertrophic scar; raised scar; bad scarring; leaving scars; left scars; left a scar; pitted scars; acne scars
@ skin striae | skin
c: skin striae; stretch marks; stretch mark; striae; striae distensae; purple stretch marks; new stretch marks; stretch marks on my {belly,stomach,thighs,arms,breasts,hips}
@ telangiectasia | skin
c: telangiectasia; telangiectasias; spider veins; spider vein; broken capillaries; broken blood vessels on my face; broken blood vessels in my face; little red veins; tiny red lines on my face; thread veins; spider angioma; spider angiomas
@ hair growth abnormal | skin
c: hair growth abnormal; abnormal hair growth; hair growing weird; hair grows weird; hair growing in patches; patchy hair growth; hair regrowth uneven
@ madarosis | skin
c: madarosis; loss of eyelashes; eyelash loss; eyebrow loss; loss of eyebrows; eyebrows thinning; thinning eyebrows; lashes falling out; brows falling out
@ skin reaction | skin
c: skin reaction; skin reactions; cutaneous reaction; cutaneous reactions; dermatologic reaction; dermatologic reactions; dermatological reaction; skin toxicity; cutaneous toxicity; dermatologic toxicity; skin side effects; skin changes; skin change
a: derm rxn; derm tox; skin tox; skin AE; skin AEs; cutaneous AE; dermatologic AE
@ xanthoma | skin
c: xanthoma; xanthomas; xanthelasma; yellow bumps on my eyelids; yellow patches on my eyelids; fatty deposits on my eyelids
@ hidradenitis | skin
c: hidradenitis; sweat gland infection; inflamed sweat glands; painful lumps in my armpits; lumps in my armpits; boils in my armpits; boils in my groin
"""

# Administration-site findings: term suffix -> (nouns, adjectives/participles) as patients say them.
SITE_FINDINGS: dict[str, tuple[list[str], list[str]]] = {
    "erythema": (["redness", "erythema", "red mark", "red spot", "red patch", "red ring", "red circle", "red area",
                  "red blotch", "reddening", "pinkness", "red welt"], ["red", "reddened", "pink", "reddish", "all red", "bright red"]),
    "pain": (["pain", "soreness", "tenderness", "ache", "aching", "burning", "stinging", "throbbing", "pains",
              "burning sensation", "stinging sensation", "sting", "burn"], ["sore", "tender", "painful", "hurting",
              "achy", "burning", "stinging", "throbbing", "aching"]),
    "swelling": (["swelling", "swellings", "puffiness", "raised area", "raised welt"], ["swollen", "puffy", "swelled up",
                  "puffed up", "raised", "swelled"]),
    "edema": (["edema", "oedema"], ["edematous"]),
    "pruritus": (["itching", "itchiness", "itch", "pruritus", "pruritis", "itchyness"], ["itchy", "itching", "itches", "itched"]),
    "bruising": (["bruising", "bruise", "bruises", "ecchymosis", "black and blue mark", "purple mark"],
                 ["bruised", "black and blue", "purple"]),
    "hematoma": (["hematoma", "haematoma", "blood blister", "pocket of blood", "collection of blood"], []),
    "induration": (["induration", "hardness", "hard spot", "hard area", "hard patch", "firmness", "hardening",
                    "thickening"], ["hard", "indurated", "firm", "hardened", "rock hard"]),
    "warmth": (["warmth", "heat", "hotness", "warm spot", "hot spot"], ["warm", "hot", "hot to the touch",
               "warm to the touch", "warm to touch", "hot to touch"]),
    "rash": (["rash", "rashes"], ["rashy"]),
    "urticaria": (["hives", "urticaria", "welts", "welt", "wheal", "wheals"], []),
    "nodule": (["nodule", "nodules", "bump", "bumps", "small bump", "little bump", "raised bump"], ["bumpy"]),
    "mass": (["mass", "lump", "lumps", "knot", "knots", "hard lump", "hard knot", "little lump", "small lump"], ["lumpy"]),
    "hemorrhage": (["bleeding", "haemorrhage", "hemorrhage", "blood"], ["bleeding", "bled", "bleeds"]),
    "reaction": (["reaction", "reactions", "rxn", "rxns", "response"], []),
    "inflammation": (["inflammation"], ["inflamed"]),
    "irritation": (["irritation"], ["irritated"]),
    "discoloration": (["discoloration", "discolouration", "darkening", "dark spot", "dark mark", "scarring mark"],
                      ["discolored", "discoloured", "darkened"]),
    "infection": (["infection", "infections"], ["infected", "oozing pus", "draining pus"]),
    "abscess": (["abscess", "pus pocket", "pus"], ["abscessed"]),
    "cellulitis": (["cellulitis"], []),
    "necrosis": (["necrosis", "dead skin", "tissue death"], ["necrotic", "turning black"]),
    "ulcer": (["ulcer", "ulceration", "open sore", "open wound", "sore that won't heal"], ["ulcerated"]),
    "scar": (["scar", "scarring", "scars"], ["scarred"]),
    "atrophy": (["atrophy", "dent", "dents", "dimple", "dimples", "divot", "divots", "indentation", "indentations",
                 "pitting", "hollow", "dip"], ["dented", "dimpled", "sunken", "indented", "pitted"]),
    "lipoatrophy": (["lipoatrophy", "fat loss", "loss of fat"], []),
    "lipohypertrophy": (["lipohypertrophy", "fatty lump", "fatty lumps", "fat lump", "fat buildup"], []),
    "vesicles": (["vesicles", "blister", "blisters", "blistering"], ["blistered", "blistering"]),
    "dermatitis": (["dermatitis", "eczema"], []),
    "papule": (["papule", "papules", "pimple", "pimples", "zit"], []),
    "macule": (["macule", "macules", "flat spot"], []),
    "scab": (["scab", "scabs", "crust", "crusting", "scabbing"], ["scabbed", "crusty", "scabby"]),
    "dryness": (["dryness", "dry skin", "dry patch"], ["dry and flaky", "flaky"]),
    "exfoliation": (["peeling", "flaking", "exfoliation"], ["peeling", "flaking"]),
    "paresthesia": (["tingling", "pins and needles", "paresthesia", "prickling"], ["tingling", "tingly", "prickly"]),
    "hypoesthesia": (["numbness", "hypoesthesia", "loss of feeling"], ["numb"]),
    "discomfort": (["discomfort"], ["uncomfortable"]),
    "hypersensitivity": (["hypersensitivity", "allergic reaction", "allergy"], ["allergic"]),
    "extravasation": (["extravasation", "leakage", "leaking"], ["leaking", "leaked"]),
    "coldness": (["coldness"], ["cold to the touch", "cold"]),
    "pallor": (["pallor", "paleness", "blanching"], ["pale", "white", "blanched"]),
    "hyperpigmentation": (["hyperpigmentation", "pigmentation", "brown mark", "brown spot"], []),
    "hypertrophy": (["hypertrophy", "thickened skin"], ["thickened"]),
    "granuloma": (["granuloma", "granulomas"], []),
    "cyst": (["cyst", "cysts"], []),
    "erosion": (["erosion", "raw spot"], ["raw", "eroded"]),
    "fibrosis": (["fibrosis", "scar tissue"], ["fibrotic"]),
    "movement impairment": (["stiffness", "movement impairment", "reduced movement"], ["stiff"]),
    "joint pain": (["joint pain"], []),
    "injury": (["injury", "trauma", "cut"], []),
    "nerve damage": (["nerve damage", "nerve injury", "nerve pain"], []),
    "thrombosis": (["thrombosis", "clot", "blood clot"], ["clotted"]),
    "phlebitis": (["phlebitis", "vein inflammation", "inflamed vein", "red streak", "red line"], []),
}
# The site kinds; infusion, application and catheter sites take the findings that make sense there.
SITE_KINDS: dict[str, dict[str, list[str]]] = {
    "injection site": {
        "noun": ["injection site", "inj site", "injection-site", "inj. site", "injection spot", "injection sites",
                 "inj sites", "shot site", "site of injection", "site of the injection", "injection area",
                 "pen site", "sc site", "subq site",
                 "injection sight", "injecton site", "injeciton site"],
        "after": ["at the injection site", "at injection site", "at the inj site", "at inj site", "at the site",
                  "on the injection site", "around the injection site", "around injection site", "near the injection site",
                  "at the shot site", "where i injected", "where i inject", "where i gave the shot", "where i gave myself the shot",
                  "where i did the shot", "where i did my shot", "where i gave my shot", "where i took the shot",
                  "where the shot went", "where the shot went in", "where the needle went in", "where the needle went",
                  "where she injected", "where he injected", "where i gave the injection", "where the injection was",
                  "where i stuck myself", "where i put the pen", "from the shot", "from the injection", "after the shot",
                  "after the injection", "at the injection spot", "around the site", "at site", "at the shot spot",
                  "on the spot where i injected", "where i injected it", "at my injection site", "around my injection site",
                  "from my shot", "from the pen", "at the injection sites", "at injection sites"],
    },
    "infusion site": {
        "noun": ["infusion site", "inf site", "infusion-site", "iv site", "i.v. site", "iv line site", "iv sites",
                 "infusion sites", "site of infusion", "cannula site", "drip site", "port site"],
        "after": ["at the infusion site", "at infusion site", "at the iv site", "at iv site", "around the iv site",
                  "where the iv was", "where the iv went in", "where they put the iv", "where the iv was placed",
                  "where the needle was", "around the infusion site", "at the port site", "around the port",
                  "where they stuck me", "from the iv", "where the drip went in"],
    },
    "application site": {
        "noun": ["application site", "app site", "application area", "treated area", "treated skin",
                 "patch site", "cream site", "site of application"],
        "after": ["at the application site", "where i applied it", "where i applied the cream", "where i put the cream",
                  "where i put the patch", "where the patch was", "under the patch", "where i put the gel",
                  "where i applied the gel", "where i rubbed it in", "from the cream", "from the patch",
                  "from the gel", "from the ointment", "on the treated area", "where i used the cream"],
    },
    "catheter site": {
        "noun": ["catheter site", "picc site", "picc line site", "central line site", "line site", "port-a-cath site"],
        "after": ["at the catheter site", "around the picc", "around my picc line", "around the central line",
                  "where the picc is", "around the line"],
    },
    "administration site": {
        "noun": ["administration site", "admin site", "site of administration"],
        "after": ["where it was given", "where the medicine went in", "at the administration site"],
    },
    "vaccination site": {
        "noun": ["vaccination site", "vaccine site", "vaccine injection site", "site of vaccination"],
        "after": ["from the vaccine", "after the vaccine", "from the vaccination", "where i got the vaccine",
                  "where they gave the vaccine", "at the vaccine site", "from my vaccine", "from the booster"],
    },
    "medical device site": {
        "noun": ["medical device site", "device site", "pump site", "on-body injector site", "on body injector site",
                 "onpro site", "obi site", "patch pump site", "pod site", "infusion set site", "sensor site",
                 "cgm site", "wearable injector site"],
        "after": ["where the pump was", "under the pump", "where the on-body injector was", "under the on-body injector",
                  "where the onpro was", "under the onpro", "where the pod was", "under the pod", "where the sensor was",
                  "under the device", "where the device was", "from the adhesive", "from the device adhesive",
                  "where the injector was stuck", "under the injector"],
    },
    "vessel puncture site": {
        "noun": ["vessel puncture site", "blood draw site", "venipuncture site", "lab draw site", "puncture site"],
        "after": ["where they drew blood", "from the blood draw", "where they took blood", "at the blood draw site"],
    },
}
SITE_TERMS: dict[str, list[str]] = {
    "injection site": list(SITE_FINDINGS),
    "infusion site": ["erythema", "pain", "swelling", "edema", "pruritus", "bruising", "hematoma", "induration",
                      "warmth", "rash", "urticaria", "hemorrhage", "reaction", "inflammation", "irritation",
                      "discoloration", "infection", "extravasation", "phlebitis", "thrombosis", "vesicles",
                      "paresthesia", "hypoesthesia", "discomfort", "coldness", "nodule", "mass", "necrosis",
                      "hypersensitivity", "pallor"],
    "application site": ["erythema", "pain", "swelling", "edema", "pruritus", "rash", "urticaria", "reaction",
                         "inflammation", "irritation", "discoloration", "infection", "vesicles", "dermatitis",
                         "dryness", "exfoliation", "paresthesia", "hypoesthesia", "discomfort", "hypersensitivity",
                         "papule", "scab", "erosion", "ulcer", "hyperpigmentation", "warmth", "acne", "folliculitis"],
    "catheter site": ["erythema", "pain", "swelling", "infection", "hemorrhage", "reaction", "inflammation",
                      "discharge", "pruritus", "rash", "induration", "thrombosis", "related infection"],
    "vessel puncture site": ["bruising", "hematoma", "pain", "hemorrhage", "swelling", "reaction"],
    "administration site": ["erythema", "pain", "swelling", "pruritus", "bruising", "reaction", "rash", "warmth",
                            "induration", "urticaria", "hemorrhage", "inflammation", "discomfort", "nodule"],
    "vaccination site": ["erythema", "pain", "swelling", "pruritus", "bruising", "reaction", "rash", "warmth",
                         "induration", "urticaria", "nodule", "mass", "inflammation", "discomfort", "hypersensitivity",
                         "movement impairment"],
    "medical device site": ["erythema", "pain", "swelling", "pruritus", "bruising", "reaction", "rash", "warmth",
                            "induration", "urticaria", "hemorrhage", "inflammation", "irritation", "dermatitis",
                            "vesicles", "infection", "discomfort", "hypersensitivity", "scab", "exfoliation",
                            "discoloration", "nodule", "edema", "abscess", "scar"],
}
SITE_FINDINGS.update({
    "acne": (["acne", "pimples", "breakout"], []),
    "folliculitis": (["folliculitis", "bumps around the hair follicles"], []),
    "discharge": (["discharge", "drainage", "oozing", "pus"], ["oozing", "draining", "weeping"]),
    "related infection": (["line infection", "catheter infection", "line sepsis"], []),
})
# Findings whose site term is named differently from "<site> <finding>".
SITE_TERM_NAME = {("catheter site", "related infection"): "catheter site related infection"}


def add_site_templates() -> None:
    for kind, findings in SITE_TERMS.items():
        words = SITE_KINDS[kind]
        for finding in findings:
            term = SITE_TERM_NAME.get((kind, finding), f"{kind} {finding}")
            define(term, "injection_site")
            add(term, term, "clinical", template=True)
            nouns, adjectives = SITE_FINDINGS[finding]
            for site in words["noun"]:
                register = "abbrev" if site.split()[0] in {"inj", "inj.", "inf", "iv", "i.v.", "sc", "subq", "ij",
                                                          "picc", "app", "subcut", "injxn"} else "clinical"
                if site in {"injection sight", "injection cite", "injecton site", "injeciton site", "injectionsite",
                            "inection site"}:
                    register = "misspelling"
                for noun in nouns:
                    add(f"{site} {noun}", term, register, template=True)
                    add(f"{noun} {'at' if kind != 'application site' else 'on'} {site}", term, register, template=True)
                for adjective in adjectives:
                    add(f"{site} {'is' if not site.endswith('s') else 'are'} {adjective}", term, register, template=True)
                    add(f"{site} was {adjective}", term, register, template=True)
                    if " " not in adjective:
                        add(f"{adjective} {site}", term, register, template=True)
            for after in words["after"]:
                for noun in nouns:
                    add(f"{noun} {after}", term, "lay", template=True)
                for adjective in adjectives:
                    add(f"{adjective} {after}", term, "lay", template=True)
    # site reactions named without a finding
    for surface in ["ISR", "ISRs", "ISR's", "LSR", "LSRs", "inj rxn", "inj rxns", "injection rxn", "inj site rxn",
                    "inj site rxns", "injxn site rxn", "site rxn", "site rxns", "site reaction", "site reactions",
                    "local reaction", "local reactions", "local site reaction", "local injection site reaction",
                    "injection reaction at the site", "reaction at the injection site", "skin reaction at the injection site",
                    "shot reaction", "reaction to the shot at the site", "site rx", "inj site rx", "inj. site rxn",
                    "local skin reaction", "local skin reactions", "localized reaction", "localised reaction",
                    "inj rx", "injection site rxs", "sq site rxn", "sc site rxn"]:
        register = "abbrev" if surface[:3].lower() in {"isr", "lsr", "inj", "lir", "sq ", "sc "} or "rx" in surface.lower() else "clinical"
        add(surface, "injection site reaction", register, template=True)


VOCAB_SITE = r"""
@ infusion related reaction | injection_site
c: infusion related reaction; infusion-related reaction; infusion related reactions; infusion-related reactions; infusion reaction; infusion reactions; infusion-associated reaction; infusion associated reaction; reaction to the infusion; reaction during the infusion; reaction during infusion; reacted to the infusion; reacting to the infusion; had a reaction to the infusion; had a reaction during the infusion; reaction at the infusion; reaction with the infusion; infusion rxn; infusion rxns; infusion rx; reaction while getting the infusion; reaction while on the drip; reaction to the drip; reaction to the iv; infusion hypersensitivity; first infusion reaction; infusion toxicity; cytokine release with infusion; infusion related hypersensitivity; stopped the infusion due to reaction; infusion stopped due to reaction; infusion had to be stopped; they had to stop the infusion; had to stop the infusion; paused the infusion; infusion was paused; infusion paused
a: IRR; IRRs; IRR's; inf rxn; inf reaction; infusion rxn; IRR gr {1,2,3}; grade {1,2,3} IRR
m: infussion reaction; infution reaction; infusion raction; infusion reation; infusoin reaction
@ injection related reaction | injection_site
c: injection related reaction; injection-related reaction; injection related reactions; injection-related reactions; injection reaction; injection reactions; reaction to the injection; reaction to the shot; reacted to the shot; reacted to the injection; reaction after the shot; reaction after the injection; shot reaction; post-injection reaction; post injection reaction; post-injection systemic reaction; systemic injection reaction; reaction from the shot; reaction from the injection; had a reaction to the shot; had a reaction to my shot; bad reaction to the shot; bad reaction to the injection; reacting to the shot
a: inj reaction; inj-related rxn; injection rxn
@ injection site reaction | injection_site
c: injection site reaction; injection site reactions; injection-site reaction; injection-site reactions
@ post procedural complication | general
c: post procedural complication; complications after the procedure; procedure complication; complication from the procedure; complications from the surgery; surgical complication; post-op complication; post op complication; post-op complications
@ vaccination site reaction | injection_site
c: vaccination site reaction; vaccine site reaction; reaction at the vaccine site; sore arm from the vaccine; arm sore from the vaccine; sore arm after the vaccine; arm is sore from the vaccine; covid arm
@ injection site pain | injection_site
c: injection pain; injection pains; painful injection; painful injections; painful shot; painful shots; pain during injection; pain during the injection; pain during the shot; pain with injection; pain with the injection; pain with the shot; pain on injection; burning during injection; burning during the injection; stinging during injection; stinging during the injection; burning sensation during injection; stinging sensation during injection
l: {burned,burns,burning,stung,stings,stinging,hurt,hurts} going in; {burned,burns,burning,stung,stings,stinging,hurt,hurts} when {i,she,he} {inject,injected,injects,gave the shot,did the shot}; {burning,stinging} when injecting; {the shot,my shot,the injection,the pen,the medicine,the medication,the med,the drug} {burns,burned,stings,stung,hurts,hurt,is painful,was painful,was so painful,hurts so bad,hurt so bad,burns like crazy,stings like crazy,burns going in,stings going in}; shot hurts; shot hurt; shots hurt; injections hurt; injection hurts; injection hurt; shot was painful; injection was painful; shots are painful; injections are painful; shots are so painful; shots burn; shots sting; pen burns; pen stings; med burns going in; medicine burns going in; feels like a bee sting; like a bee sting; like a wasp sting; stings like a bee; stings like a wasp; like getting stung by a bee
@ injection site pain;injection site swelling
c: injection site pain and swelling; pain and swelling at the injection site; swelling and pain at the injection site; sore and swollen at the injection site; swollen and sore at the injection site
@ injection site erythema;injection site swelling
c: injection site redness and swelling; redness and swelling at the injection site; red and swollen at the injection site; swollen and red at the injection site; red swollen injection site; redness/swelling at injection site; inj site redness/swelling; inj site erythema/swelling; inj site swelling/redness
@ injection site erythema;injection site pruritus
c: injection site redness and itching; redness and itching at the injection site; red and itchy at the injection site; itchy and red at the injection site; red itchy injection site; itchy red injection site; inj site redness/itching
@ injection site erythema;injection site pain
c: injection site redness and pain; redness and pain at the injection site; red and sore at the injection site; sore and red at the injection site; red sore injection site; inj site redness/pain; inj site pain/redness
@ injection site erythema;injection site warmth
c: red and hot at the injection site; red and warm at the injection site; hot and red at the injection site; warm and red at the injection site; injection site redness and warmth; inj site red/warm
@ injection site erythema;injection site swelling;injection site pruritus
c: red swollen and itchy at the injection site; red, swollen and itchy at the injection site; redness swelling and itching at the injection site; inj site redness/swelling/itching
"""

VOCAB_GENERAL = r"""
@ fatigue | general
c: fatigue; fatigued; fatigues; fatiguing; tiredness; tired; so tired; very tired; really tired; extremely tired; super tired; always tired; tired all the time; tired all day; constantly tired; exhausted; exhaustion; so exhausted; completely exhausted; extreme tiredness; extreme fatigue; severe fatigue; excessive tiredness; excessive fatigue; lack of energy; no energy; zero energy; low energy; little energy; not much energy; energy is low; energy is gone; energy is zero; energy levels are low; low energy levels; lost my energy; lost all my energy; lost energy; loss of energy; drained of energy; decreased energy; less energy; energy decreased; tired out; worn out; worn down; run down; rundown; feeling run down; weary; weariness; lethargy; lethargic; listless; listlessness; sluggish; sluggishness; sapped; zapped; so drained; totally drained; completely drained; feel drained; feeling drained; felt drained; energy drained; energy crash; crashed hard; crash in the afternoon; pooped out; beat up tired; bone tired; dead tired; dog tired; bone-tired; bone weary; whacked out; knackered; burnt out; burned out; can't get out of bed; couldn't get out of bed; can barely get out of bed; stayed in bed all day; in bed all day; slept all day; sleeping all day; need to lie down all the time; have to lie down; had to lie down; no get up and go; no pep; no stamina; decreased stamina; low stamina; stamina is gone; tire easily; tire out easily; tired easily; gets tired easily; gets tired so fast; tired after doing nothing; tired for days after
i: wiped out; wiped me out; wipes me out; totally wiped; so wiped; knocked me out; knocks me out; knocked me on my butt; knocks me on my butt; knocked on my butt; knocked on my ass; knocks me on my ass; knocked me flat; flattened me; flat on my back; like a zombie; feel like a zombie; walking zombie; running on empty; running on fumes; tank is empty; no gas in the tank; nothing in the tank; batteries are drained; battery is dead; battery drained; dragging; dragging all day; dragging myself around; draggy; hit a wall; hitting a wall; hit the wall; couch potato; glued to the couch; stuck on the couch; living on the couch; can't function; can barely function; barely functioning; barely function; dead on my feet; running on empty all day; feel like i ran a marathon; like i ran a marathon; like i haven't slept in days; totally spent; spent all day in bed; wrecked me; zonked; zonked out; pooped
a: fatig; fatigue+; tired+; lethargic+; low energy+
m: fatige; fatigure; fatique; fatuge; fatiuge; fatgue; fatique's; faitgue; fatige's; fattigue; fatiged; fatiqued; fatigued's; exausted; exhusted; exausting; exaustion; exhuasted; exhasted; exhaused; extremly tired; extreamly tired; tird; tierd; tyred; soo tired; sooo tired; soooo tired; so tird; realy tired; relly tired; litargic; lethargik; lethargick; lathargic; letargic; lethergic; lethargy's; slugish; sluggesh
@ asthenia | general
c: asthenia; weakness; generalized weakness; generalised weakness; general weakness; body weakness; feeling weak; feel weak; felt weak; feels weak; really weak; very weak; so weak; extremely weak; super weak; too weak; weak all over; weak and tired; tired and weak; weakness all over; weakened; weak as a kitten; weak as a baby; no strength; lost my strength; lost strength; loss of strength; lack of strength; strength is gone; have no strength; don't have any strength; weak feeling; feeling of weakness; debility; debilitated; feeble; frail; frailty; weakness and fatigue; fatigue and weakness; shaky and weak; weak and shaky; legs feel weak; legs are weak; arms feel weak; weak legs; weak arms
i: weak as a noodle; like a wet noodle; legs like jelly; legs like jello; jelly legs; jello legs; noodle legs; rubber legs; legs like rubber; wobbly legs
a: gen weakness; gen. weakness; weakness+; generalized wkns; wkns; weaknss
m: weekness; weaknes; weakeness; weakniss; asthena; asthenia's; asthenya; weeak; week and tired; feeling week; very week; so week; realy weak
@ malaise | general
c: malaise; general malaise; generalized malaise; feeling unwell; feel unwell; felt unwell; feels unwell; unwell; not feeling well; not feeling good; not feeling great; not feeling right; don't feel well; don't feel good; didn't feel well; didn't feel good; doesn't feel well; doesn't feel good; haven't been feeling well; haven't felt well; haven't felt good; hasn't been feeling well; not been feeling well; not well; under the weather; feeling poorly; feel poorly; feeling lousy; feel lousy; felt lousy; feeling crummy; feel crummy; feeling crappy; felt crappy; feel crappy; feels crappy; feeling sick; felt sick; feel sick; feels sick; feeling ill; felt ill; feel ill; feels ill; feeling bad; felt bad all day; feel awful; feeling awful; felt awful; feel terrible; feeling terrible; felt terrible; feel horrible; feeling horrible; felt horrible; feel miserable; feeling miserable; felt miserable; feel rotten; feeling rotten; felt rotten; feel yucky; feeling yucky; felt yucky; feel gross; feeling gross; felt gross; feel icky; feeling icky; feel blah; feeling blah; felt blah; feel off; felt off; feel like crap; feeling like crap; felt like crap; feels like crap; feel like garbage; feeling like garbage; felt like garbage; feel like trash; felt like trash; feel like shit; feeling like shit; felt like shit; feel like hell; felt like hell; feeling like hell; feel like death; feeling like death; felt like death; feel like dirt; felt like dirt; feel like poop; felt like poop; feel like dog poop; sick feeling; sickly; sickness; ill feeling; feeling sickly; out of sorts; not myself; not himself; not herself; not quite right; under par; below par; achy and tired; yucky; feel yuck; generally unwell; general unwellness; feel unwell all over
i: hit by a truck; hit by a bus; hit by a train; hit by a mack truck; run over by a truck; run over by a bus; ran over by a truck; hit with a truck; felt like i got hit by a truck; feel like i got hit by a truck; feel like i've been hit by a truck; like i got hit by a truck; like i was hit by a truck; like i've been hit by a truck; like i got run over; like i got run over by a truck; like death warmed over; death warmed over; death warmed up; like death warmed up; like something the cat dragged in; what the cat dragged in; like i got beat up; like i was beat up; like i got beaten up; like i went ten rounds; like i went 10 rounds; like i went a few rounds with mike tyson; like i was in a fight; like a wet rag; like a dishrag; like a limp dishrag; hungover; hung over; like i'm hungover; feel hungover; like a hangover; like i have a hangover; drug hangover; like i've been poisoned; been poisoned; feels like poison; like i'm dying; feel like i'm dying; felt like i was dying; feel half dead; half dead; like a train wreck; train wreck; like roadkill; like road kill; like i got trampled; run through the wringer; put through the wringer; through the wringer
a: unwell+; generally unwell; gen malaise; feeling ill+
m: maliase; malase; mallaise; malaise's; malais; mallase; un well; feel unwel; unwel; unweel; crumby; feeling crumby; feel crumby
@ feeling abnormal | general
c: feeling abnormal; feel abnormal; felt abnormal; feeling strange; feel strange; felt strange; feels strange; feeling weird; feel weird; felt weird; feels weird; feeling funny; feel funny; felt funny; feels funny; feeling odd; feel odd; felt odd; feeling different; feel different; felt different; feeling off; feeling not right; feel not right; don't feel right; didn't feel right; doesn't feel right; something is not right; something's not right; something's off; something is off; something wrong with me; strange feeling; strange sensation; weird feeling; weird feelings; weird sensation; odd feeling; odd sensation; funny feeling; funny feelings; abnormal feeling; abnormal sensation; feel spacey; feeling spacey; felt spacey; spacey; spaced out; spacy; zoned out; feel zoned out; feeling zoned out; out of it; feel out of it; felt out of it; feeling out of it; so out of it; totally out of it; feel drugged; feeling drugged; felt drugged; feels like i'm drugged; drugged feeling; feel high; felt high; feeling high; like i'm high; like i was high; feel stoned; felt stoned; feeling stoned; like i'm stoned; feel drunk; felt drunk; feeling drunk; like i'm drunk; like i was drunk; feel tipsy; felt tipsy; feel loopy; feeling loopy; felt loopy; loopy; wonky; feel wonky; feeling wonky; feel disconnected; feeling disconnected; disconnected from my body; feel detached; feeling detached; detached from my body; not in my body; outside my body; floaty; feel floaty; floating feeling; feel like i'm floating; feeling like i'm floating; in a daze; dazed; feel dazed; felt dazed; feeling dazed; feel jittery; feeling jittery; felt jittery; jittery; jitters; the jitters; feel wired; feeling wired; wired and tired; feeling wired and tired; buzzy; buzzing feeling; feel buzzy; electrical feeling; feel off balance; feeling not like myself; not feeling like myself; don't feel like myself; didn't feel like myself; not feel like myself
i: like a zombie walking; like i'm in a fog; like i'm underwater; like i'm under water; like being underwater; like in a bubble; like i'm in a bubble; like i'm in a dream; like i'm dreaming; like i'm on drugs; like i'm on another planet; out of body; out-of-body; like i'm not here; head in the clouds; head full of cotton balls
m: out of it's; outta it; feelin weird; feelin funny; wierd feeling; feeling wierd; feel wierd; felt wierd; feels wierd; wierd sensation; wired feeling
@ pyrexia | general
c: pyrexia; fever; fevers; febrile; feverish; feverishness; fever spike; fever spikes; spiked a fever; spiking a fever; spiking fevers; spike in temperature; temperature spike; high temperature; raised temperature; elevated temperature; temperature elevated; temperature is up; temp is up; temp up; high temp; running a fever; ran a fever; running a temperature; ran a temperature; running a temp; ran a temp; had a fever; have a fever; got a fever; had a temperature; have a temperature; has a temperature; a temperature of {99,100,101,102,103,104,105}; temp of {99,100,101,102,103,104,105}; temp {100,101,102,103,104}; fever of {99,100,101,102,103,104,105}; fever {100,101,102,103,104}; fever of {38,38.5,39,39.5,40}; temp {38,38.5,39,39.5,40}; low grade fever; low-grade fever; low grade temp; low-grade temp; low grade temperature; slight fever; mild fever; high fever; high grade fever; burning up; was burning up; been burning up; burning up with fever; hot to the touch; felt hot to the touch; forehead was hot; forehead is hot; hyperthermia; body temperature increased; temperature increased; feverish feeling
i: burning up like a furnace; hot as an oven; like a furnace; burning hot; roasting; cooking inside
a: T max; Tmax; tmax {100,101,102,103}; T {100,101,102,103,104}; febrile+; fevers+; t 38; t 39; LGF; lgf
m: fevor; feaver; fiver; fevers's; fevah; fevr; fevor's; fiever; feaver's; fevar; feverishh; fevere; fevver; fevers's; pyrexia's; pirexia; pyrexa; fever's
@ chills | general
c: chills; chill; chilled; chilling; chilly; the chills; cold chills; shaking chills; shaking with chills; chills and shaking; rigors; rigor; rigours; shivering; shivers; shivered; shiver; shivery; the shivers; shaking all over; shaking with cold; teeth chattering; teeth were chattering; my teeth chattering; couldn't stop shaking; can't stop shaking; couldn't get warm; cannot get warm; could not get warm; freezing cold; so cold; feel so cold; felt so cold; ice cold; felt like i was freezing; feel like i'm freezing; chills and sweats; sweats and chills; hot and cold; hot then cold; cold then hot; hot and cold flashes; cold flashes; cold spells; goosebumps; goose bumps; goose pimples; piloerection; feverish chills; shakes and chills; chills x {1,2,3}
i: shaking like a leaf; shaking like a wet dog; shaking like a chihuahua; cold to the bone; chilled to the bone; frozen to the bone; couldn't warm up; under three blankets; under 3 blankets; under five blankets; piled on blankets
a: chills+; rigors+; f/c/s
m: chils; chillls; chiils; chilles; chillz; chils and fever; shivvering; shivring; shivvers; rigers; riggors; rigours's
@ pyrexia;chills
c: fever and chills; fevers and chills; fever & chills; fever/chills; chills and fever; chills & fever; chills/fever; fever with chills; fever w/ chills; febrile with chills; febrile and rigors; fever and rigors; fever/rigors; fever, chills
a: F/C; fev/chills; fvr/chills
@ influenza like illness | general
c: influenza like illness; influenza-like illness; influenza-like symptoms; influenza like symptoms; flu like symptoms; flu-like symptoms; flu-like symptom; flu like symptom; flu-like illness; flu like illness; flu-like syndrome; flu like syndrome; flu-like reaction; flu like reaction; flu like feeling; flu-like feeling; flulike symptoms; flulike; flu like; flu-like; flu-ish; fluish; flu symptoms; flu sx; flu-like sx; flu-like s/sx; felt like i had the flu; feel like i have the flu; feels like the flu; felt like the flu; like i have the flu; like i had the flu; like i'm getting the flu; like i was getting the flu; like a flu; like the flu; like flu; coming down with the flu; coming down with something; coming down with a bug; fighting something off; fighting off something; catching something; caught something; caught a bug; picked up a bug; post-injection flu; injection flu; shot flu; achy and feverish; achy and chilled; body aches and chills; chills and body aches; aches and chills; fever and body aches; body aches and fever; achy feverish
i: flu from hell; worst flu ever; flu without the flu
a: ILI; FLS; FLSx; flu-like sx; flu like sx; FLI; flu sx; FLS!
m: flu like simptoms; flu like symtoms; flu like symptons; flu-like symtoms; flue like symptoms; flue-like symptoms; flu lik symptoms; flu like syptoms; flew like symptoms; flu like sympthoms; flu like symptons's
@ edema | general
c: edema; oedema; swelling; swellings; swollen; fluid retention; water retention; retaining fluid; retaining water; holding fluid; holding water; holding onto water; holding on to fluid; fluid buildup; fluid build-up; fluid build up; puffiness; puffy; swelling all over; swollen all over; puffy all over; bloated all over; generalized edema; generalised edema; generalized swelling; body swelling; whole body swelling; swelling in my body; anasarca; pitting edema; fluid overload
i: puffed up like a marshmallow; like the michelin man; like the stay puft marshmallow man; like a water balloon; like a blowfish; puffer fish
a: edema+; 1+ edema; 2+ edema; 3+ edema; +1 edema; +2 edema; +3 edema; trace edema; pitting edema+
m: edeema; edemia; oedma; edma; edema's; swelling's; sweling; swellling; swolen; swolled; swoll; swollin; swelled up; swole; swoln; swellin
@ peripheral edema | general
c: peripheral edema; peripheral oedema; edema peripheral; oedema peripheral; leg edema; leg oedema; ankle edema; ankle oedema; pedal edema; pedal oedema; lower extremity edema; lower extremity swelling; LE edema; BLE edema; bilateral lower extremity edema; edema in my legs; edema in legs; edema in my ankles; edema in my feet; swelling in my legs; swelling in my ankles; swelling in my feet; swelling of my legs; swelling of the legs; swelling of my feet; swelling of the feet; swelling of my ankles; swelling of the ankles; swollen legs; swollen ankles; swollen feet; swollen hands; swollen fingers; swollen feet and ankles; swollen ankles and feet; swollen legs and feet; legs swollen; ankles swollen; feet swollen; hands swollen; fingers swollen; legs are swollen; ankles are swollen; feet are swollen; hands are swollen; fingers are swollen; legs swelled up; ankles swelled up; feet swelled up; hands swelled up; fingers swelled up; legs swelling; ankles swelling; feet swelling; hands swelling; fingers swelling; puffy ankles; puffy feet; puffy legs; puffy hands; puffy fingers; cankles; rings don't fit; rings are tight; rings too tight; can't get my rings off; couldn't get my ring off; shoes don't fit; shoes are tight; can't get my shoes on; couldn't get my shoes on; socks leave marks; sock marks; sock lines; indentations from my socks; fluid in my legs; fluid in my feet; fluid in my ankles; water in my legs; water in my feet; legs full of fluid; holding water in my legs; elephant legs; elephant feet; legs like tree trunks; ankles like balloons; feet like balloons; swelling in both legs; swelling in my lower legs; edema of the legs; edema of the feet; edema of lower extremities
a: LE edema; BLE edema; BLE swelling; LLE edema; RLE edema; bil LE edema; pedal edema+; ped edema; edema BLE; edema LE; b/l LE edema; B LE edema
m: edema in my legs's; swolen ankles; swolen feet; swolen legs; swollen ankels; swolen hands; ankels swollen; ancles swollen; feet swolled; legs swolled
@ peripheral swelling | general
c: peripheral swelling; limb swelling; swelling of limbs; swollen limbs; swollen limb; arm swelling; swollen arm; swollen arms; arms are swollen; arm is swollen; leg swelling; swollen leg; leg is swollen; hand swelling; swollen hand; hand is swollen; foot swelling; swollen foot; foot is swollen; ankle swelling; swollen ankle; ankle is swollen; finger swelling; swollen finger; toe swelling; swollen toe; swollen toes; toes are swollen; wrist swelling; swollen wrist; swollen wrists; sausage fingers; sausage toes; fingers like sausages; toes like sausages; fat fingers; puffy fingers
@ localized edema | general
c: localized edema; localised edema; localized swelling; localised swelling; local swelling; swelling in one spot; spot swelling; swollen spot; swollen area; swollen patch
@ feeling hot | general
c: feeling hot; feel hot; felt hot; feels hot; hot feeling; feeling warm; feel warm; felt warm; feeling overheated; feel overheated; felt overheated; overheating; overheated; overheat; running hot; so hot all the time; hot all the time; always hot; too hot; body feels hot; body is hot; body heat; heat sensation; sensation of heat; warm sensation; warm feeling; warmth all over; hot all over; felt hot all over; body burning up; inner heat; internal heat; burning inside; heat intolerance; can't tolerate heat; can't stand the heat; sensitive to heat; heat sensitivity
i: like i'm in a sauna; like an oven; like i'm on fire; on fire inside; like a furnace inside; hot as hell; like i'm melting; melting
@ hot flush | vascular
c: hot flush; hot flushes; hot flash; hot flashes; hot flashing; hot flashes and sweats; hot spells; heat flashes; heat waves; waves of heat; wave of heat; flashes of heat; power surges; power surge; flashes; night flashes; having flashes; having hot flashes; getting hot flashes
m: hotflashes; hot flashs; hot flases; hot flahes; hot flushs; hott flashes; hot flasshes
@ feeling cold | general
c: feeling cold; feel cold; felt cold; feels cold; cold feeling; cold sensation; sensation of cold; always cold; cold all the time; so cold all the time; constantly cold; freezing; freezing all the time; always freezing; feel freezing; felt freezing; feeling freezing; cold intolerance; can't get warm; sensitive to cold; cold sensitivity; can't tolerate cold; body feels cold; body is cold; cold hands and feet; cold hands; cold feet; hands are cold; feet are cold; hands and feet are cold; icy hands; icy feet; hands like ice; feet like ice; feet like ice cubes; hands like ice cubes; cold fingers; cold toes; fingers are cold; toes are cold; chilled all the time
@ temperature intolerance | general
c: temperature intolerance; can't regulate my temperature; can't regulate body temperature; trouble regulating my temperature; body temperature fluctuation; temperature fluctuations; temperature swings; body temp all over the place; hot one minute and cold the next; hot one minute cold the next; thermostat is broken; internal thermostat is off; internal thermostat is broken
@ body temperature decreased | general
c: body temperature decreased; hypothermia; low temperature; low body temperature; low temp; temp was low; temperature was low; temperature dropped; temp dropped; temp is low; temperature of {95,96,96.5}; temp {95,96,96.5}
@ pain | general | generic
c: pain; pains; painful; aches and pains; aches; aching; ache; achy; achiness; achey; achy all over; aching all over; pain all over; hurting all over; hurts all over; everything hurts; everything aches; it hurts; hurts everywhere; sore all over; sore everywhere; body pain; body pains; body ache; body aches; bodyaches; body aching; body is aching; body hurts; body is hurting; whole body hurts; whole body aches; whole body is sore; entire body hurts; my body hurts; body is sore; body soreness; body sore; generalized pain; generalised pain; generalized aches; widespread pain; general pain; chronic pain; severe pain; terrible pain; horrible pain; excruciating pain; unbearable pain; intense pain; constant pain; sharp pain; sharp pains; stabbing pain; stabbing pains; shooting pain; shooting pains; burning pain; throbbing pain; dull pain; dull ache; nagging pain; in pain; in so much pain; in a lot of pain; lots of pain; a lot of pain; so much pain; pain everywhere; pain got worse; pain is worse; worse pain; more pain; increased pain; pain increased; pain level; pain flare; pain flares; flare of pain; painfulness; soreness; discomfort and pain; painful all over
i: hurts like hell; hurts like crazy; hurts like a bitch; hurts like heck; hurts so bad; hurt so bad; hurting so bad; killing me; everything is killing me; my whole body is killing me; in agony; agony; agonizing; agonising; excruciating; torture; like torture; felt like torture; every bone in my body hurts; every muscle in my body hurts; aching in every bone; achy breaky; hurts to move; it hurts to move; hurting to move; can't move without pain; can barely move; could barely move; can't even move; could hardly move; pain is through the roof; pain is off the charts; 10 out of 10 pain; pain 10/10; pain {7,8,9,10}/10; pain level {7,8,9,10}; pain {7,8,9,10} out of 10
a: pn; px; pain+; c/o pain; c/o pn; c/o aches; achey+; pn {5,6,7,8,9,10}/10; pain scale {7,8,9,10}
m: pian; pane; payne; painn; pain's; pains's; paine; pianful; painfull; paineful; painfull's; achs; akes; aches's; achey's; akey; achie; achyness; achness; hurtin; hurtting; hirts; hurst; achin; akin
@ discomfort | general | generic
c: discomfort; discomforts; uncomfortable; uncomfortable feeling; general discomfort; physical discomfort; some discomfort; a lot of discomfort; feel uncomfortable; felt uncomfortable; feeling uncomfortable; so uncomfortable; very uncomfortable; really uncomfortable
m: discomfert; dicomfort; discomfurt; discomfrot; uncomfterble; uncomfortble; uncomfertable; uncomftable; uncomfortabel
@ inflammation | general
c: inflammation; inflamed; inflammatory reaction; inflammatory response; swelling and inflammation; systemic inflammation
@ thirst | metabolic
c: thirst; thirsty; very thirsty; so thirsty; extremely thirsty; always thirsty; thirsty all the time; constantly thirsty; excessive thirst; increased thirst; extreme thirst; polydipsia; drinking a lot of water; drinking tons of water; drinking so much water; can't drink enough water; can't quench my thirst; can't get enough water; never not thirsty; parched
m: thursty; thirsy; thristy; thirstey
@ gait disturbance | neuro
c: gait disturbance; gait abnormal; abnormal gait; difficulty walking; trouble walking; problems walking; problem walking; hard to walk; hard time walking; can't walk; cannot walk; couldn't walk; could not walk; unable to walk; can barely walk; could barely walk; can hardly walk; could hardly walk; walking funny; walking weird; walking strange; walking differently; limping; limped; shuffling; shuffling gait; shuffle when i walk; dragging my feet; dragging my leg; dragging his leg; dragging her leg; dragging one leg; unsteady gait; unsteady walking; wobbly walking; walking like a drunk; staggering; staggered; stumbling; stumbled; stumbles; tripping over my feet; tripping over nothing; walk with a cane now; need a cane; needs a walker; need a walker; using a walker now; using a cane now; slow walking; walking slow; walking slower; walking is hard; walking is difficult; walking difficulty; difficulty in walking; ambulation difficulty; impaired mobility; mobility problems; mobility issues; can't get around; can't get around like i used to; hard to get around; trouble getting around; gait instability; gait problems
a: gait dist; gait d/o; diff walking; ambulation diff; unsteady gait+; gait abn
@ mobility decreased | general
c: mobility decreased; decreased mobility; loss of mobility; lost mobility; restricted mobility; limited mobility; housebound; bedbound; bed bound; bedridden; bed-ridden; wheelchair bound; in a wheelchair now; confined to bed; stuck in bed; stuck at home; can't leave the house; couldn't leave the house
@ crying | psych
c: crying; cried; cries; crying a lot; crying all the time; crying spells; crying episodes; crying for no reason; cry for no reason; cried for no reason; cry all the time; cried all day; crying all day; tearful; tearfulness; weepy; weeping; weepiness; in tears; burst into tears; breaking down crying; break down in tears; sobbing; sobbed; bawling; bawled; crying jags; crying fits; can't stop crying; couldn't stop crying; emotional and crying
@ general physical health deterioration | general
c: general physical health deterioration; physical deterioration; health deteriorated; health deteriorating; health declining; decline in health; declining health; health got worse; health is getting worse; going downhill; gone downhill; went downhill; been going downhill; decline; declining; getting weaker and weaker; wasting away; failure to thrive; not doing well; doing poorly; condition deteriorated; overall decline; functional decline; physical decline
@ condition aggravated | general
c: condition aggravated; condition worsened; condition worse; condition got worse; worsening condition; worsening of condition; symptoms worse; symptoms got worse; symptoms getting worse; symptoms are worse; worse symptoms; worsening symptoms; symptoms worsened; symptoms flared; symptoms flaring; flare; flares; flare up; flare-up; flare ups; flare-ups; flared; flared up; flaring; flaring up; exacerbation; exacerbations; exacerbated; worsening
@ drug intolerance | general
c: drug intolerance; intolerance to the drug; intolerance to the medication; medication intolerance; couldn't tolerate it; couldn't tolerate the medication; couldn't tolerate the med; can't tolerate it; can't tolerate the medication; can't tolerate the shots; can't tolerate the injections; couldn't handle the medication; can't handle the medication; couldn't handle the side effects; can't handle the side effects; couldn't take it anymore; didn't tolerate; did not tolerate; not tolerating; not tolerating it; not tolerating well; not tolerating the medication; poorly tolerated; poor tolerance; intolerant; intolerant to
a: intol; not tol; poor tol
@ adverse drug reaction | nonspecific | generic
c: adverse drug reaction; adverse drug reactions; drug reaction; drug reactions; medication reaction; reaction to the medication; reaction to the medicine; reaction to the med; reaction to the meds; reaction to the drug; reaction to it; reacted to it; reacted badly; reacting badly; had a reaction; having a reaction; bad reaction; bad reactions; adverse reaction; adverse reactions; side effect; side effects; side-effect; side-effects; sideeffects; sideeffect; bad side effects; terrible side effects; awful side effects; horrible side effects; nasty side effects; crazy side effects; weird side effects; strange side effects; lot of side effects; so many side effects
a: ADR; ADRs; SE; SEs; S/E; S/Es; s/e's; SE's; rxn; rxns; AE; AEs; SAE; SAEs; rx to med
m: side affects; side affect; side-affects; sideaffects; side efects; side effect's; side efect; sid effects; side effets; side effeccts; side efffects; side effexts; side effcts; sideffects; sife effects
@ localised infection | infection
c: localised infection; localized infection; local infection
@ energy increased | general
c: energy increased; increased energy; more energy; extra energy; too much energy; hyperactive; hyperactivity; revved up; amped up
@ hangover | general
c: hangover; hangover effect; hangover feeling; morning hangover; medication hangover; groggy in the morning; morning grogginess
@ axillary pain | pain
c: axillary pain; armpit pain; pain in my armpit; pain in my armpits; armpit hurts; armpits hurt; sore armpit; sore armpits; tender armpit; underarm pain; underarm hurts
@ groin pain | pain
c: groin pain; pain in my groin; pain in the groin; groin hurts; groin is hurting; sore groin; groin is sore; groin ache; aching groin; groin area pain; inguinal pain
@ flank pain | pain
c: flank pain; pain in my side; pain in my flank; side pain; side hurts; my side hurts; sides hurt; pain in my sides; sharp pain in my side; stabbing pain in my side; pain on my right side; pain on my left side; right side pain; left side pain; right sided pain; left sided pain; side is killing me; stitch in my side; side ache; side stitch; pain in my side under my ribs
@ pain in jaw | musculoskeletal
c: pain in jaw; jaw pain; jaw hurts; jaw is hurting; jaw hurting; jaw aches; jaw ache; aching jaw; sore jaw; jaw is sore; jaw soreness; jaw pains; pain in my jaw; pain in the jaw; jaw is killing me; jaw is tender; tender jaw; painful jaw; jaw discomfort; TMJ pain; tmj flare; temporomandibular pain
@ facial pain | neuro
c: facial pain; face pain; face hurts; face is hurting; pain in my face; pain in the face; face aches; aching face; sore face; face is sore; face tender; cheek pain; cheeks hurt; pain in my cheek; pain in my cheeks
@ neuralgia | neuro
c: nerve pain; neuralgia; neuropathic pain; nerve pains; shooting nerve pain; burning nerve pain; nerve pain in my {legs,feet,arms,hands,back}; electric shock pain; electric shocks; electrical shocks; shocks of pain; zaps; zapping pain; zapping sensation; electric zaps; pain shooting down my leg; pain shooting down my arm; shooting down my leg; shooting down my arm; pinched nerve; pinched nerves; nerve is pinched; trigeminal neuralgia; postherpetic neuralgia; occipital neuralgia; intercostal neuralgia; brain zaps; brain zap; brain shivers
m: nueralgia; neuraliga; sciatia; siatica; sciadica; sciatica's; pintched nerve; pinch nerve
@ chest wall pain | musculoskeletal
c: chest wall pain; musculoskeletal chest pain; rib pain; ribs hurt; ribs are sore; sore ribs; pain in my ribs; pain in the ribs; ribcage pain; pain in my rib cage; ribcage hurts; costochondritis; sore chest muscles; chest muscles hurt; chest muscle pain; pulled chest muscle; sternum pain; breastbone pain; breastbone hurts; sternum hurts
@ coccydynia | musculoskeletal
c: coccydynia; tailbone pain; tailbone hurts; pain in my tailbone; sore tailbone; coccyx pain; coccyx hurts; bruised tailbone
@ buttock pain | musculoskeletal
c: buttock pain; butt cheek pain; pain in my buttock; pain in my buttocks; pain in my butt cheek; buttocks hurt; buttock hurts; glute pain; glutes hurt; sore glutes; sore butt muscles; hip and buttock pain; pain in my rear end
"""

# Body part (as patients write it, singular/plural) -> event term of pain there.
BODY_PARTS: dict[str, list[tuple[str, bool]]] = {
    "headache": [("head", False)],
    "abdominal pain": [("stomach", False), ("belly", False), ("tummy", False), ("abdomen", False), ("gut", False),
                       ("abd", False), ("guts", True), ("intestines", True), ("bowels", True), ("tum", False)],
    "back pain": [("back", False), ("lower back", False), ("low back", False), ("upper back", False),
                  ("mid back", False), ("middle back", False), ("lumbar", False), ("spine", False)],
    "neck pain": [("neck", False)],
    "arthralgia": [("joints", True), ("joint", False), ("knee", False), ("knees", True), ("shoulder", False),
                   ("shoulders", True), ("hip", False), ("hips", True), ("elbow", False), ("elbows", True),
                   ("wrist", False), ("wrists", True), ("ankle", False), ("ankles", True), ("knuckles", True),
                   ("finger joints", True), ("hip joint", False), ("knee joint", False), ("shoulder joint", False),
                   ("toe joints", True), ("sacroiliac joint", False), ("si joint", False)],
    "pain in extremity": [("arm", False), ("arms", True), ("leg", False), ("legs", True), ("hand", False),
                          ("hands", True), ("foot", False), ("feet", True), ("fingers", True), ("finger", False),
                          ("toes", True), ("toe", False), ("calf", False), ("calves", True), ("thigh", False),
                          ("thighs", True), ("shin", False), ("shins", True), ("heel", False), ("heels", True),
                          ("forearm", False), ("forearms", True), ("upper arm", False), ("lower leg", False),
                          ("lower legs", True), ("big toe", False), ("thumb", False), ("thumbs", True),
                          ("palm", False), ("palms", True), ("sole", False), ("soles", True), ("arch", False),
                          ("arches", True), ("limbs", True), ("limb", False), ("hands and feet", True),
                          ("arms and legs", True), ("legs and feet", True), ("feet and hands", True),
                          ("extremities", True), ("upper arms", True)],
    "myalgia": [("muscles", True), ("muscle", False), ("whole body muscles", True), ("leg muscles", True),
                ("arm muscles", True), ("back muscles", True), ("calf muscles", True), ("thigh muscles", True),
                ("shoulder muscles", True), ("neck muscles", True), ("hamstrings", True), ("quads", True)],
    "bone pain": [("bones", True), ("bone", False), ("leg bones", True), ("hip bones", True), ("shin bones", True),
                  ("long bones", True)],
    "pain in jaw": [("jaw", False), ("jaws", True), ("jawbone", False)],
    "oral pain": [("mouth", False)],
    "glossodynia": [("tongue", False)],
    "gingival pain": [("gums", True), ("gum", False)],
    "toothache": [("tooth", False), ("teeth", True)],
    "facial pain": [("face", False), ("cheek", False), ("cheeks", True)],
    "groin pain": [("groin", False)],
    "flank pain": [("side", False), ("sides", True), ("flank", False), ("flanks", True)],
    "axillary pain": [("armpit", False), ("armpits", True), ("underarm", False)],
    "chest wall pain": [("ribs", True), ("rib", False), ("ribcage", False), ("rib cage", False), ("sternum", False),
                        ("breastbone", False)],
    "coccydynia": [("tailbone", False), ("coccyx", False)],
    "buttock pain": [("buttock", False), ("buttocks", True), ("butt cheek", False), ("glutes", True)],
    "pain of skin": [("skin", False)],
    "proctalgia": [("rectum", False), ("anus", False), ("butthole", False), ("bottom", False)],
    "musculoskeletal pain": [("tendons", True), ("tendon", False), ("ligaments", True), ("achilles", False)],
}
# Phrasings: {p} body part, {be} is/are, {s} verb -s for singular.
PAIN_PHRASES = [
    ("{p} pain", "clinical"), ("{p} pains", "clinical"), ("pain in {d} {p}", "clinical"),
    ("pain in both {p}", "clinical"), ("{p} discomfort", "clinical"), ("{p} soreness", "clinical"),
    ("{p} tenderness", "clinical"), ("painful {p}", "clinical"), ("aching {p}", "lay"), ("achy {p}", "lay"),
    ("sore {p}", "lay"), ("{p} ache", "lay"), ("{p} aches", "lay"), ("{p} aching", "lay"), ("{p} hurts", "lay"),
    ("{p} hurt", "lay"), ("{p} hurting", "lay"), ("{p} {be} hurting", "lay"), ("{p} {be} sore", "lay"),
    ("{p} {be} aching", "lay"), ("{p} {be} achy", "lay"), ("{p} {be} painful", "lay"), ("{p} {be} tender", "lay"),
    ("{p} {be} killing me", "idiom"), ("{p} {was} killing me", "idiom"), ("{p} killing me", "idiom"),
    ("{p} {be} throbbing", "lay"), ("throbbing {p}", "lay"), ("{p} throbbing", "lay"), ("{p} {have} been hurting", "lay"),
    ("{p} {have} been sore", "lay"), ("{p} {have} been aching", "lay"), ("{p} {have} been killing me", "idiom"),
    ("{p} {was} hurting", "lay"), ("{p} {was} sore", "lay"), ("{p} {was} aching", "lay"), ("{p} started hurting", "lay"),
    ("{p} started aching", "lay"), ("hurting {p}", "lay"), ("{p} {be} so sore", "lay"), ("{p} {be} really sore", "lay"),
    ("{p} {be} very sore", "lay"), ("{p} {be} a little sore", "lay"), ("{p} {be} a bit sore", "lay"),
    ("{p} {be} kind of sore", "lay"), ("{p} {be} kinda sore", "lay"), ("{p} {be} pretty sore", "lay"),
    ("{p} {be} super sore", "lay"), ("{p} {be} a little tender", "lay"), ("{p} {be} still sore", "lay"), ("{p} {be} in pain", "lay"), ("pain {in} {d} {p}", "lay"), ("ache in {d} {p}", "lay"),
    ("aches in {d} {p}", "lay"), ("aching in {d} {p}", "lay"), ("soreness in {d} {p}", "lay"),
    ("sharp pain in {d} {p}", "lay"), ("stabbing pain in {d} {p}", "lay"), ("shooting pain in {d} {p}", "lay"),
    ("burning pain in {d} {p}", "lay"), ("dull ache in {d} {p}", "lay"), ("throbbing in {d} {p}", "lay"),
    ("{p} {be} on fire", "idiom"), ("{p} {be} screaming", "idiom"), ("{p} {be} acting up", "idiom"),
    ("{p} {be} bothering me", "lay"), ("{p} bothering me", "lay"), ("{p} {have} been bothering me", "lay"),
    ("{p} {be} giving me trouble", "idiom"), ("{p} {be} giving me problems", "idiom"),
    ("{p} {be} tender to touch", "lay"), ("{p} {be} tender to the touch", "lay"), ("hurt{s} in {d} {p}", "lay"),
    ("{p} pian", "misspelling"), ("{p} pane", "misspelling"), ("{p} hurst", "misspelling"), ("{p} hurtin", "misspelling"),
    ("{p} akes", "misspelling"), ("{p} achs", "misspelling"), ("{p} {be} sooo sore", "misspelling"),
]
POSSESSIVES = ["my", "the", "his", "her", "both", "your", "their"]
# Body parts whose bare "sore X" / "X hurts" would be too ambiguous or collide with other meanings.
PAIN_SKIP = {("bottom", "{p} pain"), ("side", "{p} pains"), ("arch", "{p} discomfort")}


def add_pain_templates() -> None:
    for term, parts in BODY_PARTS.items():
        for part, plural in parts:
            for phrase, register in PAIN_PHRASES:
                if (part, phrase) in PAIN_SKIP:
                    continue
                if "both" in phrase and not plural:
                    continue
                texts = [phrase]
                if "{d}" in phrase:
                    texts = [phrase.replace("{d}", d) for d in POSSESSIVES if d != "both" or plural]
                for text in texts:
                    surface = (text.replace("{p}", part).replace("{be}", "are" if plural else "is")
                               .replace("{was}", "were" if plural else "was").replace("{have}", "have" if plural else "has")
                               .replace("{s}", "" if plural else "s").replace("{in}", "in"))
                    if surface.split()[-1] in {"hurt"} and not plural:
                        continue
                    if surface.endswith(" hurts") and plural:
                        continue
                    add(surface, term, "abbrev" if part == "abd" else register, template=True)


VOCAB_MSK = r"""
@ headache | neuro
c: headache; headaches; head ache; head aches; head-ache; cephalgia; cephalalgia; cephalea; head pain; pain in my head; pain in the head; pain in his head; pain in her head; tension headache; tension headaches; tension-type headache; sinus headache; sinus headaches; frontal headache; occipital headache; throbbing headache; pounding headache; splitting headache; bad headache; bad headaches; terrible headache; terrible headaches; horrible headache; horrible headaches; severe headache; severe headaches; awful headache; awful headaches; constant headache; constant headaches; daily headaches; headache every day; mild headache; slight headache; dull headache; headachy; headachey; head is pounding; head pounding; pounding head; pounding in my head; head is throbbing; head throbbing; throbbing head; head is splitting; head splitting; head is killing me; head was killing me; head killing me; head is exploding; head exploding; head feels like it's going to explode; head feels like it is going to explode; head feels like it's gonna explode; pressure in my head; head pressure; pressure in the head; head feels heavy; heavy head; head hurts; head hurt; head hurting; head is hurting; head has been hurting; head aching; head is aching; achy head; sore head; hammering in my head; banging headache; banging head; band around my head; vise on my head; vice on my head; worst headache of my life; thunderclap headache; rebound headache; rebound headaches; medication overuse headache; post-injection headache; headache after the shot; headache after the injection; headache after the infusion; headache behind my eyes; pain behind my eyes; pain behind the eyes
i: head feels like it's in a vise; head feels like it's in a vice; head in a vise; head in a vice; jackhammer in my head; drums in my head; hammer in my head; like someone hit me in the head with a hammer; like my head is in a vise; like a brick on my head; someone drilling in my head; ice pick headache; ice pick in my head; knife in my head; brain freeze feeling; skull is splitting; skull is pounding; noggin hurts
a: HA!; HAs!; HA's!; H/A; H/As; h/a's; HA x{2,3,4,5}; HA+; h.a.; HDA!; HDA; hdache; HAs x{2,3}; c/o HA!; HA/N!; h/a+; ha's; h-a
m: headach; headake; headaik; hedache; headace; headahce; headche; headaces; headachs; haedache; headahe; heddache; headack; head ach; head akes; headakes; head achs; hedaches; headacke; headachess; head aik; headachy's; heaache; haedaches; hedake; headacheing; headaching; heachache; haeadache; headachs's; hadache; headche's; headace's; heahache; headachee
@ headache;nausea
c: headache and nausea; nausea and headache; headache with nausea; headache w/ nausea; headaches and nausea; nausea and headaches; headache/nausea; nausea/headache; nauseous and headache
a: HA/nausea!; HA & nausea!;N/HA!
@ headache;dizziness
c: headache and dizziness; dizziness and headache; headaches and dizziness; dizzy and headache; headache/dizziness; dizziness/headache; headache and dizzy
a: HA/dizziness!; HA & dizziness!; HA/dizzy!; dizzy/HA!
@ headache;fatigue
c: headache and fatigue; fatigue and headache; headaches and fatigue; fatigue/headache; headache/fatigue; tired and headache
a: HA/fatigue!; HA & fatigue!; fatigue/HA!
@ migraine | neuro | disease | migraine aggravated
c: migraine; migraines; migraine headache; migraine headaches; migraine attack; migraine attacks; migraine with aura; migraine without aura; ocular migraine; ocular migraines; hemiplegic migraine; vestibular migraine; menstrual migraine; chronic migraine; episodic migraine; migrainous; migraine-like headache; migraine like headache; migraine type headache; aura; auras; visual aura
a: mig; migr; HA/migraine!; migraine HA!; migraine h/a
m: migrane; migranes; migrain; migrains; migrane's; migrine; migrines; megrim; mygraine; migraigne; migrant headaches; migraine's; migranes's; migrianes; migrian; migriane; migriane's; mirgraine; magrain; magraine; migranie; miagraine
@ migraine aggravated | neuro
c: migraine aggravated; migraines worse; migraines got worse; migraines getting worse; migraines are worse; worse migraines; worsening migraines; more migraines; more frequent migraines; migraines more often; migraine frequency increased; increase in migraines; migraines came back; migraines are back; migraines returned; migraine flare; migraines flaring
@ cluster headache | neuro
c: cluster headache; cluster headaches; cluster attack; cluster attacks; suicide headache; suicide headaches
@ arthralgia | musculoskeletal
c: arthralgia; arthralgias; joint pain; joint pains; joint ache; joint aches; joint aching; aching joints; achy joints; sore joints; painful joints; joints hurt; joints ache; joints are aching; joints are sore; joints hurting; joints are killing me; pain in my joints; pain in the joints; joint soreness; joint discomfort; polyarthralgia; knee pain; shoulder pain; hip pain; elbow pain; wrist pain; ankle pain; finger joint pain; every joint hurts; all my joints hurt; all my joints ache; joints feel like they need oil; creaky joints; joints creaking
i: joints feel rusty; rusty joints; feel like the tin man; like the tin man; feel like i'm 90; feel like i'm 80; feel 90 years old; feel like an 80 year old; body of an 80 year old
a: arthralg; jt pain; jt pains; jnt pain; joint pn; jt pn; b/l knee pain; L knee pain; R knee pain; L shoulder pain; R shoulder pain; L hip pain; R hip pain; b/l hip pain
m: arthralgia's; arthalgia; athralgia; arthraglia; arthrolgia; arthralgea; joint pian; joint pane; joints hurst; jiont pain; jount pain; joing pain; joint pains's
@ joint swelling | musculoskeletal
c: joint swelling; swollen joint; swollen joints; joints swollen; joints are swollen; joint effusion; effusion; fluid on my knee; fluid in my knee; fluid on the knee; water on the knee; water on my knee; swollen knee; swollen knees; knee swelling; knees swollen; knee is swollen; knees are swollen; swollen elbow; swollen wrist joint; swollen knuckles; knuckles swollen; knuckles are swollen; swelling in my joints; swelling in the joints; puffy joints; puffy knuckles; joints puffed up; swollen finger joints; finger joints swollen; swollen ankle joint
a: jt swelling; jnt swelling; jt effusion; knee effusion
@ joint stiffness | musculoskeletal
c: joint stiffness; stiff joints; joints stiff; joints are stiff; stiffness in my joints; stiffness in the joints; joints feel stiff; stiff knees; stiff knee; knees are stiff; stiff fingers; fingers are stiff; stiff hands; hands are stiff; stiff shoulders; stiff hips; hips are stiff; stiff ankles; can't bend my fingers; can't bend my knee; can't make a fist; cannot make a fist; joints locking up; joints lock up; locked up joints
@ musculoskeletal stiffness | musculoskeletal
c: musculoskeletal stiffness; stiffness; stiff; stiff all over; stiffness all over; body stiffness; body is stiff; body feels stiff; stiff as a board; stiff body; stiffened up; stiffening; morning stiffness; stiff in the morning; stiffness in the morning; stiff neck; neck is stiff; neck stiffness; neck stiff; stiff back; back is stiff; back stiffness; stiffness in my back; muscle stiffness; stiff muscles; muscles are stiff; muscles feel stiff; muscle tightness; tight muscles; muscles are tight; muscles feel tight; tightness in my muscles
i: stiff as a board; stiff like a robot; moving like a robot; creaky; feel creaky
@ myalgia | musculoskeletal
c: myalgia; myalgias; muscle pain; muscle pains; muscle ache; muscle aches; muscle aching; muscular pain; muscle soreness; sore muscles; muscles sore; muscles are sore; muscles hurt; muscles ache; muscles aching; muscles are aching; muscles are killing me; aching muscles; achy muscles; painful muscles; pain in my muscles; pain in the muscles; muscle tenderness; tender muscles; muscle discomfort; body aches and muscle pain; all my muscles hurt; every muscle hurts; every muscle aches; muscles feel bruised; muscles feel like i worked out; sore like i worked out; sore like i ran a marathon; like i worked out too hard; like i did a hard workout; like i went to the gym; like after a workout; generalized myalgia; diffuse myalgias; statin muscle pain; leg muscle pain
a: myalg; m/s pain; musc pain; musc. pain; MSK pain; msk pain; muscle/joint pain; muscle pn; myalgia+
m: myalgia's; mialgia; myalga; myagia; myaliga; mylagia; myalgie; myalgea; mayalgia; mussel pain; mussel aches; muscel pain; muscel aches; muscle ake; muscle akes; muscels hurt; musles ache; muslce pain; muscle pian; mucle pain; musle pain
@ myalgia;arthralgia
c: muscle and joint pain; muscle and joint pains; joint and muscle pain; joint and muscle pains; muscle and joint aches; joint and muscle aches; muscles and joints hurt; joints and muscles hurt; muscles and joints ache; aching muscles and joints; achy muscles and joints; myalgias and arthralgias; arthralgias and myalgias; myalgia/arthralgia; arthralgia/myalgia
@ back pain | musculoskeletal
c: back pain; back pains; backache; backaches; back ache; back aches; back-ache; lower back pain; low back pain; lumbar pain; lumbago; upper back pain; mid back pain; middle back pain; thoracic back pain; pain in my back; pain in the back; pain in my lower back; pain in my upper back; back hurts; back hurting; back is hurting; back is killing me; back killing me; back is sore; sore back; aching back; achy back; back spasms; back spasm; back went out; my back went out; back gave out; threw out my back; threw my back out; back is out; backache all day; dorsalgia
a: LBP; lbp; LBP+; back pn; bk pain; bk pn; low bk pain; L/S pain; lumbar pn
m: backpain; bak pain; back pian; back pane; bakc pain; back acke; backache's; backaik; back akes; back aches's; backake; lowerback pain; lower bak pain
@ neck pain | musculoskeletal
c: neck pain; neck pains; neck ache; neck aches; neckache; cervical pain; cervicalgia; pain in my neck; pain in the neck; neck hurts; neck hurting; neck is hurting; neck is killing me; sore neck; neck is sore; aching neck; achy neck; crick in my neck; crick in the neck; kink in my neck; kink in the neck; crook in my neck; can't turn my neck; can't turn my head
a: neck pn; c-spine pain
m: nek pain; neck pian; neckpain; neck ake
@ pain in extremity | musculoskeletal
c: pain in extremity; extremity pain; limb pain; limb pains; pain in limbs; pain in my limbs; leg pain; leg pains; arm pain; arm pains; hand pain; hand pains; foot pain; foot pains; feet pain; finger pain; toe pain; heel pain; calf pain; thigh pain; shin pain; forearm pain; sore legs; sore arms; sore feet; sore hands; legs hurt; arms hurt; feet hurt; hands hurt; legs ache; arms ache; legs aching; achy legs; aching legs; heavy aching legs; shin splints; plantar fasciitis; plantar fasciitis flare; hands and feet are killing me; feet are killing me; legs are killing me; arms are killing me
a: LE pain; UE pain; BLE pain; RLE pain; LLE pain; RUE pain; LUE pain; b/l leg pain; L leg pain; R leg pain; L arm pain; R arm pain; ext pain
m: leg pian; legg pain; arm pian; fot pain; feet pian; legs hurst
@ bone pain | musculoskeletal
c: bone pain; bone pains; bone ache; bone aches; bones hurt; bones ache; bones aching; aching bones; achy bones; pain in my bones; pain in the bones; deep bone pain; my bones hurt; bones are killing me; ostealgia; bone pain from the shot; bone pain from neulasta; bone tenderness
i: hurts down to the bone; aches down to my bones; achy to the bone; pain deep in my bones; bones feel like they're breaking; bones feel like they are breaking
@ musculoskeletal pain | musculoskeletal
c: musculoskeletal pain; musculoskeletal discomfort; musculoskeletal ache; tendon pain; tendonitis; tendinitis; tendinopathy; achilles pain; achilles tendonitis; tennis elbow; golfer's elbow; bursitis; ligament pain
m: tendonitus; tendinitus; tendenitis; bursitus; burcitis
@ muscle spasms | musculoskeletal
c: muscle spasms; muscle spasm; muscle cramps; muscle cramp; muscle cramping; muscular cramps; cramps; cramp; cramping; cramped; cramped up; cramping up; leg cramps; leg cramp; leg cramping; calf cramps; calf cramp; foot cramps; foot cramp; toe cramps; hand cramps; hand cramp; finger cramps; charley horse; charley horses; charlie horse; charlie horses; night cramps; nighttime leg cramps; nocturnal leg cramps; spasms; spasm; spasming; muscle twitches causing cramps; muscles cramping; muscles cramp up; muscles seizing up; muscles seize up; muscle seizing; muscles locking up; muscles tightening up; muscle contractions; involuntary muscle contractions; toes curling; toes curl; fingers curling; hands cramping up; feet cramping; calves cramping; cramps in my {legs,calves,feet,hands,toes,thighs,arms}; cramping in my {legs,calves,feet,hands,toes}
i: knots in my muscles; muscle knots; legs seizing up; calf locked up; foot locked up
a: m. spasm; mm spasm; mm spasms; msk spasm; musc spasm; leg cramps+
m: mussel cramps; muscel cramps; muscle crampps; muscle crams; leg crams; charly horse; charley horse's; charliehorse; musle spasms; muscle spazms; spazms; spazm; muscle spazm; muscle spasams
@ muscle twitching | musculoskeletal
c: muscle twitching; muscle twitches; muscle twitch; twitching; twitches; twitchy; twitched; fasciculations; fasciculation; muscles twitching; muscles are twitching; twitching muscles; eye twitching; eye twitch; eyelid twitching; eyelid twitch; twitchy eye; twitchy eyelid; lip twitching; face twitching; facial twitching; twitching in my {legs,arms,face,calves,hands}; jumpy muscles; muscle jumps; muscles jumping; muscles jerking; jerky muscles
m: twiching; twitchng; twitchin; fasiculations; fasciculation's
@ muscular weakness | musculoskeletal
c: muscular weakness; muscle weakness; weak muscles; muscles are weak; muscles feel weak; muscles weak; weakness in my muscles; weakness in my {legs,arms,hands,leg,arm,hand}; weakness of my {legs,arms}; leg weakness; arm weakness; hand weakness; weak grip; grip is weak; grip strength; loss of grip; can't grip; can't hold things; dropping things; dropping things all the time; keep dropping things; keeps dropping things; can't open jars; can't lift my arms; can't lift my arm; can't lift my legs; trouble lifting my arms; trouble climbing stairs; can't climb stairs; can't get up from a chair; trouble getting up from a chair; hard to get out of a chair; legs gave out; legs give out; legs giving out; legs buckled; knees buckled; knees gave out; knees give out; proximal muscle weakness; myasthenia; myopathy
a: LE weakness; BLE weakness; L leg weakness; R leg weakness; L arm weakness; R arm weakness; musc weakness; m. weakness
@ muscle atrophy | musculoskeletal
c: muscle atrophy; muscle wasting; muscle loss; losing muscle; lost muscle; loss of muscle; loss of muscle mass; muscle mass loss; muscles shrinking; muscles wasting away; sarcopenia; lost muscle mass; losing muscle mass; muscles getting smaller; thinning muscles
@ rhabdomyolysis | musculoskeletal | ime
c: rhabdomyolysis; rhabdo; rhabdomyolisis; rhabdomylosis; muscle breakdown; muscles breaking down
a: rhabdo
@ tendon rupture | musculoskeletal | ime
c: tendon rupture; ruptured tendon; torn tendon; tendon tear; tendon tore; achilles rupture; ruptured achilles; torn achilles; achilles tendon rupture; achilles tear; snapped tendon; tendon snapped
@ arthritis | musculoskeletal
c: arthritis; joint inflammation; inflamed joints; inflamed joint; inflammatory arthritis; arthritic pain; arthritis pain; arthritis flare; arthritis got worse; arthritis flaring; arthritis acting up; arthritis is acting up
m: arthritus; artheritis; arthritis's; athritis; arthiritis; arthrites; artritis; authritis
@ osteoarthritis | musculoskeletal
c: osteoarthritis; degenerative joint disease; wear and tear arthritis; OA flare
a: OA!; DJD
@ gout | musculoskeletal
c: gout; gout attack; gout flare; gout flare up; gouty arthritis; gout in my toe; gout in my big toe; podagra
@ osteoporosis | musculoskeletal
c: osteoporosis; bone loss; bone density loss; loss of bone density; decreased bone density; low bone density; bone density decreased; thinning bones; brittle bones; weak bones; osteopenia
@ pain in extremity;arthralgia
c: joint and limb pain; pain in my joints and legs; arms and joints hurt
@ joint range of motion decreased | musculoskeletal
c: joint range of motion decreased; decreased range of motion; reduced range of motion; limited range of motion; loss of range of motion; can't move my {shoulder,arm,neck,knee,hip,leg,wrist,fingers} well; can't raise my arm; can't lift my arm above my head; frozen shoulder; can't fully bend; can't fully straighten
a: decr ROM; dec ROM; decreased ROM; limited ROM; reduced ROM; ↓ROM
@ limb discomfort | musculoskeletal
c: limb discomfort; heavy legs; legs feel heavy; heavy arms; arms feel heavy; legs heavy; arms heavy; legs like lead; legs feel like lead; legs feel like concrete; arms feel like lead; legs feel like bricks; leaden legs; legs feel funny; legs feel weird; arms feel weird; legs feel restless
@ sensation of heaviness | general
c: sensation of heaviness; heaviness; feeling of heaviness; body feels heavy; feel heavy; feeling heavy; heavy feeling; whole body feels heavy
@ flank pain;back pain
c: side and back pain; back and side pain; pain in my back and side
@ intervertebral disc protrusion | musculoskeletal
c: intervertebral disc protrusion; herniated disc; herniated disk; slipped disc; slipped disk; bulging disc; bulging disk; ruptured disc; disc herniation; disk herniation; bulging discs; herniated discs
@ spinal pain | musculoskeletal
c: spinal pain; spine pain; pain in my spine; pain in the spine; spine hurts; tailbone and spine pain
@ growing pains | musculoskeletal
c: growing pains
@ muscle strain | injury
c: muscle strain; pulled muscle; pulled a muscle; strained muscle; strained a muscle; muscle pull; tweaked a muscle; tweaked my back; pulled my back; strained my back; pulled my hamstring; pulled hamstring; groin strain; pulled groin
@ fibromyalgia | musculoskeletal
c: fibromyalgia; fibro; fibro flare; fibromyalgia flare; fibromyalgia pain; fibro pain
m: fibromyalga; fibromialgia; fibromyalgia's; fibromyalgea; fibermyalgia; fibro myalgia
@ trismus | musculoskeletal
c: trismus; lockjaw; lock jaw; jaw locked; jaw is locked; jaw locking; jaw locks; can't open my mouth; can't open my mouth wide; jaw is tight; tight jaw; jaw clenching; clenching my jaw; jaw clicking; grinding my teeth; teeth grinding; bruxism
@ sensitivity of teeth | gi
c: sensitivity of teeth; sensitive teeth; teeth are sensitive; teeth sensitive; tooth sensitivity; teeth sensitivity; sensitive tooth; teeth hurt with cold; teeth hurt when i drink cold
"""

VOCAB_NEURO = r"""
@ dizziness | neuro
c: dizziness; dizzy; dizzier; dizzy spells; dizzy spell; dizzyness; dizziness spells; episodes of dizziness; dizzy episodes; dizziness episodes; feeling dizzy; feel dizzy; felt dizzy; feels dizzy; so dizzy; very dizzy; really dizzy; super dizzy; a little dizzy; kinda dizzy; kind of dizzy; slightly dizzy; extremely dizzy; dizzy all the time; dizzy when i stand up; dizzy when i stand; dizzy when standing; dizzy on standing; dizzy upon standing; lightheaded; light headed; light-headed; lightheadedness; light headedness; light-headedness; feeling lightheaded; feel lightheaded; felt lightheaded; so lightheaded; woozy; wooziness; giddy; giddiness; head is spinning; head spinning; head was spinning; head spins; room spinning; room is spinning; room was spinning; room spins; everything spinning; everything is spinning; everything was spinning; the room spun; world spinning; world is spinning; spinning sensation; spinning feeling; feeling of spinning; swimmy headed; swimmy; swimmy feeling; head rush; head rushes; headrush; dizzy and lightheaded; lightheaded and dizzy; off balance; feeling off balance; felt off balance; unsteady; feeling unsteady; felt unsteady; wobbly; feeling wobbly; felt wobbly; wobbly on my feet; wobbly feeling; shaky on my feet; unsteady on my feet; unsteady on his feet; unsteady on her feet; dizziness on standing; dizziness when standing; vision goes black when i stand; see stars when i stand; seeing stars when i stand up; blacked out vision when standing
i: like i'm on a boat; like i'm on a ship; like being on a boat; like being on a ship; on a merry go round; like a merry-go-round; like i just got off a roller coaster; like i'm drunk and dizzy; sea legs; like i've been spinning; the room is doing circles; head is swimming; head was swimming
a: dizz; dizzi; lightheaded+; L/H; lt headed; lt-headed; dizzy+; dizz.
m: dizzyness; dizzines; dizzyiness; dizzeness; dizyness; dizziniess; diziness; dizzines's; dizziness's; dizzyness's; dizy; dizzey; dizzie; dizzzy; dizzzzy; dissy; dizzi; dizzly; diszy; dizzyy; dizy spells; lightheadedness's; litheaded; light heded; lite headed; litehead; liteheaded; lightheded; lighheaded; lightheadded; light headid; lightheadednes; ligthheaded; lightheaed; lightheadness; light headness; lightheadedess; whoozy; woozey; wuzzy; woosy
@ vertigo | neuro
c: vertigo; vertiginous; vertigo attack; vertigo attacks; vertigo spells; spinning vertigo; positional vertigo; benign positional vertigo; benign paroxysmal positional vertigo; room spinning vertigo; severe vertigo
a: BPPV; bppv; vert.
m: vertego; virtigo; vertigo's; vertico; vertgo; vertiago; vertigio; veritgo
@ balance disorder | neuro
c: balance disorder; balance problems; balance problem; balance issues; balance issue; balance is off; balance off; balance is bad; bad balance; poor balance; loss of balance; lost my balance; losing my balance; losing balance; lost balance; trouble with balance; trouble with my balance; problems with balance; problems with my balance; balance trouble; balance difficulty; balance difficulties; difficulty balancing; can't balance; cannot balance; unbalanced; imbalance; disequilibrium; equilibrium is off; off kilter; off-kilter; wobbly balance; unsteadiness; swaying; veering when i walk; veering to one side; leaning to one side; falling to one side; keep tipping over
a: bal issues; balance d/o; imbal
@ ataxia | neuro
c: ataxia; ataxic; uncoordinated; lack of coordination; loss of coordination; coordination problems; poor coordination; coordination is off; clumsy; clumsiness; clumsier; more clumsy; so clumsy; bumping into things; bumping into walls; walking into walls; walking into things; knocking things over; can't walk straight; couldn't walk straight; not walking straight; walking like i'm drunk; walking drunk; drunk walking; stumbling around; staggering around
@ syncope | neuro
c: syncope; syncopal episode; syncopal episodes; syncopal; fainting; fainted; faint; faints; fainting spell; fainting spells; fainting episode; fainting episodes; passed out; passing out; passes out; pass out; blacked out; black out; blackout; blackouts; blacking out; blacks out; lost consciousness; losing consciousness; lose consciousness; went unconscious; was unconscious; unconscious; knocked out cold; keeled over; collapsed; collapse; collapsing; dropped to the floor; hit the floor; went down; went limp; vasovagal; vasovagal syncope; vasovagal episode; vasovagal reaction; fainted after the shot; fainted during the infusion; passed out after the injection; swooned; conked out
i: out like a light; lights went out; everything went black; went black; went dark; fell out; fell out cold; dropped like a rock; dropped like a sack of potatoes; face planted; face-planted; faceplanted
a: LOC!; syncopal ep; s/p syncope; +LOC; (+)LOC; syncope+; LOC x{1,2}
m: fainted's; fainnted; fainting's; fanted; feinted; feint; feinting; past out; passt out; pased out; passed owt; black'd out; blackd out; syncopy; sincope; syncopie; syncope's; sycope; syncapy
@ presyncope | neuro
c: presyncope; pre-syncope; near syncope; near-syncope; presyncopal; presyncopal episode; near fainting; nearly fainted; almost fainted; almost passed out; nearly passed out; about to pass out; about to faint; going to pass out; gonna pass out; going to faint; gonna faint; felt like i was going to pass out; felt like i was going to faint; felt like passing out; feel like passing out; feel like i'm going to pass out; feel like i'm gonna pass out; feel like i'm going to faint; feel like i'm gonna faint; felt faint; feel faint; feeling faint; feels faint; faint feeling; faintness; faintish; lightheaded like i would pass out; almost blacked out; nearly blacked out; close to passing out; on the verge of passing out; about to black out; vision went gray; vision went grey; greyed out; grayed out; tunnel vision and dizzy
a: near syncope+; pre syncope; pre-syncopal
@ somnolence | neuro
c: somnolence; somnolent; sleepiness; sleepy; drowsiness; drowsy; drowsey; drowsiness during the day; daytime sleepiness; daytime drowsiness; excessive daytime sleepiness; excessive sleepiness; excessive drowsiness; hypersomnia; hypersomnolence; so sleepy; very sleepy; really sleepy; super sleepy; always sleepy; sleepy all the time; sleepy all day; drowsy all day; can't stay awake; cannot stay awake; couldn't stay awake; could not stay awake; hard to stay awake; trouble staying awake; struggling to stay awake; struggle to stay awake; can barely stay awake; can barely keep my eyes open; can't keep my eyes open; couldn't keep my eyes open; falling asleep all the time; falling asleep during the day; falling asleep at work; falling asleep at my desk; falling asleep while driving; fell asleep at the wheel; nodding off; nodded off; nods off; dozing off; dozed off; dozing; dozes off; keep falling asleep; keeps falling asleep; falls asleep everywhere; sleeping all the time; sleeping too much; sleeping a lot; sleeping more; sleeping more than usual; sleeping 12 hours; sleeping 14 hours; sleeping 16 hours; sleeping all day long; could sleep all day; can sleep all day; want to sleep all day; want to sleep all the time; groggy; grogginess; groggy all day; feeling groggy; felt groggy; sedated; sedation; over-sedated; oversedated; too sedated; heavily sedated; dopey; feel dopey; feeling dopey; hungover sleepy
i: like a zombie and sleepy; sleeping like the dead; eyes keep closing; eyelids heavy; eyelids are heavy; heavy eyelids; sleep walking through the day; sleepwalking through the day; catnapping all day
a: somnol; drowsy+; sleepy+
m: drowsyness; drowzy; drowsey; drowzyness; drousy; drousiness; sleepyness; sleapy; sleepie; slepy; sleeepy; somnolance; somnolense; somolence; grogy; groggey; groggie; grogginess's
@ paresthesia | neuro
c: paresthesia; paresthesias; paraesthesia; paraesthesias; paresthesiae; tingling; tingly; tingle; tingles; tingled; tingling sensation; tingling sensations; tingling feeling; tingly feeling; pins and needles; pins & needles; pins-and-needles; prickling; prickly feeling; prickling sensation; pricking sensation; needles sensation; crawling sensation; crawling feeling; buzzing sensation; vibrating sensation; vibration feeling; electric feeling; electrical sensation; electric tingling; tingling in my {hands,feet,fingers,toes,arms,legs,face,lips,hand,foot,arm,leg,scalp,body}; tingling {hands,feet,fingers,toes,arms,legs}; tingly {hands,feet,fingers,toes,arms,legs,face}; {hands,feet,fingers,toes,arms,legs} tingling; {hands,feet,fingers,toes,arms,legs} are tingling; {hands,feet,fingers,toes,arms,legs} tingle; {hands,feet,fingers,toes,arms,legs} feel tingly; {hand,foot,arm,leg} is tingling; {hand,foot,arm,leg} fell asleep; {hands,feet,arms,legs} fall asleep; {hands,feet,arms,legs} keep falling asleep; {hands,feet,arms,legs} falling asleep; {hands,feet,arms,legs} fell asleep; pins and needles in my {hands,feet,fingers,toes,arms,legs}; burning and tingling; tingling and burning; formication; skin crawling; skin is crawling; skin crawls
i: like my hands are asleep; like my feet are asleep; like ants under my skin; like bugs under my skin; like electricity running through me; like electric shocks in my {hands,feet,legs}; like champagne bubbles under my skin; fizzy feeling in my {hands,feet,legs}; like my limbs are buzzing
a: paresth; paresth.; tingling+
m: parasthesia; parathesia; parasthesias; paresthesia's; parestesia; parasthesia's; paresthisia; parethesia; parestheisa; parathesias; parasthesis; paresthsia; tinglng; tingeling; tinggling; tinglin; tinggly; tinglying; pins and needels; pins n needles; pins-n-needles; pins & needels; pinns and needles
@ hypoesthesia | neuro
c: hypoesthesia; hypoaesthesia; hypesthesia; numbness; numb; numbed; numbing; numbness sensation; loss of sensation; lost sensation; loss of feeling; lost feeling; decreased sensation; reduced sensation; no feeling; can't feel my {hands,feet,fingers,toes,legs,arms,face,lips,hand,foot,leg,arm}; cannot feel my {hands,feet,fingers,toes,legs}; couldn't feel my {hands,feet,fingers,toes,legs,arms}; numbness in my {hands,feet,fingers,toes,arms,legs,face,lips,hand,foot,arm,leg,body,side}; numb {hands,feet,fingers,toes,arms,legs,face,hand,foot,arm,leg}; {hands,feet,fingers,toes,arms,legs} are numb; {hands,feet,fingers,toes,arms,legs} numb; {hands,feet,fingers,toes,arms,legs} feel numb; {hands,feet,fingers,toes,arms,legs} went numb; {hand,foot,arm,leg,face,finger,toe} is numb; {hand,foot,arm,leg,face,finger,toe} went numb; {hand,foot,arm,leg,face} numbness; numb spots; numb patches; numb areas; numb feeling; numbish; dead feeling; feels dead; feel dead in my {hands,feet}; feels like wood; like wood; feet feel like blocks; feet feel like bricks
a: numbness+; hypoesth; numb+
m: numbniss; numness; numbnes; numbess; numb'ness; numbness's; nummness; num; numbe; numbed out; hypoesthesia's; hypothesia; hypoesthisia; hypestesia
@ peripheral neuropathy | neuro
c: peripheral neuropathy; neuropathy; neuropathies; neuropathic; polyneuropathy; peripheral sensory neuropathy; sensory neuropathy; peripheral motor neuropathy; nerve damage; nerve damage in my {feet,hands,legs}; damaged nerves; neuropathy in my {feet,hands,legs,toes,fingers}; neuropathy got worse; diabetic neuropathy; chemo neuropathy; chemotherapy-induced peripheral neuropathy; CIPN; burning feet; feet are burning; feet burn; feet burning; burning in my feet; burning in my hands; burning hands; hands are burning; stocking glove numbness; stocking-glove
a: periph neuropathy; CIPN; neuropath
m: nueropathy; neropathy; neuropaty; neuropathy's; neuropothy; neuropahty; neurapathy; nuropathy; nuerapathy; neoropathy; neuropathey
@ tremor | neuro
c: tremor; tremors; trembling; trembled; tremble; trembles; tremulous; tremulousness; shaking; shaky; shakiness; shaky hands; hands shaking; hands are shaking; hands shake; hands shook; hand tremor; hand tremors; hands tremble; hands trembling; shaking hands; trembling hands; shaky fingers; fingers shaking; shaky legs; legs shaking; legs are shaking; body shaking; body tremors; internal tremors; internal tremor; internal shaking; inner tremors; inner shaking; shaking inside; vibrating inside; vibrating inside my body; jittery hands; can't hold my cup; can't hold a cup still; spilling my coffee; can't write because of shaking; handwriting is shaky; shaky handwriting; intention tremor; resting tremor; essential tremor; head tremor; head shaking; chin trembling; lip trembling; quivering; quiver; trembly; shakes; the shakes; got the shakes; have the shakes
i: shake like a leaf; shook like a leaf; like an earthquake inside me; like a vibrating phone inside; vibrating like a phone
a: tremor+; tremors+; trem
m: tremmor; tremmors; tremers; tremer; tremore; tremours; tremour; shakeyness; shakey; shakiness's; shakyness; shakie; trembeling; trembleing; tremblin
@ dysgeusia | neuro
c: dysgeusia; taste disturbance; taste disorder; taste changes; taste change; change in taste; changes in taste; altered taste; taste altered; taste alteration; abnormal taste; taste abnormal; bad taste; bad taste in my mouth; bad taste in mouth; bitter taste; bitter taste in my mouth; metallic taste; metallic taste in my mouth; metal taste; metal taste in my mouth; metallic mouth; tastes like metal; tastes like pennies; taste of pennies; taste like pennies; copper taste; coppery taste; salty taste; sour taste in my mouth; weird taste; weird taste in my mouth; funny taste; funny taste in my mouth; strange taste; strange taste in my mouth; everything tastes {bad,funny,weird,different,off,like metal,like cardboard,bitter,salty,awful,terrible,gross,strange,like chemicals,like nothing}; food tastes {bad,funny,weird,different,off,like metal,like cardboard,bitter,salty,awful,terrible,gross,strange,like nothing}; foods taste {bad,funny,weird,different,off,like metal}; water tastes {bad,funny,weird,different,off,like metal,metallic,awful}; coffee tastes {bad,funny,weird,different,off,awful}; taste buds are off; taste buds changed; taste buds are messed up; taste is off; taste is messed up; taste is weird; taste is different; taste changed; my taste changed; things taste {bad,funny,weird,different,off}; food doesn't taste right; food doesn't taste the same; nothing tastes right; nothing tastes the same; parageusia; cacogeusia; hypogeusia; decreased taste; reduced taste; diminished taste; taste decreased; food tastes bland; everything tastes bland; bland taste
i: tastes like i'm sucking on a penny; like i've been sucking on pennies; mouth full of pennies; tastes like licking a battery; battery taste; chemical taste; taste of chemicals; medicine taste; tinny taste
a: dysgeus; taste chgs; taste dist; taste d/o; metallic taste+
m: disgeusia; dysguesia; dysgusia; dysgeusia's; disgusia; dysgeuzia; metalic taste; metallik taste; mettalic taste; metallic tase; metalic tast; metal tast; metelic taste; bad tast
@ ageusia | neuro
c: ageusia; loss of taste; lost my taste; lost taste; lost my sense of taste; loss of sense of taste; no taste; can't taste; cannot taste; can't taste anything; couldn't taste anything; taste is gone; lost taste and smell; can't taste food; no sense of taste
@ anosmia | neuro
c: anosmia; loss of smell; lost my smell; lost my sense of smell; loss of sense of smell; can't smell; cannot smell; can't smell anything; couldn't smell anything; smell is gone; no sense of smell
@ parosmia | neuro
c: parosmia; dysosmia; smell changes; change in smell; altered smell; sense of smell changed; smells are different; everything smells {bad,weird,funny,different,off,like smoke,like garbage,rotten}; things smell {bad,weird,funny,different,off}; phantom smells; phantosmia; smelling things that aren't there; smell smoke that isn't there; sensitive to smells; smell sensitivity; hyperosmia; heightened sense of smell; smells make me sick
@ memory impairment | neuro
c: memory impairment; memory loss; memory problems; memory problem; memory issues; memory issue; memory trouble; trouble with memory; trouble with my memory; problems with my memory; problems with memory; poor memory; bad memory; memory is bad; memory is terrible; memory is awful; memory is shot; memory is gone; memory is going; losing my memory; lost my memory; loss of memory; short term memory loss; short-term memory loss; short term memory problems; short-term memory problems; short term memory; memory lapses; memory lapse; memory gaps; gaps in my memory; lapses in memory; forgetful; forgetfulness; so forgetful; more forgetful; very forgetful; forgetting things; forget things; forgot things; forgetting everything; forgetting stuff; forgetting words; forget words; can't remember things; can't remember anything; couldn't remember; can't remember stuff; trouble remembering; hard to remember; hard time remembering; difficulty remembering; remembering is hard; keep forgetting; keeps forgetting; forgetting appointments; forgetting names; forget names; forgetting my meds; amnesia; amnesic; blanking on things; blanking out; draw a blank; drawing a blank; memory decline; declining memory; cognitive decline and memory
i: memory like a sieve; mind like a sieve; memory like swiss cheese; brain like swiss cheese; swiss cheese brain; goldfish memory; memory of a goldfish; senior moments; senior moment; having senior moments; walk into a room and forget why
a: mem loss; STM loss; STML; mem problems; mem issues; memory+
m: memery loss; memmory loss; memory lose; memory los; forgetfullness; forgetfull; forgetfulnes; forgetfulness's; forgettful; forgetfull's; memmory; memroy loss; memory loos; memry loss
@ disturbance in attention | neuro
c: disturbance in attention; attention problems; attention issues; trouble concentrating; difficulty concentrating; hard to concentrate; hard time concentrating; can't concentrate; cannot concentrate; couldn't concentrate; unable to concentrate; poor concentration; lack of concentration; loss of concentration; concentration problems; concentration issues; concentration is off; concentration is bad; concentration is shot; can't focus; cannot focus; couldn't focus; trouble focusing; difficulty focusing; hard to focus; hard time focusing; unable to focus; lack of focus; loss of focus; lost focus; no focus; can't pay attention; trouble paying attention; attention span; short attention span; easily distracted; distracted easily; distractible; distractibility; mind wandering; mind wanders; mind keeps wandering; can't stay on task; can't read a book; can't follow conversations; losing my train of thought; lose my train of thought; lost my train of thought; losing track of conversations; zoning out; zone out; zones out; spacing out; space out; spaces out
a: concentr issues; diff concentrating; trbl concentrating; poor conc; decr concentration
m: concentrait; concentraiting; concentrateing; conentrate; concetrate; cant concentrait; can't concentrait; can't consentrate; consentrating; concentating; focuss
@ cognitive disorder | neuro
c: cognitive disorder; cognitive impairment; cognitive problems; cognitive issues; cognitive difficulties; cognitive dysfunction; cognitive decline; cognitive changes; cognitive slowing; cognitive side effects; mental fog; mental cloudiness; cloudy thinking; clouded thinking; thinking is cloudy; thinking is slow; slow thinking; slowed thinking; thinking problems; trouble thinking; can't think; cannot think; can't think straight; couldn't think straight; can't think clearly; not thinking clearly; can't think right; hard to think; hard to think straight; hard time thinking; thoughts are slow; thoughts are jumbled; jumbled thoughts; muddled; muddled thinking; muddled head; muddy thinking; fuzzy thinking; fuzzy headed; fuzzy-headed; fuzzy head; fuzzy brain; foggy; foggy headed; foggy-headed; foggy head; foggy brain; foggy thinking; head is foggy; head feels foggy; mind is foggy; brain is foggy; brain feels foggy; fogginess; foggy feeling; in a fog; in a haze; hazy; hazy thinking; head is cloudy; cloudy head; cloudy headed; mentally slow; mentally foggy; dull thinking; slow brain; brain is slow; brain is mush; brain feels like mush; mushy brain; brain is not working; brain isn't working; brain doesn't work; brain not working right; mind is blank; mind goes blank; mind going blank; mental slowness; mentally sluggish; sluggish thinking; dim-witted; dopey thinking; mentally dull; loss of mental sharpness; not as sharp; not sharp anymore; lost my edge; mental confusion and fog
i: brain fog; brain-fog; brainfog; brain fogged; brain fogginess; chemo brain; chemo fog; pregnancy brain; mom brain; mush brain; mushbrain; brain like mush; brain like oatmeal; oatmeal brain; scrambled brain; brain is scrambled; scrambled eggs brain; swiss cheese brain fog; cotton brain; cotton head; head full of cotton; head stuffed with cotton; stuffed with cotton; thinking through mud; thinking through molasses; like walking through mud; like walking through molasses; brain is in a fog; brain is on vacation; brain is offline; brain went on vacation; lights are on but nobody's home; nobody home upstairs; brain farts; brain fart; having brain farts; dumb as a rock; feel stupid; feeling stupid; feel dumb; feeling dumb; ozempic brain
a: cog impairment; cog dysfx; cognitive dysfx; cog decline; cog issues; cog d/o; cognit. impairment
m: brainfogg; brian fog; brain fogg; brane fog; brain frog; brain fogged's; cognative; cognative issues; cognative problems; cognitave; congnitive; cognitive's; fogy; fogy head; foggey; fogginess's; foggie
@ confusional state | psych
c: confusional state; confusion; confused; so confused; very confused; really confused; more confused; confused at times; confusion episodes; episodes of confusion; disoriented; disorientated; disorientation; disorientated to time; disoriented to place; acute confusion; mental confusion; confused thinking; altered mental status; altered mentation; change in mental status; mental status change; mental status changes; not making sense; wasn't making sense; talking nonsense; talking gibberish; speaking gibberish; didn't know where he was; didn't know where she was; didn't know where i was; didn't know what day it was; doesn't know where he is; doesn't know where she is; doesn't recognize me; didn't recognize me; didn't recognize us; got lost driving; got lost driving home; lost driving home; got lost in the store; delirious; delirium; acute delirium; agitated and confused; befuddled; bewildered; muddleheaded; mixed up; all mixed up; getting mixed up; getting confused; gets confused; got confused; confuses things; confusing things; not with it; not all there
a: AMS!; A&Ox{1,2}; A&O x{1,2}; AOx{1,2}; confused+; disoriented+; MS changes; mental status chg
m: confussion; confusion's; conffusion; confusd; confued; confuzed; confussed; confuesd; confusde; disorentated; disorianted; disorinted; disorented; dissoriented; disoriantated; delerium; delirius; delerious; delirium's; dilirium
@ seizure | neuro | ime
c: seizure; seizures; seized; seizing; seizure activity; seizure episode; seizure episodes; had a seizure; having a seizure; having seizures; having a fit; had a fit; fitting; convulsion; convulsions; convulsed; convulsing; convulsive; convulsive episode; grand mal; grand mal seizure; grand mal seizures; tonic-clonic; tonic clonic; tonic-clonic seizure; tonic clonic seizure; generalized seizure; generalised seizure; generalized tonic-clonic seizure; focal seizure; focal seizures; partial seizure; partial seizures; absence seizure; absence seizures; petit mal; petit mal seizure; complex partial seizure; breakthrough seizure; breakthrough seizures; febrile seizure; febrile seizures; febrile convulsion; febrile convulsions; status epilepticus; seizure-like activity; seizure like activity; seizure-like episode; seizure like episode; shaking episode; shaking episodes; jerking episode; jerking episodes; body jerking; whole body jerking; body was jerking; started jerking; jerking and shaking; shaking and jerking; eyes rolled back; eyes rolled back in her head; eyes rolled back in his head; eyes rolled back in my head; foaming at the mouth; bit her tongue; bit his tongue; bit my tongue during; stiffened and shook; went stiff and shook; went stiff and started shaking
i: had an episode and shook; shaking uncontrollably and unresponsive; staring spells; staring spell; blank stare episodes; zoned out and unresponsive
a: sz; szs; SZ; sz x{1,2,3}; GTC; GTCs; GTCS; GTC sz; s/p sz; sz activity; sz like activity; seizure+; sz+; FBTC; FBTCS; breakthrough sz; breakthrough szs
m: seizer; seizers; siezure; siezures; seazure; seazures; seisure; seisures; ceizure; ceasure; ceasures; seziure; seizuers; seizeur; seizure's; seizeures; siezer; seezure; seezures; sezure; sezures; seizure'; seizuire; convultion; convultions; convlusions; convulsion's; convolsion
@ epilepsy | neuro | disease | epilepsy aggravated
c: epilepsy; epileptic; seizure disorder; epileptic seizure; epileptic seizures; epileptic fit; epileptic fits
m: epilespy; epelepsy; epilepsey; epilapsy; epileptic's
@ epilepsy aggravated | neuro
c: epilepsy aggravated; seizures worse; seizures got worse; seizures getting worse; more seizures; more frequent seizures; seizures more often; increase in seizures; increased seizures; seizure frequency increased; increased seizure frequency; seizures came back; seizures are back; seizures returned; seizure control worse; lost seizure control; loss of seizure control; worsening seizures; seizure clusters; cluster seizures
@ dyskinesia | neuro
c: dyskinesia; dyskinesias; involuntary movements; involuntary movement; uncontrollable movements; uncontrolled movements; abnormal movements; jerky movements; jerking movements; twisting movements; writhing movements; can't control my movements; moving without meaning to; tardive dyskinesia; tardive; lip smacking; tongue thrusting; chewing movements; grimacing
a: TDs
m: diskinesia; dyskenesia; dyskinesia's; dyskinisia
@ dystonia | neuro
c: dystonia; dystonic; dystonic reaction; muscle contortions; neck twisting; neck pulled to one side; head pulled to one side; torticollis; wry neck; oculogyric crisis; eyes stuck looking up; jaw spasm; tongue spasm
@ akathisia | neuro
c: akathisia; inner restlessness; can't sit still; cannot sit still; couldn't sit still; unable to sit still; have to keep moving; need to keep moving; restless and pacing; pacing; pacing around; constantly pacing; legs won't stop moving; jumping out of my skin; crawling out of my skin; want to crawl out of my skin; feel like crawling out of my skin; restlessness in my body; motor restlessness; fidgety; fidgeting; fidgeting constantly
m: akithisia; akasthisia; akathesia; acathisia
@ restless legs syndrome | neuro
c: restless legs syndrome; restless leg syndrome; restless legs; restless leg; legs are restless; jumpy legs; crawly legs; legs won't stay still; urge to move my legs; have to move my legs; creepy crawly feeling in my legs; willis-ekbom disease
a: RLS
@ muscle contractions involuntary | neuro
c: muscle contractions involuntary; myoclonus; myoclonic jerks; myoclonic; jerks; jerking; sudden jerks; body jerks; jerks when falling asleep; hypnic jerks; hypnic jerk; sleep starts; limbs jerking
@ speech disorder | neuro
c: speech disorder; speech problems; speech problem; speech issues; speech difficulty; speech difficulties; difficulty speaking; difficulty talking; trouble speaking; trouble talking; hard to talk; hard to speak; can't talk right; can't speak right; couldn't talk; couldn't speak; unable to speak; speech changed; speech is off; slurred speech; slurring speech; slurring my words; slurring words; slurring his words; slurring her words; slurred words; slurring; slurred; speech slurred; speech was slurred; speech is slurred; talking funny; talking weird; talking like i'm drunk; dysarthria; dysarthric; mumbling; stuttering; stammering; started stuttering; tongue feels thick when i talk; garbled speech; speech garbled; thick speech
@ aphasia | neuro | ime
c: aphasia; aphasic; couldn't get words out; can't get words out; can't get the words out; couldn't get the words out; couldn't find words; can't find my words; can't find the right words; trouble finding words; word finding difficulty; word-finding difficulty; word finding problems; words come out wrong; saying the wrong words; mixing up words; words are jumbled; words jumbled; using wrong words; dysphasia; expressive aphasia; receptive aphasia
@ hyperesthesia | neuro
c: hyperesthesia; hyperaesthesia; hypersensitive skin; skin oversensitive; extra sensitive to touch; sensitive to touch; touch hurts; light touch hurts; dysesthesia; dysaesthesia; dysesthesias; burning sensations; burning feeling; weird burning feeling; electric burning; sensation of burning; sunburn feeling without sunburn
@ burning sensation | neuro
c: burning sensation all over; burning all over; burning all over my body; body burning; body is burning; whole body burning; body feels like it's on fire; body on fire; burning sensation in my body
@ headache;neck pain
c: headache and neck pain; neck pain and headache; headache and stiff neck; stiff neck and headache
@ head discomfort | neuro
c: head discomfort; head feels weird; head feels funny; head feels strange; head feels off; weird feeling in my head; strange feeling in my head; funny feeling in my head; head feels full; fullness in my head; head feels tight; tightness in my head; tight head; head feels swollen; head feels like a balloon; balloon head; bobble head feeling; head feels like it's floating; pressure in my head but not a headache; heavy headed; heavy-headed
@ loss of consciousness | neuro | ime
c: loss of consciousness; unresponsive; unresponsiveness; found unresponsive; became unresponsive; was unresponsive; not responsive; wasn't responding; would not wake up; wouldn't wake up; couldn't wake her up; couldn't wake him up; couldn't wake up; could not wake up; hard to wake; hard to wake up; difficult to arouse; difficult to rouse; not rousable; obtunded; stuporous; stupor; lethargic and unresponsive
@ cerebrovascular accident | neuro | ime
c: cerebrovascular accident
@ transient ischaemic attack | neuro | ime
c: transient ischaemic attack; transient ischemic attack; mini stroke; mini-stroke; ministroke; mini strokes; warning stroke
a: TIA!; TIAs!; TIA's!
@ facial paralysis | neuro | ime
c: facial paralysis; facial palsy; bell's palsy; bells palsy; bell palsy; face drooping; face is drooping; face drooped; drooping face; droopy face; one side of my face drooping; one side of her face drooping; one side of his face drooping; half my face is drooping; half of my face went numb and droopy; facial droop; face droop; droopy mouth; mouth drooping; mouth is drooping; drooping mouth; crooked smile; smile is crooked; lopsided smile; can't close my eye; can't close one eye; facial nerve palsy; facial weakness; face feels paralyzed; face is paralyzed; face paralyzed
a: CN VII palsy; CN7 palsy; facial droop+
m: bells palsey; bell's palsey; bels palsy; bells paulsy; bells pausy; bells palsy's; bell palsey
@ hemiparesis | neuro | ime
c: hemiparesis; hemiplegia; one-sided weakness; one sided weakness; weakness on one side; weakness on one side of my body; weakness on the left side; weakness on the right side; left sided weakness; right sided weakness; left-sided weakness; right-sided weakness; can't move one side; can't move my left side; can't move my right side; can't move my left arm; can't move my right arm; can't move my left leg; can't move my right leg; paralysis on one side; paralyzed on one side; one side paralyzed
@ paralysis | neuro | ime
c: paralysis; paralyzed; paralysed; paralyzing; can't move my legs; couldn't move my legs; can't move my arms; couldn't move my arms; can't move anything; couldn't move at all; couldn't move; unable to move; legs stopped working; legs won't work; legs don't work; legs wouldn't work; paraplegia; quadriplegia; flaccid paralysis; sleep paralysis
@ guillain-barre syndrome | neuro | ime
c: guillain-barre syndrome; guillain barre syndrome; guillain barre; guillain-barre; guillain-barré syndrome; guillian barre; guillain bare; gillian barre; gillian-barre; gillian barre syndrome; guillain barré; guillian-barre syndrome; acute inflammatory demyelinating polyneuropathy; ascending paralysis; ascending weakness; weakness moving up my legs
a: AIDP
@ demyelination | neuro | ime
c: demyelination; demyelinating disease; demyelinating; demyelinating lesions; optic neuritis and demyelination; new demyelinating lesions; transverse myelitis; myelitis
@ progressive multifocal leukoencephalopathy | neuro | ime
c: progressive multifocal leukoencephalopathy; jc virus brain infection; jc virus infection of the brain; brain infection from jc virus
a: PML!
@ encephalopathy | neuro | ime
c: encephalopathy; encephalopathic; brain swelling; brain is swollen; cerebral edema; cerebral oedema; swelling in the brain; swelling on the brain; posterior reversible encephalopathy syndrome; hepatic encephalopathy; toxic encephalopathy; metabolic encephalopathy
a: PRES!; ICANS; ICANS gr {1,2,3,4}; immune effector cell-associated neurotoxicity syndrome
@ neurotoxicity | neuro | ime
c: neurotoxicity; neurologic toxicity; neurological toxicity; neurotoxic; neuro tox; neurological side effects; neurologic side effects; neuro side effects
a: neurotox; neuro tox
@ aseptic meningitis | neuro | ime
c: aseptic meningitis; meningism; neck stiffness with fever; stiff neck and fever; fever and stiff neck; meningitis symptoms
@ narcolepsy | neuro
c: narcolepsy; sleep attacks; sleep attack; falling asleep suddenly; suddenly falling asleep; cataplexy
@ tic | neuro
c: tic; tics; nervous tic; facial tic; facial tics; vocal tics; motor tics
@ hypokinesia | neuro
c: hypokinesia; bradykinesia; slowness of movement; slow movements; moving slowly; moving slow; slowed down movements; slowed movements; slowed down physically
@ parkinsonism | neuro
c: parkinsonism; parkinsonian; parkinson-like symptoms; parkinson like symptoms; parkinsons like symptoms; drug-induced parkinsonism; shuffling and tremor; masked face; mask-like face; stiff and shuffling
@ extrapyramidal disorder | neuro
c: extrapyramidal disorder; extrapyramidal symptoms; extrapyramidal side effects; extrapyramidal reaction
a: EPS!; EPSE
@ hyperreflexia | neuro
c: hyperreflexia; brisk reflexes; overactive reflexes; clonus
@ sciatica | neuro
c: sciatic pain; sciatic nerve pain; pain radiating down my leg; radiating pain down my leg; pain radiates down my leg; sciatica flare; sciatica flare up; sciatica acting up; pain down my leg; pain going down my leg; radiculopathy; radicular pain
@ head titubation | neuro
c: head titubation; head bobbing; head nodding; bobbing head
@ hypotonia | neuro
c: hypotonia; floppy; floppiness; floppy baby; low muscle tone; poor muscle tone; decreased muscle tone; limp body; body went limp; went floppy
@ reduced facial expression | neuro
c: reduced facial expression; blank expression; flat face; expressionless face; no facial expression
@ serotonin syndrome | neuro | ime
c: serotonin syndrome; serotonin toxicity; serotonergic syndrome; too much serotonin
@ neuroleptic malignant syndrome | neuro | ime;life_threatening
c: neuroleptic malignant syndrome
a: NMS!
@ migraine;nausea
c: migraine and nausea; migraines and nausea; migraine with nausea; nausea and migraine; migraine w/ nausea
@ migraine;vomiting
c: migraine and vomiting; migraine with vomiting; migraines with vomiting
"""

VOCAB_PSYCH = r"""
@ insomnia | sleep
c: insomnia; sleeplessness; sleepless nights; sleepless night; sleepless; can't sleep; cannot sleep; couldn't sleep; could not sleep; unable to sleep; can't fall asleep; couldn't fall asleep; cannot fall asleep; can't get to sleep; couldn't get to sleep; can't stay asleep; couldn't stay asleep; trouble sleeping; trouble falling asleep; trouble staying asleep; difficulty sleeping; difficulty falling asleep; difficulty staying asleep; problems sleeping; problem sleeping; sleep problems; sleep problem; sleep issues; sleeping issues; sleeping problems; sleep trouble; sleep difficulties; sleep difficulty; hard to sleep; hard time sleeping; hard time falling asleep; hard time staying asleep; not sleeping; not sleeping well; not sleeping good; haven't been sleeping; haven't slept; haven't slept well; hasn't been sleeping; hasn't slept; didn't sleep; didn't sleep at all; didn't sleep well; barely sleeping; barely slept; barely sleep; hardly sleeping; hardly slept; hardly sleep; sleeping poorly; slept poorly; poor sleep; bad sleep; sleep is bad; sleep is terrible; sleep is awful; sleep is off; sleep is messed up; sleep messed up; messed up sleep; sleep disturbance; sleep disturbances; disturbed sleep; sleep disrupted; disrupted sleep; interrupted sleep; broken sleep; restless sleep; restless nights; restless night; tossing and turning; tossed and turned; toss and turn; up all night; was up all night; been up all night; awake all night; lay awake; lying awake; laying awake; wide awake at night; wide awake; waking up at night; waking up during the night; wake up during the night; woke up during the night; waking up in the middle of the night; wake up in the middle of the night; woke up in the middle of the night; waking up every hour; wake up every hour; waking up every two hours; waking up too early; wake up too early; early morning awakening; waking at 3am; waking up at 3am; up at 3am; only sleeping {1,2,3,4} hours; only slept {1,2,3,4} hours; sleeping {1,2,3} hours a night; initial insomnia; middle insomnia; terminal insomnia; sleep onset insomnia; wired at night; too wired to sleep; can't shut my brain off; can't turn my brain off; mind racing at night; staring at the ceiling
i: night owl now; up like an owl; like an owl all night; counting sheep all night; zombie from no sleep; running on no sleep
a: insom; poor sleep+; c/o insomnia; sleep dist; sleep d/o; diff sleeping; trbl sleeping
m: insomia; insomnea; insomina; insominia; insomniac; insomnia's; insommnia; insomnya; insomnnia; insonmia; insomna; can't slepp; cant sleap; cant sleeep; trouble sleping; trouble sleaping; not sleepin; sleepin bad
@ abnormal dreams | sleep
c: abnormal dreams; strange dreams; weird dreams; bizarre dreams; odd dreams; crazy dreams; wild dreams; vivid dreams; very vivid dreams; intense dreams; realistic dreams; lifelike dreams; disturbing dreams; bad dreams; scary dreams; frightening dreams; dreams are crazy; dreams are weird; dreams are so vivid; dreaming a lot; dreaming more; lots of dreams; dreams every night; crazy vivid dreams; dream changes; change in dreams; abnormal dreaming; unusual dreams
i: dreams like movies; dreams like a movie; technicolor dreams
m: wierd dreams; vivd dreams; vived dreams; vivid dreems; crazy dreems; dreems
@ nightmare | sleep
c: nightmare; nightmares; night terrors; night terror; bad nightmares; terrible nightmares; horrible nightmares; having nightmares; waking up screaming; woke up screaming; screaming in my sleep; scary nightmares; recurring nightmares
m: nightmears; nitemares; nightmars; nighmares; night mares; nightmares's; nightmair; nightmairs
@ sleep disorder | sleep
c: sleep disorder; sleep pattern changed; change in sleep pattern; changes in sleep; sleep schedule is off; sleep schedule messed up; sleep cycle messed up; sleep-wake cycle disturbed; day night reversal; days and nights mixed up; sleeping during the day and awake at night
@ sleep talking | sleep
c: sleep talking; talking in my sleep; talking in his sleep; talking in her sleep; somniloquy
@ somnambulism | sleep
c: somnambulism; sleepwalking; sleep walking; walking in my sleep; walking in his sleep; walking in her sleep; sleep eating; eating in my sleep; sleep driving; complex sleep behaviors; doing things in my sleep
@ poor quality sleep | sleep
c: poor quality sleep; poor sleep quality; unrefreshing sleep; unrefreshed; wake up tired; waking up tired; woke up tired; wake up exhausted; waking up exhausted; wake up feeling tired; not rested; don't feel rested; never feel rested; not refreshed; don't feel refreshed; light sleep; sleeping lightly; shallow sleep
@ anxiety | psych
c: anxiety; anxious; anxiousness; anxiety attack; anxiety attacks; feeling anxious; feel anxious; felt anxious; so anxious; very anxious; really anxious; more anxious; increased anxiety; worse anxiety; anxiety is worse; anxiety got worse; anxiety through the roof; anxiety is through the roof; anxiety has been bad; nervous; nervousness; so nervous; very nervous; feeling nervous; felt nervous; on edge; edgy; feel on edge; feeling on edge; keyed up; wound up; tense; tension; uptight; jumpy; jittery and anxious; worried all the time; worrying all the time; constant worry; excessive worry; can't stop worrying; restless and anxious; uneasy; uneasiness; apprehensive; apprehension; dread; sense of dread; feeling of dread; sense of doom; feeling of doom; impending doom; feeling of impending doom; sense of impending doom; scared all the time; fearful; fearfulness; worried sick; stressed out; stressed; so stressed; very stressed; stress; overwhelmed; feel overwhelmed; feeling overwhelmed; generalized anxiety; generalised anxiety; racing thoughts; mind racing; mind is racing; thoughts racing; heart racing with anxiety; butterflies in my stomach; knot in my stomach; nervous stomach
i: nervous wreck; a nervous wreck; bundle of nerves; nerves are shot; nerves are frayed; frazzled; on pins and needles; like a cat on a hot tin roof; cat on a hot tin roof; climbing the walls; bouncing off the walls; jumping out of my skin with anxiety; freaking out; freaked out; freak out; losing my mind; losing it; wigging out; wigged out; spun up; in a tizzy; all worked up; worked up; crawling out of my skin with worry
a: anx; anx.; anxiety+; GAD!; GAD sx; incr anxiety
m: anxity; anxeity; anxiaty; anxiety's; anixety; anxeity's; axiety; anziety; anxitey; anxiaty's; anxios; anxius; anxoius; anxous; anxiuos; ancious; nervious; nervus; nervouse; nervousness's; nerves shot; aniexty; anxieity
@ panic attack | psych
c: panic attack; panic attacks; panic; panicky; panicking; panicked; panic episodes; panic episode; panic disorder; having panic attacks; had a panic attack; full blown panic attack; panic attack like; panic-like; felt like i was having a panic attack; like a panic attack
a: panic atk; panic attk
m: panick attack; panick attacks; panic attact; panic attak; panic atacks; panic atack; panick; pannic attack; panic attakes
@ depression | psych
c: depression; depressed; depressive; depressive symptoms; depressive episode; depressive episodes; clinical depression; major depression; severe depression; deep depression; depression is worse; depression got worse; worse depression; worsening depression; depression came back; depression returned; new depression; very depressed; so depressed; really depressed; deeply depressed; severely depressed; feeling depressed; feel depressed; felt depressed; getting depressed; gotten depressed; became depressed; depressed mood and hopelessness; depression symptoms; symptoms of depression; signs of depression
a: depr; depr.; depression+; MDD; MDE; dep sx
m: depresion; depresssion; depressin; depressoin; depressino; depresson; depreshun; deppression; depression's; depresed; depresssed; depressd; deppressed; depressed's; deprssion; depressionn
@ depressed mood | psych
c: depressed mood; low mood; mood is low; mood has been low; mood is down; mood down; down mood; feeling down; feel down; felt down; feels down; been down; been feeling down; so down; really down; down in the dumps; feeling low; feel low; felt low; feeling blue; feel blue; felt blue; the blues; got the blues; sad; sadness; so sad; very sad; really sad; feeling sad; feel sad; felt sad; sad all the time; sad for no reason; unhappy; unhappiness; miserable mood; glum; gloomy; gloom; melancholy; melancholic; dysphoria; dysphoric; despondent; despondency; dejected; discouraged; demoralized; bummed out; bummed; mopey; moping; mopy; feeling hopeless; feel hopeless; felt hopeless; hopeless; hopelessness; helpless and hopeless; feeling worthless; feel worthless; felt worthless; worthless; worthlessness; feeling empty; feel empty; empty inside; numb inside; emotionally numb; emotional numbness; feeling flat; flat mood; blunted mood; emotional blunting; emotionally flat; lost interest; loss of interest; lost interest in things; no interest in anything; don't enjoy anything; don't enjoy things anymore; can't enjoy anything; nothing is fun anymore; anhedonia; no motivation; lack of motivation; lost my motivation; unmotivated; amotivation; apathy; apathetic; don't care about anything; don't care anymore; withdrawn; withdrawing; isolating; isolating myself; don't want to see anyone; don't want to do anything; don't want to get out of bed; can't get out of bed and sad
i: in a dark place; dark place; in a dark hole; in a funk; funk; rut; in a rut; black cloud; dark cloud over me; cloud over me; under a cloud; blah mood; feeling meh; down in the dumps; in the dumps; in the pits; heavy heart; heavy-hearted; heart is heavy; weight on my chest emotionally; world is gray; world is grey; everything is gray; sad sack; lost my spark; lost my sparkle; light went out; not myself emotionally
a: low mood+; dep mood; depr mood; flat affect; blunted affect; anhedonic
m: depresed mood; feelin down; feeling dwn; sadd; saaad; hopless; hopeles; worthles; unmotivatid
@ suicidal ideation | psych | ime
c: suicidal ideation; suicidal ideations; suicidal thoughts; suicidal thought; thoughts of suicide; thought about suicide; thinking about suicide; thinking of suicide; thoughts of killing myself; thought about killing myself; thinking about killing myself; thinking of killing myself; want to kill myself; wanted to kill myself; wants to kill herself; wants to kill himself; want to die; wanted to die; wanting to die; wants to die; wish i was dead; wish i were dead; wished i was dead; wish i wasn't alive; wish i could die; wish i would die; wishing i was dead; want to be dead; wanted to be dead; better off dead; be better off dead; better off not here; i'd be better off not here; better off without me; everyone would be better off without me; they'd be better off without me; family would be better off without me; don't want to be here; don't want to be here anymore; do not want to be here anymore; didn't want to be here anymore; don't want to live; don't want to live anymore; didn't want to live anymore; no reason to live; nothing to live for; no point in living; no point living; what's the point of living; tired of living; life isn't worth living; not worth living; end it all; ending it all; end my life; ending my life; end it; take my own life; taking my own life; take my life; thoughts of ending my life; thinking of ending it; thought about ending it; thought of ending it; dark thoughts; really dark thoughts; very dark thoughts; having dark thoughts; dark thoughts about myself; thoughts of death; thoughts about death; morbid thoughts; death wish; passive suicidal ideation; passive SI; active SI; suicidal; suicidality; feeling suicidal; felt suicidal; feel suicidal; suicidal feelings; suicidal urges; suicidal tendencies; thought about not waking up; hope i don't wake up; hoping not to wake up; wouldn't mind not waking up; go to sleep and not wake up; disappear forever; want to disappear
i: unalive myself; unalive; kms; k.m.s.; off myself; offing myself; end things; ending things; check out permanently; sewer slide; self delete; self-delete
a: SI!; S/I; SI+; +SI!; SI/HI!; SI w/o plan; SI with plan; passive SI!; active SI!
m: sucidal; suicidial; suicidle; suicdal; sucidial; suisidal; suicidal's; sucide; sucidal thoughts; suicidial thoughts; suicide thoughts; suiside; suicidle thoughts
@ suicide attempt | psych | ime
c: suicide attempt; suicide attempts; attempted suicide; tried to kill myself; tried to kill herself; tried to kill himself; tried to end my life; tried to end her life; tried to end his life; tried to take my life; tried to take her own life; tried to take his own life; overdosed on purpose; took all my pills on purpose; took a bottle of pills; swallowed a bottle of pills; cut my wrists; cut her wrists; slit my wrists; tried to hang myself; tried to hang herself; tried to hang himself; parasuicide
a: s/p SA; s/p suicide attempt; SA x1
@ completed suicide | death | death;ime
c: completed suicide; committed suicide; died by suicide; killed himself; killed herself; took his own life; took her own life; suicide death; death by suicide
@ intentional self-injury | psych | ime
c: intentional self-injury; self-harm; self harm; self-harming; self harming; self-injury; self injury; self-injurious behavior; self injurious behaviour; cutting myself; cutting herself; cutting himself; cut myself on purpose; burning myself; hurting myself; hurt myself on purpose; hurting myself on purpose; banging my head; hitting myself; scratching myself on purpose; thoughts of hurting myself; thoughts of self-harm; want to hurt myself; wanted to hurt myself; urge to hurt myself; urges to self-harm; self-mutilation; self mutilation
a: NSSI; DSH; SIB!
@ homicidal ideation | psych | ime
c: homicidal ideation; homicidal thoughts; thoughts of hurting others; thoughts of hurting someone; thoughts of killing someone; want to hurt someone; wanted to hurt someone; want to kill someone; urge to hurt others; violent thoughts; homicidal
a: +HI!
@ irritability | psych
c: irritability; irritable; irritated all the time; easily irritated; easily annoyed; easily agitated; short tempered; short-tempered; short temper; quick tempered; quick-tempered; quick to anger; hot tempered; bad temper; temper; temper is short; temper tantrums; tantrums; snappy; snapping at people; snapping at everyone; snapping at my kids; snapping at my husband; snapping at my wife; snap at people; snap at everyone; cranky; crankiness; grumpy; grumpiness; grouchy; grouchiness; crabby; crabbiness; cross; moody and irritable; touchy; testy; prickly; ornery; bitchy; bitchiness; on a short fuse; short fuse; fuse is short; fly off the handle; flying off the handle; flew off the handle; lose my temper; losing my temper; lost my temper; losing my cool; lost my cool; everything annoys me; everything irritates me; everyone annoys me; everyone gets on my nerves; on my last nerve
i: bite people's heads off; biting people's heads off; bit his head off; bit her head off; mean as a snake; hangry all the time; roid rage; steroid rage; pred rage; prednisone rage; keppra rage; keppra rage's
a: irrit; irritab; irritable+
m: irritibility; irratability; irritabilty; iritability; irrritable; irratable; irritible; iritable; irratible; irritabel; crankyness; grumpyness; crabbyness
@ anger | psych
c: anger; angry; angry all the time; so angry; very angry; angrier; angry outbursts; anger outbursts; outbursts; outburst; anger issues; anger problems; rage; rages; raging; fits of rage; rage episodes; fits of anger; explosive anger; uncontrollable anger; hostile; hostility; aggressive; aggression; aggressiveness; violent; violence; lashing out; lash out; lashed out; yelling at everyone; screaming at everyone; mean all the time; mad all the time; pissed off all the time; furious; fury
m: angery; angy; angrey; agression; agressive; aggresion; agressiveness
@ agitation | psych
c: agitation; agitated; restless; restlessness; restless and agitated; can't relax; unable to relax; can't calm down; couldn't calm down; worked up and agitated; keyed up and agitated; combative; psychomotor agitation; hyperactivity and agitation; amped; on edge and agitated
m: agitaion; agitatoin; agitated's; agitatd; agetated; aggitated; aggitation; restlesness; restlesss; resless
@ mood swings | psych
c: mood swings; mood swing; moody; moodiness; mood changes; mood change; changes in mood; change in mood; mood altered; altered mood; mood fluctuations; mood fluctuation; fluctuating mood; mood is all over the place; moods are all over the place; mood is up and down; up and down moods; ups and downs; emotional roller coaster; emotional rollercoaster; emotionally all over the place; emotional; overly emotional; very emotional; so emotional; more emotional; emotional lability; labile; labile mood; mood lability; emotionally unstable; emotional instability; unstable mood; emotional outbursts; emotionally sensitive; overemotional; hormonal; feel hormonal; crying one minute and laughing the next; happy one minute and sad the next; happy then sad; laughing and crying; cry at everything; crying at everything; cry at commercials; crying at commercials; mood is off; mood problems; mood issues; mood disorder; mood disturbance; mood disturbances; personality change; personality changes; personality changed; not acting like himself; not acting like herself; not acting like myself; acting different; acting differently; behavior changes; behavioral changes; behaviour changes; change in behavior; changes in behavior; behavior changed
i: jekyll and hyde; like jekyll and hyde; rollercoaster of emotions; roller coaster of emotions; emotional wreck; hot mess emotionally; all over the map; mood like a light switch; pms all the time; pms on steroids; like pms on steroids; like pms x10
a: mood chgs; mood sx; mood swgs; mood+
m: mood swigs; moodswings; mood swins; mod swings; mood swing's; mood swings's; moodyness; moodieness; emotinal; emotionl
@ euphoric mood | psych
c: euphoric mood; euphoria; euphoric; elevated mood; too happy; unusually happy; abnormally happy; giddy and euphoric; high on life; feeling high and euphoric; elated; elation; manic; mania; hypomania; hypomanic; manic episode; manic episodes; manic symptoms; racing thoughts and mania; grandiose; grandiosity; not sleeping and manic
@ hallucination | psych
c: hallucination; hallucinations; hallucinating; hallucinated; hallucinate; seeing things; seeing things that aren't there; seeing things that weren't there; saw things that weren't there; see things that aren't there; hearing things; hearing things that aren't there; hearing voices; hears voices; heard voices; hearing sounds that aren't there; seeing people who aren't there; seeing bugs; seeing shadows; seeing shadow people; shadow people; visual hallucinations; auditory hallucinations; tactile hallucinations; hypnagogic hallucinations; hypnopompic hallucinations; saw bugs; saw people in the room; talking to people who aren't there
a: AVH; A/VH; AH/VH; hallucs; halluc.
m: halucinations; hallusinations; hallucinatons; hallucinaitons; halucinating; hallusinating; halucinate; hallucenations; haluzinations; hallicinations; hallucinations's
@ psychotic disorder | psych | ime
c: psychotic disorder; psychosis; psychotic; psychotic episode; psychotic break; psychotic symptoms; lost touch with reality; losing touch with reality; out of touch with reality; break from reality; delusions; delusional; delusion; paranoia; paranoid; paranoid thoughts; paranoid delusions; thinks people are out to get her; thinks people are out to get him; thinks someone is watching; thought people were watching me; thinks people are following; steroid psychosis; steroid-induced psychosis
m: psycosis; sycosis; psychosis's; psycotic; sychotic; pshycotic; parnoid; paranoya; paranoied
@ needle phobia | psych
c: fear of injections; fear of needles; needle phobia; needle fear; scared of needles; scared of the needle; terrified of needles; afraid of the needle; afraid of needles; afraid to inject; scared to inject; scared to give myself the shot; afraid to give myself the shot; trypanophobia
@ obsessive-compulsive disorder | psych
c: obsessive-compulsive disorder; obsessive compulsive disorder; obsessive thoughts; intrusive thoughts; compulsive behavior; compulsions; obsessions; OCD symptoms; ocd flare; ocd worse
a: OCD
@ impulse-control disorder | psych | ime
c: impulse-control disorder; impulse control disorder; impulsive behavior; impulsive behaviour; impulsivity; impulsive; compulsive gambling; gambling problem; started gambling; gambling a lot; compulsive shopping; shopping sprees; spending sprees; spending too much money; compulsive eating; binge eating; binging; hypersexuality; hypersexual; increased sex drive and impulsive; impulse control problems; compulsive behaviors
@ libido decreased | sexual
c: libido decreased; decreased libido; loss of libido; low libido; lost libido; libido is gone; no libido; libido is low; reduced libido; decreased sex drive; low sex drive; no sex drive; lost my sex drive; loss of sex drive; sex drive is gone; sex drive is low; lower sex drive; sex drive decreased; lack of sex drive; not interested in sex; no interest in sex; lost interest in sex; loss of interest in sex; don't want sex; don't feel like having sex; no desire; no sexual desire; decreased sexual desire; low sexual desire
@ libido increased | sexual
c: libido increased; increased libido; high libido; increased sex drive; higher sex drive; sex drive increased; sex drive is up; hypersexual drive
@ emotional disorder | psych
c: emotional disorder; emotional problems; emotional issues; emotional changes; emotional side effects; emotional disturbance; emotional symptoms
@ bradyphrenia | psych
c: bradyphrenia; slowed thinking and movement; mental slowing
@ dissociation | psych
c: dissociation; dissociative; dissociating; dissociated; depersonalization; depersonalisation; derealization; derealisation; feel unreal; feeling unreal; things feel unreal; nothing feels real; world feels unreal; world doesn't feel real; watching myself from outside; like watching a movie of my life
@ attention deficit hyperactivity disorder | psych
c: attention deficit hyperactivity disorder; adhd symptoms; adhd worse; adhd flare
@ loss of personal independence in daily activities | general
c: loss of personal independence in daily activities; can't take care of myself; can't do my daily activities; can't do daily activities; unable to do daily activities; can't do anything for myself; need help with everything; need help bathing; need help getting dressed; can't dress myself; can't shower by myself; can't do housework; can't do my chores; can't work; unable to work; had to stop working; can't go to work; missed work; missing work; missed days of work; missing days of work; called out of work; call out of work; off work; out of work sick; couldn't go to work; had to leave work; left work early; can't do my job; can't do my job anymore; stopped working
"""

VOCAB_APPETITE = r"""
@ decreased appetite | metabolic
c: decreased appetite; appetite decreased; loss of appetite; lost appetite; lost my appetite; losing my appetite; losing appetite; appetite loss; poor appetite; appetite is poor; low appetite; appetite is low; reduced appetite; appetite reduced; diminished appetite; no appetite; zero appetite; little appetite; not much appetite; lack of appetite; appetite is gone; appetite gone; appetite went away; appetite disappeared; appetite has disappeared; appetite suppression; appetite suppressed; suppressed appetite; anorexia; anorexic; inappetence; not hungry; never hungry; not hungry at all; not eating; not eating much; barely eating; hardly eating; barely eat; hardly eat; eating less; eating much less; eating a lot less; eating very little; eats very little; eating like a bird; eat like a bird; can't eat; cannot eat; couldn't eat; unable to eat; don't want to eat; don't feel like eating; didn't feel like eating; no desire to eat; no interest in food; lost interest in food; food doesn't appeal; food is unappealing; nothing appeals; nothing sounds good; food doesn't sound good; can't even look at food; cant even look at food; can't look at food; can't stand food; turned off by food; food turns me off; forget to eat; forgetting to eat; have to force myself to eat; forcing myself to eat; force myself to eat; skipping meals; skip meals; not interested in eating; picking at food; picking at my food; only eating a few bites; only eat a few bites; eating tiny portions; eating half of what i used to; appetite is way down; appetite way down; appetite is down; appetite down; decrease in appetite; decline in appetite; reduced food intake; decreased food intake; decreased oral intake; poor oral intake; poor po intake; decreased po intake; poor intake; food intake reduced; not eating or drinking; food noise is gone; no food noise; food noise gone; no cravings; cravings are gone
i: stomach shut off; appetite shut off; appetite switched off; appetite went out the window; lost my appetite completely; food is the enemy
a: dec appetite; decr appetite; decreased app; ↓ appetite; ↓appetite; poor PO intake; decr PO intake; dec PO intake; poor app; app decreased; appetite ↓; anorex; loss of app; poor appetite+
m: apetite; appitite; appetit; appatite; appetitie; apetite loss; loss of apetite; no apetite; poor apetite; lost my apetite; no appitite; lost appitite; appetite's; appatite loss; apatite; no apatite; lost my apatite
@ increased appetite | metabolic
c: increased appetite; appetite increased; appetite increase; increase in appetite; bigger appetite; huge appetite; big appetite; appetite is up; appetite up; appetite way up; more appetite; hungry all the time; always hungry; constantly hungry; hungrier; hungry constantly; starving all the time; always starving; constantly starving; ravenous; ravenous appetite; insatiable appetite; insatiable hunger; can't stop eating; couldn't stop eating; eating all the time; eating constantly; eating everything in sight; eating more; eating a lot more; eating way more; eating more than usual; overeating; hyperphagia; polyphagia; excessive hunger; extreme hunger; increased hunger; hunger increased; more hungry; food cravings; cravings; craving sweets; craving sugar; craving carbs; carb cravings; sugar cravings; sweet cravings; constant cravings; munchies; the munchies; got the munchies
i: eating me out of house and home; bottomless pit; hollow leg; eat like a horse; eating like a horse; steroid hunger; pred hunger
a: incr appetite; inc appetite; ↑ appetite; ↑appetite; appetite ↑; increased app
m: increased apetite; increased appitite; hungery all the time; hungary all the time; always hungery; starveing; ravanous; ravenus
@ weight decreased | metabolic
c: weight decreased; weight loss; weight lost; weight decrease; decreased weight; lost weight; losing weight; lost a lot of weight; losing a lot of weight; lost too much weight; losing too much weight; lost some weight; losing some weight; lose weight; lost {like,about,almost,over,nearly,around,close to,more than,at least,} {3,4,5,6,7,8,9,10,12,15,20,25,30,35,40,45,50,60,70,80,100} {pounds,lbs,lb,kg,kilos}; lost {5,10,15,20,25,30,40,50} pounds; lost {5,10,15,20,25,30,40,50} lbs; lost {5,10,15,20,25,30,40,50} lb; lost {5,10,15,20,25,30,40,50}lbs; lost {2,3,4,5,10,15,20} kg; lost {5,10,15,20,25,30} pounds without trying; down {5,10,15,20,25,30,40,50} pounds; down {5,10,15,20,25,30,40,50} lbs; down {5,10,15,20} lb; dropped {5,10,15,20,25,30,40,50} pounds; dropped {5,10,15,20,25,30,40,50} lbs; dropped weight; dropping weight; dropped a lot of weight; weight dropped; weight is dropping; weight has dropped; weight went down; weight is down; weight down; weight keeps dropping; weight keeps going down; unintentional weight loss; unintended weight loss; unexplained weight loss; unintentional wt loss; unintended wt loss; unexplained wt loss; significant weight loss; rapid weight loss; excessive weight loss; too much weight loss; weight loss too fast; losing weight too fast; losing weight too quickly; losing weight rapidly; got too thin; getting too thin; too thin; so thin; skinny; too skinny; getting skinny; skin and bones; skin and bone; emaciated; emaciation; cachexia; cachectic; underweight; clothes are falling off; clothes falling off me; clothes are too big; clothes don't fit anymore; pants are falling down; pants are loose; had to buy smaller clothes; belt notches; ribs are showing; bones are showing; face is thin; face got thin; face looks thin; failure to gain weight; poor weight gain; not gaining weight; weight loss of {5,10,15,20} pounds; weight loss of {5,10,15,20} lbs
i: wasting away to nothing; disappearing; fading away; melting away; nothing left of me; look like a skeleton; looks like a skeleton; like a skeleton; bag of bones; rail thin; thin as a rail; skinny as a rail
a: wt loss; wt. loss; wt loss+; wt decreased; wt decr; wt dec; wt down; wt ↓; ↓ wt; ↓wt; wt loss {5,10,15,20} lbs; wt loss {5,10,15,20} lb; wt loss {5,10,15,20}#; -{5,10,15,20} lbs; lost {5,10,15,20}#; down {5,10,15,20}#; unintentional wt loss; unintended wt loss; unexpl wt loss; UWL; wt lss; wght loss; wgt loss; weight loss+
m: wieght loss; weigth loss; wight loss; weight lost's; weightloss; weight los; weight lose; lost wieght; losing wieght; lost wight; losing weigt; lost weigth; loosing weight; loosing wieght; loosing weigth; loosing alot of weight; loosing so much weight; loosing too much weight; loosed weight; lossing weight; lossed weight; losing wait; lost wait
@ weight increased | metabolic
c: weight increased; weight gain; weight gained; weight increase; increased weight; gained weight; gaining weight; gained a lot of weight; gaining a lot of weight; gained too much weight; gained some weight; put on weight; putting on weight; put on a lot of weight; packed on weight; packing on weight; packed on pounds; packing on the pounds; packed on the pounds; gained {like,about,almost,over,nearly,around,close to,more than,at least,} {3,4,5,6,7,8,9,10,12,15,20,25,30,35,40,45,50,60,70,80,100} {pounds,lbs,lb,kg,kilos}; gained {5,10,15,20,25,30,40,50} pounds; gained {5,10,15,20,25,30,40,50} lbs; gained {5,10,15,20,25,30,40,50} lb; gained {2,3,4,5,10,15,20} kg; up {5,10,15,20,25,30,40,50} pounds; up {5,10,15,20,25,30,40,50} lbs; put on {5,10,15,20,25,30,40,50} pounds; put on {5,10,15,20,25,30,40,50} lbs; weight went up; weight is up; weight up; weight keeps going up; weight keeps climbing; weight climbing; weight has gone up; rapid weight gain; sudden weight gain; unexplained weight gain; unintentional weight gain; excessive weight gain; significant weight gain; can't lose weight; can't lose the weight; steroid weight; steroid weight gain; clothes don't fit; clothes are tight; clothes are too tight; pants don't fit; pants are tight; jeans don't fit; had to buy bigger clothes; going up a size; went up a size; went up two sizes; went up 2 sizes; getting fat; got fat; gotten fat; getting bigger; belly is getting bigger; bigger belly; fat belly; gut getting bigger; weight gain around my middle; weight gain in my belly; weight gain in my face; weight gain of {5,10,15,20} pounds; weight gain of {5,10,15,20} lbs
i: blew up like a balloon; ballooned; ballooning; ballooned up; big as a house; freshman 15; pred pounds; pred weight; steroid belly; buffalo hump; moon face and weight gain
a: wt gain; wt. gain; wt gain+; wt increased; wt incr; wt inc; wt up; wt ↑; ↑ wt; ↑wt; wt gain {5,10,15,20} lbs; wt gain {5,10,15,20} lb; wt gain {5,10,15,20}#; +{5,10,15,20} lbs; gained {5,10,15,20}#; up {5,10,15,20}#; wght gain; wgt gain; weight gain+
m: wieght gain; weigth gain; wight gain; weightgain; weight gane; waight gain; gained wieght; gaining wieght; gained weigth; gained wight; gain wieght; gainning weight; gainig weight
@ weight fluctuation | metabolic
c: weight fluctuation; weight fluctuations; weight fluctuating; weight is fluctuating; weight going up and down; weight up and down; weight all over the place; weight changes; weight change; change in weight; changes in weight; abnormal weight change; yo-yo weight
@ dehydration | metabolic
c: dehydration; dehydrated; very dehydrated; so dehydrated; severely dehydrated; really dehydrated; mildly dehydrated; got dehydrated; getting dehydrated; became dehydrated; hypovolemia; hypovolaemia; volume depletion; volume depleted; fluid loss; lost fluids; losing fluids; not drinking enough; can't drink enough; can't keep fluids down and dehydrated; dry and dehydrated; dark urine and dehydrated; urine is dark and i'm thirsty; peeing very little and dark
a: dehyd; dehydr; dehyd.; dehydrated+; vol depleted; vol depletion; hypovol; AKI from dehydration
m: dehidration; dehydratoin; dehyration; dehydation; dehydrayted; dehidrated; dehyrated; dehydrted; dehyrdated; deydrated; deyhdrated; dehydrated's; dehdrated
@ malnutrition | metabolic
c: malnutrition; malnourished; undernourished; undernutrition; nutritional deficiency; poor nutrition; not getting enough nutrition; not getting enough calories; calorie deficit too big; protein malnutrition; failure to thrive and malnourished
@ food craving | metabolic
c: food craving; craving salt; craving salty foods; craving ice; chewing ice; pica; craving dirt; craving chalk; eating ice all the time
@ hypophagia | metabolic
c: hypophagia
@ decreased appetite;weight decreased
c: loss of appetite and weight loss; weight loss and loss of appetite; poor appetite and weight loss; weight loss and poor appetite; decreased appetite and weight loss; weight loss and decreased appetite; not eating and losing weight; anorexia and weight loss; anorexia/weight loss
a: dec appetite/wt loss; poor appetite/wt loss; wt loss/poor appetite; decr appetite & wt loss; ↓appetite/wt loss
@ decreased appetite;nausea
c: no appetite and nauseous; no appetite and nausea; not hungry and nauseous
"""

# Words patients misspell, with the fixed rewrite rules applied to them (no randomness):
# a doubled letter written once, a single consonant doubled, and common sound-alike spellings.
MISSPELLABLE = {
    "nausea": "nausea", "nauseous": "nausea", "nauseated": "nausea", "vomiting": "vomiting", "vomited": "vomiting",
    "diarrhea": "diarrhea", "constipation": "constipation", "constipated": "constipation", "headache": "headache",
    "headaches": "headache", "dizziness": "dizziness", "fatigue": "fatigue", "exhausted": "fatigue",
    "exhaustion": "fatigue", "itching": "pruritus", "itchiness": "pruritus", "swelling": "edema",
    "bloating": "abdominal distension", "heartburn": "dyspepsia", "indigestion": "dyspepsia",
    "insomnia": "insomnia", "anxiety": "anxiety", "depression": "depression", "depressed": "depression",
    "irritability": "irritability", "irritable": "irritability", "migraine": "migraine", "migraines": "migraine",
    "seizure": "seizure", "seizures": "seizure", "tingling": "paresthesia", "numbness": "hypoesthesia",
    "weakness": "asthenia", "lightheaded": "dizziness", "drowsiness": "somnolence", "drowsy": "somnolence",
    "sleepiness": "somnolence", "confusion": "confusional state", "forgetful": "memory impairment",
    "forgetfulness": "memory impairment", "appetite": None, "dehydration": "dehydration", "dehydrated": "dehydration",
    "tremor": "tremor", "tremors": "tremor", "trembling": "tremor", "shivering": "chills", "sweating": "hyperhidrosis",
    "fever": "pyrexia", "feverish": "pyrexia", "rash": None, "hives": "urticaria", "blisters": "blister",
    "bruising": "contusion", "bruises": "contusion", "alopecia": "alopecia", "pruritus": "pruritus",
    "urticaria": "urticaria", "arthralgia": "arthralgia", "myalgia": "myalgia", "stomachache": "abdominal pain",
    "flatulence": "flatulence", "hemorrhoids": "hemorrhoids", "dysphagia": "dysphagia", "stomatitis": "stomatitis",
    "paresthesia": "paresthesia", "neuropathy": "peripheral neuropathy", "vertigo": "vertigo",
    "syncope": "syncope", "fainted": "syncope", "fainting": "syncope", "palpitating": None,
    "hallucinations": "hallucination", "nightmares": "nightmare", "restlessness": "agitation",
    "agitation": "agitation", "lethargic": "fatigue", "lethargy": "fatigue", "malaise": "malaise",
    "chills": "chills", "cramping": "muscle spasms", "spasms": "muscle spasms", "stiffness": "musculoskeletal stiffness",
    "dysgeusia": "dysgeusia", "somnolence": "somnolence", "anorexia": "decreased appetite",
    "sunburn": "sunburn", "photosensitivity": "photosensitivity reaction", "eczema": "eczema",
    "dermatitis": "dermatitis", "erythema": "erythema", "flushing": "flushing", "acne": None,
    "pimples": "acne", "regurgitation": "regurgitation", "belching": "eructation", "retching": "retching",
    "gastritis": "gastritis", "pancreatitis": "pancreatitis", "diverticulitis": "diverticulitis",
    "hematochezia": "hematochezia", "incontinence": None, "paralysis": "paralysis", "convulsions": "seizure",
    "suicidal": "suicidal ideation", "hopelessness": "depressed mood", "sadness": "depressed mood",
    "moodiness": "mood swings", "clumsiness": "ataxia", "grogginess": "somnolence", "disoriented": "confusional state",
    "concentrating": None, "hyperhidrosis": "hyperhidrosis", "tiredness": "fatigue",
}
SOUND_ALIKES = [("ph", "f"), ("ea", "ee"), ("ie", "ei"), ("ei", "ie"), ("ou", "o"), ("tion", "shun"), ("ss", "s"),
                ("gue", "ge"), ("rh", "r"), ("ch", "k"), ("y", "i"), ("ia", "ea"), ("ea", "ia"), ("que", "k")]
CONSONANTS = set("bcdfgklmnprstvz")


def misspellings(word: str) -> set[str]:
    """Deterministic variants: one doubled letter written once, one single consonant doubled, sound-alikes."""
    out: set[str] = set()
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            out.add(word[:i] + word[i + 1 :])
    for i in range(1, len(word) - 1):
        if word[i] in CONSONANTS and word[i - 1] != word[i] and word[i + 1] != word[i]:
            out.add(word[: i + 1] + word[i] + word[i + 1 :])
    for old, new in SOUND_ALIKES:
        if old in word[1:]:  # not the first letters: "chills" -> "kills" is a word, not a misspelling
            out.add(word[0] + word[1:].replace(old, new, 1))
    out.discard(word)
    return {v for v in out if len(v) >= 5}


def add_misspelling_rules() -> None:
    for word, term in sorted(MISSPELLABLE.items()):
        if term is None:
            continue
        for variant in sorted(misspellings(word)):
            if (fold(variant), "i") in MEANING:
                continue  # already a written surface (maybe a real word with another meaning)
            add(variant, term, "misspelling", template=True)

def read_other_curated() -> tuple[dict[str, tuple[str, str, str]], dict[tuple[str, str], str]]:
    """Term definitions and surface meanings in the other curated files (not this script's outputs)."""
    terms: dict[str, tuple[str, str, str]] = {}
    for path in sorted(HERE.glob("event_terms*.tsv")):
        if path == TERMS_OUT:
            continue
        for row in read_tsv(path):
            flags = ";".join(sorted(filter(None, (f.strip() for f in row["flags"].split(";")))))
            terms.setdefault(row["term"].strip().lower(), (row["group"], flags, row["aggravated"].strip().lower()))
    surfaces: dict[tuple[str, str], str] = {}
    for path in sorted(HERE.glob("events*.tsv")):
        if path == EVENTS_OUT:
            continue
        for row in read_tsv(path):
            case = row["case"] or "i"
            surface = fold(row["surface"]) if case == "i" else " ".join(row["surface"].split())
            meaning = ";".join(t.strip().lower() for t in row["terms"].split(";") if t.strip())
            surfaces.setdefault((surface, case), meaning)
    return terms, surfaces


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#") and line.strip()]
    return [{k: (v or "") for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


ALL_VOCAB = (VOCAB_SPECIFIC, VOCAB_SPECIFIC_2, VOCAB_GI, VOCAB_SKIN, VOCAB_SITE, VOCAB_GENERAL, VOCAB_MSK, VOCAB_NEURO,
             VOCAB_PSYCH, VOCAB_APPETITE)


# Verbs around an event word that are not part of its span ("makes me dizzy" -> "dizzy").
FILLER_PREFIXES = ("feel ", "feels ", "feeling ", "felt ", "been ", "had a ", "have a ", "has a ", "having a ",
                   "having ", "got a ", "get ", "gets ", "getting ", "makes me ", "made me ", "making me ")


def longer_than_needed(surface: str, terms: str) -> bool:
    """True when the surface is a filler verb plus a shorter surface with the same meaning."""
    for prefix in FILLER_PREFIXES:
        if surface.startswith(prefix) and MEANING.get((surface[len(prefix) :], "i")) == terms:
            return True
    return False


def build() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str, str]], list[str]]:
    for vocab in ALL_VOCAB:
        for line in vocab.splitlines():
            if line.startswith("@") and "|" in line:
                name = line[1:].split("|")[0].strip()
                add(name, name, "clinical")
    parse_vocab(VOCAB_SPECIFIC)
    parse_vocab(VOCAB_SPECIFIC_2)
    SPECIFIC_KEYS.update(MEANING)
    for vocab in (VOCAB_GI, VOCAB_SKIN, VOCAB_SITE, VOCAB_GENERAL, VOCAB_MSK, VOCAB_NEURO, VOCAB_PSYCH, VOCAB_APPETITE):
        parse_vocab(vocab)
    add_site_templates()
    add_pain_templates()
    add_misspelling_rules()
    notes: list[str] = []
    other_terms, other_surfaces = read_other_curated()
    for term, definition in sorted(TERMS.items()):
        theirs = other_terms.get(term)
        if theirs is not None and theirs != definition:
            notes.append(f"term {term!r}: {definition} here, aligned to another curated file's {theirs}")
            TERMS[term] = theirs
    for term, (_group, _flags, aggravated) in sorted(TERMS.items()):
        if aggravated and aggravated not in TERMS:
            if aggravated not in other_terms:
                raise ValueError(f"term {term!r}: aggravated term {aggravated!r} is not defined")
            TERMS[aggravated] = other_terms[aggravated]
    rows = []
    dropped = 0
    for key, row in sorted(ROWS.items()):
        if key[1] == "i" and longer_than_needed(key[0], row[1]):
            continue
        for term in row[1].split(";"):
            if term not in TERMS:
                raise ValueError(f"surface {row[0]!r}: term {term!r} is not defined")
        theirs = other_surfaces.get(key)
        if theirs is not None and theirs != row[1]:
            dropped += 1
            continue
        rows.append(row)
    notes.append(f"{dropped} surfaces left out: another curated events*.tsv gives them other terms")
    rows.sort(key=lambda r: (fold(r[0]), r[3], r[0], r[1]))
    terms = sorted((t, *d) for t, d in TERMS.items())
    return rows, terms, notes


def write(rows: list[tuple[str, str, str, str]], terms: list[tuple[str, str, str, str]]) -> None:
    header = "# generated by generate_events_a.py; edit the script, not this file\n"
    with EVENTS_OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(header + "surface\tterms\tregister\tcase\n")
        out.writelines("\t".join(row) + "\n" for row in rows)
    with TERMS_OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(header + "term\tgroup\tflags\taggravated\n")
        out.writelines("\t".join(row) + "\n" for row in terms)


def main() -> int:
    rows, terms, notes = build()
    for problem in PROBLEMS:
        print(f"problem: {problem}", file=sys.stderr)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    write(rows, terms)
    used = {t for row in rows for t in row[1].split(";")}
    print(f"{len(rows)} surfaces, {len(used)} event terms used, {len(terms)} defined")
    return 1 if PROBLEMS and "--strict" in sys.argv else 0


if __name__ == "__main__":
    raise SystemExit(main())
