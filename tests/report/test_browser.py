"""The report in a real headless browser (Debian's chromium driven by Playwright).

Skipped, with the reason, only where no chromium or no playwright is installed
(``.ci/setup.d/50-chromium.sh`` installs chromium in CI; playwright is in the
test extra and never downloads a browser of its own).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pvflag.report import load_report_inputs, write_report

from ._data import NOW

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip(
        "no chromium "
        "on PATH: install Debian's chromium (bash .ci/setup.d/50-chromium.sh) to run the browser tests",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'"
)

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Opened:
    """A loaded report page with everything it logged and every request it tried."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1366, "height": 850})
        self.console: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.route("**/*", self._route)
        self.page.goto(self.url, wait_until="load")

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url == self.url or url.startswith(("data:", "about:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def shown_ids(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "article.rec", "els => els.filter(e => !e.hidden && e.offsetParent !== null).map(e => e.id)"
        )


@pytest.fixture
def report_path(input_files: list[Path], tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    write_report(input_files, path, now=NOW)
    return path


@pytest.fixture
def opened(browser: Any, report_path: Path) -> Iterator[Opened]:
    page = Opened(browser, report_path)
    yield page
    page.page.close()


def test_loads_without_console_errors_or_requests(opened: Opened) -> None:
    assert opened.page.title() == "pvflag review report"
    assert opened.console == []
    assert opened.requests == []
    assert opened.page.is_visible("form#filters")  # the script ran and showed the filters
    assert opened.page.inner_text("#shown") == "4 of 4 records shown"


@pytest.mark.parametrize(
    ("category", "assertion", "reportable", "expected"),
    [
        ("", "", False, ["rec-r1", "rec-r2", "rec-r3", "rec-r4"]),
        ("pregnancy", "", False, ["rec-r2"]),
        ("", "negated", False, ["rec-r1", "rec-r2"]),
        ("adverse_event", "present", False, ["rec-r1", "rec-r3"]),
        ("adverse_event", "hypothetical", False, ["rec-r2"]),
        ("overdose", "negated", False, []),
        ("drug", "", False, ["rec-r1", "rec-r2", "rec-r3"]),
        ("error", "", False, ["rec-r4"]),
        ("", "", True, ["rec-r1", "rec-r2", "rec-r3"]),
        ("", "education", True, ["rec-r3"]),
    ],
)
def test_filters_show_the_right_records(
    opened: Opened, category: str, assertion: str, reportable: bool, expected: list[str]
) -> None:
    page = opened.page
    page.select_option("#f-cat", category)
    page.select_option("#f-asr", assertion)
    page.set_checked("#f-rep", reportable)
    assert opened.shown_ids() == expected
    assert page.inner_text("#shown") == f"{len(expected)} of 4 records shown"
    assert opened.console == []


def test_filter_dims_marks_of_other_categories(opened: Opened) -> None:
    page = opened.page
    background = "el => getComputedStyle(el).backgroundColor"
    drug_mark = page.locator("#rec-r1 mark[data-kind=drug]")
    before = drug_mark.evaluate(background)
    page.select_option("#f-cat", "adverse_event")
    assert drug_mark.evaluate(background) == "rgba(0, 0, 0, 0)"
    assert page.locator("#rec-r1 mark[data-f='0']").evaluate(background) != "rgba(0, 0, 0, 0)"
    page.select_option("#f-cat", "")
    assert drug_mark.evaluate(background) == before


def test_filters_work_from_the_keyboard(opened: Opened) -> None:
    page = opened.page
    page.focus("#f-cat")
    page.keyboard.press("End")  # last option: record errors
    assert page.eval_on_selector("#f-cat", "e => e.value") == "error"
    assert opened.shown_ids() == ["rec-r4"]
    summary = page.locator("#rec-r4 summary")
    summary.focus()
    was_open = page.eval_on_selector("#rec-r4 details", "d => d.open")
    page.keyboard.press("Enter")
    assert page.eval_on_selector("#rec-r4 details", "d => d.open") is (not was_open)


def test_expand_and_collapse_buttons(opened: Opened) -> None:
    page = opened.page
    page.click("#collapse")
    assert page.eval_on_selector_all("article details", "ds => ds.map(d => d.open)") == [False] * 4
    page.select_option("#f-cat", "pregnancy")
    page.click("#expand")
    assert page.eval_on_selector_all("article details", "ds => ds.map(d => d.open)") == [
        False,
        True,
        False,
        False,
    ]


def test_highlights_match_the_findings_in_the_browser(opened: Opened, input_files: list[Path]) -> None:
    inputs = load_report_inputs(input_files)
    pieces = opened.page.evaluate(
        """() => Array.from(document.querySelectorAll('article.rec')).map(a => {
              const out = {};
              a.querySelectorAll('.txt mark').forEach(m => {
                 out[m.dataset.f] = (out[m.dataset.f] || '') + m.textContent; });
              return [a.id, out]; })"""
    )
    for (article_id, marks), result in zip(pieces, inputs.scan_results, strict=True):
        assert article_id == f"rec-{result.id}"
        assert {int(k): v for k, v in marks.items()} == {i: f.text for i, f in enumerate(result.findings)}


def _ratio(fg: list[float], bg: list[float]) -> float:
    def luminance(rgb: list[float]) -> float:
        channels = [c / 255 for c in rgb[:3]]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_contrast_meets_wcag_aa(opened: Opened) -> None:
    colours = opened.page.evaluate(
        """() => {
          const rgb = s => s.match(/[\\d.]+/g).map(Number);
          const bgOf = el => { for (; el; el = el.parentElement) {
              const c = rgb(getComputedStyle(el).backgroundColor); if (c.length < 4 || c[3] > 0) return c; }
              return [255, 255, 255]; };
          const sel = ['mark[data-kind=adverse_event]', 'mark[data-kind=special_situation]',
                       'mark[data-kind=drug]', 'mark.np', '.meta', '.chan', '.terms', '.badge',
                       '.clocks li.overdue', '.clocks li.soon', 'ol.fl .k', 'ol.fl em', 'th', 'a',
                       'form.filters label'];
          return sel.flatMap(s => Array.from(document.querySelectorAll(s)).slice(0, 3).map(
              el => [s, rgb(getComputedStyle(el).color), bgOf(el)]));
        }"""
    )
    assert len({s for s, _, _ in colours}) == 15
    low = [(s, round(_ratio(fg, bg), 2)) for s, fg, bg in colours if _ratio(fg, bg) < 4.5]
    assert low == []


def test_print_hides_the_controls(opened: Opened) -> None:
    opened.page.emulate_media(media="print")
    assert not opened.page.is_visible("form#filters")
    assert not opened.page.is_visible("nav.toc")
    assert opened.page.is_visible("#rec-r1 mark[data-f='0']")


def test_screenshot(opened: Opened, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp("report-screenshots")
    opened.page.screenshot(path=str(out / "top.png"))
    opened.page.locator("#records-h").scroll_into_view_if_needed()
    opened.page.screenshot(path=str(out / "records.png"), full_page=True)
    for name in ("top.png", "records.png"):
        data = (out / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000
    print(f"screenshots in {out}")


def test_printing_opens_the_shown_records_and_restores_them(opened: Opened) -> None:
    page = opened.page
    state = "() => Array.from(document.querySelectorAll('article details')).map(d => d.open)"
    page.click("#collapse")
    page.select_option("#f-asr", "negated")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(state) == [True, True, False, False]  # r1, r2 shown; r3, r4 hidden
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate(state) == [False] * 4
    assert opened.console == []


def test_without_javascript_every_record_shows_and_the_filters_stay_hidden(
    browser: Any, report_path: Path
) -> None:
    page = browser.new_page(java_script_enabled=False)
    try:
        page.goto(report_path.resolve().as_uri())
        assert not page.is_visible("form#filters")
        assert page.eval_on_selector_all("article.rec", "els => els.filter(e => !e.hidden).length") == 4
        assert page.is_visible("#rec-r1 mark[data-f='0']")
    finally:
        page.close()
