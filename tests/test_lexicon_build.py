"""lexicons/build.py: reproducible package data, source filters, curated-file validation."""

from __future__ import annotations

import csv
import functools
import gzip
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = REPO / "lexicons" / "build.py"
CURATED = REPO / "lexicons" / "curated"
BUILT = REPO / "src" / "pvflag" / "data" / "lexicons"
SHARED = REPO.parent / "shared"


def _load_build_module():
    spec = importlib.util.spec_from_file_location("pvflag_lexicon_build", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


build = _load_build_module()

needs_shared = pytest.mark.skipif(
    not (SHARED / "lexicon-sources").is_dir(),
    reason=f"{SHARED}/lexicon-sources is absent (the shared source snapshot sits beside the checkout)",
)


@functools.lru_cache(maxsize=8)
def _rows_cached(path: Path) -> tuple[dict[str, str], ...]:
    return tuple(_rows(path))


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------- the committed build


@needs_shared
def test_rebuild_reproduces_committed_files(tmp_path):
    build.build(SHARED, tmp_path)
    built = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in BUILT.iterdir() if p.is_file())
    assert built == committed
    different = [n for n in built if (tmp_path / n).read_bytes() != (BUILT / n).read_bytes()]
    assert different == [], f"run `python lexicons/build.py`: {different} are out of date"


@needs_shared
def test_check_flags_a_changed_file(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(BUILT, out)
    assert build.main(["--shared", str(SHARED), "--out", str(out), "--check"]) == 0
    with (out / "drugs.tsv").open("a", encoding="utf-8") as handle:
        handle.write("zzz\tzzz\tzzz\tgeneric\tcurated:common\t\t\n")
    assert build.main(["--shared", str(SHARED), "--out", str(out), "--check"]) == 1


def test_manifest_hashes_and_version_match_files():
    manifest = json.loads((BUILT / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"].startswith(f"{build.LEXICON_RELEASE}+")
    for name, info in manifest["files"].items():
        assert build.sha256(BUILT / name) == info["sha256"], name
    assert {s["name"] for s in manifest["sources"]} == {s["name"] for s in build.SOURCES}
    assert all(s["licence"] and s["attribution"] and s["url"] for s in manifest["sources"])


def test_specialty_products_table():
    rows = _rows(CURATED / "specialty_products.tsv")
    assert len(rows) >= 400
    for row in rows:
        assert row["brand"] and row["generic"] and row["class"], row
        assert build.split_list(row["indications"]), row["brand"]
        assert row["route"] in build.ROUTES, row["brand"]
        assert row["generic"] == row["generic"].lower(), row["brand"]
        for term in build.split_list(row["indications"]) + build.split_list(row["labelled_events"]):
            assert term == term.lower(), (row["brand"], term)
    brands = [r["brand"].lower() for r in rows]
    assert len(brands) == len(set(brands))


@pytest.mark.parametrize(
    ("surface", "canonical", "kind"),
    [
        ("humira", "adalimumab", "brand"),
        ("hue mirror", "adalimumab", "variant"),
        ("humera", "adalimumab", "variant"),
        ("dupe ix sent", "dupilumab", "variant"),
        ("oh zemp ick", "semaglutide", "variant"),
        ("sky rizzy", "risankizumab", "variant"),
        ("talts", "ixekizumab", "variant"),
        ("cosentyx sensoready pen", "secukinumab", "variant"),
        ("adalimumab", "adalimumab", "generic"),
        ("tylenol", "acetaminophen", "brand"),
        ("methylpred", "methylprednisolone", "variant"),
        ("epipen", "epinephrine", "brand"),
        ("aspirin", "aspirin", "generic"),  # a common English word kept by the curated list
        ("the shot", "", "lay"),
        ("lisinopril", "lisinopril", "generic"),  # from the open dictionary
    ],
)
def test_built_drug_rows(surface, canonical, kind):
    matches = [r for r in _rows_cached(BUILT / "drugs.tsv") if r["surface"] == surface]
    assert [(r["canonical"], r["kind"]) for r in matches] == [(canonical, kind)]


def test_built_drugs_have_no_english_words_from_the_open_dictionary():
    english = set((BUILT / "english_words.txt").read_text(encoding="utf-8").split())
    assert 30_000 < len(english) < 45_000
    assert (BUILT / "english_words.txt").stat().st_size < 400_000
    open_rows = [r for r in _rows(BUILT / "drugs.tsv") if r["source"] == "drug-ner"]
    assert open_rows
    assert not [
        r["surface"]
        for r in open_rows
        if r["surface"] in english or len(r["surface"]) < build.MIN_OPEN_DRUG_SURFACE
    ]
    assert not [r["surface"] for r in open_rows if "&lt" in r["surface"] or "{{" in r["surface"]]


def test_imported_context_rules_vocabulary():
    rows = _rows(BUILT / "context_rules_imported.tsv")
    assert {r["category"] for r in rows} <= {
        "negated",
        "possible",
        "hypothetical",
        "historical",
        "other_person",
        "pseudo",
        "terminate",
    }
    assert {r["direction"] for r in rows} <= {"forward", "backward", "bidirectional", "terminate", "pseudo"}
    by_id = {r["id"]: r for r in rows}
    assert len(by_id) == len(rows)
    assert (by_id["medspacy:0"]["phrase"], by_id["medspacy:0"]["category"]) == ("absence of", "negated")
    assert any(i.startswith("negspacy:en_clinical_sensitive:preceding:") for i in by_id)
    terminations = [r for r in rows if r["id"].startswith("negspacy:en_clinical_sensitive:termination:")]
    assert terminations and all(
        (r["category"], r["direction"]) == ("terminate", "terminate") for r in terminations
    )


# ---------------------------------------------------------------- a small synthetic build


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


DRUG_HEADER = "\t".join(
    (
        "variant",
        "canonical",
        "canonical_display_name",
        "is_brand",
        "drugbank_id",
        "mesh_id",
        "medline_plus_id",
        "nhs_url",
        "wikipedia_url",
    )
)
DRUG_ROWS = [
    "zafirlukast\tzafirlukast\tZafirlukast\tfalse\tDB00549\tD000000\ta697007\t\t",
    "accolate\tzafirlukast\tZafirlukast\ttrue\tDB00549\t\t\t\t",
    "zorbitolide\tzorbitolide\tZorbitolide\t\t\tC000001\t\t\t",  # MeSH-only chemical
    "table\ttablomycin\tTablomycin\t\tDB99999\t\t\t\t",  # a common English word
    "&lt;ref name=&quot;x&quot; /&gt;\tzafirlukast\tZafirlukast\t\tDB00549\t\t\t\t",  # wiki markup
    "zq\tzqmab\tZqmab\t\tDB88888\t\t\t\t",  # too short
    "amjevita\tadalimumab-atto\tAdalimumab-atto\t\tDB00051\t\t\t\t",  # curated surface wins
    "adalimumab-bwwd\tadalimumab-bwwd\tAdalimumab-bwwd\t\tDB00051\t\t\t\t",  # suffix folded onto the generic
    "nausea drops\tnauseamycin\tNauseamycin\t\tDB77777\t\t\t\t",  # an event surface
]


@pytest.fixture
def synthetic(tmp_path):
    shared = tmp_path / "shared"
    sources = shared / "lexicon-sources"
    _write(
        sources / "symptom-ontology" / "symp_terms.tsv",
        "symp_id\tterm\tterm_type\tpreferred_name\tumls_cuis\n"
        "SYMP:1\tbackache\tname\tbackache\t\n"
        "SYMP:1\tback pain\tsynonym_exact\tbackache\t\n"
        "SYMP:2\tgiddiness\tname\tgiddiness\t\n"
        "SYMP:3\tventricular tachycardia\tname\tventricular tachycardia\t\n"
        "SYMP:3\tVT\tsynonym_exact\tventricular tachycardia\t\n"
        "SYMP:4\tdischarge\tname\tdischarge\t\n",
    )
    drug_file = sources / "drug-named-entity-recognition" / "drug_variants.tsv.gz"
    drug_file.parent.mkdir(parents=True)
    drug_file.write_bytes(gzip.compress(("\n".join([DRUG_HEADER, *DRUG_ROWS]) + "\n").encode(), mtime=0))
    _write(
        sources / "medspacy-context-rules" / "context_rules_en.json",
        json.dumps(
            {
                "context_rules": [
                    {
                        "category": "NEGATED_EXISTENCE",
                        "literal": "No sign of",
                        "pattern": None,
                        "direction": "FORWARD",
                    },
                    {
                        "category": "FAMILY",
                        "literal": "mother",
                        "direction": "FORWARD",
                        "pattern": [{"LOWER": {"IN": ["mother", "mom"]}}],
                    },
                    {
                        "category": "HISTORICAL",
                        "literal": "history",
                        "direction": "FORWARD",
                        "pattern": [{"LOWER": {"REGEX": "^hx"}}],
                    },
                    {
                        "category": "NEGATED_EXISTENCE",
                        "literal": "but",
                        "pattern": None,
                        "direction": "TERMINATE",
                    },
                ]
            }
        ),
    )
    _write(
        sources / "negspacy-termsets" / "negspacy_termsets.json",
        json.dumps(
            {
                lang: {
                    "pseudo_negations": ["no increase"],
                    "preceding_negations": ["no sign of", "denies"],
                    "following_negations": ["ruled out"],
                    "termination": ["but"],
                }
                for lang in ("en", "en_clinical", "en_clinical_sensitive", "es_clinical")
            }
        ),
    )
    curated = tmp_path / "curated"
    _write(
        curated / "event_terms_x.tsv",
        "term\tgroup\tflags\taggravated\n"
        "back pain\tpain\t\t\nnausea\tgi\t\t\nplaque psoriasis\tdisease\tdisease\tpsoriasis aggravated\n"
        "psoriasis aggravated\tdisease\t\t\n",
    )
    _write(
        curated / "events_x.tsv",
        "surface\tterms\tregister\tcase\nnausea drops\tnausea\tlay\ti\n"
        "Sick to my stomach\tnausea\tlay\t\nHA\tnausea\tabbrev\ts\n",
    )
    header = "\t".join(build.PRODUCT_COLUMNS)
    _write(
        curated / "specialty_products.tsv",
        f"{header}\n"
        "Amjevita\tadalimumab\tTNF inhibitor\tplaque psoriasis;made-up disease\tam jevita\tsc\tnausea\n",
    )
    _write(curated / "common_drugs.tsv", "surface\tcanonical\tkind\nTylenol\tacetaminophen\tbrand\n")
    _write(curated / "drug_lay_references.tsv", "surface\troute\nthe shot\tsc\n")
    return shared, curated, tmp_path / "out"


def test_synthetic_build_filters_and_merges(synthetic, capsys):
    shared, curated, out = synthetic
    manifest = build.build(shared, out, curated=curated)
    assert "made-up disease" in capsys.readouterr().err  # unknown indication warns, does not fail
    drugs = {(r["surface"], r["canonical"]): r for r in _rows(out / "drugs.tsv")}
    assert set(drugs) == {
        ("zafirlukast", "zafirlukast"),
        ("accolate", "zafirlukast"),
        ("adalimumab-bwwd", "adalimumab"),
        ("amjevita", "adalimumab"),
        ("adalimumab", "adalimumab"),
        ("am jevita", "adalimumab"),
        ("tylenol", "acetaminophen"),
        ("the shot", ""),
    }
    assert drugs[("accolate", "zafirlukast")]["kind"] == "brand"
    assert drugs[("adalimumab-bwwd", "adalimumab")]["specialty"] == "1"
    assert drugs[("amjevita", "adalimumab")]["source"] == "curated:specialty"
    filters = manifest["filters"]
    assert (filters["dropped_mesh_only"], filters["dropped_english_word"], filters["dropped_markup"]) == (
        1,
        1,
        1,
    )
    assert (
        filters["dropped_short"],
        filters["dropped_event_surface"],
        filters["dropped_curated_surface"],
    ) == (1, 1, 1)

    events = {(r["surface"], r["case"]): r for r in _rows(out / "events.tsv")}
    assert events[("back pain", "i")]["terms"] == "back pain"  # SYMP aligned onto the curated term
    assert events[("backache", "i")]["terms"] == "back pain"
    assert events[("giddiness", "i")]["source"] == "symp"
    assert events[("sick to my stomach", "i")]["source"] == "curated:events_x"
    assert ("HA", "s") in events
    assert ("ventricular tachycardia", "i") in events
    assert ("vt", "i") not in events and ("discharge", "i") not in events  # too short / ambiguous
    assert manifest["filters"]["symp_surfaces_dropped_short_or_ambiguous"] == 2
    terms = {r["term"]: r for r in _rows(out / "event_terms.tsv")}
    assert terms["giddiness"]["group"] == "nonspecific" and "backache" not in terms

    rules = {r["id"]: r for r in _rows(out / "context_rules_imported.tsv")}
    assert rules["medspacy:0"]["phrase"] == "no sign of"
    assert rules["medspacy:1.1"]["phrase"] == "mom" and rules["medspacy:1"]["category"] == "other_person"
    assert rules["medspacy:3"]["category"] == rules["medspacy:3"]["direction"] == "terminate"
    assert "negspacy:en:preceding:0" not in rules  # same phrase/category/direction as medspacy:0
    assert rules["negspacy:en_clinical_sensitive:pseudo:0"]["category"] == "pseudo"
    assert filters["medspacy_complex_patterns_skipped"] == 1


def test_synthetic_build_is_deterministic(synthetic, tmp_path):
    shared, curated, out = synthetic
    build.build(shared, out, curated=curated)
    build.build(shared, tmp_path / "again", curated=curated)
    for path in out.iterdir():
        assert path.read_bytes() == (tmp_path / "again" / path.name).read_bytes(), path.name


@pytest.mark.parametrize(
    ("file", "text", "message"),
    [
        (
            "events_x.tsv",
            "surface\tterms\tregister\tcase\nthrew up\tnausea\tlay\ti\textra\n",
            r"events_x\.tsv:2: 5 tab-separated fields",
        ),
        (
            "events_x.tsv",
            "surface\tterms\tregister\tcase\nthrew up\tnausea\tslang\ti\n",
            r"events_x\.tsv:2: register 'slang' is not one of clinical, lay",
        ),
        (
            "events_x.tsv",
            "surface\tterms\tregister\tcase\n# comment\nthrew up\tvomiting\tlay\ti\n",
            r"events_x\.tsv:3: event term 'vomiting' is not defined",
        ),
        (
            "events_x.tsv",
            "surface\tterms\tregister\tcase\nthrew up\t\tlay\ti\n",
            r"events_x\.tsv:2: empty required field\(s\) \['terms'\]",
        ),
        (
            "events_y.tsv",
            "surface\tterms\tregister\tcase\nnausea drops\tback pain\tlay\ti\n",
            r"events_y\.tsv:2: surface 'nausea drops' means back pain, conflicting with .*events_x\.tsv:2",
        ),
        (
            "event_terms_y.tsv",
            "term\tgroup\tflags\taggravated\nnausea\tgi\time\t\n",
            r"event_terms_y\.tsv:2: event term 'nausea' .*conflicting with .*event_terms_x\.tsv:3",
        ),
        (
            "event_terms_y.tsv",
            "term\tgroup\tflags\taggravated\nitch\tskinny\t\t\n",
            r"event_terms_y\.tsv:2: group 'skinny' is not one of",
        ),
        (
            "event_terms_y.tsv",
            "term\tgroup\tflags\taggravated\nitch\tskin\tserious\t\n",
            r"event_terms_y\.tsv:2: flag 'serious' is not one of",
        ),
        (
            "specialty_products.tsv",
            "\t".join(build.PRODUCT_COLUMNS) + "\nHumira\tadalimumab\tTNF\tplaque psoriasis\t\tpatch\t\n",
            r"specialty_products\.tsv:2: route 'patch' is not one of sc, iv",
        ),
        (
            "specialty_products.tsv",
            "\t".join(build.PRODUCT_COLUMNS) + "\nHumira\tadalimumab\tTNF\t\t\tsc\t\n",
            r"specialty_products\.tsv:2: empty required field\(s\) \['indications'\]",
        ),
        (
            "specialty_products.tsv",
            "\t".join(build.PRODUCT_COLUMNS)
            + "\nHumira\tadalimumab\tTNF\tplaque psoriasis\t\tsc\t"
            + "\nhumira\tadalimumab\tTNF\tplaque psoriasis\t\tsc\t\n",
            r"specialty_products\.tsv:3: brand 'humira' already listed at .*specialty_products\.tsv:2",
        ),
        ("specialty_products.tsv", "brand\tgeneric\n", r"specialty_products\.tsv:1: header lacks columns"),
        (
            "common_drugs.tsv",
            "surface\tcanonical\tkind\nam jevita\tamoxicillin\tbrand\n",
            r"common_drugs\.tsv:2: surface 'am jevita' names 'amoxicillin', but .*specialty_products\.tsv:2",
        ),
        (
            "common_drugs.tsv",
            "surface\tcanonical\tkind\ntylenol\tacetaminophen\tpill\n",
            r"common_drugs\.tsv:2: kind 'pill' is not one of generic, brand, variant",
        ),
    ],
)
def test_malformed_curated_rows_name_file_and_line(synthetic, file, text, message):
    shared, curated, out = synthetic
    _write(curated / file, text)
    with pytest.raises(build.BuildError, match=message):
        build.build(shared, out, curated=curated)


def test_main_reports_errors_without_traceback(synthetic, capsys):
    shared, curated, _ = synthetic
    _write(curated / "events_x.tsv", "surface\tterms\tregister\tcase\nthrew up\tnausea\tslang\ti\n")
    assert build.main(["--shared", str(shared), "--curated", str(curated), "--out", str(shared / "out")]) == 2
    assert "events_x.tsv:2: register 'slang'" in capsys.readouterr().err


def test_missing_shared_sources(tmp_path):
    with pytest.raises(build.BuildError, match="lexicon-sources not found"):
        build.build(tmp_path, tmp_path / "out")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x93\xa3the\xa2to\x01", ["the", "to", 1]),
        (b"\x81\xa6format\xa2cB", {"format": "cB"}),
        (b"\xdc\x00\x02\xd9\x03and\xcd\x01\x00", ["and", 256]),
    ],
)
def test_msgpack_subset(data, expected):
    assert build._msgpack(data) == (expected, len(data))


def test_list_indications_marks_missing_terms(synthetic, capsys):
    _shared, curated, _ = synthetic
    assert build.main(["--curated", str(curated), "--list-indications"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["made-up disease\tmissing", "plaque psoriasis\tdisease"]


@given(st.text())
def test_matching_key_is_idempotent(text):
    once = build.key(text)
    assert build.key(once) == once
    assert once == once.lower()
    assert "\u2019" not in once and "  " not in once
