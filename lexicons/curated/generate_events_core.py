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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when imported by the tests
from vocabulary_format import FLAGS, GROUPS, fold  # shared with the other generators and the tests

HERE = Path(__file__).resolve().parent
EVENTS_OUT = HERE / "events_core.tsv"
TERMS_OUT = HERE / "event_terms_core.tsv"
REGISTERS = {"c": "clinical", "l": "lay", "i": "idiom", "a": "abbrev", "m": "misspelling"}
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
a: N/V!; n/v!; N&V!; n&v!; N+V!; NV!; N/V's!; N & V!
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
c: abdominal discomfort; stomach discomfort; {belly,tummy,abdomen,gut,abdominal,abd,abdo} discomfort; gastric discomfort; GI discomfort; GI upset; gastrointestinal upset; GI distress; gastrointestinal distress; GI issues; GI problems; GI symptoms; GI side effects; GI complaints; stomach upset; upset stomach; gastric upset
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
l: acid coming up; acid {keeps,kept} coming up; stuff coming back up; food coming back up; {regurgitating,regurgitated} food
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
l: always hungry; constantly hungry; starving all the time; eating more; {can't,cant} stop eating; appetite {went up,is up,increased}; more hungry than usual; the munchies
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
l: mouth sore; mouth sores; oral sores; oral sore; sores in {my,her,his} mouth; sores in the mouth; sores on {my,her,his} tongue; tongue sores; sores inside {my,her,his} cheeks; blisters in {my,her,his} mouth; mouth full of sores
m: mouth soars; mouth sors
m: stomititis; stomatits; mucocitis; mucusitis; mucositus; mucosites
@ mouth ulceration | gi
c: mouth ulceration; mouth ulcer; mouth ulcers; oral ulcer; oral ulcers; oral ulceration; aphthous ulcer; aphthous ulcers; canker sore; canker sores; ulcers in {my,her,his} mouth; ulcers in the mouth
m: cankor sores; canker soars; mouth ulsers; mouth ulcars
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
c: fatigue; fatigued; fatigability; tiredness; tired; exhaustion; exhausted; extreme fatigue; severe fatigue; extreme tiredness; chronic fatigue; lack of energy; loss of energy; low energy; decreased energy; reduced energy; energy loss; feeling tired; feeling run down; feeling rundown; feeling run-down; worn out; worn-out; wiped out; wiped-out; drained; no energy; zero energy; no stamina; lack of stamina; decreased stamina; decreased energy levels
l: {so,very,really,super,always,extremely,just,more,constantly} tired; tired all the time; tired all day; tired constantly; {so,very,really,completely,totally} exhausted; {so,very,really,completely,totally} wiped out; {so,very,really,completely,totally} drained; {so,very,really,completely,totally} worn out; no energy {at all,whatsoever}; {has,have,had} no energy; {doesn't,doesnt,don't,dont,didn't,didnt} have any energy; energy {is,was} {low,gone,zapped,shot,nonexistent}; {zapped,zaps,zapping} {my,her,his,all my,all her,all his} energy; {can't,cant,couldn't,couldnt} get out of bed; {can't,cant} get off the couch; sleeping all day; wants to sleep all day; no get up and go; pooped out; {feel,felt,feels,feeling} {pooped,beat,bushed,dragging,draggy}; {feeling,feel,feels,felt} {sluggish,drained,wiped,wiped out,worn out,run down,spent,zonked}; tuckered out; running on empty; tired out; tiredness all day; wears {me,her,him} out; {knocks,knocked} {me,her,him} out for {days,a day,two days}
i: {felt,feel,feels,feeling} like {i,she,he} {got,was} hit by a {truck,bus,train,mack truck}; hit by a truck; {like,feels like} a zombie; dead on {my,her,his} feet; bone tired; bone-tired; dog tired; dog-tired; {no,zero} gas in the tank; running on fumes
m: fatige; fatigue; fatigu; fatique; fatiuge; fatgue; fatiege; fatiuge; fatigueness; fatiqued; fatigured; fatigue'd; fatigeu; tierd; tird; tiered all the time; exausted; exhausted; exaughsted; exhasted; exausting; exaustion; exhaustian; tiredeness; tierdness
@ asthenia | general
c: asthenia; weakness; generalized weakness; generalised weakness; general weakness; feeling weak; weakened; debility; physical weakness; body weakness; loss of strength; lack of strength; no strength
l: {so,very,really,super,extremely} weak; weak all over; {felt,feel,feels,feeling} weak; weak and tired; tired and weak; weak as a kitten; {no,zero} strength; {lost,losing} {my,her,his} strength; {body,whole body} {feels,felt} weak; weak in the knees; weakish; weak feeling
m: asthenia; astenia; asthenya; weekness; weaknes; weakeness; feeling week; so week
@ malaise | general
c: malaise; general malaise; generally unwell; feeling unwell; unwell; indisposition
l: not feeling well; {not,didn't,didnt,don't,dont,doesn't,doesnt} feel {well,good,right,great}; {feeling,feel,feels,felt} {crappy,awful,terrible,horrible,lousy,yucky,icky,crummy,off,rotten,miserable,cruddy,blah,poorly,ill}; {just,really,so} {feel,felt} {awful,terrible,horrible,lousy,crappy}; feels like garbage; feel like garbage; felt like garbage; {feel,felt,feels} like crap; {feel,felt,feels} like death; {feel,felt,feels} like death warmed over; under the weather; out of sorts; not {myself,herself,himself}; {feeling,feel} {off,not right}; just {off,not right}; {felt,feel,feels} like {garbage,trash,dirt,poop,junk}; sick feeling; sickly feeling; overall feeling of being unwell
@ feeling abnormal | general
c: feeling abnormal; feeling strange; feeling weird; feeling funny; abnormal feeling
l: {feel,felt,feels} {weird,strange,funny,odd,out of it,spacey,spaced out,foggy,loopy,high,floaty,detached}; out of it; spaced out; spacey; loopy; {feel,felt,feels} like {i'm,im,she's,he's,i was,she was,he was} {drunk,high,in a fog}
@ pyrexia | general
c: pyrexia; fever; fevers; febrile; feverish; high fever; low grade fever; low-grade fever; lowgrade fever; spiking fever; fever spikes; fever spike; elevated temperature; raised temperature; high temperature; temperature elevation; febrile episode; febrile episodes
a: temp 100; temp 100.4; temp 100.5; temp 101; temp 102; temp 103; temp of 100; temp of 100.4; temp of 101; temp of 102; temp of 103; temp 38; temp 38.5; temp 39; temp 40; T 101!; T 102!; T 38.5!; T 39!; Tmax 101; Tmax 102; Tmax 103; fever of 100; fever of 101; fever of 102; fever of 103; fever of 104; low grade temp; febrile to 101; febrile to 102; febrile to 39; temp of 38; temp of 39; temp of 40; temp was 101; temp was 102; temp was 103; temp up; spiked a temp; spiked a fever; spiking temps
l: running a fever; ran a fever; running a temp; ran a temp; {had,has,have,got,having} a fever; {had,has,have,got,having} a temperature; {had,has,have,got,having} a temp; {had,has,have,got,having} fevers; {has,had,have} temps; {spiked,spiking} {a fever,a temperature,fevers}; burning up; {was,is,felt,feels,feeling} hot to the touch; {she's,he's,i'm,i was,she was,he was} burning up; {feverish,fevery} {feeling,all night,and achy}; {temperature,temp} {went up,was up,is up,spiked,of 101,of 102}; temperature of {100,100.4,101,102,103,104,38,39,40}; burning with fever
m: feaver; fevor; fevar; fever; feaverish; feverishness; fevers; feverrish; feverisch; pyrexia; pyrexa; phever; fevere; tempature of 101; temprature of 101; temperture of 101; tempature of 102; temperture of 102
@ chills | general
c: chills; rigors; rigor; shaking chills; chills and fever; fever and chills; cold chills; shivering; shivers; shivered; the shivers; teeth chattering
l: {felt,feel,feels,feeling} {chilled,chilly,cold all over}; {shaking,shook} all over; {couldn't,couldnt,can't,cant} get warm; {shivering,shaking} uncontrollably; goosebumps and shaking; {had,has,have,got} the chills; {had,has,have,got} chills; chills all night; cold sweats and chills
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
c: pain; pains; aches and pains; generalized pain; generalised pain; body pain; pain all over; pain everywhere; widespread pain; hurting all over; hurts all over; aches all over; sore all over; soreness all over; chronic pain; severe pain
l: {my whole body,her whole body,his whole body} hurts; {in,having,has,had,have} so much pain; in a lot of pain; {was,is,been} in pain; hurting everywhere; {lots,a lot} of pain
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
c: feeling hot; feeling warm; body feels hot; feeling overheated; overheated; heat intolerance
l: {felt,feel,feels,feeling} {hot,warm,overheated,very warm,really warm,so hot,hot all over,warm all over,flushed and hot}; {felt,feel,feels,feeling} like {i'm,im,i was,she was,he was,she's,he's} on fire; {body,skin} {felt,feels,feel} hot; {can't,cant} stand the heat; running hot
@ feeling cold | general
c: feeling cold; cold intolerance; cold all the time; always cold; cold hands and feet; cold extremities; cold hands; cold feet
l: {felt,feel,feels,feeling} {cold,cold all the time,colder than usual}; {freezing,frozen} all the time; {hands,feet} {are,were} {ice cold,freezing,like ice,icy}
@ thirst | metabolic
c: thirst; thirsty; excessive thirst; increased thirst; extreme thirst
l: {so,very,really,always,constantly,extremely} thirsty; thirsty all the time; {can't,cant} get enough to drink; drinking {a lot,tons} of water; {dying of,dying for} thirst
@ chest discomfort | respiratory
c: chest discomfort; chest tightness; tight chest; chest pressure; pressure in {my,her,his} chest; tightness in {my,her,his} chest; tightness in the chest; chest feels tight; chest heaviness; heaviness in {my,her,his} chest
"""


# ---------------------------------------------------------------- skin and hair
VOCAB += """
@ rash | skin
c: rash; rashes; skin rash; skin rashes; skin eruption; eruption; cutaneous eruption; exanthem; exanthema; drug rash; drug eruption; generalized rash; body rash; rash all over; rash on {my,her,his} {arms,legs,chest,back,stomach,face,neck,hands,body,torso}; {a,some} rash
l: broke out; broken out; breaking out; breakout; break out; breakouts; {broke,broken,breaking} out in {a rash,spots,bumps,red bumps,red spots}; {red,little,small,itchy} bumps {all over,on my skin,on her skin,on his skin}; {red,little,small} spots {all over,on my skin,on her skin,on his skin}; bumps all over; spots all over; skin {broke,broken} out; {got,get,gets,getting} a rash; {has,had,have,having} a rash; rashy; blotchy skin; blotches; splotches; red blotches; red splotches
m: rach; rashe; rashs; rashses; rasch; rassh; rahs; raash; brakeout; brokeout
@ rash pruritic | skin
c: pruritic rash; rash pruritic; itchy rash; itching rash; itchy rashes; pruritic eruption; rash with itching; itchy red rash; red itchy rash; rash that itches; rash is itchy; rash was itchy; the rash itches
l: {itchy,itching} bumps; {itchy,itching} spots; {itchy,itching} red bumps; {itchy,itching} red spots; itchy blotches; rash {itches,itched,itching} like crazy
m: itchey rash; ichy rash; itchy rach
@ rash erythematous | skin
c: erythematous rash; rash erythematous; red rash; red rashes; red skin rash; erythematous eruption
@ rash maculo-papular | skin
c: maculopapular rash; maculo-papular rash; rash maculo-papular; maculopapular eruption; morbilliform rash; measles-like rash
a: MP rash; mp rash
@ rash papular | skin
c: papular rash; papules; rash papular; bumpy rash; raised rash
@ rash pustular | skin
c: pustular rash; pustules; rash pustular; pus bumps; pimple-like rash; pimply rash
@ rash generalized | skin
c: generalised rash; widespread rash; diffuse rash; rash everywhere; rash over {my,her,his} whole body; rash on {my,her,his} whole body; full body rash; full-body rash; whole body rash
@ pruritus | skin
c: pruritus; pruritis; itching; itchiness; itchy; itchy skin; skin itching; skin itchiness; itch; itches; itched; scratching; pruritic; generalized itching; itching all over; itchy all over; itchy everywhere
l: {so,very,really,super,extremely,crazy} itchy; itching like crazy; {can't,cant,couldn't,couldnt} stop scratching; scratching {all the time,all night,like crazy,constantly,myself raw,herself raw,himself raw}; {skin,body} {itches,itched,is itchy,was itchy,is itching,was itching}; {wants,want} to scratch {my,her,his} skin off; scratched {my,her,his} skin raw; itch all over; itchy feeling
i: {feels,felt} like bugs crawling on {my,her,his} skin; ants crawling on {my,her,his} skin; {itchy,itching} like {poison ivy,mosquito bites}
m: pruritus; pruritis; pruritus; prurutis; pururitus; pruritis; puritis; pruritius; itchyness; itchey; ichy; itchiy; itcing; iching; itchin; itchyness; itchness; ithcing; itchig
@ pruritus generalized | skin
c: generalised pruritus; generalized pruritus; pruritus generalised; whole body itching; itching over {my,her,his} whole body; itchy head to toe; itching head to toe
@ urticaria | skin
c: urticaria; hives; hive; urticarial rash; urticarial; welts; welt; wheals; wheal; nettle rash; raised welts
l: {broke,broken,breaking} out in hives; {got,get,gets,getting,had,has,have} hives; covered in hives; hives all over; {big,raised,red} welts; welts all over; {itchy,red} welts
m: urticaria; urticara; urticarea; uticaria; urtacaria; urticaira; hivies; hieves; hivs
@ dry skin | skin
c: dry skin; xerosis; xeroderma; skin dryness; skin dry; dryness of skin; skin is dry; flaky skin; scaly skin; rough skin; ashy skin
l: {skin,my skin,her skin,his skin} {is,was,feels,felt,got} {so dry,very dry,really dry,dry,flaky,scaly,rough,like sandpaper,like leather,ashy}; {dry,dried out} skin; dry patches; dry flaky patches; skin {drying,dried} out
m: dry skinn; dri skin; drie skin; dry sking
@ skin exfoliation | skin
c: skin exfoliation; skin peeling; peeling skin; exfoliation; desquamation; skin shedding; peeling of the skin; sloughing; skin sloughing
l: skin {is,was,has been,started} peeling; skin {peeled,peels,peeling off,coming off,flaking off,shedding,falling off}; peeling {hands,feet,palms}; {hands,feet,palms,fingertips} {are,were} peeling; skin coming off in {sheets,pieces}
m: pealing skin; skin pealing; peeeling
@ skin fissures | skin
c: skin fissures; skin fissure; cracked skin; skin cracking; cracks in the skin; fissures; split skin; skin splitting; cracked hands; cracked fingertips; cracked heels; cracked feet
l: skin {is,was} cracked; skin {cracks,cracked,cracking,splits,split,splitting} open; {hands,fingers,fingertips,heels,feet} {are,were} cracked; {hands,fingers,fingertips} {cracking,cracked,split} and bleeding
@ erythema | skin
c: erythema; redness; reddened skin; skin redness; red skin; reddening; skin reddening; reddish skin; erythematous; skin erythema; blanching erythema
l: {skin,face,my skin,her skin,his skin} {is,was,got,turned,went} {red,bright red,beet red,all red,really red,very red,pink,blotchy}; {red,pink} patches; patches of red skin; skin {reddened,reddening}
m: erythama; erthema; erythemia; eythema; erythyma; rednes; readness; rednesss
@ acne | skin
c: acne; pimples; pimple; zits; zit; breakout of pimples; cystic acne; acne flare; acne breakout
l: {broke,broken,breaking} out in {pimples,zits,acne}; {getting,got,get,gets} {pimples,zits,acne}; pimples all over; {face,back,chest} {is,was} {covered in pimples,broken out}; whiteheads; blackheads
m: acnee; akne; acme breakout; pimpels; pimpples; zitts
@ alopecia | skin
c: alopecia; hair loss; loss of hair; losing hair; hair thinning; thinning hair; thinning of hair; thinning of the hair; thin hair; hair shedding; shedding hair; hair fall; hair falling; diffuse alopecia; bald spots; bald spot; bald patches; bald patch; balding; hair breakage
l: hair {is,was,has been,started,keeps} {falling out,coming out,thinning,shedding,breaking off,getting thin,getting thinner}; hair {falls,fell,falling,came,comes,coming} out; {lost,losing,lose,loses} {my,her,his,their} hair; {lost,losing} hair; losing {my,her,his} hair; losing so much hair; hair is coming out in {clumps,handfuls,chunks}; hair {falling,coming} out in {clumps,handfuls,chunks}; {clumps,handfuls,chunks} of hair; hair {in,all over} the {brush,shower,drain,pillow,comb}; falling out in {clumps,handfuls,chunks}; coming out in {clumps,handfuls,chunks}; going bald; getting bald; thinner hair; hair {got,getting,is getting} {thinner,thin}; hairline {receding,is receding}; lost {patches,clumps} of hair
m: alopeica; alopesia; alopecea; allopecia; alopicia; aloepcia; alopacia; hairloss; hair-loss; hair los; hair lose; lossing hair; loosing hair; loosing my hair; loosing her hair; loosing his hair; hair falling our; hair thining; hair fallin out; thining hair
@ skin irritation | skin
c: skin irritation; irritated skin; skin irritated; skin sensitivity; sensitive skin; skin reaction; skin reactions; skin inflammation; inflamed skin
l: skin {is,was,got,feels,felt} {irritated,raw,angry,sensitive,tender,inflamed}; raw skin
@ skin burning sensation | skin
c: skin burning sensation; burning skin; skin burning; burning of the skin; skin feels like it's burning; skin stinging; stinging skin
l: skin {is,was,feels,felt} {on fire,like it's on fire,like it is burning,burning,hot and burning}
@ skin discoloration | skin
c: skin discolouration; skin discoloration; discolored skin; discoloured skin; skin color change; skin colour change
@ skin hypopigmentation | skin
c: skin hypopigmentation; hypopigmentation; light spots on {my,her,his} skin; white spots on {my,her,his} skin; white patches on {my,her,his} skin; skin losing color; loss of skin color; pale patches
@ skin lesion | skin
c: skin lesion; skin lesions; lesion on {my,her,his} skin; lesions on {my,her,his} skin; skin sore; skin sores; sores on {my,her,his} skin; open sores; open sore; scabs; scabbing
@ skin ulcer | skin
c: skin ulcer; skin ulcers; skin ulceration; ulcer on {my,her,his} {leg,skin,foot}; ulcers on {my,her,his} {legs,skin,feet}
@ skin swelling | skin
c: skin swelling; swollen skin; swelling of the skin; puffy skin
@ pain of skin | skin
c: pain of skin; skin pain; painful skin; skin hurts; skin is painful; skin is sore; sore skin; tender skin; skin tenderness; skin sensitive to touch; skin hurts to touch; skin hurts when touched
@ skin tightness | skin
c: skin tightness; tight skin; skin feels tight; skin tight
@ blister | skin
c: blister; blisters; blistering; blistered; skin blisters; skin blistering; vesicles; vesicular rash; bullae; bulla; blebs; water blisters; fluid-filled blisters; fluid filled blisters; blisters on {my,her,his} {skin,hands,feet,arms,legs}
m: blisster; blistors; bilsters; blistres
@ palmar-plantar erythrodysesthesia syndrome | skin
c: palmar-plantar erythrodysaesthesia syndrome; palmar-plantar erythrodysesthesia; palmar plantar erythrodysesthesia; hand-foot syndrome; hand foot syndrome; hand and foot syndrome; hand-foot skin reaction; hand foot skin reaction
a: HFS!; HFSR!; hfsr
l: {hands,feet,palms,soles} {are,were} {red and peeling,red and sore,burning and peeling,red and burning}; peeling and red {hands,feet}; red and peeling {hands,feet,palms}; {soles,bottoms} of {my,her,his} feet {are,were} {raw,burning,peeling}
@ ecchymosis | skin
c: ecchymosis; ecchymoses; large bruises; big bruises; bruises everywhere; bruising all over; bruises all over; unexplained bruising; unexplained bruises; purple patches
l: bruise like a peach; {covered,covered in} bruises; {black and blue,black-and-blue} all over
m: echymosis; ecchymoses; ecymosis; echymoses
@ contusion | injury
c: contusion; contusions; bruising; bruise; bruises; bruised; bruising on {my,her,his} {arms,legs,arm,leg,hip,side}; bruises on {my,her,his} {arms,legs,arm,leg,hip,side}; black and blue mark; black and blue marks
m: bruseing; brusing; bruize; bruzes
@ increased tendency to bruise | skin
c: increased tendency to bruise; easy bruising; bruising easily; bruises easily; bruise easily; bruised easily
@ petechiae | skin
c: petechiae; petechia; petechial rash; petechial; pinpoint red spots; tiny red dots; tiny red spots; pinpoint spots; little red dots; red dots on {my,her,his} {skin,legs,arms}
m: petichiae; petechie; petechea; pitechiae
@ nail disorder | skin
c: nail disorder; nail changes; nail problems; nail issues; nail damage; nail ridges; ridged nails; nail discoloration; nail discolouration; discolored nails; nails changing color; nail pitting; pitted nails; nail dystrophy
@ onychoclasis | skin
c: onychoclasis; brittle nails; nails breaking; nails splitting; split nails; splitting nails; nails are brittle; nails {break,breaking,split,peeling} easily; weak nails; peeling nails
@ onychomadesis | skin
c: onychomadesis; nail loss; losing nails; lost a nail; nails falling off; nail fell off; nails coming off; nail came off; toenail fell off; fingernail fell off
@ hair texture abnormal | skin
c: hair texture abnormal; hair texture changes; hair texture change; hair changed texture; hair {is,got,became} {brittle,dry and brittle,coarse,curly,straight,wiry}; brittle hair; dry brittle hair; dry and brittle hair; hair feels like straw
@ hair color changes | skin
c: hair colour changes; hair color changes; hair color change; hair colour change; hair changing color; hair turning white; hair turning gray; hair turning grey; hair {went,turned,is turning} {white,gray,grey,lighter}; hair depigmentation
@ hirsutism | skin
c: hirsutism; hypertrichosis; excessive hair growth; increased hair growth; facial hair growth; unwanted hair growth; more facial hair; hair growing on {my,her} face; growing hair on {my,her} face; excess body hair
@ madarosis | skin
c: madarosis; eyelash loss; losing eyelashes; eyelashes falling out; eyebrow loss; losing eyebrows; eyebrows falling out; lost {my,her,his} eyelashes; lost {my,her,his} eyebrows
@ contact dermatitis | skin
c: contact dermatitis; dermatitis contact; allergic contact dermatitis; irritant dermatitis; irritant contact dermatitis; adhesive reaction; reaction to the adhesive; rash from the adhesive; rash from the tape; tape allergy; reaction to the tape; allergic to the adhesive; allergic to the tape
@ seborrheic dermatitis | skin
c: seborrhoeic dermatitis; seborrheic dermatitis; seborrhea; seborrhoea; dandruff; flaky scalp; scalp flaking; itchy flaky scalp
@ photosensitivity reaction | skin
c: photosensitivity; photosensitivity reaction; sun sensitivity; sensitivity to the sun; sensitive to the sun; sensitive to sunlight; sun sensitive; phototoxicity; photosensitive rash; sun rash; rash from the sun; burns easily in the sun; burning easily in the sun; sun allergy
l: {burns,burn,burned,burnt,burning} {so,really,very} easily in the sun; {get,gets,got,getting} sunburned easily; {get,gets,got,getting} sunburnt easily
m: photosensativity; photosensitivty; photo sensitivity; photo-sensitivity; sun sensativity
"""

# ---------------------------------------------------------------- injection, infusion, application site
VOCAB += """
@ injection site reaction | injection_site
c: injection site reaction; injection site reactions; injection-site reaction; injection-site reactions; local injection site reaction; local reaction; local reactions; local site reaction; site reaction; site reactions; reaction at the injection site; reaction at the site; reaction at the site of injection; reactions at the injection site; reaction where {i,she,he} injected; reaction at the shot site; shot site reaction; injection reaction; injection reactions; reaction to the injection; reaction from the injection; reaction to the shot at the site
a: ISR; ISRs; ISR's; inj site reaction; inj site reactions; inj site rxn; inj. site reaction; inj site rxns; injection site rxn; site rxn; ISR noted; LSR; LSRs; local rxn
m: injection sight reaction; injection cite reaction; injecton site reaction; injection site reation; injection site reacton; injection sit reaction; injectoin site reaction
@ injection site lipoatrophy | injection_site
c: injection site lipoatrophy; lipoatrophy; lipoatrophy at the injection site; fat loss at the injection site; injection site atrophy; dents at the injection site; dent at the injection site; dents where {i,she,he} {inject,injected,injects}; dent where {i,she,he} {inject,injected,injects}; indentation at the injection site; indentations at the injection site; divots at the injection site; pits at the injection site
l: dents in {my,her,his} {thighs,thigh,stomach,belly,arms,arm,legs}; dent in {my,her,his} {thigh,stomach,belly,arm,leg}; divots in {my,her,his} {thighs,stomach,belly,arms}; little holes under the skin; holes under {my,her,his} skin; {skin,thigh,stomach} {is,has} {dented,dents,sunken in,caved in}; sunken spots where {i,she,he} {inject,injected,injects}
@ injection site lipohypertrophy | injection_site
c: injection site lipohypertrophy; lipohypertrophy; lipohypertrophy at the injection site; fatty lumps at the injection site; fatty lump at the injection site; lumpy fat where {i,she,he} {inject,injected,injects}; hard fatty areas where {i,she,he} {inject,injected,injects}
@ infusion related reaction | immune
c: infusion related reaction; infusion-related reaction; infusion related reactions; infusion-related reactions; infusion reaction; infusion reactions; reaction to the infusion; reaction during the infusion; reaction during infusion; infusion-associated reaction; infusion associated reaction; reaction to {my,her,his} infusion; reacted to the infusion
a: IRR!; IRRs!; IRR's!; irr rxn; IAR!; inf reaction; inf rxn; infusion rxn; infusion rxns
m: infussion reaction; infusion reacton; infusion raction; infusoin reaction; infustion reaction
@ infusion site reaction | injection_site
c: infusion site reaction; infusion site reactions; reaction at the infusion site; reaction at the IV site; IV site reaction
@ infusion site pain | injection_site
c: infusion site pain; pain at the infusion site; pain at the IV site; IV site pain; IV site sore; IV site is sore; IV site hurts; sore IV site; arm hurts where the IV was; painful IV site
@ infusion site erythema | injection_site
c: infusion site erythema; redness at the infusion site; redness at the IV site; IV site red; IV site is red; IV site redness; red IV site
@ infusion site swelling | injection_site
c: infusion site swelling; swelling at the infusion site; swelling at the IV site; IV site swollen; IV site swelling; swollen IV site; IV site is swollen
@ infusion site bruising | injection_site
c: infusion site bruising; bruising at the infusion site; bruise at the IV site; bruising at the IV site; IV site bruised; IV site bruising; bruised IV site; bruise from the IV
@ infusion site extravasation | injection_site
c: infusion site extravasation; extravasation; IV infiltrated; IV infiltration; the IV infiltrated; IV blew; IV blown; blown vein; vein blew; the IV went bad; fluid leaked into {my,her,his} arm; leaked into the tissue
@ application site reaction | injection_site
c: application site reaction; application site reactions; reaction where {i,she,he} applied {it,the cream,the gel,the patch}; patch site reaction; skin reaction under the patch; skin reaction where the patch was
@ application site erythema | injection_site
c: application site erythema; application site redness; redness where {i,she,he} applied it; redness under the patch; red where the patch was; patch left a red mark
@ application site pruritus | injection_site
c: application site pruritus; application site itching; itching where {i,she,he} applied it; itching under the patch; itchy under the patch; patch site itching
@ application site irritation | injection_site
c: application site irritation; irritation where {i,she,he} applied it; skin irritation under the patch; irritated where {i,she,he} applied it; patch site irritation
"""

# ---------------------------------------------------------------- neuro
VOCAB += """
@ headache | neuro
c: headache; headaches; cephalalgia; cephalgia; head pain; head pains; severe headache; bad headache; bad headaches; terrible headache; splitting headache; pounding headache; throbbing headache; constant headache; daily headaches; migraine-like headache; migraine like headache; migraine-like headaches; headache pain
a: HA!; HAs!; H/A; H/As; h/a; HA's!; h/a's
l: {my,her,his} head {hurts,hurt,is hurting,was hurting,is killing me,was killing me,is killing her,is killing him,is pounding,was pounding,is throbbing,was throbbing,aches,ached,is splitting,was splitting}; head {is,was} pounding; head {is,was} throbbing; head {is,was} splitting; pounding head; throbbing head; head is killing {me,her,him}; head was killing {me,her,him}; {got,get,gets,getting,have,has,had,having} {a headache,headaches,a bad headache,a really bad headache}; pressure in {my,her,his} head; head pressure; head feels like {it's,it is} going to explode; head {feels,felt} like {it's,it was} in a vise
i: {feels,felt} like {my,her,his} head {is,was} going to explode; {feels,felt} like {my,her,his} head {is,was} in a vice; {feels,felt} like someone {is,was} hammering {my,her,his} head; like a hammer in {my,her,his} head
m: headach; hedache; headake; headace; headech; headahce; haedache; headacke; headachs; hedaches; headachs; headaches; headahe; heache; headche; headeache; head ache; head aches; head-ache; head-aches; heaadache; headacehe; haedaches
@ migraine | disease | disease | migraine aggravated
c: migraine; migraines; migraine headache; migraine headaches; migraine attack; migraine attacks; migraine with aura; migraine without aura; hemicrania; ocular migraine; vestibular migraine
m: migrane; migranes; migrain; migrains; migriane; megraine; migrine; migranie; mygraine
@ migraine aggravated | disease
c: migraine aggravated; migraines worse; migraines got worse; migraines getting worse; migraines are worse; worse migraines; more migraines; migraines more often; more frequent migraines; increased migraines; migraine flare; migraines flaring
@ tension headache | neuro
c: tension headache; tension headaches; tension-type headache; tension type headache; stress headache; stress headaches
@ head discomfort | neuro
c: head discomfort; heavy head; head feels heavy; head feels full; fullness in {my,her,his} head; head feels funny; head feels weird; head feels strange; head fog
@ dizziness | neuro
c: dizziness; dizzy; dizzy spells; dizzy spell; giddiness; lightheadedness; lightheaded; light-headed; light headed; light-headedness; light headedness; dizziness and lightheadedness; woozy; wooziness; unsteadiness
l: {so,very,really,super,a little,kind of,kinda,feeling,felt,feel,feels,gets,got,getting,get} {dizzy,lightheaded,light-headed,light headed,woozy}; head {is,was} spinning; head spinning; {my,her,his} head {is,was} swimming; head rush; head rushes; {felt,feel,feels} off balance and dizzy; dizzy when {i,she,he} {stand,stood,stands,get up,got up}
m: dizzyness; dizzines; dizzyiness; dizzness; diziness; dizzyness; dizzieness; dizziess; dizzey; dizy; dizzie; dizzi; lightheadness; lighheaded; lite headed; litheaded; lightheaded; light headidness; woozey; wozy
@ dizziness postural | neuro
c: dizziness postural; postural dizziness; orthostatic dizziness; dizzy on standing; dizzy upon standing; lightheaded on standing; lightheaded upon standing; dizzy when standing up; lightheaded when standing up; dizzy when getting up; lightheaded when getting up; head rush when standing; head rush when {i,she,he} {stand,stands,stood} up
@ vertigo | ear
c: vertigo; vertiginous; room spinning; spinning sensation; room is spinning; room was spinning; room spins; room spun; the room spinning; the room is spinning; the room was spinning; everything spinning; everything is spinning; everything was spinning; world spinning; spinning feeling
l: {feels,felt} like the room {is,was} spinning; {feels,felt} like {i'm,im,i was,she was,he was} spinning; {feels,felt} like {i'm,i am,i was,she was,he was} on a boat; things spinning
m: vertigio; virtigo; vertago; vertgo; vertego
@ syncope | neuro
c: syncope; syncopal episode; syncopal episodes; fainted; fainting; fainting spell; fainting episode; faint episode; loss of consciousness; lost consciousness; losing consciousness; passed out; passing out; pass out; passes out; blacked out; blacking out; black out; collapsed and passed out; unconscious; became unconscious; went unconscious; found unresponsive
a: LOC!; +LOC!; syncopal ep; syncopal epi
l: {she,he,i} fainted; {she,he,i} passed out; {she,he,i} blacked out; keeled over; {went,goes} down and passed out; {fell,fainted} out; out cold; knocked out cold; hit the floor and passed out; lost conciousness
m: syncopy; syncopie; sincope; syncope; fainteded; fainte; pased out; passout; past out; blackedout; lost conscience; lost consciouness; lost consiousness; loss of conciousness
@ presyncope | neuro
c: presyncope; pre-syncope; near syncope; near-syncope; near fainting; near-fainting; nearly fainted; almost fainted; almost fainting; nearly passed out; almost passed out; almost blacked out; nearly blacked out; felt faint; feeling faint; feel faint; feels faint; faintness; faint feeling
l: {felt,feel,feels,feeling} like {i was,i'm,im,she was,he was,i am} going to {pass out,faint,black out}; {felt,feel,feels,feeling} like {i,she,he} {would,might,could} {pass out,faint}; {felt,feel,feels,feeling} like passing out; {felt,feel,feels,feeling} like {i was,she was,he was} about to {pass out,faint}; {almost,nearly} {went down,hit the floor,keeled over}; {everything,vision} went {black,dark,gray,grey} for a second; tunnel vision and dizzy
m: presyncopy; pre syncope; near syncopy; allmost passed out
@ somnolence | neuro
c: somnolence; somnolent; drowsiness; drowsy; sleepiness; sleepy; sleepy all day; daytime sleepiness; excessive daytime sleepiness; excessive sleepiness; oversedation; over-sedation; groggy; grogginess; hypersomnolence
l: {so,very,really,super,always,extremely,constantly} {sleepy,drowsy,groggy}; {can't,cant,couldn't,couldnt} stay awake; {can't,cant,couldn't,couldnt} keep {my,her,his} eyes open; falling asleep {all the time,all day,at work,at the table,while talking,during the day,driving}; {keeps,kept} falling asleep; dozing off; dozes off; dozed off; nodding off; nods off; nodded off; {wants,want,wanted} to sleep all the time; sleeping all the time; {knocks,knocked} {me,her,him} out
m: somnolance; somnolense; drowzy; drowsey; drousy; drowzyness; drowsyness; sleepyness; sleapy; grogy
@ lethargy | general
c: lethargy; lethargic; listless; listlessness; no motivation to move
m: lethargy; lethergy; lethargic; letharic; letargic; lethargie
@ insomnia | sleep
c: insomnia; sleeplessness; sleep disturbance; sleep disturbances; sleep problems; sleep issues; sleeping problems; difficulty sleeping; difficulty falling asleep; difficulty staying asleep; trouble sleeping; trouble falling asleep; trouble staying asleep; poor sleep; can't sleep; not sleeping; unable to sleep; inability to sleep; sleepless nights; sleepless
l: {cant,can't,couldn't,couldnt,cannot} {sleep,get to sleep,fall asleep,stay asleep,sleep at night}; {not,haven't been,hasn't been,havent been,hasnt been,wasn't,wasnt} sleeping {well,good,at all,much}; {not,hardly,barely} sleeping; {up,awake} all night; {lying,laying} awake; {tossing and turning,tossed and turned}; {waking,wakes,woke} up {all night,every hour,at 3am,several times,a lot,constantly,at night}; only sleeping {2,3,4,two,three,four} hours; {no,hardly any,barely any} sleep; wired at night; {sleep,sleeping} {is,has been} {bad,terrible,awful,off,messed up}
m: insomia; insomnea; insominia; insomina; insomnya; imsomnia; insommnia; insomnai; insominia; insomina; cant sleap
@ sleep disorder | sleep
c: sleep disorder; sleep pattern disturbance; altered sleep; sleep changes; changes in sleep; disturbed sleep; restless sleep; broken sleep; fragmented sleep; poor quality sleep; poor sleep quality; unrefreshing sleep
@ hypersomnia | sleep
c: hypersomnia; sleeping too much; oversleeping; sleeping more than usual; sleeping {12,14,16} hours; sleeping all day and night; sleeping a lot more
@ paresthesia | neuro
c: paresthesia; paresthesias; paraesthesia; paraesthesiae; tingling; tingly; tingles; tingling sensation; pins and needles; pins-and-needles; prickling; prickling sensation; numbness and tingling; tingling and numbness; tingling in {my,her,his} {hands,feet,fingers,toes,arms,legs,lips,face}; {hands,feet,fingers,toes,arms,legs,lips,face} {tingling,tingle,tingles,tingled,are tingling,were tingling,feel tingly}
l: {feel,feels,felt} like {pins and needles,electric shocks,ants crawling}; {hands,feet,fingers,toes} {falling,fell,fall} asleep; {hands,feet,fingers,toes} {keep,kept} falling asleep; buzzing in {my,her,his} {hands,feet,legs}; electric shock {feeling,sensation}; brain zaps
m: parasthesia; parasthesias; parestesia; parethesia; paresthisia; parasthesia; tinglling; tingeling; tinggling; pins & needles; pins n needles
@ hypoesthesia | neuro
c: hypoesthesia; hypoaesthesia; hypesthesia; numbness; numb; decreased sensation; reduced sensation; loss of sensation; loss of feeling; lost feeling; numbness in {my,her,his} {hands,feet,fingers,toes,arms,legs,lips,face,tongue}; {hands,feet,fingers,toes,arms,legs,lips,face,tongue} {numb,are numb,were numb,went numb,going numb,feel numb,felt numb,is numb,was numb}; numb {hands,feet,fingers,toes,lips,face,tongue,legs,arms}
l: {can't,cant,couldn't,couldnt} feel {my,her,his} {hands,feet,fingers,toes,legs,face}; {went,going,gone,goes} numb
m: numbess; numness; numbeness; numbnes; nubness; hypoesthesia; hypothesia; numbbness
@ burning sensation | neuro
c: burning sensation; burning sensations; burning feeling; burning pain; burning in {my,her,his} {hands,feet,legs,arms}; {hands,feet} {are,were,feel,felt} {burning,on fire}; burning {hands,feet}; pins and needles burning
@ hyperaesthesia | neuro
c: hyperaesthesia; hyperesthesia; allodynia; oversensitive skin; hypersensitive skin; {even,} the sheets hurt; clothes hurt {my,her,his} skin
@ neuralgia | neuro
c: neuralgia; nerve pain; nerve pains; neuropathic pain; shooting pains; shooting pain; shooting nerve pain; electric pains; zapping pain; stabbing nerve pain
m: nueralgia; neuralgia; nerve pian
@ neuropathy peripheral | neuro
c: peripheral neuropathy; neuropathy; neuropathy peripheral; peripheral sensory neuropathy; sensory neuropathy; polyneuropathy; nerve damage; nerve damage in {my,her,his} {hands,feet,legs}; neuropathy in {my,her,his} {hands,feet,legs}
a: CIPN!; periph neuropathy; peripheral neuropathy sx
m: nueropathy; neropathy; neuropathie; nuropathy; neuropothy; peripheal neuropathy
@ sciatica | neuro
c: sciatica; sciatic pain; sciatic nerve pain; pinched nerve; radiculopathy; pain shooting down {my,her,his} leg; pain down {my,her,his} leg
m: siatica; sciatic; sciatcia; syatica
@ tremor | neuro
c: tremor; tremors; tremulousness; tremulous; shakiness; shaky; trembling; trembles; shaking hands; hand tremor; hand tremors; hands shaking; shaky hands; jittery; jitteriness; the shakes; shaking
l: {hands,hand,arms,legs,body} {shake,shaking,shakes,shook,are shaking,were shaking,tremble,trembling}; {so,very,really,feeling,felt,feel,feels,a little,kind of} shaky; {can't,cant} hold {a cup,my coffee,a pen} steady; {can't,cant} stop shaking; shaking all the time; {internal,inner} tremor; feel jittery; felt jittery; {felt,feel,feels} jittery
m: tremers; tremmors; tremmor; tremours; tremour; shakey; shakeyness; shakyness
@ dysgeusia | neuro
c: dysgeusia; taste disturbance; taste alteration; altered taste; change in taste; changes in taste; taste changes; taste change; abnormal taste; metallic taste; metal taste; bitter taste; bad taste in {my,her,his} mouth; weird taste in {my,her,his} mouth; funny taste in {my,her,his} mouth; taste is off; taste is different; taste perversion; tastes metallic
l: things taste {funny,weird,different,strange,off,bad,like metal,metallic,like cardboard,bland}; food tastes {funny,weird,different,strange,off,bad,like metal,metallic,like cardboard,bland,like nothing}; everything tastes {funny,weird,different,strange,off,bad,like metal,metallic,like cardboard,bland}; {like,tastes like} {i'm,im} sucking on {pennies,a penny,coins}; mouth tastes like {metal,pennies}
m: disgeusia; dysguesia; dysgusia; dysgeusa; metalic taste; metallick taste
@ ageusia | neuro
c: ageusia; loss of taste; lost taste; lost {my,her,his} sense of taste; no taste; {can't,cant} taste {anything,food}; taste is gone
@ anosmia | neuro
c: anosmia; loss of smell; lost {my,her,his} sense of smell; {can't,cant} smell {anything}; no sense of smell; smell is gone; hyposmia; decreased sense of smell
@ parosmia | neuro
c: parosmia; smells {weird,different,off,strange}; things smell {weird,different,off,strange,bad}; distorted smell; everything smells {weird,bad,off,like smoke}
@ memory impairment | neuro
c: memory impairment; memory loss; memory problems; memory problem; memory issues; poor memory; short term memory loss; short-term memory loss; forgetfulness; forgetful; forgetting things; impaired memory; memory lapses; memory lapse; brain fog; brain fogginess; foggy brain; foggy headed; foggy-headed; mental fog; fogginess; foggy thinking; cloudy thinking; cognitive fog; chemo brain; chemobrain
l: {can't,cant} remember {things,anything,stuff}; {keeps,keep,kept} forgetting {things,stuff}; memory {is,has been,was} {bad,terrible,shot,going,off,not good,awful}; {head,brain,mind} {is,feels,felt} {foggy,cloudy,fuzzy,mushy}; fuzzy headed; fuzzy-headed; {in a,like a} fog; brain {is,feels} like mush
m: memery loss; memory los; brainfog; brain-fog; fogy brain; forgetfullness; forgetfull; forgetfulnes
@ amnesia | neuro
c: amnesia; {can't,cant,doesn't,doesnt} remember what happened; no memory of {it,what happened,the event}; blank spots in {my,her,his} memory
@ disturbance in attention | neuro
c: disturbance in attention; difficulty concentrating; trouble concentrating; poor concentration; concentration problems; impaired concentration; {can't,cant,couldn't,couldnt} concentrate; {can't,cant} focus; trouble focusing; difficulty focusing; lack of focus; {unable,hard} to focus; {unable,hard} to concentrate; attention problems; short attention span; easily distracted
m: dificulty concentrating; trouble concentraiting; cant concentrait
@ cognitive disorder | neuro
c: cognitive disorder; cognitive impairment; cognitive decline; cognitive problems; cognitive issues; cognitive changes; thinking problems; trouble thinking; slowed thinking; slow thinking; difficulty thinking; {can't,cant} think {straight,clearly}; mental slowness; impaired thinking
@ seizure | neuro | ime
c: seizure; seizures; seizure activity; seizure episode; seizure-like activity; seizure like activity; convulsion; convulsions; convulsing; convulsed; generalized seizure; generalised seizure; tonic-clonic seizure; tonic clonic seizure; tonic-clonic seizures; grand mal seizure; grand mal; focal seizure; partial seizure; absence seizure; epileptic seizure; epileptic fit; breakthrough seizure; breakthrough seizures
a: sz!; Sz!; szs!; Szs!; SZ!; GTC!; GTCS!; GTC seizure; s/z
l: {had,has,have,having} a {fit,seizure,convulsion}; {had,has,have,having} fits; {had,has,have,having} seizures; {started,was,is} seizing; seized up and shook; shaking uncontrollably and unresponsive; {her,his,my} whole body {was,started} {jerking,convulsing}
m: siezure; siezures; seisure; seizer; seizers; seizur; seazure; seazures; ceasure; ceasures; seizue; sezuire; seizeure; siezer; seizuers; convultions; convulsons; compulsions seizure
@ balance disorder | neuro
c: balance disorder; balance problems; balance problem; balance issues; balance issue; loss of balance; lost {my,her,his} balance; losing {my,her,his} balance; poor balance; impaired balance; off balance; off-balance; unsteady; unsteadiness on feet; unsteady on {my,her,his,their} feet; unsteady gait; wobbly; wobbly on {my,her,his} feet; wobbly legs; legs wobbly
l: {can't,cant} keep {my,her,his} balance; trouble with balance; {balance,my balance,her balance,his balance} {is,was} {off,bad,terrible,not good}; {walking,walks} like {i'm,im,she's,he's} drunk; {stumbling,stumbles,stumbled} {a lot,around,all the time}; tipsy feeling; {unsteady,shaky,wobbly} when {walking,i walk,she walks,he walks}
m: balence problems; balance problms; unstedy; unstable on {my,her,his} feet
@ fall | injury
c: fell; fallen; had a fall; has had a fall; {she,he,i,patient,pt} fell; fell down; fell over; fall at home; a fall at home; fell at home; falls at home; multiple falls; recurrent falls; frequent falls; fall with injury; mechanical fall; slipped and fell; tripped and fell; {took,takes,taking} a fall; {took,takes,taking} a tumble; {took,takes,taking} a spill; fell {in the shower,in the bathroom,down the stairs,down stairs,out of bed,off the bed,in the kitchen,outside,on the ice,at work,at the store}
a: s/p fall; s/p falls; fall x2; fall x 2; mech fall
l: {her,his,my} legs {gave out,gave way,buckled}; legs {gave out,gave way,buckled}; {knees,knee} {gave out,gave way,buckled}; hit the ground; ended up on the floor; found on the floor
m: fel down; felll
@ muscular weakness | musculoskeletal
c: muscular weakness; muscle weakness; weak muscles; muscles weak; muscles feel weak; leg weakness; weakness in {my,her,his} legs; weakness in {my,her,his} arms; weakness in {my,her,his} {leg,arm,hands,hand}; arm weakness; arms weakness; hand weakness; weak legs; weak arms; weak hands; weak grip; grip weakness; decreased grip strength; proximal muscle weakness; lower extremity weakness; upper extremity weakness; bilateral leg weakness
a: L leg weakness!; R leg weakness!; L arm weakness!; R arm weakness!; LE weakness!; BLE weakness!; LLE weakness!; RLE weakness!; LUE weakness!; RUE weakness!; BUE weakness!; L sided weakness!; R sided weakness!; lt leg weakness; rt leg weakness; lt arm weakness; rt arm weakness
l: {legs,arms,hands,leg,arm} {feel,feels,felt} {weak,like jelly,like rubber,like noodles,heavy}; {legs,arms,hands} {are,were} {weak,so weak}; {can't,cant} {lift,raise} {my,her,his} {arms,arm,legs,leg}; {can't,cant} {grip,hold} things; {dropping,drops,dropped} things; jelly legs; rubber legs; heavy legs; {can't,cant} climb stairs; {hard,trouble} getting up from a chair
m: muscel weakness; mucle weakness; muscle weekness; leg weekness; legs weak
@ gait disturbance | neuro
c: gait disturbance; gait abnormal; abnormal gait; difficulty walking; trouble walking; walking problems; problems walking; unable to walk; {can't,cant,couldn't,couldnt} walk; hard to walk; shuffling gait; limping; dragging {my,her,his} {leg,foot,feet}; walking difficulty
@ dysarthria | neuro
c: dysarthria; slurred speech; slurring words; slurring speech; speech slurred; slurred words; slurring; speech difficulty; speech problems; difficulty speaking; trouble speaking; trouble talking; {words,speech} {are,were,was,is} slurred
m: disarthria; dysarthia; slured speech
@ aphasia | neuro | ime
c: aphasia; {can't,cant,couldn't,couldnt} find {my,her,his,the} words; word-finding difficulty; word finding difficulty; word finding problems; trouble finding words; {can't,cant,couldn't,couldnt} get the words out; losing words; {mixing,mixed} up words; expressive aphasia
@ coordination abnormal | neuro
c: coordination abnormal; poor coordination; loss of coordination; lack of coordination; uncoordinated; clumsy; clumsiness; klutzy; incoordination; trouble with coordination
@ muscle twitching | musculoskeletal
c: muscle twitching; muscle twitches; twitching; twitches; twitchy; muscle twitch; fasciculations; fasciculation; eye twitching; eyelid twitching; twitching eyelid; {eye,eyelid,eyes} {twitches,twitching,keeps twitching,twitch,jumping}; myoclonus; myoclonic jerks; muscle jerks; jumpy muscles
@ restless legs syndrome | neuro
c: restless legs syndrome; restless leg syndrome; restless legs; restless leg; RLS!; jumpy legs; legs {won't,wont,can't,cant} stay still; legs {keep,kept} moving at night; creepy crawly feeling in {my,her,his} legs
@ dyskinesia | neuro
c: dyskinesia; dyskinesias; involuntary movements; involuntary movement; uncontrollable movements; jerky movements; writhing movements; tardive dyskinesia; facial tics
"""

# ---------------------------------------------------------------- psych
VOCAB += """
@ anxiety | psych
c: anxiety; anxious; anxiousness; anxiety attacks; anxiety attack; increased anxiety; worsening anxiety; feeling anxious; generalized anxiety; on edge; edgy; worried all the time; excessive worry; worrying all the time; apprehension; uneasiness
l: {so,very,really,super,more,extremely,feeling,felt,feel,feels} {anxious,on edge,edgy,keyed up,wound up,uptight}; {nerves,my nerves,her nerves,his nerves} {are,were} shot; {can't,cant} calm down; {heart,my heart} racing with worry; anxiety {is,has been,was} {through the roof,bad,worse,terrible,out of control}
m: anxeity; anxiey; anxity; anziety; axiety; anxitey; anxios; anxous; anxcious; ancious; anxiousnes
@ panic attack | psych
c: panic attack; panic attacks; panicky; panic episodes; panic episode; panicking; panicked; panic disorder
l: {felt,feel,feels,feeling} like {i,she,he} {was,am,is} {dying,going to die,having a heart attack} from panic; freaking out; freaked out; {having,had,has,have} a meltdown
m: panick attack; panic attak; panic atack; panic attacts
@ nervousness | psych
c: nervousness; jumpy; restless and nervous; nervy; feeling nervous; {so,very,really} nervous; nerves are bad
@ stress | psych
c: stressed out; feeling stressed; feeling overwhelmed; {so,very,really} stressed; stressed all the time
@ depression | psych
c: depression; depressive symptoms; depressive episode; major depression; clinical depression; worsening depression; depressed
l: {depression,my depression,her depression,his depression} {is,has been,got,was} {worse,bad,back,terrible,deeper}; {sank,sinking,slipping,slipped} into depression
m: depresion; depresssion; deppression; depresed; deppressed; depressd; depressoin; dipression
@ depressed mood | psych
c: depressed mood; low mood; feeling down; feeling low; feeling depressed; mood low; sad mood; sadness; feeling sad; feeling blue; feeling hopeless; hopelessness; hopeless; despondent; tearful; tearfulness
l: {feel,feels,felt,feeling,been,so,very,really} {down,low,blue,sad,depressed,hopeless,down in the dumps,bummed out,gloomy,empty,numb inside}; sad all the time; {cry,crying,cries,cried} all the time; {crying,cries,cried} {a lot,for no reason,constantly,every day}; down in the dumps; in a funk; in a dark place; {mood,spirits} {is,are,has been,have been,was,were} {low,down,bad,in the dumps}; {don't,dont,doesn't,doesnt} enjoy anything; {no,lost} interest in {anything,things,life}; {doesn't,doesnt,don't,dont} want to do anything; feel like crying; felt like crying
m: depresed mood; feeling depresed; feelin down
@ crying | psych
c: crying; crying spells; crying episodes; weepy; weepiness; teary; teary-eyed; tearing up; bursting into tears; burst into tears; uncontrollable crying
@ mood swings | psych
c: mood swings; mood swing; mood changes; mood change; changes in mood; mood alteration; moodiness; moody; emotional lability; labile mood; mood lability; up and down moods; emotional ups and downs; mood all over the place; emotional rollercoaster; emotional roller coaster; emotionally unstable; emotional instability
l: {mood,moods,emotions} {are,is,were,was} all over the place; {up,high} one minute {and down,down} the next; {so,really,more} emotional; crying one minute
m: mood swigs; moodswings; mood-swings; mood swins
@ irritability | psych
c: irritability; irritable; irritated all the time; easily irritated; easily annoyed; short-tempered; short tempered; short temper; quick temper; quick-tempered; crankiness; cranky; grumpy; grouchy; snappy; snapping at people; snapping at everyone; snapping at {my,her,his} {kids,husband,wife,family}; on a short fuse; short fuse
l: {so,very,really,more} {irritable,cranky,grumpy,snappy,grouchy}; {biting,bites,bit} everyone's head off; little things set {me,her,him} off; everything {annoys,irritates} {me,her,him}
m: iritability; irratability; irritibility; irritabilty; irratable; iritable; irritible
@ anger | psych
c: angry all the time; fits of anger; rages; anger outbursts; angry outbursts; outbursts; fits of rage; temper tantrums; losing {my,her,his} temper; lost {my,her,his} temper; anger issues
@ aggression | psych
c: aggression; aggressive behavior; aggressive behaviour; violent behavior; lashing out; lashed out; hitting people; physically aggressive; verbally aggressive; combative
@ agitation | psych
c: agitation; agitated; restlessness; restless; feeling restless; keyed up; psychomotor agitation
@ suicidal ideation | psych | ime
c: suicidal ideation; suicidal ideations; suicidal thoughts; suicidal thought; suicidal thinking; thoughts of suicide; suicidal; feeling suicidal; suicidality; thoughts of self-harm; thoughts of self harm; thoughts of hurting {myself,herself,himself}; thoughts of killing {myself,herself,himself}; thoughts of ending {my,her,his} life; thoughts about ending {my,her,his} life; passive suicidal ideation; active suicidal ideation; thinking about suicide; death wish; wish to die; wishes to die; wanting to die; wants to die; want to die; wanted to die; dark thoughts; really dark thoughts; very dark thoughts; morbid thoughts
a: SI!; +SI!; passive SI!; active SI!; SI/HI!; S/I!; SI w/o plan!; SI without plan!; SI with plan!; suicidal ideations
l: better off {dead,not here,without me,not being here,gone,if i was gone,if i wasn't here}; {i'd,id,she'd,he'd,i would,she would,he would} be better off {not here,dead,gone}; everyone would be better off without {me,her,him}; {don't,dont,doesn't,doesnt,didn't,didnt} want to {live,be alive,be here,wake up,go on,exist} {anymore,any more}; {don't,dont,doesn't,doesnt} want to be here anymore; {thinking,thought,thinks} about {killing,hurting} {myself,herself,himself}; {want,wants,wanted} to {kill,hurt} {myself,herself,himself}; {thinking,thought,thinks} about ending it; {want,wants,wanted} to end it all; {thinking,thought} about ending it all; {no,not any} reason to live; {what's,whats} the point of living; {wish,wished,wishes} {i,she,he} {was,were} dead; {wish,wished,wishes} {i,she,he} {wouldn't,wouldnt} wake up; {wish,wished,wishes} {i,she,he} {could,would} just disappear; thoughts of {dying,death} all the time; life {isn't,isnt,is not} worth living; not worth living
m: sucidal; suicidle; suacidal; suisidal; sucidal thoughts; suicidal thougts; suicidal ideaton; suicidal idiation; sucide thoughts
@ suicide attempt | psych | ime
c: suicide attempt; suicide attempts; attempted suicide; tried to kill {myself,herself,himself}; tried to end {my,her,his} life; overdosed on purpose; intentional overdose to die
@ intentional self-injury | psych | ime
c: intentional self-injury; self-harm; self harm; self-harming; self harming; self-injury; self injury; cutting {myself,herself,himself}; {cut,cuts,cutting} {myself,herself,himself} on purpose; {hurt,hurting} {myself,herself,himself} on purpose; burned {myself,herself,himself} on purpose
@ abnormal dreams | psych
c: abnormal dreams; weird dreams; strange dreams; vivid dreams; bizarre dreams; crazy dreams; wild dreams; intense dreams; disturbing dreams; bad dreams; dreams are {weird,vivid,crazy,strange,intense,wild}; dreaming a lot; lucid dreams
m: wierd dreams; vivd dreams; wierd dreems
@ nightmare | psych
c: nightmare; nightmares; night terrors; night terror; having nightmares; bad nightmares; terrible nightmares; waking up screaming
m: nightmears; nitemares; nighmares; nightmares; nigthmares; night mares
@ confusional state | psych
c: confusional state; confusion; confused; disorientation; disoriented; disorientated; mental confusion; acute confusion; altered mental status; mental status change; mental status changes; delirium; delirious; bewildered; muddled
a: AMS!; AMS noted
l: {very,really,so,a little,more,got,gets,getting,seems,seemed,was,is} confused; not making sense; {isn't,isnt,wasn't,wasnt} making sense; talking nonsense; {didn't,didnt,doesn't,doesnt} know where {she,he,i} {was,is,am}; {didn't,didnt,doesn't,doesnt} recognize {me,us,her family,his family}
m: confusian; confussion; confuzed; confussed; disorientaed; disoriantated; deleerium
@ hallucination | psych
c: hallucination; hallucinations; hallucinating; hallucinated; seeing things; hearing things; hearing voices; seeing things that {aren't,arent,weren't,werent} there; visual hallucinations; auditory hallucinations
m: halucinations; hallucinatons; halucinating; hallicinations
@ apathy | psych
c: apathy; apathetic; {don't,dont,doesn't,doesnt} care about anything; lack of motivation; no motivation; unmotivated; emotional blunting; emotionally flat; emotionally numb; feel like a zombie emotionally
@ libido decreased | sexual
c: libido decreased; decreased libido; low libido; loss of libido; reduced libido; decreased sex drive; low sex drive; no sex drive; loss of sex drive; lost {my,her,his} sex drive; no interest in sex; lack of interest in sex; sex drive {is,went} {down,gone}; libido {is,went} {down,gone}
m: low libedo; decresed libido
@ erectile dysfunction | sexual
c: erectile dysfunction; impotence; impotent; trouble getting an erection; {can't,cant} get an erection; {can't,cant} get it up; {can't,cant} keep an erection; trouble keeping an erection; difficulty with erections
"""

# ---------------------------------------------------------------- musculoskeletal
VOCAB += """
@ arthralgia | musculoskeletal
c: arthralgia; arthralgias; joint pain; joint pains; joint ache; joint aches; joint aching; aching joints; achy joints; sore joints; painful joints; joints hurt; joints hurting; joints ache; joints aching; joints are sore; joints are achy; pain in {my,her,his} joints; pain in the joints; polyarthralgia; joint discomfort; joint soreness; joint tenderness; tender joints
l: {all,every one} of {my,her,his} joints hurt; joints {are,were} killing {me,her,him}; {my,her,his} joints {hurt,ache,are killing me,are sore,are achy}; achy in {my,her,his} joints; creaky joints; {feel,feels,felt} like {an old,a 90 year old} {lady,man,woman}
m: arthralgia; arthralga; athralgia; arthalgia; arthragia; artheralgia; arthraliga; arthrlgia; joint pian; joint pane; joint pains; jont pain; joints hurts
@ myalgia | musculoskeletal
c: myalgia; myalgias; muscle pain; muscle pains; muscle ache; muscle aches; muscle aching; muscle soreness; sore muscles; muscles sore; muscles are sore; aching muscles; achy muscles; muscles ache; muscles aching; muscles hurt; muscles hurting; muscular pain; muscle tenderness; body aches; body ache; body aching; achy body; aching all over; achiness; achy; aches; general aches; generalized aches; body pain and aches; sore body
l: {so,very,really,super,feeling,felt,feel,feels} achy; {whole body,body,everything} {aches,ached,is achy,was achy,is aching,hurts}; achy all over; sore all over like after a workout; {feel,felt,feels} like {i,she,he} {ran,did} a marathon; {feel,felt,feels} like {i've,ive,i had,i have} been beaten up; {feel,felt,feels} beat up
m: myalga; myalgea; mylagia; myagia; myaliga; musle pain; muscel pain; mussle pain; muscle ach; muscle akes; mucle aches; muscle aches; musle aches; muscel aches; body ackes; body achs; bodyaches; body-aches; achey; achyness; achey all over
@ back pain | musculoskeletal
c: back pain; backache; back ache; back aches; backaches; lower back pain; low back pain; upper back pain; lumbar pain; lumbago; back pains; back soreness; sore back; back spasms; back spasm; bad back ache; bad back pain; back stiffness; stiff back
a: LBP!; lbp; LBP noted; LB pain
l: {my,her,his} back {hurts,hurt,is killing me,was killing me,is killing her,is killing him,is sore,was sore,aches,ached,is out,went out,is acting up}; back {is,was} killing {me,her,him}; back hurts; back hurting; back is hurting; back is sore; back was sore; back went out; back is out
m: backpain; back pian; bak pain; back pane; back ach; backach; back achs; lower back pian; lowerback pain
@ back injury | injury
c: back injury; injured {my,her,his} back; hurt {my,her,his} back; threw {my,her,his} back out; {throw,throws,throwing} {my,her,his} back out; pulled {my,her,his} back; strained {my,her,his} back; tweaked {my,her,his} back; back strain; back sprain; pulled a muscle in {my,her,his} back
@ pain in extremity | musculoskeletal
c: pain in extremity; pain in extremities; limb pain; extremity pain; leg pain; leg pains; legs pain; arm pain; arm pains; arms pain; foot pain; feet pain; hand pain; hands pain; finger pain; fingers pain; toe pain; toes pain; heel pain; calf pain; calves pain; thigh pain; thighs pain; shin pain; shins pain; sole pain; palm pain; pain in {my,her,his} {legs,leg,arms,arm,feet,foot,hands,hand,fingers,toes,heels,calves,thighs,shins}; pain in the {legs,leg,arms,arm,feet,foot,hands,hand}; painful {legs,arms,feet,hands,fingers,toes}; sore {legs,feet,hands,fingers,toes,calves,thighs}; aching legs; achy legs; legs ache; legs aching; leg aches; leg ache; feet ache; feet aching; hands ache; hands aching
a: LE pain; BLE pain; UE pain; L leg pain!; R leg pain!; L arm pain!; R arm pain!; lt leg pain; rt leg pain; lt arm pain; rt arm pain; extremity pn
l: hands and feet are killing {me,her,him}; hands and feet {hurt,ache,are sore}; {legs,feet,hands,arms} {are,were} killing {me,her,him}; {legs,feet,hands,arms} {hurt,hurting,are hurting,were hurting,are sore,were sore,are aching,throb,throbbing}; legs hurt; feet hurt; hands hurt; arms hurt; leg hurts; foot hurts; hand hurts; arm hurts
m: leg pian; legg pain; feet pian; leg pane; arm pian
@ muscle spasms | musculoskeletal
c: muscle spasms; muscle spasm; muscle cramps; muscle cramp; muscle cramping; cramps; cramping; leg cramps; leg cramp; calf cramps; calf cramp; foot cramps; foot cramp; hand cramps; toe cramps; night cramps; nocturnal leg cramps; charley horse; charley horses; charlie horse; charlie horses; spasms; spasm; muscles cramping; muscles seizing up; muscles locking up; cramps in {my,her,his} {legs,feet,hands,calves,toes}
l: {legs,calves,feet,toes,hands,fingers} {cramp,cramping,cramped,cramp up,cramping up,cramped up,lock up,locking up}; {woke,wakes,waking} up with {leg,calf,foot} cramps
m: muscle spazms; muscle spasams; muscle spams; musle spasms; muscle crams; musle cramps; muscel cramps; leg crams; charly horse; charley hourse; spazms; spasams; crampes; crampping
@ joint swelling | musculoskeletal
c: joint swelling; swollen joints; swollen joint; swelling in {my,her,his} joints; swelling of the joints; joint effusion; swollen {knees,knee,knuckles,wrists,wrist,fingers joints,elbows,elbow}; {knees,knee,knuckles,wrists,wrist,elbows,elbow} {swollen,are swollen,is swollen,were swollen,was swollen,swelling,swelled up}; puffy joints; {knees,knuckles,wrists,joints} {puffed up,are puffy}
@ musculoskeletal stiffness | musculoskeletal
c: musculoskeletal stiffness; stiffness; stiff; muscle stiffness; stiff muscles; muscles stiff; body stiffness; stiff all over; stiffness all over; morning stiffness; stiff neck; neck stiffness; stiff in the morning; stiff and sore; sore and stiff; {stiff,stiffness} when {i,she,he} {wake,woke,wakes} up
l: {feel,feels,felt} {stiff,like the tin man,like a board}; {can't,cant} move in the morning
@ joint stiffness | musculoskeletal
c: joint stiffness; stiff joints; joints stiff; joints are stiff; joints were stiff; stiffness in {my,her,his} joints; joint stiffness in the morning; stiff {knees,hands,fingers,hips,shoulders}; {knees,hands,fingers,hips,shoulders} {are,were,feel,felt} stiff
@ neck pain | musculoskeletal
c: neck pain; neck pains; sore neck; neck soreness; neck ache; neck aches; painful neck; cervical pain; cervicalgia; pain in {my,her,his} neck; pain in the neck area; {my,her,his} neck {hurts,hurt,is sore,aches,is killing me}; neck hurts; neck is sore; crick in {my,her,his} neck; kink in {my,her,his} neck
@ bone pain | musculoskeletal
c: bone pain; bone pains; bones hurt; bones ache; aching bones; achy bones; bones aching; pain in {my,her,his} bones; deep bone pain; bone ache; bone aches; skeletal pain; {my,her,his} bones {hurt,ache,are killing me,are aching}; bones {are,were} killing {me,her,him}; hurts down to the bone
m: bone pian; bone pane; bones hurts
@ musculoskeletal pain | musculoskeletal
c: musculoskeletal pain; musculoskeletal discomfort; musculoskeletal aches; aches in {my,her,his} muscles and joints; muscle and joint pain; muscle and joint aches; joint and muscle pain; joint and muscle aches; muscle and bone pain
a: MSK pain; msk pain
@ musculoskeletal chest pain | musculoskeletal
c: musculoskeletal chest pain; chest wall pain; rib pain; ribs hurt; pain in {my,her,his} ribs; sore ribs; costochondritis; chest muscle pain; pulled a chest muscle
@ pain in jaw | musculoskeletal
c: pain in jaw; jaw pain; jaw pains; sore jaw; jaw ache; jaw aches; aching jaw; jaw hurts; jaw is sore; {my,her,his} jaw {hurts,is sore,aches,is killing me}; pain in {my,her,his} jaw; jaw discomfort; TMJ pain; tmj pain; painful jaw
@ groin pain | musculoskeletal
c: groin pain; pain in {my,her,his} groin; groin hurts; sore groin; groin ache; inguinal pain; groin discomfort
@ flank pain | renal
c: flank pain; pain in {my,her,his} side; side pain; side hurts; {my,her,his} side hurts; pain in {my,her,his} flank; flank discomfort; pain in {my,her,his} sides; sides hurt
@ tendonitis | musculoskeletal
c: tendonitis; tendinitis; tendon pain; inflamed tendon; tendon inflammation; achilles tendonitis; achilles pain; tennis elbow; golfer's elbow; tendinopathy; tendon rupture; torn tendon; ruptured tendon
m: tendonitus; tendinitus; tendenitis; tendonites
@ bursitis | musculoskeletal
c: bursitis; inflamed bursa; hip bursitis; shoulder bursitis; knee bursitis; bursitis flare
m: bursitus; burcitis
@ limb discomfort | musculoskeletal
c: limb discomfort; heavy legs feeling; leg discomfort; arm discomfort; heaviness in {my,her,his} {legs,arms}; {legs,arms} {feel,felt} like lead; uncomfortable legs
@ mobility decreased | musculoskeletal
c: mobility decreased; decreased mobility; reduced mobility; limited mobility; loss of mobility; less mobile; {can't,cant} get around; trouble getting around; hard to get around; hard time getting around; {can't,cant} move around; moving slower; not able to get around; difficulty moving; limited range of motion; decreased range of motion; reduced range of motion
a: decreased ROM; limited ROM; dec ROM; decr ROM
"""

# ---------------------------------------------------------------- weight, glucose, metabolic
VOCAB += """
@ weight decreased | metabolic
c: weight decreased; weight loss; weight decrease; loss of weight; lost weight; losing weight; unintended weight loss; unintentional weight loss; unexplained weight loss; unwanted weight loss; significant weight loss; rapid weight loss; weight dropping; weight dropped; weight went down; weight is down; dropped weight; dropping weight; weight drop
a: wt loss; wt. loss; unintended wt loss; unintentional wt loss; wt decreased; wt down; wt dropped; wt loss of 10 lbs; lost wt; decreased wt; decr wt; wt decrease
l: {lost,losing,has lost,have lost,had lost,dropped,dropping} {5,10,15,20,25,30,40,50} {lbs,pounds,lb,kg,kilos} {,without trying}; {lost,losing,dropped,dropping} {a lot of,so much,too much,a bunch of,some,a ton of} weight; {clothes,pants,clothes are,pants are} {falling off,hanging off,too big,loose}; {getting,got,looks,is,so} {skinny,thin,too thin,too skinny}; skin and bones; wasting away; {can't,cant} keep weight on; {can't,cant} keep the weight on; {losing,lost} weight without trying
m: weight lose; wieght loss; weigh loss; waight loss; weight los; lossing weight; loosing weight; loosing wieght; wt lose
@ weight increased | metabolic
c: weight increased; weight gain; weight increase; gained weight; gaining weight; unintended weight gain; unexplained weight gain; unwanted weight gain; rapid weight gain; significant weight gain; excessive weight gain; weight went up; weight is up; put on weight; putting on weight; packing on weight; packed on weight; weight keeps going up
a: wt gain; wt. gain; wt increased; wt up; gained wt; increased wt; incr wt; wt increase
l: {gained,gaining,has gained,have gained,had gained,put on,putting on,packed on} {5,10,15,20,25,30,40,50} {lbs,pounds,lb,kg,kilos}; {gained,gaining,put on,putting on,packed on} {a lot of,so much,too much,a bunch of,some,a ton of} weight; {clothes,pants} {don't,dont,doesn't,doesnt} fit {anymore}; {clothes,pants} {are,got} tight; {getting,got,gotten} {fat,fatter,bigger,heavier,chubby}; ballooned up; blew up like a balloon; {can't,cant} lose weight; {can't,cant} stop gaining weight
m: weight gane; wieght gain; waight gain; weigth gain; weight gian; weigh gain; wt gane
@ hypoglycemia | metabolic
c: hypoglycemia; hypoglycaemia; hypoglycemic; hypoglycaemic; hypoglycemic episode; hypoglycemic episodes; hypoglycemic event; hypoglycemic reaction; low blood sugar; low blood sugars; low blood glucose; low glucose; low glucose levels; blood sugar low; blood sugar was low; blood sugar dropped; blood sugar drops; blood sugar crashed; blood sugar crash; glucose dropped; glucose low; glucose was low; insulin reaction; insulin shock; low sugars; low sugar; sugar low; sugar was low; sugars low; sugars were low; sugars running low; sugar dropped; sugar crashed; sugar crash; sugar drop; sugar drops; sugars dropping; sugar dropping; sugars dropped; {blood sugar,sugar,BG,glucose} {was,of,dropped to,down to} {40s,50s,38,40,45,48,50,52,55,60}; {sugar,blood sugar,BG,glucose} in the {30s,40s,50s}; {had,has,have,having} lows; going low; went low; {was,is} low at night; sugar lows
a: hypo!; hypos!; hypo episode; hypo episodes; hypoglycemic ep; low BG; low BGs; low BS!; BG low; BS low!; low CBG; CBG low; low FSBS; BG drop; BG dropped
l: {shaky,sweaty} and {my,her,his} sugar {was,dropped}; {sugar,sugars,blood sugar,blood sugars} {keep,keeps,kept} {dropping,going low,crashing,bottoming out}; bottomed out
m: hypoglycemia; hypoglycimia; hypoglicemia; hypoglycemea; hypoglycemmia; hypoglycaemia; hypoglycemic; hipoglycemia; hypogylcemia; low bloodsugar; low blood suger; low suger; suger dropped; suger low; suger was low
@ hyperglycemia | metabolic
c: hyperglycemia; hyperglycaemia; hyperglycemic; hyperglycaemic; high blood sugar; high blood sugars; high blood glucose; elevated blood sugar; elevated blood sugars; elevated glucose; high glucose; glucose high; glucose elevated; blood sugar high; blood sugars high; blood sugar is high; blood sugar was high; blood sugars were high; blood sugar went up; blood sugars went up; blood sugar spiked; blood sugar spikes; blood sugar spiking; sugar spiked; sugar spikes; sugar spiking; sugars spiking; high sugars; sugars high; sugar was high; sugars were high; sugar is high; sugars are high; sugars have been high; sugar has been high; sugar went up; sugars went up; sugars up; sugar up; sugars running high; sugar running high; sugars through the roof; sugar through the roof; {blood sugar,sugar,BG,glucose} {was,of,up to,spiked to} {300s,400s,300,350,400,450,500,HI}; {sugar,blood sugar,BG,glucose} in the {300s,400s,500s}
a: high BG; high BGs; BG high; BGs high; elevated BG; elevated BGs; high BS!; BS high!; elevated BS!; high CBG; CBG high; high FSBS; hyperglycemic ep; BG spike; BG spikes
l: {sugar,sugars,blood sugar,blood sugars} {keep,keeps,kept} {going up,spiking,climbing,rising}; {sugar,sugars,blood sugar,blood sugars} {are,have been,were} {all over the place,out of control,crazy,uncontrolled}
m: hyperglycemia; hyperglicemia; hyperglycimia; hyperglycemea; hypergylcemia; high blood suger; high suger; suger high; sugar's high; suger was high; suger spiked
@ blood glucose increased | lab
c: blood glucose increased; blood sugar increased; glucose increased; increased blood glucose; increased blood sugar; increased glucose; elevated fasting glucose; fasting glucose high; high fasting glucose; high fasting sugar; fasting sugars high; sugars have been kind of high; sugars kind of high; sugar kind of high; sugars a little high; sugar a little high; sugars a bit high; sugars slightly high; glucose slightly elevated; mildly elevated glucose
@ blood glucose fluctuation | metabolic
c: blood glucose fluctuation; blood sugar fluctuations; blood sugar swings; sugar swings; sugars swinging; glucose fluctuations; glucose swings; sugars all over the place; sugar all over the place; blood sugars all over the place; erratic blood sugars; unstable blood sugars; labile blood sugars; brittle sugars
"""

# ---------------------------------------------------------------- eye
VOCAB += """
@ eye pruritus | eye
c: eye pruritus; itchy eyes; itchy eye; itching eyes; itching eye; eye itching; eyes itching; eyes itchy; eyes are itchy; eye is itchy; eyes itch; eye itches; itchy eyelids; eyelid itching; ocular itching; ocular pruritus; itchy watery eyes; itchy red eyes; itchy, watery eyes
l: {my,her,his} eyes {itch,itched,are itchy,were itchy,itch like crazy,are itching,are so itchy}; {can't,cant} stop rubbing {my,her,his} eyes; rubbing {my,her,his} eyes all the time
m: itchey eyes; ichy eyes; itchy eys; eye itchyness
@ dry eye | eye
c: dry eye; dry eyes; eye dryness; dryness of the eyes; ocular dryness; dry eye syndrome; dry eye disease; eyes dry; eyes are dry; eyes feel dry; eyes {were,felt} dry; keratoconjunctivitis sicca; gritty eyes; eyes feel gritty; eyes {feel,felt} like sandpaper; sandy eyes; eyes feel sandy; scratchy eyes; eyes feel scratchy
a: DED!; KCS!
l: {my,her,his} eyes {are,were,feel,felt,get,got} {so dry,dry,really dry,very dry,gritty,scratchy,like sandpaper}; need eye drops all the time
m: dry eys; dri eyes; drye eyes
@ ocular hyperemia | eye
c: ocular hyperaemia; ocular hyperemia; red eyes; red eye; eye redness; redness of the eyes; redness in {my,her,his} eyes; eyes red; eyes are red; eyes were red; eye is red; eye was red; bloodshot eyes; bloodshot eye; bloodshot; eyes bloodshot; eyes are bloodshot; conjunctival hyperemia; conjunctival injection; injected conjunctiva; pink eyes; red irritated eyes; red and irritated eyes; red, irritated eyes
l: {my,her,his} eyes {are,were,look,looked,got,get,have been} {red,so red,really red,bloodshot,all red,pink,bloodshot red}; whites of {my,her,his} eyes {are,were} red
m: bloodshoot eyes; blood shot eyes; blood-shot eyes; red eys
@ eye discharge | eye
c: eye discharge; discharge from {my,her,his} eyes; discharge from the eye; discharge from the eyes; eye drainage; drainage from {my,her,his} eyes; mucus in {my,her,his} eyes; crusty eyes; crusty eye; eyes crusty; eyes are crusty; eyes crusted over; eyes crusted shut; eyes matted; matted eyes; eyes matted shut; gunky eyes; goopy eyes; goop in {my,her,his} eyes; gunk in {my,her,his} eyes; sticky eyes; eyes stuck shut; eyes glued shut; pus in {my,her,his} eyes; eye boogers; sleep in {my,her,his} eyes all day
l: {my,her,his} eyes {are,were} {crusty,goopy,gunky,crusted,sticky,matted}; {woke,wake,wakes,waking} up with {my,her,his} eyes {crusted,stuck,glued,matted} shut
@ conjunctivitis | eye
c: conjunctivitis; pink eye; pinkeye; pink-eye; allergic conjunctivitis; conjunctival inflammation; inflamed eyes; eye inflammation; eye infection; eyes infected; infected eye; infected eyes; blepharoconjunctivitis; keratoconjunctivitis
m: conjuctivitis; conjunctivits; conjunctivitus; conjunctavitis; conjuntivitis; conjunctivitas; pinkeye infection
@ vision blurred | eye
c: vision blurred; blurred vision; blurry vision; blurring of vision; blurriness; blurry eyes; vision blurry; vision is blurry; vision was blurry; vision is blurred; vision was blurred; vision blurring; fuzzy vision; vision fuzzy; vision is fuzzy; hazy vision; vision hazy; cloudy vision; vision is cloudy; vision cloudy; foggy vision; vision foggy; everything is blurry; everything looks blurry; everything was blurry; things look blurry; things are blurry
a: blurry vis; blurred vis
l: {can't,cant} see clearly; {can't,cant} see {straight,well}; {eyes,vision} {went,going,go,goes,getting,got} {blurry,fuzzy,hazy,cloudy}; {trouble,hard time} {focusing my eyes,reading}; {seeing,sees} double and blurry
m: blurry vison; blured vision; blurr vision; blurrey vision; blury vision; blurred vison; blurrd vision; blurred visoin; vision blury; blurryness
@ eye irritation | eye
c: eye irritation; irritated eyes; irritated eye; eyes irritated; eyes are irritated; eyes burning; burning eyes; eyes burn; eyes sting; stinging eyes; eyes stinging; burning and stinging eyes; foreign body sensation in eyes; foreign body sensation; feels like something in {my,her,his} eye; something in {my,her,his} eye feeling
@ lacrimation increased | eye
c: lacrimation increased; watery eyes; watering eyes; eyes watering; eyes watery; eyes are watery; teary eyes; excessive tearing; increased tearing; eyes tearing; eyes tear up; eyes {keep,kept} watering; eyes running; runny eyes
m: watery eys; watery eyse; watering eys
@ photophobia | eye
c: photophobia; light sensitivity; sensitivity to light; sensitive to light; light hurts {my,her,his} eyes; bright lights hurt; eyes sensitive to light; {can't,cant} stand bright light; {can't,cant} tolerate light
m: photofobia; photophopia; light sensativity
@ visual impairment | eye
c: visual impairment; vision problems; vision problem; vision issues; vision changes; vision change; changes in vision; change in vision; decreased vision; reduced vision; worsening vision; vision getting worse; vision is worse; vision got worse; vision loss; loss of vision; lost vision; poor vision; eyesight worse; eyesight getting worse; trouble seeing; difficulty seeing; eyesight problems; visual disturbance; visual disturbances
@ diplopia | eye
c: diplopia; double vision; seeing double; sees double; saw double; seeing two of everything
m: diplopea; dipoplia; duble vision; doble vision
@ vitreous floaters | eye
c: vitreous floaters; floaters; eye floaters; seeing floaters; spots in {my,her,his} vision; spots in front of {my,her,his} eyes; specks in {my,her,his} vision; cobwebs in {my,her,his} vision
@ blepharitis | eye
c: blepharitis; eyelid inflammation; inflamed eyelids; swollen red eyelids; eyelid margin crusting; crusty eyelids; crusty eyelashes; eyelids crusty; eyelashes crusty; scaly eyelids
m: blepheritis; blepharitus
@ eye pain | eye
c: eye pain; eye pains; eyes hurt; eye hurts; painful eyes; painful eye; sore eyes; sore eye; eyes are sore; eyes sore; eyes ache; aching eyes; eye ache; pain in {my,her,his} eyes; pain in {my,her,his} eye; pain behind {my,her,his} eyes; pain behind the eyes; {my,her,his} eyes {hurt,ache,are sore,are killing me}; ocular pain
@ eye swelling | eye
c: eye swelling; swollen eyes; swollen eye; eyes swollen; eye swollen; swelling around {my,her,his} eyes; swelling around the eyes; eyes are puffy; eyes puffy; puffy eyelids; eye swollen shut; eyes swollen shut; eye is swollen almost shut; eye swollen almost shut
"""


# ---------------------------------------------------------------- more common PSP events (label terms of specialty products)
VOCAB += """
@ akathisia | psych
c: akathisia; akathesia; inner restlessness; {can't,cant,couldn't,couldnt} sit still; {can't,cant} stop moving; {feel,feels,felt} like {i,she,he} {have,has,had} to keep moving; jumping out of {my,her,his} skin; crawling out of {my,her,his} skin
@ ataxia | neuro
c: ataxia; ataxic; ataxic gait; cerebellar ataxia; staggering; staggering gait; walking like {i was,she was,he was} drunk
@ extrapyramidal disorder | neuro
c: extrapyramidal disorder; extrapyramidal symptoms; extrapyramidal side effects; extrapyramidal reaction; dystonia; dystonic reaction; muscle rigidity; rigid muscles; cogwheel rigidity
a: EPS!; EPSE!
@ parkinsonism | neuro
c: parkinsonism; parkinsonian symptoms; drug-induced parkinsonism; shuffling walk; masked face; stooped posture and tremor
@ sedation | neuro
c: sedation; sedated; over sedated; over-sedated; too sedated; heavily sedated; feel sedated; felt sedated; feels sedated; {feel,felt,feels} drugged; {feel,felt,feels} doped up; doped up; zombie-like
@ salivary hypersecretion | gi
c: salivary hypersecretion; excessive salivation; hypersalivation; drooling; sialorrhea; too much saliva; mouth watering all the time; increased saliva; excess saliva; spitting all the time
@ breath odor | gi
c: breath odor; breath odour; bad breath; halitosis; foul breath; stinky breath; breath smells {bad,weird,fruity,like metal}; bad taste and bad breath
@ polydipsia | metabolic
c: polydipsia; drinking water all the time; drinking gallons of water; drinking so much water; drinking a lot more water; constantly drinking water; {can't,cant} stop drinking water
@ polyuria | renal
c: polyuria; urinating a lot; urinating more; peeing a lot; peeing all the time; pee a lot; peeing more; excessive urination; increased urination; large amounts of urine; lots of urine
@ telangiectasia | skin
c: telangiectasia; telangiectasias; spider veins; broken capillaries; broken blood vessels on {my,her,his} face; little red veins
@ parasomnia | sleep
c: parasomnia; sleepwalking; sleep walking; sleep-walking; sleep talking; sleep-talking; sleep eating; sleep driving; sleep paralysis; acting out dreams; doing things in {my,her,his} sleep
@ dissociation | psych
c: dissociation; dissociative symptoms; dissociated; feeling detached; detached from reality; detached from {my,her,his} body; out of body feeling; out-of-body experience; out of body experience; feeling unreal; things feel unreal; depersonalization; derealization
@ psychiatric disorder | psych
c: psychiatric disorder; psychiatric symptoms; psychiatric side effects; mental health issues; mental health problems; mental health side effects; psychiatric problems; neuropsychiatric symptoms; neuropsychiatric events; behavior changes; behaviour changes; behavioral changes; personality changes; personality change; not acting like {herself,himself}; acting strange; acting weird
@ lipodystrophy acquired | metabolic
c: lipodystrophy acquired; lipodystrophy; acquired lipodystrophy; fat redistribution; body fat changes; fat loss in {my,her,his} face; fat loss in the face; buffalo hump
@ immediate post-injection reaction | injection_site
c: immediate post-injection reaction; immediate post injection reaction; post-injection reaction; post injection reaction; post-injection systemic reaction; IPIR; flushing and chest tightness after the injection; chest tightness right after the shot; racing heart right after the shot
@ injection related reaction | immune
c: injection related reaction; injection-related reaction; injection related reactions; injection-related reactions; systemic injection reaction; systemic reaction to the injection; reaction right after the shot; reaction after the injection; reacted to the shot; reaction to the shot
a: IRR after injection
@ implant site reaction | injection_site
c: implant site reaction; implant site pain; implant site swelling; implant site redness; pain where the implant is; reaction at the implant site; implant site irritation
@ application site pain | injection_site
c: application site pain; pain where {i,she,he} applied {it,the gel,the cream}; application site burning; burning where {i,she,he} applied {it,the gel,the cream}; stinging where {i,she,he} applied {it,the gel,the cream}; patch site pain; pain under the patch; patch burns
@ application site acne | injection_site
c: application site acne; acne where {i,she,he} applied {it,the gel,the cream}; pimples where {i,she,he} applied {it,the gel,the cream}; breakout where {i,she,he} applied {it,the gel,the cream}
@ dermatitis acneiform | skin
c: dermatitis acneiform; acneiform dermatitis; acne-like rash; acne like rash; acneform rash; acneiform rash; acneiform eruption; pimple-like bumps; papulopustular rash; EGFR rash
@ skin hyperpigmentation | skin
c: skin hyperpigmentation; hyperpigmentation; darkened skin; darkening of the skin; dark spots; dark patches; skin getting darker; brown spots; skin darkening; dark patches on {my,her,his} skin; dark spots on {my,her,his} skin; skin turning darker; skin turned darker; skin is darker
@ nail toxicity | skin
c: nail toxicity; nail damage from chemo; nails lifting; nail lifting; nail bed separation; onycholysis; nails separating from the nail bed; nails coming away from the nail bed
@ skin disorder | skin
c: skin disorder; skin condition; skin issues; skin problems; skin changes; skin side effects; skin toxicity; dermatologic side effects; skin trouble; skin acting up
@ ocular discomfort | eye
c: ocular discomfort; eye discomfort; eyes uncomfortable; eyes feel uncomfortable; eye strain; eyestrain; tired eyes; eyes feel tired; heavy eyes; asthenopia; eyes feel funny; eyes feel weird; eyes feel strange
@ photopsia | eye
c: photopsia; flashes of light; flashing lights; seeing flashes; seeing sparkles; sparkles in {my,her,his} vision; seeing stars; light flashes
@ visual acuity reduced | eye
c: visual acuity reduced; reduced visual acuity; decreased visual acuity; visual acuity decreased; worse eyesight; eyesight is worse; eyesight got worse; need stronger glasses; glasses {don't,dont} work anymore; {can't,cant} read the print anymore
@ eyelid ptosis | eye
c: eyelid ptosis; ptosis; droopy eyelid; droopy eyelids; drooping eyelid; drooping eyelids; eyelid drooping; eyelids drooping; eyelid droop; eyelid is droopy
@ conjunctival hemorrhage | eye
c: conjunctival haemorrhage; conjunctival hemorrhage; subconjunctival hemorrhage; subconjunctival haemorrhage; broken blood vessel in {my,her,his} eye; burst blood vessel in {my,her,his} eye; blood in the white of {my,her,his} eye; bleeding in {my,her,his} eye; blood spot in {my,her,his} eye; popped a blood vessel in {my,her,his} eye
@ stye | eye
c: hordeolum; stye; styes; sty in {my,her,his} eye; chalazion; chalazia; bump on {my,her,his} eyelid; lump on {my,her,his} eyelid
@ keratitis | eye
c: keratitis; corneal inflammation; inflamed cornea; corneal ulcer; corneal abrasion; scratched cornea; punctate keratitis; keratopathy
@ conjunctivitis allergic | eye
c: eye allergy; eye allergies; allergic eyes; allergies in {my,her,his} eyes; eye allergic reaction
@ abdominal tenderness | gi
c: abdominal tenderness; tender abdomen; tender belly; tender stomach; stomach is tender; belly is tender; stomach tender to the touch; belly tender to touch; abd tenderness; abd tender
@ glossodynia | gi
c: glossodynia; burning mouth syndrome; burning tongue syndrome; tongue burning; tongue feels burnt; tongue feels like it's burned; tongue is burning
@ tongue swelling | gi
c: tongue swelling; swollen tongue; tongue swollen; tongue is swollen; tongue swelled; tongue swelled up; tongue feels swollen; tongue feels thick; thick tongue feeling; enlarged tongue
@ gingival swelling | gi
c: gingival swelling; swollen gums; gums swollen; gums are swollen; gum swelling; gingival hyperplasia; gum overgrowth; puffy gums
@ early satiety | gi
c: early satiety; full quickly; get full quickly; gets full quickly; getting full quickly; feel full fast; feel full quickly; feeling full fast; full after a few bites; full after a couple bites; feeling full early; {get,gets,got,feel,felt,feels} full {so,really} fast; satiety
@ regurgitation | gi
c: regurgitation; regurgitated; food coming back up into {my,her,his} mouth; spitting up food; bringing food back up; refluxing food
@ feces discolored | gi
c: faeces discoloured; feces discolored; stool discoloration; discolored stool; discolored stools; pale stools; pale stool; clay colored stools; clay-colored stools; light colored stools; green stools; green stool; green poop; yellow stools; orange stools; orange poop; poop is {green,yellow,orange,pale,light colored,gray,grey}; stools are {green,yellow,orange,pale,light colored,gray,grey}
@ steatorrhea | gi
c: steatorrhoea; steatorrhea; oily stools; oily stool; greasy stools; greasy stool; fatty stools; fatty stool; oily discharge; oily spotting; stools float; floating stools; stool floats
@ mucous stools | gi
c: mucous stools; mucus in stool; mucus in stools; mucus in the stool; mucus in {my,her,his} stool; slimy stool; slimy stools; mucousy stools; mucus with bowel movements; passing mucus
@ change of bowel habit | gi
c: change of bowel habit; change in bowel habits; changes in bowel habits; bowel changes; bowel habit changes; bowels {are,have been} off; bowel movements changed; irregular bowel movements; irregular bowels; alternating diarrhea and constipation; alternating constipation and diarrhea
@ defecation urgency | gi
c: defaecation urgency; defecation urgency; urgent bowel movements; urgency to go; sudden urge to go; {have,has,had} to run to the bathroom; barely make it to the bathroom; {rush,rushing} to the toilet; urgent need to poop
@ anal fissure | gi
c: anal fissure; anal fissures; rectal fissure; tear in {my,her,his} bottom; torn bottom; anal tear
@ feeling jittery | psych
c: feeling jittery; jitters; the jitters; wired and jittery; jumpy and jittery; feel jittery inside; shaky inside; shaky feeling inside; feel wired; felt wired; feeling wired; too wired; wired all the time; feel revved up; felt revved up; buzzing inside
@ feeling drunk | neuro
c: feeling drunk; {feel,felt,feels} drunk; {feel,felt,feels} tipsy; {feel,felt,feels} intoxicated; like {i'm,im,i was,she was,he was} drunk; drunk feeling; drunken feeling; tipsy
@ yawning | respiratory
c: yawning; excessive yawning; yawning a lot; yawning all the time; {can't,cant} stop yawning; constant yawning; frequent yawning
@ muscle tightness | musculoskeletal
c: muscle tightness; tight muscles; muscles feel tight; muscles are tight; muscles tight; tightness in {my,her,his} muscles; tight calves; tight hamstrings; muscle tension
@ muscle fatigue | musculoskeletal
c: muscle fatigue; muscles tire easily; muscles get tired; muscles feel tired; tired muscles; muscle tiredness; muscles give out
@ plantar fasciitis | musculoskeletal
c: plantar fasciitis; plantar fascitis; heel spur pain; pain in the bottom of {my,her,his} foot; pain in the bottoms of {my,her,his} feet; bottom of {my,her,his} foot hurts; bottoms of {my,her,his} feet hurt
@ trismus | musculoskeletal
c: trismus; lockjaw; {can't,cant} open {my,her,his} mouth {all the way,wide,fully}; jaw tightness; tight jaw; jaw locked; jaw locking
@ anhedonia | psych
c: anhedonia; {can't,cant} enjoy anything; nothing is fun anymore; {no,lost} pleasure in anything; lost interest in things {i,she,he} used to enjoy; {don't,dont,doesn't,doesnt} enjoy things anymore
@ mania | psych
c: mania; manic; manic episode; manic episodes; hypomania; hypomanic; hypomanic episode; racing thoughts; not sleeping and talking fast; pressured speech
@ euphoric mood | psych
c: euphoric mood; euphoria; euphoric; feeling high; elated; elevated mood; feeling too happy
@ impulse-control disorder | psych
c: impulse-control disorder; impulse control disorder; impulse control problems; impulsive behavior; impulsive behaviour; compulsive gambling; gambling urges; urge to gamble; pathological gambling; compulsive shopping; compulsive spending; shopping sprees; compulsive eating; binge eating; hypersexuality; compulsive behavior; compulsive behaviour; uncontrollable urges
@ paranoia | psych
c: paranoia; paranoid; paranoid thoughts; feeling paranoid; thinks people are {watching,following,after} {her,him,me}; thinks someone is {watching,following} {her,him,me}; suspicious of everyone
@ homicidal ideation | psych | ime
c: homicidal ideation; homicidal thoughts; thoughts of hurting others; thoughts of hurting someone; thoughts of killing someone; wants to hurt someone; wanted to hurt someone
a: +HI!
@ emotional disorder | psych
c: emotional disorder; emotional problems; emotional issues; emotional changes; emotional distress; emotionally distressed; emotional side effects; feeling emotional; very emotional; overly emotional; more emotional than usual
@ food craving | metabolic
c: food craving; food cravings; cravings; sugar cravings; craving sugar; craving sweets; craving salt; salt cravings; carb cravings; craving carbs; craving food all the time
@ sluggishness | general
c: sluggishness; sluggish; moving slow; moving slowly; slowed down; feel slowed down; felt slowed down; everything takes more effort
@ axillary pain | musculoskeletal
c: axillary pain; armpit pain; pain in {my,her,his} armpit; armpit hurts; sore armpit; underarm pain
@ skin atrophy | skin
c: skin atrophy; thin skin; thinning skin; skin thinning; skin is thin; skin is thinner; paper thin skin; papery skin; fragile skin; skin tears easily; skin tears
@ skin striae | skin
c: skin striae; striae; stretch marks; stretch mark; purple stretch marks; striae distensae
@ miliaria | skin
c: miliaria; heat rash; prickly heat; sweat rash
@ purpura | skin
c: purpura; purpuric rash; purple spots; purple blotches; blood spots under the skin; purple patches on {my,her,his} skin
@ intertrigo | skin
c: intertrigo; rash in skin folds; rash under {my,her} breasts; rash in {my,her,his} groin folds; chafing; chafed skin; raw skin in folds
@ rosacea | skin
c: rosacea; rosacea flare; rosacea flares; facial redness and bumps; red cheeks and bumps
@ swelling | general
c: swelling; swollen; swellings; localized swelling; localised swelling; local swelling; swelling up; swelled up; puffed up and swollen
@ localized edema | general
c: localised oedema; localized edema; local edema; localised edema; localized oedema; edema at one spot
@ feeling of body temperature change | general
c: feeling of body temperature change; temperature swings; body temperature swings; hot and cold; hot and cold spells; going hot and cold; alternating hot and cold; {feel,felt,feels} hot then cold; {feel,felt,feels} hot and cold
@ temperature intolerance | general
c: temperature intolerance; {can't,cant} regulate {my,her,his} temperature; {can't,cant} tolerate heat or cold; sensitive to temperature; sensitive to hot and cold
@ inflammation | general
c: inflammation; inflamed; increased inflammation; inflammation all over; inflammatory flare
@ discomfort | general
c: discomfort; general discomfort; feeling uncomfortable; {so,very,really} uncomfortable; physical discomfort
@ hunger | metabolic
c: hunger; hungry all the time; always hungry and eating; hunger pangs; constant hunger; ravenous; starving constantly
"""

# Terms the templates below use (defined here so that every term has one definition line).
VOCAB += """
@ breast pain | reproductive
c: breast pain; breast tenderness; tender breasts; sore breasts; mastalgia
@ pelvic pain | reproductive
c: pelvic pain; pelvic cramps; pain in the pelvis
@ ear pain | ear
c: ear pain; earache; ear ache; earaches; otalgia
@ oropharyngeal pain | respiratory
c: oropharyngeal pain; sore throat
@ injection site erythema | injection_site
@ injection site swelling | injection_site
@ injection site pain | injection_site
@ injection site pruritus | injection_site
@ injection site bruising | injection_site
@ injection site warmth | injection_site
@ injection site induration | injection_site
@ injection site infection | injection_site
@ injection site hematoma | injection_site
@ injection site rash | injection_site
@ injection site urticaria | injection_site
@ injection site mass | injection_site
@ injection site nodule | injection_site
@ injection site hemorrhage | injection_site
@ injection site irritation | injection_site
@ injection site inflammation | injection_site
@ injection site discoloration | injection_site
@ injection site vesicles | injection_site
@ injection site scar | injection_site
@ injection site hypoesthesia | injection_site
@ injection site paresthesia | injection_site
@ injection site discomfort | injection_site
@ injection site dermatitis | injection_site
@ injection site hypersensitivity | injection_site
@ injection site necrosis | injection_site
@ injection site ulcer | injection_site
@ injection site abscess | injection_site
@ injection site exfoliation | injection_site
"""


# ---------------------------------------------------------------- templates
# Body parts as callers name them: (words, plural?, term).
BODY_PARTS = [
    (["head"], False, "headache"),
    (["stomach", "belly", "tummy", "abdomen", "gut", "stomache"], False, "abdominal pain"),
    (["back", "lower back", "upper back", "low back", "mid back", "middle back"], False, "back pain"),
    (["neck"], False, "neck pain"),
    (["joints"], True, "arthralgia"),
    (["joint", "knee", "hip", "shoulder", "elbow", "wrist", "ankle", "knuckle"], False, "arthralgia"),
    (["knees", "hips", "shoulders", "elbows", "wrists", "ankles", "knuckles", "finger joints"], True, "arthralgia"),
    (["muscles"], True, "myalgia"),
    (["leg", "arm", "foot", "hand", "finger", "toe", "thigh", "calf", "heel", "shin"], False, "pain in extremity"),
    (["legs", "arms", "feet", "hands", "fingers", "toes", "thighs", "calves", "heels", "shins", "hands and feet"], True,
     "pain in extremity"),
    (["bones"], True, "bone pain"),
    (["jaw"], False, "pain in jaw"),
    (["groin"], False, "groin pain"),
    (["ribs"], True, "musculoskeletal chest pain"),
    (["eye"], False, "eye pain"),
    (["eyes"], True, "eye pain"),
    (["ear"], False, "ear pain"),
    (["ears"], True, "ear pain"),
    (["mouth", "tongue", "gums"], False, "oral pain"),
    (["tooth"], False, "toothache"),
    (["teeth"], True, "toothache"),
    (["breast"], False, "breast pain"),
    (["breasts", "nipples"], True, "breast pain"),
    (["pelvis", "pelvic area"], False, "pelvic pain"),
    (["skin"], False, "pain of skin"),
    (["throat"], False, "oropharyngeal pain"),
]
PAIN_NOUN = ["pain", "pains", "ache", "aches", "soreness", "discomfort"]
OWNERS = ["my", "her", "his", "their", "the"]


def add_body_part_pain() -> None:
    """'X pain', 'pain in my X', 'my X hurts', 'sore X', 'X is killing me', ... for each body part."""
    for words, plural, term in BODY_PARTS:
        be, was, hurt, ache, has = ("are", "were", "hurt", "ache", "have") if plural else ("is", "was", "hurts", "aches", "has")
        for part in words:
            forms = [f"{part} {noun}" for noun in PAIN_NOUN]
            forms += [f"{noun} in {owner} {part}" for noun in ("pain", "pains", "aching", "soreness") for owner in OWNERS]
            forms += [f"{part} {hurt}", f"{part} hurting", f"{part} {be} hurting", f"{part} {was} hurting",
                      f"{part} {has} been hurting", f"{part} {ache}", f"{part} aching", f"{part} {be} aching",
                      f"{part} {be} sore", f"{part} {was} sore", f"{part} {be} so sore", f"{part} {be} achy",
                      f"{part} {be} painful", f"{part} {be} throbbing", f"{part} throbbing", f"{part} hurt",
                      f"sore {part}", f"aching {part}", f"achy {part}", f"painful {part}", f"throbbing {part}",
                      f"{part} {be} killing me", f"{part} {be} killing her", f"{part} {be} killing him",
                      f"{part} {was} killing me", f"{part} {was} killing her", f"{part} {was} killing him",
                      f"{part} {has} been killing me", f"{part} {be} bothering me", f"{part} {has} been bothering me"]
            forms += [f"{owner} {part} {hurt}" for owner in OWNERS[:3]]
            for form in forms:
                add(form, term, "lay", template=True)


# Injection site findings: term -> (nouns, adjectives, verbs, local when said "from the shot").
SITE_FINDINGS: dict[str, tuple[list[str], list[str], list[str], bool]] = {
    "injection site pain": (["pain", "soreness", "tenderness", "ache", "aching", "stinging", "burning", "burning sensation",
                             "sting", "throbbing"],
                            ["painful", "sore", "tender", "achy", "stinging", "burning", "very sore", "really sore",
                             "so sore", "a little sore", "a bit sore"],
                            ["hurts", "hurt", "stung", "stings", "burned", "burns", "ached", "aches", "throbbed"], True),
    "injection site erythema": (["redness", "erythema", "red spot", "red mark", "red area", "red patch", "red blotch",
                                 "red circle", "red ring", "pink spot", "reddening", "red splotch"],
                                ["red", "pink", "reddened", "bright red", "very red", "really red", "a little red",
                                 "a bit red", "red and raised"],
                                ["turned red", "got red", "went red"], True),
    "injection site swelling": (["swelling", "edema", "oedema", "puffiness", "swollen area", "swollen spot"],
                                ["swollen", "puffy", "swelled up", "swelled", "very swollen", "a little swollen",
                                 "raised", "puffed up"],
                                ["swelled up", "swelled", "swells", "swelling up", "puffed up", "blew up"], True),
    "injection site pruritus": (["itching", "itchiness", "pruritus", "itch"],
                                ["itchy", "itching", "very itchy", "so itchy", "really itchy", "a little itchy"],
                                ["itches", "itched", "itched like crazy"], False),
    "injection site bruising": (["bruising", "bruise", "bruises", "ecchymosis", "bruised area", "black and blue mark"],
                                ["bruised", "black and blue", "purple"], ["bruised", "bruises"], True),
    "injection site hematoma": (["hematoma", "haematoma", "blood blister", "pocket of blood"], [], [], True),
    "injection site rash": (["rash", "rashes", "red bumps", "spots"], ["rashy", "bumpy"], ["broke out"], False),
    "injection site urticaria": (["hives", "welt", "welts", "wheal", "wheals", "raised welt", "raised welts"], [], [],
                                 False),
    "injection site warmth": (["warmth", "heat"],
                              ["warm", "hot", "warm to the touch", "hot to the touch", "very warm", "really hot",
                               "really warm"], ["felt hot", "feels hot", "felt warm", "feels warm"], True),
    "injection site mass": (["lump", "lumps", "bump", "bumps", "knot", "knots", "mass", "swollen lump", "hard lump",
                             "raised bump", "raised lump"],
                            ["lumpy", "bumpy"], [], True),
    "injection site nodule": (["nodule", "nodules", "small nodule", "subcutaneous nodule", "pea-sized lump",
                               "pea sized lump"], ["nodular"], [], True),
    "injection site induration": (["hardness", "induration", "hard spot", "hard area", "hardening", "firmness",
                                   "firm area", "firm spot", "hard knot"],
                                  ["hard", "firm", "indurated", "hardened", "hard as a rock"], ["hardened", "got hard"],
                                  True),
    "injection site hemorrhage": (["bleeding", "hemorrhage", "haemorrhage", "blood"], ["bleeding"],
                                   ["bled", "bleeds", "bled a lot", "kept bleeding", "wouldn't stop bleeding",
                                    "would not stop bleeding"], True),
    "injection site irritation": (["irritation"], ["irritated", "raw"], [], True),
    "injection site inflammation": (["inflammation"], ["inflamed", "angry"], [], True),
    "injection site discoloration": (["discoloration", "discolouration", "dark spot", "dark mark"],
                                      ["discolored", "discoloured", "darker"], [], True),
    "injection site vesicles": (["blister", "blisters", "vesicles", "blistering"], ["blistered", "blistering"], [],
                                True),
    "injection site scar": (["scar", "scars", "scarring", "scar tissue"], ["scarred"], [], True),
    "injection site hypoesthesia": (["numbness"], ["numb"], ["went numb"], True),
    "injection site paresthesia": (["tingling", "pins and needles"], ["tingly", "tingling"], ["tingles", "tingled"],
                                    True),
    "injection site discomfort": (["discomfort"], ["uncomfortable"], [], True),
    "injection site dermatitis": (["dermatitis", "eczema"], [], [], False),
    "injection site hypersensitivity": (["allergic reaction", "hypersensitivity"], [], [], False),
    "injection site necrosis": (["necrosis", "dead skin", "black skin"], ["necrotic"], [], True),
    "injection site ulcer": (["ulcer", "ulceration", "open sore", "open wound", "sore that won't heal",
                              "sore that will not heal"], ["ulcerated"], [], True),
    "injection site infection": (["infection", "pus", "cellulitis"], ["infected", "oozing pus", "pus-filled"], [],
                                 True),
    "injection site abscess": (["abscess", "abcess", "boil"], ["abscessed"], [], True),
    "injection site exfoliation": (["peeling", "flaking"], ["peeling", "flaky"], ["peeled"], True),
    "injection site reaction": (["reaction", "reactions", "skin reaction", "local reaction", "rxn"], [], ["reacted"],
                                True),
}
# How notes name the site: before a finding ("injection site pain") and after one ("pain at the injection site").
SITE_BEFORE = ["injection site", "injection-site", "inj site", "inj. site", "shot site", "injection spot", "injection area",
               "injection sight", "site of injection"]
SITE_AFTER = ["at the injection site", "at injection site", "at the inj site", "at the site", "at the site of injection",
              "at the shot site", "around the injection site", "at the injection sight", "where {i,she,he} injected",
              "where {i,she,he} inject", "where the shot went in", "where the needle went in"]
SITE_FROM = ["from the shot", "from the injection"]
SITE_SUBJECT = ["injection site", "inj site", "site", "shot site", "injection spot", "spot where {i,she,he} injected",
                "area where {i,she,he} injected", "where {i,she,he} injected", "injection area"]
COPULA = ["is", "was", "got", "looks", "looked", "felt", "has been", "turned"]
INTENSIFIERS = ("very ", "really ", "so ", "a little ", "a bit ")
# Adjectives that mean something else after a bare "site" ("the site was hard to find").
BARE_SITE_UNSAFE = {"hard", "firm", "raw", "angry", "darker", "purple", "tingling", "uncomfortable", "burning", "stinging",
                    "hot", "warm", "a little sore", "a bit sore", "bumpy", "flaky", "peeling", "blistering",
                    "hard as a rock", "raised", "puffed up", "swelled", "swelled up", "black and blue"}
# Pairs heard together: "the site was red and hot".
SITE_PAIRS = [("red", "injection site erythema"), ("swollen", "injection site swelling"),
              ("itchy", "injection site pruritus"), ("hot", "injection site warmth"),
              ("warm", "injection site warmth"), ("sore", "injection site pain"), ("painful", "injection site pain"),
              ("hard", "injection site induration"), ("bruised", "injection site bruising"),
              ("tender", "injection site pain"), ("puffy", "injection site swelling")]


def _site_add(pattern: str, terms: str) -> None:
    for surface in expand(pattern):
        add(surface, terms, "lay", template=True)


def add_injection_site() -> None:
    """Injection site x finding: nouns before/after the site, 'site was red', 'red spot where I injected', pairs."""
    for term, (nouns, adjectives, verbs, local) in sorted(SITE_FINDINGS.items()):
        for noun in nouns:
            for site in SITE_BEFORE:
                _site_add(f"{site} {noun}", term)
            for site in SITE_AFTER:
                _site_add(f"{noun} {site}", term)
            if local and noun not in ("blood", "reaction", "reactions", "heat", "spots"):
                for site in SITE_FROM:
                    _site_add(f"{noun} {site}", term)
        for adjective in adjectives:
            for subject in SITE_SUBJECT:
                if subject == "site" and adjective in BARE_SITE_UNSAFE:
                    continue
                if adjective.startswith(INTENSIFIERS) and subject not in ("injection site", "site"):
                    continue
                for copula in COPULA:
                    if copula == "turned" and term != "injection site erythema":
                        continue
                    _site_add(f"{subject} {copula} {adjective}", term)
            for place in ("at the injection site", "where {i,she,he} injected", "at the site of injection"):
                _site_add(f"{adjective} {place}", term)
            for place in ("where {i,she,he} injected", "at the injection site"):
                _site_add(f"{adjective} {{spot,area,patch,mark,skin}} {place}", term)
            _site_add(f"{adjective} injection site", term)
            if adjective not in BARE_SITE_UNSAFE:
                _site_add(f"{adjective} site", term)
        for verb in verbs:
            for subject in SITE_SUBJECT:
                _site_add(f"{subject} {verb}", term)
            _site_add(f"{verb} where {{i,she,he}} injected", term)
    for (first, first_term), (second, second_term) in itertools.permutations(SITE_PAIRS, 2):
        if first_term == second_term:
            continue
        terms = f"{first_term};{second_term}"
        for subject in ("injection site", "site", "injection spot", "spot"):
            _site_add(f"{subject} {{is,was,got,looked}} {first} and {second}", terms)
        for place in ("at the injection site", "where {i,she,he} injected", "at the site"):
            _site_add(f"{first} and {second} {place}", terms)
        _site_add(f"{first} and {second} injection site", terms)
    for phrase in ("the site was red and hot", "the site was red and swollen", "the spot was red and swollen"):
        _site_add(phrase, "injection site erythema;" + ("injection site warmth" if "hot" in phrase else "injection site swelling"))


TEMPLATE_BUILDERS: list = [add_body_part_pain, add_injection_site]


def add_templates() -> None:
    """Template families; hand-written rows above win over any template row."""
    for build in TEMPLATE_BUILDERS:
        build()


# ---------------------------------------------------------------- checks and output
def _sibling_tsv(pattern: str, own: Path) -> list[tuple[Path, int, list[str]]]:
    rows = []
    for path in sorted(HERE.glob(pattern)):
        if path.name == own.name:
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
