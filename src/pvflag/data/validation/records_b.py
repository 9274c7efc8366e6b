"""Validation records, part B: SMS, e-mail, portal, chat, Spanish, speech-to-text, more notes."""
# ruff: noqa: E501
from build_corpus import R

# --- SMS with slang and emoji ------------------------------------------------------------------
R("val-066", "sms", "patient", "US", "2026-10-22T19:05:00-04:00", "AB",
  "hey its Jess, the skyrizi shot gave me the worst rash 😩 all over my arms. itchy af",
  ae=[("worst rash", "rash"), ("itchy", "pruritus")], drugs={"skyrizi": "suspect"})
R("val-067", "sms", "patient", "US", "2026-10-22T21:30:00-04:00", "CM",
  "can u resend the copay card pls 🙏 pharmacy says its expired",
  notes="The copay card expired, not the product.")
R("val-068", "sms", "patient", "US", "2026-10-23T07:45:00-04:00", "EH",
  "omg took my ozempik twice this wk by accident 🤦‍♀️ feel kinda queasy",
  ae=[("queasy", "nausea")], ss=[("took my ozempik twice this wk by accident", "overdose"), ("took my ozempik twice this wk by accident", "medication_error")], drugs={"ozempik": "suspect"})
R("val-069", "sms", "patient", "US", "2026-10-23T12:00:00-04:00", "FT",
  "no side effects so far 👍 thx for checking in",
  nae=[("side effects", "negated")])
R("val-070", "sms", "patient", "US", "2026-10-23T22:10:00-04:00", "GP",
  "ngl this humira has me exhausted 24/7 and my throat been sore for a wk 😷",
  ae=[("exhausted", "fatigue"), ("throat been sore", "oropharyngeal pain")], drugs={"humira": "suspect"})
R("val-071", "sms", "patient", "US", "2026-10-24T10:20:00-04:00", "HL",
  "preg test came back positive!! 🤰 im still on my dupixent shots, is that ok??",
  ss=[("preg test came back positive", "pregnancy")], drugs={"dupixent": "suspect"})
R("val-072", "sms", "patient", "US", "2026-10-24T18:40:00-04:00", "IK",
  "pen jammed again 😤 couldnt get my taltz dose in. need a new one",
  ss=[("pen jammed", "product_complaint"), ("couldnt get my taltz dose in", "medication_error")], drugs={"taltz": "suspect"})
R("val-073", "sms", "patient", "US", "2026-10-26T09:00:00-04:00", "JL",
  "lol the wait on hold is killing me 💀 just need my ship date for enbrel",
  nae=[("killing me", "figurative")], drugs={"enbrel": "mentioned"})
R("val-074", "sms", "patient", "US", "2026-10-26T14:15:00-04:00", "KM",
  "been doubling up on my nurtec bc the migraines r so bad, like 4 a day sometimes",
  ss=[("doubling up on my nurtec", "overdose"), ("4 a day", "overdose")], nae=[("migraines", "indication")], drugs={"nurtec": "suspect"})
R("val-075", "sms", "patient", "US", "2026-10-27T08:30:00-04:00", "LN",
  "mounjaro not doing anything for my sugars tbh, a1c still 9 😕",
  ss=[("mounjaro not doing anything for my sugars", "lack_of_efficacy")], drugs={"mounjaro": "suspect"})
R("val-076", "sms", "caregiver", "US", "2026-10-27T20:00:00-04:00", "MO",
  "my mom fainted after her prolia shot today, she hit her head, ER said shes ok and sent her home",
  ae=[("fainted", "syncope"), ("hit her head", "head injury")], drugs={"prolia": "suspect"})
R("val-077", "sms", "patient", "US", "2026-10-28T11:11:00-04:00", "NP",
  "will i get hair loss on this med?? my cousin did on hers",
  nae=[("hair loss", "hypothetical")])

# --- e-mails ---------------------------------------------------------------------------------------
R("val-078", "email", "patient", "US", "2026-10-28T16:00:00-04:00", "OQ",
  "Subject: Question about Cosentyx\n\nHello,\nI wanted to let you know that since my third Cosentyx injection I have had painful sores in my mouth and my gums bleed when I brush. My dentist suggested I report it.\nThank you,\nO.",
  ae=[("painful sores in my mouth", "mouth ulceration"), ("gums bleed", "gingival bleeding")], drugs={"Cosentyx": "suspect"})
R("val-079", "email", "hcp", "US", "2026-10-29T09:30:00-04:00", "PR",
  "Subject: AE report - Rinvoq\n\nDear program team,\nOur patient (initials PR) on Rinvoq 30 mg was admitted on 10/26 with a pulmonary embolism. She is stable on anticoagulation. Please forward to the manufacturer.\nRegards,\nDr. S. Moreau, Rheumatology",
  ae=[("pulmonary embolism", "pulmonary embolism", ("hospitalization",))], drugs={"Rinvoq": "suspect"})
R("val-080", "email", "patient", "US", "2026-10-29T13:45:00-04:00", "QS",
  "Subject: Re: your shipment\n\nHi, the Stelara arrived today but the syringe was cracked and liquid had leaked into the box. I did not use it. Can you send a replacement?\n\nThanks, Q",
  ss=[("syringe was cracked and liquid had leaked", "product_complaint")], drugs={"Stelara": "suspect"})
R("val-081", "email", "patient", "GB", "2026-10-30T08:20:00+00:00", "RT",
  "Subject: breastfeeding on Kesimpta\n\nHello, I have just had my baby and I am breastfeeding. I restarted Kesimpta last week as my neurologist advised. My baby has had a bit of a rash on his cheeks since then. Is Kesimpta safe?\nBest, R",
  ae=[("rash on his cheeks", "rash")], ss=[("I am breastfeeding", "breastfeeding")], drugs={"Kesimpta": "suspect"},
  notes="The breastfed infant is an exposed person: his rash is an AE.")
R("val-082", "email", "patient", "US", "2026-10-30T17:10:00-04:00", "SU",
  "Subject: Thank you\n\nJust wanted to say the nurse educators have been wonderful. Repatha has been smooth sailing, no problems at all. My LDL is finally at goal.\n\nS.",
  drugs={"Repatha": "mentioned"})
R("val-083", "email", "caregiver", "US", "2026-11-02T10:05:00-05:00", "TV",
  "Subject: my husband\n\nMy husband takes Entresto and he was found unresponsive on Saturday, his heart stopped and they did CPR. He is in the ICU now. I thought you should know.\n\nT.",
  ae=[("found unresponsive", "unresponsive to stimuli", ("life_threatening", "hospitalization")), ("heart stopped", "cardiac arrest", ("life_threatening", "hospitalization"))], drugs={"Entresto": "suspect"})
R("val-084", "email", "patient", "US", "2026-11-02T14:50:00-05:00", "UW",
  "Subject: Dupixent for my son?\n\nMy doctor gave me Dupixent for my asthma. My son has eczema and I was thinking of giving him some of my injections. Is that okay?\n\nU.",
  nae=[("asthma", "indication"), ("eczema", "other_person")], drugs={"Dupixent": "mentioned"})
R("val-085", "email", "hcp", "US", "2026-11-03T11:25:00-05:00", "VX",
  "Subject: Birth outcome\n\nTo the safety team: a patient exposed to Aubagio during the first trimester delivered on 10/30 a baby with a cleft palate. The infant is doing well otherwise.\nDr. L. Chen, OB/GYN",
  ae=[("cleft palate", "cleft palate", ("congenital_anomaly",))], ss=[("exposed to Aubagio during the first trimester", "pregnancy")], drugs={"Aubagio": "suspect"})

# --- portal and chat -----------------------------------------------------------------------------
R("val-086", "portal", "patient", "US", "2026-11-03T20:40:00-05:00", "WY",
  "Portal message: I am having trouble breathing and my chest feels tight after the Xolair shot this afternoon. Should I go to the ER?",
  ae=[("trouble breathing", "dyspnoea"), ("chest feels tight", "chest discomfort")], drugs={"Xolair": "suspect"})
R("val-087", "portal", "patient", "US", "2026-11-04T09:15:00-05:00", "XZ",
  "Portal message: Please update my address for Orencia deliveries to 12 Elm St. Thank you.",
  drugs={"Orencia": "mentioned"})
R("val-088", "portal", "patient", "US", "2026-11-04T12:30:00-05:00", "YA",
  "Portal message: My doctor switched me from Humira to Skyrizi. On Humira I had terrible injection site pain. So far no issues with Skyrizi.",
  nae=[("injection site pain", "historical_prior_drug"), ("issues", "negated")], drugs={"Humira": "mentioned", "Skyrizi": "mentioned"})
R("val-089", "portal", "patient", "US", "2026-11-04T17:00:00-05:00", "ZB",
  "Portal message: I'm a home health nurse and I stuck myself with a used Enbrel syringe while giving a patient her dose. What should I do?",
  ss=[("stuck myself with a used Enbrel syringe", "occupational_exposure")], drugs={"Enbrel": "suspect"})
R("val-090", "chat", "patient", "US", "2026-11-05T10:45:00-05:00", "AC",
  "Patient: hi, quick q\nAgent: Hi! How can I help?\nPatient: I've been taking my Trulicity with my prednisone and my sugars are way up, like 300s\nAgent: Thanks for letting us know, please call your doctor today.",
  ae=[("sugars are way up", "hyperglycaemia")], ss=[("taking my Trulicity with my prednisone", "drug_interaction")], drugs={"Trulicity": "suspect", "prednisone": "suspect"})
R("val-091", "chat", "patient", "US", "2026-11-05T15:20:00-05:00", "BE",
  "Patient: is it normal to feel tired after the Tremfya shot?\nAgent: Fatigue can happen for some people. Are you feeling tired now?\nPatient: yeah since yesterday, pretty wiped out",
  ae=[("feel tired", "fatigue"), ("pretty wiped out", "fatigue"), ("feeling tired", "fatigue")], nae=[("Fatigue", "education")], drugs={"Tremfya": "suspect"})
R("val-092", "chat", "patient", "US", "2026-11-06T09:00:00-05:00", "CG",
  "Patient: I read that Emgality can cause constipation, is that true?\nAgent: Constipation is listed in the label. Are you having it?\nPatient: no just curious",
  nae=[("constipation", "hypothetical"), ("Constipation", "education")], drugs={"Emgality": "mentioned"})
R("val-093", "chat", "patient", "US", "2026-11-06T13:40:00-05:00", "DH",
  "Patient: I ran out of Zepbound so I've been using my friend's pens, she's on a higher dose\nAgent: Thank you for telling us. Have you had any side effects?\nPatient: some heartburn and I feel full all the time",
  ae=[("heartburn", "dyspepsia"), ("feel full all the time", "early satiety")], ss=[("using my friend's pens", "misuse_abuse"), ("she's on a higher dose", "overdose")], nae=[("side effects", "agent_question")], drugs={"Zepbound": "suspect"})

# --- Spanish ---------------------------------------------------------------------------------------
R("val-094", "spanish", "patient", "US", "2026-11-09T10:00:00-05:00", "EI", channel="call_note",
  text="Paciente llamó: después de la inyección de Dupixent tiene dolor de cabeza y náuseas. Se le indicó llamar a su médico.",
  ae=[("dolor de cabeza", "headache"), ("náuseas", "nausea")], drugs={"Dupixent": "suspect"})
R("val-095", "spanish", "patient", "ES", "2026-11-09T16:30:00+01:00", "FJ", channel="message",
  text="Hola, desde que empecé con Humira tengo mucho cansancio y se me cae el pelo. ¿Es normal?",
  ae=[("cansancio", "fatigue"), ("se me cae el pelo", "alopecia")], drugs={"Humira": "suspect"})
R("val-096", "spanish", "patient", "US", "2026-11-10T11:15:00-05:00", "GK", channel="transcript",
  text="Agent: ¿Ha tenido algún efecto secundario con Ozempic?\nPatient: No, ninguno. Me siento bien.\nAgent: Perfecto, su próximo envío sale el lunes.",
  nae=[("efecto secundario", "agent_question")], drugs={"Ozempic": "mentioned"})
R("val-097", "spanish", "patient", "US", "2026-11-10T14:00:00-05:00", "HM", channel="message",
  text="Estoy embarazada de 8 semanas y me puse la inyección de Cosentyx la semana pasada. Tengo un poco de diarrea.",
  ae=[("diarrea", "diarrhoea")], ss=[("Estoy embarazada", "pregnancy")], drugs={"Cosentyx": "suspect"})
R("val-098", "spanish", "caregiver", "US", "2026-11-11T09:30:00-05:00", "IN", channel="call_note",
  text="Hija del paciente llamó: paciente hospitalizado por neumonía desde el 9/11, recibe Ocrevus. Se reportó a farmacovigilancia.",
  ae=[("neumonía", "pneumonia", ("hospitalization",))], drugs={"Ocrevus": "suspect"})

# --- speech-to-text, unpunctuated ------------------------------------------------------------------
R("val-099", "speech_to_text", "patient", "US", "2026-11-11T13:20:00-05:00", "JO",
  "agent thank you for calling how can i help patient yeah um so i started the humera last week and i got these like red bumps all over my stomach and they itch real bad agent okay im sorry to hear that",
  ae=[("red bumps", "rash papular"), ("itch", "pruritus")], drugs={"humera": "suspect"})
R("val-100", "speech_to_text", "patient", "US", "2026-11-12T10:40:00-05:00", "KP",
  "patient so the den of sent shot i think it made my eyes real dry and red agent did you see your eye doctor patient not yet",
  ae=[("eyes real dry", "dry eye"), ("red", "ocular hyperaemia")], drugs={"den of sent": "suspect"},
  notes="'den of sent' is a speech-to-text mishearing of Dupixent.")
R("val-101", "speech_to_text", "patient", "US", "2026-11-12T15:10:00-05:00", "LQ",
  "agent any side effects patient no none agent any hospital visits patient no agent okay great your next shipment of skyrizi is scheduled",
  nae=[("side effects", "agent_question")], drugs={"skyrizi": "mentioned"})
R("val-102", "speech_to_text", "patient", "US", "2026-11-13T09:25:00-05:00", "MR",
  "patient i been having chest pain and my heart racing since i started the mounjaro agent when did that start patient like three days ago",
  ae=[("chest pain", "chest pain"), ("heart racing", "palpitations")], drugs={"mounjaro": "suspect"})
R("val-103", "speech_to_text", "caregiver", "US", "2026-11-13T14:55:00-05:00", "NS",
  "caller im calling about my dad he takes the ibrance he got a really high fever and they admitted him for neutropenic fever agent im sorry how is he now caller better hes still in the hospital",
  ae=[("really high fever", "pyrexia", ("hospitalization",)), ("neutropenic fever", "febrile neutropenia", ("hospitalization",))], drugs={"ibrance": "suspect"})
R("val-104", "speech_to_text", "patient", "US", "2026-11-16T10:00:00-05:00", "OT",
  "patient my sister took one of my otezla pills cause she has psoriasis too and she got the runs agent okay thank you for telling us",
  ae=[("got the runs", "diarrhoea")], ss=[("my sister took one of my otezla pills", "misuse_abuse")], nae=[("psoriasis", "indication")], drugs={"otezla": "suspect"})

# --- more notes: special situations, seriousness, context ------------------------------------------
R("val-105", "crm_note", "hcp", "US", "2026-11-16T14:20:00-05:00", "PU",
  "Infusion nurse reports she splashed Ocrevus in her eye while preparing the bag. Rinsed, eye irritation, seen by occupational health.",
  ae=[("eye irritation", "eye irritation")], ss=[("splashed Ocrevus in her eye while preparing the bag", "occupational_exposure")], drugs={"Ocrevus": "suspect"})
R("val-106", "crm_note", "patient", "US", "2026-11-17T09:10:00-05:00", "QV",
  "Pt admits taking extra Nurtec to get high, says it helps her relax. Referred to HCP. Misuse reported to PV.",
  ss=[("taking extra Nurtec to get high", "misuse_abuse")], drugs={"Nurtec": "suspect"})
R("val-107", "crm_note", "patient", "US", "2026-11-17T13:35:00-05:00", "RW",
  "Pt on Xarelto started Humira; pt reports nosebleeds that are hard to stop and easy bruising since starting ibuprofen for knee pain.",
  ae=[("nosebleeds", "epistaxis"), ("easy bruising", "contusion")], ss=[("since starting ibuprofen", "drug_interaction")], nae=[("knee pain", "indication")], drugs={"Xarelto": "suspect", "Humira": "concomitant", "ibuprofen": "suspect"},
  notes="Anticoagulant plus NSAID: interaction; the knee pain is the reason for ibuprofen.")
R("val-108", "crm_note", "patient", "US", "2026-11-18T10:50:00-05:00", "SX",
  "Pt on Stelara for Crohn's; prescriber confirmed she also uses it for hidradenitis, off label use. Pt doing well, no sx.",
  ss=[("uses it for hidradenitis, off label use", "off_label")], nae=[("Crohn's", "indication"), ("sx", "negated")], drugs={"Stelara": "suspect"})
R("val-109", "crm_note", "patient", "US", "2026-11-18T15:05:00-05:00", "TY",
  "Pt on Tecfidera reports flushing and stomach pain after each dose. Also had a relapse of MS last month with new lesions on MRI.",
  ae=[("flushing", "flushing"), ("stomach pain", "abdominal pain upper"), ("relapse of MS", "multiple sclerosis relapse")], drugs={"Tecfidera": "suspect"})
R("val-110", "crm_note", "patient", "US", "2026-11-19T11:30:00-05:00", "UZ",
  "Pt reports she can no longer walk without a cane since the stroke in August while on Xeljanz. Permanent weakness L side.",
  ae=[("stroke", "cerebrovascular accident", ("disability",)), ("Permanent weakness L side", "hemiparesis", ("disability",))], drugs={"Xeljanz": "suspect"})
R("val-111", "crm_note", "patient", "US", "2026-11-19T16:00:00-05:00", "VA",
  "Pt reports thoughts of ending her life since starting Aubagio. Crisis line info given, warm transfer to 988. Urgent AE to PV.",
  ae=[("thoughts of ending her life", "suicidal ideation", ("other_medically_important",))], drugs={"Aubagio": "suspect"})
R("val-112", "crm_note", "patient", "US", "2026-11-20T09:45:00-05:00", "WB",
  "Pt states her dog got into her Otezla bottle and ate 2 tabs. Vet visit, dog vomited. Pt herself fine.",
  nae=[("vomited", "other_person")], drugs={"Otezla": "mentioned"},
  notes="A pet is not an exposed person.")
R("val-113", "crm_note", "patient", "US", "2026-11-20T14:10:00-05:00", "XC",
  "Pt reports anaphylaxis 10 min after Xolair, throat closing, used EpiPen, ambulance to ER, observed 6 hrs then discharged.",
  ae=[("anaphylaxis", "anaphylactic reaction", ("life_threatening", "other_medically_important")), ("throat closing", "throat tightness", ("life_threatening", "other_medically_important"))], drugs={"Xolair": "suspect", "EpiPen": "concomitant"})
R("val-114", "crm_note", "patient", "US", "2026-11-23T10:30:00-05:00", "YD",
  "Pt asks if Repatha can be taken with her new statin. Education provided. Pt reports no symptoms.",
  nae=[("symptoms", "negated")], drugs={"Repatha": "mentioned"},
  notes="A question about a combination is not an interaction.")
R("val-115", "crm_note", "patient", "US", "2026-11-23T15:40:00-05:00", "ZE",
  "Pt stored Trulicity pens in freezer by accident and injected one after thawing. No reaction noted. Med error reported.",
  ss=[("stored Trulicity pens in freezer by accident and injected one", "medication_error")], nae=[("reaction", "negated")], drugs={"Trulicity": "suspect"})
R("val-116", "crm_note", "patient", "US", "2026-11-24T09:20:00-05:00", "AF",
  "Pt's partner is 10 weeks pregnant. Pt is on Aubagio. Pt asks whether this is a concern. Referred to HCP.",
  ss=[("partner is 10 weeks pregnant", "pregnancy")], drugs={"Aubagio": "suspect"})
R("val-117", "crm_note", "patient", "US", "2026-11-24T13:00:00-05:00", "BG",
  "Pt says Emgality no longer helps, back to 15 migraine days a month. No other complaints.",
  ss=[("Emgality no longer helps", "lack_of_efficacy")], nae=[("migraine", "indication")], drugs={"Emgality": "suspect"})
R("val-118", "crm_note", "patient", "US", "2026-11-25T10:15:00-05:00", "CH",
  "Pt on Verzenio reports hospice care started, disease progression with liver mets. Pt passed away 11/23 per daughter follow-up call.",
  ae=[("disease progression", "disease progression", ("death",)), ("passed away", "death", ("death",))], drugs={"Verzenio": "suspect"})
R("val-119", "crm_note", "patient", "CA", "2026-11-25T14:45:00-05:00", "DI",
  "Pt reports taking Cosentyx every week instead of every 4 weeks for the last 2 months due to misunderstanding. No side effects.",
  ss=[("taking Cosentyx every week instead of every 4 weeks", "medication_error"), ("taking Cosentyx every week instead of every 4 weeks", "overdose")], nae=[("side effects", "negated")], drugs={"Cosentyx": "suspect"})
R("val-120", "crm_note", "patient", "US", "2026-11-26T09:00:00-05:00", "EJ",
  "Pt reports mild headache after Ozempic injection yesterday, took Tylenol, gone today. Also asked about travel letter.",
  ae=[("mild headache", "headache")], drugs={"Ozempic": "suspect", "Tylenol": "concomitant"})
R("val-121", "crm_note", "patient", "DE", "2026-11-26T11:00:00+01:00", "FK",
  "Pt berichtet: using Kesimpta, had a miscarriage at 9 weeks on 11/20. Neurologist informed. Fwd to PV.",
  ae=[("miscarriage", "abortion spontaneous", ("other_medically_important",))], ss=[("miscarriage at 9 weeks", "pregnancy")], drugs={"Kesimpta": "suspect"})
R("val-122", "crm_note", "patient", "US", "2026-11-27T10:30:00-05:00", "GL",
  "Pt reports the Humira citrate-free made her injection less painful than the old formula. No issues today. Pt very happy.",
  nae=[("issues", "negated")], drugs={"Humira": "mentioned"})
R("val-123", "crm_note", "patient", "US", "2026-11-30T09:50:00-05:00", "HN",
  "Pt reports a bad reaction to penicillin as a child, hives. Current Dupixent going well.",
  nae=[("hives", "historical_prior_drug")], drugs={"penicillin": "mentioned", "Dupixent": "mentioned"})
R("val-124", "crm_note", "patient", "US", "2026-11-30T13:30:00-05:00", "IO",
  "Pt on Wegovy says the pen label says 1 mg but the box says 0.5 mg, did not inject. PQC submitted.",
  ss=[("pen label says 1 mg but the box says 0.5 mg", "product_complaint")], drugs={"Wegovy": "suspect"})
R("val-125", "crm_note", "patient", "US", "2026-12-01T10:10:00-05:00", "JP",
  "Pt reports she gave herself Skyrizi in the arm while 6 months postpartum and nursing. No problems for baby. Pt has mild ISR.",
  ae=[("ISR", "injection site reaction")], ss=[("nursing", "breastfeeding")], drugs={"Skyrizi": "suspect"})
R("val-126", "crm_note", "patient", "US", "2026-12-01T15:30:00-05:00", "KQ",
  "Pt with RA using Enbrel for her psoriasis and RA both, pt says doc also started it for her uveitis, not approved for that.",
  ss=[("started it for her uveitis, not approved for that", "off_label")], nae=[("RA", "indication"), ("psoriasis", "indication"), ("RA@2", "indication")], drugs={"Enbrel": "suspect"})
