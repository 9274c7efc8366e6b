"""Server-side highlighting: well-formed nesting, pieces that add up to each finding, escaped text."""

from __future__ import annotations

from html import escape, unescape
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvflag.findings import AdverseEventFinding, DrugFinding, Finding, SpecialSituationFinding
from pvflag.report._highlight import CONTROL_PICTURES, highlight, placeable, visible_text


def _tag(index: int, finding: Finding, continued: bool) -> str:
    return f'<mark data-f="{index}"{" data-cont" if continued else ""}>'


class _Pieces(HTMLParser):
    """Checks that marks nest properly and collects the text under each finding index."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[int] = []
        self.text: list[str] = []
        self.pieces: dict[int, list[str]] = {}
        self.openings: dict[int, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "mark", tag
        index = int(dict(attrs)["data-f"] or -1)
        self.stack.append(index)
        self.openings[index] = self.openings.get(index, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        assert tag == "mark" and self.stack, "unbalanced </mark>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for index in set(self.stack):
            self.pieces.setdefault(index, []).append(data)


def _parse(html: str) -> _Pieces:
    parser = _Pieces()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], "marks left open"
    return parser


def _ae(start: int, end: int, text: str) -> AdverseEventFinding:
    return AdverseEventFinding(start=start, end=end, text=text[start:end], term="t")


TEXT = "Pt has HA & N/V on Dupixent, 2 pens by mistake"


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], TEXT),
        ([(7, 9)], 'Pt has <mark data-f="0">HA</mark> & N/V on Dupixent, 2 pens by mistake'),
        # same span twice (N/V = nausea and vomiting): nested, both complete
        (
            [(12, 15), (12, 15)],
            'Pt has HA & <mark data-f="0"><mark data-f="1">N/V</mark></mark> on Dupixent, 2 pens by mistake',
        ),
        # a drug inside a longer span: the longer one is outside
        (
            [(19, 27), (12, 27)],
            'Pt has HA & <mark data-f="1">N/V on <mark data-f="0">Dupixent</mark></mark>, 2 pens by mistake',
        ),
        # crossing spans: the inner one is closed and reopened at the outer one's end
        (
            [(7, 15), (12, 27)],
            'Pt has <mark data-f="0">HA & <mark data-f="1">N/V</mark></mark><mark data-f="1" data-cont>'
            " on Dupixent</mark>, 2 pens by mistake",
        ),
        # adjacent spans, and a span touching the end of the text
        (
            [(7, 9), (9, 11), (39, 46)],
            'Pt has <mark data-f="0">HA</mark><mark data-f="1"> &</mark> N/V on Dupixent, 2 pens by '
            '<mark data-f="2">mistake</mark>',
        ),
        # offsets that do not slice the finding's text back are left out
        ([(7, 99)], TEXT),
    ],
)
def test_highlight_table(spans: list[tuple[int, int]], expected: str) -> None:
    findings: list[Finding] = []
    for start, end in spans:
        text = TEXT[start:end] if end <= len(TEXT) else "HA beyond the end"
        findings.append(AdverseEventFinding(start=start, end=end, text=text, term="t"))
    assert highlight(TEXT, findings, _tag) == expected.replace("&", "&amp;")


def test_text_is_escaped_inside_and_outside_marks() -> None:
    text = 'a <script>alert("x")</script> & b'
    start = text.index("<script>")
    finding = SpecialSituationFinding(start=start, end=start + 8, text="<script>", category="off_label")
    html = highlight(text, [finding], _tag)
    assert "<script>" not in html
    assert html == 'a <mark data-f="0">&lt;script&gt;</mark>alert("x")&lt;/script&gt; &amp; b'


def test_offsets_are_code_points_even_with_emoji() -> None:
    text = "🤦‍♀️ took Humira 👍"
    start = text.index("Humira")
    finding = DrugFinding(start=start, end=start + 6, text="Humira", term="adalimumab")
    parsed = _parse(highlight(text, [finding], _tag))
    assert "".join(parsed.pieces[0]) == "Humira"


def test_placeable_rejects_mismatch_and_empty_spans() -> None:
    assert placeable("abc", _ae(0, 2, "abc"))
    assert not placeable("abc", AdverseEventFinding(start=0, end=2, text="xx", term="t"))
    assert not placeable("abc", AdverseEventFinding(start=1, end=1, text="", term="t"))
    assert not placeable("abc", AdverseEventFinding(start=2, end=5, text="c", term="t"))


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(min_size=1, max_size=60))
    n = len(text)
    bounds = st.integers(min_value=0, max_value=n)
    spans = draw(st.lists(st.tuples(bounds, bounds), max_size=8))
    return text, [(min(a, b), max(a, b)) for a, b in spans]


@settings(max_examples=300, deadline=None)
@given(_text_and_spans())
def test_any_spans_give_wellformed_html_whose_pieces_add_up(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    findings = [_ae(start, end, text) for start, end in spans]
    html = highlight(text, findings, _tag)
    parsed = _parse(html)
    # the visible text is the original text, unchanged (the parser undoes the escaping)
    assert unescape(_strip_tags(html)) == text.translate(CONTROL_PICTURES)
    for index, finding in enumerate(findings):
        if finding.start == finding.end:
            assert index not in parsed.openings
        else:
            assert "".join(parsed.pieces[index]) == finding.text.translate(CONTROL_PICTURES)


def _strip_tags(html: str) -> str:
    import re

    return re.sub(r"<mark[^>]*>|</mark>", "", html)


def test_escape_matches_stdlib_for_plain_text() -> None:
    text = "x < y & z > \"w\" 'v'"
    assert highlight(text, [], _tag) == escape(text, quote=False)


def test_control_characters_are_shown_one_for_one_and_surrogates_replaced() -> None:
    assert visible_text("a\x00b\x1bc\td\r\ne\x7f") == "a\u2400b\u241bc\td\r\ne\u2421"
    assert visible_text("x\ud800y") == "x\ufffdy"
    assert len(visible_text("\x00\x01\x02")) == 3
