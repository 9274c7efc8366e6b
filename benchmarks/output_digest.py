"""A digest of pvflag's scan output on a fixed corpus: speed work must leave it unchanged.

    python benchmarks/output_digest.py                 # digest of this checkout
    python benchmarks/output_digest.py --rev 2b8851b   # the same for another commit (a git worktree)

The corpus: every text of ../shared/eval/psp_dev, the validation corpus shipped for `pvflag
selftest`, the bundled examples, and 3,000 generated notes (benchmarks/speed.py, seed 5). Each
text is scanned with sensitivity high and balanced; the digest is the SHA-256 of the JSON lines.
Results go to benchmarks/results/output_digest.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    paths = [*sorted((ROOT.parent / "shared/eval/psp_dev").glob("*.jsonl")),
             *sorted((ROOT / "src/pvflag/data/validation").glob("*.jsonl")),
             *sorted((ROOT / "examples").glob("*.jsonl"))]
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                texts.append(record["text"])
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speed import make_corpus

    return texts + [note["text"] for note in make_corpus(3000, seed=5)]


def digest_here(texts: list[str]) -> dict[str, object]:
    from pvflag.scanner import Scanner

    out: dict[str, object] = {"texts": len(texts)}
    for sensitivity in ("high", "balanced"):
        scanner = Scanner(sensitivity=sensitivity)
        sha = hashlib.sha256()
        findings = 0
        for i, text in enumerate(texts):
            result = scanner.scan(text, id=str(i))
            findings += len(result.findings)
            sha.update(result.model_dump_json().encode() + b"\n")
        out[sensitivity] = {"sha256": sha.hexdigest(), "findings": findings}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", help="scan with the pvflag of this commit instead of the checkout")
    parser.add_argument("--texts", help=argparse.SUPPRESS)  # the corpus, handed to the other checkout
    args = parser.parse_args()
    if args.texts:
        result = digest_here(json.loads(Path(args.texts).read_text(encoding="utf-8")))
        print(json.dumps(result))
        return 0
    texts = corpus_texts()
    if args.rev is None:
        result = {"rev": "checkout", **digest_here(texts)}
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), args.rev],
                           check=True)
            try:
                corpus = Path(tmp) / "texts.json"
                corpus.write_text(json.dumps(texts), encoding="utf-8")
                script = str(Path(__file__).resolve())
                code = (f"import sys; sys.path.insert(0, {str(tree / 'src')!r}); "
                        f"sys.argv = ['x', '--texts', {str(corpus)!r}]; "
                        f"exec(compile(open({script!r}).read(), {script!r}, 'exec'), "
                        f"{{'__name__': '__main__', '__file__': {script!r}}})")
                out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                                     env={"PVFLAG_CACHE_DIR": str(Path(tmp) / "cache"), "PATH": ""})
                result = {"rev": args.rev, **json.loads(out.stdout.strip().splitlines()[-1])}
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    print(json.dumps(result, indent=1))
    results = ROOT / "benchmarks/results/output_digest.json"
    recorded = json.loads(results.read_text(encoding="utf-8")) if results.is_file() else {}
    recorded[str(result["rev"])] = result
    results.write_text(json.dumps(recorded, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
