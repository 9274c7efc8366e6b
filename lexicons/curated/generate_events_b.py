"""Generate pvflag's curated AE vocabulary, part B (respiratory, cardiovascular,
eye, ear, renal, hepatic, blood and labs, infections, immune, reproductive,
pregnancy outcomes, endocrine/metabolic, neoplasms, injury, death, the diseases
specialty drugs treat, generic umbrella words, and Spanish for common events).

Written for pvflag by hand; no licensed terminology (MedDRA, CHV, SIDER, ...)
was copied. Stdlib only and deterministic: run it, commit both outputs.

    python lexicons/curated/generate_events_b.py

writes ``events_b.tsv`` (surface, terms, register, case) and
``event_terms_b.tsv`` (term, group, flags, aggravated) next to this file.

The vocabulary is written in a small line format (``VOCAB`` below):

    @ term | group | flags            a block defining one event term
    @ term                            a block using a term defined elsewhere
    @ term1;term2                     surfaces meaning two events (N/V)
    c: clinical; surfaces             one line per register: c clinical, l lay,
    l: ...  i: ...  a: ...  m: ...    i idiom, a abbrev, m misspelling,
    es: ...  lab: ...                 es Spanish, lab lab phrasing

Items are ``;``-separated, ``{a,b,}`` expands to alternatives, a trailing ``!``
makes the surface case-sensitive. Surfaces with an apostrophe also get the form
without it ("can't" -> "cant"), hyphenated ones the spaced form. Templates then
add lab increased/decreased phrasings, disease flare phrasings and numeric lab
readings as HCPs write them.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGISTERS = {"c": "clinical", "l": "lay", "i": "idiom", "a": "abbrev", "m": "misspelling", "es": "es", "lab": "lab"}
GROUPS = {
    "gi", "skin", "injection_site", "general", "pain", "musculoskeletal", "neuro", "psych", "sleep",
    "respiratory", "cardiac", "vascular", "eye", "ear", "renal", "hepatic", "blood", "immune",
    "infection", "metabolic", "endocrine", "reproductive", "sexual", "pregnancy", "neoplasm",
    "injury", "lab", "disease", "death", "nonspecific",
}
FLAGS = {"ime", "life_threatening", "death", "congenital", "disease", "generic"}
# Register kept when the same surface is written twice for the same terms.
REGISTER_RANK = ["clinical", "abbrev", "lab", "lay", "idiom", "misspelling", "es"]

# term -> (group, flags, aggravated)
TERMS: dict[str, tuple[str, str, str]] = {}
# folded surface key -> (surface, terms, register, case)
ROWS: dict[tuple[str, str], tuple[str, str, str, str]] = {}
# folded surface -> terms: one surface has one meaning
MEANING: dict[str, str] = {}
# surfaces kept out on purpose: ordinary words with common non-medical meanings
STOP_SURFACES = {
    "cold", "fall", "falls", "pe", "ms", "ra", "ad", "as", "cp", "mi", "se", "uc", "cd", "hs", "cf",
    "sob", "sma", "expired", "passed", "dead", "spread", "reaction", "attack", "stroke of luck",
}
STOP_ALLOWED = {"reaction"}  # "reaction" alone is the generic umbrella word


def fold(text: str) -> str:
    """The matcher's view of a case-insensitive surface: lower-case, accents folded."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def expand(pattern: str) -> list[str]:
    """Brace expansion: ``"blood clot{,s}"`` -> ``["blood clot", "blood clots"]``."""
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
    if term in TERMS and TERMS[term] != entry:
        raise ValueError(f"term {term!r} defined twice: {TERMS[term]} and {entry}")
    TERMS[term] = entry


def _variants(surface: str) -> list[str]:
    out = [surface]
    if "'" in surface:
        out.append(surface.replace("'", ""))
    for form in list(out):
        if "-" in form and not re.search(r"\d-|-\d", form):
            out.append(form.replace("-", " "))
    return out


def add(surface: str, terms: str, register: str, case: str = "i") -> None:
    """Add one row; the same surface must always mean the same terms."""
    for form in _variants(surface.strip()):
        if not form:
            continue
        key = fold(form) if case == "i" else form
        if case == "i" and key in STOP_SURFACES and key not in STOP_ALLOWED:
            raise ValueError(f"{form!r} is an ordinary word; write it case-sensitive or in a phrase")
        if MEANING.setdefault(fold(form), terms) != terms:
            raise ValueError(f"surface {form!r} means {MEANING[fold(form)]!r} and {terms!r}")
        prior = ROWS.get((case, key))
        if prior:
            # keep the accented spelling and the most specific register
            better = (form.isascii(), REGISTER_RANK.index(register)) < (prior[0].isascii(), REGISTER_RANK.index(prior[2]))
            if not better:
                continue
        ROWS[(case, key)] = (form, terms, register, case)


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
            if not item:
                continue
            case = "s" if item.endswith("!") else "i"
            for surface in expand(item.rstrip("!")):
                add(surface, terms, REGISTERS[code], case)


VOCAB = ""

# ---------------------------------------------------------------- respiratory
VOCAB += """
@ dyspnea | respiratory
c: dyspnea; dyspnoea; dyspnea at rest; shortness of breath; short of breath; breathlessness; breathless; difficulty breathing; difficulty in breathing; breathing difficulty; breathing difficulties; labored breathing; laboured breathing; respiratory distress
a: SOB!; S.O.B.!; SOA!; dyspnea/SOB; sob/doe; diff breathing
l: {trouble,hard time,problems,problem,issues} breathing; {cant,can't,couldnt,couldn't,could not,cannot} breathe; {cant,can't,couldnt,couldn't,could not,cannot} catch {my,her,his,their} breath; hard to breathe; harder to breathe; {struggling,struggle,struggled,fighting} {to breathe,for air,for breath}; {gasping,gasped} for {air,breath}; out of breath; winded; {get,gets,got,getting} winded; short winded; short-winded; breathing is {labored,hard,heavy,bad,worse}; breathing {got,has gotten} worse; {trouble,difficulty} getting air; {cant,can't,couldnt,couldn't} get {enough,any} air; not getting enough air; {air hunger,hungry for air}; {huffing and puffing}; breathing heavy; {heavy,hard} breathing
i: feel like {im,i'm,i am} suffocating; {feels,felt} like {im,i'm,i was} suffocating; like breathing through a straw; {cant,can't} get a deep breath; {cant,can't} take a deep breath; lungs {wont,won't} fill; {elephant,weight} on my chest
m: dyspnia; dispnea; disnea; dysnea; dyspnae; shortnes of breath; shortness of breathe; short of breathe; breathlesness; diffculty breathing; dificulty breathing; difficulty breathig; trouble breething
es: falta de aire; me falta el aire; le falta el aire; falta de respiración; dificultad para respirar; dificultad respiratoria; no puedo respirar; no podía respirar; me ahogo; me ahogaba; sensación de ahogo; ahogo; me cuesta respirar; disnea

@ dyspnea exertional | respiratory
c: dyspnea on exertion; dyspnoea on exertion; exertional dyspnea; shortness of breath on exertion; short of breath on exertion; breathless on exertion
a: DOE!; SOBOE!; SOB on exertion; SOB w/ exertion
l: {winded,out of breath,short of breath} {climbing,going up,walking up} {stairs,the stairs}; {cant,can't} walk {far,to the mailbox} without {getting winded,stopping}; {winded,out of breath} {walking,with activity,with exertion}

@ orthopnea | respiratory
c: orthopnea; orthopnoea; paroxysmal nocturnal dyspnea
a: PND!
l: {cant,can't} breathe lying {down,flat}; have to sleep {sitting up,on pillows}

@ cough | respiratory
c: cough; coughs; coughing; cough nos; persistent cough; chronic cough; nagging cough; hacking cough; bad cough
l: coughing {a lot,fits,spells,all night,constantly}; coughing fit; coughing fits; coughing spell; coughing spells; {keeps,kept} coughing; {cant,can't} stop coughing; tickle in {my,her,his} throat; tickly cough; coughed
m: couph; cought; coff; coughin; coughting; caugh
es: tos; tosiendo; con tos; mucha tos; ataques de tos

@ productive cough | respiratory
c: productive cough; wet cough; cough with phlegm; cough with sputum; cough productive of sputum; chesty cough
l: coughing {up,out} {phlegm,mucus,mucous,gunk,stuff,green stuff,yellow stuff,junk}; {phlegm,mucus} in {my,her,his} chest; chest congestion; congested chest; rattly cough; rattle in {my,her,his} chest
es: tos con flema; flemas; tos con flemas

@ dry cough | respiratory
c: dry cough; nonproductive cough; non-productive cough; dry hacking cough; dry coughs
es: tos seca

@ hemoptysis | respiratory | ime
c: hemoptysis; haemoptysis
l: coughing up blood; coughed up blood; {blood,bloody} {in,with} {my,her,his,} sputum; blood in {my,her,his} phlegm; bloody phlegm; bloody mucus; spitting up blood; spit up blood
m: hemoptisis; hemoptysys
es: tos con sangre; escupir sangre

@ wheezing | respiratory
c: wheezing; wheeze; wheezes; wheezy; wheezed; expiratory wheeze
l: whistling when {i,she,he} {breathe,breathes}; whistling breath; chest whistling
m: weezing; wheesing; wheazing; weezy
es: silbido en el pecho; sibilancias; me silba el pecho

@ chest discomfort | respiratory
c: chest tightness; tightness in {the,my,her,his} chest; chest discomfort; chest pressure; pressure in {my,her,his,the} chest; chest heaviness; heaviness in {my,her,his} chest
l: chest {feels,felt,is,was,got} tight; tight chest; chest {feels,felt} heavy; chest {feels,felt} {funny,weird,off}; heavy chest
es: opresión en el pecho; presión en el pecho; pecho apretado

@ nasopharyngitis | infection
c: nasopharyngitis; common cold; head cold; chest cold; coryza; rhinopharyngitis
l: {a,bad,nasty,little,the} cold; {caught,catch,catching,had,have,got,getting,has} a cold; {colds,a lot of colds}; {cold,colds} {symptoms,sx}; {cold,colds} that {wont,won't} go away; {cold,colds} {i,she,he} {cant,can't} shake; {constant,back to back,one cold after another} colds
m: nasopharangitis; nasopharyngitus; nasopharingitis
es: resfriado; resfrío; catarro; gripa; estoy resfriado; estoy resfriada; constipado

@ upper respiratory tract infection | infection
c: upper respiratory tract infection; upper respiratory infection; upper respiratory infections; upper respiratory tract infections; respiratory infection; respiratory infections; chest infection; chest infections
a: URI; URIs; URTI; URTIs; resp infection
l: {a,bad} {bug,virus} going around; {caught,caught a,got a,picked up a,picked up} {bug,virus}; viral infection; {respiratory,chest} bug
m: upper resperatory infection; upper respitory infection; respitory infection; resperatory infection
es: infección respiratoria; infección de las vías respiratorias

@ lower respiratory tract infection | infection
c: lower respiratory tract infection; lower respiratory infection
a: LRTI; LRTIs

@ bronchitis | infection
c: bronchitis; acute bronchitis; chronic bronchitis; tracheobronchitis; bronchiolitis
m: bronchitus; bronkitis; bronchitits; broncitis; bronchites; brochitis
es: bronquitis

@ pneumonia | infection
c: pneumonia; pneumonias; bronchopneumonia; lobar pneumonia; community acquired pneumonia; community-acquired pneumonia; bilateral pneumonia; double pneumonia; walking pneumonia; lung infection; lung infections; infection in {my,her,his,the} lungs; pneumonitis infective
a: PNA!; CAP!; pna; pneumo
l: infection in both lungs
m: pnemonia; pnuemonia; pneumonia; numonia; neumonia; ammonia in {my,her,his} lungs; pnumonia; pneumona; pneomonia; phneumonia; pneunomia; pnemonia; newmonia; pneumoni
es: neumonía; pulmonía; infección en los pulmones; infección pulmonar

@ aspiration pneumonia | infection
c: aspiration pneumonia
a: asp pna

@ pneumonitis | respiratory | ime
c: pneumonitis; noninfectious pneumonitis; drug induced pneumonitis; drug-induced pneumonitis; radiation pneumonitis; immune related pneumonitis; immune-related pneumonitis
a: irPneumonitis
m: pneumonitus; neumonitis; pnuemonitis
es: neumonitis

@ interstitial lung disease | respiratory | ime
c: interstitial lung disease; interstitial pneumonia; lung fibrosis; pulmonary fibrosis; scarring of the lungs; lung scarring; scarring in {my,her,his} lungs
a: ILD
es: fibrosis pulmonar; enfermedad pulmonar intersticial

@ pleural effusion | respiratory
c: pleural effusion; pleural effusions; effusion in {the,her,his} lung; fluid around {the,her,his,my} lungs; fluid on {the,her,his,my} lungs; water on {the,her,his,my} lungs
a: pl effusion
es: derrame pleural; agua en los pulmones; líquido en los pulmones

@ pulmonary edema | respiratory | ime
c: pulmonary edema; pulmonary oedema; lung edema; fluid in {the,her,his,my} lungs; flash pulmonary edema
es: edema pulmonar

@ pulmonary embolism | respiratory | ime
c: pulmonary embolism; pulmonary emboli; pulmonary embolus; lung embolism; blood clot in {my,her,his,the} lung; blood clots in {my,her,his,the} lungs; clot in {my,her,his,the} lung; clots in {my,her,his,the} lungs; {clot,clots} {went,traveled,travelled,moved} to {my,her,his,the} {lung,lungs}; saddle embolus; bilateral pulmonary emboli; bilateral PEs
a: PE!; PEs!; PTE!
m: pulmonary embolisim; pulmonary embolisms; pulmanary embolism; pulmonery embolism; pulmonary emboli
es: embolia pulmonar; tromboembolismo pulmonar; coágulo en el pulmón; coágulos en los pulmones

@ pulmonary hypertension | respiratory | ime
c: pulmonary hypertension; pulmonary arterial hypertension
a: PAH!; PH!
es: hipertensión pulmonar

@ respiratory failure | respiratory | life_threatening
c: respiratory failure; acute respiratory failure; hypoxic respiratory failure; hypoxemic respiratory failure; hypercapnic respiratory failure; acute respiratory distress syndrome; ventilatory failure
a: ARDS; AHRF!
l: {had to be,was,got} intubated; {put,placed} on {a,the} {ventilator,vent,breathing machine}; on {a,the} {ventilator,breathing machine}; breathing tube
es: insuficiencia respiratoria; falla respiratoria; lo intubaron; la intubaron; intubado; intubada

@ respiratory arrest | respiratory | life_threatening
c: respiratory arrest; apnea episode; apnoeic episode
l: stopped breathing; quit breathing; wasn't breathing; wasnt breathing; was not breathing
es: dejó de respirar; paro respiratorio

@ hypoxia | respiratory
c: hypoxia; hypoxemia; hypoxaemia; oxygen desaturation; desaturation; desaturated; desatting; low oxygen; low oxygen levels; low oxygen saturation; oxygen saturation decreased
a: low O2; low o2 sats; low sats; sats low; O2 sats low; O2 sat low; o2 dropped; sats dropped; sats dropping; sats in the {70s,80s}; o2 in the {70s,80s}; oxygen in the {70s,80s}; desat; desats
l: oxygen {dropped,was low,went down,level dropped,levels dropped,levels were low,level was low,was dropping}; {had to go,had to be put,put,placed} on oxygen; needed oxygen; on oxygen now
m: hypoxemia; hipoxia; hypoxea
es: oxígeno bajo; le bajó el oxígeno; me bajó el oxígeno; hipoxia; saturación baja

@ asthmatic crisis | respiratory | ime
c: status asthmaticus; asthmatic crisis; severe asthma attack
es: crisis asmática

@ bronchospasm | respiratory
c: bronchospasm; bronchospasms; bronchoconstriction; airway constriction; reactive airway; reactive airways
m: bronchospazm; bronchspasm; broncospasm
es: broncoespasmo

@ laryngospasm | respiratory
c: laryngospasm
a: vocal cord dysfunction

@ rhinorrhea | respiratory
c: rhinorrhea; rhinorrhoea; runny nose; running nose; nasal discharge; nasal drip; post nasal drip; postnasal drip; post-nasal drip; drippy nose
l: nose {is,was,keeps,kept} running; nose running; nose {is,was} runny; {dripping,drippy,leaky} nose; nose {wont,won't} stop running
m: rhinorhea; rinorrhea; rhinorea; runy nose
es: moqueo; mocos; escurrimiento nasal; me gotea la nariz; nariz que gotea; secreción nasal

@ nasal congestion | respiratory
c: nasal congestion; congestion; congested; nasal obstruction; nasal stuffiness; blocked nose; stuffy nose; stuffed nose; stuffed-up nose; stuffed up; stuffy; sinus congestion; sinus pressure
l: nose {is,was} {stuffed,stuffy,blocked,clogged,plugged}; {cant,can't} breathe through {my,her,his} nose; stopped up; all stopped up; stuffed up nose; plugged up; clogged nose; head {is,feels} {stuffed,stuffy,congested}; head congestion
m: congestoin; conjestion; congestoin; stuffey nose
es: congestión nasal; nariz tapada; nariz congestionada; tengo la nariz tapada; congestionado; congestionada

@ sneezing | respiratory
c: sneezing; sneeze; sneezes; sneezed; sneezing fits
l: {cant,can't} stop sneezing; {keep,keeps,kept} sneezing
m: sneazing; sneezeing; sneasing
es: estornudos; estornudando; estornudo

@ rhinitis | respiratory
c: rhinitis; allergic rhinitis; seasonal allergies; hay fever; hayfever; nasal allergies; vasomotor rhinitis
l: {bad,acting up} allergies; allergies {acting up,flaring,are bad,are terrible,kicking in}; sinus allergies
es: rinitis; rinitis alérgica; fiebre del heno

@ sinusitis | infection
c: sinusitis; sinus infection; sinus infections; acute sinusitis; chronic sinusitis; rhinosinusitis; sinus inflammation; bacterial sinusitis
l: sinus {thing,issues,problems,crud}; sinuses {acting up,are bad,infected,are infected}; infected sinuses
a: sinus inf; sinus infx
m: sinusitus; sinisitis; sinusitits; sinus infecton; sinus infeciton; sinus infction; sinis infection; sinuse infection
es: sinusitis; infección de los senos nasales; infección sinusal

@ pharyngitis | infection
c: pharyngitis; sore throat; sore throats; throat infection; strep throat; streptococcal pharyngitis; tonsillitis; laryngitis; pharyngotonsillitis
a: strep
l: throat {is,was,feels,felt} {sore,raw}; raw throat; throat {hurts,hurt,is killing me}; {hurts,hurt} to swallow; painful swallowing; lost {my,her,his} voice
m: pharyngitus; faringitis; tonsilitis; tonselitis; laryngitus; strep throught; sorethroat
es: dolor de garganta; me duele la garganta; garganta irritada; faringitis; amigdalitis; anginas; laringitis; infección de garganta

@ oropharyngeal pain | respiratory
c: oropharyngeal pain; throat pain; pain in {my,her,his,the} throat; pharyngeal pain

@ throat irritation | respiratory
c: throat irritation; irritated throat; throat irritated; itchy throat; throat itching; throat itchy; itchy scratchy throat; tickly throat; throat clearing; scratchy feeling in {my,her,his} throat
l: throat {feels,felt} {itchy,scratchy,irritated}
es: picazón en la garganta; comezón en la garganta; carraspera

@ dysphonia | respiratory
c: dysphonia; hoarseness; hoarse voice; hoarse; voice change; voice changes; voice alteration
l: {voice,my voice} {is,was,got} {hoarse,raspy,scratchy,gravelly}; raspy voice; losing {my,her,his} voice; lost voice
m: horseness; hoarsness; horse voice
es: ronquera; afonía; voz ronca; disfonía

@ epistaxis | respiratory
c: epistaxis; nosebleed; nosebleeds; nose bleed; nose bleeds; nasal bleeding; bleeding from {my,her,his,the} nose; bloody nose; bloody noses
l: nose {bleeding,bled,bleeds,was bleeding,keeps bleeding,started bleeding}; blood from {my,her,his} nose; {bleeding,bled} from the nose
m: epitaxis; epistaxsis; nosbleed
es: sangrado nasal; sangrado de nariz; sangre por la nariz; me sangra la nariz; hemorragia nasal; epistaxis

@ nasal dryness | respiratory
c: nasal dryness; dry nose; dry nasal passages; nose {is,feels} dry; crusty nose; nasal crusting
es: nariz seca; resequedad nasal

@ sleep apnea syndrome | respiratory
c: sleep apnea; sleep apnoea; obstructive sleep apnea
a: OSA!

@ pneumothorax | respiratory | ime
c: pneumothorax; collapsed lung; lung collapsed; lung collapse; collapsed lungs
l: {my,her,his} lung collapsed
m: pneumothorex; neumothorax
es: neumotórax; pulmón colapsado

@ atelectasis | respiratory
c: atelectasis; partial lung collapse

@ pulmonary mass | respiratory
c: lung nodule; lung nodules; pulmonary nodule; pulmonary nodules; lung mass; mass on {my,her,his,the} lung; spot on {my,her,his,the} lung; spots on {my,her,his,the} lungs
es: nódulo pulmonar; mancha en el pulmón

@ hiccups | respiratory
c: hiccups; hiccup; hiccoughs; singultus; persistent hiccups
l: {cant,can't} stop hiccuping; hiccuping; hiccupping
m: hickups; hiccoughs; hicups; hickeys
es: hipo; tengo hipo

@ yawning | respiratory
c: excessive yawning; yawning a lot; constant yawning

@ sputum increased | respiratory
c: increased sputum; sputum production; more phlegm; excess mucus; excess phlegm; lots of phlegm; lots of mucus; phlegm; mucus build up
es: flema

@ tachypnea | respiratory
c: tachypnea; tachypnoea; rapid breathing; fast breathing; breathing fast; breathing rapidly; hyperventilation; hyperventilating; hyperventilated
l: breathing {really,very} fast; panting
es: respiración rápida; respirando rápido

"""

# ------------------------------------------------------ cardiac and vascular
VOCAB += """
@ palpitations | cardiac
c: palpitations; palpitation; heart palpitations; cardiac palpitations; heart fluttering; fluttering in {my,her,his} chest; skipped beats; skipped beat; skipping beats; extra beats; heart flutters
l: heart {racing,pounding,fluttering,flutters,skipping,skipped a beat,skips beats,skipping beats,beating fast,beating hard,beating out of my chest,going crazy,going a mile a minute,doing flips,flip flopping,flip-flopping,jumping,was racing,was pounding,is racing,is pounding,races,pounds,raced,pounded}; racing heart; pounding heart; {heart,chest} {feels,felt} fluttery; fluttery feeling in {my,her,his} chest; heart {feels,felt} like it {was,is} {racing,pounding,going to beat out of my chest,jumping out of my chest}; {feel,felt,could feel} {my,her,his} heart {beating,pounding,racing}
m: palpatations; palpitaions; palpitatons; palpatations; palpitatoins; palpatation; heart palpatations; papitations; palpations
es: palpitaciones; el corazón acelerado; se me acelera el corazón; corazón acelerado; el corazón me late muy rápido; taquicardia; me late fuerte el corazón

@ tachycardia | cardiac
c: tachycardia; sinus tachycardia; tachycardic; rapid heart rate; rapid heartbeat; fast heart rate; fast heartbeat; fast pulse; rapid pulse; elevated heart rate; increased heart rate; heart rate increased; high heart rate; heart rate elevated; heart rate high; heart rate up; heart rate went up; pulse {high,was high,up,racing,fast}
a: HR elevated; HR high; elevated HR; high HR; HR up; HR in the {110s,120s,130s,140s,150s}; HR {110,120,130,140,150,160}; sinus tach; tachy; SVT; supraventricular tachycardia; POTS; postural orthostatic tachycardia syndrome
l: heart rate {in the 120s,over 100,over 120}; heart rate {was,went up to} {110,120,130,140,150}
m: tachicardia; tachacardia; tachycardya; tacchycardia; tachycarida
es: pulso acelerado; ritmo cardíaco acelerado; frecuencia cardíaca alta

@ bradycardia | cardiac
c: bradycardia; sinus bradycardia; bradycardic; slow heart rate; slow heartbeat; slow pulse; low heart rate; heart rate decreased; decreased heart rate; heart rate low; heart rate dropped; low pulse; pulse {low,dropped,was low}
a: HR low; low HR; HR dropped; HR in the {30s,40s}; brady
m: bradicardia; bradycardya
es: bradicardia; pulso lento; ritmo cardíaco lento

@ arrhythmia | cardiac
c: arrhythmia; arrhythmias; cardiac arrhythmia; dysrhythmia; irregular heartbeat; irregular heart beat; irregular heart rate; irregular heart rhythm; irregular pulse; abnormal heart rhythm; abnormal heartbeat; heart rhythm problem; heart rhythm problems
l: heart {beating,beats,was beating} irregular{,ly}; heart {out of rhythm,skipping around}
m: arrythmia; arythmia; arrhythmya; arrythmias; arrhytmia; irregular hartbeat
es: arritmia; arritmias; latido irregular; latidos irregulares

@ atrial fibrillation | cardiac
c: atrial fibrillation; paroxysmal atrial fibrillation; atrial flutter; new onset atrial fibrillation
a: afib; a-fib; a fib; AF!; AFib; PAF!; a flutter; AFL!; rapid afib; afib with RVR; afib w/ RVR; RVR!
l: heart went into afib; went into afib
m: atrial fibrilation; atrial fibralation; a fibb; atrial fibrulation; artial fibrillation
es: fibrilación auricular; fibrilación atrial

@ ventricular tachycardia | cardiac | ime;life_threatening
c: ventricular tachycardia; ventricular arrhythmia; ventricular arrhythmias; torsade de pointes; torsades de pointes; torsades
a: VT!; v-tach; vtach; v tach; TdP!; NSVT!; non-sustained ventricular tachycardia

@ ventricular fibrillation | cardiac | ime;life_threatening
c: ventricular fibrillation
a: VF!; v-fib; vfib; v fib

@ extrasystoles | cardiac
c: extrasystoles; premature ventricular contractions; premature atrial contractions; premature beats; ectopic beats; ventricular extrasystoles
a: PVCs; PVC!; PACs!; PAC!

@ atrioventricular block | cardiac | ime
c: atrioventricular block; heart block; av block; first degree heart block; second degree heart block; third degree heart block; complete heart block; bundle branch block
a: CHB!; LBBB; RBBB
es: bloqueo cardíaco

@ electrocardiogram QT prolonged | cardiac | ime
c: qt prolongation; prolonged qt; qt prolonged; qtc prolongation; prolonged qtc; qtc prolonged; long qt; long qt syndrome; qt interval prolonged; qtc interval prolonged
a: QTc {500,510,520,530,540,550}; QTc over 500; QTc > 500; QTc>500; increased QTc; QTc increased
es: qt prolongado; prolongación del qt

@ electrocardiogram abnormal | cardiac
c: abnormal ekg; abnormal ecg; ekg abnormal; ecg abnormal; ekg changes; ecg changes; abnormal electrocardiogram; ekg was abnormal; ecg was abnormal; st changes; st depression; t wave inversion; st elevation

@ chest pain | cardiac
c: chest pain; chest pains; pain in {my,her,his,the} chest; chest wall pain; thoracic pain; noncardiac chest pain; non-cardiac chest pain; atypical chest pain; left sided chest pain; left-sided chest pain; substernal chest pain; retrosternal pain; sternal pain; pleuritic chest pain; pleuritic pain
a: CP!; c/o CP; CP/SOB; chest pn
l: chest {hurts,hurt,hurting,was hurting,is hurting,aches,ached,aching,is killing me,was killing me}; {sharp,stabbing,crushing,burning,squeezing} pain in {my,her,his} chest; {sharp,stabbing,crushing,squeezing} chest pain; pain {in,across} {my,her,his} chest; hurts in {my,her,his} chest; chest {was,is} sore; sore chest
m: chestpain; chest pian; chest pains; chets pain; cheat pain
es: dolor de pecho; dolor en el pecho; dolor torácico; me duele el pecho; le duele el pecho

@ angina pectoris | cardiac
c: angina; angina pectoris; unstable angina; stable angina; anginal pain; anginal chest pain; acute coronary syndrome
a: ACS!; NSTEMI!; nstemi
m: angena; anjina
es: angina de pecho; angina

@ myocardial infarction | cardiac | ime
c: myocardial infarction; myocardial infarct; heart attack; heart attacks; acute myocardial infarction; cardiac infarction; ST elevation myocardial infarction; non ST elevation myocardial infarction; silent heart attack; mild heart attack; massive heart attack
a: MI!; AMI!; STEMI!; stemi; s/p MI
l: {had,having,suffered} a {heart attack,coronary}
m: myocardial infraction; myocardial infarcation; myocardial infarktion; mycardial infarction; heart atack; hart attack; heartattack; heart attak; myocardia infarction
es: infarto; infarto de miocardio; infarto cardíaco; ataque al corazón; ataque cardíaco; le dio un infarto; me dio un infarto

@ coronary artery disease | cardiac
c: coronary artery disease; coronary heart disease; blocked arteries; blocked artery; blockage in {my,her,his} heart; blockages in {my,her,his} heart; coronary artery occlusion; coronary artery stenosis; coronary blockage; ischemic heart disease; myocardial ischemia; cardiac ischemia
a: CAD!; ASCVD
l: needed a stent; {got,had,put in} a stent; {got,had,put in} stents; {needed,had} bypass surgery; triple bypass; quadruple bypass
es: enfermedad coronaria; arterias tapadas

@ cardiac arrest | cardiac | life_threatening
c: cardiac arrest; cardiopulmonary arrest; sudden cardiac arrest; cardiorespiratory arrest; asystole; pulseless
a: code blue; called a code; {pt,she,he} coded; PEA arrest; VF arrest; went into arrest; went into cardiac arrest
l: heart stopped; {her,his,my} heart stopped; needed CPR; {had to do,got,received,performed} CPR; flatlined; no pulse; {shocked,had to shock} {her,him}
m: cardiac arest; cardiac arrset; cardiac arrect
es: paro cardíaco; paro cardiaco; paro cardiorrespiratorio; se le paró el corazón

@ cardiac failure | cardiac | ime
c: heart failure; cardiac failure; congestive heart failure; congestive cardiac failure; acute heart failure; decompensated heart failure; heart failure exacerbation; heart failure with reduced ejection fraction; systolic heart failure; diastolic heart failure; weak heart; heart is weak; heart failing; heart is failing; failing heart
a: CHF!; CHF exacerbation; HFrEF!; HFpEF!; chf; acute on chronic CHF
m: congestive hart failure; heart faliure; heart failiure; heart falure; congestive heart falure; conjestive heart failure
es: insuficiencia cardíaca; falla cardíaca; falla del corazón; el corazón débil

@ ejection fraction decreased | cardiac
c: ejection fraction decreased; decreased ejection fraction; reduced ejection fraction; low ejection fraction; ejection fraction dropped; ejection fraction went down; lvef decreased; decreased lvef; reduced lvef; lvef dropped; lv dysfunction; left ventricular dysfunction; cardiomyopathy; dilated cardiomyopathy; cardiotoxicity; cardiac toxicity
a: EF dropped; EF decreased; low EF; EF down; EF {20,25,30,35}%; EF of {20,25,30,35}%; EF {20,25,30,35}
es: miocardiopatía; cardiomiopatía; fracción de eyección baja

@ myocarditis | cardiac | ime
c: myocarditis; inflammation of the heart; heart inflammation; inflamed heart; heart muscle inflammation; immune-mediated myocarditis; myopericarditis
m: myocarditits; miocarditis; myocardidis; myocartitis
es: miocarditis; inflamación del corazón

@ pericarditis | cardiac | ime
c: pericarditis; pericardial effusion; fluid around {the,her,his,my} heart; fluid around heart; cardiac tamponade; tamponade
m: pericarditus; pericardits; pericardidis
es: pericarditis; derrame pericárdico; líquido alrededor del corazón

@ cardiac valve disease | cardiac
c: valve problem; heart valve problem; valvular heart disease; mitral regurgitation; aortic stenosis; leaky valve; leaky heart valve; heart murmur; new murmur; murmur

@ cardiomegaly | cardiac
c: cardiomegaly; enlarged heart; heart is enlarged; heart was enlarged; heart enlarged; big heart on x-ray


@ hypertension | vascular
c: hypertension; high blood pressure; elevated blood pressure; raised blood pressure; blood pressure high; blood pressure elevated; blood pressure increased; increased blood pressure; blood pressure up; hypertensive; hypertensive crisis; hypertensive urgency; hypertensive emergency; malignant hypertension; worsening hypertension; uncontrolled hypertension; uncontrolled blood pressure; blood pressure uncontrolled; systolic blood pressure increased; diastolic blood pressure increased; blood pressure out of control
a: HTN; htn; high BP; BP high; elevated BP; BP elevated; BP up; BP increased; increased BP; BP was high; BP is high; BP through the roof; BP {160,170,180,190,200}/{90,95,100,105,110,115,120}; BP in the {150s,160s,170s,180s,190s,200s}; hi BP; HBP!; bp spiked; BP spiked; BP went up; BP going up; BPs high; BPs elevated; BPs up; SBP in the {160s,170s,180s,190s,200s}
l: blood pressure {went up,has gone up,is up,was up,spiked,shot up,skyrocketed,is high,was high,has been high,has been really high,been high,through the roof,off the charts,sky high,is sky high,went through the roof,is way up,way up,keeps going up,climbing,was elevated,is elevated,has been elevated,running high,is running high,been running high,readings high,readings were high,readings are high,reading was high,keeps going up,jumped,shot through the roof,really high,very high,super high}; pressure {went up,is up,was up,is high,was high,high,spiked,shot up,has been high,running high,through the roof}; {my,her,his} pressure {is,was} {high,up}; high pressure readings; bp {went,shot} up; high blood preasure
m: hypertention; hypertenstion; hypertenson; hipertension; high blood presure; high blood pessure; high bloodpressure; high blood preasure; hight blood pressure; hi blood pressure; hypertensoin; blood presure high
es: presión alta; la presión alta; tengo la presión alta; hipertensión; presión arterial alta; tensión alta; se me subió la presión; me subió la presión; le subió la presión; presión elevada


@ hypotension | vascular
c: hypotension; low blood pressure; blood pressure low; blood pressure decreased; decreased blood pressure; blood pressure dropped; blood pressure drop; drop in blood pressure; dropped blood pressure; hypotensive; orthostatic hypotension; postural hypotension; blood pressure fell; blood pressure bottomed out
a: low BP; BP low; BP dropped; BP was low; BP is low; BP drop; drop in BP; BP {70,75,80,85,90}/{40,45,50,55,60}; BP in the {70s,80s}; SBP in the {70s,80s}; BP tanked; BP bottomed out; BPs low; orthostatics positive; orthostatic BP drop
l: blood pressure {went down,dropped,is low,was low,has been low,tanked,crashed,plummeted,bottomed out,went way down,dropped really low,running low,got too low,too low,was too low,is too low,really low,very low}; pressure {dropped,went down,is low,was low,low,tanked,crashed,bottomed out}; {my,her,his} pressure {dropped,is low,was low,went down}; light headed when {i,she,he} {stand,stood,stands} up; dizzy when {i,she,he} {stand,stood,stands} up
m: hypotention; hypotenstion; hipotension; low blood presure; low bloodpressure; low blood preasure
es: presión baja; la presión baja; tengo la presión baja; hipotensión; se me bajó la presión; me bajó la presión; le bajó la presión; tensión baja

@ flushing | vascular
c: flushing; flushed; flushes; facial flushing; face flushing; skin flushing; flushing of the face; redness of the face; facial redness; facial erythema
l: face {turned,went,got,was,is,gets} {red,beet red,bright red,all red,flushed,hot and red}; {red,flushed} face; {red,flushed} in the face; face {feels,felt} {hot,warm,on fire,flushed}; cheeks {red,flushed,burning,hot}; hot face; turned red as a tomato; beet red
m: flusing; flushhing; flusshed; fushing
es: enrojecimiento de la cara; enrojecimiento facial; cara roja; rubor; bochornos en la cara; se me pone roja la cara; se le puso roja la cara; cara caliente

@ hot flush | vascular
c: hot flashes; hot flash; hot flushes; hot flush; night sweats and hot flashes; vasomotor symptoms; hot flashes and night sweats
l: {having,getting,get,got} {hot flashes,flashes,flushes,hot flushes,power surges}; power surges; {hot,heat} waves; waves of heat; feeling hot all of a sudden; hot spells; sudden heat
m: hot flushes; hotflashes; hot flashs; hot flases; hot falshes
es: bochornos; sofocos; calores; oleadas de calor; sofocones; tengo bochornos

@ deep vein thrombosis | vascular | ime
c: deep vein thrombosis; deep venous thrombosis; deep vein thrombus; deep venous thrombus; blood clot in {my,her,his,the} leg; blood clots in {my,her,his,the} legs; clot in {my,her,his,the} leg; clots in {my,her,his,the} legs; blood clot in {my,her,his,the} {calf,thigh,arm}; clot in {my,her,his,the} {calf,thigh,arm}; leg clot; leg clots; blood clot behind {my,her,his} knee; venous thrombosis; upper extremity dvt
a: DVT; DVTs; dvt; LE DVT; UE DVT; provoked DVT; unprovoked DVT
m: deep vain thrombosis; deep vein trombosis; deep vein thrombosys; deep vien thrombosis; dvt's; blood clott; blood clod; deep vein thrombsis
es: trombosis venosa profunda; coágulo en la pierna; coágulos en las piernas; trombosis en la pierna; tvp

@ thrombosis | vascular | ime
c: thrombosis; thrombus; thromboembolism; thromboembolic event; thromboembolic events; venous thromboembolism; blood clot; blood clots; clot; clots; clotting; arterial thrombosis; arterial clot; clotted; thrombotic event; thrombotic events; thromboses
a: VTE; VTEs
l: {got,developed,had,has} a {blood clot,clot}; {got,developed,had,has} {blood clots,clots}; clot somewhere
m: thrombosys; trombosis; throbosis; thromobosis; thombosis; thrombus; blod clot; blood clotts; bloodclot; bloodclots
es: coágulo; coágulos; trombosis; coágulo de sangre; coágulos de sangre; trombo; trombos

@ superficial thrombophlebitis | vascular
c: superficial thrombophlebitis; thrombophlebitis; phlebitis; superficial vein thrombosis; superficial clot; superficial blood clot
a: SVT in leg

@ cerebrovascular accident | vascular | ime
c: stroke; strokes; cerebrovascular accident; cerebral infarction; ischemic stroke; ischaemic stroke; hemorrhagic stroke; haemorrhagic stroke; brain attack; mini stroke; mini-stroke; minor stroke; massive stroke; cerebral vascular accident; cerebrovascular event; brain bleed; bleed in {the,her,his,my} brain; bleeding in {the,her,his,my} brain; brain hemorrhage; cerebral hemorrhage; intracranial hemorrhage; intracerebral hemorrhage; subarachnoid hemorrhage; cerebellar stroke; lacunar infarct; embolic stroke; cerebral embolism
a: CVA!; CVAs; cva; ICH!; SAH!; s/p CVA; acute CVA
l: had a stroke; {has,have} had a stroke; {having,had,suffered} a stroke; stroked out; face drooping; drooping face; facial droop; face {was,is} drooping; one side of {her,his,my} face {drooped,was drooping,went numb}; slurred speech and weakness; went numb on one side; {numb,weak} on one side
m: strock; stoke; stroak; srtoke; cerebrovascular acident; cerebral vascular accedent; cerebrovasular accident
es: derrame cerebral; infarto cerebral; ataque cerebral; accidente cerebrovascular; embolia; embolia cerebral; ictus; le dio un derrame; le dio una embolia; hemorragia cerebral

@ transient ischemic attack | vascular | ime
c: transient ischemic attack; transient ischaemic attack; transient ischemic attacks; warning stroke
a: TIA; TIAs; tia
m: transient ischemic atack; transcient ischemic attack
es: ataque isquémico transitorio

@ peripheral ischemia | vascular
c: peripheral ischemia; limb ischemia; peripheral artery disease; peripheral arterial disease; poor circulation; bad circulation; circulation problems; circulation issues; cold hands and feet; raynaud's phenomenon; raynaud's; raynauds phenomenon; fingers turning white; fingers turn white; fingers {turned,turn,turning} blue; toes {turned,turn,turning} blue
a: PAD!
es: mala circulación; problemas de circulación

@ vasculitis | vascular | ime
c: vasculitis; leukocytoclastic vasculitis; cutaneous vasculitis; inflamed blood vessels; blood vessel inflammation
m: vasculitus; vascolitis
es: vasculitis

@ hemorrhage | vascular
c: hemorrhage; haemorrhage; hemorrhages; bleeding; bleed; bleeds; bled; bleeding episode; bleeding episodes; bleeding event; abnormal bleeding; unusual bleeding; excessive bleeding; heavy bleeding; prolonged bleeding; bleeding a lot; bleeding easily; bleeds easily; bleed easily; bleeding that wont stop; bleeding that won't stop; wont stop bleeding; won't stop bleeding; major bleed; major bleeding; internal bleeding; bleeding internally
m: hemorrage; hemmorhage; hemorhage; hemmorage; bleading; bleedin; haemorage
es: sangrado; sangrados; hemorragia; sangrando; sangra mucho; sangrado abundante

@ hematoma | vascular
c: hematoma; haematoma; hematomas; blood blister; pocket of blood; collection of blood
m: hemotoma; hematoma; hemetoma; hemotomas
es: hematoma; moretón grande

@ aneurysm | vascular | ime
c: aneurysm; aortic aneurysm; brain aneurysm; aortic dissection; arterial dissection
m: anurism; aneurism; anuerysm; anyeurism
es: aneurisma

@ vascular occlusion | vascular
c: retinal vein occlusion; retinal artery occlusion; arterial occlusion; arterial blockage

@ varicose vein | vascular
c: varicose veins; varicose vein; spider veins; bulging veins
es: várices; varices; venas varicosas

@ vein disorder | vascular
c: collapsed vein; collapsed veins; blown vein; blown veins; vein blew; vein collapsed; hard to find a vein; couldn't find a vein; couldnt find a vein; vein irritation; sore vein; sore veins

@ shock | vascular | life_threatening
c: circulatory collapse; cardiovascular collapse; septic shock; cardiogenic shock; hypovolemic shock; distributive shock
l: went into shock
m: septic schock
es: choque; shock; choque séptico; entró en shock

@ pallor | vascular
c: pallor; pale; paleness; pale skin; looks pale; looked pale; looking pale; pale face; face {was,is,went,turned} {pale,white,gray,grey,ashen}; turned white as a ghost; white as a ghost; white as a sheet; ashen; grey color; gray color
es: palidez; pálido; pálida; se puso pálido; se puso pálida

@ peripheral coldness | vascular
c: peripheral coldness; cold extremities; cold hands; cold feet; hands {are,were,feel,felt} {cold,ice cold,freezing}; feet {are,were,feel,felt} {cold,ice cold,freezing}; icy hands; icy feet
es: manos frías; pies fríos

@ cyanosis | vascular
c: cyanosis; cyanotic; turned blue; turning blue; lips {turned,turning,were,went} blue; blue lips; blue tinge; bluish lips; dusky
es: cianosis; labios morados; se puso morado; se puso azul

@ edema peripheral | general
c: peripheral edema; peripheral oedema; edema; oedema; swelling in {my,her,his} {legs,feet,ankles}; {leg,ankle,feet,foot} swelling; swollen {legs,feet,ankles,ankle,foot,leg}; {legs,feet,ankles} {are,were,got,getting,feel,look} swollen; {legs,feet,ankles} {swelled,swelled up,swelling up,puffed up,puffy}; puffy {ankles,feet,legs}; fluid retention; retaining fluid; retaining water; water retention; holding fluid; holding water; fluid in {my,her,his} legs; fluid buildup; fluid build up; fluid build-up; pitting edema; lower extremity edema; bilateral leg swelling; pedal edema; ankle edema; cankles
a: LE edema; BLE edema; 1+ edema; 2+ edema; 3+ edema; 1+ pitting edema; 2+ pitting edema; 3+ pitting edema
m: edemia; edima; odema; adema; swolen legs; swolen feet; swollen angles; swolled feet; sweling in legs; swelling in my legs
es: hinchazón de piernas; hinchazón de pies; piernas hinchadas; pies hinchados; tobillos hinchados; se me hinchan los pies; se me hinchan las piernas; retención de líquidos; edema

@ lymphedema | vascular
c: lymphedema; lymphoedema; lymphatic swelling
m: lymphadema; lymphodema; lympedema
es: linfedema
"""

# ------------------------------------------------------------------ eye, ear
VOCAB += """
@ conjunctivitis | eye
c: conjunctivitis; allergic conjunctivitis; bacterial conjunctivitis; viral conjunctivitis; pink eye; pinkeye; pink eyes; eye infection; eye infections; infected eye; infected eyes; keratoconjunctivitis; blepharoconjunctivitis
l: {got,caught,have,has,had} pink eye; eyes {are,were} infected; eye {is,was} infected
m: conjunctivitus; conjuctivitis; conjunctivits; conjunctivites; conjuntivitis; conjunktivitis; conjunctivitis; conjuctivitus; conjectivitis; conjunctavitis; pinkeye; pink-eye
es: conjuntivitis; infección en los ojos; infección de ojos; ojo rosado

@ ocular hyperemia | eye
c: ocular hyperemia; ocular hyperaemia; eye redness; red eye; red eyes; redness in {my,her,his,the} eyes; redness in {my,her,his,the} eye; redness of the eyes; bloodshot eyes; bloodshot eye; bloodshot; conjunctival hyperemia; injected conjunctiva
l: eyes {are,were,got,look,looked,turned,getting,get} {red,so red,really red,bloodshot,all red,pink}; eye {is,was,got,looks,looked,turned} {red,bloodshot,pink}; eyes red; eyes so red; {my,her,his} eyes red; eyes look like {i've,ive,i have} been crying
m: blood shot eyes; bloodshoot eyes; red eys
es: ojos rojos; ojo rojo; enrojecimiento de los ojos; ojos irritados; ojos enrojecidos; tengo los ojos rojos

@ eye pruritus | eye
c: eye pruritus; itchy eyes; itchy eye; itching eyes; eye itching; itching of the eyes; ocular pruritus; eyelid pruritus; itchy eyelids
l: eyes {are,were,feel,felt,get,getting,so} itchy; eyes {itch,itching,itched,itch like crazy}; eye {itches,itching,is itchy}; {cant,can't} stop rubbing {my,her,his} eyes; rubbing {my,her,his} eyes {all the time,constantly}
m: ichy eyes; itchey eyes; itcy eyes
es: comezón en los ojos; picazón en los ojos; me pican los ojos; ojos con comezón; ardor y comezón en los ojos; picor de ojos

@ dry eye | eye
c: dry eye; dry eyes; dry eye syndrome; dry eye disease; xerophthalmia; keratoconjunctivitis sicca; ocular dryness; dryness of the eyes; eye dryness
l: eyes {are,were,feel,felt,so,get,getting} dry; eyes {feel,felt} {gritty,sandy,scratchy}; gritty eyes; sandy eyes; {sand,grit,something} in {my,her,his} eyes; eyes {burn,burning}; burning eyes; eyes {feel,felt} like sandpaper
m: dryeyes; dry eys
es: ojo seco; ojos secos; resequedad en los ojos; sequedad ocular; ardor en los ojos; me arden los ojos

@ eye irritation | eye
c: eye irritation; irritated eyes; irritated eye; eye discomfort; ocular discomfort; eye burning; stinging eyes; eyes stinging; eyes sting; foreign body sensation in eyes; foreign body sensation
l: eyes {are,were,feel,felt} irritated; eyes {bother,bothering,bothered} {me,her,him}
es: irritación en los ojos; irritación ocular; molestias en los ojos

@ eye pain | eye
c: eye pain; pain in {my,her,his,the} eye; pain in {my,her,his,the} eyes; ocular pain; painful eye; painful eyes; sore eyes; sore eye; eye ache; eyes ache; eyes aching; aching eyes; pain behind {my,her,his,the} eyes
l: eyes {hurt,hurting,are killing me,are sore}; eye {hurts,is hurting,is sore}
es: dolor de ojos; dolor en los ojos; me duelen los ojos; dolor ocular

@ eye discharge | eye
c: eye discharge; discharge from {my,her,his,the} eyes; discharge from {my,her,his,the} eye; ocular discharge; eye drainage; mucus in eyes; eye mucus; crusty eyes; crusty eye; eyes crusty; eyes crusted shut; eye crusted shut; sticky eyes; eyes stuck shut; eye matted shut; eyes matted shut; goopy eyes; goopy eye; eye goop; gunk in {my,her,his} eyes; eye boogers; eye gunk; pus in {my,her,his} eye
l: eyes {are,were} {goopy,crusty,sticky,gunky,matted}; eye {is,was} {goopy,crusty,sticky,gunky,matted}; {woke,wake,waking} up with {my,her,his} eyes {crusted,glued,stuck} shut; eyes {glued,stuck} shut
es: lagañas; legañas; secreción en los ojos; pus en los ojos; ojos pegados

@ lacrimation increased | eye
c: lacrimation increased; watery eyes; watering eyes; eyes watering; eyes watery; teary eyes; tearing; excessive tearing; epiphora; eyes {tearing,tearing up,keep watering,wont stop watering,won't stop watering,running}; runny eyes
m: watery eys; wattery eyes
es: lagrimeo; ojos llorosos; me lloran los ojos; ojos que lloran

@ eye swelling | eye
c: eye swelling; swollen eyes; swollen eye; swelling around {my,her,his,the} eyes; periorbital swelling; periorbital edema; eyelid swelling; swollen eyelid; swollen eyelids; puffy eyes; puffy eyelids; eyelid edema
l: eyes {are,were,got} {swollen,puffy}; eye {is,was,got} swollen; eye {swelled,swollen} {shut,almost shut}; eye swollen almost shut; eye is swollen almost shut; eyes swollen shut; eye swollen shut
es: ojos hinchados; ojo hinchado; párpados hinchados; hinchazón de los ojos

@ blepharitis | eye
c: blepharitis; eyelid inflammation; inflamed eyelids; red eyelids; crusty eyelids; eyelid crusting; meibomian gland dysfunction
m: blepheritis; blepharitus
es: blefaritis

@ keratitis | eye
c: keratitis; corneal inflammation; corneal ulcer; corneal abrasion; scratched cornea

@ vision blurred | eye
c: blurred vision; blurry vision; vision blurred; vision blurry; blurring of vision; vision blurring; fuzzy vision; hazy vision; cloudy vision; unclear vision; vision fuzzy
l: vision {is,was,got,gets,getting,went} {blurry,blurred,fuzzy,hazy,cloudy}; eyes {are,were,got,getting} blurry; everything {is,was,looks,looked} blurry; {cant,can't} see clearly; {cant,can't} focus {my,her,his} eyes; things {look,looked} blurry
m: blured vision; blury vision; blurrie vision; blurrd vision; bluury vision; blurr vision
es: visión borrosa; vista borrosa; veo borroso; se me nubla la vista; vista nublada

@ visual impairment | eye
c: visual impairment; vision problems; vision problem; vision changes; vision change; visual disturbance; visual disturbances; changes in vision; change in vision; trouble seeing; difficulty seeing; decreased vision; reduced vision; poor vision; vision loss; loss of vision; vision worse; vision getting worse; vision got worse; eyesight worse; eyesight getting worse; vision decreased; visual acuity decreased
l: {cant,can't,couldnt,couldn't} see {well,good,right,properly}; eyesight {is,has gotten,got} {worse,bad}; {my,her,his} eyes are getting worse
es: problemas de visión; pérdida de visión; no veo bien; cambios en la visión; veo mal

@ blindness | eye | ime
c: blindness; went blind; going blind; sudden blindness; loss of sight; lost {my,her,his} sight; lost vision in {one,one eye,her eye,his eye,my eye}; blind in one eye; sudden vision loss; sudden loss of vision; amaurosis
es: ceguera; quedó ciego; quedó ciega; perdí la vista; perdió la vista

@ diplopia | eye
c: diplopia; double vision; seeing double; seeing two of everything
m: diplopea; dipolpia; duble vision
es: visión doble; veo doble

@ photophobia | eye
c: photophobia; light sensitivity; sensitivity to light; sensitive to light; eyes sensitive to light; bright lights hurt {my,her,his} eyes; light hurts {my,her,his} eyes
m: photofobia; fotophobia
es: sensibilidad a la luz; fotofobia; me molesta la luz

@ visual floaters | eye
c: floaters; eye floaters; vitreous floaters; seeing spots; spots in {my,her,his} vision; spots in front of {my,her,his} eyes; flashes of light; seeing flashes; seeing stars
es: moscas volantes; manchas en la vista; veo puntos

@ cataract | eye
c: cataract; cataracts; cloudy lens
m: catarac; cateract; cataracs; catteracts
es: catarata; cataratas

@ glaucoma | eye
c: glaucoma; intraocular pressure increased; increased intraocular pressure; elevated intraocular pressure; high eye pressure; eye pressure {high,up,went up,increased}; raised eye pressure
a: IOP increased; elevated IOP; high IOP; IOP up
m: glaucoma; glocoma; glaucoma; glaucomma
es: glaucoma; presión alta en los ojos

@ uveitis | eye | ime
c: uveitis; iritis; anterior uveitis; posterior uveitis; scleritis; episcleritis; eye inflammation; inflamed eye; inflammation in {my,her,his,the} eye
m: uveitus; uvitis; uveites
es: uveítis; inflamación del ojo

@ optic neuritis | eye | ime
c: optic neuritis; inflamed optic nerve; optic nerve inflammation
es: neuritis óptica

@ retinal detachment | eye | ime
c: retinal detachment; detached retina; retina detached; retinal tear; torn retina
es: desprendimiento de retina

@ macular edema | eye
c: macular edema; macular oedema; cystoid macular edema; swelling in the retina; retinal swelling; fluid behind {my,her,his,the} eye
a: CME!; DME!

@ retinopathy | eye
c: retinopathy; retinal hemorrhage; retinal bleeding; bleeding in {my,her,his,the} eye; bleeding in the back of {my,her,his,the} eye; blood in {my,her,his,the} eye; retinal damage; diabetic retinopathy; serous retinopathy
es: sangrado en el ojo; retinopatía

@ conjunctival hemorrhage | eye
c: subconjunctival hemorrhage; subconjunctival haemorrhage; conjunctival hemorrhage; burst blood vessel in {my,her,his} eye; broken blood vessel in {my,her,his} eye; popped a blood vessel in {my,her,his} eye; blood spot in {my,her,his} eye
es: derrame en el ojo

@ eyelid ptosis | eye
c: eyelid ptosis; ptosis; droopy eyelid; droopy eyelids; drooping eyelid; drooping eyelids; eyelid drooping; eyelid droop; eyelids drooping
es: párpado caído

@ stye | eye
c: stye; sty; styes; hordeolum; chalazion
es: orzuelo

@ eye twitching | eye
c: eye twitching; eyelid twitching; twitching eye; twitching eyelid; eye twitch; eyelid twitch; eye spasms; blepharospasm
l: eye {keeps,kept} twitching; eye {is,was} twitching
es: tic en el ojo; me tiembla el ojo; párpado tembloroso

@ tinnitus | ear
c: tinnitus; ringing in {my,her,his,the} ears; ringing in {my,her,his,the} ear; ringing ears; ears ringing; ear ringing; buzzing in {my,her,his,the} ears; buzzing in {my,her,his,the} ear; ears buzzing; whooshing in {my,her,his} ears; humming in {my,her,his} ears; hissing in {my,her,his} ears
l: ears {are,were,keep,kept,wont stop,won't stop} {ringing,buzzing}
m: tinitus; tinnitis; tinnitous; tinnitis; tinnnitus; tenitus; tinnitas
es: zumbido en los oídos; zumbido de oídos; pitido en los oídos; me zumban los oídos; tinnitus; acúfenos

@ ear pain | ear
c: ear pain; earache; ear ache; earaches; ear aches; otalgia; pain in {my,her,his,the} ear; pain in {my,her,his,the} ears; painful ear; sore ear; sore ears
l: ear {hurts,hurt,is hurting,is killing me,aches}; ears {hurt,are hurting,ache}
m: ear ake; earache; earake
es: dolor de oído; dolor de oídos; me duele el oído; otalgia

@ ear infection | infection
c: ear infection; ear infections; otitis media; otitis externa; otitis; middle ear infection; swimmer's ear; inner ear infection; labyrinthitis
m: ear infecton; ear infextion; ear infecion; otitis midia
es: infección de oído; infección del oído; infección en el oído; otitis

@ hypoacusis | ear
c: hypoacusis; hearing loss; hearing impairment; decreased hearing; reduced hearing; hard of hearing; loss of hearing; hearing problems; hearing problem; trouble hearing; difficulty hearing; muffled hearing; hearing muffled; hearing decreased; hearing worse; hearing getting worse; hearing has gotten worse; hearing got worse; hearing has gotten really bad; hearing is bad
l: {cant,can't} hear {well,good,as well,right,out of my left ear,out of my right ear}; losing {my,her,his} hearing; hearing {went,is going}; ears {feel,felt} muffled
es: pérdida de audición; pérdida auditiva; no oigo bien; no escucho bien; sordera parcial

@ deafness | ear | ime
c: deafness; deaf; went deaf; sudden deafness; sudden hearing loss; sudden sensorineural hearing loss; complete hearing loss; permanent hearing loss; deaf in one ear; deafness unilateral; deafness bilateral
es: sordera; quedó sordo; quedó sorda

@ ear discomfort | ear
c: ear discomfort; ear fullness; ear pressure; fullness in {my,her,his} ears; pressure in {my,her,his} ears; plugged ears; ears plugged; clogged ears; ears clogged; blocked ears; ears blocked; ears {feel,felt} {full,plugged,clogged,blocked}; ear congestion; ears popping
es: oídos tapados; oído tapado; presión en los oídos

@ ear pruritus | ear
c: itchy ears; itchy ear; ear itching; ears itching; itching in {my,her,his} ears
es: comezón en los oídos

@ vertigo | ear
c: vertigo; room spinning; spinning sensation; room is spinning; room was spinning; room {spins,spun,spinning}; positional vertigo; benign paroxysmal positional vertigo; everything spinning; everything is spinning; the world is spinning
a: BPPV
m: virtigo; vertigo; vertego; vertgo
es: vértigo; todo me da vueltas; me da vueltas la cabeza; siento que todo gira

@ hyperacusis | ear
c: hyperacusis; sensitivity to sound; sensitive to sound; sensitive to noise; noise sensitivity; sounds are too loud
es: sensibilidad al ruido
"""

# ---------------------------------------------------------- renal and hepatic
VOCAB += """
@ urinary tract infection | infection
c: urinary tract infection; urinary tract infections; urinary infection; urinary infections; bladder infection; bladder infections; cystitis; urine infection; infection in {my,her,his} bladder; infection in {my,her,his} urine; kidney and bladder infection; bacteria in {my,her,his} urine; urosepsis; urinary tract infection nos; complicated uti
a: UTI; UTIs; uti; utis; UTI's; bladder inf; UTI sx; uti symptoms; +UA; positive UA; UA positive; UA was positive; urine culture positive; positive urine culture
l: {got,have,had,has,another,recurrent} {a uti,uti,utis,bladder infection}; urine {was,came back} {positive,dirty}; dirty urine
m: urinary track infection; urinary track infections; urinary tract infecton; bladder infecton; urnary tract infection; uranary tract infection; bladder infecion; urinary tract infeciton; cystitus; cistitis; urinary track infecion
es: infección urinaria; infección de orina; infección en la orina; infección de vías urinarias; infección de la vejiga; cistitis; ivu

@ pyelonephritis | infection | ime
c: pyelonephritis; kidney infection; kidney infections; renal infection; infection in {my,her,his} kidneys; infection in {my,her,his} kidney; infection went to {my,her,his} kidneys; infection spread to {my,her,his} kidneys; upper urinary tract infection
m: pyelonepritis; pylonephritis; pyelonephritus; kidney infecton; kidny infection; pielonefritis
es: infección de riñón; infección en los riñones; infección renal; pielonefritis

@ dysuria | renal
c: dysuria; painful urination; pain on urination; pain with urination; pain when urinating; burning on urination; burning with urination; burning urination; burning when urinating; urination painful; urinating hurts; painful to urinate; painful to pee; hurts to pee; hurts to urinate; hurts when {i,she,he} {pee,pees,urinate,urinates}; burning when {i,she,he} {pee,pees,urinate,urinates}; burns when {i,she,he} {pee,pees,urinate,urinates}; burning when {peeing,urinating}; burning pee; pee burns; stings when {i,she,he} {pee,pees}; stinging when {peeing,urinating}
l: {it,peeing,urinating} {burns,hurts,stings}; pain {peeing,urinating}
m: disuria; dysurea; dysuira; dysurria
es: ardor al orinar; dolor al orinar; me arde al orinar; me duele al orinar; ardor en la orina; arde al hacer pipí

@ pollakiuria | renal
c: pollakiuria; urinary frequency; frequent urination; urinating frequently; increased urination; urinating more; urinating a lot; frequency of urination; going to the bathroom a lot; peeing a lot; peeing all the time; pee a lot; have to pee all the time; always having to pee; constantly peeing; peeing more; peeing constantly; polyuria; excessive urination
es: orinar mucho; orino mucho; orinar con frecuencia; ganas frecuentes de orinar; voy mucho al baño

@ micturition urgency | renal
c: micturition urgency; urinary urgency; urgency to urinate; urge to urinate; sudden urge to pee; urgent need to urinate; overactive bladder; cant hold it; can't hold {my,her,his} urine
es: urgencia para orinar; ganas urgentes de orinar

@ nocturia | renal
c: nocturia; up at night to pee; up at night urinating; getting up at night to urinate; peeing at night; waking up to pee; urinating at night
es: orinar de noche; me levanto a orinar

@ urinary incontinence | renal
c: urinary incontinence; incontinence; incontinent; bladder leakage; leaking urine; urine leakage; wetting {myself,herself,himself}; wet {myself,herself,himself}; peed {myself,herself,himself}; pee {myself,herself,himself}; bladder control problems; loss of bladder control; lost control of {my,her,his} bladder; bedwetting; wetting the bed; wet the bed; accidents with urine; leaky bladder; dribbling urine
es: incontinencia; incontinencia urinaria; me orino encima; se orina encima; escape de orina

@ urinary retention | renal
c: urinary retention; retention of urine; cant urinate; can't urinate; unable to urinate; cant pee; can't pee; couldnt pee; couldn't pee; unable to pee; trouble urinating; difficulty urinating; trouble peeing; hard to pee; hard to urinate; weak stream; weak urine stream; urinary hesitancy; bladder not emptying; not emptying {my,her,his} bladder
es: retención urinaria; no puedo orinar; dificultad para orinar

@ hematuria | renal
c: hematuria; haematuria; blood in {my,her,his,the} urine; bloody urine; urine bloody; blood in {my,her,his} pee; bloody pee; peeing blood; pee is {red,pink,bloody}; urine {is,was} {red,pink,bloody}; pink urine; red urine; urine {looks,looked} {red,pink}; microscopic hematuria; blood in urine
a: RBCs in urine; rbc in urine; UA with blood; blood on UA
m: hematurea; hemateuria; heamaturia; hematura
es: sangre en la orina; orina con sangre; hematuria; orino sangre

@ chromaturia | renal
c: chromaturia; dark urine; urine dark; dark colored urine; dark coloured urine; tea colored urine; tea-colored urine; cola colored urine; coke colored urine; brown urine; urine {is,was,looks,looked} {dark,brown,tea colored,like tea,like coke,orange}; orange urine; discolored urine; urine discoloration; pee is {dark,brown}; dark pee
es: orina oscura; orina color café; orina color té

@ proteinuria | renal
c: proteinuria; protein in {my,her,his,the} urine; protein in urine; protein in pee; albuminuria; microalbuminuria; urine protein increased; foamy urine; frothy urine; bubbly urine; urine {is,was} foamy
a: UACR elevated; elevated UACR; UPCR elevated; elevated UPCR; protein on UA
es: proteína en la orina; orina espumosa

@ acute kidney injury | renal | ime
c: acute kidney injury; acute renal failure; acute renal injury; kidney injury; kidney failure; renal failure; renal injury; renal insufficiency; renal impairment; impaired renal function; kidneys failing; kidneys are failing; kidneys shut down; kidneys shutting down; kidney shut down; kidneys stopped working; kidney damage; kidney problems; kidney problem; kidney function decreased; decreased kidney function; kidney function went down; kidney function dropped; kidney function is down; kidney function worse; worsening kidney function; renal function decreased; decreased renal function; worsening renal function; renal function worsened; nephrotoxicity; kidney toxicity
a: AKI; AKIs; ARF!; aki; AKI on CKD
l: kidneys {got,are,were} {worse,bad,damaged}; needed dialysis; {started,put on,on} dialysis; {had,needed} to go on dialysis
m: kidny failure; kidney faliure; renal faliure; kidney failiure; renal failer; acute kidny injury; accute kidney injury
es: falla renal; insuficiencia renal; daño renal; daño en los riñones; los riñones fallando; problemas de riñón; problemas en los riñones; diálisis

@ chronic kidney disease | renal
c: chronic kidney disease; chronic renal failure; chronic renal insufficiency; end stage renal disease; end-stage renal disease
a: CKD; CKD stage {3,4,5}; ESRD; ckd
es: enfermedad renal crónica

@ nephritis | renal | ime
c: nephritis; interstitial nephritis; acute interstitial nephritis; glomerulonephritis; lupus nephritis; immune-mediated nephritis; kidney inflammation; inflamed kidneys; nephrotic syndrome; nephropathy
a: AIN!
m: nephritus; nefritis
es: nefritis; síndrome nefrótico

@ nephrolithiasis | renal
c: nephrolithiasis; kidney stone; kidney stones; renal stone; renal stones; renal calculus; urolithiasis; ureteral stone; bladder stone; stone in {my,her,his} kidney; passed a stone; passing a stone; passing a kidney stone; passed a kidney stone
m: kidny stone; kidney stoned; kindey stone; kidney stons
es: piedras en el riñón; cálculos renales; piedra en el riñón; cálculo renal; litiasis renal

@ renal pain | renal
c: renal pain; kidney pain; pain in {my,her,his} kidneys; pain in {my,her,his} kidney; kidneys hurt; kidneys are hurting; flank pain; pain in {my,her,his} flank; side pain
es: dolor de riñón; dolor de riñones; me duelen los riñones; dolor en el costado

@ urine odor abnormal | renal
c: urine odor abnormal; strong smelling urine; smelly urine; foul smelling urine; urine smells; urine smells bad; urine smells strong; pee smells; pee smells bad; cloudy urine; urine cloudy; urine is cloudy
es: orina con mal olor; orina turbia

@ hepatitis | hepatic | ime
c: hepatitis; drug induced hepatitis; drug-induced hepatitis; autoimmune hepatitis; toxic hepatitis; immune-mediated hepatitis; liver inflammation; inflamed liver; inflammation of the liver; hepatotoxicity; liver toxicity; drug induced liver injury; drug-induced liver injury; liver injury; liver damage; liver problems; liver problem; liver issues; hepatic injury; hepatocellular injury; hepatic toxicity; cholestatic hepatitis
a: DILI; irHepatitis
l: liver {got,was,is} {damaged,inflamed}; liver {is,was} {angry,upset}
m: hepatitus; hepititis; hepatits; hepatites; heptatitis; hepatotoxity; liver damadge
es: hepatitis; daño hepático; daño en el hígado; problemas del hígado; problemas de hígado; hígado inflamado; inflamación del hígado

@ hepatic failure | hepatic | ime;life_threatening
c: hepatic failure; liver failure; acute liver failure; fulminant hepatic failure; liver shut down; liver shutting down; liver stopped working; liver is failing; liver failing; hepatic encephalopathy; acute on chronic liver failure
m: liver faliure; liver failiure; hepatic faliure
es: falla hepática; insuficiencia hepática; el hígado dejó de funcionar

@ jaundice | hepatic | ime
c: jaundice; jaundiced; icterus; icteric; scleral icterus; yellow skin; yellowing of the skin; yellowing skin; yellow eyes; yellowing of the eyes; yellow whites of {my,her,his} eyes; whites of {my,her,his} eyes {are,were,turned,look,looked} yellow; skin {is,was,turned,looks,looked,got,getting} yellow; eyes {are,were,turned,look,looked,got,getting} yellow; turned yellow; turning yellow; yellowish skin; yellowish eyes; yellow tint; yellow color to {my,her,his} skin
m: jandice; jaundace; jaundise; jaundis; jondice; jaunduce; janduce
es: ictericia; piel amarilla; ojos amarillos; se puso amarillo; se puso amarilla; color amarillo en la piel

@ hepatic steatosis | hepatic
c: hepatic steatosis; fatty liver; fatty liver disease; steatosis; nonalcoholic fatty liver disease; non-alcoholic fatty liver disease; nonalcoholic steatohepatitis
a: NAFLD; NASH!; MASLD; MASH!
es: hígado graso

@ hepatomegaly | hepatic
c: hepatomegaly; enlarged liver; liver enlarged; swollen liver; liver is enlarged; liver was enlarged
es: hígado agrandado; hígado inflamado y agrandado

@ cirrhosis | hepatic | ime
c: cirrhosis; liver cirrhosis; hepatic cirrhosis; cirrhosis of the liver; scarring of the liver; liver scarring; liver fibrosis; hepatic fibrosis
m: cirosis; sirosis; cirrosis; cirrhosys
es: cirrosis; cirrosis hepática

@ cholelithiasis | hepatic
c: cholelithiasis; gallstones; gallstone; gall stones; gall stone; stones in {my,her,his} gallbladder; gallbladder stones; biliary colic; gallbladder attack; gallbladder attacks; gall bladder attack
m: galstones; gallstone's; gallstons; gall stoned
es: piedras en la vesícula; cálculos biliares; cálculos en la vesícula; litiasis biliar

@ cholecystitis | hepatic
c: cholecystitis; acute cholecystitis; gallbladder inflammation; inflamed gallbladder; gallbladder infection; gall bladder infection; gallbladder problems; gallbladder problem; gallbladder issues; bad gallbladder; gallbladder disease; gall bladder disease; gallbladder removed; had {my,her,his} gallbladder {removed,out,taken out}; cholecystectomy
m: cholecystitus; cholecistitis; colecystitis; gallblader
es: colecistitis; problemas de la vesícula; vesícula inflamada; me quitaron la vesícula

@ cholangitis | hepatic | ime
c: cholangitis; bile duct inflammation; bile duct infection; biliary obstruction; blocked bile duct; bile duct obstruction; cholestasis
es: colangitis; colestasis

@ hepatic pain | hepatic
c: liver pain; pain in {my,her,his} liver; pain over {my,her,his} liver; right upper quadrant pain; pain under {my,her,his} right ribs; RUQ pain; hepatic pain; liver area pain; liver hurts
es: dolor en el hígado; dolor de hígado; me duele el hígado

@ ascites | hepatic
c: ascites; fluid in {my,her,his,the} belly; fluid in {my,her,his,the} abdomen; fluid in {my,her,his,the} stomach; abdominal fluid; belly fluid; fluid buildup in {my,her,his} belly; belly filled with fluid; had fluid drained from {my,her,his} belly; paracentesis; belly tapped
m: acites; asites; ascities
es: ascitis; líquido en el abdomen; líquido en la panza; agua en la panza
"""

# ------------------------------------------------------------ lab templates
# (names as HCPs write them, term when high, term when low). A name ending in
# "!" is case-sensitive (an abbreviation that is an ordinary word); a name
# starting with "~" takes only the "NAME was high" word order, because "high
# sugar" or "low iron" also describe diets and products.
LABS: list[tuple[str, str, str]] = [
    ("ALT; SGPT; alanine aminotransferase; alanine transaminase; ALT level; ALT levels", "alanine aminotransferase increased", ""),
    ("AST; SGOT; aspartate aminotransferase; aspartate transaminase; AST level; AST levels", "aspartate aminotransferase increased", ""),
    ("AST/ALT; ALT/AST; transaminases; transaminase; transaminase levels; aminotransferases", "transaminases increased", ""),
    ("LFTs; LFT; LFT's; liver function tests; liver function test; liver enzymes; liver enzyme; liver enzyme levels; liver tests; liver labs; liver panel; hepatic enzymes; hepatic panel; liver function; ~liver numbers; ~liver levels; ~liver values; ~liver counts", "hepatic enzyme increased", ""),
    ("bilirubin; bili; t bili; total bilirubin; tbili; direct bilirubin; bilirubin level", "blood bilirubin increased", ""),
    ("alk phos; alkaline phosphatase; ALP; alk phosphatase", "blood alkaline phosphatase increased", ""),
    ("GGT; gamma GT; gamma-glutamyl transferase; GGTP", "gamma-glutamyltransferase increased", ""),
    ("creatinine; creat; serum creatinine; creatinine level; Cr!; SCr!", "blood creatinine increased", ""),
    ("~kidney numbers; ~kidney function tests; ~kidney labs; ~kidney levels; ~kidney values; ~renal labs; ~renal function tests", "renal function test abnormal", ""),
    ("BUN; urea; blood urea nitrogen; BUN/creatinine; BUN/Cr", "blood urea increased", ""),
    ("eGFR; GFR; estimated GFR; kidney filtration rate; glomerular filtration rate", "", "glomerular filtration rate decreased"),
    ("lipase; serum lipase; lipase level; lipase levels", "lipase increased", ""),
    ("amylase; serum amylase; amylase level", "amylase increased", ""),
    ("glucose; blood glucose; blood sugar; blood sugars; ~sugar; ~sugars; BG; BGs; FBG; fasting glucose; fasting blood sugar; fasting sugar; fasting sugars; CBG; fingerstick glucose; ~fingersticks; glucose level; glucose levels; sugar level; sugar levels; glucose readings; sugar readings; ~sugar readings; ~glucose numbers; ~sugar numbers; ~blood sugar numbers; ~glucose reading; ~meter readings; ~CGM readings", "blood glucose increased", "blood glucose decreased"),
    ("A1c; HbA1c; hemoglobin A1c; haemoglobin A1c; A1C; hba1c level; glycated hemoglobin; ~a1c number", "glycated hemoglobin increased", ""),
    ("cholesterol; total cholesterol; cholesterol level; cholesterol levels; ~cholesterol numbers", "blood cholesterol increased", ""),
    ("LDL; LDL cholesterol; LDL-C; bad cholesterol", "low density lipoprotein increased", ""),
    ("HDL; HDL cholesterol; good cholesterol", "", "high density lipoprotein decreased"),
    ("triglycerides; trigs; TGs; triglyceride level; triglyceride levels", "blood triglycerides increased", ""),
    ("lipids; lipid panel; lipid levels; ~lipid numbers", "lipids increased", ""),
    ("CK; CPK; creatine kinase; creatine phosphokinase; CK level; CK levels", "blood creatine phosphokinase increased", ""),
    ("troponin; troponins; trop; trops; hs troponin; high sensitivity troponin; troponin I; troponin T", "troponin increased", ""),
    ("BNP; NT-proBNP; proBNP; pro-BNP; NT proBNP", "brain natriuretic peptide increased", ""),
    ("potassium; K!; K+!; serum potassium; potassium level; potassium levels", "hyperkalemia", "hypokalemia"),
    ("sodium; Na!; Na+!; serum sodium; sodium level; sodium levels", "hypernatremia", "hyponatremia"),
    ("magnesium; mag; Mg!; magnesium level; magnesium levels", "hypermagnesemia", "hypomagnesemia"),
    ("calcium; Ca!; serum calcium; calcium level; calcium levels", "hypercalcemia", "hypocalcemia"),
    ("phosphorus; phosphate; phos; phosphorus level; phosphate level", "hyperphosphatemia", "hypophosphatemia"),
    ("uric acid; urate; uric acid level; uric acid levels", "hyperuricemia", ""),
    ("TSH; thyroid stimulating hormone; thyroid levels; thyroid level; ~thyroid numbers; thyroid labs", "blood thyroid stimulating hormone increased", "blood thyroid stimulating hormone decreased"),
    ("WBC; WBCs; WBC count; white count; white counts; white blood cell count; white blood cells; white blood count; white cells; white cell count; leukocytes; leukocyte count; white blood cell; ~whites", "white blood cell count increased", "white blood cell count decreased"),
    ("ANC; absolute neutrophil count; neutrophils; neutrophil count; neuts; polys; ANCs", "neutrophil count increased", "neutrophil count decreased"),
    ("lymphocytes; lymphocyte count; lymphs; ALC; absolute lymphocyte count; lymphocyte counts", "lymphocyte count increased", "lymphocyte count decreased"),
    ("eosinophils; eos; eosinophil count; eosinophil counts; absolute eosinophil count; AEC", "eosinophil count increased", ""),
    ("platelets; platelet count; platelet counts; plt; plts; PLT; platelet; platelet level; platelet levels", "platelet count increased", "platelet count decreased"),
    ("hemoglobin; haemoglobin; hgb; Hb!; HGB; hemoglobin level; H&H; H/H; hgb level; hemoglobin levels", "hemoglobin increased", "hemoglobin decreased"),
    ("hematocrit; hct; haematocrit; HCT", "hematocrit increased", "hematocrit decreased"),
    ("RBC; RBCs; red blood cell count; red blood cells; red count; red cells; red cell count; RBC count", "red blood cell count increased", "red blood cell count decreased"),
    ("~blood counts; ~counts; CBC; ~blood count; ~cell counts; ~all counts; ~all her counts; ~all his counts; ~all my counts; ~her counts; ~his counts; ~my counts", "", "full blood count decreased"),
    ("INR; PT/INR; protime; prothrombin time; INR level; INR levels", "international normalized ratio increased", "international normalized ratio decreased"),
    ("CRP; c-reactive protein; c reactive protein; hs-CRP; hsCRP; ~inflammatory markers; ~inflammation markers; ~inflammation levels", "c-reactive protein increased", ""),
    ("ESR; sed rate; sedimentation rate; erythrocyte sedimentation rate", "red blood cell sedimentation rate increased", ""),
    ("ferritin; ferritin level; ferritin levels", "serum ferritin increased", "serum ferritin decreased"),
    ("~iron; iron level; iron levels; serum iron; iron stores; iron saturation", "", "iron deficiency"),
    ("vitamin D; vit D; vitamin D level; vit d level; vitamin D levels; 25-OH vitamin D", "", "vitamin d decreased"),
    ("B12; vitamin B12; vit B12; b12 level; B12 levels", "", "vitamin b12 decreased"),
    ("PSA; PSA level; prostate specific antigen", "prostatic specific antigen increased", ""),
    ("tumor markers; tumour markers; tumor marker; CA-125; CA 125; CA125; CEA; CA 19-9; CA19-9; CA 15-3; CA 27.29", "tumor marker increased", ""),
    ("ammonia; ammonia level; NH3", "ammonia increased", ""),
    ("lactate; lactic acid; lactate level", "blood lactic acid increased", ""),
    ("testosterone; T level; testosterone level; testosterone levels", "", "blood testosterone decreased"),
    ("cortisol; cortisol level; AM cortisol; morning cortisol", "", "blood cortisol decreased"),
    ("prolactin; prolactin level", "blood prolactin increased", ""),
    ("IgG; IgG level; IgG levels; immunoglobulins; immunoglobulin levels; immunoglobulin G; Ig levels; antibody levels", "", "blood immunoglobulin g decreased"),
    ("CD4; CD4 count; CD4 counts; T cells; T-cell count; T cell count; CD4+ count", "", "cd4 lymphocytes decreased"),
    ("viral load; HIV viral load; VL; HBV DNA; HCV RNA; HBV viral load; hep B viral load", "viral load increased", ""),
    ("QTc; QT; QT interval; QTc interval", "electrocardiogram QT prolonged", ""),
    ("blood pressure readings; BP readings; BPs", "hypertension", "hypotension"),
    ("heart rate; HR; pulse; pulse rate", "tachycardia", "bradycardia"),
    ("oxygen; O2; O2 sat; O2 sats; sats; oxygen saturation; oxygen sat; pulse ox; SpO2; oxygen level; oxygen levels; O2 saturation; O2 level", "", "hypoxia"),
    ("EF; ejection fraction; LVEF", "", "ejection fraction decreased"),
    ("urine protein; protein in urine; microalbumin; albumin/creatinine ratio; UACR", "proteinuria", ""),
    ("albumin; serum albumin; albumin level", "", "hypoalbuminemia"),
    ("IOP; eye pressure; intraocular pressure; eye pressures", "glaucoma", ""),
    ("D-dimer; d dimer; ddimer", "fibrin d dimer increased", ""),
    ("procalcitonin; procal", "procalcitonin increased", ""),
    ("bone density; bone mineral density; BMD; DEXA", "", "bone density decreased"),
    ("weight-adjusted creatinine clearance; creatinine clearance; CrCl", "", "creatinine renal clearance decreased"),
]
LAB_TERM_GROUPS = {
    "hyperkalemia": "metabolic", "hypokalemia": "metabolic", "hypernatremia": "metabolic", "hyponatremia": "metabolic",
    "hypermagnesemia": "metabolic", "hypomagnesemia": "metabolic", "hypercalcemia": "metabolic", "hypocalcemia": "metabolic",
    "hyperphosphatemia": "metabolic", "hypophosphatemia": "metabolic", "hyperuricemia": "metabolic",
    "iron deficiency": "metabolic", "hypoalbuminemia": "metabolic", "vitamin d decreased": "lab",
}
# Every name takes the core phrasings; the first name of a lab (the one
# HCPs write most) also take the longer list, and ULN phrasings where labs are
# graded against the upper limit of normal.
UP_CORE = ["elevated", "increased", "high", "up", "went up", "was high", "were high"]
UP_PREFIX_CORE = ["elevated", "high"]
UP_MORE = [
    "is up", "was up", "were up", "is high", "came back high", "is elevated", "was elevated", "were elevated",
    "elevation", "rising", "spiked", "trending up", "climbing", "doubled", "through the roof", "above normal",
    "came back elevated", "has been high", "kind of high", "a little high", "too high", "still high",
    "still elevated", "way up",
]
UP_PREFIX_MORE = ["increased", "raised", "rising", "very high", "mildly elevated", "markedly elevated"]
ULN = ["{2,3,5,10}x ULN", "{3,5} times ULN", ">3x ULN", "> 3x ULN", "over 3x ULN", "{3,5}x the upper limit of normal",
       "above ULN", "grade {2,3} elevation"]
ULN_TERMS = {
    "alanine aminotransferase increased", "aspartate aminotransferase increased", "transaminases increased",
    "hepatic enzyme increased", "blood bilirubin increased", "blood alkaline phosphatase increased",
    "gamma-glutamyltransferase increased", "lipase increased", "amylase increased",
    "blood creatine phosphokinase increased", "blood creatinine increased",
}
DOWN_CORE = ["low", "decreased", "dropped", "down", "went down", "was low", "were low"]
DOWN_PREFIX_CORE = ["low", "decreased"]
DOWN_MORE = [
    "is low", "came back low", "is down", "was down", "fell", "reduced", "dropping", "falling", "trending down",
    "declining", "dipped", "tanked", "crashed", "plummeted", "bottomed out", "below normal", "has been low",
    "kind of low", "a little low", "too low", "still low", "dropped really low", "really low", "very low",
]
DOWN_PREFIX_MORE = ["reduced", "dropping", "very low", "critically low", "dangerously low"]
LLN = ["below LLN", "< LLN", "grade {2,3,4} decrease"]
LLN_TERMS = {"neutrophil count decreased", "platelet count decreased", "white blood cell count decreased",
             "lymphocyte count decreased", "hemoglobin decreased"}


def _lab_names(spec: str) -> list[tuple[str, bool, str]]:
    """(name, prefix_allowed, case) for each ;-separated name in a LABS entry."""
    names = []
    for raw in spec.split(";"):
        name = raw.strip()
        prefix_ok = not name.startswith("~")
        case = "s" if name.endswith("!") else "i"
        for form in expand(name.lstrip("~").rstrip("!")):
            names.append((form, prefix_ok, case))
    return names


def add_lab_templates() -> None:
    for spec, up_term, down_term in LABS:
        names = _lab_names(spec)
        for term, core, prefix_core, more, prefix_more, limits, limit_terms in (
            (up_term, UP_CORE, UP_PREFIX_CORE, UP_MORE, UP_PREFIX_MORE, ULN, ULN_TERMS),
            (down_term, DOWN_CORE, DOWN_PREFIX_CORE, DOWN_MORE, DOWN_PREFIX_MORE, LLN, LLN_TERMS),
        ):
            if not term:
                continue
            if term not in TERMS:
                define(term, LAB_TERM_GROUPS.get(term, "lab"))
            for rank, (name, prefix_ok, case) in enumerate(names):
                suffixes = core + (more if rank == 0 else []) + (limits if rank == 0 and term in limit_terms else [])
                prefixes = prefix_core + (prefix_more if rank == 0 else []) if prefix_ok else []
                for suffix in suffixes:
                    for phrase in expand(suffix):
                        add(f"{name} {phrase}", term, "lab", case)
                for prefix in prefixes:
                    add(f"{prefix} {name}", term, "lab", case)


def build() -> None:
    parse_vocab(VOCAB)
    add_lab_templates()
    for extra in EXTRA_BUILDERS:
        extra()
    undefined = sorted({t for row in ROWS.values() for t in row[1].split(";")} - set(TERMS) - set(FOREIGN_TERMS))
    if undefined:
        raise ValueError(f"terms used but not defined: {undefined[:20]}")
    for term, (_group, _flags, aggravated) in TERMS.items():
        if aggravated and aggravated not in TERMS:
            raise ValueError(f"{term!r}: aggravated term {aggravated!r} is not defined")


def write(directory: Path = HERE) -> tuple[int, int]:
    rows = sorted(ROWS.values(), key=lambda r: (fold(r[0]), r[0], r[1]))
    with open(directory / "events_b.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# generated by generate_events_b.py; edit the script, not this file\n")
        out.write("surface\tterms\tregister\tcase\n")
        for surface, terms, register, case in rows:
            out.write(f"{surface}\t{terms}\t{register}\t{case}\n")
    with open(directory / "event_terms_b.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("# generated by generate_events_b.py; edit the script, not this file\n")
        out.write("term\tgroup\tflags\taggravated\n")
        for term in sorted(TERMS):
            group, flags, aggravated = TERMS[term]
            out.write(f"{term}\t{group}\t{flags}\t{aggravated}\n")
    return len(TERMS), len(rows)


# Terms of part A (event_terms_a.tsv) that Spanish rows here also use.
FOREIGN_TERMS: set[str] = set()
EXTRA_BUILDERS: list = []

if __name__ == "__main__":
    build()
    n_terms, n_rows = write()
    print(f"events_b.tsv: {n_rows} rows; event_terms_b.tsv: {n_terms} terms", file=sys.stderr)
