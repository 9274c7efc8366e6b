"""Source text with its findings as nested ``<mark>`` elements, rendered server-side.

Offsets are Python code-point indices, so the split happens here in Python
rather than in JavaScript (whose strings count UTF-16 units). Findings may
nest (a drug inside a special-situation span), share the same span (``N/V``
as nausea and vomiting) or cross; a crossing finding is closed and reopened
around the boundary, so the HTML stays well formed and every piece of one
finding carries the same ``data-f`` index: the pieces' text joined is the
finding's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from html import escape

from pvflag.findings import Finding

__all__ = ["CONTROL_PICTURES", "LONE_SURROGATES", "highlight", "placeable", "visible_text"]

# One character for one, so offsets still line up: control characters become their visible
# "control picture" (a reviewer should see them; HTML would drop or mangle them) and lone
# surrogates, which UTF-8 cannot encode, become U+FFFD.
CONTROL_PICTURES = {code: 0x2400 + code for code in range(32) if chr(code) not in "\t\n\r"} | {0x7F: 0x2421}
LONE_SURROGATES = re.compile("[\ud800-\udfff]")


def visible_text(text: str) -> str:
    """``text`` escaped for HTML, with control characters shown and lone surrogates replaced."""
    return LONE_SURROGATES.sub("\ufffd", escape(text, quote=False).translate(CONTROL_PICTURES))


def placeable(text: str, finding: Finding) -> bool:
    """True when the finding's offsets slice its own text out of ``text``."""
    return 0 <= finding.start < finding.end <= len(text) and text[finding.start : finding.end] == finding.text


def highlight(
    text: str,
    findings: Sequence[Finding],
    open_tag: Callable[[int, Finding, bool], str],
) -> str:
    """Escape ``text`` and wrap each placeable finding in tags from ``open_tag``.

    ``open_tag(index, finding, continued)`` returns the opening tag of one
    piece (``continued`` is true for the pieces after a split); the closing tag
    is always ``</mark>``. Findings that are not placeable are left out here
    (the caller lists them with a warning instead).
    """
    spans = [(i, f) for i, f in enumerate(findings) if placeable(text, f)]
    if not spans:
        return visible_text(text)
    starts: dict[int, list[int]] = {}
    ends: dict[int, int] = {}
    for i, f in spans:
        starts.setdefault(f.start, []).append(i)
        ends[i] = f.end
    for group in starts.values():
        # longest outermost, so that nested spans close first; ties keep input order
        group.sort(key=lambda i: -ends[i])
    boundaries = sorted(set(starts) | set(ends.values()))
    out: list[str] = []
    stack: list[int] = []
    position = 0
    for boundary in boundaries:
        out.append(visible_text(text[position:boundary]))
        position = boundary
        ending = [depth for depth, i in enumerate(stack) if ends[i] == boundary]
        if ending:
            cut = ending[0]
            reopen = [i for i in stack[cut:] if ends[i] != boundary]
            out.append("</mark>" * (len(stack) - cut))
            del stack[cut:]
            for i in reopen:
                out.append(open_tag(i, findings[i], True))
                stack.append(i)
        for i in starts.get(boundary, ()):
            out.append(open_tag(i, findings[i], False))
            stack.append(i)
    out.append(visible_text(text[position:]))
    return "".join(out)
