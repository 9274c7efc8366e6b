"""E-mail (``.eml``): the body as text, the quoted reply kept but marked.

Text is ``"Subject: ...\\n\\n"`` (a ``header`` region: patients put "side
effects" in subjects) then the body: the ``text/plain`` part (or each of them,
in order), else the ``text/html`` part converted to text; attachments are
counted, not read. Parts are decoded with their declared charset; bytes that
do not decode become U+FFFD and ``metadata["decode_errors"]`` says so (mail
clients do the same, and dropping the message would lose the report).

Quoted reply text (``>`` lines, everything after an ``On ... wrote:``
attribution or an Outlook ``-----Original Message-----`` / ``From: ... Sent:``
block, HTML ``<blockquote>``) stays in the text and is marked with a
``quoted`` region, so that a finding there can be recognised as one already
reported in the earlier message. A ``-- `` signature is a ``signature`` region.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from pvflag.interactions import Interaction, TextRegion
from pvflag.io._model import RecordFailure, failure
from pvflag.io._records import ReadOptions, interaction_from_text
from pvflag.io._whole import record_id_for

__all__ = ["quoted_regions", "read_eml"]

_ATTRIBUTION = re.compile(r"^[ \t]*On\b[^\n]{0,300}?(?:\n[^\n]{0,200}?)?\bwrote:[ \t]*$", re.MULTILINE)
_OUTLOOK = re.compile(
    r"^[ \t]*(?:-{2,}\s*Original Message\s*-{2,}|_{10,}\s*\n[ \t]*From:"
    r"|From:[^\n]*\n(?:[^\n]*\n)?[ \t]*Sent:)",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*(?:\n[ \t]*>[^\n]*)*", re.MULTILINE)
_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)


class _HtmlText(HTMLParser):
    """HTML to text: block tags break lines, ``<blockquote>`` lines get a ``> `` prefix."""

    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in self._BLOCKS:
            self.parts.append("\n")
        if tag == "blockquote":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1
        if tag == "blockquote" and self.depth:
            self.depth -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.depth:
            data = "\n".join("> " + line if line.strip() else line for line in data.split("\n"))
        self.parts.append(data)

    def text(self) -> str:
        lines = [" ".join(line.split()) for line in "".join(self.parts).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _html_to_text(markup: str) -> str:
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return parser.text()


def _part_text(part: Message) -> tuple[str, bool]:
    """Decoded text of a leaf part and whether any bytes had to be replaced."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return (raw if isinstance(raw, str) else ""), False
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset), False
    except (LookupError, UnicodeDecodeError):
        pass
    try:
        return payload.decode("utf-8"), False
    except UnicodeDecodeError:
        return payload.decode("utf-8", "replace"), True


def _body(message: Message) -> tuple[list[str], bool, int]:
    """Text pieces of the body, whether bytes were replaced, number of attachments."""
    if message.is_multipart():
        children = [p for p in message.get_payload() if isinstance(p, Message)]
        if message.get_content_subtype() == "alternative":
            preferred = (
                next((c for c in children if c.get_content_type() == "text/plain"), None)
                or next((c for c in children if c.get_content_type() == "text/html"), None)
                or (children[0] if children else None)
            )
            children = [preferred] if preferred is not None else []
        pieces: list[str] = []
        replaced = False
        attachments = 0
        for child in children:
            child_pieces, child_replaced, child_attachments = _body(child)
            pieces.extend(child_pieces)
            replaced |= child_replaced
            attachments += child_attachments
        return pieces, replaced, attachments
    if message.get_content_disposition() == "attachment":
        return [], False, 1
    content_type = message.get_content_type()
    if content_type == "text/plain":
        text, replaced = _part_text(message)
        return [text], replaced, 0
    if content_type == "text/html":
        text, replaced = _part_text(message)
        return [_html_to_text(text)], replaced, 0
    if content_type.startswith("text/"):
        text, replaced = _part_text(message)
        return [text], replaced, 0
    return [], False, 1


def quoted_regions(text: str, offset: int = 0) -> tuple[TextRegion, ...]:
    """``quoted`` and ``signature`` regions of an e-mail body (offsets shifted by ``offset``)."""
    regions: list[TextRegion] = []
    cut = len(text)
    for pattern in (_ATTRIBUTION, _OUTLOOK):
        found = pattern.search(text)
        if found is not None and found.start() < cut:
            cut = found.start()
    for found in _QUOTED_LINE.finditer(text, 0, cut):
        regions.append(TextRegion(start=offset + found.start(), end=offset + found.end(), kind="quoted"))
    signature = _SIGNATURE.search(text, 0, cut)
    if signature is not None:
        end = cut
        while end > signature.start() and text[end - 1] in " \t\r\n":
            end -= 1
        regions.append(TextRegion(start=offset + signature.start(), end=offset + end, kind="signature"))
    if cut < len(text):
        regions.append(TextRegion(start=offset + cut, end=offset + len(text.rstrip()), kind="quoted"))
    return tuple(sorted(regions, key=lambda r: (r.start, r.end)))


def read_eml(data: bytes, source: str, options: ReadOptions) -> Iterator[Interaction | RecordFailure]:
    record_id = record_id_for(source)
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        pieces, replaced, attachments = _body(message)
    except Exception as exc:  # the email package raises many kinds on broken MIME
        yield failure(
            "unreadable_file",
            f"e-mail could not be parsed ({type(exc).__name__}); expected RFC 5322 / MIME",
            source=source,
            line=None,
            record_id=record_id,
        )
        return
    if not any(message.keys()) and not data.strip():
        yield failure("empty_text", "e-mail file is empty", source=source, line=None, record_id=record_id)
        return
    subject = _header(message, "Subject")
    body = "\n\n".join(piece.replace("\r\n", "\n").strip("\n") for piece in pieces if piece.strip())
    prefix = f"Subject: {subject}\n\n" if subject else ""
    text = prefix + body
    regions: list[TextRegion] = []
    if subject:
        regions.append(TextRegion(start=0, end=len(prefix) - 2, kind="header"))
    regions.extend(quoted_regions(body, offset=len(prefix)))
    received_at = None
    date = _header(message, "Date")
    if date:
        try:
            received_at = parsedate_to_datetime(date)
        except (TypeError, ValueError, IndexError):
            received_at = None
    metadata: dict[str, Any] = {"source_file": source, "format": "eml"}
    for name, key in (("Message-ID", "message_id"), ("From", "from"), ("To", "to"), ("Date", "date")):
        value = _header(message, name)
        if value:
            metadata[key] = value
    if attachments:
        metadata["attachments"] = attachments
    if replaced:
        metadata["decode_errors"] = True
    yield interaction_from_text(
        text,
        record_id=record_id,
        source=source,
        options=options,
        channel="email",
        turns=(),
        regions=tuple(regions),
        received_at=received_at,
        metadata=metadata,
    )


def _header(message: Message | EmailMessage, name: str) -> str:
    value = message.get(name)
    if value is None:
        return ""
    try:
        from email.header import decode_header, make_header

        text = str(make_header(decode_header(str(value))))
    except Exception:  # malformed encoded-words: keep the raw header
        text = str(value)
    return " ".join(text.split())
