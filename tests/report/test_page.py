"""The rendered page: self-contained, escaped, right numbers, deadline order, highlights = findings."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvflag.errors import ConfigError
from pvflag.findings import ScanResult
from pvflag.report import ReportInputs, load_report_inputs, render_report, write_report
from pvflag.report._highlight import CONTROL_PICTURES

from ._data import NOW, case_records, scan_records


@pytest.fixture
def page(input_files: list[Path]) -> str:
    return render_report(load_report_inputs(input_files), now=NOW)


def _doc(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def test_page_is_self_contained(page: str) -> None:
    doc = _doc(page)
    assert page.count("<script") == 1  # ours; the note's <script> is escaped
    assert "&lt;script&gt;</mark>alert(1)&lt;/script&gt;" in page
    assert doc.xpath("//@src") == []
    assert all(h.startswith("#") for h in doc.xpath("//@href"))
    assert "url(" not in page and "@import" not in page
    assert re.findall(r"https?://[^\s\"'<]+", page) == ["http://www.w3.org/2000/svg"] * page.count("<svg ")


def test_csp_allows_exactly_the_inline_style_and_script(page: str) -> None:
    doc = _doc(page)
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    style = doc.xpath("//style")[0].text
    script = doc.xpath("//script")[0].text

    def digest(source: str) -> str:
        return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    assert "default-src 'none'" in csp
    assert f"style-src 'sha256-{digest(style)}'" in csp
    assert f"script-src 'sha256-{digest(script)}'" in csp


def test_summary_counts(page: str) -> None:
    doc = _doc(page)
    cards = {
        dt.text: int(dd.text)
        for dt, dd in zip(
            doc.xpath("//dl[@class='cards']//dt"), doc.xpath("//dl[@class='cards']//dd"), strict=True
        )
    }
    assert cards == {
        "Records scanned": 4,
        "Reportable": 3,
        "With adverse event": 2,
        "Serious": 1,
        "Record errors": 1,
        "Cases": 3,
    }
    channel_rows = {
        tr.xpath("string(th)"): [int(td.text) for td in tr.xpath("td")]
        for tr in doc.xpath("//h3[.='By channel']/following-sibling::table[1]/tbody/tr")
    }
    # r3's channel comes from the interactions file; r4 has none
    assert channel_rows == {"call note": [1, 1, 0, 0], "transcript": [2, 2, 1, 0], "unknown": [1, 0, 0, 1]}
    category_rows = {
        tr.xpath("string(th)"): [int(td.text) for td in tr.xpath("td")]
        for tr in doc.xpath("//h3[.='By category']/following-sibling::table[1]/tbody/tr")
    }
    assert category_rows["adverse event"] == [2, 4, 5]  # r1 HA, N/V x2; r3 mistake / 5 not present
    assert category_rows["pregnancy"] == [1, 1, 0]
    assert category_rows["off label"] == [0, 0, 1]
    assert category_rows["overdose"] == [1, 1, 0]


def test_deadline_board_sorted_by_time_left_with_overdue_marked(page: str) -> None:
    doc = _doc(page)
    rows = doc.xpath("//section[@aria-labelledby='deadlines-h']//tbody/tr")
    assert [r.xpath("string(th/span[@class='rid'])") for r in rows] == ["C-OVERDUE", "C-SOON", "C-LATER"]
    assert rows[0].get("class") == "late" and rows[1].get("class") is None
    overdue_clocks = [li.text_content() for li in rows[0].xpath(".//li")]
    # due 2026-11-23 17:00 -05:00 = 22:00 UTC; now 2026-11-24 15:00 UTC
    assert overdue_clocks[0].startswith("OVERDUE by 17h 0m: hub to manufacturer, due 2026-11-23 17:00-05:00")
    assert overdue_clocks[1].startswith("6d 19h left: expedited report")
    soon = rows[1].xpath(".//li")[0]
    assert soon.get("class") == "soon" and soon.text_content().startswith("17h 0m left")
    assert "Not valid" in rows[1].text_content() and "patient" in rows[1].text_content()
    later = [li.text_content() for li in rows[2].xpath(".//li")]
    assert later[0].startswith("10d 19h left") and later[1].startswith("periodic: information only")
    assert rows[2].xpath(".//a/@href") == ["#rec-r3"] and doc.xpath("//article[@id='rec-r3']")


def test_highlights_match_the_findings(page: str, input_files: list[Path]) -> None:
    doc = _doc(page)
    inputs = load_report_inputs(input_files)
    for result in inputs.scan_results:
        article = doc.xpath(f"//article[@id='rec-{result.id}']")[0]
        pieces: dict[int, str] = {}
        for mark in article.xpath(".//div[@class='txt']//mark"):
            index = int(mark.get("data-f"))
            # a mark's own text, without the text of marks nested in it? no: nested text belongs to it too
            pieces[index] = pieces.get(index, "") + mark.text_content()
        assert pieces == {i: f.text for i, f in enumerate(result.findings)}, result.id
        for mark in article.xpath(".//div[@class='txt']//mark"):
            finding = result.findings[int(mark.get("data-f"))]
            assert mark.get("data-kind") == finding.kind
            assertion = getattr(finding, "assertion", None)
            assert mark.get("data-assertion") == assertion
            assert ("neg" in (mark.get("class") or "").split()) == (assertion == "negated")


def test_marks_carry_tooltips_with_term_rule_and_context(page: str) -> None:
    doc = _doc(page)
    titles = [m.get("title") for m in doc.xpath("//article[@id='rec-r1']//mark")]
    assert titles[0].startswith("Adverse event: headache (present)\ndrug: Dupixent\nrule: ae.abbr.ha")
    rash = next(t for t in titles if "rash" in t)
    assert "(negated)" in rash and "context: “Denies” (neg.denies)" in rash


def test_records_carry_filter_data(page: str) -> None:
    doc = _doc(page)
    pairs = {a.get("id"): a.get("data-pairs").split() for a in doc.xpath("//article")}
    assert pairs["rec-r1"] == ["adverse_event:negated", "adverse_event:present", "drug:"]
    assert pairs["rec-r4"] == ["error:"]
    assert "off_label:hypothetical" in pairs["rec-r2"]
    assert [a.get("data-reportable") for a in doc.xpath("//article")] == ["1", "1", "1", "0"]


def test_error_record_and_missing_text_are_shown() -> None:
    inputs = ReportInputs.build(scan_results=scan_records())  # no interactions: r3 has no text
    doc = _doc(render_report(inputs, now=NOW))
    r3 = doc.xpath("//article[@id='rec-r3']")[0]
    assert "Source text not available" in r3.text_content()
    assert len(r3.xpath(".//ol[@class='fl']/li")) == len(scan_records()[2]["findings"])
    r4 = doc.xpath("//article[@id='rec-r4']")[0]
    assert "Not processed: missing_text: record has no 'text' field" in r4.text_content()


def test_mismatched_offsets_are_listed_not_highlighted() -> None:
    record = scan_records()[0]
    record["findings"][0] = {**record["findings"][0], "start": 0, "end": 2}  # "Pt", not "HA"
    doc = _doc(render_report(ReportInputs.build(scan_results=[record]), now=NOW))
    assert "0" not in doc.xpath("//mark/@data-f")
    items = doc.xpath("//article//ol[@class='fl']/li")
    assert "offsets do not match the text" in items[0].text_content()
    assert all("offsets do not match" not in li.text_content() for li in items[1:])


def test_validation_section(page: str) -> None:
    doc = _doc(page)
    section = doc.xpath("//section[@aria-labelledby='validation-h']")[0]
    results = {tr.xpath("string(th)"): tr.xpath("string(td[1])") for tr in section.xpath("table[1]/tbody/tr")}
    assert results == {"out/batch.xml": "invalid", "out/clean.xml": "valid"}
    assert "sender's case id <missing>" in section.text_content()
    assert "&lt;missing&gt;" in page


def test_nothing_optional_is_rendered_for_scan_output_alone() -> None:
    page = render_report(ReportInputs.build(scan_results=scan_records()[:1]), now=NOW)
    assert "deadlines-h" not in page and "validation-h" not in page and "problems-h" not in page


def test_naive_now_is_refused() -> None:
    with pytest.raises(ConfigError, match="timezone-aware"):
        render_report(ReportInputs(), now=datetime(2026, 1, 1))


def test_output_is_reproducible(input_files: list[Path], tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_report(input_files, first, now=NOW)
    write_report(input_files, second, now=NOW)
    assert first.read_bytes() == second.read_bytes()


def test_input_problems_section_lists_unusable_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "a", "reportable": false}\n{oops\n', encoding="utf-8")
    doc = _doc(render_report(load_report_inputs([path]), now=NOW))
    row = doc.xpath("//section[@aria-labelledby='problems-h']//tbody/tr")[0]
    assert [td.text_content() for td in row.xpath("td")][:2] == [str(path), "2"]


_finding_text = st.text(min_size=1, max_size=80)


@settings(max_examples=60, deadline=None)
@given(text=_finding_text, data=st.data())
def test_any_text_renders_and_round_trips(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    record = {
        "id": "<r&1>",
        "reportable": True,
        "text": text,
        "findings": [
            {
                "kind": "special_situation",
                "start": start,
                "end": end,
                "text": text[start:end],
                "category": "overdose",
            },
            {
                "kind": "adverse_event",
                "start": start,
                "end": end,
                "text": text[start:end],
                "term": "<b>x</b>",
            },
        ],
    }
    page = render_report(ReportInputs.build(scan_results=[ScanResult.model_validate(record)]), now=NOW)
    assert page.count("<script") == 1
    doc = _doc(page)
    txt = doc.xpath("//div[@class='txt']")[0]

    # control characters are shown as their pictures; HTML parsing turns CR LF and CR into LF
    expected = text.translate(CONTROL_PICTURES).replace("\r\n", "\n").replace("\r", "\n")
    assert txt.text_content() == expected
    assert doc.xpath("//article/@id") == ["rec-_3cr_261_3e"]


def test_cli_module_does_not_import_the_renderer() -> None:
    code = "import sys, pvflag.cli._report; print('pvflag.report' in sys.modules, 'lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_cases_only_report_has_a_deadline_board() -> None:
    page = render_report(ReportInputs.build(cases=case_records()), now=NOW)
    assert "Deadline board" in page and "No scan results were given." in page
    assert "#rec-" not in page  # no links to records that are not in the page


def test_lone_surrogates_from_json_do_not_break_writing(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "x\\ud800", "reportable": false, "text": "bad \\udc00 text"}\n', encoding="utf-8")
    out = tmp_path / "s.html"
    write_report([path], out, now=NOW)
    page = out.read_text(encoding="utf-8")
    assert "bad \ufffd text" in page and "x\ufffd" in page


def test_public_api_is_lazy() -> None:
    code = (
        "import sys, pvflag; loaded = 'pvflag.report' in sys.modules; "
        "from pvflag.report import render_report; print(loaded, pvflag.render_report is render_report)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


def test_repeated_record_ids_get_unique_html_ids() -> None:
    records = [{"id": "dup", "reportable": False}, {"id": "dup", "reportable": True}, {"id": "dup"}]
    doc = _doc(render_report(ReportInputs.build(scan_results=records), now=NOW))
    assert doc.xpath("//article/@id") == ["rec-dup", "rec-dup~2", "rec-dup~3"]


def test_findings_list_says_what_the_tooltips_say(page: str) -> None:
    doc = _doc(page)
    lines = [li.text_content() for li in doc.xpath("//article[@id='rec-r1']//ol[@class='fl']/li")]
    assert lines[0] == "AE “HA” → headache · present · Dupixent · rule ae.abbr.ha"
    assert lines[3] == "Drug “Dupixent” → dupilumab · suspect"
    assert lines[4] == "AE “rash” → rash · negated · rule ae.lay.rash (cue “Denies”)"
    r3 = [li.text_content() for li in doc.xpath("//article[@id='rec-r3']//ol[@class='fl']/li")]
    assert r3[-1] == "AE “mistake” → hospitalised · present · serious: hospitalization"
