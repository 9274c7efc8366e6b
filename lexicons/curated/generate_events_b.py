"""Generate pvflag's curated AE vocabulary, part B (respiratory, cardiovascular,
eye, ear, renal, hepatic, blood and labs, infections, immune, reproductive,
pregnancy outcomes, endocrine/metabolic, neoplasms, injury, death, the diseases
specialty drugs treat, generic umbrella words, and Spanish for common events).

Written for pvflag by hand; no licensed terminology (MedDRA, CHV, SIDER, ...)
was copied. Stdlib only and deterministic: run it, commit both outputs.

    python lexicons/curated/generate_events_b.py
    python lexicons/curated/generate_events_b.py --coverage ../shared/eval/psp_dev/psp_dev.jsonl

writes ``events_b.tsv`` (surface, terms, register, case) and
``event_terms_b.tsv`` (term, group, flags, aggravated) next to this file.

The vocabulary is written in a small line format (``VOCAB`` below):

    @ term | group | flags            a block defining one event term
    @ term                            a block using a term defined elsewhere
    @ term1;term2                     surfaces meaning two events (N/V)
    @@ term | group | flags           a narrower term that claims its surfaces
                                      from a broader block above
    c: clinical; surfaces             one line per register: c clinical, l lay,
    l: ...  i: ...  a: ...  m: ...    i idiom, a abbrev, m misspelling,
    es: ...  lab: ...                 es Spanish, lab lab phrasing

Items are ``;``-separated, ``{a,b,}`` expands to alternatives, a trailing ``!``
makes the surface case-sensitive. Surfaces with an apostrophe also get the form
without it ("can't" -> "cant"), hyphenated ones the spaced form. Templates then
add lab increased/decreased phrasings, disease flare phrasings and numeric lab
readings as HCPs write them.
"""

# The vocabulary is data: its lines are as long as a patient's phrasings need.
# ruff: noqa: E501
from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when imported by the tests
from vocabulary_format import FLAGS, GROUPS, fold  # shared with the other generators and the tests

HERE = Path(__file__).resolve().parent
REGISTERS = {"c": "clinical", "l": "lay", "i": "idiom", "a": "abbrev", "m": "misspelling", "es": "es", "lab": "lab"}
# Register kept when the same surface is written twice for the same terms.
REGISTER_RANK = ["clinical", "abbrev", "lab", "lay", "idiom", "misspelling", "es"]

# term -> (group, flags, aggravated)
TERMS: dict[str, tuple[str, str, str]] = {}
# folded surface key -> (surface, terms, register, case)
ROWS: dict[tuple[str, str], tuple[str, str, str, str]] = {}
# rows of each folded surface, so that a claiming row can replace them
ROW_KEYS_BY_FOLD: dict[str, set[tuple[str, str]]] = {}
# folded surface -> terms: one surface has one meaning
MEANING: dict[str, str] = {}
# problems found while adding rows, reported together by build()
CONFLICTS: list[str] = []
# (surface, broader terms, narrower terms) taken over by claiming rows
CLAIMED: list[tuple[str, str, str]] = []
# surfaces kept out on purpose: ordinary words with common non-medical meanings
STOP_SURFACES = {
    "cold", "fall", "falls", "pe", "ms", "ra", "ad", "as", "cp", "mi", "se", "uc", "cd", "hs", "cf",
    "sob", "sma", "expired", "passed", "dead", "spread", "reaction", "attack", "stroke of luck",
}
STOP_ALLOWED = {"reaction"}  # "reaction" alone is the generic umbrella word


def expand(pattern: str) -> list[str]:
    """Brace expansion: ``"blood clot{,s}"`` -> ``["blood clot", "blood clots"]``."""
    parts = re.split(r"(\{[^{}]*\})", pattern)
    choices = [p[1:-1].split(",") if p.startswith("{") else [p] for p in parts]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*choices)]


def define(term: str, group: str, flags: str = "", aggravated: str = "") -> None:
    term, aggravated = term.lower(), aggravated.lower()
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


def add(surface: str, terms: str, register: str, case: str = "i", template: bool = False, claim: bool = False) -> None:
    """Add one row; the same surface must always mean the same terms.

    A template row that collides with a hand-written one is dropped: the
    hand-written meaning wins ("low platelets" stays thrombocytopenia). A
    claiming row (a ``@@`` block that splits a narrower term out of a broader
    one) takes the surface over.
    """
    terms = terms.lower()
    for form in _variants(surface.strip()):
        if not form:
            continue
        key = fold(form) if case == "i" else form
        if case == "i" and key in STOP_SURFACES and key not in STOP_ALLOWED:
            CONFLICTS.append(f"{form!r} is an ordinary word; write it case-sensitive or in a phrase")
            continue
        if claim and MEANING.get(fold(form), terms) != terms:
            CLAIMED.append((form, MEANING[fold(form)], terms))
            for row_key in ROW_KEYS_BY_FOLD.pop(fold(form), set()):
                ROWS.pop(row_key, None)
            MEANING[fold(form)] = terms
        if MEANING.setdefault(fold(form), terms) != terms:
            if template:
                continue
            CONFLICTS.append(f"surface {form!r} means {MEANING[fold(form)]!r} and {terms!r}")
            continue
        prior = ROWS.get((case, key))
        if prior:
            # keep the accented spelling and the most specific register
            better = (form.isascii(), REGISTER_RANK.index(register)) < (prior[0].isascii(), REGISTER_RANK.index(prior[2]))
            if not better:
                continue
        ROWS[(case, key)] = (form, terms, register, case)
        ROW_KEYS_BY_FOLD.setdefault(fold(form), set()).add((case, key))


def parse_vocab(text: str) -> None:
    terms = ""
    claim = False
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            claim = line.startswith("@@")
            fields = [f.strip() for f in line.lstrip("@").split("|")]
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
                add(surface, terms, REGISTERS[code], case, claim=claim)


VOCAB = ""

# ---------------------------------------------------------------- respiratory
VOCAB += """
@ dyspnea | respiratory
c: dyspnea; dyspnoea; dyspnea at rest; shortness of breath; short of breath; breathlessness; breathless; difficulty breathing; difficulty in breathing; breathing difficulty; breathing difficulties; labored breathing; laboured breathing; respiratory distress
a: SOB!; S.O.B.!; dyspnea/SOB; sob/doe; diff breathing
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
l: {respiratory,chest} bug
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
a: PNA!; pna; pneumo
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

@ interstitial lung disease | respiratory | ime;disease | interstitial lung disease aggravated
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
a: PAH!
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

@ obstructive sleep apnea | respiratory
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
a: HR elevated; HR high; elevated HR; high HR; HR up; HR in the {110s,120s,130s,140s,150s}; HR {110,120,130,140,150,160}; sinus tach; tachy; SVT; supraventricular tachycardia; POTS!; postural orthostatic tachycardia syndrome
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
a: afib; a-fib; a fib; AFib; PAF!; a flutter; AFL!; rapid afib; afib with RVR; afib w/ RVR; RVR!
l: heart went into afib; went into afib
m: atrial fibrilation; atrial fibralation; a fibb; atrial fibrulation; artial fibrillation
es: fibrilación auricular; fibrilación atrial

@ ventricular tachycardia | cardiac | ime;life_threatening
c: ventricular tachycardia; ventricular arrhythmia; ventricular arrhythmias; torsade de pointes; torsades de pointes; torsades
a: v-tach; vtach; v tach; TdP!; NSVT!; non-sustained ventricular tachycardia

@ ventricular fibrillation | cardiac | ime;life_threatening
c: ventricular fibrillation
a: VF!; v-fib; vfib; v fib

@ extrasystoles | cardiac
c: extrasystoles; premature ventricular contractions; premature atrial contractions; premature beats; ectopic beats; ventricular extrasystoles
a: PVCs; PACs!; PAC!

@ atrioventricular block | cardiac | ime
c: atrioventricular block; heart block; av block; first degree heart block; second degree heart block; third degree heart block; complete heart block; bundle branch block
a: CHB!; LBBB; RBBB
es: bloqueo cardíaco

@ qt prolongation | cardiac | ime
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

@ heart failure | cardiac | ime;disease | heart failure aggravated
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
c: thrombosis; thrombus; blood clot; blood clots; clot; clots; clotting; arterial thrombosis; arterial clot; clotted; thrombotic event; thrombotic events; thromboses
l: {got,developed,had,has} a {blood clot,clot}; {got,developed,had,has} {blood clots,clots}; clot somewhere
m: thrombosys; trombosis; throbosis; thromobosis; thombosis; thrombus; blod clot; blood clotts; bloodclot; bloodclots
es: coágulo; coágulos; trombosis; coágulo de sangre; coágulos de sangre; trombo; trombos

@ venous thromboembolism | vascular | ime
c: venous thromboembolism; thromboembolism; thromboembolic event; thromboembolic events; venous thromboembolic event; venous thromboembolic events
a: VTE; VTEs
es: tromboembolismo; tromboembolia

@ superficial thrombophlebitis | vascular
c: superficial thrombophlebitis; thrombophlebitis; phlebitis; superficial vein thrombosis; superficial clot; superficial blood clot
a: SVT in leg

@ cerebrovascular accident | vascular | ime
c: stroke; strokes; cerebrovascular accident; cerebral infarction; ischemic stroke; ischaemic stroke; hemorrhagic stroke; haemorrhagic stroke; brain attack; mini stroke; mini-stroke; minor stroke; massive stroke; cerebral vascular accident; cerebrovascular event; brain bleed; bleed in {the,her,his,my} brain; bleeding in {the,her,his,my} brain; brain hemorrhage; cerebral hemorrhage; intracranial hemorrhage; intracerebral hemorrhage; subarachnoid hemorrhage; cerebellar stroke; lacunar infarct; embolic stroke; cerebral embolism
a: CVA!; CVAs; cva; ICH!; SAH!; s/p CVA; acute CVA
l: had a stroke; {has,have} had a stroke; {having,had,suffered} a stroke; stroked out; face drooping; drooping face; facial droop; face {was,is} drooping; one side of {her,his,my} face {drooped,was drooping,went numb}; slurred speech and weakness; went numb on one side; {numb,weak} on one side
m: strock; stroak; srtoke; cerebrovascular acident; cerebral vascular accedent; cerebrovasular accident
es: derrame cerebral; infarto cerebral; ataque cerebral; accidente cerebrovascular; embolia; embolia cerebral; ictus; le dio un derrame; le dio una embolia; hemorragia cerebral

@ transient ischemic attack | vascular | ime
c: transient ischemic attack; transient ischaemic attack; transient ischemic attacks; warning stroke
a: TIA!; TIAs!
m: transient ischemic atack; transcient ischemic attack
es: ataque isquémico transitorio

@ peripheral ischemia | vascular
c: peripheral ischemia; limb ischemia; peripheral artery disease; peripheral arterial disease; poor circulation; bad circulation; circulation problems; circulation issues; cold hands and feet; raynaud's phenomenon; raynaud's; raynauds phenomenon; fingers turning white; fingers turn white; fingers {turned,turn,turning} blue; toes {turned,turn,turning} blue
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
es: choque séptico; entró en shock

@ pallor | vascular
c: pallor; pale; paleness; pale skin; looks pale; looked pale; looking pale; pale face; face {was,is,went,turned} {pale,white,gray,grey,ashen}; turned white as a ghost; white as a ghost; white as a sheet; ashen; grey color; gray color
es: palidez; pálido; pálida; se puso pálido; se puso pálida

@ peripheral coldness | vascular
c: peripheral coldness; cold extremities; cold hands; cold feet; hands {are,were,feel,felt} {cold,ice cold,freezing}; feet {are,were,feel,felt} {cold,ice cold,freezing}; icy hands; icy feet
es: manos frías; pies fríos

@ cyanosis | vascular
c: cyanosis; cyanotic; turned blue; turning blue; lips {turned,turning,were,went} blue; blue lips; blue tinge; bluish lips; dusky
es: cianosis; labios morados; se puso morado; se puso azul

@ peripheral edema | general
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

@ vitreous floaters | eye
c: floaters; eye floaters; vitreous floaters; seeing spots; spots in {my,her,his} vision; spots in front of {my,her,his} eyes; flashes of light; seeing flashes; seeing stars
es: moscas volantes; manchas en la vista; veo puntos

@ cataract | eye
c: cataract; cataracts; cloudy lens
m: catarac; cateract; cataracs; catteracts
es: catarata; cataratas

@ glaucoma | eye
c: glaucoma; angle closure glaucoma; open angle glaucoma
m: glocoma; glaucomma; glacoma
es: glaucoma

@ intraocular pressure increased | eye
c: intraocular pressure increased; increased intraocular pressure; elevated intraocular pressure; high eye pressure; raised eye pressure; ocular hypertension
a: IOP increased; elevated IOP; high IOP; IOP up
es: presión alta en los ojos; presión ocular alta

@ uveitis | eye | ime;disease | uveitis aggravated
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

@ chronic kidney disease | renal | disease | acute kidney injury
c: chronic kidney disease; chronic renal failure; chronic renal insufficiency; end stage renal disease; end-stage renal disease
a: CKD; CKD stage {3,4,5}; ESRD; ckd
es: enfermedad renal crónica

@ nephritis | renal | ime
c: nephritis; interstitial nephritis; acute interstitial nephritis; glomerulonephritis; immune-mediated nephritis; kidney inflammation; inflamed kidneys; nephrotic syndrome; nephropathy
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

# ------------------------------------------------------------------ blood
VOCAB += """
@ anemia | blood
c: anemia; anaemia; anemic; anaemic; iron deficiency anemia; iron deficiency anaemia; hemolytic anemia; haemolytic anaemia; autoimmune hemolytic anemia; macrocytic anemia; microcytic anemia; normocytic anemia; symptomatic anemia; severe anemia; hemolysis
a: AIHA!; iron deficient anemia
l: blood {is,was} low; low blood; low on blood; blood count {low,dropped,was low}; {needed,got,received,had} a blood transfusion; {needed,got,received,had} {blood,transfusions,a transfusion,blood transfusions,2 units,two units,a unit of blood}; transfused; tired blood; thin blood
m: anemia; aneamia; anemai; anaemia; anemea; annemia; aneemia; animia; anemic; aneamic; anemik
es: anemia; anémico; anémica; tengo anemia; bajo de sangre; sangre baja; hemoglobina baja

@ aplastic anemia | blood | ime;disease | pancytopenia
c: aplastic anemia; aplastic anaemia; bone marrow failure; marrow failure; pure red cell aplasia
es: anemia aplásica

@ neutropenia | blood | ime
c: neutropenia; neutropenic; severe neutropenia; grade 3 neutropenia; grade 4 neutropenia; low neutrophils; low neutrophil count; neutrophils low; neutrophil count low
m: neutropena; nuetropenia; neutrapenia; neutropenia; neutropinia; neutropnia; nutropenia; neutropenic; nuetropenic
es: neutropenia; neutrófilos bajos

@ febrile neutropenia | blood | ime
c: febrile neutropenia; neutropenic fever; neutropenic fevers; fever with low white count; fever and low counts; fever with neutropenia
a: FN!
es: neutropenia febril

@ agranulocytosis | blood | ime
c: agranulocytosis; no white cells; ANC zero; ANC of zero; ANC 0
m: agranulocytosys; agranulocitosis

@ leukopenia | blood
c: leukopenia; leucopenia; leukopenic; low white blood cell count; low white cell count; low white blood cells; low wbc; low white count; wbc low; low white cells; white cells low; low white counts; white count dropped; low immune cells; immune system is low; low immunity; weak immune system; immune system {dropped,was down,is down,is low,was low}
m: leukopenia; leucopeania; lukopenia; leukopinia; leukapenia
es: leucopenia; glóbulos blancos bajos; bajos los glóbulos blancos; defensas bajas

@ lymphopenia | blood
c: lymphopenia; lymphocytopenia; lymphopaenia; low lymphocytes; low lymphocyte count; lymphocytes low
m: lymphopenia; limfopenia; lymphapenia
es: linfopenia; linfocitos bajos

@ thrombocytopenia | blood | ime
c: thrombocytopenia; thrombocytopenic; low platelets; low platelet count; platelets low; platelet count low; platelets dropped; platelets dropping; platelets fell; platelets went down; platelets are low; platelets were low; immune thrombocytopenia; immune thrombocytopenic purpura; idiopathic thrombocytopenic purpura; heparin induced thrombocytopenia; drug induced thrombocytopenia
a: ITP!; thrombocytopenia; low plt; low plts; plt low; plts low; plt dropped; plts dropped; tcp; plt {5,10,15,20,25,30,40,50,60,70,80,90}k; plts {5,10,15,20,25,30,40,50,60,70,80,90}k; platelets {5,10,15,20,25,30,40,50,60,70,80,90}k; platelets {were,of,was,at,dropped to,down to} {5,10,15,20,25,30,40,50,60,70,80,90}k; platelets {were,of,was,at,dropped to,down to} {5000,10000,15000,20000,30000,40000,50000,60000,70000,80000,90000}; platelets {were,of,was,at,dropped to,down to} {5,10,15,20,30,40,50,60,70,80,90},000; platelet count {of,was} {10,20,30,40,50}k
m: thrombocytopenia; thrombocytopenia; thrombocytapenia; thrombocytopinia; thrombocitopenia; thrombocytopeina; thrombocytopnia; thrombosytopenia; trombocytopenia; thrombopenia; low platlets; low plateletes; platlets low; low platelettes; platelets droped; platlets dropped
es: trombocitopenia; plaquetas bajas; bajaron las plaquetas; me bajaron las plaquetas; le bajaron las plaquetas; plaquetopenia

@ pancytopenia | blood | ime
c: pancytopenia; pancytopenic; all counts low; all {her,his,my} counts {are,were} low; all {her,his,my} counts dropped; all blood counts low; all counts dropped; low blood counts; blood counts low; blood counts dropped; counts dropped; counts are low; counts were low; low counts; bicytopenia; cytopenia; cytopenias; myelosuppression; bone marrow suppression; marrow suppression; myelotoxicity
m: pancytopenia; pancitopenia; pancytopnia; pancytopinia
es: pancitopenia; conteos bajos; todas las células bajas

@ eosinophilia | blood
c: eosinophilia; high eosinophils; elevated eosinophils; eosinophils high; eosinophils elevated; hypereosinophilia; hypereosinophilic syndrome
a: DRESS!; DRESS syndrome; drug reaction with eosinophilia
m: eosinophilia; eosinophelia; eosinofilia; eosinphilia
es: eosinofilia

@ leukocytosis | blood
c: leukocytosis; leucocytosis; high white count; high white blood cell count; elevated white count; elevated white blood cell count; white count high; white count up; white count elevated; elevated wbc; high wbc; wbc elevated; wbc high
es: leucocitosis; glóbulos blancos altos

@ thrombocytosis | blood
c: thrombocytosis; high platelets; elevated platelets; platelets high; platelets elevated; high platelet count

@ polycythemia | blood
c: polycythemia; polycythaemia; erythrocytosis; high hemoglobin; high red blood cell count; thick blood; blood too thick; blood is too thick
es: policitemia; sangre espesa

@ coagulopathy | blood | ime
c: coagulopathy; bleeding disorder; clotting problem; clotting problems; blood not clotting; blood won't clot; blood wont clot; blood {is,was,too} thin; blood too thin; blood got too thin; disseminated intravascular coagulation
a: DIC!; INR {4,5,6,7,8,9,10}; INR {4,5,6,7,8,9}.{0,5}; INR over {4,5,6}; INR > {4,5}; INR >{4,5}; supratherapeutic INR
es: coagulopatía; sangre muy delgada; sangre muy rala

@ lymphadenopathy | blood
c: lymphadenopathy; swollen lymph nodes; swollen lymph node; swollen glands; swollen gland; enlarged lymph nodes; enlarged lymph node; lymph nodes swollen; lymph node swelling; glands {are,were} swollen; glands {swollen,up}; lumps in {my,her,his} neck; lump in {my,her,his} {neck,armpit,groin}; lumps under {my,her,his} arms; swollen neck glands; swollen nodes; swollen node
m: lymphadenopathy; lymphadenapathy; lymphadenopahty; swolen glands; swollen lymphnodes; lymph nodes swolen; swollen limph nodes
es: ganglios inflamados; ganglios hinchados; bolitas en el cuello; linfadenopatía; se me inflamaron los ganglios

@ splenomegaly | blood
c: splenomegaly; enlarged spleen; spleen enlarged; swollen spleen; spleen is enlarged; ruptured spleen; splenic rupture
es: bazo agrandado; esplenomegalia

@ hemophagocytic lymphohistiocytosis | blood | ime;life_threatening
c: hemophagocytic lymphohistiocytosis; macrophage activation syndrome
a: HLH!

@ thrombotic microangiopathy | blood | ime;life_threatening
c: thrombotic microangiopathy; thrombotic thrombocytopenic purpura; hemolytic uremic syndrome
a: TTP!; HUS!; TMA!

@ methemoglobinemia | blood | ime
c: methemoglobinemia; methaemoglobinaemia
"""

# ------------------------------------------------------------- infections
VOCAB += """
@ herpes zoster | infection
c: herpes zoster; shingles; zoster; shingles rash; shingles outbreak; shingles infection; varicella zoster; herpes zoster infection; zoster reactivation; reactivation of shingles; shingle
a: HZ!; VZV reactivation
l: {got,had,have,has,broke out with,came down with,developed} shingles; case of shingles; shingles {came back,flared,outbreak,on my side,on her side,on his side,on my face,on her face,on his face,on my back,on her back,on his back}
m: shingels; shinges; shinglez; singles rash; shingels rash; shingals; shinngles; shinles; herpes zostor; herpes zoaster; herpes zostar; hepes zoster; zoaster; zostor; shingle's
es: herpes zóster; culebrilla; culebrina; herpes; tengo culebrilla

@ disseminated herpes zoster | infection | ime
c: disseminated herpes zoster; disseminated zoster; disseminated shingles; herpes zoster ophthalmicus; shingles in {my,her,his} eye; shingles in the eye; ophthalmic zoster; zoster ophthalmicus; herpes zoster oticus; ramsay hunt syndrome

@ oral herpes | infection
c: oral herpes; cold sore; cold sores; fever blister; fever blisters; herpes labialis; herpes simplex; herpes simplex infection; herpes outbreak; herpes flare; oral herpes outbreak; genital herpes; genital herpes outbreak; herpes simplex virus reactivation
a: HSV; HSV-1; HSV-2; HSV outbreak; HSV reactivation
m: coldsore; coldsores; cold soars; fever blisster; herpies; herpes simplx
es: fuegos; fuego labial; herpes labial; ampollas de fiebre; boquera; calenturas; calentura en el labio

@ influenza | infection
c: influenza; flu; the flu; flu a; flu b; influenza a; influenza b; influenza like illness; influenza-like illness; flu like illness; stomach flu; swine flu; H1N1; bird flu
a: ILI!; flu+; flu positive; positive for flu; tested positive for flu; flu test positive; positive flu test; positive flu swab; +flu
l: {got,had,have,has,caught,came down with} {the flu,flu,influenza}; {flu,influenza} {a,b} positive; case of the flu; bout of flu; bout of the flu; bad flu; flu bug
m: influensa; infuenza; influenze; inflenza; influenca; flue; the flue; influenzia
es: gripe; influenza; tengo gripe; gripa fuerte; me dio gripe; gripe estomacal

@ influenza like illness | general
c: flu like symptoms; flu-like symptoms; flu like symptom; flu-like symptom; flu like syndrome; flu-like syndrome; flu-like illness symptoms; flulike symptoms; flu symptoms; flu sx; flu like sx; flu-like sx; feel like {i,she,he} {have,has} the flu; feels like the flu; felt like the flu; like {i,she,he} {had,has,have,got} the flu; like {i,she,he} {was,got} hit by a truck; hit by a truck; flu like feeling; flu like reaction; flu-like reaction; post injection flu; post-injection flu; shot flu; flu like side effects; flu-like side effects
m: flu like symtoms; flu like symptons; flulike symptons; flu-like symtoms
es: síntomas de gripe; síntomas gripales; como si tuviera gripe; malestar tipo gripe; síntomas parecidos a la gripe

@ COVID-19 | infection
c: COVID-19; COVID; covid 19; covid19; coronavirus; coronavirus infection; sars-cov-2; sars-cov-2 infection; covid infection; covid pneumonia; long covid; post covid; post-covid; post covid syndrome; covid-positive; covid positive; positive for covid; tested positive for covid; positive covid test; covid test positive; positive covid; covid+; +covid; the rona; rona
l: {got,had,have,has,caught,came down with} {covid,covid-19,coronavirus,the virus,the rona}; covid again; covid twice
m: covd; covid-19; covis; coivd; coronavirous; corona virus; carona virus; korona; covit; covi; kovid
es: covid; coronavirus; me dio covid; le dio covid; salí positivo a covid; dio positivo a covid; positivo a covid; tengo covid

@ respiratory syncytial virus infection | infection
c: respiratory syncytial virus infection; RSV; rsv infection; respiratory syncytial virus
es: virus sincitial respiratorio

@ cellulitis | infection
c: cellulitis; skin infection; skin infections; skin infected; infected skin; soft tissue infection; skin and soft tissue infection; erysipelas; infected cut; infected wound; wound infection; infected sore; infected blister; infected bite; infected bug bite; infected scratch
a: SSTI; SSTIs
l: {leg,arm,foot,hand,finger,toe,face} {is,was,got} infected; infection in {my,her,his} {leg,arm,foot,hand,finger,toe,face}; red streaks; red streak going up {my,her,his} {leg,arm}
m: celulitis; cellulitus; cellulites; cellulitits; celullitis; cellulites; selulitis
es: celulitis; infección de la piel; infección en la piel; herida infectada

@ abscess | infection
c: abscess; abscesses; boils; furuncle; furuncles; carbuncle; skin abscess; pus pocket; pus pockets; pocket of pus; infected lump; infected cyst; MRSA infection; staph infection; staph; MRSA
a: I&D!; had it drained; drained abscess; lanced
m: absess; abcess; abscess; absces; abcesses; absesses; abses; abscesess; absses
es: absceso; abscesos; forúnculo; forúnculos; nacido; nacidos; infección por estafilococo

@ anal abscess | infection
c: anal abscess; perianal abscess; perirectal abscess; rectal abscess; anal fistula; perianal fistula; fistula; fistulas; fistulae
m: perianal absess; perianal abcess; perirectal abcess; fistual; fistla
es: absceso anal; absceso perianal; fístula; fístulas; fístula anal

@ sepsis | infection | ime;life_threatening
c: sepsis; septicemia; septicaemia; septic; bacteremia; bacteraemia; blood infection; infection in {my,her,his,the} blood; blood poisoning; infection spread to {my,her,his,the} blood; infection got into {my,her,his,the} blood; infection went into {my,her,his,the} blood; went into {my,her,his} blood; went septic; gone septic; became septic; urosepsis due to infection; severe sepsis; septic infection; blood stream infection; bloodstream infection
a: BSI!; CLABSI!; positive blood cultures; blood cultures positive; blood culture positive
m: sepsys; sespis; sepis; sepsis; septisemia; septecemia; septicimia; sepsic; seppsis
es: sepsis; septicemia; infección en la sangre; infección de la sangre; se le fue a la sangre; se me fue a la sangre; infección generalizada

@ infection | infection
c: infection; infections; infected; bacterial infection; bacterial infections; viral infection; viral infections; serious infection; serious infections; severe infection; severe infections; recurrent infections; frequent infections; lots of infections; one infection after another; infection after infection; infections back to back; opportunistic infection; opportunistic infections
a: infx; infxn; infxns
l: {caught,caught a,got a,picked up a} bug; {keep,kept} getting sick; always sick; sick all the time; constantly sick; getting sick a lot; catching everything; catch everything; {catch,catches,caught} every bug; every bug going around
m: infecton; infection; infeccion; infextion; infction; infecsion; infeciton; inffection; infecshun; infecction
es: infección; infecciones; infectado; infectada; me enfermo mucho; me enfermo seguido; vivo enfermo; muchas infecciones

@ latent tuberculosis | infection
c: latent tuberculosis; latent TB; latent tb infection; latent tuberculosis infection; latent TB infection; positive TB test; positive tb test; TB test positive; tb test came back positive; tested positive for TB; positive ppd; ppd positive; PPD+; positive tuberculin test; positive skin test for tb; tb skin test positive; converted tb test; tb conversion; tb screen positive; positive tb screen; interferon gamma release assay positive
a: LTBI; LTBI!; +PPD; PPD positive
m: latent tb infecton; latent tubercolosis; latent tuberclosis; laten tb
es: tuberculosis latente; prueba de tuberculosis positiva; tb latente

@ interferon gamma release assay positive | lab
c: positive QuantiFERON; positive quantiferon; quantiferon positive; QuantiFERON came back positive; quantiferon came back positive; quantiferon was positive; QFT positive; positive QFT; quantiferon gold positive; positive T-SPOT; T-SPOT positive; tspot positive; positive tspot; positive IGRA; IGRA positive; igra came back positive; quantiferon+; QFT+; indeterminate quantiferon
m: quantiferon posative; quantiferon possitive; positive quantiferone; quantiferone positive; quanteferon positive; quantaferon positive
es: quantiferon positivo

@ tuberculosis | infection | ime
c: tuberculosis; active tuberculosis; active TB; TB; pulmonary tuberculosis; extrapulmonary tuberculosis; tb reactivation; reactivation of tb; reactivated tb; miliary tuberculosis; disseminated tuberculosis; tb infection
m: tuberculosis; tuberclosis; tuberculosys; tuberculoses; tubercolosis; tubercolosis
es: tuberculosis; tuberculosis activa; tb activa

@ fungal infection | infection
c: fungal infection; fungal infections; yeast infection; yeast infections; candidiasis; candida; candida infection; fungus; fungal rash; thrush; oral thrush; oral candidiasis; esophageal candidiasis; vaginal yeast infection; vaginal candidiasis; vulvovaginal candidiasis; fungal skin infection; tinea; ringworm; jock itch; athlete's foot; nail fungus; toenail fungus; onychomycosis; tinea versicolor; tinea pedis; tinea cruris; tinea corporis; white patches in {my,her,his} mouth; white coating on {my,her,his} tongue; white tongue; coated tongue
a: yeast inf; oral candida; VVC!
m: yeast infecton; yiest infection; yeast infeciton; thrus; candidasis; candidiosis; cadidiasis; fungle infection; fungul infection; fungas infection; ringworm; athletes foot; athelete's foot; athletes food
es: infección por hongos; hongos; candidiasis; infección vaginal por hongos; algodoncillo; muguet; pie de atleta; hongos en las uñas; tiña; lengua blanca

@ invasive fungal infection | infection | ime
c: invasive fungal infection; aspergillosis; histoplasmosis; coccidioidomycosis; valley fever; cryptococcal meningitis; cryptococcosis; pneumocystis pneumonia; pneumocystis jirovecii pneumonia; mucormycosis; blastomycosis
a: PJP!; PJP pneumonia

@@ opportunistic infection | infection | ime
c: opportunistic infection; opportunistic infections
es: infección oportunista; infecciones oportunistas

@ progressive multifocal leukoencephalopathy | infection | ime;life_threatening
c: progressive multifocal leukoencephalopathy; JC virus infection; jc virus brain infection
a: PML; PML!
m: progressive multifocal leukoencephelopathy; progressive multifocal leucoencephalopathy

@ hepatitis B reactivation | infection | ime
c: hepatitis B reactivation; hep B reactivation; reactivated hepatitis b; hbv reactivation; reactivation of hepatitis b; hep b reactivated; hepatitis b reactivated; HBsAg seroreversion; HBsAg became positive; hbv dna detectable; hbv dna became detectable
es: reactivación de hepatitis b

@ gastroenteritis | infection
c: gastroenteritis; stomach bug; stomach virus; tummy bug; gut infection; intestinal infection; GI bug; gi virus; GI infection; norovirus; rotavirus; food poisoning; viral gastroenteritis; bacterial gastroenteritis; salmonella; e coli infection; campylobacter
l: {caught,got,had,has,picked up} {a stomach bug,the stomach bug,a stomach virus,food poisoning,norovirus}
m: gastroenteritus; gastroentritis; gastro enteritis; gastroenterites; food posioning; food poising; stomache bug; stomack bug; stomach virous
es: gastroenteritis; infección estomacal; infección intestinal; intoxicación alimentaria; infección del estómago; bicho en el estómago

@ clostridioides difficile infection | infection | ime
c: clostridium difficile infection; c diff; c. diff; c-diff; cdiff; c difficile; c. difficile; clostridioides difficile; c diff colitis; c diff infection; clostridium difficile colitis; pseudomembranous colitis
a: CDI!; CDAD!; c diff positive; positive c diff; +c diff
m: c-dif; c dif; see diff; sea diff; clostridium dificile
es: c difficile; colitis por c diff

@ diverticulitis | infection
c: diverticulitis; diverticulitis flare; diverticulitis attack; diverticular abscess; infected diverticula
m: diverticulitus; diverticulitus; diverticulites; diverticulytis; diverticulitis; diverticulatis; diverticulitits; diverticulitis
es: diverticulitis

@ appendicitis | infection
c: appendicitis; ruptured appendix; burst appendix; appendix burst; appendix ruptured; appendix removed; appendectomy; had {my,her,his} appendix {out,removed,taken out}
m: appendicitus; apendicitis; appendecitis; appendisitis; appendicites
es: apendicitis; me operaron del apéndice; apéndice reventado

@ meningitis | infection | ime
c: meningitis; bacterial meningitis; viral meningitis; aseptic meningitis; encephalitis; meningoencephalitis; brain infection; infection in {my,her,his} brain; herpes encephalitis
m: meningitus; menengitis; meningitits; meningites; encephalitus; encefalitis
es: meningitis; encefalitis; infección en el cerebro

@ osteomyelitis | infection | ime
c: osteomyelitis; bone infection; infection in {my,her,his} bone; infected bone; septic arthritis; joint infection; infected joint; infected knee replacement; infected hip replacement; prosthetic joint infection
m: osteomylitis; osteomyelitus; osteomielitis
es: osteomielitis; infección en el hueso; artritis séptica

@ endocarditis | infection | ime
c: endocarditis; infective endocarditis; bacterial endocarditis; heart valve infection; infection in {my,her,his} heart; infection of the heart valve
m: endocarditus; endocardits
es: endocarditis; infección en el corazón

@ paronychia | infection
c: paronychia; nail infection; nail bed infection; infected nail; infected nails; infected toenail; infected fingernail; ingrown toenail; ingrown toenails; ingrown nail; infected ingrown toenail; whitlow
m: paronichia; paronycia; paronycha; ingrown toe nail
es: paroniquia; uña enterrada; uñero; uña encarnada; infección en la uña

@ folliculitis | infection
c: folliculitis; infected hair follicles; infected hair follicle; hot tub folliculitis; razor bumps infected
m: folliculitus; foliculitis; folicullitis
es: foliculitis

@ impetigo | infection
c: impetigo; school sores
m: impetego; impedigo; impetico
es: impétigo


@ vaginal infection | infection
c: vaginal infection; bacterial vaginosis; vaginitis; vaginal infections
m: bacterial vaginitis; bacterial vagnosis
es: infección vaginal; vaginosis bacteriana; vaginitis

@ sexually transmitted disease | infection
c: sexually transmitted disease; sexually transmitted infection; chlamydia; gonorrhea; syphilis; trichomoniasis
a: STD; STDs; STI; STIs
es: enfermedad de transmisión sexual; infección de transmisión sexual

@ viral infection | infection
c: viral illness; virus; a virus; some virus; viral syndrome; viral rash; viral bug; mononucleosis; infectious mononucleosis; epstein barr virus; hand foot and mouth disease; hand, foot and mouth disease; strep infection; scarlet fever; whooping cough; pertussis; measles; chickenpox; chicken pox; varicella; mumps
a: EBV
m: chicken pocks; chickenpocks; mononucleosys; wooping cough
es: varicela; sarampión; tos ferina; paperas; mononucleosis; un virus; virosis

@ parasitic infection | infection
c: parasitic infection; parasites; worms; intestinal worms; pinworms; giardia; giardiasis; scabies; lice; head lice; bed bugs
es: parásitos; lombrices; sarna; piojos

@ Lyme disease | infection
c: lyme disease; lyme; tick bite infection; tick-borne illness; tick borne illness
es: enfermedad de lyme



@ postoperative wound infection | infection
c: postoperative wound infection; surgical site infection; incision infection; infected incision; infected surgical wound; wound dehiscence; incision opened up; incision reopened
es: infección de la herida; herida infectada después de la cirugía
"""

# ------------------------------------------------------- immune / allergic
VOCAB += """
@ hypersensitivity | immune
c: hypersensitivity; hypersensitivity reaction; hypersensitivity reactions; allergic reaction; allergic reactions; allergy; allergies; allergic; drug allergy; drug hypersensitivity; allergic response; allergic rxn; allergic rxns; sensitivity reaction; immediate hypersensitivity; delayed hypersensitivity; serum sickness; serum sickness-like reaction; allergic to {it,the shot,the medication,the medicine,the drug,the injection,the infusion,the pill}
a: HSR; HSRs; allergic rx; allergic rxn; allergy rxn; allergy rxns; allergic reax
l: {had,having,got} an allergic reaction; {having,had,have} a reaction; {had,having,got} a bad reaction; {allergic,allergy} {attack,flare}; reacted to {it,the shot,the medication,the medicine,the injection,the infusion}; {was,is,am} allergic
m: allergic reacton; alergic reaction; allergic reation; alergy; allergie; allergys; allergie reaction; allegic reaction; allergic reaktion; allergic rection; alergic; alergic reacion; hypersensitivty; hypersensitvity; hypersensativity
es: reacción alérgica; alergia; alergias; alérgico; alérgica; me dio alergia; le dio alergia; me hizo reacción; reacción al medicamento

@ anaphylactic reaction | immune | ime;life_threatening
c: anaphylaxis; anaphylactic reaction; anaphylactic shock; anaphylactoid reaction; anaphylactic; anaphylactic episode; severe allergic reaction; life-threatening allergic reaction; life threatening allergic reaction; full-blown anaphylaxis; biphasic anaphylaxis
a: anaphylaxsis; anaph; ana reaction
l: {needed,used,gave,got,received,given} {an epipen,epipen,the epipen,an epi pen,epi,epinephrine,adrenaline,two epipens,2 epipens}; {used,use} {my,her,his} epipen; epipen {used,given,administered}; {had to,needed to} use {her,his,my} {epipen,epi pen}; throat {closing,closing up,closed,closed up,swelling shut,swelled shut}; {my,her,his} throat {was,is,started} closing; {went,go,gone} into anaphylaxis; {went,go} into anaphylactic shock
m: anaphalaxis; anaphylaxsis; anaphylaxis; anafalaxis; anaphylaxes; anaphylaxsys; anaphylactic shock; anaphilaxis; anaphalactic; anaphylatic; anaphylactic reation; anaflaxis; anafylaxis; anapholaxis; anaphlaxis; ananphylaxis; anaphylaktic; anaphylectic; anaphylactic shok
es: anafilaxia; choque anafiláctico; shock anafiláctico; reacción anafiláctica; reacción alérgica grave; se me cerró la garganta; se le cerró la garganta

@ angiedema | immune | ime
c: angioedema; angioneurotic edema; angio-oedema; angiooedema; facial swelling; swelling of the face; face swelling; face swelled; face swelled up; face {is,was,got} swollen; swollen face; face puffed up; puffy face; {face,tongue,throat} {swelling,swelled,swelled up,swollen,puffed up}; swollen tongue; tongue swelling; tongue swelled; tongue swelled up; tongue {was,is,got} swollen; tongue felt thick; thick tongue; throat swelling; swelling in {my,her,his} throat; swollen throat; throat swollen; throat swelled; throat swelled up; laryngeal edema; laryngeal oedema
m: angiodema; angioedma; angio edema; angeoedema; angiodeema; angioedemia; anjioedema
es: angioedema; cara hinchada; se me hinchó la cara; se le hinchó la cara; hinchazón de la cara; lengua hinchada; se me hinchó la lengua; garganta hinchada

@ lip swelling | immune
c: lip swelling; swollen lip; swollen lips; lips swollen; lips swelled; lips swelled up; lips {are,were,got,look} swollen; lips puffed up; puffy lips; lip edema; lip angioedema
l: lips {blew up,ballooned,got huge,got big}; lips like a duck; duck lips
es: labios hinchados; se me hincharon los labios; se le hincharon los labios; labio hinchado

@ throat tightness | immune
c: throat tightness; tight throat; throat tight; throat {is,was,felt,feels,got} tight; throat constriction; throat constricting; tightness in {my,her,his,the} throat; throat closing sensation; constricted throat; closing throat; lump in {my,her,his} throat; lump in throat; feeling of a lump in {my,her,his} throat; globus sensation
l: throat {felt,feels} {like it was closing,like it's closing,like its closing,funny,weird,thick}; {felt,feels} like {my,her,his} throat {was,is} closing; {hard,difficult} to swallow; {trouble,difficulty} swallowing
m: throat tighness; throat tightnes; tight throught; throut tightness; troat tightness
es: garganta cerrada; garganta apretada; siento la garganta cerrada; opresión en la garganta; nudo en la garganta



@ drug eruption | immune
c: drug eruption; drug rash; drug-induced rash; drug induced rash; medication rash; rash from the medication; rash from the medicine; rash from the shot; rash from the pill; fixed drug eruption; drug related rash; morbilliform drug eruption
es: erupción por medicamento; salpullido por la medicina

@ stevens-johnson syndrome | immune | ime;life_threatening
c: stevens-johnson syndrome; stevens johnson syndrome; stevens johnson; toxic epidermal necrolysis; erythema multiforme; skin peeling off in sheets; skin sloughing; blistering rash with fever
a: SJS; SJS/TEN
m: steven johnson syndrome; stevens-johnson; steven-johnson syndrome; stephen johnson syndrome; steven johnsons; stevens johnsons syndrome
es: síndrome de stevens-johnson; necrólisis epidérmica tóxica

@ drug reaction with eosinophilia and systemic symptoms | immune | ime;life_threatening
c: drug reaction with eosinophilia and systemic symptoms; DRESS reaction; drug hypersensitivity syndrome

@ immune-mediated adverse reaction | immune | ime
c: immune-mediated adverse reaction; immune related adverse event; immune-related adverse event; immune related adverse events; immune-related adverse events; immune mediated reaction; immune-mediated reaction; autoimmune reaction; immune reaction
a: irAE; irAEs; imAR; imARs
es: reacción inmune; reacción autoinmune

@ lupus-like syndrome | immune | ime
c: lupus-like syndrome; lupus like syndrome; drug-induced lupus; drug induced lupus; lupus like reaction; lupus-like reaction; lupus symptoms; positive ANA; ANA positive; ANA came back positive; lupus flare from the drug
m: drug induced lupis
es: lupus inducido por medicamentos

@ sarcoidosis | immune | ime
c: sarcoidosis; sarcoid; sarcoid-like reaction
m: sarcoidosys; sarcodosis; sarcoidoisis
es: sarcoidosis

@ cytokine release syndrome | immune | ime;life_threatening
c: cytokine release syndrome; cytokine release; cytokine storm; grade 3 CRS; grade 4 CRS; severe cytokine release syndrome; severe CRS
a: CRS!
es: síndrome de liberación de citocinas; tormenta de citocinas

@ seasonal allergy | immune
c: seasonal allergy; seasonal allergies flare; pollen allergy; dust allergy; pet allergy; food allergy; food allergies; new food allergy; new allergies; new allergy; environmental allergies
es: alergia estacional; alergia al polen; alergia a la comida

@ graft versus host disease | immune | ime;disease | graft versus host disease aggravated
c: graft versus host disease; graft-versus-host disease; GVHD; GvHD; chronic GVHD; acute GVHD

@ transplant rejection | immune | ime
c: transplant rejection; organ rejection; kidney rejection; liver rejection; graft rejection; rejecting {the,her,his,my} {kidney,liver,transplant,heart,lung}
es: rechazo del trasplante; rechazo del riñón
"""

# ------------------------------------------- reproductive, sexual, pregnancy
VOCAB += """
@ spontaneous abortion | pregnancy | ime
c: spontaneous abortion; miscarriage; miscarriages; miscarried; miscarrying; pregnancy loss; lost the pregnancy; lost {my,her,the} pregnancy; early pregnancy loss; missed abortion; incomplete abortion; threatened abortion; blighted ovum; lost the baby; lost {my,her} baby; chemical pregnancy
a: SAB!; s/p miscarriage
l: {had,having} a miscarriage; {she,i} miscarried; baby had no heartbeat; no heartbeat on {the,her,my} ultrasound; no fetal heartbeat; {pregnancy,baby} {stopped growing,wasn't viable,wasnt viable,was not viable}; {needed,had} a d&c; {needed,had} a D&C
m: miscarrage; miscarraige; miscariage; misscarriage; miscarage; miscarridge; misscarrage; miscarrige; miss carriage; miscarriedge
es: aborto espontáneo; aborto; pérdida del embarazo; perdí el bebé; perdió el bebé; perdí al bebé; perdió al bebé; tuve un aborto

@ stillbirth | pregnancy | ime
c: stillbirth; stillborn; still birth; still born; fetal death; intrauterine fetal death; fetal demise; intrauterine death; baby was stillborn; baby died in utero; baby died before birth; baby had died; no heartbeat at {32,34,36,38} weeks
a: IUFD!
m: stilbirth; stillbith; stil born
es: muerte fetal; nació muerto; nació muerta; el bebé nació sin vida; óbito fetal

@ premature delivery | pregnancy | ime
c: premature delivery; preterm delivery; premature birth; preterm birth; preterm labor; preterm labour; premature labor; premature labour; born early; baby came early; baby was born early; baby born premature; premature baby; preemie; premie; delivered early; delivered at {24,25,26,27,28,29,30,31,32,33,34,35,36} weeks; born at {24,25,26,27,28,29,30,31,32,33,34,35,36} weeks; went into labor early; early labor; early labour
a: PTL!; PTB!
m: premature delivary; premature labour; pre term labor; pre-term labor; prematur birth
es: parto prematuro; bebé prematuro; nació prematuro; nació antes de tiempo; se adelantó el parto

@ ectopic pregnancy | pregnancy | ime
c: ectopic pregnancy; tubal pregnancy; ruptured ectopic; ectopic
es: embarazo ectópico; embarazo tubario

@ pre-eclampsia | pregnancy | ime
c: pre-eclampsia; preeclampsia; pre eclampsia; eclampsia; toxemia; toxaemia of pregnancy; HELLP syndrome; pregnancy induced hypertension; pregnancy-induced hypertension; gestational hypertension; high blood pressure in pregnancy
m: preclampsia; pre-eclamsia; preeclamsia; pre eclamsia
es: preeclampsia; eclampsia

@ gestational diabetes | pregnancy
c: gestational diabetes; gestational diabetes mellitus; diabetes of pregnancy; pregnancy diabetes
a: GDM!
es: diabetes gestacional

@ fetal growth restriction | pregnancy
c: fetal growth restriction; intrauterine growth restriction; baby not growing; baby is small; small for gestational age; baby measuring small; fetus small for dates
a: IUGR; FGR!; SGA!
es: restricción del crecimiento fetal; el bebé no está creciendo

@ oligohydramnios | pregnancy
c: oligohydramnios; low amniotic fluid; low fluid around the baby; polyhydramnios; too much amniotic fluid
es: poco líquido amniótico

@ premature rupture of membranes | pregnancy
c: premature rupture of membranes; preterm premature rupture of membranes; water broke early
a: PROM!; PPROM!
es: se me rompió la fuente antes de tiempo

@ placental disorder | pregnancy
c: placental abruption; placenta previa; placental insufficiency; placenta problem; placenta problems; abruption
es: desprendimiento de placenta; placenta previa

@ neonatal disorder | pregnancy
c: neonatal jaundice; newborn jaundice; baby was jaundiced; baby is jaundiced; baby was yellow; baby in the nicu; baby in NICU; baby went to the nicu; baby admitted to the nicu; baby needed the nicu; neonatal intensive care; neonatal hypoglycemia; respiratory distress in the baby; baby had trouble breathing; low birth weight; baby born small
a: NICU admission; NICU stay
es: el bebé en la uci neonatal; bebé de bajo peso

@ congenital anomaly | pregnancy | congenital
c: congenital anomaly; congenital anomalies; birth defect; birth defects; congenital defect; congenital malformation; congenital abnormality; baby born with a defect; baby has a birth defect; malformation; fetal anomaly; fetal abnormality; abnormal ultrasound; anomaly on ultrasound; genetic abnormality; chromosomal abnormality
m: birth defeat; congenital anomoly; congenital anamoly; birth defacts
es: defecto de nacimiento; defectos de nacimiento; malformación; malformación congénita; anomalía congénita; el bebé nació con un defecto

@ ventricular septal defect | cardiac | congenital
c: ventricular septal defect; hole in {the,her,his} heart; hole in the baby's heart; atrial septal defect; septal defect
a: VSD; VSD!
es: comunicación interventricular; soplo en el corazón del bebé; agujero en el corazón

@ congenital heart disease | cardiac | congenital
c: congenital heart disease; congenital heart defect; heart defect; baby born with a heart defect; tetralogy of fallot; patent ductus arteriosus; coarctation of the aorta; transposition of the great arteries
a: CHD!
es: cardiopatía congénita; defecto del corazón

@ neural tube defect | neuro | congenital
c: neural tube defect; spina bifida; anencephaly; hydrocephalus; microcephaly
es: espina bífida; microcefalia; hidrocefalia

@ cleft lip and palate | gi | congenital
c: cleft lip; cleft palate; cleft lip and palate; cleft lip or palate
es: labio leporino; paladar hendido

@ congenital musculoskeletal anomaly | musculoskeletal | congenital
c: club foot; clubfoot; talipes; hip dysplasia; developmental dysplasia of the hip; limb defect; missing fingers; extra fingers; polydactyly; syndactyly; limb reduction defect
es: pie zambo; displasia de cadera; dedos de más

@ hypospadias | reproductive | congenital
c: hypospadias; undescended testicle; undescended testicles; cryptorchidism
es: hipospadias; testículo no descendido

@ erectile dysfunction | sexual
c: erectile dysfunction; impotence; impotent; erection problems; erection problem; erection issues; trouble getting an erection; trouble keeping an erection; difficulty getting an erection; difficulty maintaining an erection; unable to get an erection; cant get an erection; can't get an erection; cant get it up; can't get it up; cant keep it up; can't keep it up; {cant,can't,couldnt,couldn't} get hard; {cant,can't} stay hard; {cant,can't} perform; problems in the bedroom; problems with erections; soft erections; weak erections; nothing works down there
m: erectile disfunction; erectil dysfunction; erectle dysfunction; erectile dysfuction; impotance; impotency
es: disfunción eréctil; impotencia; no se me para; no puedo tener erecciones; problemas de erección

@ libido decreased | sexual
c: libido decreased; decreased libido; low libido; loss of libido; libido loss; reduced libido; libido down; lost libido; sex drive decreased; decreased sex drive; low sex drive; no sex drive; lost {my,her,his} sex drive; loss of sex drive; lower sex drive; reduced sex drive; sex drive is gone; sex drive went down; sex drive dropped; no interest in sex; lost interest in sex; loss of interest in sex; not interested in sex; less interested in sex; zero sex drive; no libido; no desire; decreased sexual desire; low sexual desire; loss of sexual desire; hypoactive sexual desire
l: not in the mood {anymore,ever}; {no,zero} interest in intimacy
m: low labido; decreased labido; libdo; no libedo; lost my libido; libito
es: bajo deseo sexual; falta de deseo sexual; no tengo ganas de tener relaciones; disminución de la libido; pérdida de la libido; no tengo deseo; sin deseo sexual

@ libido increased | sexual
c: libido increased; increased libido; increased sex drive; higher sex drive; high sex drive; hypersexuality; compulsive sexual behavior
es: aumento del deseo sexual

@ sexual dysfunction | sexual
c: sexual dysfunction; sexual side effects; sexual problems; sex problems; problems with sex; trouble with sex; difficulty with sex; anorgasmia; cant orgasm; can't orgasm; unable to orgasm; cant climax; can't climax; trouble climaxing; delayed orgasm; delayed ejaculation; ejaculation disorder; retrograde ejaculation; no ejaculation; premature ejaculation
es: disfunción sexual; problemas sexuales; no llego al orgasmo

@ dyspareunia | sexual
c: dyspareunia; painful intercourse; painful sex; pain during sex; pain with sex; sex is painful; sex hurts; pain during intercourse; pain with intercourse; intercourse painful; hurts to have sex
es: dolor durante las relaciones; dolor al tener relaciones

@ vaginal dryness | reproductive
c: vaginal dryness; dry vagina; vagina dry; dryness down there; dry down there; vaginal atrophy; atrophic vaginitis
es: resequedad vaginal; sequedad vaginal

@ irregular menstruation | reproductive
c: menstrual disorder; menstrual changes; menstrual irregularity; menstrual irregularities; irregular periods; irregular period; irregular menses; irregular menstruation; irregular cycles; irregular cycle; period changes; changes in {my,her} period; changes in {my,her} periods; changes in {my,her} cycle; period is off; periods are off; cycle is off; period is all over the place; periods all over the place; cycle messed up; period messed up; periods messed up; messed up periods; messed up cycle; spotting between periods; breakthrough bleeding; intermenstrual bleeding; spotting; period came early; period came twice; two periods in one month; period is late; late period; periods stopped; period stopped; missed period; missed periods; no period; skipped period; skipped periods; stopped getting {my,her} period; amenorrhea; amenorrhoea; oligomenorrhea; metrorrhagia
m: iregular periods; irregular peroids; irregular preiods; amenorhea; amenorrea
es: periodo irregular; periodos irregulares; regla irregular; menstruación irregular; cambios en la menstruación; no me ha bajado; se me retrasó la regla; no me baja la regla; sangrado entre periodos; manchado

@ heavy menstrual bleeding | reproductive
c: heavy menstrual bleeding; heavy periods; heavy period; heavier periods; heavier period; period heavier; periods heavier; menorrhagia; heavy bleeding during {my,her} period; heavy menses; prolonged period; prolonged periods; period lasting {two,2,three,3} weeks; period that {wont,won't} stop; bleeding through pads; soaking through pads; soaking pads; passing clots; large clots during period; menometrorrhagia
m: menorrhagea; menoragia; menorragia; heavy preiods
es: regla abundante; menstruación abundante; sangrado menstrual abundante; periodos abundantes; reglas muy fuertes; sangrado fuerte en la regla

@ dysmenorrhea | reproductive
c: dysmenorrhea; dysmenorrhoea; painful periods; painful period; period pain; period pains; period cramps; menstrual cramps; bad cramps with {my,her} period; menstrual pain; cramps during {my,her} period
m: dysmenorhea; dismenorrea; disminorrhea
es: cólicos menstruales; dolor menstrual; regla dolorosa; dolor de regla

@ postmenopausal hemorrhage | reproductive
c: postmenopausal bleeding; postmenopausal hemorrhage; bleeding after menopause; vaginal bleeding after menopause
es: sangrado después de la menopausia

@ vaginal hemorrhage | reproductive
c: vaginal bleeding; vaginal hemorrhage; bleeding from {my,her} vagina; bleeding down there; abnormal vaginal bleeding; uterine bleeding; abnormal uterine bleeding
a: AUB!; PV bleeding; PV bleed
es: sangrado vaginal; sangrado anormal

@ vaginal discharge | reproductive
c: vaginal discharge; discharge from {my,her} vagina; abnormal discharge; discharge down there; smelly discharge; vaginal odor; vaginal itching; vaginal irritation; vulvovaginal pruritus; itching down there; itchy down there
es: flujo vaginal; flujo; comezón vaginal; picazón vaginal; comezón en mis partes

@ breast pain | reproductive
c: breast pain; breast tenderness; tender breasts; sore breasts; breasts sore; breasts tender; breasts hurt; breast discomfort; painful breasts; mastalgia; nipple pain; sore nipples
es: dolor en los senos; senos adoloridos; dolor de pecho al tocar; senos sensibles


@ galactorrhea | reproductive
c: galactorrhea; galactorrhoea; nipple discharge; milk from {my,her} nipples; leaking milk; discharge from {my,her,his} nipple
es: secreción del pezón; galactorrea

@ ovarian cyst | reproductive
c: ovarian cyst; ovarian cysts; cyst on {my,her} ovary; cysts on {my,her} ovaries; ruptured ovarian cyst; ruptured cyst; polycystic ovaries; ovarian torsion
es: quiste en el ovario; quistes en los ovarios

@ infertility | reproductive
c: infertility; infertile; unable to get pregnant; cant get pregnant; can't get pregnant; trouble getting pregnant; trouble conceiving; difficulty conceiving; male infertility; low sperm count; sperm count low; azoospermia; decreased fertility
es: infertilidad; no puedo quedar embarazada; no puedo embarazarme

@ testicular pain | reproductive
c: testicular pain; testicle pain; pain in {my,his} testicles; sore testicles; testicles hurt; scrotal pain; scrotal swelling; swollen testicle; swollen testicles; testicular swelling; epididymitis; orchitis; balls hurt; ball pain
es: dolor de testículos; dolor testicular; testículos hinchados

@ prostatitis | reproductive
c: prostatitis; prostate infection; enlarged prostate; prostate enlargement; benign prostatic hyperplasia
a: BPH
es: prostatitis; próstata inflamada; próstata agrandada

@ premature menopause | reproductive
c: premature menopause; early menopause; went into menopause; menopause early; ovarian failure; premature ovarian failure; premature ovarian insufficiency
es: menopausia temprana; menopausia precoz


# ------------------------------------------------------ endocrine, metabolic
@ hyperglycemia | metabolic
c: hyperglycemia; hyperglycaemia; hyperglycemic; high blood sugar; high blood sugars; high blood glucose; elevated blood sugar; elevated blood sugars; elevated blood glucose; elevated glucose; high glucose; raised blood sugar; uncontrolled blood sugar; uncontrolled blood sugars; uncontrolled sugars; blood sugar out of control; blood sugars out of control; sugars out of control; sugar out of control; sugars {high,are high,were high,running high,have been high,have been running high,have been kind of high,went up,are up,were up,through the roof,off the charts,spiked,crazy high,all over the place,in the 300s,in the 400s,in the 500s,in the 250s,in the 200s,over 300,over 400,over 500}; sugar {high,is high,was high,running high,has been high,went up,is up,was up,spiked,shot up,through the roof,off the charts,crazy high,was over 300,was over 400,over 300,over 400,over 500,in the 300s,in the 400s,in the 500s}; blood sugar {went up,is up,was up,spiked,shot up,is high,was high,has been high,through the roof,off the charts,keeps going up,running high,over 300,over 400,in the 300s,in the 400s}; blood sugars {went up,are up,were up,are high,were high,have been high,running high,over 300,in the 300s,in the 400s}; glucose {in the 300s,in the 400s,in the 500s,over 300,over 400,over 500}; steroid induced hyperglycemia; steroid-induced hyperglycemia; new onset diabetes; new-onset diabetes; new diabetes; became diabetic; became a diabetic; developed diabetes; now diabetic; now a diabetic; diabetic now; prediabetes; pre-diabetes; prediabetic; pre-diabetic; glucose intolerance; impaired glucose tolerance; insulin resistance
a: hyperglycemia; high BG; BG high; BGs high; high BS; BS high; BS elevated; elevated BS; high CBG; elevated CBGs; FSBS high; sugar HI; meter said HI; meter read HI; glucometer said HI; meter said high; CGM said high
l: sugar {was,reading,read,readings} {300,320,350,380,400,420,450,480,500,550,600}; sugars {300,350,400,450,500}; sugar {of,at,hit,went up to,went to,jumped to,spiked to} {300,350,400,450,500,550,600}; blood sugar {was,of,at,hit,went up to,went to,spiked to} {300,350,400,450,500,550,600}; glucose {was,of,at,hit,went up to,spiked to} {300,350,400,450,500,550,600}; sugars {in the,were in the,have been in the,are in the,still in the,running in the} {200s,250s,300s,400s,500s}; blood sugars in the {200s,300s,400s,500s}
i: my sugar {went crazy,went haywire,is crazy,is going crazy}; sugars {went crazy,went haywire,are crazy,are going crazy}
m: hyperglycemea; hyperglycimia; hyperglycemia; hiperglycemia; hyperglicemia; high blood suger; high blood sugers; hight blood sugar; hi blood sugar; high bloodsugar; blood suger high
es: azúcar alta; el azúcar alta; azúcar elevada; glucosa alta; glucosa elevada; hiperglucemia; se me subió el azúcar; me subió el azúcar; le subió el azúcar; se le subió el azúcar; tengo el azúcar alta; azúcar en 300; azúcar en 400; diabetes nueva

@ hypoglycemia | metabolic
c: hypoglycemia; hypoglycaemia; hypoglycemic; hypoglycemic episode; hypoglycemic episodes; hypoglycemic event; hypoglycemic reaction; low blood sugar; low blood sugars; low blood glucose; low glucose; low sugar; low sugars; blood sugar dropped; blood sugar low; blood sugar {went down,was low,is low,crashed,tanked,bottomed out,dropped too low,got too low,went too low,plummeted,dropped really low,keeps dropping,dipped}; blood sugars {dropped,were low,are low,dropping,crashing,low}; sugar {dropped,crashed,tanked,bottomed out,was low,is low,went low,went down,got low,got too low,dropped too low,went too low,plummeted,dipped,keeps dropping,dropping}; sugars {dropped,crashed,tanked,bottomed out,were low,are low,went low,dropping,keep dropping,been low,running low}; {had,having} a low; {had,having} lows; going low; went low; sugar low; sugar lows; severe hypoglycemia; insulin reaction; insulin shock; diabetic shock
a: hypo; hypos; low BG; BG low; BGs low; low BS; BS low; low CBG; FSBS low; sugar LO; meter said LO; meter said low; CGM said low
i: my sugar {tanked,crashed,bottomed out,hit the floor,went through the floor}; sugar {hit the floor,went through the floor}
m: hypoglycemea; hypoglycimia; hypoglycemia; hipoglycemia; hypoglicemia; hypoglecemia; hypoglysemia; low blood suger; low blood sugers; low bloodsugar; blood suger low; blood suger dropped
es: azúcar baja; el azúcar baja; glucosa baja; hipoglucemia; hipoglicemia; se me bajó el azúcar; me bajó el azúcar; le bajó el azúcar; se le bajó el azúcar; tengo el azúcar baja; bajón de azúcar

@ diabetic ketoacidosis | metabolic | ime;life_threatening
c: diabetic ketoacidosis; ketoacidosis; euglycemic diabetic ketoacidosis; euglycemic ketoacidosis; euglycemic DKA; ketones in {my,her,his} urine; ketones high; high ketones; ketosis; hyperosmolar hyperglycemic state; hyperosmolar state; diabetic coma
a: DKA; euDKA
m: diabetic ketoacidocis; ketoacidocis; diabetic keto acidosis
es: cetoacidosis; cetoacidosis diabética; cetonas en la orina

@ dehydration | metabolic
c: dehydration; dehydrated; severely dehydrated; volume depletion; hypovolemia; fluid loss; needed IV fluids; got IV fluids; given IV fluids; received IV fluids; needed fluids; got fluids; gave {her,him} fluids; {needed,got,received} a bag of fluids; IV hydration
l: {so,really,very,super} dry and thirsty; {couldnt,couldn't,cant,can't} keep fluids down; not peeing much
m: dehydation; dehydratation; dehidration; dehyrdation; dehydrated; dehydraited; dehidrated; dyhydrated
es: deshidratación; deshidratado; deshidratada; me deshidraté; se deshidrató; le pusieron suero

@ metabolic acidosis | metabolic | ime
c: metabolic acidosis; lactic acidosis; acidosis
es: acidosis; acidosis láctica

@ tumor lysis syndrome | metabolic | ime;life_threatening
c: tumor lysis syndrome; tumour lysis syndrome
a: TLS!

@ gout | metabolic | disease | gout aggravated
c: gout; gouty arthritis; gout in {my,her,his} {toe,foot,knee,ankle}
m: gowt; gaut
es: gota

@ gout aggravated | disease
c: gout aggravated; gout attack; gout attacks; gout flare; gout flares; gout flare up; gout flare-up; gout flared; gout flared up; gout is flaring; gout acting up; gout worse; gout got worse; gout is worse; big toe pain and swelling
es: ataque de gota; brote de gota

@ hypothyroidism | endocrine
c: hypothyroidism; underactive thyroid; under active thyroid; low thyroid; thyroid is low; thyroid low; thyroid went low; thyroid is underactive; thyroid stopped working; thyroid quit working; thyroid burned out; hashimoto's; hashimoto's thyroiditis; autoimmune thyroiditis; thyroiditis; immune-mediated thyroiditis; immune mediated hypothyroidism
m: hypothyroidism; hypothroidism; hypothyrodism; hypothyroidsm; hypothyrodisim; hypothiroidism; hipothyroidism; low thyriod; hypothyriodism
es: hipotiroidismo; tiroides baja; tiroides lenta

@ hyperthyroidism | endocrine
c: hyperthyroidism; overactive thyroid; over active thyroid; high thyroid; thyroid is high; thyroid is overactive; thyroid went high; graves disease; graves' disease; thyroid storm; thyrotoxicosis
m: hyperthroidism; hyperthyrodism; hyperthyriodism; hiperthyroidism; graves desease
es: hipertiroidismo; tiroides alta; tiroides acelerada

@ thyroid disorder | endocrine
c: thyroid disorder; thyroid problems; thyroid problem; thyroid issues; thyroid issue; thyroid acting up; thyroid is off; thyroid levels off; thyroid out of whack; thyroid nodule; thyroid nodules; goiter; goitre; swollen thyroid; enlarged thyroid; lump on {my,her,his} thyroid; nodule on {my,her,his} thyroid
m: thyriod problems; thyroid problms; thiroid problems; goitre
es: problemas de tiroides; problemas con la tiroides; bocio; nódulo en la tiroides

@ adrenal insufficiency | endocrine | ime
c: adrenal insufficiency; adrenal crisis; addison's disease; adrenal failure; adrenal fatigue; adrenal suppression; low cortisol; cortisol low; secondary adrenal insufficiency; primary adrenal insufficiency
m: adrenal insuficiency; addisons desease
es: insuficiencia suprarrenal; insuficiencia adrenal; cortisol bajo

@ hypophysitis | endocrine | ime
c: hypophysitis; pituitary inflammation; hypopituitarism; pituitary problem; pituitary problems
es: hipofisitis

@ cushingoid | endocrine
c: cushingoid; cushing's syndrome; cushings; moon face; moon facies; buffalo hump; steroid face; puffy steroid face; face got round; round face
es: cara de luna; síndrome de cushing

@ hyperparathyroidism | endocrine
c: hyperparathyroidism; hypoparathyroidism; parathyroid problem; high parathyroid hormone; high PTH
es: hiperparatiroidismo

@ diabetes insipidus | endocrine
c: diabetes insipidus

@ vitamin deficiency | metabolic
c: vitamin deficiency; vitamin d deficiency; low vitamin d; vitamin d low; vitamin b12 deficiency; low b12; b12 low; b12 deficiency; folate deficiency; low folate; malnutrition; malnourished; nutritional deficiency
es: deficiencia de vitamina d; vitamina d baja; vitamina b12 baja; desnutrición

@ hyperlipidemia | metabolic | disease | blood cholesterol increased
c: hyperlipidemia; hyperlipidaemia; dyslipidemia; dyslipidaemia; mixed dyslipidemia; mixed hyperlipidemia
a: HLD!
m: hyperlipidemea; hiperlipidemia
es: hiperlipidemia; dislipidemia

@ hypercholesterolemia | metabolic | disease | blood cholesterol increased
c: hypercholesterolemia; hypercholesterolaemia; high cholesterol; familial hypercholesterolemia; heterozygous familial hypercholesterolemia; primary hypercholesterolemia; elevated cholesterol; raised cholesterol; high ldl; elevated ldl
a: HeFH
m: high colesterol; high cholestrol; high cholestorol; high chloesterol; high cholesteral; hypercholesterolemea; hypercholestrolemia
es: colesterol alto; el colesterol alto; colesterol elevado; hipercolesterolemia

@ homozygous familial hypercholesterolemia | metabolic | disease | blood cholesterol increased
c: homozygous familial hypercholesterolemia
a: HoFH

@ hypertriglyceridemia | metabolic | disease | blood triglycerides increased
c: hypertriglyceridemia; hypertriglyceridaemia; high triglycerides; elevated triglycerides; severe hypertriglyceridemia; familial chylomicronemia syndrome
m: high triglicerides; high trygliceride; high tryglycerides
es: triglicéridos altos; hipertrigliceridemia

@ electrolyte imbalance | metabolic
c: electrolyte imbalance; electrolyte abnormalities; electrolyte disturbance; electrolytes off; electrolytes were off; electrolytes out of whack; electrolytes low; low electrolytes; electrolyte problems
a: lytes off; lytes low; low lytes
es: desequilibrio de electrolitos; electrolitos bajos

@ hyponatremia
a: low Na!; Na low!; low sodium; sodium low; sodium {110,112,115,118,120,122,123,124,125,126,127,128,129}; sodium {was,of,at,dropped to,down to} {110,115,118,120,122,123,124,125,126,127,128,129}; Na {115,118,120,122,123,124,125,126,127,128,129}!
c: hyponatraemia; hyponatremic
es: sodio bajo; hiponatremia

@ hypokalemia
a: low K!; K low!; low potassium; potassium low; potassium {2.0,2.1,2.2,2.3,2.4,2.5,2.6,2.7,2.8,2.9,3.0,3.1,3.2,3.3}; potassium {was,of,at,dropped to,down to} {2.0,2.1,2.2,2.3,2.4,2.5,2.6,2.7,2.8,2.9,3.0,3.1,3.2,3.3}; K {2.0,2.2,2.4,2.5,2.6,2.7,2.8,2.9,3.0,3.1,3.2}!; K+ {2.5,2.6,2.7,2.8,2.9,3.0,3.1,3.2}!; potassium was very low; potassium was really low; potassium very low
c: hypokalaemia; hypokalemic
m: hypokalemia; hypokelemia; hypokalimia; hipokalemia; low potasium; low postassium
es: potasio bajo; hipokalemia; hipopotasemia

@ hyperkalemia
a: high K!; K high!; high potassium; potassium high; potassium {5.6,5.8,6.0,6.2,6.5,6.8,7.0,7.5}; potassium {was,of,at} {5.6,5.8,6.0,6.2,6.5,6.8,7.0,7.5}; K {5.8,6.0,6.2,6.5,7.0}!
c: hyperkalaemia; hyperkalemic
es: potasio alto; hiperkalemia; hiperpotasemia

@ hypomagnesemia
a: low mag; low Mg!; mag low; low magnesium; magnesium low
c: hypomagnesaemia
es: magnesio bajo

@ hypocalcemia
a: low calcium; calcium low; low Ca!
c: hypocalcaemia
es: calcio bajo

@ hypercalcemia
a: high calcium; calcium high
c: hypercalcaemia
es: calcio alto

@ hypophosphatemia
c: hypophosphataemia; low phosphorus; low phosphate; low phos
es: fósforo bajo

@ hyperuricemia
c: hyperuricaemia; high uric acid; elevated uric acid; uric acid high
es: ácido úrico alto

@ hypoalbuminemia
c: hypoalbuminaemia; low albumin; albumin low
es: albúmina baja

@ iron deficiency
c: iron deficiency; iron deficient; low iron; iron low; iron is low; iron was low; low ferritin; ferritin low; needed iron infusions; needed an iron infusion
m: iron defficiency; iron deficency; low irons
es: hierro bajo; deficiencia de hierro; anemia por falta de hierro

# -------------------------------------------------------------- neoplasms
@ malignancy | neoplasm | ime
c: malignancy; malignancies; malignant neoplasm; malignant tumor; malignant tumour; cancer; cancers; new cancer; new malignancy; secondary malignancy; second primary malignancy; second cancer; another cancer; cancerous; tumor; tumour; tumors; tumours; carcinoma; sarcoma; neoplasm; malignant; diagnosed with cancer; cancer diagnosis; found cancer; came back cancerous; biopsy came back positive; positive biopsy; biopsy was positive; biopsy showed cancer; mass was cancerous; cancerous mass; cancerous growth
m: cancor; canser; cancur; maligancy; malignency; malignacy; tumer; tummor; tumour; carcinoma; carsinoma
es: cáncer; tumor; tumor maligno; malignidad; me encontraron cáncer; le encontraron cáncer; neoplasia; carcinoma

@ neoplasm | neoplasm
c: new lump; new mass; nodule; nodules; cyst; tumor benign; benign tumor; benign tumour; polyp; polyps; lesion found; suspicious lesion; suspicious spot; suspicious mole; suspicious mass; abnormal growth; spot on the scan; spot on {my,her,his} scan; something on the scan; shadow on the scan
es: bulto; bolita; quiste; pólipo; lunar sospechoso; una mancha en el estudio

@ lymphoma | neoplasm | ime;disease | disease progression
c: lymphoma; lymphomas; non-hodgkin lymphoma; non hodgkin lymphoma; non-hodgkin's lymphoma; non hodgkins lymphoma; hodgkin lymphoma; hodgkin's lymphoma; hodgkins lymphoma; hodgkin's disease; b-cell lymphoma; t-cell lymphoma; diffuse large b-cell lymphoma; hepatosplenic t-cell lymphoma; follicular lymphoma; mantle cell lymphoma; cutaneous t-cell lymphoma; lymph node cancer; cancer of the lymph nodes; lymphoproliferative disorder; mycosis fungoides
a: NHL!; DLBCL; HSTCL; CTCL!
m: lymphona; limphoma; lymphomma; lymphoma; lymfoma; lynphoma; linfoma; lympoma
es: linfoma; linfoma no hodgkin; cáncer de los ganglios; cáncer linfático

@ leukemia | neoplasm | ime;disease | disease progression
c: leukemia; leukaemia; acute leukemia; acute myeloid leukemia; acute lymphoblastic leukemia; chronic myeloid leukemia; myelodysplastic syndrome; myelodysplasia; blood cancer; cancer of the blood; secondary leukemia; therapy related leukemia
a: AML; CML; MDS; t-MN; tAML
m: leukemea; lukemia; leukimia; leukemia; leukeamia; lukeemia
es: leucemia; cáncer en la sangre; cáncer de la sangre

@ skin cancer | neoplasm | ime
c: skin cancer; skin cancers; basal cell carcinoma; basal cell; squamous cell carcinoma; squamous cell skin cancer; squamous cell; cutaneous squamous cell carcinoma; non-melanoma skin cancer; nonmelanoma skin cancer; keratoacanthoma; new skin cancer; skin cancer removed; had a skin cancer removed; cancerous mole; mole was cancerous; spot was cancerous; merkel cell carcinoma
a: BCC; SCC; cSCC; NMSC
m: basel cell; basal cel carcinoma; squamos cell; squamous cel; sqaumous cell; skin cancor
es: cáncer de piel; carcinoma basocelular; carcinoma espinocelular; lunar canceroso

@ metastases to liver | neoplasm | ime
c: metastases to liver; liver metastases; liver metastasis; liver mets; hepatic metastases; hepatic metastasis; mets to liver; mets to the liver; metastatic to liver; metastatic to the liver; spread to {my,her,his,the} liver; spread to liver; cancer {had,has} spread to {my,her,his,the} liver; cancer in {my,her,his,the} liver; lesions in {my,her,his,the} liver; new liver lesions; spots on {my,her,his,the} liver; spot on {my,her,his,the} liver
es: metástasis en el hígado; metástasis hepáticas; se extendió al hígado; se pasó al hígado

@ metastases to bone | neoplasm | ime
c: metastases to bone; bone metastases; bone metastasis; bone mets; mets to bone; mets to the bone; mets to bones; spread to {my,her,his,the} bones; spread to {my,her,his,the} bone; spread to bone; spread to {my,her,his,the} spine; cancer in {my,her,his,the} bones; lesions in {my,her,his,the} bones; new bone lesions; spine mets; spinal metastases
es: metástasis en los huesos; metástasis óseas; se extendió a los huesos; se pasó a los huesos

@ metastases to lung | neoplasm | ime
c: metastases to lung; lung metastases; lung metastasis; lung mets; pulmonary metastases; mets to lung; mets to the lungs; spread to {my,her,his,the} lungs; spread to {my,her,his,the} lung; spread to lungs; cancer in {my,her,his,the} lungs; new lung lesions; new spots on {my,her,his,the} lungs
es: metástasis en los pulmones; metástasis pulmonares; se extendió a los pulmones; se pasó a los pulmones

@ metastases to central nervous system | neoplasm | ime
c: metastases to central nervous system; brain metastases; brain metastasis; brain mets; mets to brain; mets to the brain; metastatic to brain; spread to {my,her,his,the} brain; spread to brain; cancer in {my,her,his,the} brain; lesions in {my,her,his,the} brain; new lesions in {my,her,his,the} brain; new brain lesions; brain lesions; new lesions in brain; leptomeningeal disease; leptomeningeal metastases; tumor in {my,her,his,the} brain; spots on {my,her,his,the} brain
a: CNS mets; CNS metastases; LMD!
es: metástasis cerebrales; metástasis en el cerebro; se extendió al cerebro; se pasó al cerebro

@ metastases to lymph nodes | neoplasm | ime
c: metastases to lymph nodes; lymph node metastases; nodal metastases; spread to {my,her,his,the} lymph nodes; spread to lymph nodes; cancer in {my,her,his,the} lymph nodes; positive lymph nodes; nodes positive; nodal spread
es: metástasis en los ganglios; se extendió a los ganglios

@ metastasis | neoplasm | ime
c: metastasis; metastases; metastatic disease; mets; new mets; cancer spread; cancer spreading; cancer has spread; cancer had spread; cancer {is,was} spreading; spread of cancer; spread of the cancer; tumor spread; new lesions; new lesion; new tumors; new tumor; new tumours; more tumors; more spots; new spots; metastasized; metastasised; has metastasized; had metastasized
m: metastisis; metastesis; metastasis; metasteses; metastases; metastisized; metastacized; metastized; metasticized; metasized
es: metástasis; el cáncer se extendió; se extendió el cáncer; el cáncer se regó; se regó el cáncer; nuevas lesiones; nuevos tumores

@ disease progression | neoplasm
c: disease progression; progression; progressive disease; progression of disease; tumor progression; tumour progression; cancer progression; progressed; cancer progressed; disease progressed; tumor progressed; tumor grew; tumor growing; tumor is growing; tumor got bigger; tumors grew; tumors got bigger; tumors are growing; tumor has grown; tumor increased in size; tumors increased in size; cancer grew; cancer is growing; cancer got worse; cancer is worse; cancer worsened; cancer getting worse; cancer advanced; cancer is advancing; cancer came back worse; scans show progression; scan showed progression; scan showed growth; growth on scan; progression on scan; progression on imaging; rising tumor markers; markers going up
a: PD!; progressive dz; dz progression; disease prog; progressed on; PD on scan
m: progresion; progretion; disease progresion; progressoin; progession
es: progresión; progresión de la enfermedad; el cáncer avanzó; el tumor creció; el cáncer empeoró; el tumor está creciendo

@ disease recurrence | neoplasm
c: disease recurrence; recurrence; cancer recurrence; recurrence of cancer; cancer came back; cancer is back; the cancer came back; cancer returned; cancer has returned; relapsed cancer; cancer relapse; tumor came back; tumor is back; tumor returned; recurrent cancer; local recurrence; distant recurrence; came back in {my,her,his} {liver,bones,lungs,brain,lymph nodes}
a: NED lost
es: recurrencia; el cáncer regresó; volvió el cáncer; el cáncer volvió; recaída del cáncer

@ benign neoplasm | neoplasm
c: benign neoplasm; lipoma; lipomas; fatty tumor; fatty lump; skin tag; skin tags; seborrheic keratosis; adenoma; hemangioma; cyst removed
es: lipoma; tumor benigno; verruga

# ---------------------------------------------------------------- injury
@ fall | injury
c: fell; fell down; fell over; had a fall; took a fall; taken a fall; had a bad fall; bad fall; fall at home; fell at home; fell in {the,her,his,my} {bathroom,kitchen,shower,house,yard,driveway,hallway,garage,tub,parking lot,store,street,stairs}; fell down the stairs; fell down stairs; fell off {a,the} {ladder,bed,chair,step,curb,porch,couch,toilet}; fell out of {bed,the bed,the chair,a chair,the car}; fell backwards; fell forward; fell on {my,her,his} {face,back,side,knee,knees,hip,arm,wrist,butt,head,shoulder}; tripped and fell; slipped and fell; lost {my,her,his} balance and fell; knees gave out; knees buckled; legs gave out; {my,her,his} legs gave out; leg gave out; {keep,keeps,kept} falling; falling down; fall risk increased; near fall; nearly fell; almost fell; falling a lot; found on the floor; found {her,him} on the floor; on the floor and {couldn't,couldnt} get up
a: s/p fall; fall w/ injury; fall with injury; mechanical fall; unwitnessed fall; witnessed fall; GLF!; ground level fall
m: fell dwon; felll; falled
es: caída; caídas; me caí; se cayó; se cayo; me caigo; se cae; tuve una caída; tuvo una caída; me resbalé; se resbaló

@ fracture | injury
c: fracture; fractures; fractured; broken bone; broken bones; broke a bone; broke {my,her,his} {arm,wrist,leg,ankle,foot,toe,finger,fingers,toes,collarbone,shoulder,elbow,knee,nose,jaw,pelvis,tailbone,ribs,rib,back,neck,hand,heel,leg in two places}; broken {arm,wrist,leg,ankle,foot,toe,finger,collarbone,shoulder,elbow,nose,jaw,pelvis,tailbone,ribs,rib,back,neck,hand}; fractured {arm,wrist,leg,ankle,foot,toe,finger,collarbone,shoulder,elbow,nose,jaw,pelvis,tailbone,ribs,rib,vertebra,hand,heel}; {arm,wrist,leg,ankle,foot,toe,finger,rib,ribs,collarbone,pelvis} fracture; {wrist,ankle,rib,arm,leg,toe,foot,pelvic} fractures; stress fracture; stress fractures; compression fracture; compression fractures; vertebral fracture; vertebral fractures; spinal fracture; fragility fracture; osteoporotic fracture; atypical femur fracture; atypical femoral fracture; femur fracture; fractured femur; broken femur; cracked {rib,ribs,bone,wrist,ankle,vertebra}; hairline fracture
a: fx; Fx; FX!; s/p fx; wrist fx; ankle fx; rib fx; rib fxs; vert fx; compression fx; femur fx; pelvic fx; distal radius fx
m: fracure; fractur; fracter; fractuer; frature; fratcure; facture; broked; brokeded
es: fractura; fracturas; me fracturé; se fracturó; hueso roto; me rompí; se rompió el brazo; se rompió la pierna; se rompió el tobillo; se rompió la muñeca; me rompí el brazo; me rompí la pierna; me rompí el tobillo; me rompí la muñeca; costilla rota; costillas rotas

@ hip fracture | injury | ime
c: hip fracture; fractured hip; broken hip; broke {my,her,his} hip; broke {her,his} hip; hip was broken; hip is broken; femoral neck fracture; fracture of the hip; fracture of {her,his,my} hip; intertrochanteric fracture; cracked {my,her,his} hip; cracked hip
a: hip fx; HFx!; s/p hip fx; femoral neck fx
m: hip fractur; hip fracure; broken hipp
es: fractura de cadera; se rompió la cadera; me rompí la cadera; cadera rota; se fracturó la cadera

@ head injury | injury
c: head injury; head trauma; hit {my,her,his} head; hit head; bumped {my,her,his} head; banged {my,her,his} head; knocked {my,her,his} head; struck {my,her,his} head; head laceration; cut {my,her,his} head; gash on {my,her,his} head; hit {her,his,my} head on {the,a} {floor,table,counter,wall,door,sink,toilet,tub,ground}; concussion; concussed; traumatic brain injury; subdural hematoma; brain bleed after fall; goose egg on {my,her,his} head; bump on {my,her,his} head
a: TBI; SDH!; s/p head strike; head strike; +head strike; hit head w/ LOC; hit head w/o LOC
m: concusion; concussoin; concusson; subdural hemotoma
es: golpe en la cabeza; se golpeó la cabeza; me golpeé la cabeza; me pegué en la cabeza; se pegó en la cabeza; conmoción cerebral; traumatismo craneal

@ back injury | injury
c: back injury; injured {my,her,his} back; hurt {my,her,his} back; threw {my,her,his} back out; threw out {my,her,his} back; pulled {my,her,his} back; back went out; {my,her,his} back went out; strained {my,her,his} back; tweaked {my,her,his} back; wrenched {my,her,his} back; slipped disc; slipped disk; herniated disc; herniated disk; bulging disc; bulging disk; ruptured disc
m: herniated disck; herniatted disc; slip disc
es: me lastimé la espalda; se lastimó la espalda; hernia de disco; me zafé la espalda

@ contusion | injury
c: contusion; contusions; bruised {my,her,his} {arm,leg,knee,hip,ribs,face,shoulder}; deep bruise from {the,a} fall; black eye; shiner
es: contusión; ojo morado

@ laceration | injury
c: laceration; lacerations; deep cut; bad cut; gash; needed stitches; got stitches; had stitches; {got,needed,had} staples; wound that needed stitches; skin tear; skin tears; cut {my,her,his} {finger,hand,leg,arm,face,lip,chin,forehead}; split {my,her,his} {lip,chin,head,forehead} open
m: lacerashun; laseration; lacerration
es: cortada; herida; laceración; le pusieron puntos; me pusieron puntos; necesitó puntos

@ sprain | injury
c: sprain; sprained; sprained {my,her,his} {ankle,wrist,knee,foot,thumb,finger}; sprained ankle; sprained wrist; twisted {my,her,his} {ankle,knee,wrist}; twisted ankle; rolled {my,her,his} ankle; ligament tear; torn ligament; torn acl; torn meniscus; tore {my,her,his} {acl,meniscus,rotator cuff,ligament}; torn rotator cuff; rotator cuff tear; tendon rupture; ruptured tendon; achilles tendon rupture; ruptured achilles; torn achilles; tendon tear; muscle strain; pulled muscle; pulled a muscle; strained muscle; muscle tear; torn muscle
a: ACL tear; torn ACL
m: sprane; spained; spraned; rotater cuff; acheles
es: esguince; torcedura; me torcí el tobillo; se torció el tobillo; desgarre; desgarro; tendón roto


@ road traffic accident | injury
c: road traffic accident; car accident; car crash; car wreck; auto accident; motor vehicle accident; motor vehicle crash; was in an accident; got in an accident; got into an accident; {was,got} in a wreck; {was,got} rear ended; {was,got} rear-ended; hit by a car; t-boned; totaled {my,her,his} car; crashed {my,her,his} car; fender bender; motorcycle accident; bike accident; bicycle accident
a: MVA; MVC; MVAs; RTA!; s/p MVA
m: car acident; car accidant; moter vehicle accident
es: accidente de carro; accidente de coche; accidente automovilístico; choqué; chocó; tuve un accidente; tuvo un accidente

@ injury | injury
c: injury; injuries; injured; got hurt; hurt {myself,herself,himself}; accidental injury; hurt in a fall; injured in a fall; trauma; dog bite; animal bite; bitten by a dog; bit by a dog; cat bite; cat scratch; bee sting; wasp sting; insect bite; insect bites; bug bite; bug bites; spider bite; tick bite
m: injery; injurey; injuried; injuires
es: lesión; lesiones; me lastimé; se lastimó; me lesioné; se lesionó; me hice daño; accidente; mordedura de perro; picadura; picaduras; picadura de insecto

@ joint dislocation | injury
c: joint dislocation; dislocated {my,her,his} {shoulder,hip,knee,finger,elbow,jaw,kneecap}; dislocated shoulder; dislocated hip; dislocated kneecap; dislocation; shoulder popped out; hip popped out
es: luxación; se me zafó el hombro; hombro dislocado

@ procedural complication | injury
c: procedural complication; surgical complication; complications from surgery; complication from surgery; complications after surgery; post-op complication; post op complication; post-operative complication; postoperative complication; wound dehiscence after surgery; delayed wound healing; wound not healing; slow wound healing; wound won't heal; wound wont heal; poor wound healing; incision not healing; impaired healing; impaired wound healing
m: wound wont heel; slow woond healing
es: complicación de la cirugía; la herida no cierra; la herida no sana; cicatrización lenta

@ needle stick injury | injury
c: needle stick injury; needlestick injury; needle stick; needlestick; stuck {myself,herself,himself} with the needle; stuck {myself,herself,himself} with {the,a,my,her,his} needle; poked {myself,herself,himself} with the needle; pricked {myself,herself,himself}; accidental needle stick; accidental stick
es: me piqué con la aguja; se picó con la aguja; pinchazo accidental

"""
# ------------------------------------------------------ death and serious
VOCAB += """
@ death | death | death
c: death; died; has died; had died; passed away; has passed away; had passed away; pt passed away; deceased; now deceased; pt deceased; patient deceased; pt expired; patient expired; expired at home; expired in the hospital; expired overnight; {she,he} expired; found dead; found deceased; found unresponsive and died; was found dead; dead on arrival; fatal outcome; fatal; fatality; death of the patient; demise; succumbed; succumbed to; lost {her,his} battle; lost {her,his} fight; no longer with us; is no longer with us; {she,he} is gone now; {she,he} didn't make it; {she,he} didnt make it; did not survive; didn't survive; didnt survive; been called home; went to be with the lord; went home to be with the lord; went to heaven; rest in peace; in hospice and died; died in hospice; died at home; died in {her,his} sleep; {my,her,his} {mom,dad,mother,father,husband,wife} passed away
a: DOA; pt died; RIP!; d/t death; DECEASED!
m: past away; passed awayed; diead; deseased; decesed; deceaced; passd away
es: falleció; fallecio; murió; murio; se murió; se nos fue; ya no está con nosotros; en paz descanse; defunción; fallecimiento; muerte; murió mi esposo; murió mi esposa; mi mamá falleció; mi papá falleció

@ sudden death | death | death
c: sudden death; sudden cardiac death; died suddenly; sudden unexpected death; died unexpectedly; unexpected death; found dead in bed; died in {her,his} sleep unexpectedly
es: muerte súbita

@ completed suicide | death | death
c: completed suicide; died by suicide; committed suicide; took {her,his} own life; killed {herself,himself}; suicide death
es: se suicidó; se quitó la vida

@ emergency room visit (reason unknown) | general
c: emergency room visit; ER visit; ER visits; ED visit; went to the ER; went to the ED; went to the emergency room; went to the emergency department; ended up in the ER; ended up in the emergency room; ended up in the ED; trip to the ER; rushed to the ER; taken to the ER; taken to the emergency room; ambulance to the ER; called 911; called an ambulance; ambulance came; went by ambulance; urgent care visit; went to urgent care; ended up at urgent care
es: fui a emergencias; fue a emergencias; fue a urgencias; fui a urgencias; lo llevaron a emergencias; la llevaron a emergencias; terminé en emergencias; llamé al 911; llamaron a la ambulancia

@ hospitalization (reason unknown) | general
c: hospitalization; hospitalized; hospitalised; was hospitalized; got hospitalized; admitted to the hospital; admitted to hospital; was admitted; got admitted; in the hospital; ended up in the hospital; kept overnight; kept in the hospital; stayed in the hospital; spent {2,3,4,5,two,three,four,five,a few} days in the hospital; spent the night in the hospital; inpatient stay; hospital stay; ICU admission; admitted to the ICU; in the ICU; in the intensive care unit; put in the ICU
a: adm to hosp; inpt; hosp x{2,3,4,5}d
es: hospitalizado; hospitalizada; lo internaron; la internaron; me internaron; estuvo en el hospital; estuve en el hospital; terapia intensiva; en cuidados intensivos

@ adverse event (unspecified) | nonspecific | generic
c: side effects; side effect; side-effects; side-effect; adverse event; adverse events; adverse effect; adverse effects; adverse reaction; adverse reactions; adverse drug reaction; adverse drug reactions; adverse drug event; adverse drug events; reaction; reactions; bad reaction; bad reactions; symptoms; symptom; complications; complication; problems with the medication; problems with the medicine; problems from the medication; problems from the shot; issues with the medication; issues with the shot; bad side effects; side affects; side affect; sideeffects; sideaffects; undesirable effects; unwanted effects; negative effects; ill effects; bad effects; drug reaction; medication reaction; reaction to the medication; reaction to the medicine; reaction to the drug
a: SE!; SEs!; S/E!; S/Es!; s/e; AE!; AEs!; ADR; ADRs; sx; s/sx; rxn; rxns; rx'n; reax; SAE!; SAEs!; TEAE; TEAEs
m: side efects; side effcts; side affects; sideffects; side effecs; sied effects; side efeccts; simptoms; symtoms; symptons; sypmtoms; symptomps; sympoms; syptoms; reation; reacton; raction
es: efectos secundarios; efecto secundario; efectos adversos; efecto adverso; reacción; reacciones; síntomas; síntoma; reacciones adversas; reacción adversa; molestias; complicaciones

@ condition aggravated | disease
c: condition aggravated; flare; flares; flare up; flare-up; flare ups; flare-ups; flareup; flareups; flared; flared up; flaring; flaring up; {a,another,bad,big,major,huge,terrible} flare; {had,having,have,got} a flare; {is,was} flaring; {is,was} flaring up; relapse; relapsed; relapsing; had a relapse; having a relapse; exacerbation; exacerbations; acute exacerbation; worsening of {my,her,his} condition; condition got worse; condition is worse; condition worsened; condition {is,has} worsened; condition getting worse; disease got worse; disease is worse; disease worsened; disease activity increased; increased disease activity; symptoms got worse; symptoms are worse; symptoms worsened; symptoms worsening; worsening symptoms; symptoms came back worse; rebound; rebound flare; worse than before {she,he,i} started; worse than before
m: flair; flair up; flair-up; flairs; flair ups; flaired; flaired up; flairing; flairing up; flareing; flaring; exaserbation; exacerbaton; exacerbasion; exsacerbation; relaps
es: brote; brotes; recaída; empeoramiento; empeoró; se empeoró; empeoró mi condición; se me empeoró; exacerbación

@ hemarthrosis | musculoskeletal
c: hemarthrosis; haemarthrosis; joint bleed; joint bleeds; bleed into {my,her,his,the} {knee,ankle,elbow,joint,hip,shoulder}; bleeding into {my,her,his,the} {knee,ankle,elbow,joint,joints,hip,shoulder}; target joint bleed; {knee,ankle,elbow} bleed; breakthrough bleed; breakthrough bleeds; spontaneous bleed; spontaneous bleeds; muscle bleed
es: sangrado en la articulación; sangrado en la rodilla
"""

# ---------------------------------------------------- treated diseases
# (term, group, aggravated term, aliases, kind). Aliases: the first ones are
# the usual names and take the flare phrasings. kind: skin (spreads), relapse
# (relapsing-remitting), cancer (progresses), plain, min (a few phrasings),
# none (no flare phrasings: the worsening is its own event).
DISEASES: list[tuple[str, str, str, str, str]] = [
    # broader words callers use for an indication (specialty_products.tsv lists them too)
    ("eczema", "skin", "eczema aggravated",
     "eczema; atopic eczema; eczema patches; hand eczema; chronic hand eczema; exzema~; eczma~; ecxema~; ezcema~; eczemma~; excema~; eksema~; egzema~; exema~; eczeema~; es:eccema; es:eczema; es:eczema atópico", "skin"),
    ("lupus", "immune", "systemic lupus erythematosus aggravated", "lupus; lupis~; lupas~; es:lupus", "relapse"),
    ("hemophilia", "blood", "hemorrhage",
     "hemophilia; haemophilia; hemophiliac; severe hemophilia; hemophelia~; hemopilia~; hemofilia~; es:hemofilia", "none"),
    ("diabetes", "metabolic", "diabetes mellitus inadequate control",
     "diabetes; diabetes mellitus; diabetic; sugar diabetes; diabetis~; diabeties~; diabetus~; diabites~; diebetes~; diabeetus~; diabeetes~; diabetees~; diabete~; es:diabetes; es:diabético; es:diabética; es:azúcar en la sangre", "plain"),
    ("lung cancer", "neoplasm", "disease progression",
     "lung cancer; metastatic lung cancer; lung cancor~; lung canser~; es:cáncer de pulmón", "cancer"),
    ("nasal polyps", "respiratory", "chronic rhinosinusitis with nasal polyps aggravated",
     "nasal polyps; nasal polyposis; polyps in {my,her,his} nose; es:pólipos nasales", "plain"),
    ("macular degeneration", "eye", "neovascular age-related macular degeneration aggravated",
     "macular degeneration; age-related macular degeneration; age related macular degeneration; macular degeneraton~; macular degenaration~; es:degeneración macular", "plain"),
    ("psoriasis", "skin", "psoriasis aggravated",
     "psoriasis; scalp psoriasis; guttate psoriasis; inverse psoriasis; nail psoriasis; palmoplantar psoriasis; erythrodermic psoriasis; genital psoriasis; PsO!; psoraisis~; soriasis~; psorisis~; psoriosis~; psoriasus~; psorasis~; sorasis~; psoriasis'~; psoriases~; psoriaisis~; psoryasis~; sorisis~; psorasis plaques~; psoriatic~; es:psoriasis; es:soriasis", "skin"),
    ("plaque psoriasis", "skin", "psoriasis aggravated",
     "plaque psoriasis; psoriatic plaques; psoriasis plaques; chronic plaque psoriasis; moderate to severe plaque psoriasis; plaque-type psoriasis; plaque psoraisis~; plaque soriasis~; plaque psorisis~; es:psoriasis en placas", "plain"),
    ("generalized pustular psoriasis", "skin", "generalized pustular psoriasis flare",
     "generalized pustular psoriasis; pustular psoriasis; GPP!; von zumbusch psoriasis; es:psoriasis pustulosa generalizada", "plain"),
    ("psoriatic arthritis", "musculoskeletal", "psoriatic arthropathy aggravated",
     "psoriatic arthritis; PsA!; psoriatic arthropathy; psoriatic joint disease; active psoriatic arthritis; psoriatic arthritus~; psoriatic athritis~; soriatic arthritis~; psoriatic arthiritis~; psoriatic artritis~; psoratic arthritis~; es:artritis psoriásica; es:artritis psoriática", "plain"),
    ("rheumatoid arthritis", "musculoskeletal", "rheumatoid arthritis aggravated",
     "rheumatoid arthritis; RA!; rheumatoid; rheumatoid disease; rheumatoid arthritis pain; RA pain!; inflammatory arthritis; seropositive rheumatoid arthritis; seronegative rheumatoid arthritis; rhumatoid arthritis~; rheumatoid arthritus~; rheumatiod arthritis~; rhuematoid arthritis~; rheumatoid artritis~; rumatoid arthritis~; rhematoid arthritis~; reumatoid arthritis~; rheumatoid arthiritis~; rhumatoid~; es:artritis reumatoide; es:artritis reumatoidea; es:artritis", "plain"),
    ("ankylosing spondylitis", "musculoskeletal", "ankylosing spondylitis aggravated",
     "ankylosing spondylitis; radiographic axial spondyloarthritis; bechterew's disease; ankylosing spondilitis~; ankolysing spondylitis~; ankylosing spondylytis~; ankylosis spondylitis~; ankylosing spondalitis~; es:espondilitis anquilosante; es:espondiloartritis", "plain"),
    ("non-radiographic axial spondyloarthritis", "musculoskeletal", "ankylosing spondylitis aggravated",
     "non-radiographic axial spondyloarthritis; nr-axSpA; nraxSpA; non radiographic axial spondyloarthritis", "plain"),
    ("juvenile idiopathic arthritis", "musculoskeletal", "juvenile idiopathic arthritis aggravated",
     "juvenile idiopathic arthritis; JIA; juvenile arthritis; polyarticular juvenile idiopathic arthritis; pJIA; systemic juvenile idiopathic arthritis; sJIA; juvenile rheumatoid arthritis; es:artritis idiopática juvenil", "plain"),
    ("osteoarthritis", "musculoskeletal", "osteoarthritis aggravated",
     "osteoarthritis; degenerative joint disease; degenerative arthritis; OA!; DJD; osteoarthritus~; osteoarthiritis~; osteoartritis~; es:osteoartritis; es:artrosis", "plain"),
    ("Crohn's disease", "gi", "Crohn's disease aggravated",
     "Crohn's; Crohn's disease; Crohn disease; crohn's colitis; ileitis; regional enteritis; fistulizing crohn's; perianal crohn's; ileocolitis; chrons~; chron's~; crones~; krohns~; krohn's~; chrohns~; chrones~; crohn's desease~; chrons disease~; crohns desease~; crohs~; cronhs~; crhons~; es:enfermedad de crohn; es:crohn", "relapse"),
    ("ulcerative colitis", "gi", "colitis ulcerative aggravated",
     "ulcerative colitis; UC!; colitis ulcerative; ulcerative proctitis; pancolitis; left sided colitis; proctosigmoiditis; ulcerative colitus~; ulcerative collitis~; ulcerative colits~; ulcertive colitis~; ulserative colitis~; ulcerated colitis~; ulcerative colities~; ulcerativ colitis~; es:colitis ulcerosa; es:colitis ulcerativa; es:colitis", "relapse"),
    ("inflammatory bowel disease", "gi", "inflammatory bowel disease aggravated",
     "inflammatory bowel disease; IBD; inflamatory bowel disease~; es:enfermedad inflamatoria intestinal", "relapse"),
    ("atopic dermatitis", "skin", "atopic dermatitis aggravated",
     "atopic dermatitis; AD!; dermatitis atopic; moderate to severe atopic dermatitis; atopic dermatits~; atopic dermititis~; atopic dermatitus~; atopic dermatis~; es:dermatitis atópica", "skin"),
    ("asthma", "respiratory", "asthma aggravated",
     "asthma; asthmatic; bronchial asthma; eosinophilic asthma; allergic asthma; severe asthma; persistent asthma; moderate to severe asthma; asthma symptoms; asma~; asthama~; athsma~; azma~; asthmah~; astma~; ashtma~; asmtha~; asthmma~; es:asma; es:asmático; es:asmática", "plain"),
    ("copd", "respiratory", "copd aggravated",
     "COPD; chronic obstructive pulmonary disease; emphysema; chronic obstructive lung disease; copd'er; emphasema~; emphazema~; emfisema~; emphysima~; es:epoc; es:enfisema; es:enfermedad pulmonar obstructiva crónica", "plain"),
    ("chronic spontaneous urticaria", "skin", "chronic spontaneous urticaria aggravated",
     "chronic urticaria; chronic spontaneous urticaria; chronic idiopathic urticaria; CSU!; CIU!; chronic hives; chronic idiopathic hives; es:urticaria crónica", "plain"),
    ("hidradenitis suppurativa", "skin", "hidradenitis suppurativa aggravated",
     "hidradenitis suppurativa; hidradenitis; HS!; acne inversa; hidradenitis supperativa~; hydradenitis~; hidradinitis~; hydradenitis suppurativa~; hidradenitis supurativa~; hidradenitis suppertiva~; hidradenitis suppurative~; es:hidradenitis supurativa; es:hidradenitis", "skin"),
    ("multiple sclerosis", "neuro", "multiple sclerosis relapse",
     "multiple sclerosis; MS!; RRMS; relapsing remitting MS; relapsing-remitting MS; relapsing MS; relapsing multiple sclerosis; relapsing remitting multiple sclerosis; relapsing-remitting multiple sclerosis; SPMS; PPMS; secondary progressive MS; primary progressive MS; active secondary progressive MS; clinically isolated syndrome; multiple sclerosys~; multiple sclorosis~; multiple scelrosis~; multiple schlerosis~; multiple sclerossis~; mutiple sclerosis~; multipal sclerosis~; multiple sclerosus~; multiple scerosis~; multipe sclerosis~; es:esclerosis múltiple", "relapse"),
    ("migraine", "neuro", "migraine aggravated",
     "migraine; migraines; episodic migraine; migraine headaches; migraine headache; migraine with aura; migraine without aura; migraine attacks; migrane~; migrain~; migranes~; mygraine~; migrains~; megraine~; migriane~; migrianes~; migarine~; migranes headaches~; es:migraña; es:migrañas; es:jaqueca; es:jaquecas", "plain"),
    ("chronic migraine", "neuro", "migraine aggravated",
     "chronic migraine; chronic migraines; chronic migraine headaches; es:migraña crónica", "plain"),
    ("cluster headache", "neuro", "cluster headache aggravated",
     "cluster headaches; cluster headache; episodic cluster headache; chronic cluster headache; cluster headches~; es:cefalea en racimos", "plain"),
    ("type 2 diabetes", "metabolic", "diabetes mellitus inadequate control",
     "type 2 diabetes; type II diabetes; diabetes type 2; diabetes type II; T2D; T2DM; DM2; DMII; NIDDM; adult onset diabetes; type 2 diabetes mellitus; diabetis type 2~; es:diabetes tipo 2", "plain"),
    ("type 1 diabetes", "metabolic", "diabetes mellitus inadequate control",
     "type 1 diabetes; type I diabetes; T1D; T1DM; DM1; juvenile diabetes; insulin dependent diabetes; type 1 diabetic; es:diabetes tipo 1", "plain"),
    ("obesity", "metabolic", "obesity aggravated",
     "obesity; obese; morbid obesity; morbidly obese; severe obesity; overweight; class 3 obesity; chronic weight management; obeisity~; obesety~; obestiy~; es:obesidad; es:sobrepeso", "none"),
    ("breast cancer", "neoplasm", "disease progression",
     "breast cancer; breast carcinoma; metastatic breast cancer; MBC!; HR+ breast cancer; HR-positive breast cancer; HER2+ breast cancer; HER2-positive breast cancer; HER2 positive breast cancer; HR+/HER2- breast cancer; triple negative breast cancer; TNBC; invasive ductal carcinoma; IDC!; ductal carcinoma in situ; DCIS; lobular carcinoma; early breast cancer; advanced breast cancer; breast cancor~; brest cancer~; breast canser~; breat cancer~; es:cáncer de mama; es:cáncer de seno; es:cáncer del seno", "cancer"),
    ("prostate cancer", "neoplasm", "disease progression",
     "prostate cancer; prostatic cancer; prostate carcinoma; prostate adenocarcinoma; metastatic prostate cancer; castration resistant prostate cancer; castration-resistant prostate cancer; mCRPC; CRPC; mHSPC; nmCRPC; prostrate cancer~; prostate cancor~; prostrate canser~; es:cáncer de próstata", "cancer"),
    ("chronic lymphocytic leukemia", "neoplasm", "disease progression",
     "chronic lymphocytic leukemia; chronic lymphocytic leukaemia; CLL; small lymphocytic lymphoma; SLL!; CLL/SLL; chronic lymphocitic leukemia~; es:leucemia linfocítica crónica", "cancer"),
    ("non-small cell lung cancer", "neoplasm", "disease progression",
     "non-small cell lung cancer; non small cell lung cancer; NSCLC; lung adenocarcinoma; squamous cell lung cancer; EGFR-mutated NSCLC; ALK-positive NSCLC; es:cáncer de pulmón de células no pequeñas", "cancer"),
    ("small cell lung cancer", "neoplasm", "disease progression",
     "small cell lung cancer; SCLC; extensive stage small cell lung cancer; ES-SCLC; es:cáncer de pulmón de células pequeñas", "cancer"),
    ("melanoma", "neoplasm", "disease progression",
     "melanoma; metastatic melanoma; malignant melanoma; advanced melanoma; stage 4 melanoma; melonoma~; melenoma~; melanoma's~; es:melanoma", "cancer"),
    ("multiple myeloma", "neoplasm", "disease progression",
     "myeloma; multiple myeloma; smoldering myeloma; relapsed myeloma; refractory myeloma; relapsed refractory multiple myeloma; RRMM; mieloma~; multiple myloma~; multiple mylenoma~; es:mieloma múltiple; es:mieloma", "cancer"),
    ("colorectal cancer", "neoplasm", "disease progression",
     "colorectal cancer; colon cancer; rectal cancer; bowel cancer; CRC; mCRC; metastatic colorectal cancer; colon cancor~; es:cáncer de colon; es:cáncer colorrectal", "cancer"),
    ("renal cell carcinoma", "neoplasm", "disease progression",
     "renal cell carcinoma; kidney cancer; renal cancer; RCC; clear cell renal cell carcinoma; es:cáncer de riñón; es:cáncer renal", "cancer"),
    ("ovarian cancer", "neoplasm", "disease progression",
     "ovarian cancer; ovarian carcinoma; cancer of the ovaries; es:cáncer de ovario", "cancer"),
    ("endometrial cancer", "neoplasm", "disease progression",
     "endometrial cancer; uterine cancer; cancer of the uterus; es:cáncer de útero; es:cáncer de endometrio", "cancer"),
    ("cervical cancer", "neoplasm", "disease progression",
     "cervical cancer; cancer of the cervix; es:cáncer cervical; es:cáncer de cuello uterino", "cancer"),
    ("pancreatic cancer", "neoplasm", "disease progression",
     "pancreatic cancer; pancreatic carcinoma; pancreatic adenocarcinoma; cancer of the pancreas; pancreatic cancor~; es:cáncer de páncreas", "cancer"),
    ("hepatocellular carcinoma", "neoplasm", "disease progression",
     "hepatocellular carcinoma; liver cancer; HCC; hepatoma; es:cáncer de hígado; es:cáncer hepático", "cancer"),
    ("gastric cancer", "neoplasm", "disease progression",
     "gastric cancer; stomach cancer; gastroesophageal junction cancer; GEJ cancer; es:cáncer de estómago; es:cáncer gástrico", "cancer"),
    ("esophageal cancer", "neoplasm", "disease progression",
     "esophageal cancer; oesophageal cancer; cancer of the esophagus; es:cáncer de esófago", "cancer"),
    ("bladder cancer", "neoplasm", "disease progression",
     "bladder cancer; es:cáncer de vejiga", "cancer"),
    ("urothelial carcinoma", "neoplasm", "disease progression",
     "urothelial carcinoma; urothelial cancer; transitional cell carcinoma; metastatic urothelial carcinoma; es:carcinoma urotelial", "cancer"),
    ("thyroid cancer", "neoplasm", "disease progression",
     "thyroid cancer; medullary thyroid cancer; medullary thyroid carcinoma; papillary thyroid cancer; thyroid carcinoma; thyroid tumor; thyroid tumour; MTC!; es:cáncer de tiroides", "cancer"),
    ("head and neck cancer", "neoplasm", "disease progression",
     "head and neck cancer; throat cancer; oral cancer; mouth cancer; tongue cancer; laryngeal cancer; squamous cell carcinoma of the head and neck; SCCHN; HNSCC; es:cáncer de garganta; es:cáncer de boca", "cancer"),
    ("brain neoplasm malignant", "neoplasm", "disease progression",
     "brain cancer; brain tumor; brain tumour; es:cáncer cerebral; es:tumor cerebral", "cancer"),
    ("glioblastoma", "neoplasm", "disease progression",
     "glioblastoma; glioblastoma multiforme; GBM!; es:glioblastoma", "cancer"),
    ("glioma", "neoplasm", "disease progression",
     "glioma; low grade glioma; pediatric low-grade glioma; oligodendroglioma; es:glioma", "cancer"),
    ("myelofibrosis", "neoplasm", "disease progression",
     "myelofibrosis; primary myelofibrosis; myeloproliferative neoplasm; MPN; es:mielofibrosis", "cancer"),
    ("polycythemia vera", "neoplasm", "disease progression",
     "polycythemia vera; polycythaemia vera; es:policitemia vera", "cancer"),
    ("essential thrombocythemia", "neoplasm", "disease progression",
     "essential thrombocythemia; essential thrombocytosis; es:trombocitemia esencial", "cancer"),
    ("hiv infection", "infection", "viral load increased",
     "HIV; HIV infection; HIV-1; HIV-1 infection; HIV positive; HIV+; AIDS!; HIV/AIDS; human immunodeficiency virus; living with HIV; es:VIH; es:sida; es:vih positivo", "none"),
    ("hepatitis C", "infection", "viral load increased",
     "hepatitis C; hep C; HCV; chronic hepatitis C; hepatitis C infection; hepatitis c virus; hepatitus c~; hepititis c~; hep-c~; es:hepatitis c", "none"),
    ("hepatitis b", "infection", "hepatitis b aggravated",
     "hepatitis B; hep B; HBV; chronic hepatitis B; chronic hep B; chronic HBV; hepatitis b infection; chronic hepatitis b infection; acute hepatitis b; HBsAg positive; positive HBsAg; hepatitus b~; hepititis b~; es:hepatitis b; es:hepatitis b crónica", "plain"),
    ("hemophilia a", "blood", "hemorrhage",
     "hemophilia A; haemophilia A; factor VIII deficiency; factor 8 deficiency; es:hemofilia a", "none"),
    ("hemophilia b", "blood", "hemorrhage",
     "hemophilia B; haemophilia B; factor IX deficiency; factor 9 deficiency; christmas disease; es:hemofilia b", "none"),
    ("von willebrand disease", "blood", "hemorrhage",
     "von willebrand disease; von willebrand's disease; von willebrands; vWD; es:enfermedad de von willebrand", "none"),
    ("spinal muscular atrophy", "neuro", "disease progression",
     "spinal muscular atrophy; SMA!; SMA type 1!; SMA type 2!; SMA type 3!; spinal muscle atrophy; es:atrofia muscular espinal", "plain"),
    ("cystic fibrosis", "respiratory", "cystic fibrosis aggravated",
     "cystic fibrosis; CF!; cistic fibrosis~; cystic fibrossis~; es:fibrosis quística", "plain"),
    ("systemic lupus erythematosus", "immune", "systemic lupus erythematosus aggravated",
     "systemic lupus erythematosus; SLE; cutaneous lupus; discoid lupus; es:lupus eritematoso", "relapse"),
    ("lupus nephritis", "renal", "lupus nephritis aggravated",
     "lupus nephritis; lupus kidney disease; lupus in {my,her,his} kidneys; es:nefritis lúpica", "relapse"),
    ("myasthenia gravis", "neuro", "myasthenia gravis crisis",
     "myasthenia gravis; ocular myasthenia; myasthenia~; myastenia gravis~; es:miastenia gravis", "plain"),
    ("generalized myasthenia gravis", "neuro", "myasthenia gravis crisis",
     "generalized myasthenia gravis; gMG; generalised myasthenia gravis", "plain"),
    ("neuromyelitis optica spectrum disorder", "neuro", "neuromyelitis optica spectrum disorder aggravated",
     "neuromyelitis optica; neuromyelitis optica spectrum disorder; NMOSD; NMO; devic's disease; es:neuromielitis óptica", "relapse"),
    ("eosinophilic esophagitis", "gi", "eosinophilic esophagitis aggravated",
     "eosinophilic esophagitis; eosinophilic oesophagitis; EoE; eosinophilic esophagitus~; es:esofagitis eosinofílica", "plain"),
    ("chronic rhinosinusitis with nasal polyps", "respiratory", "chronic rhinosinusitis with nasal polyps aggravated",
     "chronic rhinosinusitis with nasal polyps; CRSwNP; es:rinosinusitis crónica con pólipos nasales", "plain"),
    ("prurigo nodularis", "skin", "prurigo nodularis aggravated",
     "prurigo nodularis; prurigo; prurigo nodules; es:prurigo nodular", "skin"),
    ("giant cell arteritis", "vascular", "giant cell arteritis aggravated",
     "giant cell arteritis; temporal arteritis; GCA; es:arteritis de células gigantes", "relapse"),
    ("polymyalgia rheumatica", "musculoskeletal", "polymyalgia rheumatica aggravated",
     "polymyalgia rheumatica; PMR!; es:polimialgia reumática", "relapse"),
    ("osteoporosis", "musculoskeletal", "bone density decreased",
     "osteoporosis; osteopenia; bone loss; thinning bones; thin bones; brittle bones; osteoperosis~; osteoporsis~; osteoprosis~; es:osteoporosis; es:osteopenia; es:huesos débiles", "none"),
    ("paroxysmal nocturnal hemoglobinuria", "blood", "paroxysmal nocturnal hemoglobinuria aggravated",
     "paroxysmal nocturnal hemoglobinuria; paroxysmal nocturnal haemoglobinuria; PNH; es:hemoglobinuria paroxística nocturna", "plain"),
    ("sickle cell disease", "blood", "sickle cell anemia with crisis",
     "sickle cell disease; sickle cell anemia; sickle cell; SCD; sickle cell anaemia; sickel cell~; sicle cell~; es:anemia falciforme; es:drepanocitosis", "plain"),
    ("hereditary angioedema", "immune", "hereditary angioedema attack",
     "hereditary angioedema; HAE; es:angioedema hereditario", "plain"),
    ("neovascular age-related macular degeneration", "eye", "neovascular age-related macular degeneration aggravated",
     "wet macular degeneration; wet AMD; neovascular age-related macular degeneration; nAMD; es:degeneración macular húmeda", "plain"),
    ("diabetic macular edema", "eye", "macular edema",
     "diabetic macular edema; diabetic macular oedema; es:edema macular diabético", "none"),
    ("geographic atrophy", "eye", "geographic atrophy aggravated",
     "geographic atrophy; dry macular degeneration; dry AMD; es:atrofia geográfica", "plain"),
    ("thyroid eye disease", "eye", "thyroid eye disease aggravated",
     "thyroid eye disease; TED!; graves' ophthalmopathy; graves ophthalmopathy; graves orbitopathy; es:enfermedad ocular tiroidea", "plain"),
    ("Parkinson's disease", "neuro", "Parkinson's disease aggravated",
     "Parkinson's; Parkinson's disease; parkinson disease; parkinsonism; parkinsons~; parkenson's~; parkinson's desease~; parkinsins~; es:parkinson; es:enfermedad de parkinson", "plain"),
    ("alzheimer's disease", "neuro", "disease progression",
     "Alzheimer's; Alzheimer's disease; alzheimer disease; alzheimer's dementia; early alzheimer's; alzheimers~; alzhiemers~; alzheimer's desease~; altzheimers~; es:alzheimer; es:enfermedad de alzheimer", "plain"),
    ("epilepsy", "neuro", "epilepsy aggravated",
     "epilepsy; seizure disorder; epileptic; epilepsey~; epelepsy~; es:epilepsia", "plain"),
    ("amyotrophic lateral sclerosis", "neuro", "disease progression",
     "amyotrophic lateral sclerosis; ALS; lou gehrig's disease; lou gehrigs disease; es:esclerosis lateral amiotrófica", "plain"),
    ("duchenne muscular dystrophy", "neuro", "disease progression",
     "duchenne muscular dystrophy; duchenne; DMD!; muscular dystrophy; es:distrofia muscular de duchenne", "plain"),
    ("amyloidosis", "metabolic", "disease progression",
     "amyloidosis; es:amiloidosis", "plain"),
    ("hereditary transthyretin amyloidosis", "neuro", "disease progression",
     "hereditary transthyretin amyloidosis; hATTR; hATTR amyloidosis; transthyretin amyloidosis; ATTR amyloidosis; familial amyloid polyneuropathy", "plain"),
    ("transthyretin amyloid cardiomyopathy", "cardiac", "disease progression",
     "transthyretin amyloid cardiomyopathy; ATTR-CM; ATTR cardiomyopathy; cardiac amyloidosis; cardiac amyloid; wild type ATTR", "plain"),
    ("vitiligo", "skin", "vitiligo aggravated",
     "vitiligo; nonsegmental vitiligo; vitaligo~; vitilago~; vitiligo's~; es:vitiligo; es:vitíligo", "skin"),
    ("alopecia areata", "skin", "alopecia areata aggravated",
     "alopecia areata; alopecia totalis; alopecia universalis; alopecia aerata~; allopecia areata~; es:alopecia areata", "skin"),
    # rarer indications of specialty products: a few flare phrasings on the first name
    ("behcet's disease", "immune", "behcet's disease aggravated", "behcet's disease; behcet's syndrome; behcets; behcet disease; es:enfermedad de behcet", "min"),
    ("bullous pemphigoid", "skin", "bullous pemphigoid aggravated", "bullous pemphigoid; pemphigoid; es:penfigoide ampolloso", "min"),
    ("pemphigus vulgaris", "skin", "pemphigus aggravated", "pemphigus vulgaris; pemphigus; es:pénfigo vulgar", "min"),
    ("dermatomyositis", "musculoskeletal", "dermatomyositis aggravated", "dermatomyositis; polymyositis; myositis; es:dermatomiositis", "min"),
    ("granulomatosis with polyangiitis", "vascular", "anca-associated vasculitis aggravated", "granulomatosis with polyangiitis; wegener's granulomatosis; wegeners; es:granulomatosis con poliangeítis", "min"),
    ("anca-associated vasculitis", "vascular", "anca-associated vasculitis aggravated", "anca-associated vasculitis; anca vasculitis; ANCA associated vasculitis; microscopic polyangiitis; es:vasculitis asociada a anca", "min"),
    ("eosinophilic granulomatosis with polyangiitis", "vascular", "eosinophilic granulomatosis with polyangiitis aggravated", "eosinophilic granulomatosis with polyangiitis; EGPA; churg-strauss syndrome; churg strauss", "min"),
    ("still's disease", "musculoskeletal", "still's disease aggravated", "still's disease; adult onset still's disease; adult-onset still's disease; AOSD", "min"),
    ("cryopyrin-associated periodic syndromes", "immune", "cryopyrin-associated periodic syndromes aggravated", "cryopyrin-associated periodic syndromes; muckle-wells syndrome; familial cold autoinflammatory syndrome", "min"),
    ("periodic fever syndromes", "immune", "periodic fever syndromes aggravated", "periodic fever syndromes; periodic fever syndrome; familial mediterranean fever; FMF!; hyper IgD syndrome", "min"),
    ("systemic mastocytosis", "blood", "systemic mastocytosis aggravated", "systemic mastocytosis; mastocytosis; mast cell disease; mast cell activation syndrome; MCAS", "min"),
    ("hypereosinophilic syndrome", "blood", "hypereosinophilic syndrome aggravated", "hypereosinophilic syndrome", "min"),
    ("iga nephropathy", "renal", "iga nephropathy aggravated", "iga nephropathy; IgAN; berger's disease; es:nefropatía por iga", "min"),
    ("c3 glomerulopathy", "renal", "c3 glomerulopathy aggravated", "c3 glomerulopathy; C3G", "min"),
    ("atypical hemolytic uremic syndrome", "blood", "atypical hemolytic uremic syndrome aggravated", "atypical hemolytic uremic syndrome; aHUS; atypical HUS", "min"),
    ("autosomal dominant polycystic kidney disease", "renal", "autosomal dominant polycystic kidney disease aggravated", "autosomal dominant polycystic kidney disease; polycystic kidney disease; ADPKD; PKD!; es:riñones poliquísticos", "min"),
    ("primary hyperoxaluria", "renal", "primary hyperoxaluria aggravated", "primary hyperoxaluria; hyperoxaluria", "min"),
    ("chronic inflammatory demyelinating polyneuropathy", "neuro", "chronic inflammatory demyelinating polyneuropathy aggravated", "chronic inflammatory demyelinating polyneuropathy; CIDP", "relapse"),
    ("multifocal motor neuropathy", "neuro", "multifocal motor neuropathy aggravated", "multifocal motor neuropathy; MMN!", "min"),
    ("lambert-eaton myasthenic syndrome", "neuro", "lambert-eaton myasthenic syndrome aggravated", "lambert-eaton myasthenic syndrome; lambert eaton; LEMS", "min"),
    ("huntington's disease", "neuro", "disease progression", "huntington's disease; huntington's chorea; huntingtons; es:enfermedad de huntington", "min"),
    ("friedreich's ataxia", "neuro", "disease progression", "friedreich's ataxia; friedreich ataxia; friedreichs ataxia", "min"),
    ("narcolepsy", "sleep", "narcolepsy aggravated", "narcolepsy; cataplexy; narcolepsy with cataplexy; es:narcolepsia", "min"),
    ("idiopathic hypersomnia", "sleep", "idiopathic hypersomnia aggravated", "idiopathic hypersomnia", "min"),
    ("tardive dyskinesia", "neuro", "tardive dyskinesia aggravated", "tardive dyskinesia; es:discinesia tardía", "min"),
    ("cervical dystonia", "neuro", "cervical dystonia aggravated", "cervical dystonia; spasmodic torticollis; es:distonía cervical", "min"),
    ("spasticity", "neuro", "spasticity aggravated", "spasticity; muscle spasticity; es:espasticidad", "min"),
    ("rett syndrome", "neuro", "disease progression", "rett syndrome; rett's syndrome", "min"),
    ("tuberous sclerosis complex", "neuro", "tuberous sclerosis complex aggravated", "tuberous sclerosis complex; tuberous sclerosis; TSC!", "min"),
    ("neurofibromatosis type 1", "neuro", "neurofibromatosis type 1 aggravated", "neurofibromatosis type 1; neurofibromatosis; NF1; plexiform neurofibromas", "min"),
    ("schizophrenia", "psych", "schizophrenia aggravated", "schizophrenia; schizophrenic; es:esquizofrenia", "min"),
    ("bipolar disorder", "psych", "bipolar disorder aggravated", "bipolar disorder; bipolar; manic depression; bipolar I; bipolar II; es:trastorno bipolar", "min"),
    ("major depressive disorder", "psych", "major depressive disorder aggravated", "major depressive disorder; MDD; es:trastorno depresivo mayor", "min"),
    ("opioid dependence", "psych", "opioid dependence aggravated", "opioid dependence; opioid use disorder; OUD; opioid addiction; es:dependencia a opioides", "min"),
    ("alcohol dependence", "psych", "alcohol dependence aggravated", "alcohol dependence; alcohol use disorder; alcoholism; es:alcoholismo", "min"),
    ("primary biliary cholangitis", "hepatic", "primary biliary cholangitis aggravated", "primary biliary cholangitis; primary biliary cirrhosis; PBC; primary sclerosing cholangitis; PSC!; es:colangitis biliar primaria", "min"),
    ("metabolic dysfunction-associated steatohepatitis", "hepatic", "metabolic dysfunction-associated steatohepatitis aggravated", "metabolic dysfunction-associated steatohepatitis; nonalcoholic steatohepatitis; non-alcoholic steatohepatitis", "min"),
    ("x-linked hypophosphatemia", "metabolic", "x-linked hypophosphatemia aggravated", "x-linked hypophosphatemia; XLH; hypophosphatemic rickets", "min"),
    ("hypophosphatasia", "metabolic", "hypophosphatasia aggravated", "hypophosphatasia; HPP!", "min"),
    ("achondroplasia", "musculoskeletal", "achondroplasia aggravated", "achondroplasia; dwarfism; es:acondroplasia", "min"),
    ("growth hormone deficiency", "endocrine", "growth hormone deficiency aggravated", "growth hormone deficiency; GHD; low growth hormone; es:deficiencia de hormona de crecimiento", "min"),
    ("acromegaly", "endocrine", "acromegaly aggravated", "acromegaly; es:acromegalia", "min"),
    ("cushing's disease", "endocrine", "cushing's disease aggravated", "cushing's disease; pituitary cushing's; es:enfermedad de cushing", "min"),
    ("hypoparathyroidism", "endocrine", "hypocalcemia", "chronic hypoparathyroidism; hypoparathyroid", "none"),
    ("secondary hyperparathyroidism", "endocrine", "secondary hyperparathyroidism aggravated", "secondary hyperparathyroidism; SHPT", "min"),
    ("fabry disease", "metabolic", "disease progression", "fabry disease; fabry's disease; fabrys; es:enfermedad de fabry", "min"),
    ("gaucher disease", "metabolic", "disease progression", "gaucher disease; gaucher's disease; gauchers; es:enfermedad de gaucher", "min"),
    ("pompe disease", "metabolic", "disease progression", "pompe disease; pompe's disease; acid maltase deficiency; es:enfermedad de pompe", "min"),
    ("mucopolysaccharidosis", "metabolic", "disease progression", "mucopolysaccharidosis; MPS I; MPS II; hunter syndrome; hurler syndrome", "min"),
    ("phenylketonuria", "metabolic", "phenylketonuria aggravated", "phenylketonuria; PKU; high phe levels; phe levels high", "min"),
    ("urea cycle disorder", "metabolic", "hyperammonemia", "urea cycle disorder; urea cycle disorders; UCD!", "none"),
    ("acute hepatic porphyria", "metabolic", "porphyria attack", "acute hepatic porphyria; acute intermittent porphyria; porphyria; AHP!", "min"),
    ("alpha-1 antitrypsin deficiency", "respiratory", "disease progression", "alpha-1 antitrypsin deficiency; alpha 1 antitrypsin deficiency; alpha-1; AATD", "min"),
    ("beta thalassemia", "blood", "beta thalassemia aggravated", "beta thalassemia; thalassemia; thalassaemia; es:talasemia", "min"),
    ("factor vii deficiency", "blood", "hemorrhage", "factor vii deficiency; factor 7 deficiency", "none"),
    ("primary immunodeficiency", "immune", "infection", "primary immunodeficiency; common variable immunodeficiency; CVID; PIDD", "none"),
    ("short bowel syndrome", "gi", "short bowel syndrome aggravated", "short bowel syndrome; short gut syndrome; SBS!", "min"),
    ("gastrointestinal stromal tumor", "neoplasm", "disease progression", "gastrointestinal stromal tumor; GIST; es:tumor del estroma gastrointestinal", "cancer"),
    ("neuroendocrine tumors", "neoplasm", "disease progression", "neuroendocrine tumors; neuroendocrine tumor; carcinoid tumor; carcinoid syndrome; es:tumor neuroendocrino", "cancer"),
    ("mesothelioma", "neoplasm", "disease progression", "mesothelioma; es:mesotelioma", "cancer"),
    ("cholangiocarcinoma", "neoplasm", "disease progression", "cholangiocarcinoma; bile duct cancer; biliary tract cancer; gallbladder cancer; es:cáncer de las vías biliares", "cancer"),
    ("uveal melanoma", "neoplasm", "disease progression", "uveal melanoma; ocular melanoma; eye melanoma; es:melanoma ocular", "cancer"),
    ("nasopharyngeal carcinoma", "neoplasm", "disease progression", "nasopharyngeal carcinoma; nasopharyngeal cancer", "cancer"),
    ("anal cancer", "neoplasm", "disease progression", "anal cancer; anal carcinoma; es:cáncer anal", "cancer"),
    ("waldenstrom's macroglobulinemia", "neoplasm", "disease progression", "waldenstrom's macroglobulinemia; waldenstrom macroglobulinemia; waldenstroms", "cancer"),
    ("follicular lymphoma", "neoplasm", "disease progression", "follicular lymphoma", "cancer"),
    ("diffuse large b-cell lymphoma", "neoplasm", "disease progression", "diffuse large b-cell lymphoma; DLBCL; large b cell lymphoma", "cancer"),
    ("mantle cell lymphoma", "neoplasm", "disease progression", "mantle cell lymphoma", "cancer"),
    ("anemia of chronic kidney disease", "blood", "anemia",
     "anemia of chronic kidney disease; anemia of CKD; anemia due to CKD; es:anemia por enfermedad renal", "none"),
    ("pulmonary arterial hypertension", "respiratory", "pulmonary hypertension",
     "pulmonary arterial hypertension WHO group 1; PAH WHO group 1; idiopathic pulmonary arterial hypertension", "none"),
    ("idiopathic pulmonary fibrosis", "respiratory", "idiopathic pulmonary fibrosis aggravated",
     "idiopathic pulmonary fibrosis; IPF; progressive pulmonary fibrosis; es:fibrosis pulmonar idiopática", "plain"),
    ("systemic sclerosis", "skin", "systemic sclerosis aggravated",
     "systemic sclerosis; scleroderma; SSc; scleroderma lung disease; es:esclerodermia", "plain"),
    ("chronic gout", "metabolic", "gout aggravated",
     "chronic gout; refractory gout; uncontrolled gout; tophaceous gout; tophi; es:gota crónica", "none"),
]
FLARE_CORE = [
    "{N} flare", "{N} flares", "{N} flared", "{N} flare up", "{N} flare-up", "{N} flared up", "{N} flaring",
    "{N} flaring up", "flare of {N}", "{N} worse", "{N} is worse", "{N} got worse", "{N} getting worse",
    "{N} worsened", "worsening {N}", "{N} exacerbation",
]
FLARE_MORE = [
    "{N} is flaring", "{N} is flaring up", "{N} flare ups", "{N} flare-ups", "flare up of {N}", "flare-up of {N}",
    "{N} is getting worse", "{N} has gotten worse", "{N} has worsened", "{N} worsening", "worsening of {N}",
    "worsened {N}", "exacerbation of {N}", "{N} aggravated", "aggravated {N}", "{N} acting up", "{N} is acting up",
    "{N} out of control", "{N} is out of control", "{N} worse than ever", "{N} worse than before",
    "{N} is bad again", "{N} went crazy", "{N} went haywire", "{N} is terrible", "{N} flair", "{N} flair up",
    "{N} flairs", "{N} flaired up", "{N} is worse than before",
]
FLARE_SKIN = [
    "{N} spreading", "{N} is spreading", "{N} has spread", "{N} spread", "{N} spreading to {my,her,his} {arms,legs,face,scalp,back,chest,hands,feet,elbows,knees,stomach,belly}",
    "{N} spread to {my,her,his} {arms,legs,face,scalp,back,chest,hands,feet,elbows,knees,stomach,belly}",
    "{N} all over {my,her,his} body", "more {N}", "new {N} patches", "more {N} patches", "new {N} spots",
    "{N} patches getting bigger", "{N} is covering", "{N} breakout", "{N} broke out", "{N} broke out again",
]
FLARE_RELAPSE = [
    "{N} relapse", "{N} relapses", "relapse of {N}", "{N} relapsed", "{N} attack", "{N} attacks",
    "{N} exacerbations", "{N} is active again", "active {N}",
]
FLARE_CANCER = [
    "{N} progressed", "{N} progression", "progression of {N}", "{N} progressing", "{N} spread", "{N} has spread",
    "{N} had spread", "{N} spreading", "{N} is spreading", "{N} grew", "{N} is growing", "{N} got worse",
    "{N} worse", "{N} is worse", "{N} advanced", "{N} has advanced", "{N} got bigger", "worsening {N}",
]
ASTHMA_LIKE = {
    "asthma": ["asthma attack", "asthma attacks", "bad asthma attack", "asthma exacerbations", "asthma acting up",
               "needed {my,her,his} rescue inhaler more", "using {my,her,his} rescue inhaler more", "using albuterol more",
               "using {my,her,his} inhaler more", "needing {my,her,his} inhaler more", "inhaler more often",
               "asthma is bad", "asthma got bad", "asthma kicked in", "asthma flared", "es:ataque de asma",
               "es:crisis de asma", "es:se me empeoró el asma", "es:el asma empeoró"],
    "copd": ["AECOPD", "copd attack", "copd exacerbations", "COPD exacerbation",
                                              "es:exacerbación de epoc"],
    "multiple sclerosis": ["new MS lesions", "new lesions on {my,her,his} MRI", "new enhancing lesions",
                           "new lesions on MRI", "MS symptoms worse", "MS is progressing", "MS progression",
                           "es:brote de esclerosis múltiple", "es:recaída de esclerosis múltiple"],
    "ulcerative colitis": ["es:brote de colitis", "es:brote de colitis ulcerosa"],
    "crohn's disease": ["es:brote de crohn", "es:brote de la enfermedad de crohn"],
    "psoriasis": ["new plaques", "more plaques", "plaques spreading", "plaques are spreading", "plaques got worse",
                  "plaques getting worse", "plaques came back worse", "es:brote de psoriasis", "es:se me empeoró la psoriasis"],
    "atopic dermatitis": ["es:brote de dermatitis"],
    "eczema": ["es:brote de eccema", "es:se me empeoró el eccema"],
    "migraine": ["more migraines", "migraines more often", "migraines more frequent", "more frequent migraines",
                 "migraines are more frequent", "increased migraines", "migraines increased", "migraine days increased",
                 "more migraine days", "es:más migrañas", "es:las migrañas empeoraron"],
    "hidradenitis suppurativa": ["new abscesses", "more abscesses", "new boils", "more boils", "HS flare!", "HS flares!",
                                 "HS worse!", "HS flare up!", "HS flare-up!", "HS is flaring!"],
    "diabetes": ["diabetes out of control", "uncontrolled diabetes", "poorly controlled diabetes",
                                 "diabetes not controlled", "diabetes is uncontrolled", "diabetes uncontrolled",
                                 "diabetes got worse", "diabetes is worse", "worsening diabetes", "diabetes worsened",
                                 "DM uncontrolled!", "uncontrolled DM!", "uncontrolled T2DM", "poorly controlled T2DM",
                                 "es:diabetes descontrolada", "es:diabetes fuera de control"],
    "hereditary angioedema": ["HAE attack", "HAE attacks", "swelling attack", "swelling attacks", "HAE flare",
                              "es:ataque de angioedema"],
    "sickle cell disease": ["sickle cell crisis", "sickle crisis", "pain crisis", "vaso-occlusive crisis",
                            "vasoocclusive crisis", "vaso occlusive crisis", "VOC!", "VOCs!", "es:crisis de dolor",
                            "es:crisis falciforme"],
    "myasthenia gravis": ["myasthenic crisis", "myasthenia crisis", "MG crisis!", "MG flare!", "es:crisis miasténica"],
    "cystic fibrosis": ["CF exacerbation!", "pulmonary exacerbation", "CF flare!", "CF tune-up!", "CF tune up!",
                        "CF clean out!", "es:exacerbación pulmonar"],
    "epilepsy": ["seizures got worse", "more seizures", "seizures more often", "increased seizures",
                 "breakthrough seizure", "breakthrough seizures", "seizure frequency increased", "es:más convulsiones"],
    "obesity": ["gained weight back", "gained the weight back", "weight came back", "weight regain"],
    "hyperlipidemia": [],
    "rheumatoid arthritis": ["RA flare!", "RA flares!", "RA flare up!", "RA flare-up!", "RA flared!", "RA is flaring!",
                             "RA worse!", "RA is worse!", "RA got worse!", "RA acting up!", "RA is acting up!",
                             "ra flare", "ra flares", "es:brote de artritis"],
}


def add_disease_templates() -> None:
    """Each treated disease, its aggravated term, and the flare phrasings."""
    for term, _group, aggravated, aliases, kind in DISEASES:
        define(term, "neoplasm" if kind == "cancer" else "disease", "disease", aggravated)
        if aggravated not in TERMS:
            define(aggravated, "disease")
        flare_names = []
        for raw in aliases.split(";"):
            item = raw.strip()
            register, case = "clinical", "i"
            if item.startswith("es:"):
                register, item = "es", item[3:]
            if item.endswith("~"):
                register, item = "misspelling", item[:-1]
            if item.endswith("!"):
                register, case, item = "abbrev", "s", item[:-1]
            elif register == "clinical" and (item.isupper() or (re.search(r"[A-Z].*[A-Z]", item) and " " not in item)):
                register = "abbrev"
            for surface in expand(item):
                add(surface, term, register, case, claim=True)
                if register in ("clinical", "abbrev") and len(flare_names) < 4:
                    flare_names.append((surface, case))
        if kind == "none":  # the aggravation is its own event (a bleed, a viral load rise): no flare phrasings
            flare_names = []
        if kind == "min":
            name, case = flare_names[0]
            phrasings = "{flare,flares,flare up,flare-up,flared,worse,is worse,got worse,worsening,exacerbation}"
            for surface in [*expand(f"{name} {phrasings}"), f"worsening {name}"]:
                add(surface, aggravated, "lay", case, template=True)
            flare_names = []
        patterns = {"skin": FLARE_SKIN, "relapse": FLARE_RELAPSE, "cancer": FLARE_CANCER}.get(kind, [])
        for rank, (name, case) in enumerate(flare_names):
            if kind == "cancer":
                chosen = FLARE_CANCER if rank == 0 else FLARE_CANCER[:8]
            elif rank == 0:
                chosen = FLARE_CORE + FLARE_MORE + patterns
            else:
                chosen = FLARE_CORE + [p for p in patterns if "{my" not in p]
            for pattern in chosen:
                for surface in expand(pattern.replace("{N}", name)):
                    add(surface, aggravated, "lay", case, template=True)
        for extra in ASTHMA_LIKE.get(term.lower(), []):
            register, case = "lay", "i"
            if extra.startswith("es:"):
                register, extra = "es", extra[3:]
            if extra.endswith("!"):
                case, extra = "s", extra[:-1]
            for surface in expand(extra):
                add(surface, aggravated, register, case)
# ------------------------------------------------- narrower and further terms
VOCAB += """
# respiratory
@@ pleurisy | respiratory
c: pleurisy; pleuritis; pleuritic pain; pleuritic chest pain; inflamed lining of the lung; lining of {my,her,his} lungs inflamed
m: plurisy; pleurasy
es: pleuresía; pleuritis

@@ bronchiectasis | respiratory
c: bronchiectasis
es: bronquiectasia

@@ bronchiolitis | infection
c: bronchiolitis
es: bronquiolitis

@@ croup | infection
c: croup; croupy cough; barking cough
es: crup; tos de perro

@@ pertussis | infection
c: whooping cough; pertussis
m: wooping cough
es: tos ferina; tosferina

@@ laryngitis | infection
c: laryngitis; lost {my,her,his} voice; losing {my,her,his} voice; laryngitus
es: laringitis

@@ tonsillitis | infection
c: tonsillitis; tonsilitis; tonselitis; swollen tonsils; tonsils swollen; infected tonsils; tonsil infection; peritonsillar abscess
es: amigdalitis; anginas; amígdalas inflamadas

@@ streptococcal pharyngitis | infection
c: strep throat; streptococcal pharyngitis; strep; strep infection; strep throught; positive strep test; strep positive; tested positive for strep
es: infección por estreptococo; faringitis estreptocócica

@@ lung infiltration | respiratory
c: lung infiltrate; lung infiltrates; pulmonary infiltrate; pulmonary infiltrates; infiltrates on chest x-ray; opacity on chest x-ray; ground glass opacities; ground-glass opacities; spots on chest x-ray
es: infiltrado pulmonar

@@ upper-airway cough syndrome | respiratory
c: upper airway cough syndrome; post nasal drip cough; cough from post nasal drip

@@ nasal ulcer | respiratory
c: nasal ulcer; nose sores; sores in {my,her,his} nose; sore inside {my,her,his} nose; nasal sores; nasal septum perforation; hole in {my,her,his} septum
es: llagas en la nariz

@@ sinus headache | respiratory
c: sinus headache; sinus headaches; sinus pain; pain in {my,her,his} sinuses; sinuses hurt; sinus pressure headache
es: dolor de senos nasales

@@ allergic rhinitis | respiratory
c: allergic rhinitis; hay fever; hayfever; seasonal allergies; nasal allergies; allergies acting up; allergies are acting up; allergies flaring; allergies are bad; allergies kicking in; bad allergies
es: rinitis alérgica; fiebre del heno; alergias estacionales

# cardiac
@@ supraventricular tachycardia | cardiac
c: supraventricular tachycardia; SVT; paroxysmal supraventricular tachycardia; PSVT
es: taquicardia supraventricular

@@ postural orthostatic tachycardia syndrome | cardiac
c: postural orthostatic tachycardia syndrome; POTS!

@@ atrial flutter | cardiac
c: atrial flutter; a flutter; AFL!
es: aleteo auricular; flutter auricular

@@ bundle branch block | cardiac
c: bundle branch block; left bundle branch block; right bundle branch block; LBBB; RBBB
es: bloqueo de rama

@@ pericardial effusion | cardiac | ime
c: pericardial effusion; fluid around {the,her,his,my} heart; fluid around heart; cardiac tamponade; tamponade
es: derrame pericárdico; líquido alrededor del corazón

@@ cardiac murmur | cardiac
c: heart murmur; murmur; new murmur; cardiac murmur
es: soplo; soplo cardíaco; soplo en el corazón

@@ cardiomyopathy | cardiac | ime
c: cardiomyopathy; dilated cardiomyopathy; stress cardiomyopathy; takotsubo cardiomyopathy; broken heart syndrome; cardiotoxicity; cardiac toxicity; heart muscle damage; damage to {my,her,his} heart muscle
es: miocardiopatía; cardiomiopatía

@@ acute coronary syndrome | cardiac | ime
c: acute coronary syndrome; ACS!; NSTEMI!; nstemi; non-ST elevation MI; non ST elevation myocardial infarction
es: síndrome coronario agudo

@@ angina unstable | cardiac | ime
c: unstable angina
es: angina inestable

@@ hypertensive crisis | vascular | ime
c: hypertensive crisis; hypertensive urgency; hypertensive emergency; malignant hypertension; BP through the roof; blood pressure through the roof; blood pressure went through the roof; blood pressure off the charts; blood pressure sky high; blood pressure is sky high
es: crisis hipertensiva

@@ orthostatic hypotension | vascular
c: orthostatic hypotension; postural hypotension; orthostatics positive; orthostatic BP drop; light headed when {i,she,he} {stand,stood,stands} up; dizzy when {i,she,he} {stand,stood,stands} up; dizzy when standing; dizzy on standing; lightheaded on standing; lightheaded when standing up; head rush when standing; blood pressure drops when {i,she,he} {stand,stands,stood} up
es: hipotensión ortostática; me mareo al pararme; me mareo al levantarme

@@ raynaud's phenomenon | vascular
c: raynaud's phenomenon; raynaud's; raynauds phenomenon; raynaud phenomenon; raynaud's syndrome; fingers turning white; fingers turn white; fingers {turned,turn,turning} blue; toes {turned,turn,turning} blue; fingers {turn,turned} white in the cold
m: raynards; reynauds; raynaud; reynaud's
es: fenómeno de raynaud; dedos blancos con el frío

@@ peripheral arterial occlusive disease | vascular
c: peripheral artery disease; peripheral arterial disease; peripheral arterial occlusive disease; claudication; leg pain when walking; calf pain when walking; blocked artery in {my,her,his} leg; blocked arteries in {my,her,his} legs
es: enfermedad arterial periférica; claudicación

@@ aortic aneurysm | vascular | ime
c: aortic aneurysm; abdominal aortic aneurysm; thoracic aortic aneurysm; AAA!
es: aneurisma aórtico

@@ aortic dissection | vascular | ime;life_threatening
c: aortic dissection; arterial dissection; dissection of the aorta; torn aorta
es: disección aórtica

@@ intracranial aneurysm | vascular | ime
c: brain aneurysm; cerebral aneurysm; intracranial aneurysm; ruptured aneurysm; ruptured brain aneurysm
es: aneurisma cerebral

@@ intracranial hemorrhage | vascular | ime;life_threatening
c: brain bleed; bleed in {the,her,his,my} brain; bleeding in {the,her,his,my} brain; brain hemorrhage; cerebral hemorrhage; intracranial hemorrhage; intracerebral hemorrhage; intracranial bleed; intracranial bleeding; subarachnoid hemorrhage; hemorrhagic stroke; haemorrhagic stroke; ICH!; SAH!
es: hemorragia cerebral; sangrado en el cerebro

@@ embolism arterial | vascular | ime
c: arterial embolism; arterial thrombosis; arterial clot; clot in {my,her,his,the} artery; blocked artery
es: embolia arterial

@@ capillary leak syndrome | vascular | ime;life_threatening
c: capillary leak syndrome; capillary leak

@@ vasodilatation | vascular
c: vasodilation; vasodilatation; warm all over; feeling warm all over; warmth all over
es: vasodilatación

@@ spider vein | vascular
c: spider veins; spider vein; broken capillaries; broken blood vessels on {my,her,his} face; telangiectasia; telangiectasias
es: arañas vasculares

@@ varicose vein | vascular
c: varicose veins; varicose vein; bulging veins
es: várices; varices; venas varicosas

# eye
@@ vitreous hemorrhage | eye | ime
c: vitreous hemorrhage; vitreous haemorrhage; bleeding in the vitreous; bleeding inside {my,her,his,the} eye
es: hemorragia vítrea

@@ retinal vein occlusion | eye | ime;disease | macular edema
c: retinal vein occlusion; retinal artery occlusion; central retinal vein occlusion; branch retinal vein occlusion; eye stroke; stroke in {my,her,his} eye; blocked vein in {my,her,his} eye; blood clot in {my,her,his} eye
a: CRVO; BRVO; RVO!; CRAO
es: oclusión de la vena de la retina; derrame en la retina

@@ corneal ulcer | eye | ime
c: corneal ulcer; corneal ulceration; ulcer on {my,her,his} cornea; corneal infection; infected cornea
es: úlcera corneal; úlcera en la córnea

@@ corneal abrasion | eye
c: corneal abrasion; scratched cornea; scratched {my,her,his} cornea; scratched {my,her,his} eye; scratch on {my,her,his} eye
es: raspón en el ojo; córnea raspada

@@ chalazion | eye
c: chalazion; bump on {my,her,his} eyelid; lump on {my,her,his} eyelid; eyelid bump; eyelid cyst
es: chalazión; bolita en el párpado

@@ photopsia | eye
c: photopsia; flashes of light; seeing flashes; flashing lights in {my,her,his} vision; seeing stars; light flashes
es: destellos de luz; veo luces

@@ chromatopsia | eye
c: color vision changes; colors look different; colors look washed out; trouble seeing colors; color blindness; chromatopsia; yellow vision; blue tinted vision; everything looks blue
es: veo los colores diferentes

@@ night blindness | eye
c: night blindness; trouble seeing at night; cant see at night; can't see at night; poor night vision; night vision worse; night vision problems
es: ceguera nocturna; no veo de noche

@@ visual field defect | eye
c: visual field defect; loss of peripheral vision; lost peripheral vision; peripheral vision loss; blind spot; blind spots; tunnel vision; dark spot in {my,her,his} vision; dark spots in {my,her,his} vision; curtain over {my,her,his} eye; shadow in {my,her,his} vision
es: pérdida de visión periférica; punto ciego; visión de túnel

@@ papilledema | eye | ime
c: papilledema; papilloedema; swollen optic nerve; optic disc swelling; optic nerve swelling
es: papiledema

@@ endophthalmitis | eye | ime
c: endophthalmitis; infection inside {my,her,his,the} eye; eye infection after {the,my,her,his} injection; severe eye infection
m: endopthalmitis; endophthalmitus
es: endoftalmitis

@@ keratopathy | eye
c: keratopathy; corneal changes; corneal deposits; microcyst-like epithelial changes; corneal epithelial changes; cornea changes; ocular toxicity
es: queratopatía

@@ conjunctivitis allergic | eye
c: allergic conjunctivitis; eye allergies; eye allergy; allergic eyes; allergies in {my,her,his} eyes; itchy watery eyes
es: conjuntivitis alérgica; alergia en los ojos

@@ eyelash changes | eye
c: eyelash changes; eyelashes growing; longer eyelashes; eyelashes got longer; eyelash growth; trichomegaly; eyelashes falling out; lost {my,her,his} eyelashes; losing {my,her,his} eyelashes; madarosis; eyebrows falling out
es: pestañas largas; se me caen las pestañas

@@ eye injury | eye
c: eye injury; injured {my,her,his} eye; hurt {my,her,his} eye; poked {my,her,his} eye; poked in the eye; something in {my,her,his} eye; chemical in {my,her,his} eye; got it in {my,her,his} eye; sprayed in {my,her,his} eye; squirted in {my,her,his} eye
es: lesión en el ojo; me lastimé el ojo; me cayó en el ojo

# ear
@@ ear discharge | ear
c: ear discharge; otorrhea; otorrhoea; drainage from {my,her,his} ear; fluid coming out of {my,her,his} ear; pus from {my,her,his} ear; ear draining; ear is draining; ear leaking; leaking ear; ear wax buildup; earwax buildup; impacted ear wax; impacted earwax
es: supuración del oído; le sale pus del oído; cerumen

@@ ototoxicity | ear
c: ototoxicity; ear damage; damage to {my,her,his} hearing; hearing damage
es: ototoxicidad

# renal and urinary
@@ hydronephrosis | renal
c: hydronephrosis; swollen kidney; kidney swollen; kidney is swollen; kidney swelling; blocked kidney; blocked ureter; ureteral obstruction
es: hidronefrosis; riñón hinchado

@@ renal cyst | renal
c: kidney cyst; kidney cysts; renal cyst; renal cysts; cyst on {my,her,his} kidney; cysts on {my,her,his} kidneys
es: quiste en el riñón; quistes renales

@@ urethritis | renal
c: urethritis; urethral pain; burning in {my,her,his} urethra; urethral discharge; discharge from {my,his} penis; penile discharge
es: uretritis

@@ bladder spasm | renal
c: bladder spasm; bladder spasms; bladder pain; pain in {my,her,his} bladder; bladder discomfort; bladder pressure; interstitial cystitis; painful bladder
es: espasmos de la vejiga; dolor de vejiga

@@ enuresis | renal
c: enuresis; bedwetting; bed wetting; wetting the bed; wet the bed; wets the bed; nocturnal enuresis
es: enuresis; se orina en la cama; mojó la cama

@@ renal tubular disorder | renal
c: renal tubular acidosis; fanconi syndrome; renal tubular disorder; acute tubular necrosis
a: ATN!

@@ cystitis noninfective | renal
c: hemorrhagic cystitis; radiation cystitis; bladder inflammation; inflamed bladder; cystitis noninfective
es: cistitis hemorrágica; vejiga inflamada

# hepatic
@@ hepatic decompensation | hepatic | ime
c: hepatic decompensation; liver decompensation; decompensated cirrhosis; decompensated liver disease; end stage liver disease; end-stage liver disease
a: ESLD!
es: descompensación hepática

@@ portal hypertension | hepatic | ime
c: portal hypertension; esophageal varices; oesophageal varices; varices; bleeding varices; variceal bleed; variceal bleeding
es: hipertensión portal; várices esofágicas

@@ hepatic cyst | hepatic
c: liver cyst; liver cysts; hepatic cyst; cyst on {my,her,his} liver
es: quiste en el hígado

@@ hepatic lesion | hepatic
c: liver lesion; liver lesions; hepatic lesion; lesion on {my,her,his} liver; mass on {my,her,his} liver; liver mass; liver nodule
es: lesión en el hígado

@@ gallbladder disorder | hepatic
c: gallbladder disorder; gallbladder problems; gallbladder problem; gallbladder issues; bad gallbladder; gallbladder disease; gall bladder disease; gallbladder removed; had {my,her,his} gallbladder {removed,out,taken out}; cholecystectomy; gallbladder sludge; biliary sludge; gallbladder polyp
es: problemas de la vesícula; me quitaron la vesícula

@@ biliary obstruction | hepatic | ime
c: biliary obstruction; blocked bile duct; bile duct obstruction; bile duct blockage; biliary stent; needed a stent in {my,her,his} bile duct
es: obstrucción biliar; conducto biliar tapado

@@ cholestasis | hepatic
c: cholestasis; cholestatic liver injury; intrahepatic cholestasis; cholestasis of pregnancy
es: colestasis

# blood
@@ hypogammaglobulinemia | blood
c: hypogammaglobulinemia; hypogammaglobulinaemia; low immunoglobulins; low antibodies; low antibody levels; low IgG; IgG low; IgG levels low; immunoglobulins low; immunodeficiency; immune deficiency; secondary immunodeficiency; weakened immune system; immunosuppressed; immunocompromised
es: hipogammaglobulinemia; defensas bajas; sistema inmune débil; inmunodeficiencia

@@ hemolysis | blood | ime
c: hemolysis; haemolysis; hemolytic anemia; haemolytic anaemia; autoimmune hemolytic anemia; AIHA!; red cells breaking down; breaking down red blood cells
es: hemólisis; anemia hemolítica

@@ neutrophilia | blood
c: neutrophilia; high neutrophils; elevated neutrophils; neutrophils high; neutrophils elevated; high ANC
es: neutrofilia

@@ lymphocytosis | blood
c: lymphocytosis; high lymphocytes; elevated lymphocytes; lymphocytes high; lymphocytes elevated; high lymph count
es: linfocitosis

@@ monocytosis | blood
c: monocytosis; high monocytes; elevated monocytes; monocytes high
es: monocitosis

@@ iron overload | blood | disease | serum ferritin increased
c: iron overload; hemochromatosis; haemochromatosis; too much iron; high iron; iron too high; high ferritin; elevated ferritin; ferritin high; ferritin elevated
es: sobrecarga de hierro; hierro alto; hemocromatosis

@@ bleeding time prolonged | blood
c: bleeding time prolonged; bruise easily; bruising easily; bruises easily; easy bruising; easy bleeding; bleed easily; bleeds easily; bleeding easily
es: me salen moretones fácilmente; sangro fácilmente

@@ factor inhibitor development | blood | ime
c: factor inhibitor development; developed an inhibitor; developed inhibitors; inhibitor development; factor VIII inhibitor; factor 8 inhibitor; factor IX inhibitor; positive inhibitor; inhibitor positive; inhibitors to factor; high titer inhibitor
es: desarrolló inhibidores; inhibidor positivo

@@ myelosuppression | blood | ime
c: myelosuppression; bone marrow suppression; marrow suppression; myelotoxicity; bone marrow toxicity; counts suppressed
es: mielosupresión; supresión de la médula ósea

@@ cytopenia | blood
c: cytopenia; cytopenias; bicytopenia; low counts from the drug
es: citopenia

# infections
@@ otitis externa | infection
c: otitis externa; swimmer's ear; outer ear infection; ear canal infection; infected ear canal
es: otitis externa; oído de nadador

@@ otitis media | infection
c: otitis media; middle ear infection; ear infection behind the eardrum; fluid behind {my,her,his} eardrum; fluid behind the eardrum; ruptured eardrum; perforated eardrum; eardrum burst
es: otitis media; tímpano perforado

@@ labyrinthitis | infection
c: labyrinthitis; inner ear infection; vestibular neuritis; inner ear inflammation
es: laberintitis; infección del oído interno

@@ oral candidiasis | infection
c: oral candidiasis; thrush; oral thrush; thrus; white patches in {my,her,his} mouth; white coating on {my,her,his} tongue; white tongue; coated tongue; yeast in {my,her,his} mouth; mouth thrush; esophageal candidiasis; esophageal thrush
es: algodoncillo; muguet; lengua blanca; hongos en la boca

@@ vulvovaginal candidiasis | infection
c: vulvovaginal candidiasis; vaginal yeast infection; vaginal candidiasis; yeast infection; yeast infections; yeast inf; yiest infection; yeast infecton; yeast infeciton; vaginal thrush; genital yeast infection; genital fungal infection; VVC!
es: infección vaginal por hongos; candidiasis vaginal; hongos vaginales; infección por levaduras

@@ tinea infection | infection
c: tinea; ringworm; jock itch; athlete's foot; athletes foot; athelete's foot; tinea versicolor; tinea pedis; tinea cruris; tinea corporis; tinea capitis; fungal skin infection; fungal rash; fungus on {my,her,his} skin
es: tiña; pie de atleta; hongos en la piel; hongo en la piel

@@ onychomycosis | infection
c: onychomycosis; nail fungus; toenail fungus; fingernail fungus; fungal nail infection; fungus in {my,her,his} nails; fungus on {my,her,his} toenails
es: hongos en las uñas; onicomicosis

@@ candida infection | infection
c: candida infection; candidiasis; candida; candidasis; candidiosis; cadidiasis; systemic candidiasis; candidemia
es: candidiasis; infección por cándida

@@ aspergillus infection | infection | ime
c: aspergillosis; aspergillus infection; aspergillus; invasive aspergillosis
es: aspergilosis

@@ histoplasmosis | infection | ime
c: histoplasmosis; histo; disseminated histoplasmosis
es: histoplasmosis

@@ coccidioidomycosis | infection | ime
c: coccidioidomycosis; valley fever; cocci
es: coccidioidomicosis; fiebre del valle

@@ pneumocystis jirovecii pneumonia | infection | ime
c: pneumocystis pneumonia; pneumocystis jirovecii pneumonia; pneumocystis; PJP; PJP pneumonia; PCP pneumonia
es: neumonía por pneumocystis

@@ cryptococcosis | infection | ime
c: cryptococcal meningitis; cryptococcosis; cryptococcus
es: criptococosis

@@ cytomegalovirus infection | infection | ime
c: cytomegalovirus infection; CMV infection; cmv reactivation; CMV viremia; CMV; cytomegalovirus; CMV colitis; CMV retinitis
es: citomegalovirus; infección por citomegalovirus

@@ epstein-barr virus infection | infection
c: epstein-barr virus infection; EBV reactivation; epstein-barr virus reactivation; EBV; epstein barr virus; EBV viremia
es: virus de epstein-barr

@@ infectious mononucleosis | infection
c: infectious mononucleosis; mononucleosis; mononucleosys; kissing disease
es: mononucleosis

@@ listeriosis | infection | ime
c: listeriosis; listeria; listeria infection
es: listeriosis

@@ legionella infection | infection | ime
c: legionella; legionnaires disease; legionnaires' disease; legionella pneumonia
es: legionela

@@ atypical mycobacterial infection | infection | ime
c: atypical mycobacterial infection; nontuberculous mycobacterial infection; NTM infection; NTM lung disease; mycobacterium avium complex; MAC infection; MAI!
es: micobacterias atípicas

@@ nocardiosis | infection | ime
c: nocardiosis; nocardia

@@ toxoplasmosis | infection | ime
c: toxoplasmosis; toxo
es: toxoplasmosis

@@ varicella | infection
c: chickenpox; chicken pox; varicella; chicken pocks; chickenpocks; varicella infection
es: varicela

@@ measles | infection
c: measles; rubeola
es: sarampión

@@ mumps | infection
c: mumps
es: paperas

@@ hand-foot-and-mouth disease | infection
c: hand foot and mouth disease; hand, foot and mouth disease; hand foot and mouth; hand-foot-and-mouth disease
es: enfermedad de manos pies y boca

@@ scarlet fever | infection
c: scarlet fever; scarlatina
es: escarlatina

@@ parasitic infection | infection
c: parasitic infection; parasites; worms; intestinal worms; pinworms; giardia; giardiasis
es: parásitos; lombrices

@@ scabies | infection
c: scabies; mites
es: sarna

@@ pediculosis | infection
c: lice; head lice; nits
es: piojos; liendres

@@ norovirus infection | infection
c: norovirus; norovirus infection; noro; cruise ship virus
es: norovirus

@@ salmonellosis | infection
c: salmonella; salmonella infection; salmonellosis
es: salmonela; salmonelosis

@@ campylobacter infection | infection
c: campylobacter; campylobacter infection
es: campilobacter

@@ escherichia infection | infection
c: e coli infection; e. coli infection; e coli; e. coli
es: infección por e coli

@@ food poisoning | infection
c: food poisoning; food posioning; food poising; ate something bad; something {i,she,he} ate
es: intoxicación alimentaria; intoxicación por comida; algo que comí me cayó mal

@@ helicobacter infection | infection
c: helicobacter pylori infection; h pylori; h. pylori; helicobacter; h pylori infection; stomach bacteria
es: helicobacter pylori; bacteria en el estómago

@@ wound infection | infection
c: wound infection; infected wound; infected cut; infected sore; infected scratch; infected blister; infected bite; infected bug bite; wound got infected; cut got infected; sore got infected
es: herida infectada; se me infectó la herida

@@ mastitis | infection
c: mastitis; breast infection; infected breast; breast abscess; clogged milk duct; plugged milk duct
es: mastitis; infección en el seno

@@ pilonidal cyst | infection
c: pilonidal cyst; pilonidal abscess; infected tailbone cyst; cyst on {my,her,his} tailbone
es: quiste pilonidal

@@ skin papilloma | neoplasm
c: warts; wart; plantar wart; plantar warts; common warts; genital warts; verruca; skin papilloma; HPV warts
es: verrugas; verruga

@@ molluscum contagiosum | infection
c: molluscum contagiosum; molluscum
es: molusco contagioso

@@ hepatitis a | infection
c: hepatitis A; hep A; hepatitis a infection
es: hepatitis a

@@ human papilloma virus infection | infection
c: human papilloma virus infection; HPV infection; HPV; positive HPV; HPV positive
es: virus del papiloma humano; vph

@@ pneumonia viral | infection
c: viral pneumonia; pneumonia viral; RSV pneumonia; flu pneumonia; influenza pneumonia
es: neumonía viral

@@ pneumonia bacterial | infection
c: bacterial pneumonia; pneumococcal pneumonia; strep pneumonia; pneumonia bacterial; lobar pneumonia
es: neumonía bacteriana

@@ covid-19 pneumonia | infection | ime
c: covid pneumonia; covid-19 pneumonia; pneumonia from covid; covid in {my,her,his} lungs
es: neumonía por covid

@@ staphylococcal infection | infection
c: staph infection; staph; MRSA infection; MRSA; staphylococcal infection; staph aureus; staph aureus infection; MSSA
es: infección por estafilococo; estafilococo

@@ device related infection | infection
c: device related infection; port infection; infected port; port site infection; picc line infection; infected picc line; line infection; central line infection; infected line; catheter infection; infected catheter; catheter site infection; pump site infection; infected pump site
es: infección del puerto; infección del catéter

@@ bacterial infection | infection
c: bacterial infection; bacterial infections; bacteria infection; needed antibiotics for an infection; on antibiotics for an infection
es: infección bacteriana

@@ vaginitis bacterial | infection
c: bacterial vaginosis; bacterial vaginitis; bacterial vagnosis; vaginal bacterial infection
es: vaginosis bacteriana

@@ meningitis aseptic | infection | ime
c: aseptic meningitis; drug induced aseptic meningitis; viral meningitis
es: meningitis aséptica; meningitis viral

@@ encephalitis | infection | ime
c: encephalitis; encephalitus; encefalitis; brain inflammation; inflammation of the brain; herpes encephalitis; autoimmune encephalitis; meningoencephalitis
es: encefalitis; inflamación del cerebro

@@ septic shock | infection | life_threatening
c: septic shock; septic schock; shock from the infection
es: choque séptico; shock séptico

@@ septic arthritis | infection | ime
c: septic arthritis; joint infection; infected joint; infected knee; infected knee replacement; infected hip replacement; prosthetic joint infection
es: artritis séptica; infección en la articulación

@@ periodontitis | infection
c: periodontitis; periodontal infection; gum disease; gingivitis; infected gums; gum infection; gum abscess; periodontal disease
es: periodontitis; gingivitis; infección en las encías; enfermedad de las encías

@@ tooth abscess | infection
c: tooth abscess; dental abscess; abscessed tooth; tooth absess; tooth abcess; abcessed tooth; absessed tooth; tooth infection; dental infection; infected tooth; infected molar
es: absceso dental; infección dental; muela infectada; infección en la muela

@@ sexually transmitted disease | infection
c: sexually transmitted disease; sexually transmitted infection; STD; STDs; STI; STIs
es: enfermedad de transmisión sexual; infección de transmisión sexual

@@ chlamydial infection | infection
c: chlamydia; chlamydia infection
es: clamidia

@@ gonorrhea | infection
c: gonorrhea; gonorrhoea; the clap
es: gonorrea

@@ syphilis | infection
c: syphilis
es: sífilis

@@ respiratory tract infection | infection
c: respiratory tract infection; respiratory infection; respiratory infections; chest infection; chest infections; resp infection; respitory infection; resperatory infection; breathing infection
es: infección respiratoria

# immune
@@ food allergy | immune | disease | hypersensitivity
c: food allergy; food allergies; new food allergy; allergic to food; allergic reaction to food; reaction to food
es: alergia a la comida; alergia alimentaria

@@ seasonal allergy | immune
c: seasonal allergy; pollen allergy; dust allergy; pet allergy; environmental allergies; allergic to pollen
es: alergia estacional; alergia al polen

@@ serum sickness | immune | ime
c: serum sickness; serum sickness-like reaction; serum sickness like reaction
es: enfermedad del suero

@@ drug hypersensitivity | immune
c: drug hypersensitivity; drug allergy; allergic to {it,the shot,the medication,the medicine,the drug,the injection,the infusion,the pill}; allergic to the {medication,medicine,drug}
es: alergia al medicamento; alergia a la medicina

@@ immune reconstitution inflammatory syndrome | immune | ime
c: immune reconstitution inflammatory syndrome; IRIS!

@@ hypersensitivity vasculitis | immune | ime
c: hypersensitivity vasculitis; leukocytoclastic vasculitis; cutaneous vasculitis

@@ vaccination complication | immune
c: vaccine reaction; reaction to the vaccine; reaction to {my,her,his} vaccine; vaccine side effects; vaccination complication; reaction after the vaccine; reaction to the flu shot; reaction to the covid shot; covid shot reaction
es: reacción a la vacuna

# reproductive, sexual, pregnancy
@@ amenorrhea | reproductive
c: amenorrhea; amenorrhoea; amenorhea; amenorrea; periods stopped; period stopped; no period; no periods; stopped getting {my,her} period; stopped having periods; haven't had a period; havent had a period; missed period; missed periods; skipped period; skipped periods
es: no me baja la regla; se me fue la regla; falta de menstruación; amenorrea

@@ intermenstrual bleeding | reproductive
c: intermenstrual bleeding; spotting between periods; breakthrough bleeding; bleeding between periods; spotting; metrorrhagia
es: sangrado entre periodos; manchado; sangrado intermenstrual

@@ polymenorrhea | reproductive
c: period came early; period came twice; two periods in one month; periods closer together; more frequent periods; polymenorrhea
es: me bajó dos veces en el mes

@@ uterine fibroids | reproductive | disease | heavy menstrual bleeding
c: uterine fibroids; fibroids; fibroid; uterine leiomyoma; leiomyoma; myoma
es: miomas; mioma; fibromas

@@ endometriosis | reproductive | disease | dysmenorrhea
c: endometriosis; endometrioma; adenomyosis
es: endometriosis

@@ endometrial hypertrophy | reproductive
c: endometrial thickening; thickened endometrium; thickened uterine lining; endometrial hyperplasia; endometrial hypertrophy; uterine polyp; endometrial polyp
es: engrosamiento del endometrio; pólipo uterino

@@ pelvic inflammatory disease | infection
c: pelvic inflammatory disease; pelvic infection
es: enfermedad inflamatoria pélvica

@@ uterine prolapse | reproductive
c: uterine prolapse; prolapsed uterus; dropped uterus; bladder prolapse; cystocele; pelvic organ prolapse
es: prolapso uterino; matriz caída

@@ ovarian hyperstimulation syndrome | reproductive | ime
c: ovarian hyperstimulation syndrome; OHSS; ovarian hyperstimulation
es: síndrome de hiperestimulación ovárica

@@ breast mass | reproductive
c: breast lump; lump in {my,her,his} breast; breast mass; breast nodule; lump in {my,her} breast; breast cyst
es: bolita en el seno; bulto en el seno; bulto en la mama

@@ gynecomastia | reproductive
c: gynecomastia; gynaecomastia; man boobs; breast growth in men; breasts growing; enlarged breasts; breast enlargement; breast swelling; swollen breasts
es: ginecomastia; senos hinchados

@@ testicular atrophy | reproductive
c: testicular atrophy; shrunken testicles; testicles shrinking; testicles got smaller; small testicles
es: atrofia testicular; testículos pequeños

@@ priapism | sexual | ime
c: priapism; erection that won't go away; erection that wont go away; erection lasting {4,four,more than 4,more than four} hours; prolonged erection; painful erection; spontaneous penile erection; unwanted erections
es: priapismo; erección que no se baja; erección prolongada

@@ peyronie's disease | sexual
c: peyronie's disease; peyronies; curved penis; penis curvature; bent penis
es: enfermedad de peyronie

@@ hypogonadism | endocrine
c: hypogonadism; low testosterone; low T; testosterone low; testosterone dropped; androgen deficiency
es: hipogonadismo; testosterona baja

@@ hyperprolactinemia | endocrine
c: hyperprolactinemia; hyperprolactinaemia; high prolactin; elevated prolactin; prolactin high; prolactin elevated
es: hiperprolactinemia; prolactina alta

@@ precocious puberty | endocrine
c: precocious puberty; early puberty; puberty early; started puberty early
es: pubertad precoz

@@ growth retardation | endocrine
c: growth retardation; growth delay; stunted growth; not growing; stopped growing; growth slowed; slow growth; short stature; growth failure
es: retraso del crecimiento; no está creciendo

@@ inappropriate antidiuretic hormone secretion | endocrine | ime
c: inappropriate antidiuretic hormone secretion; SIADH; syndrome of inappropriate antidiuretic hormone
es: siadh

@@ hyperemesis gravidarum | pregnancy
c: hyperemesis gravidarum; hyperemesis; severe morning sickness; extreme morning sickness
es: hiperémesis gravídica; náuseas severas del embarazo

@@ abortion induced | pregnancy
c: abortion induced; induced abortion; terminated the pregnancy; termination of pregnancy; elective termination; elective abortion; had an abortion; chose to terminate; medical abortion; therapeutic abortion
a: EAB!
es: interrupción del embarazo; aborto inducido; interrumpió el embarazo

@@ cesarean section | pregnancy
c: emergency c-section; emergency c section; emergency cesarean; emergency caesarean; unplanned c-section; stat c-section; crash c-section
es: cesárea de emergencia

@@ jaundice neonatal | pregnancy
c: neonatal jaundice; newborn jaundice; baby was jaundiced; baby is jaundiced; baby was yellow; baby is yellow; baby needed phototherapy; baby under the bili lights; bili lights
es: ictericia neonatal; el bebé amarillo; bebé amarillito

@@ low birth weight baby | pregnancy
c: low birth weight; low birth weight baby; baby born small; baby was small; small baby; baby weighed {3,4,5} pounds
a: LBW!
es: bebé de bajo peso; bajo peso al nacer

@@ neonatal respiratory distress | pregnancy | ime
c: neonatal respiratory distress; respiratory distress in the baby; baby had trouble breathing; baby couldn't breathe; baby needed oxygen; baby on oxygen; baby on a ventilator
es: el bebé no podía respirar; dificultad respiratoria del bebé

@@ neonatal hypoglycemia | pregnancy
c: neonatal hypoglycemia; baby had low blood sugar; baby's sugar was low; baby's blood sugar was low
es: el bebé tenía el azúcar baja

@@ placental abruption | pregnancy | ime
c: placental abruption; abruption; abruptio placentae; placenta separated; placenta detached
es: desprendimiento de placenta

@@ placenta previa | pregnancy
c: placenta previa; placenta praevia; low lying placenta
es: placenta previa

@@ cervical incompetence | pregnancy
c: cervical incompetence; incompetent cervix; short cervix; cervix shortening; cerclage
es: cuello uterino corto; cerclaje

# endocrine, metabolic
@@ hyperammonemia | metabolic
c: hyperammonemia; hyperammonaemia; high ammonia; elevated ammonia; ammonia high; ammonia level high
es: amonio alto

@@ hypovolemia | metabolic
c: hypovolemia; hypovolaemia; volume depletion; low blood volume
es: hipovolemia

@@ metabolic syndrome | metabolic
c: metabolic syndrome; insulin resistance; prediabetes; pre-diabetes; prediabetic; pre-diabetic; glucose intolerance; impaired glucose tolerance
es: síndrome metabólico; prediabetes; resistencia a la insulina

@@ new onset diabetes mellitus | metabolic | ime
c: new onset diabetes; new-onset diabetes; new diabetes; became diabetic; became a diabetic; developed diabetes; now diabetic; now a diabetic; diabetic now; steroid induced diabetes; drug induced diabetes; new onset type 1 diabetes; diagnosed with diabetes after starting
es: diabetes nueva; se volvió diabético; se volvió diabética; ahora soy diabética; ahora soy diabético

@@ lactic acidosis | metabolic | ime
c: lactic acidosis; lactic acid buildup; elevated lactate
es: acidosis láctica

@@ hypercalciuria | metabolic
c: hypercalciuria; high calcium in {my,her,his} urine; calcium in urine

@@ vitamin d deficiency | metabolic
c: vitamin d deficiency; low vitamin d; vitamin d low; vit d deficiency; vitamin d insufficiency
es: deficiencia de vitamina d; vitamina d baja

@@ vitamin b12 deficiency | metabolic
c: vitamin b12 deficiency; low b12; b12 low; b12 deficiency; pernicious anemia
es: deficiencia de vitamina b12; vitamina b12 baja

@@ folate deficiency | metabolic
c: folate deficiency; low folate; folic acid deficiency
es: deficiencia de ácido fólico

@@ malnutrition | metabolic
c: malnutrition; malnourished; nutritional deficiency; undernourished; failure to thrive
es: desnutrición; desnutrido; desnutrida

@@ thyroiditis | endocrine | ime
c: thyroiditis; immune-mediated thyroiditis; painless thyroiditis; subacute thyroiditis; inflamed thyroid; thyroid inflammation
es: tiroiditis

@@ autoimmune thyroiditis | endocrine
c: hashimoto's; hashimoto's thyroiditis; hashimotos; autoimmune thyroiditis; hashimoto thyroiditis
es: hashimoto; tiroiditis de hashimoto

@@ graves' disease | endocrine
c: graves disease; graves' disease; graves
es: enfermedad de graves

@@ thyroid mass | endocrine
c: thyroid nodule; thyroid nodules; goiter; goitre; swollen thyroid; enlarged thyroid; lump on {my,her,his} thyroid; nodule on {my,her,his} thyroid
es: bocio; nódulo en la tiroides

@@ thyroid c-cell tumor | neoplasm | ime
c: thyroid c-cell tumor; thyroid c-cell tumour; c-cell hyperplasia; lump in {my,her,his} neck on {ozempic,the shot}
es: tumor de células c de la tiroides

# neoplasms
@@ non-hodgkin lymphoma | neoplasm | ime;disease | disease progression
c: non-hodgkin lymphoma; non hodgkin lymphoma; non-hodgkin's lymphoma; non hodgkins lymphoma; NHL!; b-cell lymphoma; diffuse large b-cell lymphoma; DLBCL; follicular lymphoma; mantle cell lymphoma; marginal zone lymphoma
es: linfoma no hodgkin

@@ hodgkin lymphoma | neoplasm | ime;disease | disease progression
c: hodgkin lymphoma; hodgkin's lymphoma; hodgkins lymphoma; hodgkin's disease; hodgkins disease
es: linfoma de hodgkin

@@ t-cell lymphoma | neoplasm | ime
c: t-cell lymphoma; t cell lymphoma; hepatosplenic t-cell lymphoma; HSTCL; cutaneous t-cell lymphoma; CTCL!; mycosis fungoides; peripheral t-cell lymphoma
es: linfoma de células t

@@ post transplant lymphoproliferative disorder | neoplasm | ime
c: post transplant lymphoproliferative disorder; post-transplant lymphoproliferative disorder; PTLD; lymphoproliferative disorder
es: trastorno linfoproliferativo

@@ acute myeloid leukemia | neoplasm | ime;disease | disease progression
c: acute myeloid leukemia; acute myelogenous leukemia; AML; secondary AML; therapy related AML; tAML
es: leucemia mieloide aguda

@@ acute lymphoblastic leukemia | neoplasm | ime;disease | disease progression
c: acute lymphoblastic leukemia; acute lymphocytic leukemia; B-ALL; T-ALL
es: leucemia linfoblástica aguda

@@ chronic myeloid leukemia | neoplasm | ime;disease | disease progression
c: chronic myeloid leukemia; chronic myelogenous leukemia; CML
es: leucemia mieloide crónica

@@ myelodysplastic syndrome | neoplasm | ime;disease | disease progression
c: myelodysplastic syndrome; myelodysplasia; MDS; t-MN; therapy related myeloid neoplasm
es: síndrome mielodisplásico

@@ basal cell carcinoma | neoplasm | ime;disease | disease progression
c: basal cell carcinoma; basal cell; basal cell cancer; BCC; basel cell; basal cel carcinoma; basal cell skin cancer
es: carcinoma basocelular

@@ cutaneous squamous cell carcinoma | neoplasm | ime;disease | disease progression
c: squamous cell carcinoma; squamous cell skin cancer; squamous cell; cutaneous squamous cell carcinoma; SCC; cSCC; squamos cell; squamous cel; sqaumous cell; keratoacanthoma
es: carcinoma espinocelular; carcinoma de células escamosas

@@ merkel cell carcinoma | neoplasm | ime;disease | disease progression
c: merkel cell carcinoma; merkel cell cancer
es: carcinoma de células de merkel

@@ kaposi sarcoma | neoplasm | ime;disease | disease progression
c: kaposi sarcoma; kaposi's sarcoma; kaposis sarcoma
es: sarcoma de kaposi

@@ sarcoma | neoplasm | ime
c: sarcoma; soft tissue sarcoma; osteosarcoma; liposarcoma; leiomyosarcoma
es: sarcoma

@@ lipoma | neoplasm
c: lipoma; lipomas; fatty tumor; fatty lump; fatty lumps; fatty deposit
es: lipoma

@@ seborrheic keratosis | neoplasm
c: seborrheic keratosis; seborrheic keratoses; seborrhoeic keratosis; barnacles on {my,her,his} skin
es: queratosis seborreica

@@ skin tag | neoplasm
c: skin tag; skin tags; acrochordon
es: verrugas colgantes; acrocordones

@@ hemangioma | neoplasm
c: hemangioma; haemangioma; cherry angioma; cherry angiomas; blood spots on {my,her,his} skin
es: hemangioma; lunares rojos

@@ melanocytic nevus | neoplasm
c: new moles; new mole; mole changing; changing mole; mole changed; mole got bigger; mole is growing; atypical mole; dysplastic nevus; suspicious mole
es: lunares nuevos; lunar que cambió

@@ colon adenoma | neoplasm
c: colon polyp; colon polyps; polyps in {my,her,his} colon; adenomatous polyp; colon adenoma; precancerous polyp; precancerous polyps
es: pólipos en el colon

@@ benign neoplasm | neoplasm
c: benign neoplasm; benign tumor; benign tumour; tumor benign; adenoma; noncancerous tumor; non-cancerous tumor; cyst removed
es: tumor benigno

@@ tumor pain | neoplasm
c: tumor pain; tumour pain; cancer pain; pain from the tumor; pain from the cancer
es: dolor por el cáncer; dolor del tumor

@@ tumor flare | neoplasm
c: tumor flare; tumour flare; flare reaction; pseudoprogression; tumor swelling
es: brote tumoral

@@ malignant pleural effusion | neoplasm | ime
c: malignant pleural effusion; malignant effusion; malignant ascites
es: derrame pleural maligno

# injury
@@ rib fracture | injury
c: rib fracture; rib fractures; broken rib; broken ribs; fractured rib; fractured ribs; cracked rib; cracked ribs; broke a rib; broke {my,her,his} ribs; broke {my,her,his} rib; rib fx; rib fxs
es: costilla rota; costillas rotas; fractura de costilla

@@ wrist fracture | injury
c: wrist fracture; broken wrist; fractured wrist; broke {my,her,his} wrist; wrist fx; distal radius fracture; distal radius fx; colles fracture; cracked wrist; cracked {my,her,his} wrist
es: muñeca rota; fractura de muñeca; me rompí la muñeca; se rompió la muñeca

@@ ankle fracture | injury
c: ankle fracture; broken ankle; fractured ankle; broke {my,her,his} ankle; ankle fx; cracked ankle
es: tobillo roto; fractura de tobillo; me rompí el tobillo; se rompió el tobillo

@@ foot fracture | injury
c: foot fracture; broken foot; fractured foot; broke {my,her,his} foot; broken toe; broken toes; fractured toe; broke {my,her,his} toe; stress fracture in {my,her,his} foot; metatarsal fracture
es: pie roto; dedo del pie roto; fractura del pie

@@ upper limb fracture | injury
c: upper limb fracture; arm fracture; broken arm; fractured arm; broke {my,her,his} arm; humerus fracture; broken elbow; fractured elbow; broke {my,her,his} elbow; broken collarbone; fractured collarbone; broke {my,her,his} collarbone; clavicle fracture; broken shoulder; fractured shoulder; broke {my,her,his} shoulder; broken hand; broke {my,her,his} hand; broken finger; broken fingers; broke {my,her,his} finger; fractured finger
es: brazo roto; me rompí el brazo; se rompió el brazo; fractura de brazo; dedo roto

@@ lower limb fracture | injury
c: lower limb fracture; leg fracture; broken leg; fractured leg; broke {my,her,his} leg; tibia fracture; fibula fracture; broken kneecap; fractured kneecap; knee fracture
es: pierna rota; me rompí la pierna; se rompió la pierna; fractura de pierna

@@ femur fracture | injury | ime
c: femur fracture; fractured femur; broken femur; broke {my,her,his} femur; femoral fracture; femur fx; atypical femur fracture; atypical femoral fracture; thigh bone fracture; broken thigh bone
es: fractura de fémur; fémur roto

@@ spinal compression fracture | injury
c: spinal compression fracture; compression fracture; compression fractures; vertebral fracture; vertebral fractures; spinal fracture; broken vertebra; fractured vertebra; broke {my,her,his} back; broken back; fractured spine; vertebral compression fracture; compression fx; vert fx
es: fractura de columna; fractura vertebral; vértebra rota

@@ pelvic fracture | injury
c: pelvic fracture; fractured pelvis; broken pelvis; broke {my,her,his} pelvis; pelvic fx; broken tailbone; fractured tailbone; broke {my,her,his} tailbone; coccyx fracture
es: fractura de pelvis; pelvis rota; coxis roto

@@ skull fracture | injury | ime
c: skull fracture; fractured skull; broken skull; cracked skull; cracked {her,his,my} skull
es: fractura de cráneo

@@ facial bones fracture | injury
c: broken nose; fractured nose; broke {my,her,his} nose; nasal fracture; broken jaw; fractured jaw; broke {my,her,his} jaw; facial fracture; orbital fracture
es: nariz rota; mandíbula rota

@@ stress fracture | injury
c: stress fracture; stress fractures; fragility fracture; fragility fractures; osteoporotic fracture; insufficiency fracture
es: fractura por estrés; fractura por fragilidad

@@ concussion | injury
c: concussion; concussed; concusion; concussoin; concusson; mild traumatic brain injury
es: conmoción cerebral

@@ subdural hematoma | injury | ime;life_threatening
c: subdural hematoma; subdural haematoma; subdural bleed; subdural hemorrhage; subdural hemotoma; SDH!; epidural hematoma; brain bleed after {the,a,her,his} fall
es: hematoma subdural

@@ traumatic brain injury | injury | ime
c: traumatic brain injury; TBI; brain injury; severe head injury
es: lesión cerebral traumática; traumatismo craneoencefálico

@@ tendon rupture | injury | ime
c: tendon rupture; ruptured tendon; achilles tendon rupture; ruptured achilles; torn achilles; tendon tear; torn tendon; tore {my,her,his} achilles; achilles tear; acheles tear
es: tendón roto; ruptura del tendón; ruptura del tendón de aquiles

@@ ligament sprain | injury
c: ligament sprain; sprain; sprained; sprained {my,her,his} {ankle,wrist,knee,foot,thumb,finger}; sprained ankle; sprained wrist; twisted {my,her,his} {ankle,knee,wrist}; twisted ankle; rolled {my,her,his} ankle; sprane; spained; spraned
es: esguince; torcedura; me torcí el tobillo; se torció el tobillo

@@ ligament rupture | injury
c: ligament rupture; ligament tear; torn ligament; torn acl; ACL tear; torn ACL; torn meniscus; meniscus tear; tore {my,her,his} {acl,meniscus,ligament}
es: ligamento roto; menisco roto

@@ rotator cuff syndrome | injury
c: rotator cuff tear; torn rotator cuff; tore {my,her,his} rotator cuff; rotator cuff injury; rotater cuff
es: manguito rotador roto

@@ muscle strain | injury
c: muscle strain; pulled muscle; pulled a muscle; strained muscle; strained a muscle; muscle tear; torn muscle; tore a muscle; pulled {my,her,his} hamstring; pulled hamstring; groin strain
es: desgarre; desgarro muscular; distensión muscular

@@ animal bite | injury
c: animal bite; dog bite; bitten by a dog; bit by a dog; dog bit {me,her,him}; cat bite; cat scratch; cat bit {me,her,him}; bitten by {my,her,his,a,the} cat
es: mordedura de perro; me mordió el perro; me mordió un perro

@@ arthropod bite | injury
c: insect bite; insect bites; bug bite; bug bites; spider bite; tick bite; mosquito bites; bee sting; wasp sting; stung by a bee; stung by a wasp
es: picadura; picaduras; picadura de insecto; picadura de abeja; picadura de araña

@@ sunburn | injury
c: sunburn; severe sunburn; sunburned; sunburnt; sun burn; burned easily in the sun; burns easily in the sun; burning easily in the sun; blistering sunburn
es: quemadura de sol; me quemé con el sol

@@ thermal burn | injury
c: thermal burn; burned {my,her,his} {hand,arm,finger,fingers,leg,face}; burnt {my,her,his} {hand,arm,finger,fingers,leg,face}; second degree burn; third degree burn; scald; scalded; burned {myself,herself,himself}; burnt {myself,herself,himself}
es: quemadura; quemaduras; me quemé; se quemó

@@ joint dislocation | injury
c: joint dislocation; dislocated {my,her,his} {shoulder,hip,knee,finger,elbow,jaw,kneecap}; dislocated shoulder; dislocated hip; dislocated kneecap; dislocation; shoulder popped out; hip popped out
es: luxación; se me zafó el hombro; hombro dislocado

@@ wound healing impaired | injury
c: wound healing impaired; delayed wound healing; wound not healing; slow wound healing; wound won't heal; wound wont heal; poor wound healing; incision not healing; impaired healing; impaired wound healing; cut won't heal; cut wont heal; sore won't heal; sore wont heal; sores that won't heal; sores that wont heal; slow to heal; takes forever to heal; wound wont heel; slow woond healing
es: la herida no cierra; la herida no sana; cicatrización lenta; no me sanan las heridas

@@ wound dehiscence | injury
c: wound dehiscence; incision opened up; incision reopened; incision split open; stitches came open; stitches popped; wound opened up; wound reopened
es: se abrió la herida; se abrieron los puntos

@@ post procedural complication | injury
c: post procedural complication; procedural complication; surgical complication; complications from surgery; complication from surgery; complications after surgery; post-op complication; post op complication; post-operative complication; postoperative complication
es: complicación de la cirugía; complicaciones de la cirugía

@@ intentional self-injury | psych | ime
c: intentional self-injury; self harm; self-harm; self injury; cutting {myself,herself,himself}; cut {myself,herself,himself} on purpose; hurt {myself,herself,himself} on purpose; self inflicted injury; self-inflicted injury
es: autolesión; se cortó a propósito; me corté a propósito

@@ poisoning | injury | ime
c: poisoning; poisoned; accidental poisoning; carbon monoxide poisoning; lead poisoning; alcohol poisoning
es: envenenamiento; intoxicación

@@ choking | injury
c: choking; choked; choked on food; choking on food; food got stuck; choked on {a,the} pill; pill got stuck in {my,her,his} throat; pill stuck in {my,her,his} throat
es: atragantamiento; me atraganté; se atragantó; se me atoró la pastilla

@@ drowning | injury | life_threatening
c: drowning; near drowning; nearly drowned; almost drowned
es: ahogamiento; casi se ahoga

@@ heat stroke | injury | ime
c: heat stroke; heatstroke; heat exhaustion; sun stroke; overheated; got overheated
es: golpe de calor; insolación

@@ frostbite | injury
c: frostbite; frost bite; frostbitten
es: congelación

@@ electric shock | injury
c: electric shock; electrocuted; got electrocuted; shocked by {an,the} outlet
es: descarga eléctrica; me electrocuté

# death and serious
@@ brain death | death | death
c: brain death; brain dead; declared brain dead
es: muerte cerebral

@@ multiple organ dysfunction syndrome | general | life_threatening
c: multiple organ dysfunction syndrome; multi organ failure; multiorgan failure; multi-organ failure; multiple organ failure; organs shutting down; organs failing; organs started failing; organ failure
a: MODS!; MOF!
es: falla multiorgánica; falla de órganos; los órganos fallando

@@ coma | neuro | ime;life_threatening
c: coma; comatose; in a coma; went into a coma; slipped into a coma; fell into a coma; put in a coma; induced coma; medically induced coma
es: coma; en coma; entró en coma

@@ life support | general | life_threatening
c: on life support; put on life support; taken off life support; life support; ECMO; on ecmo
es: soporte vital; lo pusieron en soporte vital

@@ hospice care | general
c: hospice; in hospice; went into hospice; moved to hospice; started hospice; hospice care; comfort care; comfort measures only; palliative care only; end of life care
es: cuidados paliativos; hospicio

@@ respiratory depression | respiratory | ime;life_threatening
c: respiratory depression; slowed breathing; breathing slowed down; shallow breathing; breathing too slow; barely breathing; hypoventilation
es: depresión respiratoria; respiración lenta

@@ acute respiratory distress syndrome | respiratory | ime;life_threatening
c: acute respiratory distress syndrome; ARDS
es: síndrome de dificultad respiratoria aguda
"""

# ------------------------------------------ Spanish for events of part A
# Part A (events_a.tsv) writes the English vocabulary of these events; the
# Spanish rows live here. The terms are defined here too, with the group of
# their MedDRA system organ class, until event_terms_a.tsv defines them (the
# build accepts identical definitions and fails on different ones).
PART_A_VOCAB_START = len(VOCAB)
VOCAB += """
@ headache | neuro
es: dolor de cabeza; dolores de cabeza; me duele la cabeza; le duele la cabeza; me dolía la cabeza; cefalea; jaqueca fuerte; dolor de cabeza fuerte; me va a explotar la cabeza; me estalla la cabeza
@ nausea | gi
es: náuseas; nauseas; náusea; con náuseas; tengo náuseas; ganas de vomitar; asco; estómago revuelto; me dan náuseas; mareo con ganas de vomitar
@ vomiting | gi
es: vómitos; vómito; vomitando; vomité; vomitó; estoy vomitando; devolví; devolvió; no retengo la comida; todo lo que como lo vomito; arrojé; arrojando
@ nausea;vomiting
es: náuseas y vómitos; nauseas y vomitos; náusea y vómito
@ diarrhea | gi
es: diarrea; diarreas; con diarrea; tengo diarrea; heces sueltas; evacuaciones sueltas; popó aguada; chorrillo; soltura; estómago suelto; obrando mucho
@ constipation | gi
es: estreñimiento; estreñido; estreñida; no puedo ir al baño; no he podido evacuar; no obro; tapado del estómago; constipación
@ abdominal pain | gi
es: dolor de estómago; dolor de barriga; dolor de panza; dolor abdominal; me duele el estómago; me duele la panza; me duele la barriga; retortijones; cólicos; dolor en el estómago
@ abdominal pain upper | gi
es: dolor en la boca del estómago; dolor en la parte de arriba del estómago
@ abdominal discomfort | gi
es: malestar estomacal; molestias en el estómago; estómago descompuesto; malestar de estómago; estómago delicado
@ dyspepsia | gi
es: acidez; agruras; indigestión; ardor de estómago; ardor en el estómago; acidez estomacal
@ abdominal distension | gi
es: hinchazón del estómago; estómago hinchado; panza hinchada; barriga hinchada; distensión abdominal; inflamación del estómago; me siento inflamada
@ flatulence | gi
es: gases; muchos gases; flatulencias; pedos
@ gastroesophageal reflux disease | gi
es: reflujo; reflujo ácido; reflujo gastroesofágico
@ dysphagia | gi
es: dificultad para tragar; no puedo tragar; me cuesta tragar; disfagia
@ hematochezia | gi
es: sangre en las heces; sangre en el excremento; sangre en la popó; heces con sangre; evacuaciones con sangre; sangrado al obrar
@ melena | gi
es: heces negras; popó negra; excremento negro
@ hemorrhoids | gi
es: hemorroides; almorranas
@ dry mouth | gi
es: boca seca; sequedad de boca; resequedad en la boca; tengo la boca seca
@ stomatitis | gi
es: llagas en la boca; aftas; úlceras en la boca; boca irritada; estomatitis; fuegos en la boca
@ toothache | gi
es: dolor de muelas; dolor de dientes; me duele la muela; dolor de muela
@ gingival bleeding | gi
es: sangrado de encías; me sangran las encías; encías sangrantes
@ dysgeusia | neuro
es: sabor metálico; mal sabor de boca; sabor raro en la boca; cambio en el sabor; perdí el gusto; no le siento sabor a la comida; disgeusia
@ ageusia | neuro
es: pérdida del gusto; sin sentido del gusto
@ anosmia | neuro
es: pérdida del olfato; no huelo nada; perdí el olfato
@ dizziness | neuro
es: mareo; mareos; mareado; mareada; me mareo; me siento mareado; me siento mareada; estoy mareada; estoy mareado; aturdido; aturdida; vahído; me da vueltas todo; desvanecimiento
@ fatigue | general
es: cansancio; cansado; cansada; agotamiento; agotado; agotada; fatiga; muy cansada; muy cansado; sin energía; me siento cansada; me siento cansado; sin fuerzas; no tengo energía; rendido; rendida
@ asthenia | general
es: debilidad; débil; me siento débil; sin fuerza; astenia; flojera; decaído; decaída
@ malaise | general
es: malestar; malestar general; me siento mal; me sentía mal; se siente mal; no me siento bien; me siento fatal; sentirse mal
@ pyrexia | general
es: fiebre; fiebres; calentura; temperatura alta; con fiebre; tengo fiebre; tenía fiebre; febrícula; le dio fiebre; me dio fiebre
@ chills | general
es: escalofríos; escalofrío; temblores de frío; con escalofríos; tiritando
@ pain | general
es: dolor; dolores; me duele; me duele todo; dolor en todo el cuerpo; adolorido; adolorida; dolorido
@ feeling abnormal | general
es: me siento raro; me siento rara; sensación rara; no me siento yo mismo; no me siento yo misma
@ peripheral swelling | general
es: hinchazón; hinchado; hinchada; inflamación; me hinché
@ night sweats | skin
es: sudores nocturnos; sudo en la noche; sudoración nocturna
@ hyperhidrosis | skin
es: sudoración; sudo mucho; sudor excesivo; sudoración excesiva
@ pruritus | skin
es: picazón; comezón; picor; me pica; me pica todo; me pica la piel; comezón en la piel; picazón en la piel; rasquiña; prurito; tengo comezón
@ rash | skin
es: sarpullido; salpullido; erupción; erupciones; ronchas en la piel; granitos; sarpullido en la piel; erupción en la piel; brote en la piel; manchas rojas; me salieron granitos; sarpullido con comezón
@ urticaria | skin
es: ronchas; urticaria; habones; me salieron ronchas; ronchas que pican
@ erythema | skin
es: enrojecimiento; piel roja; enrojecimiento de la piel; rojez
@ dry skin | skin
es: piel seca; resequedad; piel reseca; resequedad de la piel
@ alopecia | skin
es: caída del cabello; caída del pelo; se me cae el pelo; se me cae el cabello; pérdida de cabello; pérdida de pelo; calvicie; se me está cayendo el pelo
@ acne | skin
es: acné; espinillas; barros; granos en la cara
@ skin exfoliation | skin
es: piel pelada; se me pela la piel; descamación; piel escamosa
@ dermatitis | skin
es: dermatitis; irritación de la piel; piel irritada
@ photosensitivity reaction | skin
es: sensibilidad al sol; me quemo con el sol; reacción al sol
@ contusion | injury
es: moretón; moretones; moretones en la piel; morados; cardenales; magulladura
@ injection site pain | injection_site
es: dolor en el sitio de inyección; dolor donde me inyecto; dolor en el lugar de la inyección; me duele donde me inyecto; me dolió la inyección; ardor al inyectar; me arde la inyección
@ injection site erythema | injection_site
es: enrojecimiento en el sitio de inyección; se puso rojo donde me inyecté; rojo donde me inyecto; enrojecimiento donde me inyecto
@ injection site swelling | injection_site
es: hinchazón en el sitio de inyección; se hinchó donde me inyecté; hinchado donde me inyecto; bolita donde me inyecté
@ injection site pruritus | injection_site
es: comezón en el sitio de inyección; me pica donde me inyecto; picazón donde me inyecté
@ injection site reaction | injection_site
es: reacción en el sitio de inyección; reacción en el lugar de la inyección; reacción donde me inyecto; reacción local
@ injection site bruising | injection_site
es: moretón en el sitio de inyección; moretón donde me inyecté; me quedó morado donde me inyecté
@ injection site induration | injection_site
es: endurecimiento en el sitio de inyección; se puso duro donde me inyecté; bolita dura donde me inyecto
@ injection site warmth | injection_site
es: calor en el sitio de inyección; caliente donde me inyecté
@ arthralgia | musculoskeletal
es: dolor de articulaciones; dolor en las articulaciones; me duelen las articulaciones; dolor de coyunturas; me duelen las coyunturas; dolor en las rodillas; artralgia
@ myalgia | musculoskeletal
es: dolor muscular; dolores musculares; dolor de músculos; me duelen los músculos; dolor en el cuerpo; cuerpo cortado; mialgia
@ back pain | musculoskeletal
es: dolor de espalda; me duele la espalda; dolor en la espalda; dolor de cintura; dolor lumbar; lumbago
@ pain in extremity | musculoskeletal
es: dolor en las piernas; me duelen las piernas; dolor en los brazos; dolor en las manos; dolor en los pies; me duelen los pies; me duelen las manos
@ neck pain | musculoskeletal
es: dolor de cuello; me duele el cuello; dolor en el cuello
@ muscle spasms | musculoskeletal
es: calambres; calambres musculares; espasmos; espasmos musculares; me dan calambres
@ joint swelling | musculoskeletal
es: articulaciones hinchadas; rodillas hinchadas; hinchazón en las articulaciones
@ musculoskeletal stiffness | musculoskeletal
es: rigidez; rigidez en las articulaciones; rigidez muscular; me siento tieso; me siento tiesa; entumecimiento matutino
@ muscular weakness | musculoskeletal
es: debilidad muscular; músculos débiles; piernas débiles; no tengo fuerza en las piernas
@ bone pain | musculoskeletal
es: dolor de huesos; me duelen los huesos; dolor en los huesos
@ osteonecrosis of jaw | musculoskeletal | ime
es: osteonecrosis de la mandíbula; hueso expuesto en la mandíbula; necrosis de la mandíbula
@ paresthesia | neuro
es: hormigueo; hormigueos; entumecimiento; adormecimiento; se me duermen las manos; se me duermen los pies; cosquilleo; piquetes en las manos; manos dormidas; pies dormidos
@ hypoesthesia | neuro
es: adormecido; adormecida; entumido; entumida; perdí la sensibilidad; no siento las manos; no siento los pies
@ tremor | neuro
es: temblor; temblores; me tiemblan las manos; tembladera; manos temblorosas
@ syncope | neuro
es: desmayo; desmayos; me desmayé; se desmayó; perdí el conocimiento; perdió el conocimiento; síncope
@ presyncope | neuro
es: casi me desmayo; sentí que me iba a desmayar; sentí que me desmayaba; se me nubló todo
@ seizure | neuro | ime
es: convulsión; convulsiones; le dio un ataque epiléptico; convulsionó; crisis convulsiva; ataques epilépticos
@ memory impairment | neuro
es: pérdida de memoria; problemas de memoria; se me olvidan las cosas; olvidos; no me acuerdo de nada; mala memoria
@ disturbance in attention | neuro
es: no me puedo concentrar; falta de concentración; problemas para concentrarme; mente nublada; niebla mental
@ balance disorder | neuro
es: problemas de equilibrio; pérdida del equilibrio; inestable; sin equilibrio; me tambaleo
@ somnolence | neuro
es: somnolencia; sueño todo el día; mucho sueño; adormilado; adormilada; me da mucho sueño; me quedo dormida
@ peripheral neuropathy | neuro
es: neuropatía; neuropatía periférica; dolor de nervios; nervios dañados
@ confusional state | psych
es: confusión; confundido; confundida; desorientado; desorientada; está confundida; está confundido
@ anxiety | psych
es: ansiedad; ansioso; ansiosa; nervios; nerviosismo; nervioso; nerviosa; angustia; angustiado; angustiada; ataques de pánico; ataque de pánico
@ depression | psych
es: depresión; deprimido; deprimida; estoy deprimida; estoy deprimido; tristeza; muy triste; me siento triste; bajón de ánimo; desanimado; desanimada
@ suicidal ideation | psych | ime
es: pensamientos suicidas; ideas suicidas; quiero morirme; me quiero morir; no quiero vivir; no quiero seguir viviendo; quitarme la vida; pensamientos de muerte; estaría mejor muerta; estaría mejor muerto
@ irritability | psych
es: irritabilidad; irritable; de mal humor; enojón; enojona; me enojo por todo
@ mood swings | psych
es: cambios de humor; cambios de ánimo; altibajos emocionales; cambios de estado de ánimo
@ hallucination | psych
es: alucinaciones; alucinando; veo cosas; escucho voces; oye voces
@ agitation | psych
es: agitación; agitado; agitada; inquieto; inquieta; intranquilo; intranquila
@ abnormal dreams | psych
es: pesadillas; sueños raros; sueños extraños; sueños vívidos
@ insomnia | sleep
es: insomnio; no puedo dormir; no podía dormir; no duermo; no duermo bien; no puede dormir; no he podido dormir; me cuesta dormir; me despierto en la noche; desvelo; desvelada; desvelado; dificultad para dormir; problemas para dormir
@ decreased appetite | metabolic
es: falta de apetito; sin apetito; poco apetito; no tengo hambre; no me da hambre; perdí el apetito; pérdida de apetito; no tengo ganas de comer; no puedo comer; inapetencia
@ increased appetite | metabolic
es: más apetito; mucha hambre; hambre todo el tiempo; aumento del apetito; como mucho
@ weight decreased | metabolic
es: pérdida de peso; bajé de peso; bajó de peso; he bajado de peso; adelgacé; adelgazó; perdí peso; perdió peso; estoy bajando de peso
@ weight increased | metabolic
es: aumento de peso; subí de peso; subió de peso; he subido de peso; engordé; engordó; gané peso; estoy subiendo de peso
"""
PART_A_TERMS = set(re.findall(r"(?m)^@ ([^|;\n]+?) \|", VOCAB[PART_A_VOCAB_START:]))

# --------------------------------------------- indications split out (claims)
VOCAB += """
@@ heart failure aggravated | disease
c: heart failure aggravated; heart failure exacerbation; CHF exacerbation; chf exacerbation; acute on chronic CHF; decompensated heart failure; acute decompensated heart failure; acute heart failure; heart failure worse; heart failure got worse; worsening heart failure; CHF worse; chf flare; heart failure flare; fluid overload
a: ADHF!
es: descompensación de la insuficiencia cardíaca; empeoró la insuficiencia cardíaca

@@ graft versus host disease aggravated | disease
c: GVHD flare; gvhd flare; GVHD worse; gvhd worse; worsening GVHD; graft versus host disease flare; GVHD got worse

@@ chronic graft versus host disease | immune | disease | graft versus host disease aggravated
c: chronic graft versus host disease; chronic GVHD; cGVHD; chronic graft-versus-host disease

@@ uveitis aggravated | disease
c: uveitis flare; uveitis flares; uveitis worse; uveitis got worse; uveitis flare up; uveitis flare-up; worsening uveitis; uveitis came back worse
es: brote de uveítis

@@ interstitial lung disease aggravated | disease
c: ILD exacerbation; ild exacerbation; acute exacerbation of ILD; acute exacerbation of interstitial lung disease; ILD worse; ILD got worse; worsening ILD; worsening interstitial lung disease; ILD progression; progression of ILD; ILD flare; fibrosis got worse; fibrosis progressed; lung fibrosis worse; lung fibrosis got worse; scarring got worse
es: empeoró la fibrosis

@@ immune thrombocytopenia | blood | ime;disease | thrombocytopenia
c: immune thrombocytopenia; immune thrombocytopenic purpura; idiopathic thrombocytopenic purpura; ITP!; chronic ITP
es: púrpura trombocitopénica inmune; trombocitopenia inmune

@@ thrombotic thrombocytopenic purpura | blood | ime;life_threatening;disease | thrombotic microangiopathy
c: thrombotic thrombocytopenic purpura; TTP!; acquired TTP; congenital TTP
es: púrpura trombótica trombocitopénica

@@ overactive bladder | renal | disease | micturition urgency
c: overactive bladder; OAB!; overactive bladder syndrome
es: vejiga hiperactiva

@@ recurrent pericarditis | cardiac | disease | pericarditis
c: recurrent pericarditis; recurring pericarditis; pericarditis keeps coming back
es: pericarditis recurrente

@@ diabetic retinopathy | eye | disease | retinopathy
c: diabetic retinopathy; proliferative diabetic retinopathy; non-proliferative diabetic retinopathy
es: retinopatía diabética

@@ hepatic encephalopathy | hepatic | ime;disease | hepatic failure
c: hepatic encephalopathy; overt hepatic encephalopathy; liver encephalopathy; ammonia in {my,her,his} brain; confused from {my,her,his} liver
es: encefalopatía hepática

@@ cushing's syndrome | endocrine | disease | cushingoid
c: cushing's syndrome; cushings syndrome; cushing syndrome; endogenous cushing's syndrome; hypercortisolism
es: síndrome de cushing

@@ astrocytoma | neoplasm | ime;disease | disease progression
c: astrocytoma; pilocytic astrocytoma
es: astrocitoma

@@ light chain amyloidosis | blood | ime;disease | disease progression
c: light chain amyloidosis; AL amyloidosis; amyloid light chain amyloidosis
es: amiloidosis de cadenas ligeras

@@ axial spondyloarthritis | musculoskeletal | disease | ankylosing spondylitis aggravated
c: axial spondyloarthritis; axSpA; spondyloarthritis; axial spa
es: espondiloartritis axial; espondiloartritis

@@ lennox-gastaut syndrome | neuro | disease | epilepsy aggravated
c: lennox-gastaut syndrome; lennox gastaut syndrome; LGS!
es: síndrome de lennox-gastaut

@@ dravet syndrome | neuro | disease | epilepsy aggravated
c: dravet syndrome; dravet
es: síndrome de dravet

@@ postpartum depression | psych | disease | major depressive disorder aggravated
c: postpartum depression; post partum depression; post-partum depression; PPD depression; perinatal depression
es: depresión posparto

@@ treatment-resistant depression | psych | disease | major depressive disorder aggravated
c: treatment resistant depression; treatment-resistant depression; TRD
es: depresión resistente al tratamiento

@@ schizoaffective disorder | psych | disease | schizophrenia aggravated
c: schizoaffective disorder; schizoaffective
es: trastorno esquizoafectivo

@@ peripheral t-cell lymphoma | neoplasm | ime;disease | disease progression
c: peripheral t-cell lymphoma; PTCL; peripheral t cell lymphoma
es: linfoma periférico de células t

@@ marginal zone lymphoma | neoplasm | ime;disease | disease progression
c: marginal zone lymphoma; MZL; MALT lymphoma
es: linfoma de la zona marginal

@@ anaplastic large cell lymphoma | neoplasm | ime;disease | disease progression
c: anaplastic large cell lymphoma; ALCL

@@ soft tissue sarcoma | neoplasm | ime;disease | disease progression
c: soft tissue sarcoma; leiomyosarcoma; liposarcoma
es: sarcoma de tejidos blandos

@@ community-acquired pneumonia | infection
c: community-acquired pneumonia; community acquired pneumonia; CAP pneumonia
es: neumonía adquirida en la comunidad
"""

# ------------------------------------------------ idioms patients use
VOCAB += """
@ palpitations
i: heart {is,was} doing flip flops; heart {is,was} doing somersaults; heart {is,was} doing backflips; ticker {is,was} racing; ticker acting up; ticker {is,was} going crazy; heart {is,was} beating like a drum; heart {is,was} in {my,her,his} throat; heart {is,was} jumping out of {my,her,his} chest; heart {feels,felt} like a hummingbird; heart {is,was} fluttering like a bird; heart {is,was} thumping; heart thumping; thumping in {my,her,his} chest; heart {is,was,keeps} skipping; heart {feels,felt} funny
@ dyspnea
i: {cant,can't,couldnt,couldn't} get {my,her,his} breath; {cant,can't,couldnt,couldn't} breathe right; breathing like {i,she,he} ran a marathon; huffing and puffing; winded just walking; {gets,get,got} winded walking; lungs {feel,felt} tight; {cant,can't} get air in; air {wont,won't} go in; like breathing through a wet rag; feel like {i'm,im,i am} drowning; feels like {i'm,im} drowning; like {i'm,im} underwater
@ cough
i: coughing up a lung; coughed up a lung; hacking {my,her,his} head off; cough {that,which} {wont,won't} quit; {cant,can't} quit coughing; barking like a seal; coughing {my,her,his} head off
@ chest pain
i: chest {is,was} killing {me,her,him}; {sharp,stabbing} pain in {my,her,his} chest; pain shooting through {my,her,his} chest; knife in {my,her,his} chest; like a knife in {my,her,his} chest; chest {is,was} on fire; burning in {my,her,his} chest
@ chest discomfort
i: {elephant,weight,brick,ton of bricks} sitting on {my,her,his} chest; band around {my,her,his} chest; chest {feels,felt} like it's being squeezed; chest {feels,felt} like its being squeezed; someone sitting on {my,her,his} chest
@ hypertension
i: pressure {is,was} sky high; pressure {is,was} through the roof; pressure {is,was} up again; {my,her,his} pressure {is,was} crazy high; pressure {is,was} off the charts; bp {is,was} crazy; pressure's up; pressure's high; bp's high; bp's up; bp's through the roof
@ hypotension
i: pressure {is,was} in the basement; pressure bottomed out; pressure {is,was} way down; pressure crashed; bp crashed; pressure's low; bp's low
@ hyperglycemia
i: sugar {is,was} through the roof; sugar's high; sugars are crazy; sugar's through the roof; sugar {is,was} sky high; sugars {are,were} sky high; numbers {are,were} high; {my,her,his} numbers {are,were} high; {my,her,his} numbers {went,shot} up; numbers through the roof; sugar numbers {are,were} high
@ hypoglycemia
i: sugar's low; sugar {went,dropped} through the floor; sugar {hit,was in} the basement; {my,her,his} sugar {went,got} too low; {got,get,getting} shaky and sweaty from {my,her,his} sugar; {my,her,his} numbers {dropped,crashed,tanked,went low}; numbers {are,were} low
@ vision blurred
i: {cant,can't} see straight; everything's blurry; everythings blurry; like looking through wax paper; like looking through a fog; like looking through a dirty window; like {i,she,he} {need,needs} new glasses; {my,her,his} eyes {wont,won't} focus; seeing fuzzy
@ eye pain
i: eyes {are,were} on fire; eyes {feel,felt} like they're on fire; eyes {feel,felt} like theyre on fire; stabbing in {my,her,his} eye; ice pick in {my,her,his} eye
@ dry eye
i: eyes {feel,felt} like sandpaper; eyes {feel,felt} gritty; eyes {are,were} so dry they hurt; eyes {feel,felt} like {i,she,he} {have,has} sand in them
@ ocular hyperemia
i: eyes {are,were} bloodshot red; eyes look like {i,she,he} {have,has} been crying; eyes {are,were} as red as tomatoes
@ tinnitus
i: ears {wont,won't} stop ringing; bells in {my,her,his} ears; crickets in {my,her,his} ears; ringing that {wont,won't} stop; whistling in {my,her,his} ears; ears {are,were} whistling
@ hypoacusis
i: {cant,can't} hear a thing; everything sounds muffled; like {i'm,im,i am} underwater when {i,she,he} {listen,hear}; sounds like {i'm,im} in a tunnel; ears {feel,felt} stuffed with cotton
@ dysuria
i: peeing razor blades; pee burns like fire; {it,pee} burns like fire; like peeing fire; like peeing glass; burns like heck when {i,she,he} {pee,pees}; feels like fire when {i,she,he} {pee,pees}
@ pollakiuria
i: {running,going} to the bathroom every {five,5,ten,10,fifteen,15} minutes; {running,going} to the bathroom all night; {live,living} in the bathroom; {cant,can't} get off the toilet
@ acute kidney injury
i: kidneys {are,were} shutting down; kidneys {are,were} shot; kidneys {went,are going} bad; kidneys {are,were} failing; kidneys {quit,gave out}; kidneys {took,taking} a hit
@ hepatitis
i: liver {is,was} shot; liver {is,was} angry; liver {took,taking} a hit; liver {is,was} not happy; liver {is,was} upset
@ liver enzyme increased
i: liver numbers {are,were} up; liver numbers {are,were} off; liver numbers {are,were} high; liver numbers went up; liver labs {are,were} off; liver levels {are,were} up; liver levels {are,were} high; liver tests {are,were} off; liver tests came back high; liver {was,is} acting up on {the,my,her,his} labs
@ jaundice
i: turned yellow as a banana; yellow as a banana; {skin,eyes} {looked,looks,look} yellowish; yellow tinge to {my,her,his} {skin,eyes}
@ full blood count decreased
i: counts {are,were} in the toilet; counts {are,were} in the basement; counts tanked; counts crashed; counts bottomed out; blood work {was,came back} off; labs came back wonky; blood counts {are,were} off; {my,her,his} counts {are,were} off
@ hypogammaglobulinemia
i: immune system {is,was} shot; immune system {is,was} in the toilet; no immune system left; immune system {took,taking} a hit; immune system {is,was} wiped out
@ infection
i: {caught,catch,catching,picked up,came down with,coming down with} something; {keep,keeps,kept} catching {things,everything}; sick with something; got a bug; caught the bug; bug going around; catch every bug; picked up a bug
@ herpes zoster
i: shingles {came,broke} out; broke out in shingles; shingles flare up; shingles flared up; {got,have,had} the shingles; case of the shingles
@ nasopharyngitis
i: {caught,got,have,had,has,catching,getting} {a head cold,a chest cold,the sniffles,a nasty cold,a bad cold,a little cold,a cold}; the sniffles; sniffles; come down with a cold; came down with a cold; coming down with a cold; a cold that {wont,won't} go away; cold {i,she,he} {cant,can't} shake; nose {is,was} running like a faucet; nose like a faucet
@ influenza
i: knocked out by the flu; flu knocked {me,her,him} out; {caught,got,had} the flu bug; flu bug; {down,laid up} with the flu
@ influenza like illness
i: {felt,feel,feels,feeling} like {i,she,he} got hit by a truck; {felt,feel,feels,feeling} like {i,she,he} got hit by a bus; {felt,feel,feels,feeling} like {i,she,he} got run over; {felt,feel,feels,feeling} like {i,she,he} {have,had,has} the flu; achy and feverish; achy and chilly; flu-ish; fluish; flu ish; shot flu; achy all over like the flu
@ anaphylactic reaction
i: throat {slammed,swelled} shut; {couldn't,couldnt,could not} breathe and {broke,broken} out in hives; {had,got} to use the epi; used the epi
@ hypersensitivity
i: broke out in hives after; {my,her,his} body {reacted,reacts} to it; {my,her,his} body {didn't,didnt} like it; {allergic,allergy} to {it,the shot} i think
@ fall
i: took a tumble; taken a tumble; took a spill; taken a spill; had a spill; went down hard; hit the floor; hit the deck; hit the ground; ended up on the floor; landed on {my,her,his} {back,butt,hip,face,side,knees,knee,wrist,arm}; face planted; faceplanted; face-planted; {tripped,slipped} and went down; lost {my,her,his} footing; legs went out from under {me,her,him}; feet went out from under {me,her,him}
@ fracture
i: busted {my,her,his} {ankle,wrist,arm,leg,foot,toe,finger,ribs,rib,knee,elbow,shoulder,hand,nose}; cracked a bone; snapped {my,her,his} {ankle,wrist,arm,leg,femur,collarbone}; bone {snapped,broke,cracked}
@ injury
i: banged up; {got,was} banged up; beat up from the fall; all banged up; scraped up; {got,was} scraped up
@ death
i: {she,he} {passed,went} peacefully; {she,he} is in a better place; {she,he} is with the angels; {she,he} is with god now; went to be with {god,jesus}; {she,he} is not with us anymore; {she,he} isn't with us anymore; lost {her,him} last {week,month,night}; we lost {her,him}; {his,her} heart gave out; {she,he} passed in {her,his} sleep; {she,he} {kicked,kick} the bucket
@ cardiac arrest
i: heart gave out; {her,his} heart quit; heart just stopped; they had to bring {her,him} back; brought {her,him} back; they lost {her,him} for a few minutes; they had to shock {her,him}
@ hemorrhage
i: bleeding like a stuck pig; bleeding everywhere; blood everywhere; {wouldn't,wouldnt} stop bleeding; {couldn't,couldnt} stop the bleeding; bled like crazy; bleeding like crazy; gushing blood; pouring blood
@ epistaxis
i: nose {wouldn't,wouldnt} stop bleeding; nose {was,is} pouring blood; nose {gushing,gushed} blood; bloody nose that {wouldn't,wouldnt} stop; nose {bleeds,bleeding} like a faucet
@ peripheral edema
i: legs {are,were} like tree trunks; ankles {are,were} like {balloons,grapefruits,tree trunks}; feet {are,were} like {balloons,water balloons}; feet {swelled,swelled up} like balloons; cankles; {cant,can't} get {my,her,his} shoes on; socks leave dents; sock marks
@ flushing
i: red as a tomato; red as a beet; red as a lobster; face {lit,lights} up red; face {was,is} on fire; turned red like a tomato; face {felt,feels} like it {was,is} on fire
@ hot flush
i: {having,having a,had a,get,getting} {hot flash,hot flashes,power surge,power surges}; sweating like {i'm,im,i am} in a sauna; burning up out of nowhere; waves of heat; heat waves
@ erectile dysfunction
i: nothing happening down there; {cant,can't} perform in bed; trouble in the bedroom; problems in bed; not working down there; {my,his} thing {wont,won't} work
@ libido decreased
i: zero interest in {sex,intimacy}; sex drive {is,was} dead; sex drive {went,has gone} out the window; libido {is,was} dead; libido went out the window; no drive at all; not interested in {my,her,his} {husband,wife,partner} anymore
@ spontaneous abortion
i: lost the baby; lost {my,her} baby; {she,i} lost the pregnancy; baby {didn't,didnt} make it; {the,my,her} pregnancy {didn't,didnt} make it; pregnancy {ended,failed}; pregnancy {was,is} gone; heartbeat stopped
@ disease progression
i: cancer {is,was} growing again; cancer {is,was} back and worse; scans {were,are,came back} bad; scans {were,are} not good; scan {was,is} not good; scan {was,came back} bad; {the,her,his,my} scans showed growth; tumor {markers,numbers} went up; tumor {markers,numbers} {are,were} up; cancer {is,was} spreading again; treatment stopped working and the cancer grew; {the,my,her,his} cancer took off
@ condition aggravated
i: worse than ever; worse than it's ever been; worse than its ever been; worst {it's,its,it has} ever been; flaring like crazy; flared like crazy; going crazy again; out of control again; acting up again; acting up bad; came back with a vengeance; back with a vengeance; went haywire; {my,her,his} {skin,joints,gut,stomach} {went,is going} haywire; {my,her,his} {skin,joints,gut} {is,are} on fire
@ adverse event (unspecified)
i: {doesn't,doesnt,didn't,didnt} agree with {me,her,him}; {didn't,didnt} sit well with {me,her,him}; side effects from hell
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
    ("LFTs; LFT; LFT's; liver function tests; liver function test; liver enzymes; liver enzyme; liver enzyme levels; liver tests; liver labs; liver panel; hepatic enzymes; hepatic panel; liver function; ~liver numbers; ~liver levels; ~liver values; ~liver counts", "liver enzyme increased", ""),
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
    ("QTc; QT; QT interval; QTc interval", "qt prolongation", ""),
    ("blood pressure readings; BP readings; BPs", "hypertension", "hypotension"),
    ("heart rate; HR; pulse; pulse rate", "tachycardia", "bradycardia"),
    ("oxygen; O2; O2 sat; O2 sats; sats; oxygen saturation; oxygen sat; pulse ox; SpO2; oxygen level; oxygen levels; O2 saturation; O2 level", "", "hypoxia"),
    ("EF; ejection fraction; LVEF", "", "ejection fraction decreased"),
    ("urine protein; protein in urine; microalbumin; albumin/creatinine ratio; UACR", "proteinuria", ""),
    ("albumin; serum albumin; albumin level", "", "hypoalbuminemia"),
    ("IOP; eye pressure; intraocular pressure; eye pressures", "intraocular pressure increased", ""),
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
    "liver enzyme increased", "blood bilirubin increased", "blood alkaline phosphatase increased",
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
                        add(f"{name} {phrase}", term, "lab", case, template=True)
                for prefix in prefixes:
                    add(f"{prefix} {name}", term, "lab", case, template=True)


# ------------------------------------------------------- numeric readings
def _values(start: float, stop: float, step: float, digits: int = 0) -> list[str]:
    count = round((stop - start) / step) + 1
    return [f"{start + k * step:.{digits}f}" for k in range(count)]


def _thousands(values: list[int]) -> list[str]:
    """500 -> ["500"]; 1200 -> ["1200", "1,200"]: HCPs write both."""
    out = []
    for value in values:
        out.append(str(value))
        if value >= 1000:
            out.append(f"{value:,}")
    return out


# (subjects, links, values, term): "sugar was 48", "ANC 600", "hgb 7.9", "lipase 1,200"
READINGS: list[tuple[list[str], list[str], list[str], str]] = [
    (["sugar", "blood sugar", "glucose", "BG"], ["was", "dropped to", ""], _values(20, 69, 1), "hypoglycemia"),
    (["sugar", "blood sugar", "glucose"], ["was", "went up to", "over"], _values(300, 600, 50), "hyperglycemia"),
    (["ANC", "ANC was", "ANC of", "ANC dropped to"], [""], _values(0, 900, 100) + _values(0.1, 0.9, 0.1, 1),
     "neutrophil count decreased"),
    (["WBC", "WBC was", "white count", "white count was"], [""], _values(0.5, 3.5, 0.1, 1), "white blood cell count decreased"),
    (["hgb", "hgb was", "hemoglobin", "hemoglobin was", "hb"], [""], _values(5.0, 9.9, 0.1, 1), "anemia"),
    (["lipase", "lipase was", "lipase of"], [""],
     _thousands([300, 400, 500, 600, 700, 800, 900, *range(1000, 3001, 100), 4000, 5000]), "lipase increased"),
    (["troponin", "troponin was", "troponin of", "troponin over"], [""],
     ["0.05", "0.1", "0.2", "0.5", "1.0", "2.0", *_thousands([50, 100, 500, 1000, 2000, 5000, 10000])],
     "troponin increased"),
    (["ALT", "AST", "ALT was", "AST was"], [""], _thousands([200, 300, 400, 500, 800, 1000, 2000]), "transaminases increased"),
    (["creatinine", "creatinine was", "creatinine of"], [""], _values(2.0, 6.0, 0.5, 1), "blood creatinine increased"),
    (["CK", "CK was", "CPK", "CPK was"], [""], _thousands([1000, 2000, 5000, 10000, 20000]), "blood creatine phosphokinase increased"),
    (["A1c", "A1c was", "A1c went up to"], [""], _values(8.0, 14.0, 0.5, 1), "glycated hemoglobin increased"),
]


def add_numeric_readings() -> None:
    for subjects, links, values, term in READINGS:
        for subject in subjects:
            case = "i"
            for link in links:
                for value in values:
                    add(" ".join(filter(None, (subject, link, value))), term, "lab", case, template=True)


def build() -> None:
    parse_vocab(VOCAB)
    add_lab_templates()
    for extra in EXTRA_BUILDERS:
        extra()
    if CONFLICTS:
        raise ValueError("\n".join(CONFLICTS))
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
EXTRA_BUILDERS: list = [add_disease_templates, add_numeric_readings]

def coverage(gold_path: Path) -> str:
    """How many gold AE mentions of a psp_dev-format file, whose event is a
    term of this file, have their exact span text as a surface here.

    A stdlib check of breadth, without the tokenizer: a span the matcher
    would still overlap (a longer surface around it) counts as missed here.
    """
    import json

    part_a = {t for t, (_g, _f, _a) in TERMS.items() if t in PART_A_TERMS}
    ours = set(TERMS) - part_a
    by_key = {(fold(r[0]) if r[3] == "i" else r[0]): r[1] for r in ROWS.values()}
    hits, missed = 0, []
    with open(gold_path, encoding="utf-8") as lines:
        for line in lines:
            for mention in json.loads(line).get("ae_mentions", []):
                if mention["event"].lower() not in ours:
                    continue
                text = mention["text"]
                if by_key.get(text) or by_key.get(fold(text)):
                    hits += 1
                else:
                    missed.append(text)
    total = hits + len(missed)
    return f"{hits}/{total} gold AE spans of part-B events are surfaces here; missed: {missed}"


if __name__ == "__main__":
    build()
    if len(sys.argv) == 3 and sys.argv[1] == "--coverage":
        print(coverage(Path(sys.argv[2])))
        sys.exit(0)
    n_terms, n_rows = write()
    print(f"events_b.tsv: {n_rows} rows; event_terms_b.tsv: {n_terms} terms", file=sys.stderr)
