"""The selftest evidence report as one self-contained HTML page, for a QA reviewer.

Plain language, results in words and colour (never colour alone), no scripts and
no external resources, so that it prints and files as it is.
"""
# ruff: noqa: E501  (the stylesheet and page text are data, kept one rule or sentence per line)

from __future__ import annotations

from html import escape
from typing import Any

from pvflag.validation.models import CheckResult, SelftestReport

__all__ = ["render_html"]

_STATUS_WORDS = {"pass": "PASS", "fail": "FAIL", "not_run": "NOT RUN"}
_VERDICT_WORDS = {"pass": "PASSED", "fail": "FAILED", "incomplete": "INCOMPLETE"}
_TEST_WORDS = {"passed": "passed", "failed": "FAILED", "skipped": "skipped", "not_run_here": "not run here"}

_STYLE = """
body{font:15px/1.5 system-ui,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#111;margin:0;background:#fff}
.wrap{max-width:1100px;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;border-bottom:2px solid #111;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.5rem 0}
th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f1f1f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.verdict{border:3px solid;border-radius:8px;padding:.75rem 1rem;font-size:1.15rem;margin:1rem 0}
.verdict strong{font-size:1.5rem;margin-right:.5rem}
.s-pass{color:#0f5323;background:#e3f4e8;border-color:#146c2e}
.s-fail{color:#8f1d12;background:#fde8e6;border-color:#b42318}
.s-not_run,.s-incomplete{color:#6b3a00;background:#fff4d6;border-color:#8a4b00}
span.badge{display:inline-block;font-weight:700;padding:0 .4rem;border-radius:4px;border:1px solid;white-space:nowrap}
.muted{color:#4a4a4a;font-size:.88rem}code{font-size:.85rem;overflow-wrap:anywhere}
.sign td{height:2.2rem}
@media print{.verdict,span.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _badge(status: str) -> str:
    return f'<span class="badge s-{_e(status)}">{_STATUS_WORDS.get(status, status.upper())}</span>'


def _measured(check: CheckResult) -> str:
    if isinstance(check.measured, float):
        return f"{check.measured:.2f}"
    return _e(check.measured) if check.measured is not None else ""


def render_html(report: SelftestReport) -> str:
    env = report.environment
    counts = {s: sum(1 for c in report.checks if c.status == s) for s in ("pass", "fail", "not_run")}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>pvflag {_e(report.package_version)} validation report: {_VERDICT_WORDS[report.verdict]}</title>",
        f'<style>{_STYLE}</style></head><body><main class="wrap">',
        "<h1>pvflag validation report: installation and operational qualification</h1>",
        f'<div class="verdict s-{_e(report.verdict)}" role="status"><strong>{_VERDICT_WORDS[report.verdict]}</strong>'
        f"{_e(report.summary.split(': ', 1)[-1])}</div>",
        "<table><tbody>",
        f"<tr><th scope=row>Software</th><td>pvflag {_e(report.package_version)}</td></tr>",
        f"<tr><th scope=row>Vocabulary (lexicon) version</th><td>{_e(report.lexicon_version or 'could not be loaded')}"
        f" ({_e(report.lexicon_dir)})</td></tr>",
        f"<tr><th scope=row>Run on</th><td>{_e(report.started_at.isoformat())}</td></tr>",
        f"<tr><th scope=row>Computer</th><td>{_e(env.get('computer_name'))} &middot; {_e(env.get('platform'))} "
        f"&middot; {_e(env.get('machine'))}</td></tr>",
        f"<tr><th scope=row>Python</th><td>{_e(env.get('python'))} ({_e(env.get('python_implementation'))})</td></tr>",
        f"<tr><th scope=row>Installed at</th><td><code>{_e(env.get('pvflag_location'))}</code></td></tr>",
        f"<tr><th scope=row>Checks</th><td>{counts['pass']} passed, {counts['fail']} failed, "
        f"{counts['not_run']} not run; took {report.duration_seconds:.1f} s</td></tr>",
        "</tbody></table>",
        "<h2>What this report shows</h2>",
        "<p>pvflag ran a fixed set of checks on this installation without any network access. It checked that its "
        "vocabulary and rule files are exactly the released ones, read a bundled set of 126 fictional patient-support "
        "interactions whose adverse events and special situations were marked by hand, and compared what it found with "
        "those marks against acceptance limits set before the release. It also computed reporting deadlines for dated "
        "scenarios whose due times were worked out by hand, built cases, wrote them as an ICH E2B(R3) file and "
        "validated that file. <b>PASS</b> means the result met its limit; <b>FAIL</b> means it did not; "
        "<b>NOT RUN</b> means the check could not be done here and is <em>not</em> a pass.</p>",
        "<h2>Requirements and how each was verified (traceability matrix)</h2>",
        "<table><thead><tr><th>Requirement</th><th>Result</th><th>Selftest checks</th>"
        "<th>Development tests (run at release)</th></tr></thead><tbody>",
    ]
    status_of = {c.id: c.status for c in report.checks}
    for req in report.requirements:
        checks = ", ".join(
            f'<a href="#{_e(c)}">{_e(c)}</a> {_STATUS_WORDS.get(status_of.get(c, "not_run"))}'
            for c in req.checks
        )
        tests = "<br>".join(f"<code>{_e(t.test_id)}</code>: {_TEST_WORDS[t.result]}" for t in req.tests)
        parts.append(
            f'<tr id="{_e(req.id)}"><td><b>{_e(req.id)}</b> ({_e(req.area)})<br>{_e(req.text)}</td>'
            f"<td>{_badge(req.status)}</td><td>{checks}</td><td class=muted>{tests}</td></tr>"
        )
    parts.append("</tbody></table>")
    parts.append(
        '<p class="muted">Development tests are run by the project at every release; "not run here" means '
        "this selftest did not run them. Pass a pytest JUnit file (<code>--pytest-junit</code>) to record "
        "their results in this report.</p>"
    )
    parts.append("<h2>Checks</h2>")
    areas: dict[str, list[CheckResult]] = {}
    for check in report.checks:
        areas.setdefault(check.area, []).append(check)
    for area, checks in areas.items():
        parts.append(
            f"<h3>{_e(area)}</h3><table><thead><tr><th>Check</th><th>What was checked</th>"
            "<th>Limit</th><th>Measured</th><th>Result</th><th>Details</th></tr></thead><tbody>"
        )
        for c in checks:
            why = f'<br><span class="muted">Why this limit: {_e(c.rationale)}</span>' if c.rationale else ""
            parts.append(
                f'<tr id="{_e(c.id)}"><td><b>{_e(c.id)}</b></td><td>{_e(c.title)}</td>'
                f"<td>{_e(c.limit or '')}</td><td class=n>{_measured(c)}</td><td>{_badge(c.status)}</td>"
                f"<td>{_e(c.detail)}{why}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts += _measurements(report.metrics.get("corpus"))
    parts.append(
        "<h2>Files checked (SHA-256)</h2><p>A change to a file can change the findings named beside it; "
        "the release notes (CHANGELOG.md) list the files each release changed.</p>"
        "<table><thead><tr><th>File</th><th>SHA-256</th><th>Status</th><th>A change can alter</th></tr></thead><tbody>"
    )
    for f in report.files:
        parts.append(
            f"<tr><td><code>{_e(f['file'])}</code></td><td><code>{_e(f['sha256'] or '(missing)')}</code></td>"
            f"<td>{_e(f['status'])}</td><td>{_e(f.get('affects', ''))}</td></tr>"
        )
    parts.append("</tbody></table>")
    parts.append("<h2>Software environment</h2><table><tbody>")
    for name, version in sorted(env.get("dependencies", {}).items()):
        parts.append(f"<tr><th scope=row>{_e(name)}</th><td>{_e(version)}</td></tr>")
    parts.append(
        f"<tr><th scope=row>processors</th><td>{_e(env.get('processor_count'))}</td></tr></tbody></table>"
    )
    if report.outputs:
        parts.append("<h2>Evidence files written with this report</h2><ul>")
        parts += [
            f"<li>{_e(k.replace('_', ' '))}: <code>{_e(v)}</code></li>" for k, v in report.outputs.items()
        ]
        parts.append("</ul>")
    parts.append(
        "<h2>Review</h2><table class=sign><tbody>"
        "<tr><th scope=row>Executed by (name, role)</th><td></td></tr>"
        "<tr><th scope=row>Reviewed by QA (name, role)</th><td></td></tr>"
        "<tr><th scope=row>Date and signature</th><td></td></tr>"
        "<tr><th scope=row>Deviations raised</th><td></td></tr></tbody></table>"
    )
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _measurements(corpus: dict[str, Any] | None) -> list[str]:
    if not corpus:
        return []
    out = [
        "<h2>Measurements on the validation corpus</h2>",
        f"<p>{corpus['records']} interactions. Recall = share of the hand-marked items that pvflag found; "
        "precision = share of pvflag's items that were hand-marked. Found / false alarm / missed are counts.</p>",
    ]

    def table(title: str, rows: dict[str, dict[str, Any]]) -> None:
        out.append(
            f"<h3>{_e(title)}</h3><table><thead><tr><th></th><th>found</th><th>false alarm</th>"
            "<th>missed</th><th>recall</th><th>precision</th></tr></thead><tbody>"
        )
        for name, r in rows.items():
            recall = "" if r["recall"] is None else f"{r['recall']:.2f}"
            precision = "" if r["precision"] is None else f"{r['precision']:.2f}"
            out.append(
                f"<tr><th scope=row>{_e(name.replace('_', ' '))}</th><td class=n>{r['tp']}</td>"
                f"<td class=n>{r['fp']}</td><td class=n>{r['fn']}</td><td class=n>{recall}</td>"
                f"<td class=n>{precision}</td></tr>"
            )
        out.append("</tbody></table>")

    table("Records", corpus["record_flags"])
    table(
        "Findings by kind (adverse events and drugs per mention, special situations per record)",
        corpus["finding_kinds"],
    )
    table("Special situations by category (per record)", corpus["special_situations"])
    out.append(
        "<h3>Context (assertion) of each hand-marked mention</h3><table><thead><tr><th>context</th>"
        "<th>mentions</th><th>given this context</th><th>wrongly called a present event</th>"
        "<th>agreement</th></tr></thead><tbody>"
    )
    for name, a in corpus["assertions"].items():
        agreement = "" if a["agreement"] is None else f"{a['agreement']:.2f}"
        out.append(
            f"<tr><th scope=row>{_e(name.replace('_', ' '))}</th><td class=n>{a['mentions']}</td>"
            f"<td class=n>{a['agreed']}</td><td class=n>{a['called_present']}</td>"
            f"<td class=n>{agreement}</td></tr>"
        )
    out.append("</tbody></table>")
    missed = corpus.get("missed", {})
    if any(missed.values()):
        out.append("<h3>What pvflag missed (record id: hand-marked words)</h3><ul>")
        labels = {
            "reportable": "Reportable records not flagged",
            "adverse_event": "Adverse-event mentions not found",
            "special_situation": "Special situations not found",
        }
        for key, items in missed.items():
            if items:
                out.append(
                    f"<li><b>{_e(labels.get(key, key))}</b> ({len(items)}): {_e('; '.join(items))}</li>"
                )
        out.append("</ul>")
    return out
