"""Generate pvflag's curated core AE vocabulary: the adverse events PSP hubs hear
most (GI, general, skin and hair, injection site, neuro, psych, musculoskeletal,
weight and glucose, common eye complaints).

Written for pvflag by hand; no licensed terminology (MedDRA, CHV, SIDER,
ADRMine, ...) was copied. Stdlib only and deterministic: run it, commit both
outputs.

    python lexicons/curated/generate_events_core.py

writes ``events_core.tsv`` (surface, terms, register, case) and
``event_terms_core.tsv`` (term, group, flags, aggravated) next to this file.

Vocabulary line format (``VOCAB`` below):

    @ term | group | flags      a block defining one event term
    @ term1;term2               a block of surfaces naming two events (N/V)
    c: ...  l: ...  i: ...      one line per register: c clinical, l lay,
    a: ...  m: ...              i idiom, a abbrev, m misspelling

Items are ``;``-separated, ``{a,b,}`` expands to alternatives, a trailing ``!``
makes the surface case-sensitive. Surfaces with an apostrophe also get the form
without it ("can't" -> "cant"). Templates then add body part x pain phrasings
and injection site x finding phrasings.

Terms that other curated files (``event_terms_b.tsv``, ...) define are defined
here identically (the build fails on different definitions); the generator
checks this, and fails when a surface here means something else in another
curated ``events*.tsv``.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS_OUT = HERE / "events_core.tsv"
TERMS_OUT = HERE / "event_terms_core.tsv"
REGISTERS = {"c": "clinical", "l": "lay", "i": "idiom", "a": "abbrev", "m": "misspelling"}
GROUPS = {
    "gi", "skin", "injection_site", "general", "pain", "musculoskeletal", "neuro", "psych", "sleep",
    "respiratory", "cardiac", "vascular", "eye", "ear", "renal", "hepatic", "blood", "immune",
    "infection", "metabolic", "endocrine", "reproductive", "sexual", "pregnancy", "neoplasm",
    "injury", "lab", "disease", "death", "nonspecific",
}
FLAGS = {"ime", "life_threatening", "death", "congenital", "disease", "generic"}
# Register kept when the same surface is written twice for the same terms.
REGISTER_RANK = ["clinical", "abbrev", "lay", "idiom", "misspelling"]
# Ordinary words with common non-medical senses: never a case-insensitive surface alone.
STOP_SURFACES = {
    "down", "sick", "cold", "fit", "fits", "fall", "falls", "low", "high", "red", "hot", "hard", "dry",
    "pink", "off", "run", "runs", "gas", "blue", "weak", "sore", "spot", "bump", "lump", "knot", "heat",
    "warm", "burn", "burns", "loc", "si", "ha", "has", "d", "n", "v", "bad", "crappy", "awful",
}

TERMS: dict[str, tuple[str, str, str]] = {}
ROWS: dict[tuple[str, str], tuple[str, str, str, str]] = {}
MEANING: dict[tuple[str, str], str] = {}
PROBLEMS: list[str] = []


def fold(text: str) -> str:
    """The matcher's view of a case-insensitive surface: lower-case, accents folded."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def expand(pattern: str) -> list[str]:
    """Brace expansion: ``"rash{,es}"`` -> ``["rash", "rashes"]``."""
    parts = re.split(r"(\{[^{}]*\})", pattern)
    choices = [p[1:-1].split(",") if p.startswith("{") else [p] for p in parts]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]


def define(term: str, group: str, flags: str = "", aggravated: str = "") -> None:
    if group not in GROUPS:
        raise ValueError(f"term {term!r}: group {group!r} is not one of {sorted(GROUPS)}")
    for flag in filter(None, flags.split(";")):
        if flag not in FLAGS:
            raise ValueError(f"term {term!r}: flag {flag!r} is not one of {sorted(FLAGS)}")
    entry = (group, flags, aggravated)
    if TERMS.setdefault(term, entry) != entry:
        raise ValueError(f"term {term!r} defined twice: {TERMS[term]} and {entry}")


def add(surface: str, terms: str, register: str, case: str = "i", template: bool = False) -> None:
    """Add one row; one surface has one meaning (a template loses to a hand-written row)."""
    surface = " ".join(surface.split())
    forms = [surface] + ([surface.replace("'", "")] if "'" in surface else [])
    for form in forms:
        key = (fold(form), "i") if case == "i" else (form, "s")
        if case == "i" and key[0] in STOP_SURFACES:
            PROBLEMS.append(f"{form!r} is an ordinary word; write it case-sensitive or in a phrase")
            continue
        if MEANING.setdefault(key, terms) != terms:
            if not template:
                PROBLEMS.append(f"surface {form!r} means {MEANING[key]!r} and {terms!r}")
            continue
        prior = ROWS.get(key)
        if prior and REGISTER_RANK.index(prior[2]) <= REGISTER_RANK.index(register):
            continue
        ROWS[key] = (form, terms, register, case)


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
                define(terms, fields[1], fields[2] if len(fields) > 2 else "", fields[3] if len(fields) > 3 else "")
            continue
        code, _, items = line.partition(":")
        if code not in REGISTERS or not terms:
            raise ValueError(f"VOCAB line {lineno}: expected '@ term' or one of {sorted(REGISTERS)}: got {raw!r}")
        for item in items.split(";"):
            item = item.strip()
            if item:
                case = "s" if item.endswith("!") else "i"
                for surface in expand(item.rstrip("!")):
                    add(surface, terms, REGISTERS[code], case)


VOCAB = ""

# ---------------------------------------------------------------- GI
VOCAB += """
@ nausea | gi
c: nausea; nauseous; nauseated; nauseousness; queasiness; queasy; persistent nausea; severe nausea; mild nausea; nausea all day; morning nausea; nauseating
l: sick to {my,her,his,their} stomach; {felt,feel,feels,feeling,was,is,get,gets,got,getting} sick to {my,her,his,their} stomach; {felt,feel,feels,feeling} {sick,sickly,pukey,pukish} ; {felt,feel,feels,feeling} like {throwing up,i'm going to throw up,i was going to throw up,i'm gonna throw up,i might throw up,puking,vomiting}; stomach is {turning,rolling,churning}; {my,her,his} stomach {turns,turned,was turning}; wanting to throw up; want to throw up; felt like vomiting; {woozy,icky} stomach; urge to vomit; urge to throw up; green around the gills; {nauseous,queasy} {all day,every morning,after the shot,after the injection}
i: {stomach,tummy} {flip-flops,is doing flips,doing flips}; {feel,felt} green; could barely keep from throwing up
m: nausia; nausea; nauesa; nausa; nasuea; nausae; nausia; nauseus; nausious; naseous; nauseos; nausous; nauseas; nauseaus; nasious; nausiated; nauseted; nautious; nauscious; nauceous; nausiousness; quesy; queezy; queesy; quezy
@ vomiting | gi
c: vomiting; vomited; vomit; vomits; emesis; vomiting episodes; episodes of vomiting; projectile vomiting; persistent vomiting
l: throwing up; threw up; throw up; throws up; thrown up; been throwing up; keeps throwing up; kept throwing up; puking; puked; puke; pukes; puking up; barfing; barfed; barf; hurling; hurled; upchucking; upchucked; {cant,can't,couldn't,couldnt,could not,cannot} keep {food,anything,nothing,any food,water,fluids,liquids,it} down; not keeping {food,anything,fluids,liquids} down; {couldnt,couldn't,cant,can't} hold {food,anything} down; {everything,all} {i eat,she eats,he eats,i ate} comes {back up,right back up}; brought {it,everything,up everything} back up; was sick {all night,all day}
i: praying to the porcelain god; hugging the toilet; {tossed,tossing,toss} {my,her,his} cookies; lost {my,her,his} lunch; {tossing,tossed} up everything
m: vomitting; vomitted; vommiting; vomiteing; vometing; vomting; vomitin; vomitng; vommit; vomitted up; throwin up; thowing up; throughing up; threw-up; trowing up; pukeing; pukin
@ retching | gi
c: retching; retched; dry heaves; dry heaving; dry-heaving; gagging; gagged
l: heaving; heaves; dry heaved
@ nausea;vomiting
c: nausea and vomiting; nausea/vomiting; nausea & vomiting; nausea, vomiting; vomiting and nausea; nausea with vomiting
a: N/V!; n/v!; N&V!; n&v!; N+V!; NV!; N/V's!; NVx!; N & V!
l: {sick to my stomach,nauseous,queasy} and {threw up,throwing up,vomiting,puking}
@ nausea;vomiting;diarrhea
c: nausea, vomiting and diarrhea; nausea, vomiting, diarrhea; nausea vomiting diarrhea; nausea/vomiting/diarrhea; nausea, vomiting, and diarrhea
a: N/V/D!; n/v/d!; NVD!; N/V/D's!; N,V,D!; N/V/Dx!
@ nausea;diarrhea
c: nausea and diarrhea; nausea/diarrhea; diarrhea and nausea
a: N/D!; n/d!
@ vomiting;diarrhea
c: vomiting and diarrhea; vomiting/diarrhea; diarrhea and vomiting; diarrhea/vomiting
a: V/D!; v/d!
l: throwing up and diarrhea; puking and diarrhea
i: coming out both ends; coming out of both ends
@ diarrhea | gi
c: diarrhea; diarrhoea; diarrheal; watery diarrhea; watery stools; watery stool; loose stools; loose stool; frequent stools; frequent loose stools; loose bowel movements; loose bowels; liquid stools; liquid stool; diarrhea episodes; loose BMs; loose BM; watery BMs; watery BM
l: the runs; the trots; the squirts; squirts; running to the bathroom; running to the toilet; {cant,can't} stay off the toilet; stuck on the toilet; on the toilet all day; {my,her,his} stomach is running; bathroom issues; bathroom problems; going to the bathroom {a lot,all the time,constantly,every hour,nonstop}; poop is {watery,runny,liquid}; runny poop; runny stool; runny stools; watery poop; explosive diarrhea; {had,have,having,got} diarrhea
i: {like water,pure water} coming out; montezuma's revenge; the hershey squirts
m: diarhea; diarrea; diarreha; diarhhea; diareah; diarreah; diahrrea; diahrea; diarrhea; diarrheah; diarreea; dihareah; diarhoea; diarrohea; diarrohea; diarheah; diarrhia; dierrhea; direah; diarea; diarreaha; diareha; dairrhea; diaherra; diahreea; diarrah
@ constipation | gi
c: constipation; constipated; hard stools; hard stool; infrequent bowel movements; difficulty passing stool; straining with bowel movements
l: backed up; {cant,can't,couldn't,couldnt,cannot} go {to the bathroom,number two,#2}; {havent,haven't,hasnt,hasn't,hadn't,hadnt} {gone,pooped,had a bowel movement,had a BM,gone to the bathroom,been able to go} in {days,a few days,a week,two days,three days,four days,five days,2 days,3 days,4 days,5 days}; no {BM,bowel movement,bowel movements} in {days,a week,3 days,4 days,5 days}; {hard,difficult,tough} to {poop,go}; {cant,can't} poop; {cant,can't} have a {BM,bowel movement}; all bound up; bound up; stopped up; plugged up
m: constapation; constipaton; consipation; constapated; constipted; consipated; constiption; constepation; constpated; constupation; cosntipation
@ abdominal pain | gi
c: abdominal pain; abdominal cramps; abdominal cramping; abdominal pains; stomach pain; stomach pains; stomach cramps; stomach cramping; belly pain; belly pains; belly cramps; tummy pain; tummy pains; tummy cramps; gut pain; abdo pain; abdomen pain; pain in the abdomen; pain in {my,her,his} stomach; pain in {my,her,his} belly; pain in the stomach; pain in the belly; stomach ache; stomach aches; stomachache; stomachaches; tummy ache; tummy aches; tummyache; belly ache; bellyache; belly aches; cramping in {my,her,his} stomach; gut cramps; intestinal cramps
a: abd pain; abd cramping; abd cramps; abdo cramps; ABD pain; abd pn; abd px; abd. pain
l: {my,her,his} stomach hurts; {my,her,his} belly hurts; {my,her,his} tummy hurts; stomach hurts; stomach hurt; stomach hurting; stomach was hurting; belly hurts; belly hurting; tummy hurts; tummy hurting; stomach is killing {me,her,him}; stomach was killing {me,her,him}; stomach {is,was} sore; sore stomach; sore belly; gut hurts; {gut,stomach} {is,was} cramping; crampy stomach; crampy belly; crampy; {sharp,stabbing,bad} pains in {my,her,his} stomach
i: {stomach,belly,gut} {feels,felt} like {it's,its} being stabbed; {stomach,gut} in knots; {stomach,gut} tied in knots
m: abdominal pian; abdomnal pain; abdominal pain; abdomial pain; adominal pain; abdominle pain; stomache ache; stomache pain; stomache; stomachache; stomacheache; stomach ach; stomack ache; stomac pain; stomache cramps; tummy ach; belly ach; stomache hurts
@ abdominal pain upper | gi
c: upper abdominal pain; epigastric pain; pain in the upper abdomen; upper stomach pain; pain under {my,her,his} ribs
a: epigastric pn; RUQ pain; LUQ pain; ruq pain; luq pain
@ abdominal pain lower | gi
c: lower abdominal pain; pain in the lower abdomen; lower stomach pain; lower belly pain; pelvic cramping
a: LLQ pain; RLQ pain; llq pain; rlq pain
@ abdominal discomfort | gi
c: abdominal discomfort; stomach discomfort; gastric discomfort; GI discomfort; GI upset; gastrointestinal upset; GI distress; gastrointestinal distress; GI issues; GI problems; GI symptoms; GI side effects; GI complaints; stomach upset; upset stomach; gastric upset
a: GI sx; GI s/e; GI SEs; gi upset
l: {tummy,belly} {trouble,troubles,issues,problems}; stomach {trouble,troubles,issues,problems}; stomach {is,was} upset; upsets {my,her,his} stomach; upset {my,her,his} stomach; {my,her,his} stomach {is,was} off; stomach {isn't,isnt,wasn't,wasnt} right; stomach {feels,felt} {funny,weird,off,bad,yucky,icky}; tummy {feels,felt} {funny,weird,off,bad,yucky}; {tummy,belly} upset; upset tummy; upset belly; iffy stomach; unsettled stomach; stomach {is,was} unsettled; {stomach,tummy} {bothering,bothers,bothered} {me,her,him}; rumbly stomach
m: stomache upset; upset stomache; upset stomack; abdominal discomfert; stomach discomfert
@ dyspepsia | gi
c: dyspepsia; indigestion; heartburn; heart burn; acid indigestion; sour stomach; acid stomach; epigastric burning; burning in {my,her,his} stomach
l: {stomach,chest} {is,was} burning; {burning,burns} in {my,her,his} chest after eating; food {sits,sat} like a rock; acid in {my,her,his} throat
m: dispepsia; dyspepsa; heartburns; hartburn; heart-burn; indegestion; indigestian; indijestion
@ gastroesophageal reflux disease | gi
c: gastroesophageal reflux; acid reflux; reflux; reflux symptoms; GERD symptoms; GORD
a: GERD!; gerd; GERD flare
l: acid coming up; acid {keeps,kept} coming up; stuff coming back up; food coming back up; {regurgitating,regurgitated} food; regurgitation
m: acid reflex; reflux; acid refluks; refluxs
@ abdominal distension | gi
c: bloating; bloated; bloatedness; abdominal bloating; abdominal distension; abdominal distention; distended abdomen; distended belly; stomach bloating
l: {belly,stomach,tummy} {is,was,feels,felt,got} {swollen,bloated,puffed up,distended,huge,tight like a drum}; swollen {belly,stomach,tummy}; bloated {belly,stomach,tummy}; {belly,stomach} {swelling,swells,swelled} up; puffy belly; gassy and bloated
m: bloted; blaoting; bloatting; bloatted; bloting; boated
@ flatulence | gi
c: flatulence; flatus; excessive gas; gassiness; gassy; gas pains; gas pain; intestinal gas; lots of gas; a lot of gas; passing gas; passing a lot of gas; increased gas; gas and bloating; bloating and gas
l: farting; farting a lot; farts; tooting; tooting a lot; gas build up; {bad,terrible,horrible,really bad} gas; {so,very,really} gassy
m: flatulance; flatulents; flatulance; gasy; gasiness
@ eructation | gi
c: eructation; belching; belched; excessive belching; burping; burps; burping a lot; sulfur burps; sulphur burps; eggy burps
m: burbing; belchin
@ decreased appetite | metabolic
c: decreased appetite; reduced appetite; poor appetite; loss of appetite; appetite loss; anorexia; appetite decreased; lack of appetite; diminished appetite; low appetite; appetite suppression; suppressed appetite
l: no appetite; not hungry; never hungry; not eating; not eating much; hardly eating; barely eating; {lost,losing} {my,her,his,their} appetite; lost appetite; {don't,dont,doesn't,doesnt,didn't,didnt} feel like eating; {don't,dont,doesnt,doesn't} want to eat; {has,have,had} no appetite; {can't,cant,couldn't,couldnt} eat; appetite {is,has been,was} {gone,down,poor,off,bad,nonexistent,not there}; appetite went away; appetite {dropped,decreased,went down}; food {doesn't,doesnt,didn't,didnt} appeal to {me,her,him}; {can't,cant} even look at food; {can't,cant} stomach food; eating {less,a lot less,very little}; forcing {myself,herself,himself} to eat; {has,have} to force {myself,herself,himself} to eat
m: apetite loss; no apetite; lost my apetite; decreased apetite; poor apetite; loss of apetite; appetitie; appitite loss; no appitite
@ increased appetite | metabolic
c: increased appetite; appetite increased; excessive hunger; hyperphagia
l: always hungry; hungry all the time; constantly hungry; starving all the time; eating more; {can't,cant} stop eating; appetite {went up,is up,increased}; more hungry than usual; the munchies
@ dehydration | metabolic
c: dehydration; dehydrated; volume depletion; hypovolemia; fluid loss
l: {dry,dried} out; {got,was,is,became} dehydrated; {needed,got,given,received} IV fluids; {needed,got} fluids; {low,not enough} fluids
m: dehydation; dehyrated; dehydraded; dehidrated; dehidration; dehyration; dyhydrated
@ hematochezia | gi
c: hematochezia; haematochezia; bloody stool; bloody stools; blood in stool; blood in stools; blood in the stool; blood in {my,her,his} stool; blood in {my,her,his} stools; bloody bowel movements; bloody bowel movement; bloody diarrhea; rectal bleeding; blood with bowel movements; bright red blood per rectum
a: BRBPR!; brbpr; bloody BMs; bloody BM; blood in BM; blood in BMs; bloody BMS
l: blood in {my,her,his} poop; bloody poop; blood when {i,she,he} {wipe,wiped,poop,pooped}; blood on the toilet paper; blood in the toilet; {pooping,passing} blood; bleeding from {my,her,his} bottom; bleeding from the rectum
m: hematochesia; hemotochezia; hematocheszia; bloody stoles; blood in stoll
@ melena | gi
c: melena; melaena; black stools; black stool; tarry stools; tarry stool; black tarry stools; black tarry stool; dark tarry stools
l: black poop; poop is black; stool is black; stools are black
@ hematemesis | gi
c: hematemesis; haematemesis; vomiting blood; vomited blood; bloody vomit; blood in vomit; coffee ground emesis; coffee-ground emesis; coffee ground vomit
l: throwing up blood; threw up blood; puking blood; puked blood
@ dysphagia | gi
c: dysphagia; difficulty swallowing; trouble swallowing; swallowing difficulty; swallowing difficulties; painful swallowing; odynophagia; difficulty in swallowing
l: {hard,painful,tough} to swallow; {can't,cant,couldn't,couldnt,cannot} swallow; food {gets,got,getting} stuck; food sticking in {my,her,his} throat; {pills,food} {get,gets} stuck in {my,her,his} throat; problems swallowing; problem swallowing; issues swallowing; it hurts to swallow; hurts to swallow
m: dysphagea; disphagia; dysphasia swallowing; dyspagia; difficulty swalowing; trouble swalowing
@ stomatitis | gi
c: stomatitis; mucositis; oral mucositis; aphthous stomatitis; oral inflammation; sore mouth; mouth inflammation; inflamed mouth; mouth is sore; mouth is raw; raw mouth
l: {my,her,his} mouth {is,was} {sore,raw,on fire,burning,all torn up}; mouth hurts; mouth {is,was} killing {me,her,him}
m: stomititis; stomatits; mucocitis; mucusitis; mucositus; mucosites
@ mouth ulceration | gi
c: mouth ulceration; mouth ulcer; mouth ulcers; mouth sore; mouth sores; oral ulcer; oral ulcers; oral ulceration; oral sores; oral sore; aphthous ulcer; aphthous ulcers; canker sore; canker sores; ulcers in {my,her,his} mouth; sores in {my,her,his} mouth; sores in the mouth; ulcers in the mouth; sores on {my,her,his} tongue; tongue sores; sores inside {my,her,his} cheeks; blisters in {my,her,his} mouth
m: canker sores; cankor sores; canker soars; mouth soars; mouth sors; mouth ulsers; mouth ulcars
@ dry mouth | gi
c: dry mouth; xerostomia; mouth dryness; oral dryness
l: {mouth,mouth is,mouth was} {so,very,really,super} dry; cotton mouth; cottonmouth; mouth {feels,felt} like cotton; {my,her,his} mouth {is,was} dry
m: xerostemia; dry mouht
@ toothache | gi
c: toothache; tooth ache; tooth pain; dental pain; toothaches
l: {my,her,his} {tooth,teeth} {hurt,hurts,are hurting,is hurting,ache}; teeth hurt; tooth hurts
@ oral pain | gi
c: oral pain; mouth pain; pain in {my,her,his} mouth; pain in the mouth; gum pain; sore gums; gums hurt; gums are sore; tongue pain; sore tongue; tongue is sore; tongue hurts; burning tongue; burning mouth
@ gingival bleeding | gi
c: gingival bleeding; bleeding gums; gums bleeding; gums bleed; gum bleeding
l: gums {bleed,bled} when {i,she,he} {brush,brushed}; blood when {i,she,he} {brush,brushed} {my,her,his} teeth
@ cheilitis | gi
c: cheilitis; chapped lips; cracked lips; dry lips; lips dry; lips are dry; lips peeling; peeling lips; split lips; lips cracking; angular cheilitis; sores at the corners of {my,her,his} mouth; cracks at the corners of {my,her,his} mouth
m: cheilites; chelitis; chapped lipps
@ hiccups | respiratory
c: hiccups; hiccoughs; hiccuping; hiccupping; persistent hiccups
m: hickups; hicups; hiccoughs
@ hemorrhoids | gi
c: hemorrhoids; haemorrhoids; hemorrhoid; hemorrhoid flare; bleeding hemorrhoids
m: hemroids; hemmoroids; hemorroids; hemmorhoids; hemeroids; hemmroids
@ frequent bowel movements | gi
c: frequent bowel movements; increased bowel movements; increased stool frequency; bowel urgency; urgency to have a bowel movement; more bowel movements
a: frequent BMs; increased BMs; more BMs; more frequent BMs
l: going {more often,more than usual} {to the bathroom,}; pooping {a lot,more,all the time,more often}; {having,has} to rush to the bathroom
@ fecal incontinence | gi
c: fecal incontinence; faecal incontinence; bowel incontinence; anal incontinence; fecal leakage
l: {had,have,has,having} {accidents,an accident} in {my,her,his} pants; {pooped,soiled} {myself,herself,himself,my pants,her pants,his pants}; {couldn't,couldnt,can't,cant} make it to the bathroom; {couldn't,couldnt,can't,cant} hold it in
@ anal pruritus | gi
c: anal pruritus; anal itching; itchy bottom; itchy butt; itchy anus; rectal itching; pruritus ani
@ proctalgia | gi
c: proctalgia; rectal pain; anal pain; pain in {my,her,his} bottom; sore bottom; sore bum; {butt,bottom} hurts; painful bowel movements; painful BMs; pain with bowel movements
@ gastritis | gi
c: gastritis; stomach inflammation; inflamed stomach; stomach lining inflamed
m: gastritus; gastrites
"""

# ---------------------------------------------------------------- general
VOCAB += """
@ fatigue | general
c: fatigue; fatigued; fatigability; tiredness; tired; exhaustion; exhausted; extreme fatigue; severe fatigue; extreme tiredness; chronic fatigue; lack of energy; loss of energy; low energy; decreased energy; reduced energy; energy loss; feeling tired; feeling run down; feeling rundown; feeling run-down; worn out; worn-out; wiped out; wiped-out; drained; lethargic; no energy; zero energy; no stamina; lack of stamina; decreased stamina; decreased energy levels
l: {so,very,really,super,always,extremely,just,more,constantly} tired; tired all the time; tired all day; tired constantly; {so,very,really,completely,totally} exhausted; {so,very,really,completely,totally} wiped out; {so,very,really,completely,totally} drained; {so,very,really,completely,totally} worn out; no energy {at all,whatsoever}; {has,have,had} no energy; {doesn't,doesnt,don't,dont,didn't,didnt} have any energy; energy {is,was} {low,gone,zapped,shot,nonexistent}; {zapped,zaps,zapping} {my,her,his,all my,all her,all his} energy; {can't,cant,couldn't,couldnt} get out of bed; {can't,cant} get off the couch; sleeping all day; wants to sleep all day; no get up and go; pooped out; {feel,felt,feels,feeling} {pooped,beat,bushed,dragging,draggy}; {feeling,feel,feels,felt} {sluggish,drained,wiped,wiped out,worn out,run down,spent,zonked}; tuckered out; running on empty; tired out; tiredness all day; wears {me,her,him} out; {knocks,knocked} {me,her,him} out for {days,a day,two days}
i: {felt,feel,feels,feeling} like {i,she,he} {got,was} hit by a {truck,bus,train,mack truck}; hit by a truck; {like,feels like} a zombie; dead on {my,her,his} feet; bone tired; bone-tired; dog tired; dog-tired; {no,zero} gas in the tank; running on fumes
m: fatige; fatigue; fatigu; fatique; fatiuge; fatgue; fatiege; fatiuge; fatigueness; fatiqued; fatigured; fatigue'd; fatigeu; tierd; tird; tiered all the time; exausted; exhausted; exaughsted; exhasted; exausting; exaustion; exhaustian; tiredeness; tierdness
@ asthenia | general
c: asthenia; weakness; generalized weakness; generalised weakness; general weakness; feeling weak; weakened; debility; physical weakness; body weakness; loss of strength; lack of strength; no strength
l: {so,very,really,super,extremely} weak; weak all over; {felt,feel,feels,feeling} weak; weak and tired; tired and weak; weak as a kitten; {no,zero} strength; {lost,losing} {my,her,his} strength; {body,whole body} {feels,felt} weak; {legs,arms} {feel,felt} like jelly; weak in the knees; weakish; weak feeling
m: asthenia; astenia; asthenya; weekness; weaknes; weakeness; feeling week; so week
@ malaise | general
c: malaise; general malaise; generally unwell; feeling unwell; unwell; indisposition
l: not feeling well; {not,didn't,didnt,don't,dont,doesn't,doesnt} feel {well,good,right,great}; {feeling,feel,feels,felt} {crappy,awful,terrible,horrible,lousy,yucky,icky,crummy,off,rotten,miserable,cruddy,blah,poorly,ill}; {just,really,so} {feel,felt} {awful,terrible,horrible,lousy,crappy}; feels like garbage; feel like garbage; felt like garbage; {feel,felt,feels} like crap; {feel,felt,feels} like death; {feel,felt,feels} like death warmed over; under the weather; out of sorts; not {myself,herself,himself}; {feeling,feel} {off,not right}; just {off,not right}; {felt,feel,feels} like {garbage,trash,dirt,poop,junk}; sick feeling; sickly feeling; overall feeling of being unwell
@ feeling abnormal | general
c: feeling abnormal; feeling strange; feeling weird; feeling funny; abnormal feeling
l: {feel,felt,feels} {weird,strange,funny,odd,out of it,spacey,spaced out,foggy,loopy,high,drunk,floaty,detached}; out of it; spaced out; spacey; loopy; {feel,felt,feels} like {i'm,im,she's,he's,i was,she was,he was} {drunk,high,in a fog}
@ pyrexia | general
c: pyrexia; fever; fevers; febrile; feverish; high fever; low grade fever; low-grade fever; lowgrade fever; spiking fever; fever spikes; fever spike; elevated temperature; raised temperature; high temperature; temperature elevation; febrile episode; febrile episodes
a: temp 100; temp 100.4; temp 100.5; temp 101; temp 102; temp 103; temp of 100; temp of 100.4; temp of 101; temp of 102; temp of 103; temp 38; temp 38.5; temp 39; temp 40; T 101!; T 102!; T 38.5!; T 39!; Tmax 101; Tmax 102; Tmax 103; fever of 100; fever of 101; fever of 102; fever of 103; fever of 104; low grade temp; febrile to 101; febrile to 102; febrile to 39; temp of 38; temp of 39; temp of 40; temp was 101; temp was 102; temp was 103; temp up; spiked a temp; spiked a fever; spiking temps
l: running a fever; ran a fever; running a temp; ran a temp; {had,has,have,got,having} a fever; {had,has,have,got,having} a temperature; {had,has,have,got,having} a temp; {had,has,have,got,having} fevers; {has,had,have} temps; {spiked,spiking} {a fever,a temperature,fevers}; burning up; {was,is,felt,feels,feeling} hot to the touch; {she's,he's,i'm,i was,she was,he was} burning up; {feverish,fevery} {feeling,all night,and achy}; {temperature,temp} {went up,was up,is up,spiked,of 101,of 102}; temperature of {100,100.4,101,102,103,104,38,39,40}; burning with fever
m: feaver; fevor; fevar; fever; feaverish; feverishness; fevers; feverrish; feverisch; pyrexia; pyrexa; phever; fevere; tempature; temprature of 101; temperture
@ chills | general
c: chills; rigors; rigor; shaking chills; chills and fever; fever and chills; cold chills; chilled; chilly; shivering; shivers; shivered; the shivers; teeth chattering
l: {felt,feel,feels,feeling} {chilled,cold all over}; {shaking,shook} all over; {couldn't,couldnt,can't,cant} get warm; {shivering,shaking} uncontrollably; goosebumps and shaking; {had,has,have,got} the chills; {had,has,have,got} chills; chills all night; cold sweats and chills
m: chils; chilles; chillls; rigours; riggors; shivvering
@ influenza like illness | general
c: influenza like illness; influenza-like illness; influenza like symptoms; influenza-like symptoms; flu-like symptoms; flu like symptoms; flu-like illness; flu like illness; flulike symptoms; flu-like syndrome; flu like syndrome; flu symptoms
a: ILI!; flu like sx; flu-like sx; flu sx; flu like sxs; flulike sx
l: felt like {i had,i have,i got} the flu; {feel,feels,felt,feeling} like {i have,i had,i've got,she has,he has,she had,he had,it's,it was} the flu; {feel,feels,felt,feeling} flu-ish; {feel,feels,felt,feeling} fluish; fluey; flu-ey; like the flu; like a flu; flu feeling; achy and feverish; achy and fluish; {feel,feels,felt,feeling} {achy,sick} like the flu; {like,similar to} having the flu; post-injection flu; post injection flu; shot flu
m: flu-like symptons; flu like symptons; flu like sympoms; flu-like symtoms; flulike symtoms; flue like symptoms; flue-like symptoms; flu like symtoms
@ peripheral swelling | general
c: peripheral swelling; swollen ankles; ankle swelling; swelling of the ankles; swollen feet; foot swelling; feet swelling; swelling in {my,her,his} feet; swelling in {my,her,his} ankles; swelling in {my,her,his} legs; swollen legs; leg swelling; legs swelling; swelling of the legs; swelling in the legs; swollen hands; hand swelling; hands swelling; swelling in {my,her,his} hands; swollen fingers; fingers swelling; swollen toes; swelling in {my,her,his} lower legs; swollen lower legs; swollen calves
l: {ankles,feet,legs,hands,fingers} {are,were,got,getting,have been} {swollen,puffy,fat,huge,like balloons,swelling}; {ankles,feet,legs,hands,fingers} {swelled,swelled up,swell,swell up,swelling up,puffed up,blew up}; puffy {ankles,feet,legs,hands,fingers}; cankles; {can't,cant,couldn't,couldnt} get {my,her,his} {shoes,rings} {on,off}; rings {are,were,got} tight; shoes {are,were,got} tight; sock marks on {my,her,his} legs
m: swolen ankles; swolen feet; swolen legs; sollen ankles; swollin feet
@ peripheral edema | general
c: peripheral edema; peripheral oedema; edema of the legs; leg edema; lower extremity edema; lower leg edema; pedal edema; ankle edema; foot edema; pitting edema; bilateral lower extremity edema; dependent edema
a: LE edema; BLE edema; bilat LE edema; pedal edema noted
m: peripheral edma; pedal edemia; leg edemia
@ edema | general
c: edema; oedema; fluid retention; water retention; retaining fluid; retaining water; swelling all over; generalized swelling; generalised edema; generalized edema; anasarca; puffiness
l: {holding,holding on to,retaining} {water,fluid}; {puffy,swollen} all over; puffed up; {body,whole body} {is,was} swollen
m: edemia; eddema; odema; edima; swelling all ovr
@ swelling face | general
c: swelling face; face swelling; facial swelling; swollen face; face swollen; facial edema; face edema; facial puffiness; puffy face; moon face; moon facies; periorbital swelling; periorbital edema; puffy eyes; swollen eyelids; eyelid swelling; eyelids swollen
l: {face,face is,face was} {swollen,puffy,puffed up,all puffed up,swelled up,blown up}; face {swelled,swelled up,swelling up,puffed up,blew up}
@ pain | general
c: pain; pains; aches and pains; generalized pain; generalised pain; body pain; pain all over; pain everywhere; widespread pain; hurting all over; hurts all over; aches all over; sore all over; soreness all over; achy all over; chronic pain; severe pain
l: {everything,my whole body,her whole body,his whole body} hurts; {in,having,has,had,have} so much pain; in a lot of pain; {was,is,been} in pain; hurting everywhere; {lots,a lot} of pain
m: pian; paine; pain's; sore al over
@ night sweats | skin
c: night sweats; night sweating; nocturnal sweating; nocturnal hyperhidrosis; sweats at night; sweating at night; night-time sweating; nighttime sweating
l: {waking,woke,wakes,waking up,woke up,wakes up} {drenched,soaked,soaking wet,in a puddle,sweaty,covered in sweat,in a pool of sweat}; {soaking,soaked,drenching,drenched} the {sheets,bed}; sheets {are,were} soaked; sweating through the sheets; drenching sweats; drenching night sweats; the sweats at night
m: nite sweats; night sweets; nightsweats; night-sweats
@ hyperhidrosis | skin
c: hyperhidrosis; excessive sweating; sweating; sweatiness; increased sweating; profuse sweating; diaphoresis; diaphoretic; sweating a lot; sweaty; sweats; the sweats
l: sweating {like crazy,like a pig,buckets,all the time,profusely,so much}; {pouring,dripping} sweat; {drenched,soaked} in sweat; sweating {more,more than usual}; clammy and sweaty; sweaty and clammy; {so,very,really} sweaty
m: hyperhydrosis; hyperhydrosis; diaforesis; diaphoresus; swetting; sweeting; sweatting
@ cold sweat | skin
c: cold sweat; cold sweats; clammy; clammy skin; cold and clammy; cold clammy skin; broke out in a cold sweat; breaking out in a cold sweat
m: clamy; clammie
@ feeling hot | general
c: feeling hot; feeling of body temperature change; feeling warm; body feels hot; feeling overheated; overheated; heat intolerance
l: {felt,feel,feels,feeling} {hot,warm,overheated,very warm,really warm,so hot,hot all over,warm all over,flushed and hot}; {felt,feel,feels,feeling} like {i'm,im,i was,she was,he was,she's,he's} on fire; {body,skin} {felt,feels,feel} hot; {can't,cant} stand the heat; running hot
@ feeling cold | general
c: feeling cold; cold intolerance; cold all the time; always cold; cold hands and feet; cold extremities; cold hands; cold feet
l: {felt,feel,feels,feeling} {cold,cold all the time,colder than usual}; {freezing,frozen} all the time; {hands,feet} {are,were} {ice cold,freezing,like ice,icy}
@ thirst | metabolic
c: thirst; thirsty; excessive thirst; increased thirst; polydipsia; extreme thirst
l: {so,very,really,always,constantly,extremely} thirsty; thirsty all the time; {can't,cant} get enough to drink; drinking {a lot,tons} of water; {dying of,dying for} thirst
@ chest discomfort | respiratory
c: chest discomfort; chest tightness; tight chest; chest pressure; pressure in {my,her,his} chest; tightness in {my,her,his} chest; tightness in the chest; chest feels tight; chest heaviness; heaviness in {my,her,his} chest
"""


# ---------------------------------------------------------------- templates
def add_templates() -> None:
    """Template families; hand-written rows above win over any template row."""
    for build in TEMPLATE_BUILDERS:
        build()


TEMPLATE_BUILDERS: list = []


# ---------------------------------------------------------------- checks and output
def _sibling_tsv(pattern: str, own: Path) -> list[tuple[Path, int, list[str]]]:
    rows = []
    for path in sorted(HERE.glob(pattern)):
        if path == own:
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                rows.append((path, lineno, line.split("\t")))
    return rows


YIELDED: list[str] = []


def check_against_siblings() -> None:
    """Other curated files must define our terms identically; a surface they give other terms is left to them."""
    for path, lineno, cells in _sibling_tsv("event_terms*.tsv", TERMS_OUT):
        term, group, flags, aggravated = (cells + ["", "", ""])[:4]
        if term == "term" or term not in TERMS:
            continue
        theirs = (group, ";".join(sorted(filter(None, flags.split(";")))), aggravated)
        ours = TERMS[term]
        if (ours[0], ";".join(sorted(filter(None, ours[1].split(";")))), ours[2]) != theirs:
            PROBLEMS.append(f"term {term!r} is {ours} here but {theirs} in {path.name}:{lineno}")
    for path, lineno, cells in _sibling_tsv("events*.tsv", EVENTS_OUT):
        surface, terms, _register, case = (cells + ["", "", ""])[:4]
        if surface == "surface":
            continue
        key = (fold(surface), "i") if case != "s" else (surface, "s")
        ours = MEANING.get(key)
        if key in ROWS and ours is not None and ours.lower() != terms.lower():
            # the other file's meaning wins; rerun after it changes to take the surface back
            YIELDED.append(f"{surface!r}: {ours} here, {terms} in {path.name}:{lineno}")
            del ROWS[key]


def build() -> None:
    parse_vocab(VOCAB)
    add_templates()
    used = {t for row in ROWS.values() for t in row[1].split(";")}
    undefined = sorted(used - set(TERMS))
    if undefined:
        PROBLEMS.append(f"terms used but not defined: {undefined}")
    unused = sorted(set(TERMS) - used)
    if unused:
        PROBLEMS.append(f"terms defined without a surface: {unused}")
    check_against_siblings()
    used = {t for row in ROWS.values() for t in row[1].split(";")}
    orphaned = sorted(set(TERMS) - used - set(unused))
    if orphaned:
        PROBLEMS.append(f"terms left without a surface after yielding to other files: {orphaned}")
    if PROBLEMS:
        raise SystemExit("generate_events_core.py:\n  " + "\n  ".join(PROBLEMS))


def write() -> tuple[int, int]:
    rows = sorted(ROWS.values(), key=lambda r: (fold(r[0]), r[3], r[0]))
    header = "# generated by generate_events_core.py; edit the script, not this file\n"
    with EVENTS_OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(header + "surface\tterms\tregister\tcase\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    with TERMS_OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(header + "term\tgroup\tflags\taggravated\n")
        for term in sorted(TERMS):
            group, flags, aggravated = TERMS[term]
            out.write(f"{term}\t{group}\t{flags}\t{aggravated}\n")
    return len(TERMS), len(rows)


if __name__ == "__main__":
    build()
    n_terms, n_rows = write()
    if "-v" in sys.argv[1:]:
        print("\n".join(f"yielded {line}" for line in YIELDED), file=sys.stderr)
    print(
        f"events_core.tsv: {n_rows} rows; event_terms_core.tsv: {n_terms} terms; "
        f"{len(YIELDED)} surfaces left to other files (-v lists them)",
        file=sys.stderr,
    )
