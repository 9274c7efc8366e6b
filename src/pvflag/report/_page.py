"""Assemble the report page: summary, deadline board, E2B validation, records, input problems."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from html import escape

from pvflag.findings import (
    ASSERTIONS,
    SPECIAL_SITUATION_CATEGORIES,
    AdverseEventFinding,
    DrugFinding,
    Finding,
    ScanResult,
    SpecialSituationFinding,
)
from pvflag.report._assets import FILTER_CATEGORIES, SCRIPT, STYLE
from pvflag.report._highlight import CONTROL_PICTURES, LONE_SURROGATES, highlight, placeable
from pvflag.report._inputs import ReportCase, ReportClock, ReportInputs

__all__ = ["render_page"]

OPEN_ALL_UP_TO = 200  # records with findings start expanded when the report is this small
OPEN_PROBLEMS_UP_TO = 50  # a longer list of E2B problems starts collapsed
_KIND_LABELS = {"adverse_event": "Adverse event", "special_situation": "Special situation", "drug": "Drug"}
_SHORT_KIND = {"adverse_event": "AE", "special_situation": "SS", "drug": "Drug"}


def _e(value: object) -> str:
    return escape(str(value), quote=True).translate(CONTROL_PICTURES)


def _label(value: str) -> str:
    return value.replace("_", " ")


def category_of(finding: Finding) -> str:
    """The filter category of a finding: 'adverse_event', a special-situation category, or 'drug'."""
    if isinstance(finding, SpecialSituationFinding):
        return finding.category
    return finding.kind


def assertion_of(finding: Finding) -> str:
    return "" if isinstance(finding, DrugFinding) else finding.assertion


def _csp_hash(source: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def render_page(inputs: ReportInputs, *, now: datetime, title: str) -> str:
    records = inputs.scan_results
    parts = [
        _head(title),
        '<body><a class="skip" href="#records-h">Skip to records</a><div class="wrap">',
        _header(inputs, now=now, title=title),
        _summary(inputs),
    ]
    if inputs.cases:
        parts.append(_deadline_board(inputs.cases, now=now, shown={r.id for r in records}))
    if inputs.validation_problems or inputs.validated_files:
        parts.append(_validation(inputs))
    parts.append(_records(inputs, records))
    if inputs.problems or inputs.ignored:
        parts.append(_input_problems(inputs))
    parts.append(f"</main></div><script>{SCRIPT}</script></body></html>\n")
    # input JSON may hold lone surrogates ("\\ud800"), which UTF-8 cannot encode
    return LONE_SURROGATES.sub("\ufffd", "".join(parts))


def _head(title: str) -> str:
    # The policy forbids every fetch and allows only this page's own stylesheet and script:
    # an e-mailed copy cannot call out, and escaped note text could not run even if it got through.
    csp = f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; img-src data:"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head>"
    )


def _header(inputs: ReportInputs, *, now: datetime, title: str) -> str:
    links = [("summary-h", "Summary")]
    if inputs.cases:
        links.append(("deadlines-h", f"Deadlines ({len(inputs.cases)} cases)"))
    if inputs.validation_problems or inputs.validated_files:
        links.append(("validation-h", "E2B validation"))
    links.append(("records-h", f"Records ({len(inputs.scan_results)})"))
    if inputs.problems or inputs.ignored:
        links.append(
            ("problems-h", f"Input problems ({len(inputs.problems)})" if inputs.problems else "Input notes")
        )
    nav = "".join(f'<li><a href="#{a}">{_e(t)}</a></li>' for a, t in links)
    return (
        f'<header class="top"><h1>{_e(title)}</h1>'
        f'<p class="meta">Generated {_e(now.isoformat(timespec="minutes"))} by pvflag. '
        "Findings are machine-detected and need review by a qualified person.</p>"
        f'<nav class="toc" aria-label="Sections"><ul>{nav}</ul></nav></header><main>'
    )


def _bar_chart(title: str, rows: Sequence[tuple[str, int]], colour: str, chart_id: str) -> str:
    """A horizontal bar chart as inline SVG, with the numbers written beside the bars."""
    if not rows:
        return ""
    bar_h, gap, label_w, width = 18, 6, 170, 560
    top = max((v for _, v in rows), default=0) or 1
    height = len(rows) * (bar_h + gap) + gap
    out = [
        f'<svg class="chart" role="img" aria-labelledby="{chart_id}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}">{_e(title)}: '
        + _e(", ".join(f"{_label(k)} {v}" for k, v in rows))
        + "</title>"
    ]
    span = width - label_w - 60
    for n, (name, value) in enumerate(rows):
        y = gap + n * (bar_h + gap)
        w = max(1, round(span * value / top)) if value else 0
        out.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_e(_label(name))}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="{colour}" rx="2"/>'
            f'<text x="{label_w + w + 5}" y="{y + 13}">{value}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _channel_of(result: ScanResult, inputs: ReportInputs) -> str:
    return result.channel or inputs.source_channels.get(result.id) or "unknown"


def _summary(inputs: ReportInputs) -> str:
    records = inputs.scan_results
    errors = sum(1 for r in records if r.error is not None)
    cards = [
        ("Records scanned", len(records)),
        ("Reportable", sum(r.reportable for r in records)),
        ("With adverse event", sum(r.has_adverse_event for r in records)),
        ("Serious", sum(r.serious for r in records)),
        ("Record errors", errors),
    ]
    if inputs.cases:
        cards.append(("Cases", len(inputs.cases)))
    card_html = "".join(f"<div><dt>{_e(k)}</dt><dd>{v}</dd></div>" for k, v in cards)

    by_channel: dict[str, Counter[str]] = {}
    for r in records:
        c = by_channel.setdefault(_channel_of(r, inputs), Counter())
        c["records"] += 1
        c["reportable"] += r.reportable
        c["serious"] += r.serious
        c["errors"] += r.error is not None
    channel_rows = sorted(by_channel.items(), key=lambda kv: (-kv[1]["records"], kv[0]))
    channel_table = "".join(
        f'<tr><th scope="row">{_e(_label(name))}</th><td class="n">{c["records"]}</td>'
        f'<td class="n">{c["reportable"]}</td><td class="n">{c["serious"]}</td>'
        f'<td class="n">{c["errors"]}</td></tr>'
        for name, c in channel_rows
    )

    present_records: Counter[str] = Counter()
    present_findings: Counter[str] = Counter()
    other_findings: Counter[str] = Counter()
    for r in records:
        seen: set[str] = set()
        for f in r.findings:
            if isinstance(f, DrugFinding):
                continue
            cat = category_of(f)
            if f.assertion == "present":
                present_findings[cat] += 1
                seen.add(cat)
            else:
                other_findings[cat] += 1
        present_records.update(seen)
    categories = ("adverse_event", *SPECIAL_SITUATION_CATEGORIES)
    category_table = "".join(
        f'<tr><th scope="row">{_e(_label(cat))}</th><td class="n">{present_records[cat]}</td>'
        f'<td class="n">{present_findings[cat]}</td><td class="n">{other_findings[cat]}</td></tr>'
        for cat in categories
    )
    cat_chart = _bar_chart(
        "Records with a present finding, by category",
        [(c, present_records[c]) for c in categories if present_records[c] or c == "adverse_event"],
        "#b42318",
        "chart-cat",
    )
    chan_chart = _bar_chart(
        "Reportable records by channel",
        [(n, c["reportable"]) for n, c in channel_rows],
        "#1e40af",
        "chart-chan",
    )
    return (
        '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>'
        f'<dl class="cards">{card_html}</dl><div class="grid2">'
        f'<div><h3>By channel</h3>{chan_chart}<table><thead><tr><th scope="col">Channel</th>'
        '<th scope="col" class="n">Records</th><th scope="col" class="n">Reportable</th>'
        '<th scope="col" class="n">Serious</th><th scope="col" class="n">Errors</th></tr></thead>'
        f"<tbody>{channel_table or _empty_row(5, 'no records')}</tbody></table></div>"
        f'<div><h3>By category</h3>{cat_chart}<table><thead><tr><th scope="col">Category</th>'
        '<th scope="col" class="n">Records (present)</th><th scope="col" class="n">Findings present</th>'
        '<th scope="col" class="n">Not present (negated etc.)</th></tr></thead>'
        f"<tbody>{category_table}</tbody></table></div></div></section>"
    )


def _empty_row(columns: int, text: str) -> str:
    return f'<tr><td colspan="{columns}" class="empty">{_e(text)}</td></tr>'


def _duration(delta: timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {mins}m"
    return f"{mins}m"


def clock_state(clock: ReportClock, now: datetime) -> tuple[str, timedelta | None]:
    """Status of a clock at ``now``: 'information', 'overdue', 'due_within_24h' or 'open'."""
    if clock.due is None or clock.status == "information":
        return "information", None
    due = clock.due if clock.due.tzinfo else clock.due.replace(tzinfo=now.tzinfo)
    left = due - now
    if left < timedelta(0):
        return "overdue", left
    if left < timedelta(hours=24):
        return "due_within_24h", left
    return "open", left


def _most_urgent(case: ReportCase, now: datetime) -> timedelta | None:
    lefts = [left for c in case.clocks for state, left in [clock_state(c, now)] if left is not None]
    return min(lefts) if lefts else None


def sort_cases(cases: Iterable[ReportCase], now: datetime) -> list[ReportCase]:
    """Cases by time left on their most urgent clock; cases without a dated clock last."""

    def key(case: ReportCase) -> tuple[int, float, str]:
        left = _most_urgent(case, now)
        return (left is None, left.total_seconds() if left is not None else 0.0, case.case_id)

    return sorted(cases, key=key)


def _deadline_board(cases: Sequence[ReportCase], *, now: datetime, shown: set[str]) -> str:
    rows = []
    overdue_cases = 0
    for case in sort_cases(cases, now):
        items = []
        case_overdue = False
        for clock in sorted(case.clocks, key=lambda c: (c.due is None, c.due.timestamp() if c.due else 0)):
            state, left = clock_state(clock, now)
            name = _e(_label(clock.clock))
            ref = f' <span class="meta">({_e(clock.reference)})</span>' if clock.reference else ""
            if left is None:
                items.append(
                    f"<li>{name}: information only{ref}"
                    + (f" — {_e(clock.note)}" if clock.note else "")
                    + "</li>"
                )
                continue
            due = _e(clock.due.isoformat(sep=" ", timespec="minutes")) if clock.due else ""
            if state == "overdue":
                case_overdue = True
                items.append(f'<li class="overdue">OVERDUE by {_duration(left)}: {name}, due {due}{ref}</li>')
            elif state == "due_within_24h":
                items.append(f'<li class="soon">{_duration(left)} left: {name}, due {due}{ref}</li>')
            else:
                items.append(f"<li>{_duration(left)} left: {name}, due {due}{ref}</li>")
        overdue_cases += case_overdue
        flags = []
        if case.serious:
            flags.append('<span class="badge b-ser">Serious</span>')
        if case.expedited:
            flags.append('<span class="badge b-ser">Expedited</span>')
        if case.valid is False:
            flags.append(
                '<span class="badge b-err">Not valid</span> <span class="meta">missing: '
                + _e(", ".join(map(_label, case.missing)) or "?")
                + "</span>"
            )
        what = ", ".join([*case.events, *map(_label, case.special_situations)]) or "—"
        records = (
            ", ".join(
                f'<a href="#rec-{_e(_anchor(r))}">{_e(r)}</a>' if r in shown else _e(r)
                for r in case.record_ids
            )
            or "—"
        )
        day0 = case.day0 or case.first_received_at
        rows.append(
            f'<tr{" class=late" if case_overdue else ""}><th scope="row">'
            f'<span class="rid">{_e(case.case_id)}</span>'
            f"{' v' + str(case.version) if case.version > 1 else ''}{''.join(flags)}</th>"
            f"<td>{_when(day0)}</td>"
            f"<td>{_e(', '.join(case.suspects) or '—')}</td><td>{_e(what)}</td><td>{records}</td>"
            f'<td><ul class="clocks">{"".join(items) or "<li>no clocks</li>"}</ul></td></tr>'
        )
    return (
        '<section aria-labelledby="deadlines-h"><h2 id="deadlines-h">Deadline board</h2>'
        f"<p>{len(cases)} cases, <strong"
        f"{' class=overdue' if overdue_cases else ''}>{overdue_cases} with an overdue clock</strong>; "
        f"sorted by time left on the most urgent clock at "
        f"{_e(now.isoformat(sep=' ', timespec='minutes'))}.</p>"
        '<table><thead><tr><th scope="col">Case</th><th scope="col">Day 0</th><th scope="col">Suspect</th>'
        '<th scope="col">Events / situations</th><th scope="col">Records</th>'
        '<th scope="col">Clocks</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _when(moment: datetime | None) -> str:
    """Date over time, each unbroken, so that narrow columns wrap between them only."""
    if moment is None:
        return "—"
    stamp = moment.isoformat(sep=" ", timespec="minutes")
    day, _, time = stamp.partition(" ")
    return f'<span class="when">{_e(day)}</span> <span class="when">{_e(time)}</span>'


def _validation(inputs: ReportInputs) -> str:
    by_file: dict[str, list[int]] = {f: [] for f in inputs.validated_files}
    for n, p in enumerate(inputs.validation_problems):
        by_file.setdefault(p.file or "(file not named)", []).append(n)
    summary_rows = []
    for name, indices in by_file.items():
        severities = Counter(inputs.validation_problems[i].severity for i in indices)
        errors = sum(v for k, v in severities.items() if k in ("error", "fatal", "critical"))
        status = (
            '<span class="overdue">invalid</span>'
            if errors
            else "valid with warnings"
            if indices
            else '<span class="ok">valid</span>'
        )
        summary_rows.append(
            f'<tr><th scope="row">{_e(name)}</th><td>{status}</td><td class="n">{errors}</td>'
            f'<td class="n">{len(indices) - errors}</td></tr>'
        )
    problem_rows = "".join(
        f"<tr{' class=late' if p.severity in ('error', 'fatal', 'critical') else ''}>"
        f"<td>{_e(p.file or '')}</td><td class=n>{p.line if p.line is not None else ''}</td>"
        f"<td>{_e(p.severity)}</td><td>{_e(p.rule or '')}</td>"
        f"<td>{_e(p.element or '')}{'<br>' if p.element and p.path else ''}"
        f"<code>{_e(p.path or '')}</code></td>"
        f"<td>{_e(p.message)}</td></tr>"
        for p in inputs.validation_problems
    )
    few_problems = len(inputs.validation_problems) <= OPEN_PROBLEMS_UP_TO
    return (
        '<section aria-labelledby="validation-h"><h2 id="validation-h">E2B validation</h2>'
        '<table><thead><tr><th scope="col">File</th><th scope="col">Result</th>'
        '<th scope="col" class="n">Errors</th>'
        f'<th scope="col" class="n">Warnings</th></tr></thead><tbody>{"".join(summary_rows)}</tbody></table>'
        + (
            f'<details class="problems"{" open" if few_problems else ""}>'
            f"<summary><h3>{len(inputs.validation_problems)} problems</h3></summary>"
            '<table><thead><tr><th scope="col">File</th><th scope="col" class="n">Line</th>'
            '<th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Element</th>'
            f'<th scope="col">Message</th></tr></thead><tbody>{problem_rows}</tbody></table></details>'
            if problem_rows
            else ""
        )
        + "</section>"
    )


def _anchor(record_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else f"_{ord(ch):x}" for ch in record_id)


def _tooltip(finding: Finding) -> str:
    lines = [
        f"{_KIND_LABELS[finding.kind]}: "
        + (_label(finding.category) if isinstance(finding, SpecialSituationFinding) else finding.term)
    ]
    if not isinstance(finding, DrugFinding):
        lines[0] += f" ({finding.assertion})"
        if finding.drug:
            lines.append(f"drug: {finding.drug}")
    else:
        lines[0] += f" ({finding.role})"
    if isinstance(finding, AdverseEventFinding) and finding.seriousness:
        lines.append("serious: " + ", ".join(map(_label, finding.seriousness)))
    ev = finding.evidence
    if ev is not None:
        score = f", fuzzy {ev.fuzzy_score:.0f}" if ev.fuzzy_score is not None else ""
        lines.append(f"rule: {ev.rule} (matched “{ev.matched}” in {ev.source}{score})")
        if ev.context_rule or ev.context_cue:
            lines.append(f"context: “{ev.context_cue or ''}” ({ev.context_rule or 'rule ?'})")
        if ev.speaker:
            lines.append(f"speaker: {ev.speaker}")
    return "\n".join(lines)


def _open_mark(index: int, finding: Finding, continued: bool) -> str:
    classes = []
    assertion = assertion_of(finding)
    if assertion and assertion != "present":
        classes.append("np")
        if assertion == "negated":
            classes.append("neg")
    cls = f' class="{" ".join(classes)}"' if classes else ""
    attrs = f' data-assertion="{assertion}"' if assertion else ""
    cont = " data-cont" if continued else ""
    return (
        f'<mark data-f="{index}" data-kind="{finding.kind}" data-category="{category_of(finding)}"{attrs}'
        f'{cls}{cont} title="{_e(_tooltip(finding))}">'
    )


def _finding_item(finding: Finding, placed: bool) -> str:
    """One line per finding: the same facts as the tooltip, for keyboard, screen reader and print."""
    what = _label(finding.category) if isinstance(finding, SpecialSituationFinding) else finding.term
    facts: list[str] = []
    if isinstance(finding, DrugFinding):
        facts.append(_e(finding.role))
    else:
        facts.append(
            _e(finding.assertion) if finding.assertion == "present" else f"<em>{_e(finding.assertion)}</em>"
        )
        if finding.drug:
            facts.append(_e(finding.drug))
        if isinstance(finding, AdverseEventFinding) and finding.seriousness:
            facts.append("serious: " + _e(", ".join(map(_label, finding.seriousness))))
    ev = finding.evidence
    if ev is not None:
        facts.append("rule " + _e(ev.rule) + (f" (cue “{_e(ev.context_cue)}”)" if ev.context_cue else ""))
    warn = "" if placed else ' <span class="overdue">offsets do not match the text</span>'
    return (
        f'<li><span class="k k-{finding.kind}">{_SHORT_KIND[finding.kind]}</span> “{_e(finding.text)}”{warn}'
        f" → {_e(what)} · {' · '.join(facts)}</li>"
    )


def _record(result: ScanResult, inputs: ReportInputs, open_: bool, anchor: str) -> str:
    text = result.text if result.text is not None else inputs.source_texts.get(result.id)
    channel = _channel_of(result, inputs)
    pairs = sorted({f"{category_of(f)}:{assertion_of(f)}" for f in result.findings})
    if result.error is not None:
        pairs.append("error:")
    badges = []
    if result.error is not None:
        badges.append('<span class="badge b-err">Error</span>')
    if result.reportable:
        badges.append('<span class="badge b-rep">Reportable</span>')
    if result.has_adverse_event:
        badges.append('<span class="badge b-ae">AE</span>')
    if result.serious:
        badges.append('<span class="badge b-ser">Serious</span>')
    present_terms = list(
        dict.fromkeys(
            f.term if isinstance(f, AdverseEventFinding) else _label(f.category)
            for f in result.findings
            if not isinstance(f, DrugFinding) and f.assertion == "present"
        )
    )
    others = sum(1 for f in result.findings if not isinstance(f, DrugFinding) and f.assertion != "present")
    summary_terms = ", ".join(present_terms[:6]) + ("…" if len(present_terms) > 6 else "")
    if others:
        summary_terms += ("; " if summary_terms else "") + f"{others} not present"
    body = []
    if result.error is not None:
        body.append(
            f'<p class="error">Not processed: {_e(result.error.type)}: {_e(result.error.message)}</p>'
        )
    placed = [text is not None and placeable(text, f) for f in result.findings]
    if text is not None:
        body.append(f'<div class="txt">{highlight(text, result.findings, _open_mark)}</div>')
    elif result.error is None:
        body.append(
            '<p class="note">Source text not available: run the scan with --with-text, '
            "or pass the interactions file to the report.</p>"
        )
    if result.findings:
        items = "".join(_finding_item(f, placed[i] or text is None) for i, f in enumerate(result.findings))
        body.append(f'<ol class="fl" aria-label="Findings of record {_e(result.id)}">{items}</ol>')
    return (
        f'<article class="rec" id="{_e(anchor)}" data-pairs="{" ".join(pairs)}" '
        f'data-reportable="{int(result.reportable)}"><details{" open" if open_ else ""}><summary>'
        f'<span class="rid">{_e(result.id)}</span><span class="chan">{_e(_label(channel))}</span>'
        f"{''.join(badges)}"
        + (f'<span class="terms">{_e(summary_terms)}</span>' if summary_terms else "")
        + f'</summary><div class="body">{"".join(body)}</div>'
        "</details></article>"
    )


def _records(inputs: ReportInputs, records: Sequence[ScanResult]) -> str:
    open_findings = len(records) <= OPEN_ALL_UP_TO
    category_options = "".join(f'<option value="{c}">{_e(_label(c))}</option>' for c in FILTER_CATEGORIES)
    assertion_options = "".join(f'<option value="{a}">{_e(_label(a))}</option>' for a in ASSERTIONS)
    legend = (
        '<ul class="legend" aria-label="Highlight legend">'
        '<li><mark data-kind="adverse_event">adverse event</mark></li>'
        '<li><mark data-kind="special_situation">special situation</mark></li>'
        '<li><mark data-kind="drug">drug</mark></li>'
        '<li><mark data-kind="adverse_event" class="np neg">negated</mark></li>'
        '<li><mark data-kind="adverse_event" class="np">hypothetical, historical, other person, '
        "indication, education</mark></li><li>Hover a highlight for term, rule and evidence; "
        "the numbered list under each text says the same.</li></ul>"
    )
    # HTML ids must be unique: a repeated record id (pvflag.io keeps and flags it) gets a suffix
    used: set[str] = set()
    items = []
    for r in records:
        anchor = base = f"rec-{_anchor(r.id)}"
        copy = 1
        while anchor in used:
            copy += 1
            anchor = f"{base}~{copy}"
        used.add(anchor)
        items.append(_record(r, inputs, open_findings and bool(r.findings or r.error), anchor))
    return (
        '<section aria-labelledby="records-h"><h2 id="records-h">Records</h2>'
        '<form id="filters" class="filters" role="search" aria-label="Filter records" hidden>'
        f'<label for="f-cat">Category<select'
        f' id="f-cat" name="category"><option value="">any</option>{category_options}</select></label>'
        f'<label for="f-asr">Assertion<select'
        f' id="f-asr" name="assertion"><option value="">any</option>{assertion_options}</select></label>'
        '<label class="inline" for="f-rep"><input type="checkbox" id="f-rep" name="reportable">'
        " reportable only</label>"
        '<button type="button" id="expand">Expand shown</button>'
        '<button type="button" id="collapse">Collapse all</button>'
        f'<output id="shown" aria-live="polite">{len(records)} of {len(records)} records shown</output>'
        f"</form>"
        f'{legend}<div id="records" data-fcat="" data-fasr="">'
        f"{''.join(items) or '<p class=empty>No scan results were given.</p>'}</div></section>"
    )


def _input_problems(inputs: ReportInputs) -> str:
    rows = "".join(
        f"<tr><td>{_e(p.file)}</td><td class=n>{p.line if p.line is not None else ''}</td>"
        f"<td>{_e(p.message)}</td></tr>"
        for p in inputs.problems
    )
    ignored = "".join(f"<li>{_e(k)}: {v} (not shown)</li>" for k, v in inputs.ignored.items())
    return (
        '<section aria-labelledby="problems-h"><h2 id="problems-h">Input '
        + ("problems" if inputs.problems else "notes")
        + "</h2>"
        + (f"<ul>{ignored}</ul>" if ignored else "")
        + (
            '<table><thead><tr><th scope="col">File</th><th scope="col" class="n">Line</th>'
            f'<th scope="col">Problem</th></tr></thead><tbody>{rows}</tbody></table>'
            if rows
            else ""
        )
        + "</section>"
    )
