"""Each input format on a realistic sample (tests/data/io); expectations written by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from io_helpers import DATA, only, read_all, turn_texts

from pvflag.errors import ConfigError
from pvflag.interactions import Interaction
from pvflag.io import INPUT_FORMATS, RecordFailure, detect_format, read_records


def test_input_formats_are_the_documented_names() -> None:
    assert INPUT_FORMATS == ("jsonl", "csv", "txt", "vtt", "srt", "transcribe_json", "turns", "eml")


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("notes.jsonl", None, "jsonl"),
        ("a.NDJSON", None, "jsonl"),
        ("export.csv", None, "csv"),
        ("export.tsv", None, "csv"),
        ("note.txt", None, "txt"),
        ("call.vtt", None, "vtt"),
        ("call.srt", None, "srt"),
        ("job.json", None, "transcribe_json"),
        ("call.turns", None, "turns"),
        ("msg.eml", None, "eml"),
        ("noext", b'{"id": 1, "text": "x"}\n', "jsonl"),
        ("noext", b"\xef\xbb\xbfWEBVTT\n\n", "vtt"),
        ("noext", b"1\n00:00:01,000 --> 00:00:02,000\nhi\n", "srt"),
        ("noext", b"From: a@b.c\nSubject: x\n\nbody", "eml"),
        ("noext", b'{\n "results": {}\n}', "transcribe_json"),
        ("noext", b"Pt c/o HA", "txt"),
        ("-", None, "jsonl"),
    ],
)
def test_detect_format(name: str, head: bytes | None, expected: str) -> None:
    assert detect_format(name, head) == expected


def test_unknown_input_format_is_a_config_error_listing_the_choices() -> None:
    with pytest.raises(
        ConfigError, match="expected one of: jsonl, csv, txt, vtt, srt, transcribe_json, turns, eml"
    ):
        list(read_records([str(DATA / "notes.jsonl")], input_format="xml"))


def test_jsonl_records_metadata_and_received_at() -> None:
    items = read_all(DATA / "notes.jsonl")
    assert [i.id for i in items] == ["n-1", "n-2", "3", "n-4"]
    assert all(isinstance(i, Interaction) for i in items)
    first, second, third, fourth = items
    assert isinstance(first, Interaction) and isinstance(second, Interaction)
    assert isinstance(third, Interaction) and isinstance(fourth, Interaction)
    assert first.text == "Pt c/o HA and injection site rxn after 2nd dose of Dupixent."
    assert first.channel == "phone"
    assert first.received_at == datetime(2024, 3, 1, 10, 15, tzinfo=UTC)
    assert first.metadata == {
        "channel": "phone",
        "received_at": "2024-03-01T10:15:00Z",
        "program": "dupixent-myway",
    }
    # turns inside a plain JSONL record are found too
    assert turn_texts(second) == [
        ("Agent", "agent", "Agent: Have you had any side effects?"),
        ("Patient", "patient", "Patient: My mouth has sores since the last shot."),
        ("Agent", "agent", "Agent: Thank you, I will document that."),
    ]
    # an integer id becomes a string; a non-ISO date stays metadata only
    assert third.received_at is None and third.metadata == {"received_at": "03/01/2024"}
    assert fourth.metadata == {"tags": ["copay", "activation"], "agent": {"id": "a-9", "team": "east"}}


def test_csv_with_custom_columns_and_multiline_quoted_notes() -> None:
    items = read_all(DATA / "crm_export.csv", id_field="NoteID", text_field="NoteBody")
    assert [i.id for i in items] == ["PSP-1001", "PSP-1002", "PSP-1003", "PSP-1004"]
    records = [i for i in items if isinstance(i, Interaction)]
    assert len(records) == 4
    assert records[1].text == (
        "Caregiver (wife) reports pt fell\n"
        "and hit his head after feeling dizzy. Went to ER, admitted overnight."
    )
    assert records[3].text == 'Pt said "I\'m pregnant" and asked if she should stop Humira.'
    assert records[0].metadata == {
        "CreatedOn": "2024-02-11T09:14:00-05:00",
        "Program": "ozempic-savings",
        "Agent": "agent-17",
    }
    assert records[0].turns == ()  # "Pt called re:" is a sentence, not a speaker


def test_csv_wrong_field_names_fail_each_row_listing_the_header() -> None:
    items = read_all(DATA / "crm_export.csv")
    assert len(items) == 4
    assert all(isinstance(i, RecordFailure) and i.error.type == "missing_id" for i in items)
    first = items[0]
    assert isinstance(first, RecordFailure)
    assert first.id == f"{DATA / 'crm_export.csv'}:2"
    assert "'NoteID', 'NoteBody', 'CreatedOn', 'Program', 'Agent'" in first.error.message
    assert "--id-field" in first.error.message


def test_tsv(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.tsv"
    path.write_text("id\ttext\tsite\nt1\tpt reports rash, itching\tA\n", encoding="utf-8")
    record = only(read_all(path))
    assert (record.id, record.text, record.metadata) == ("t1", "pt reports rash, itching", {"site": "A"})


def test_webvtt_voices_merge_cues_and_keep_times() -> None:
    record = only(read_all(DATA / "call_0412.vtt"))
    assert record.id == "call_0412" and record.channel == "call"
    assert turn_texts(record) == [
        (
            "Agent",
            "agent",
            "Agent: Thank you for calling the Dupixent MyWay support line, this is Dana. "
            "Before we start, have you had any side effects since your last injection?",
        ),
        (
            "Patient",
            "patient",
            "Patient: Yeah, my eyes have been really red and itchy, and I had a headache "
            "for like three days after the shot.",
        ),
        ("Caregiver Maria", "caregiver", "Caregiver Maria: Tell her about the cold sores too."),
        ("Agent", "agent", "Agent: I'm sorry to hear that. Any trouble breathing or swelling?"),
        ("Patient", "patient", "Patient: No, nothing like that."),
    ]
    assert record.text.endswith("Patient: No, nothing like that.\n")
    assert record.metadata["turn_times"] == [
        [0.0, 7.9],
        [8.1, 16.0],
        [16.4, 20.0],
        [20.3, 24.0],
        [20.3, 24.0],
    ]


def test_srt_labels_and_continuation_lines() -> None:
    record = only(read_all(DATA / "call_0413.srt"))
    assert turn_texts(record) == [
        ("AGENT", "agent", "AGENT: Thanks for calling Humira Complete, how can I help you today?"),
        (
            "CALLER",
            "patient",
            "CALLER: Hi, I'm calling about my husband. He started Humira two weeks ago. "
            "He got a really bad rash on his arms and the injection site is swollen.",
        ),
        ("AGENT", "agent", "AGENT: I'm sorry. Did he go to the ER?"),
        ("CALLER", "patient", "CALLER: No, he called his doctor."),  # <i> tag removed
    ]
    assert record.metadata["turn_times"] == [[0.0, 3.5], [3.6, 12.9], [13.0, 15.0], [15.1, 17.0]]


def test_amazon_transcribe_speakers_punctuation_and_agent_heuristic() -> None:
    record = only(read_all(DATA / "call_0414.json"))
    assert record.text == (
        "spk_0: Thank you for calling the Ozempic savings line.\n"
        "spk_1: Hi, I threw up twice after my dose and I feel dizzy.\n"
    )
    assert [(t.speaker, t.role) for t in record.turns] == [("spk_0", "agent"), ("spk_1", "unknown")]
    assert record.metadata["job_name"] == "call-0414"


@pytest.mark.parametrize(
    ("document", "expected_text", "expected_roles"),
    [
        (  # Call Analytics
            '{"Transcript": [{"ParticipantRole": "AGENT", "Content": "Thanks for calling."},'
            ' {"ParticipantRole": "CUSTOMER", "Content": "I have hives."}]}',
            "Agent: Thanks for calling.\nCustomer: I have hives.\n",
            ["agent", "patient"],
        ),
        (  # generic utterances with integer speakers
            '{"utterances": [{"speaker": 0, "text": "hub line, how can I help you"},'
            ' {"speaker": 1, "text": "my son has a rash"}]}',
            "Speaker 0: hub line, how can I help you\nSpeaker 1: my son has a rash\n",
            ["agent", "unknown"],
        ),
        (  # Transcribe items with speaker_label on each item (newer output), no speakers block
            '{"results": {"items": [{"start_time": "0.1", "speaker_label": "spk_1", "type": "pronunciation",'
            ' "alternatives": [{"content": "nausea"}]},'
            ' {"type": "punctuation", "alternatives": [{"content": "."}]}]}}',
            "spk_1: nausea.\n",
            ["unknown"],
        ),
        (  # Transcribe without diarisation: the transcript as one line
            '{"results": {"transcripts": [{"transcript": "I feel dizzy."}], "items": []}}',
            "I feel dizzy.\n",
            [],
        ),
    ],
)
def test_other_transcript_json_layouts(
    tmp_path,
    document: str,
    expected_text: str,  # type: ignore[no-untyped-def]
    expected_roles: list[str],
) -> None:
    path = tmp_path / "call.json"
    path.write_text(document, encoding="utf-8")
    record = only(read_all(path))
    assert record.text == expected_text
    assert [t.role for t in record.turns] == expected_roles


def test_turns_file_accepts_names() -> None:
    record = only(read_all(DATA / "call_0417.turns"))
    assert [(t.speaker, t.role) for t in record.turns] == [
        ("Dana", "agent"),
        ("Robert", "unknown"),
        ("Dana", "agent"),
        ("Robert", "unknown"),
    ]


def test_plain_text_file_is_one_record_named_after_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "note-77.txt"
    path.write_bytes(b"\xef\xbb\xbfPt c/o HA x3 days\r\nafter Humira.\r\n")
    record = only(read_all(path))
    assert record.id == "note-77"
    assert record.text == "Pt c/o HA x3 days\r\nafter Humira.\r\n"  # BOM dropped, CRLF kept


def test_multipart_email_with_quoted_reply_and_signature() -> None:
    record = only(read_all(DATA / "reply_0415.eml"))
    assert record.channel == "email"
    assert record.received_at == datetime(2024, 3, 5, 14, 12, 9, tzinfo=timezone(timedelta(hours=-5)))
    assert record.text.startswith(
        "Subject: Re: Your Taltz shipment\n\nHi,\n\n"
        "Got the shipment, thanks. Since the second pen my stomach "
        "has been upset and I had diarrhea for two days.\n"
    )
    regions = [(r.kind, record.text[r.start : r.end]) for r in record.regions]
    assert regions == [
        ("header", "Subject: Re: Your Taltz shipment"),
        ("signature", "-- \nPat"),
        (
            "quoted",
            "On Mon, Mar 4, 2024 at 9:30 AM Hub Support <support@hub.example.org> wrote:\n"
            "> Hello Pat, your Taltz shipment is on its way.\n"
            "> Last time you mentioned a headache after the injection; please let us know\n"
            "> if anything else comes up.",
        ),
    ]
    # the plain part was chosen over the HTML alternative; the PDF was counted, not read
    assert record.text.count("diarrhea") == 1
    assert record.metadata["attachments"] == 1
    assert record.metadata["message_id"] == "<reply-0415@example.com>"


def test_html_only_email_with_outlook_original_message() -> None:
    record = only(read_all(DATA / "html_only_0416.eml"))
    assert "My son had a fever of 102 after his Enbrel shot" in record.text
    assert "color: red" not in record.text  # <style> dropped
    quoted = [record.text[r.start : r.end] for r in record.regions if r.kind == "quoted"]
    assert quoted == [
        "-----Original Message-----\nFrom: Hub Support\nSent: Tuesday\nPlease report any side effects."
    ]


def test_email_quote_markers_inline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "inline.eml"
    path.write_bytes(
        b"From: p@example.com\nSubject: hi\nContent-Type: text/plain\n\n"
        b"> did the rash go away?\nNo, it spread to my legs.\n> any fever?\n>\nYes 101.\n"
    )
    record = only(read_all(path))
    quoted = [record.text[r.start : r.end] for r in record.regions if r.kind == "quoted"]
    assert quoted == ["> did the rash go away?", "> any fever?\n>"]


def test_directory_source_reads_known_files_in_sorted_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "b.txt").write_text("Pt reports nausea", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Pt reports rash", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Pt reports fever", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    assert [i.id for i in read_all(tmp_path)] == ["a", "b", "c"]


def test_stdin(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io
    import sys

    fake = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b'{"id": "s1", "text": "rash"}\n{oops\n')))
    monkeypatch.setattr(sys, "stdin", fake)
    items = list(read_records(["-"]))
    assert [(i.id, type(i).__name__) for i in items] == [("s1", "Interaction"), ("-:2", "RecordFailure")]


@pytest.mark.parametrize(
    ("name", "content", "expected_text", "expected_turns"),
    [
        (  # captions without voices: one line per cue, no turns; entities and tags undone
            "plain.vtt",
            "WEBVTT\n\n00:01.000 --> 00:02.000\nI get <i>hives</i> &amp; itching\n\n"
            "00:02.500 --> 00:03.000\n- after the shot\n",
            "I get hives & itching\nafter the shot\n",
            [],
        ),
        (  # "Label:" inside VTT cues, and a cue identifier line
            "labels.vtt",
            "WEBVTT\n\ncue-1\n00:00:01.000 --> 00:00:02.000\nNurse: any swelling?\n\n"
            "cue-2\n00:00:02.000 --> 00:00:03.000\nPt: my lips swelled up\n",
            "Nurse: any swelling?\nPt: my lips swelled up\n",
            [("Nurse", "hcp"), ("Pt", "patient")],
        ),
        (  # SRT bracket and >> labels
            "brackets.srt",
            "1\n00:00:01,000 --> 00:00:02,000\n[Agent] any side effects?\n\n"
            "2\n00:00:02,000 --> 00:00:03,000\n>> MOM: she threw up twice\n",
            "Agent: any side effects?\nMOM: she threw up twice\n",
            [("Agent", "agent"), ("MOM", "caregiver")],
        ),
    ],
)
def test_caption_variants(
    tmp_path,
    name: str,
    content: str,
    expected_text: str,  # type: ignore[no-untyped-def]
    expected_turns: list[tuple[str, str]],
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    record = only(read_all(path))
    assert record.text == expected_text
    assert [(t.speaker, t.role) for t in record.turns] == expected_turns


def test_email_encoded_subject_and_declared_charset(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "latin.eml"
    path.write_bytes(
        b"From: a@example.com\nSubject: =?utf-8?q?Efectos_secundarios_de_Humira_=E2=80=93_n=C3=A1useas?=\n"
        b"Content-Type: text/plain; charset=iso-8859-1\n\nTengo n\xe1useas y mareo desde la inyecci\xf3n.\n"
    )
    record = only(read_all(path))
    assert record.text == (
        "Subject: Efectos secundarios de Humira \u2013 n\u00e1useas\n\n"
        "Tengo n\u00e1useas y mareo desde la inyecci\u00f3n."
    )
    assert "decode_errors" not in record.metadata
