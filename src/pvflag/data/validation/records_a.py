"""Validation records, part A: CRM call notes, HCP-reported labs, transcripts."""
# ruff: noqa: E501
from build_corpus import R

# --- CRM call notes ---------------------------------------------------------------------------
R("val-001", "crm_note", "patient", "US", "2026-09-08T10:15:00-04:00", "GW",
  "Refill coordination call. Pt states Cosentyx inj went fine but has had bad HA since Sunday and some dizziness. Told to contact prescriber. AE sent to PV.",
  ae=[("HA", "headache"), ("dizziness", "dizziness")], drugs={"Cosentyx": "suspect"})
R("val-002", "crm_note", "patient", "US", "2026-09-08T13:40:00-04:00", "PL",
  "Benefits verification completed for Tremfya. Copay card activated, $0 out of pocket. Pt has no questions. Ship date confirmed 9/14.",
  drugs={"Tremfya": "mentioned"})
R("val-003", "crm_note", "patient", "US", "2026-09-09T09:05:00-04:00", "DK",
  "Welcome call. Pt starting Rinvoq 15 mg for rheumatoid arthritis. Pt denies fever or rash. Reviewed missed dose instructions.",
  nae=[("rheumatoid arthritis", "indication"), ("fever", "negated"), ("rash", "negated")], drugs={"Rinvoq": "mentioned"})
R("val-004", "crm_note", "patient", "US", "2026-09-09T15:22:00-04:00", "SB",
  "Pt reports injection site swelling and bruising after Taltz pen on L abdomen. Resolved after 3 days. No other sx.",
  ae=[("injection site swelling", "injection site swelling"), ("bruising", "injection site bruising")], drugs={"Taltz": "suspect"})
R("val-005", "crm_note", "caregiver", "US", "2026-09-10T11:00:00-04:00", "EM",
  "Daughter called for pt. Pt hospitalized 9/7 with pneumonia, still admitted. Pt on Ocrevus, last infusion 8/20. Daughter asks to postpone next infusion. Fwd to safety.",
  ae=[("pneumonia", "pneumonia", ("hospitalization",))], drugs={"Ocrevus": "suspect"})
R("val-006", "crm_note", "patient", "US", "2026-09-10T16:45:00-04:00", "RA",
  "Pt states Humira pen misfired, medicine leaked out on skin, did not get full dose. Lot # recorded. Replacement pen sent. PQC filed.",
  ss=[("pen misfired", "product_complaint"), ("did not get full dose", "medication_error")], drugs={"Humira": "suspect"})
R("val-007", "crm_note", "patient", "US", "2026-09-11T08:30:00-04:00", "TN",
  "Pt reports positive pregnancy test yesterday. Last Kesimpta dose 2 wks ago. Pt feels well. Advised to call neurologist.",
  ss=[("positive pregnancy test", "pregnancy")], drugs={"Kesimpta": "suspect"})
R("val-008", "crm_note", "patient", "US", "2026-09-11T14:10:00-04:00", "CJ",
  "Pt took 2 Otezla 30 mg tabs this AM by mistake (forgot she already took one). Mild nausea, otherwise ok.",
  ae=[("nausea", "nausea")], ss=[("took 2 Otezla 30 mg tabs this AM by mistake", "overdose"), ("took 2 Otezla 30 mg tabs this AM by mistake", "medication_error")], drugs={"Otezla": "suspect"})
R("val-009", "crm_note", "patient", "US", "2026-09-14T10:20:00-04:00", "HF",
  "Pt says Aimovig is not working, migraines same as before starting, 12 per month. Wants to discuss switching.",
  ss=[("Aimovig is not working", "lack_of_efficacy")], nae=[("migraines", "indication")], drugs={"Aimovig": "suspect"})
R("val-010", "crm_note", "patient", "US", "2026-09-14T12:00:00-04:00", "LO",
  "Pt called to ask if she can drink alcohol on Xeljanz. Education provided per label. No AE reported.",
  drugs={"Xeljanz": "mentioned"})
R("val-011", "crm_note", "patient", "US", "2026-09-15T09:45:00-04:00", "BQ",
  "Pt reports hx of severe diarrhea on metformin, stopped 2024. Currently on Ozempic, tolerating well, no GI issues.",
  nae=[("diarrhea", "historical_prior_drug"), ("GI issues", "negated")], drugs={"metformin": "mentioned", "Ozempic": "mentioned"})
R("val-012", "crm_note", "patient", "US", "2026-09-15T17:05:00-04:00", "MV",
  "Pt states her husband has bad psoriasis and she wants to know if he can use her Skyrizi. Explained it is prescribed only for her.",
  nae=[("psoriasis", "other_person")], drugs={"Skyrizi": "mentioned"})
R("val-013", "crm_note", "patient", "US", "2026-09-16T10:10:00-04:00", "GA",
  "Pt on Mounjaro reports vomiting x2 days, unable to keep fluids down, went to ER, got IV fluids, sent home same day. Dx dehydration.",
  ae=[("vomiting", "vomiting"), ("dehydration", "dehydration")], drugs={"Mounjaro": "suspect"})
R("val-014", "crm_note", "patient", "US", "2026-09-16T11:30:00-04:00", "YE",
  "Pt reports Enbrel box arrived warm, ice packs melted. Pt did not use the pens. Replacement shipment arranged, PQC submitted.",
  ss=[("Enbrel box arrived warm, ice packs melted", "product_complaint")], drugs={"Enbrel": "suspect"})
R("val-015", "crm_note", "patient", "US", "2026-09-17T09:00:00-04:00", "WI",
  "Pt asked about side effects of Stelara before first dose. Reviewed risk of infections per PI. Pt has no complaints today.",
  nae=[("side effects", "education"), ("infections", "education")], drugs={"Stelara": "mentioned"})
R("val-016", "crm_note", "patient", "US", "2026-09-17T15:15:00-04:00", "UP",
  "Pt reports Dupixent helping with eczema but now has pink eye in both eyes since last week. Using OTC drops.",
  ae=[("pink eye", "conjunctivitis")], nae=[("eczema", "indication")], drugs={"Dupixent": "suspect"})
R("val-017", "crm_note", "caregiver", "US", "2026-09-18T10:40:00-04:00", "AD",
  "Mother of 9 yo pt called. Child given Dupixent 300 mg pen instead of prescribed 200 mg. Child fine, no reaction. Pharmacy error suspected.",
  ss=[("given Dupixent 300 mg pen instead of prescribed 200 mg", "medication_error"), ("given Dupixent 300 mg pen instead of prescribed 200 mg", "overdose")], nae=[("reaction", "negated")], drugs={"Dupixent": "suspect"})
R("val-018", "crm_note", "patient", "US", "2026-09-18T16:20:00-04:00", "KO",
  "Pt's copay assistance renewed through 12/31. Pt mentioned the PA process was a headache but all resolved.",
  nae=[("headache", "figurative")])
R("val-019", "crm_note", "patient", "US", "2026-09-21T09:30:00-04:00", "NS",
  "Pt on Repatha reports muscle aches in legs and back pain x1 wk. Also started a new cholesterol diet. Advised to call cardiologist.",
  ae=[("muscle aches", "myalgia"), ("back pain", "back pain")], drugs={"Repatha": "suspect"})
R("val-020", "crm_note", "patient", "US", "2026-09-21T13:50:00-04:00", "RE",
  "Pt is breastfeeding her 3 month old and restarted Cimzia last week. Baby is feeding well, no issues. Referred to HCP.",
  ss=[("breastfeeding", "breastfeeding")], drugs={"Cimzia": "suspect"})
R("val-021", "crm_note", "patient", "US", "2026-09-22T10:05:00-04:00", "IW",
  "Pt stopped Entresto on her own, says it made her cough constantly and feel lightheaded. Cough better since stopping.",
  ae=[("cough", "cough"), ("lightheaded", "dizziness"), ("Cough", "cough")], drugs={"Entresto": "suspect"})
R("val-022", "crm_note", "patient", "US", "2026-09-22T14:25:00-04:00", "FJ",
  "Pt using Ozempic for weight loss, prescriber wrote it off label, no diabetes. Pt reports constipation and bloating.",
  ae=[("constipation", "constipation"), ("bloating", "abdominal distension")], ss=[("using Ozempic for weight loss", "off_label")], nae=[("diabetes", "negated")], drugs={"Ozempic": "suspect"})
R("val-023", "crm_note", "patient", "US", "2026-09-23T09:10:00-04:00", "OC",
  "Pt reports taking Nurtec with grapefruit juice daily and feels more tired than usual. Pt also on Humira.",
  ae=[("more tired", "fatigue")], ss=[("taking Nurtec with grapefruit juice", "drug_interaction")], drugs={"Nurtec": "suspect", "Humira": "concomitant"})
R("val-024", "crm_note", "hcp", "US", "2026-09-23T15:55:00-04:00", "",
  "RN from Dr Patel's office called: pt on Tecfidera has ALC 0.4 on labs 9/19, lymphopenia grade 3. MD holding drug.",
  ae=[("lymphopenia", "lymphopenia")], drugs={"Tecfidera": "suspect"})
R("val-025", "crm_note", "patient", "US", "2026-09-24T11:45:00-04:00", "BD",
  "Pt says she has been crushing Xeljanz XR tabs to swallow easier. Education given not to crush. No AEs.",
  ss=[("crushing Xeljanz XR tabs", "medication_error")], nae=[("AEs", "negated")], drugs={"Xeljanz": "suspect"})
R("val-026", "crm_note", "patient", "US", "2026-09-24T16:00:00-04:00", "MC",
  "Pt reports new onset hives on arms and face swelling 1 hr after Prolia inj at clinic. Took Benadryl. Resolved overnight.",
  ae=[("hives", "urticaria"), ("face swelling", "swelling face")], drugs={"Prolia": "suspect", "Benadryl": "concomitant"})
R("val-027", "crm_note", "patient", "US", "2026-09-25T10:35:00-04:00", "TL",
  "Pt missed Enbrel dose last week due to travel. Took it 2 days late. Feels fine.",
  drugs={"Enbrel": "mentioned"}, notes="A late dose on its own is not reportable.")
R("val-028", "crm_note", "caregiver", "US", "2026-09-25T14:00:00-04:00", "GR",
  "Wife called: pt passed away 9/22 at home. Cause unknown per family. Pt was on Ibrance. Condolences offered, shipments cancelled.",
  ae=[("passed away", "death", ("death",))], drugs={"Ibrance": "suspect"})
R("val-029", "crm_note", "patient", "US", "2026-09-28T09:20:00-04:00", "SW",
  "Pt reports yeast infection in mouth, thrush, after starting Taltz. Dentist prescribed nystatin.",
  ae=[("yeast infection in mouth", "oral candidiasis"), ("thrush", "oral candidiasis")], drugs={"Taltz": "suspect", "nystatin": "concomitant"})
R("val-030", "crm_note", "patient", "US", "2026-09-28T12:10:00-04:00", "PH",
  "Pt asks what to do if she gets a rash on Rinvoq. Reviewed when to seek care. Pt has no symptoms.",
  nae=[("rash", "hypothetical"), ("symptoms", "negated")], drugs={"Rinvoq": "mentioned"})
R("val-031", "crm_note", "patient", "GB", "2026-09-29T10:00:00+01:00", "JH",
  "Pt reports losing hair in clumps since month 2 of Aubagio. GP aware. Also some tingling in hands.",
  ae=[("losing hair", "alopecia"), ("tingling in hands", "paraesthesia")], drugs={"Aubagio": "suspect"})
R("val-032", "crm_note", "patient", "US", "2026-09-29T14:40:00-04:00", "AV",
  "Pt reports selling some of her Wegovy pens to a coworker. Education provided. Case referred to PV for misuse.",
  ss=[("selling some of her Wegovy pens to a coworker", "misuse_abuse")], drugs={"Wegovy": "suspect"})
R("val-033", "crm_note", "patient", "US", "2026-09-30T08:50:00-04:00", "CS",
  "Pt reports Ocrevus infusion reaction: itchy throat and flushing during infusion, rate slowed, resolved. Completed infusion.",
  ae=[("infusion reaction", "infusion related reaction"), ("itchy throat", "throat irritation"), ("flushing", "flushing")], drugs={"Ocrevus": "suspect"})
R("val-034", "crm_note", "patient", "US", "2026-09-30T13:15:00-04:00", "EB",
  "Pt had knee replacement surgery last year before starting Orencia. No new issues. Ship date confirmed.",
  drugs={"Orencia": "mentioned"})
R("val-035", "crm_note", "patient", "US", "2026-10-01T10:25:00-04:00", "DW",
  "Pt states Forteo pen needle broke off in skin, removed it herself, small bleeding at site. PQC filed, lot captured.",
  ae=[("bleeding at site", "injection site haemorrhage")], ss=[("needle broke off in skin", "product_complaint")], drugs={"Forteo": "suspect"})
R("val-036", "crm_note", "patient", "US", "2026-10-01T15:00:00-04:00", "LF",
  "Pt reports her psoriasis has come back worse than before on Otezla, plaques spreading to back and scalp. Wants to switch.",
  ae=[("psoriasis has come back worse", "psoriasis aggravated")], ss=[("come back worse than before on Otezla", "lack_of_efficacy")], drugs={"Otezla": "suspect"})
R("val-037", "crm_note", "patient", "US", "2026-10-02T09:40:00-04:00", "HW",
  "Pt on Xeljanz reports DVT in left leg dx at urgent care, admitted 2 nights for heparin, now on Eliquis.",
  ae=[("DVT", "deep vein thrombosis", ("hospitalization",))], drugs={"Xeljanz": "suspect", "heparin": "concomitant", "Eliquis": "concomitant"})
R("val-038", "crm_note", "patient", "US", "2026-10-02T11:55:00-04:00", "OP",
  "Pt asked if Repatha can be stored at room temp while traveling. Reviewed storage per label, up to 30 days.",
  drugs={"Repatha": "mentioned"})
R("val-039", "crm_note", "patient", "US", "2026-10-05T10:00:00-04:00", "QZ",
  "Pt reports she used an expired Humira pen (exp 08/2026) on 10/3. No reaction. Reported as med error.",
  ss=[("used an expired Humira pen", "medication_error")], nae=[("reaction", "negated")], drugs={"Humira": "suspect"})
R("val-040", "crm_note", "patient", "US", "2026-10-05T13:30:00-04:00", "VT",
  "Pt on Verzenio reports diarrhea 5-6 times a day and abdominal cramps. Oncologist reduced dose.",
  ae=[("diarrhea", "diarrhoea"), ("abdominal cramps", "abdominal pain")], drugs={"Verzenio": "suspect"})

# --- HCP-reported labs -------------------------------------------------------------------------
R("val-041", "hcp_lab", "hcp", "US", "2026-10-06T09:15:00-04:00", "RK",
  "Call from Dr Nguyen's MA: pt on Xeljanz, labs 10/2 show ALT 210, AST 180 (3x ULN). Elevated liver enzymes. Drug held pending repeat LFTs.",
  ae=[("ALT 210, AST 180", "transaminases increased"), ("Elevated liver enzymes", "hepatic enzyme increased")], drugs={"Xeljanz": "suspect"})
R("val-042", "hcp_lab", "hcp", "US", "2026-10-06T14:20:00-04:00", "MN",
  "Oncology NP reports pt on Ibrance has ANC 700, neutropenia grade 3 on CBC 10/5. Cycle delayed one week.",
  ae=[("neutropenia", "neutropenia")], drugs={"Ibrance": "suspect"})
R("val-043", "hcp_lab", "hcp", "US", "2026-10-07T10:30:00-04:00", "BT",
  "Pharmacist at infusion center: pt on Revlimid, platelets 45K on labs today, thrombocytopenia. Dose held per MD.",
  ae=[("thrombocytopenia", "thrombocytopenia")], drugs={"Revlimid": "suspect"})
R("val-044", "hcp_lab", "hcp", "US", "2026-10-07T16:05:00-04:00", "DL",
  "Nurse from Dr Kim's office: pt on Repatha, lipid panel good, LDL 62. No adverse events. Refill approved.",
  nae=[("adverse events", "negated")], drugs={"Repatha": "mentioned"})
R("val-045", "hcp_lab", "hcp", "US", "2026-10-08T11:20:00-04:00", "PS",
  "Dr Alvarez reports pt on Rinvoq developed shingles, hospitalized 3 days for IV acyclovir. Rinvoq interrupted.",
  ae=[("shingles", "herpes zoster", ("hospitalization",))], drugs={"Rinvoq": "suspect", "acyclovir": "concomitant"})
R("val-046", "hcp_lab", "hcp", "US", "2026-10-08T15:45:00-04:00", "FG",
  "Office nurse: pt on Prolia presented with jaw pain, exposed bone after tooth extraction, dx osteonecrosis of the jaw.",
  ae=[("jaw pain", "pain in jaw", ("other_medically_important",)), ("osteonecrosis of the jaw", "osteonecrosis of jaw", ("other_medically_important",))], drugs={"Prolia": "suspect"})
R("val-047", "hcp_lab", "pharmacist", "US", "2026-10-09T09:35:00-04:00", "CN",
  "Specialty pharmacist reports pt filled Mounjaro 15 mg while on warfarin, INR came back 4.8 on labs. Possible interaction flagged.",
  ae=[("INR came back 4.8", "international normalised ratio increased")], ss=[("Possible interaction", "drug_interaction")], drugs={"Mounjaro": "suspect", "warfarin": "suspect"})
R("val-048", "hcp_lab", "hcp", "US", "2026-10-09T13:00:00-04:00", "SH",
  "Neurologist reports pt on Kesimpta had IgG level low at 4.2 g/L, hypogammaglobulinemia. Recurrent sinus infections x3 this year.",
  ae=[("hypogammaglobulinemia", "hypogammaglobulinaemia"), ("sinus infections", "sinusitis")], drugs={"Kesimpta": "suspect"})
R("val-049", "hcp_lab", "hcp", "US", "2026-10-12T10:10:00-04:00", "WB",
  "Cardiology RN: pt on Entresto with potassium 6.1, hyperkalemia, sent to ED, treated and released same day.",
  ae=[("hyperkalemia", "hyperkalaemia")], drugs={"Entresto": "suspect"})
R("val-050", "hcp_lab", "hcp", "US", "2026-10-12T14:30:00-04:00", "AL",
  "MD office reports pt on Cosentyx new dx of Crohn's disease confirmed on colonoscopy 10/8. Cosentyx discontinued.",
  ae=[("Crohn's disease", "crohn's disease")], drugs={"Cosentyx": "suspect"})

# --- transcripts --------------------------------------------------------------------------------
R("val-051", "transcript", "patient", "US", "2026-10-13T09:00:00-04:00", "JM",
  "Agent: Thanks for calling the Skyrizi support line, how are you feeling?\nPatient: Honestly not great. Since the last shot I've had this awful headache and I feel sick to my stomach.\nAgent: I'm sorry to hear that. Any fever?\nPatient: No fever.",
  ae=[("awful headache", "headache"), ("sick to my stomach", "nausea")], nae=[("fever@2", "negated")], drugs={"Skyrizi": "suspect"})
R("val-052", "transcript", "patient", "US", "2026-10-13T11:10:00-04:00", "AK",
  "Agent: Have you had any side effects since starting Dupixent?\nPatient: Nope, none at all. My skin is so much better.\nAgent: Great. Your next shipment goes out Friday.",
  nae=[("side effects", "agent_question")], drugs={"Dupixent": "mentioned"})
R("val-053", "transcript", "caregiver", "US", "2026-10-13T14:20:00-04:00", "LB",
  "Caller: I'm calling for my son, he's 14, on Humira for Crohn's.\nAgent: How is he doing?\nCaller: He had a seizure at school Tuesday, they took him to the hospital and kept him overnight.\nAgent: I'm so sorry. I'll need to report this to our safety team.",
  ae=[("seizure", "seizure", ("hospitalization", "other_medically_important"))], nae=[("Crohn's", "indication")], drugs={"Humira": "suspect"})
R("val-054", "transcript", "patient", "US", "2026-10-14T10:00:00-04:00", "TR",
  "Agent: Is there anything else I can help with?\nPatient: Well, my mom got really bad nausea on her chemo, I just worry I'll get that on Verzenio.\nAgent: That's understandable. Please talk to your oncologist about anti-nausea options.",
  nae=[("really bad nausea", "other_person")], drugs={"Verzenio": "mentioned"})
R("val-055", "transcript", "patient", "US", "2026-10-14T13:30:00-04:00", "NG",
  "Agent: Calling to check in on your Ozempic.\nPatient: I've been throwing up almost every morning, and I lost like 15 pounds in a month.\nAgent: Have you told your doctor?\nPatient: Not yet.",
  ae=[("throwing up", "vomiting"), ("lost like 15 pounds", "weight decreased")], drugs={"Ozempic": "suspect"})
R("val-056", "transcript", "patient", "US", "2026-10-15T09:40:00-04:00", "PB",
  "Nurse: Before your first Kesimpta injection, let's go over possible side effects like fever, chills and headache.\nPatient: Okay.\nNurse: If you notice any of these, call us.",
  nae=[("side effects", "education"), ("fever", "education"), ("chills", "education"), ("headache", "education")], drugs={"Kesimpta": "mentioned"})
R("val-057", "transcript", "patient", "US", "2026-10-15T15:15:00-04:00", "EO",
  "Agent: Any changes since we last spoke?\nPatient: I found out I'm pregnant, about 6 weeks. I took my Aimovig shot last week before I knew.\nAgent: Congratulations. I'll pass this to our safety team and you should call your neurologist.",
  ss=[("I'm pregnant", "pregnancy")], drugs={"Aimovig": "suspect"})
R("val-058", "transcript", "patient", "US", "2026-10-16T11:00:00-04:00", "RC",
  "Agent: How is the Taltz working?\nPatient: It's not doing anything. My psoriasis is exactly the same after four months.\nAgent: I'll note that and let your dermatologist know.",
  ss=[("It's not doing anything", "lack_of_efficacy")], nae=[("psoriasis", "indication")], drugs={"Taltz": "suspect"})
R("val-059", "transcript", "patient", "US", "2026-10-16T14:45:00-04:00", "WS",
  "Agent: Did you have any problems with the injection?\nPatient: The Enbrel autoinjector didn't click and half the medicine squirted out.\nAgent: Do you still have the device and lot number?\nPatient: Yes, I kept it.",
  ss=[("didn't click and half the medicine squirted out", "product_complaint"), ("half the medicine squirted out", "medication_error")], drugs={"Enbrel": "suspect"})
R("val-060", "transcript", "caregiver", "US", "2026-10-19T10:30:00-04:00", "HM",
  "Caller: My toddler got hold of my husband's Wegovy pen and stuck himself in the leg.\nAgent: Is he okay?\nCaller: He seems fine, a little red spot. We called poison control.",
  ae=[("little red spot", "injection site erythema")], ss=[("got hold of my husband's Wegovy pen and stuck himself", "occupational_exposure")], drugs={"Wegovy": "suspect"})
R("val-061", "transcript", "patient", "US", "2026-10-19T13:20:00-04:00", "GF",
  "Agent: How are things with Otezla?\nPatient: Had some diarrhea the first two weeks but that's gone now. Also I've been feeling really down, kind of hopeless.\nAgent: Thank you for telling me. Have you had any thoughts of hurting yourself?\nPatient: No, nothing like that.",
  ae=[("diarrhea", "diarrhoea"), ("feeling really down", "depressed mood"), ("hopeless", "feeling of despair")], nae=[("thoughts of hurting yourself", "agent_question")], drugs={"Otezla": "suspect"})
R("val-062", "transcript", "patient", "US", "2026-10-20T09:10:00-04:00", "KB",
  "Agent: What medications are you on besides Stelara?\nPatient: Just lisinopril and a baby aspirin.\nAgent: Thank you. Your copay card is all set.",
  drugs={"Stelara": "mentioned", "lisinopril": "mentioned", "aspirin": "mentioned"})
R("val-063", "transcript", "patient", "US", "2026-10-20T15:50:00-04:00", "ZO",
  "Agent: How have you been since the Ocrevus infusion?\nPatient: I got a UTI the week after, my doctor gave me antibiotics. And I had a cold sore.\nAgent: I'll document that for our safety team.",
  ae=[("UTI", "urinary tract infection"), ("cold sore", "oral herpes")], drugs={"Ocrevus": "suspect"})
R("val-064", "transcript", "pharmacist", "US", "2026-10-21T10:00:00-04:00", "LT",
  "Pharmacist: Calling about a shared patient on Mounjaro. She was dispensed 7.5 mg but her script is 2.5 mg, she injected the 7.5 yesterday.\nAgent: Is she having any symptoms?\nPharmacist: Some nausea and she vomited once.",
  ae=[("nausea", "nausea"), ("vomited", "vomiting")], ss=[("dispensed 7.5 mg but her script is 2.5 mg", "medication_error"), ("she injected the 7.5", "overdose")], drugs={"Mounjaro": "suspect"})
R("val-065", "transcript", "patient", "US", "2026-10-21T14:30:00-04:00", "DS",
  "Agent: Anything new with your health?\nPatient: I fell and broke my wrist slipping on ice. Nothing to do with Prolia I'm sure.\nAgent: We still need to report it, thank you.",
  ae=[("broke my wrist", "wrist fracture"), ("fell", "fall")], drugs={"Prolia": "suspect"})
