from __future__ import annotations

import pytest

from pipeline.read import BriefError, read_bytes
from pipeline.read.dates import parse_date

BRIEF = (
    "FIELD NOTE\n"
    "March 3, 2023\n"
    "Sahel Drift: Jihadist Gains After the Withdrawal\n"
    "Bottom Line Up Front\n"
    "- First bullet about Mali.\n"
    "- Second bullet about Niger\n"
    "The first paragraph begins here. It has two sentences.\n"
    "The second paragraph.\n"
)


def test_read_text_structure_of_a_brief():
    brief = read_bytes(BRIEF.encode(), "b.txt")
    text = brief.text
    assert brief.structured
    assert brief.publisher.text(text) == "FIELD NOTE"
    assert brief.date == "2023-03-03"
    assert brief.title.text(text) == "Sahel Drift: Jihadist Gains After the Withdrawal"
    assert [s.text(text) for s in brief.bluf] == ["- First bullet about Mali.", "- Second bullet about Niger"]
    assert [s.text(text) for s in brief.paragraphs] == [
        "The first paragraph begins here. It has two sentences.", "The second paragraph."]


@pytest.mark.parametrize(
    "raw,iso",
    [("March 3, 2023", "2023-03-03"), ("3 March 2023", "2023-03-03"), ("2023-03-03", "2023-03-03"),
     ("Mar. 3, 2023", "2023-03-03"), ("March 3rd, 2023", "2023-03-03"), ("Not a date", None)],
    ids=["month-day-year", "day-month-year", "iso", "abbrev-dot", "ordinal", "no-date"],
)
def test_read_text_date_normalised_to_iso(raw, iso):
    assert parse_date(raw) == iso


def test_read_text_bluf_on_one_line():
    text = "NOTE\n2023-01-05\nTitle here\nBLUF: Al-Shabaab is regrouping.\nBody text follows.\n"
    brief = read_bytes(text.encode(), "b.txt")
    assert [s.text(brief.text) for s in brief.bluf] == ["Al-Shabaab is regrouping."]


def test_read_text_plain_prose_falls_back_to_paragraphs():
    text = "The group attacked the base. It then withdrew.\nA second paragraph.\n"
    brief = read_bytes(text.encode(), "p.txt")
    assert not brief.structured and brief.date is None and brief.title is None
    assert len(brief.paragraphs) == 2


def test_read_text_bom_is_dropped_and_offsets_index_decoded_text():
    brief = read_bytes("\ufeffNOTE\n2023-01-05\nTitle\nBody.".encode(), "bom.txt")
    assert brief.text.startswith("NOTE")
    assert brief.publisher.text(brief.text) == "NOTE"


def test_read_text_crlf_offsets_exclude_carriage_returns():
    brief = read_bytes(BRIEF.replace("\n", "\r\n").encode(), "crlf.txt")
    assert brief.title.text(brief.text) == "Sahel Drift: Jihadist Gains After the Withdrawal"
    assert all("\r" not in s.text(brief.text) for s in brief.bluf + brief.paragraphs)


@pytest.mark.parametrize(
    "data,message",
    [(b"", "empty file"), (b"  \n\t\n", "empty file"), (b"\x00\x01\x02binary", "binary file"),
     (b"caf\xe9 au lait\n", "not valid UTF-8 (byte 0xe9 at offset 3, line 1)")],
    ids=["empty", "whitespace", "binary", "latin-1"],
)
def test_read_text_bad_bytes_are_named(data, message):
    with pytest.raises(BriefError) as info:
        read_bytes(data, "bad.txt")
    assert str(info.value).startswith("bad.txt: ")
    assert message in str(info.value)


def test_read_text_bluf_without_date_keeps_title():
    brief = read_bytes(b"Iran Backs Hezbollah\nBLUF: Iran arms Hezbollah.\nBody text.\n", "t.txt")
    assert brief.title.text(brief.text) == "Iran Backs Hezbollah" and brief.date is None
    assert [s.text(brief.text) for s in brief.paragraphs] == ["Body text."]
