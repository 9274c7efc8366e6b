"""Speed and memory of pvflag against a naive keyword scan and a medspaCy pipeline.

    python benchmarks/speed.py                 # throughput, cold start, peak RSS (100,000 notes)
    python benchmarks/speed.py --notes 20000   # quicker
    python benchmarks/speed.py --million       # flat memory over 1,000,000 streamed records
    python benchmarks/speed.py --cli-jobs --notes 50000   # `pvflag scan --jobs 1` against `--jobs 2`
    python benchmarks/speed.py --density --notes 20000    # notes/s from all-logistics to all-clinical notes
    pip install -e '.[bench]'                  # adds medspaCy for the comparison (never a runtime dependency)

Corpora are made reproducibly (seed 17) by recombining sentences written for this
benchmark into PSP notes of about 300 characters: "dense" draws every sentence from
the clinical pool (about 11 findings a note, a stress test), "hub_mix" one sentence
in five (the rest logistics, as in hub traffic; still 57% of notes reportable).
Each figure is the median of several runs. Results go to benchmarks/results/; the
README next to this file records them with the machine description.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "Pt called re: copay card renewal, reprocessed at specialty pharmacy.",
    "C/o HA and N/V x2d after last Dupixent inj.",
    "Denies fever, chills, rash or itching.",
    "Advised to call HCP if sx worsen.",
    "Pt reports ISR L thigh, redness approx 3 in, resolved in 2 days.",
    "Reviewed common SEs incl nausea, diarrhea and constipation.",
    "Next shipment scheduled for Thursday, cold chain confirmed.",
    "Pt's husband has had a bad cough all week.",
    "Humira pen jammed, no click, med did not dispense; PQC submitted.",
    "Pt reports + home pregnancy test, last Kesimpta inj 2 wks ago.",
    "I've been throwing up every morning since the dose went up.",
    "this ozempik shot has me so nauseous, cant keep anything down",
    "Hx: Otezla d/c'd 2024 d/t diarrhea; now on Sotyktu, doing well.",
    "Pt admitted to hospital w/ pneumonia, still inpatient.",
    "Benefits verification complete, $0 copay, PA approved through 12/2027.",
    "Pt says Aimovig is not working anymore, migraines back to 10 days a month.",
    "Tengo dolor de cabeza y mareo desde que empecé el tratamiento.",
    "My hair is falling out in clumps and I'm exhausted all the time.",
    "Pt on Verzenio + letrozole c/o diarrhea 5x/day and fatigue since C2.",
    "Welcome call completed, injection training booked with RN for Monday 10am.",
    "Pt asked about traveling with the pen; travel letter and cooler info sent.",
    "ALT 3x ULN on labs, platelets low at 90, dose held per rheum.",
    "Pt accidentally injected 2 pens the same morning, no sx currently.",
    "Agent asked about side effects since last dose; pt said none.",
]


# Hub traffic is mostly logistics: benefits, shipments, scheduling, co-pay. These sentences carry no
# adverse event or special situation (a few name the drug or the disease, as real notes do).
ADMIN_SENTENCES = [
    "Outbound call to pt to confirm delivery address for next shipment.",
    "LVM for pt re: refill due date, callback number provided.",
    "Copay card activated, BIN/PCN sent to specialty pharmacy.",
    "PA submitted to payer via CoverMyMeds, pending determination.",
    "Pt requested Spanish-speaking nurse for next training call.",
    "Insurance changed to new employer plan effective 1/1, re-verification started.",
    "Specialty pharmacy confirmed shipment out for delivery tomorrow by noon.",
    "Pt enrolled in foundation assistance, income docs received.",
    "Nurse educator visit rescheduled to Friday at pt request.",
    "Sharps container shipped with starter kit.",
    "Pt verified DOB and address, HIPAA consent on file.",
    "Appeal letter template faxed to prescriber office.",
    "Pt confirmed she stored the pens in the fridge as instructed.",
    "Refill reminder text sent, pt replied C to confirm.",
    "Patient prefers calls after 5pm, updated contact preferences.",
    "Transferred to benefits team for secondary insurance question.",
    "Pt doing well per caregiver, no new concerns reported today.",
    "Script for Dupixent 300 mg Q2W received from dermatology office.",
    "Pt asked how long the copay card is valid; explained renewal each January.",
    "Welcome packet mailed, includes travel pouch and dosing calendar.",
    "Pt states RA is well controlled and she is back at work full time.",
    "Delivery signature required, pt will be home Thursday.",
    "Quarterly check-in completed, adherence calendar reviewed.",
    "Prescriber office called to confirm dose and quantity on the script.",
    "Pt declined nurse support at this time, will call if needed.",
    "Bridge supply approved while PA is pending.",
    "Email sent with portal login instructions.",
    "Pt's daughter is authorized on the account as caregiver.",
    "Benefits investigation shows deductible met for the year.",
    "Case closed per pt request after therapy transferred to a new hub.",
]
CORPORA = {
    # every sentence drawn from SENTENCES: about 11 findings per note, a stress test
    "dense": 1.0,
    # hub traffic: one sentence in five from SENTENCES, the rest logistics
    "hub_mix": 0.2,
}


def make_corpus(n: int, seed: int = 17, target_chars: int = 300, clinical_share: float = 1.0
                ) -> Iterator[dict[str, str]]:
    """``n`` notes of about ``target_chars`` characters; each sentence comes from SENTENCES with
    probability ``clinical_share``, else from ADMIN_SENTENCES."""
    rng = random.Random(seed)
    for i in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < target_chars:
            pool = SENTENCES if clinical_share >= 1.0 or rng.random() < clinical_share else ADMIN_SENTENCES
            parts.append(rng.choice(pool))
        yield {"id": f"n{i:07d}", "text": " ".join(parts)}


def describe_corpus(notes: list[dict[str, str]]) -> dict[str, float]:
    """What a corpus asks of the scanner: findings and reportable notes, from pvflag's own output."""
    from pvflag.scanner import Scanner

    sample = notes[:2000]
    results = list(Scanner().scan_many(sample))
    return {
        "notes": len(notes),
        "mean_chars": round(statistics.mean(len(n["text"]) for n in notes), 1),
        "findings_per_note": round(sum(len(r.findings) for r in results) / len(sample), 2),
        "reportable_share": round(sum(r.reportable for r in results) / len(sample), 3),
    }


def bench_length_scaling(runs: int) -> list[dict[str, float]]:
    """µs per 1,000 characters for one text of 1, 10, 100 and 300 notes joined as one transcript."""
    from pvflag.scanner import Scanner

    scanner = Scanner()
    notes = [n["text"] for n in make_corpus(300, seed=23, clinical_share=0.2)]
    rows = []
    for k in (1, 10, 100, 300):
        text = "\n".join(notes[:k])
        reps = max(1, 300 // k)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            for _ in range(reps):
                scanner.scan(text, id="long")
            times.append((time.perf_counter() - started) / reps)
        seconds = statistics.median(times)
        rows.append({"notes_joined": k, "chars": len(text), "ms": round(seconds * 1000, 2),
                     "us_per_1000_chars": round(seconds * 1e6 / (len(text) / 1000), 1)})
        print("  length", rows[-1], flush=True)
    return rows


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM where /proc has it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _rss_mb()


def bench_pvflag(notes: list[dict[str, str]], runs: int) -> dict[str, float]:
    from pvflag.scanner import Scanner

    scanner = Scanner()
    for _result in scanner.scan_many(notes[:500]):  # warm: lexicon loaded, chunk memo filled
        pass
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for _result in scanner.scan_many(notes):
            pass
        rates.append(len(notes) / (time.perf_counter() - started))
    return {"notes_per_s": round(statistics.median(rates)), "runs": runs}


def bench_keywords(notes: list[dict[str, str]], runs: int) -> dict[str, float]:
    """A bare Aho-Corasick pass over pvflag's event and drug surfaces: no context at all."""
    import ahocorasick

    from pvflag.lexicon import load_lexicon

    lexicon = load_lexicon()
    automaton = ahocorasick.Automaton()
    for surface in {e.surface.lower() for e in lexicon.events} | {d.surface.lower() for d in lexicon.drugs}:
        automaton.add_word(surface, surface)
    automaton.make_automaton()
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for note in notes:
            sum(1 for _ in automaton.iter(note["text"].lower()))
        rates.append(len(notes) / (time.perf_counter() - started))
    return {"notes_per_s": statistics.median(rates), "runs": runs}


def bench_medspacy(notes: list[dict[str, str]], runs: int, sentencizer: str) -> dict[str, float] | None:
    """A medspaCy pipeline built the standard way: target rules from pvflag's event words + ConText."""
    os.environ.setdefault("LOGURU_LEVEL", "WARNING")  # PyRuSH logs every sentence at DEBUG otherwise
    try:
        import medspacy
        from medspacy.ner import TargetRule
    except ImportError:
        return None
    try:
        from loguru import logger

        logger.remove()
    except ImportError:
        pass
    from pvflag.lexicon import load_lexicon

    if sentencizer == "pyrush":
        nlp = medspacy.load()
    else:
        nlp = medspacy.load(medspacy_enable=["medspacy_target_matcher", "medspacy_context"])
        nlp.add_pipe("sentencizer", first=True)
    surfaces = sorted({e.surface for e in load_lexicon().events if e.register != "es"})[:5000]
    nlp.get_pipe("medspacy_target_matcher").add([TargetRule(s, "EVENT") for s in surfaces])
    texts = [n["text"] for n in notes]
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        rates.append(len(texts) / (time.perf_counter() - started))
    return {"notes_per_s": statistics.median(rates), "runs": runs}


def cold_start(runs: int) -> dict[str, float]:
    """Wall time of `pvflag scan note.txt` in a fresh process (import and lexicon load included)."""
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp) / "note.txt"
        note.write_text("Pt c/o HA & N/V after Dupixent inj; denies fever.", encoding="utf-8")
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "pvflag", "scan", str(note), "-o", os.devnull],
                           check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times), "runs": runs}


def peak_rss_subprocess(n: int) -> dict[str, float]:
    # VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts at its parent's size at fork time,
    # so a large benchmark process would be counted in the child's peak
    code = (
        "import sys; sys.path.insert(0, %r); from speed import make_corpus, _peak_rss_mb; "
        "from pvflag.scanner import Scanner; s = Scanner(); "
        "[None for _ in s.scan_many(make_corpus(%d))]; "
        "print(_peak_rss_mb())" % (str(ROOT / "benchmarks"), n)
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return {"peak_rss_mb": float(out.stdout.strip()), "records": n}


def cli_jobs(n: int, runs: int) -> list[dict[str, float]]:
    """`pvflag scan notes.jsonl -o /dev/null --jobs N`, whole command: reading, scanning, writing."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notes.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for note in make_corpus(n, clinical_share=CORPORA["hub_mix"]):
                handle.write(json.dumps(note) + "\n")
        rows = []
        for jobs in (1, 2):
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                subprocess.run([sys.executable, "-m", "pvflag", "scan", str(path), "-o", os.devnull,
                                "--jobs", str(jobs)], check=True, capture_output=True)
                times.append(time.perf_counter() - started)
            seconds = statistics.median(times)
            rows.append({"jobs": jobs, "records": n, "seconds": round(seconds, 2),
                         "records_per_s": round(n / seconds)})
            print("  cli", rows[-1], flush=True)
    return rows


DENSITY_SHARES = (0.0, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0)


def density_curve(n: int, runs: int) -> list[dict[str, object]]:
    """pvflag's throughput as the share of clinical sentences grows from none (pure logistics) to
    all (the dense stress corpus): what a hub can expect from its own mix."""
    rows = []
    for share in DENSITY_SHARES:
        notes = list(make_corpus(n, clinical_share=share))
        row: dict[str, object] = {"clinical_share": share, **describe_corpus(notes),
                                  "pvflag": bench_pvflag(notes, runs)}
        print("  density", row, flush=True)
        rows.append(row)
    return rows


def flat_memory(n: int, every: int) -> list[tuple[int, float]]:
    from pvflag.scanner import Scanner

    scanner = Scanner()
    samples = []
    for i, _result in enumerate(scanner.scan_many(make_corpus(n)), start=1):
        if i % every == 0:
            samples.append((i, round(_rss_mb(), 1)))
            print(f"  {i:>9,} records  peak RSS {samples[-1][1]:.1f} MB", flush=True)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--million", action="store_true")
    parser.add_argument("--cli-jobs", action="store_true", help="time `pvflag scan --jobs 1` and `--jobs 2`")
    parser.add_argument("--density", action="store_true",
                        help="pvflag notes/s as the share of clinical sentences goes from 0 to 1")
    args = parser.parse_args()
    results: dict[str, object] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "processor": platform.processor()},
    }
    if args.million:
        results["flat_memory"] = flat_memory(1_000_000, 100_000)
    elif args.cli_jobs:
        results["cli_jobs"] = cli_jobs(args.notes, args.runs)
    elif args.density:
        results["density"] = density_curve(args.notes, args.runs)
    else:
        corpora: dict[str, object] = {}
        for name, share in CORPORA.items():
            notes = list(make_corpus(args.notes, clinical_share=share))
            row: dict[str, object] = {"clinical_share": share, **describe_corpus(notes)}
            print(name, row, flush=True)
            row["pvflag"] = bench_pvflag(notes, args.runs)
            print(" pvflag", row["pvflag"], flush=True)
            row["keyword_scan"] = bench_keywords(notes, args.runs)
            print(" keywords", row["keyword_scan"], flush=True)
            subset = notes[: min(len(notes), 5000)]
            for variant in ("pyrush", "sentencizer"):
                row[f"medspacy_{variant}"] = bench_medspacy(subset, args.runs, variant)
                print(f" medspacy ({variant})", row[f"medspacy_{variant}"], flush=True)
            measured = [row[k] for k in ("medspacy_pyrush", "medspacy_sentencizer") if row.get(k)]
            if measured:
                best = max(m["notes_per_s"] for m in measured)  # type: ignore[index]
                row["ratio_vs_best_medspacy"] = round(row["pvflag"]["notes_per_s"] / best, 2)  # type: ignore[index]
            corpora[name] = row
        results["corpora"] = corpora
        results["length_scaling"] = bench_length_scaling(args.runs)
        results["cold_start"] = cold_start(5)
        print("cold start", results["cold_start"], flush=True)
        results["peak_rss"] = peak_rss_subprocess(min(args.notes, 100_000))
        print("peak RSS", results["peak_rss"], flush=True)
    name = ("flat_memory.json" if args.million else "cli_jobs.json" if args.cli_jobs
            else "density.json" if args.density else "speed.json")
    out = ROOT / "benchmarks/results" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
