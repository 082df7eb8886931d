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


def test_read_text_utf16_with_a_bom_is_decoded():
    """Issue 14 item 11: UTF-16 was called 'binary file (NUL bytes)'."""
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        data = (BRIEF.encode(codec) if codec != "utf-16-be" else b"\xfe\xff" + BRIEF.encode(codec))
        brief = read_bytes(data, "wide.txt")
        assert brief.text == BRIEF and brief.title.text(brief.text).startswith("Sahel Drift"), codec


def test_read_text_utf16_without_a_bom_is_named():
    with pytest.raises(BriefError, match=r"^wide\.txt: UTF-16 text without a byte-order mark"):
        read_bytes(BRIEF.encode("utf-16-le"), "wide.txt")


@pytest.mark.parametrize("data,what", [
    (b"%PDF-1.7\n1 0 obj\n%%EOF\n", "a PDF"), (b"PK\x03\x04rest", "a zip archive"),
    (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "HTML"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "a legacy Word/Office file"), (b"{\\rtf1 hello}", "RTF"),
], ids=["pdf", "zip", "html", "ole", "rtf"])
def test_read_text_content_of_another_format_is_named(data, what):
    with pytest.raises(BriefError, match=rf"^brief\.txt: the content is {what}.*, not text"):
        read_bytes(data, "brief.txt")


def test_read_text_extract_text_offsets_index_the_callers_string(extract):
    """Issue 14 item 5: a leading U+FEFF was dropped, so every offset was one short."""
    text = "\ufeff" + BRIEF.replace("First bullet about Mali.", "Iran has armed Hezbollah.")
    records = extract(text)
    assert records[0]["n_chars"] == len(text)
    mentions = [m for r in records if r["kind"] == "entity" for m in r["mentions"]]
    assert mentions and all(text[m["start"]:m["end"]] == m["text"] for m in mentions)


def test_read_text_read_text_keeps_the_string_exactly():
    from pipeline.read import read_text

    text = "\ufeffNOTE\r\n2023-01-05\rTitle\nBody with Hez\u00adbollah and \u2019quotes\u2019.\n"
    assert read_text(text).text == text
