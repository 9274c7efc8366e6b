"""Speech-to-text JSON with speaker labels; one file is one call.

Understood layouts, tried in this order:

- Amazon Transcribe job output: ``results.items`` (words and punctuation, each
  with a ``speaker_label``, or speakers from ``results.speaker_labels.segments``
  by start time, or ``channel_label`` from ``results.channel_labels``); newer
  output's ``results.audio_segments`` when items carry no speakers.
- Amazon Transcribe Call Analytics: ``Transcript`` entries with
  ``ParticipantRole`` (``AGENT``/``CUSTOMER``) and ``Content``.
- A generic list of utterances (``segments``, ``utterances`` or ``turns``)
  with ``speaker`` and ``text`` (WhisperX, AssemblyAI and similar).

Files named ``.json`` that are really records are read as records, so that
nothing is lost to a naming habit: a JSON array of records gives one output
per element (``line`` is the element number), a single object with a text
field is one record, and JSON Lines are detected before this reader runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pvflag.interactions import Interaction
from pvflag.io._model import RecordFailure, failure
from pvflag.io._records import ReadOptions, interaction_from_mapping, interaction_from_text, json_type
from pvflag.io._whole import decode_file, record_id_for
from pvflag.io.turns import assemble_turns

__all__ = ["read_transcribe_json"]

_EXPECTED = (
    "expected Amazon Transcribe output ('results' with 'items'), Call Analytics output"
    " ('Transcript' with 'ParticipantRole' and 'Content') or a list of utterances"
    " ('segments'/'utterances'/'turns' with 'speaker' and 'text')"
)
_CALL_ANALYTICS_LABELS = {"AGENT": "Agent", "CUSTOMER": "Customer"}


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _amazon_segments(results: dict[str, Any]) -> list[tuple[str | None, str]] | None:
    items = results.get("items")
    if not isinstance(items, list):
        items = []
    by_start: dict[str, str] = {}
    labels = results.get("speaker_labels")
    if isinstance(labels, dict) and isinstance(labels.get("segments"), list):
        for segment in labels["segments"]:
            if not isinstance(segment, dict):
                continue
            for item in segment.get("items") or []:
                if (
                    isinstance(item, dict)
                    and _str(item.get("start_time"))
                    and _str(item.get("speaker_label"))
                ):
                    by_start[item["start_time"]] = item["speaker_label"]
    channels = results.get("channel_labels")
    if isinstance(channels, dict) and isinstance(channels.get("channels"), list):
        for channel in channels["channels"]:
            if not isinstance(channel, dict) or not _str(channel.get("channel_label")):
                continue
            for item in channel.get("items") or []:
                if isinstance(item, dict) and _str(item.get("start_time")):
                    by_start.setdefault(item["start_time"], channel["channel_label"])
    segments: list[tuple[str | None, list[str]]] = []
    speaker: str | None = None
    any_speaker = False
    for item in items:
        if not isinstance(item, dict):
            continue
        alternatives = item.get("alternatives")
        if not isinstance(alternatives, list) or not alternatives or not isinstance(alternatives[0], dict):
            continue
        content = _str(alternatives[0].get("content"))
        if not content:
            continue
        if item.get("type") == "punctuation":
            if segments and segments[-1][1]:
                segments[-1][1][-1] += content  # "fever" + "," -> "fever,"
            continue
        label = _str(item.get("speaker_label")) or by_start.get(_str(item.get("start_time")) or "")
        if label is None and _str(item.get("channel_label")):
            label = item["channel_label"]
        if label is not None:
            speaker = label
            any_speaker = True
        if not segments or segments[-1][0] != speaker:
            segments.append((speaker, []))
        segments[-1][1].append(content)
    if not any_speaker:
        audio = results.get("audio_segments")
        if isinstance(audio, list) and audio:
            found = [
                (_str(s.get("speaker_label")), s["transcript"])
                for s in audio
                if isinstance(s, dict) and isinstance(s.get("transcript"), str)
            ]
            if any(label for label, _ in found):
                return found
    if segments:
        return [(label, " ".join(words)) for label, words in segments]
    transcripts = results.get("transcripts")
    if isinstance(transcripts, list):
        texts = [t["transcript"] for t in transcripts if isinstance(t, dict) and _str(t.get("transcript"))]
        return [(None, text) for text in texts]
    return None


def _utterance_segments(entries: list[Any]) -> list[tuple[str | None, str]] | None:
    out: list[tuple[str | None, str]] = []
    for entry in entries:
        if not isinstance(entry, dict):
            return None
        text = _str(entry.get("text")) or _str(entry.get("transcript")) or _str(entry.get("Content"))
        if text is None:
            continue
        speaker = entry.get("speaker", entry.get("speaker_label", entry.get("ParticipantRole")))
        if isinstance(speaker, int) and not isinstance(speaker, bool):
            speaker = f"Speaker {speaker}"
        label = _str(speaker)
        if label is not None and "ParticipantRole" in entry:
            label = _CALL_ANALYTICS_LABELS.get(label, label.title())
        out.append((label, text))
    return out


def read_transcribe_json(
    data: bytes, source: str, options: ReadOptions
) -> Iterator[Interaction | RecordFailure]:
    record_id = record_id_for(source)
    text = decode_file(data, source)
    if isinstance(text, RecordFailure):
        yield text
        return
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        where = f" at line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        yield failure(
            "invalid_json", f"file is not valid JSON{where}", source=source, line=None, record_id=record_id
        )
        return
    if isinstance(document, list):
        # a JSON array of records (an export misnamed .json): one output per element
        for index, element in enumerate(document, start=1):
            if isinstance(element, dict):
                yield interaction_from_mapping(element, source=source, line=index, options=options)
            else:
                yield failure(
                    "not_an_object",
                    f"array element {index} is a JSON {json_type(element)};"
                    " expected an object with an id and a text field",
                    source=source,
                    line=index,
                )
        return
    if not isinstance(document, dict):
        yield failure(
            "not_an_object",
            f"file is a JSON {json_type(document)}; {_EXPECTED}",
            source=source,
            line=None,
            record_id=record_id,
        )
        return
    segments: list[tuple[str | None, str]] | None = None
    metadata: dict[str, Any] = {"source_file": source, "format": "transcribe_json"}
    if isinstance(document.get("results"), dict):
        segments = _amazon_segments(document["results"])
        if _str(document.get("jobName")):
            metadata["job_name"] = document["jobName"]
    elif isinstance(document.get("Transcript"), list):
        segments = _utterance_segments(document["Transcript"])
    else:
        for key in ("segments", "utterances", "turns"):
            if isinstance(document.get(key), list):
                segments = _utterance_segments(document[key])
                break
    if segments is None and isinstance(document.get(options.text_field), str):
        # one plain record saved as .json: its own id, else the file name
        if options.id_field not in document:
            document = {options.id_field: record_id, **document}
        yield interaction_from_mapping(document, source=source, line=None, options=options)
        return
    if segments is None:
        yield failure(
            "not_an_object",
            f"JSON object has no transcript; {_EXPECTED}",
            source=source,
            line=None,
            record_id=record_id,
        )
        return
    assembled, turns = assemble_turns(segments)
    if not assembled.strip():
        yield failure("empty_text", "transcript has no words", source=source, line=None, record_id=record_id)
        return
    yield interaction_from_text(
        assembled,
        record_id=record_id,
        source=source,
        options=options,
        channel="call",
        turns=turns,
        metadata=metadata,
    )
