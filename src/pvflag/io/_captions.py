"""Caption files of recorded calls: WebVTT and SRT.

Speakers come from WebVTT voice spans (``<v Agent>``, ``<v.loud Dana Smith>``)
or from a ``Label:`` / ``[Label]`` / ``>> Label:`` prefix on a caption line
(the SRT habit). Cue timings go to ``metadata["turn_times"]`` (seconds, one
pair per assembled turn) so a reviewer can find the spot in the recording.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from pvflag.interactions import Interaction
from pvflag.io._model import RecordFailure, failure
from pvflag.io._records import ReadOptions, interaction_from_text
from pvflag.io._whole import decode_file, record_id_for
from pvflag.io.turns import assemble_turns, is_dialogue, split_label

__all__ = ["read_srt", "read_vtt"]

_TIMING = re.compile(
    r"\s*(?P<a>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<b>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
_BRACKET = re.compile(r"\s*(?:>>\s*)?\[([^\]\n]{1,40})\]\s*:?\s*")
_DASH = re.compile(r"\s*-\s+")


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    value = 0.0
    for part in parts:
        value = value * 60 + float(part)
    return round(value, 3)


# (voice from markup or None, line label or None, label known?, utterance, start s, end s)
_Line = tuple[str | None, str | None, bool, str, float, float]


def _cue_lines(payload: list[str], start: float, end: float, *, vtt: bool) -> list[_Line]:
    out: list[_Line] = []
    voice: str | None = None
    for raw in payload:
        if vtt:
            found = _VOICE.search(raw)
            if found is not None:
                voice = " ".join(found.group(1).split())
        text = html.unescape(_TAG.sub("", raw)).replace("\u200e", "").replace("\u200f", "")
        label: str | None = None
        known = False
        bracket = _BRACKET.match(text)
        if bracket is not None:
            label, text, known = bracket.group(1).strip(), text[bracket.end() :], True
        else:
            label, text, known = split_label(text)
            if label is None:
                text = _DASH.sub("", text, count=1) if _DASH.match(text) else text
        if not text.strip():
            continue
        if label is None and out and not vtt:
            # a caption line without a label continues the previous line's speaker
            label, known = out[-1][1], out[-1][2]
        out.append((voice, label, known, text.strip(), start, end))
    return out


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _build(
    lines: list[_Line], source: str, options: ReadOptions, fmt: str, cues: int
) -> Interaction | RecordFailure:
    unknown = [label for _v, label, known, *_ in lines if label is not None and not known]
    accept_unknown = is_dialogue(unknown) or all(label.isupper() for label in unknown)
    segments: list[tuple[str | None, str]] = []
    times: list[tuple[float, float]] = []
    for voice, label, known, utterance, start, end in lines:
        speaker = voice
        if label is not None and (known or accept_unknown):
            speaker = label
        elif label is not None:
            utterance = f"{label}: {utterance}"
        segments.append((speaker, utterance))
        times.append((start, end))
    text, turns = assemble_turns(segments)
    # turn_times: one (start, end) per assembled line, following assemble_turns' merging
    merged: list[list[float]] = []
    previous: str | None = None
    for index, (speaker, utterance) in enumerate(segments):
        if not " ".join(utterance.split()):
            continue
        start, end = times[index]
        if merged and speaker is not None and speaker == previous:
            merged[-1][1] = end
        else:
            merged.append([start, end])
        previous = speaker
    if not text.strip():
        return failure(
            "empty_text",
            f"{fmt} file has no caption text ({cues} cues)",
            source=source,
            line=None,
            record_id=record_id_for(source),
        )
    return interaction_from_text(
        text,
        record_id=record_id_for(source),
        source=source,
        options=options,
        channel="call",
        turns=turns,
        metadata={"source_file": source, "format": fmt, "turn_times": merged},
    )


def read_vtt(data: bytes, source: str, options: ReadOptions) -> Iterator[Interaction | RecordFailure]:
    text = decode_file(data, source)
    if isinstance(text, RecordFailure):
        yield text
        return
    blocks = _blocks(text)
    if not blocks or not blocks[0][0].lstrip("\ufeff").startswith("WEBVTT"):
        yield failure(
            "unreadable_file",
            "expected a WebVTT file starting with 'WEBVTT'",
            source=source,
            line=None,
            record_id=record_id_for(source),
        )
        return
    lines: list[_Line] = []
    cues = 0
    for block in blocks[1:]:
        if block[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_at = next((i for i, line in enumerate(block[:2]) if "-->" in line), None)
        if timing_at is None:
            continue
        timing = _TIMING.match(block[timing_at])
        start, end = (_seconds(timing.group("a")), _seconds(timing.group("b"))) if timing else (0.0, 0.0)
        cues += 1
        lines.extend(_cue_lines(block[timing_at + 1 :], start, end, vtt=True))
    yield _build(lines, source, options, "vtt", cues)


def read_srt(data: bytes, source: str, options: ReadOptions) -> Iterator[Interaction | RecordFailure]:
    text = decode_file(data, source)
    if isinstance(text, RecordFailure):
        yield text
        return
    lines: list[_Line] = []
    cues = 0
    for block in _blocks(text):
        timing_at = next((i for i, line in enumerate(block[:2]) if "-->" in line), None)
        if timing_at is None:
            continue
        timing = _TIMING.match(block[timing_at])
        start, end = (_seconds(timing.group("a")), _seconds(timing.group("b"))) if timing else (0.0, 0.0)
        cues += 1
        lines.extend(_cue_lines(block[timing_at + 1 :], start, end, vtt=False))
    if cues == 0:
        yield failure(
            "unreadable_file",
            "expected SRT caption blocks (number, 'HH:MM:SS,mmm --> HH:MM:SS,mmm', text)",
            source=source,
            line=None,
            record_id=record_id_for(source),
        )
        return
    yield _build(lines, source, options, "srt", cues)
