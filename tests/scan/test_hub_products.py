"""A hub's own products extend a copy of the lexicon; no rebuild, the shared lexicon unchanged."""

from __future__ import annotations

from pathlib import Path

from pvflag.lexicon import load_lexicon
from pvflag.program import ProductEntry
from pvflag.scanner import Scanner

PROGRAM = Path(__file__).resolve().parents[2] / "examples" / "program.toml"
ZORVEXA = ProductEntry(brand="Zorvexa", generic="zorvetinib", variants=("zorveksa",),
                       indications=("psoriasis",), route="oral")


def test_unknown_brand_is_found_once_the_hub_lists_it():
    text = "Pt started Zorvexa last month and now c/o headache."
    assert "zorvetinib" not in {d.term for d in Scanner().scan(text, id="z").drugs}
    hub = Scanner(products=[ZORVEXA])
    result = hub.scan(text, id="z")
    assert {d.term for d in result.drugs} == {"zorvetinib"}
    assert result.adverse_events and result.adverse_events[0].drug == "Zorvexa"
    assert hub.scan("been on zorveksa 2 wks", id="z").drugs[0].term == "zorvetinib"


def test_hub_products_stamp_a_new_version_and_leave_the_shared_lexicon_alone():
    shared = load_lexicon()
    before = len(shared.drugs)
    hub = Scanner(products=[ZORVEXA])
    assert hub.lexicon.version != shared.version and hub.lexicon.version.startswith(shared.version)
    assert len(load_lexicon().drugs) == before
    assert hub.scan("Zorvexa", id="v").lexicon_version == hub.lexicon.version


def test_indication_of_a_hub_product_is_not_a_new_event():
    hub = Scanner(products=[ZORVEXA])
    result = hub.scan("Pt on Zorvexa for psoriasis, skin clearing nicely.", id="i")
    assert not result.has_adverse_event
    assert {f.assertion for f in result.adverse_events if "psoriasis" in f.text.lower()} == {"indication"}


def test_program_file_products_and_misheard_names():
    scanner = Scanner(program=PROGRAM)
    result = scanner.scan("um so the dupe a cent shot gave me pink eye", id="p")
    assert "dupilumab" in {d.term for d in result.drugs}
