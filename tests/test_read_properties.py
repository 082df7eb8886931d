"""Property-based tests (hypothesis, bounded and derandomised so `make test` is repeatable):
over extract_text and every reader, for brief-like text with awkward characters, there is no
exception but a BriefError, every offset holds (text[start:end] == text of the span), the
records are schema-valid, and a second run gives the same records."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

import pipeline
from pipeline.read import BriefError, read_bytes
from pipeline.records import AnyRecord
from tests.conftest import record_spans
from tests.formats import Parts, to_docx, to_html, to_markdown, to_pdf

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
RECORD = TypeAdapter(AnyRecord)

WORDS = ["Hezbollah", "Iran", "Hassan Nasrallah", "al-Shabaab", "Al-Shabaab", "the group", "it", "Hamas", "Israel",
         "will likely", "vowed to", "has armed", "supports", "attacked", "We judge", "is unlikely to",
         "(PIJ)", "Palestinian Islamic Jihad", "U.S.", "Bottom Line Up Front", "Key Judgments", "Summary",
         "14 November 2025", "2025-11-14", "NAIROBI, 3 March 2025 \u2014", "- ", "1. ", "\u2022 ", "#", "**"]
ODD = ["\ufeff", "\u200b", "\u200d", "\u00ad", "\u2060", "\u2019", "\u201c", "\u00a0", "\u2028", "\u0085", "\t",
       "\r", "\r\n", "\n", "\n\n", " ", ".", ",", "(", ")", "\u00e9", "\u0301", "\U0001f600"]
piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD),
                  st.text(st.characters(blacklist_categories=("Cs",)), max_size=8))
# a leading BOM or invisible character is where offsets went wrong before (issue 14 item 5)
lead = st.sampled_from(["", "", "\ufeff", "\u200b", " ", "\r"])
brief_text = st.tuples(lead, st.lists(piece, min_size=1, max_size=60).map("".join)).map("".join)
printable = st.characters(whitelist_categories=("L", "N", "P", "Zs", "S", "M"), blacklist_characters="\u2028\u2029")
line = st.one_of(st.sampled_from(WORDS), st.text(printable, min_size=1, max_size=40)).map(str.strip).filter(bool)
# a brief's lines with their parts, in any order (a title before its date, a heading anywhere)
part = st.one_of(st.tuples(st.sampled_from(["publisher", "title", "heading", "item"]), line),
                 st.tuples(st.just("date"), st.sampled_from(WORDS[20:22])),
                 st.tuples(st.just("heading"), st.sampled_from(WORDS[17:20])),
                 st.tuples(st.just("paragraph"), st.lists(line, min_size=1, max_size=6).map(" ".join)))
parts = st.builds(Parts, lines=st.lists(part, min_size=1, max_size=10))


def _check(text, records):
    assert records[0]["n_chars"] == len(text)
    for record in records:
        RECORD.validate_python(record)
        for span in record_spans(record):
            assert text[span["start"]:span["end"]] == span["text"], span
    structure = records[0]["structure"]
    segments = [s for s in (structure["publisher"], structure["date"], structure["title"]) if s]
    segments += structure["bluf"] + structure["headings"] + structure["paragraphs"]
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in segments)


@SETTINGS
@given(text=brief_text)
def test_read_properties_extract_text(text, nlp):
    try:
        first = pipeline.extract_text(text, nlp=nlp)
    except BriefError:
        assert not text.strip()
        return
    _check(text, first)
    assert pipeline.extract_text(text, nlp=nlp) == first


@SETTINGS
@given(data=st.binary(max_size=300) | brief_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_read_properties_text_reader_on_any_bytes(data):
    try:
        brief = read_bytes(data, "x.txt")
    except BriefError as exc:
        assert str(exc).startswith("x.txt: ")
        return
    for seg in [*brief.bluf, *brief.headings, *brief.paragraphs]:
        assert 0 <= seg.start < seg.end <= len(brief.text)


MAKERS = {"html": to_html, "md": to_markdown, "docx": to_docx, "pdf": to_pdf}


@pytest.mark.parametrize("ext", list(MAKERS))
def test_read_properties_converted_formats(ext, nlp):
    @settings(SETTINGS, max_examples=15 if ext in ("docx", "pdf") else 40)
    @given(p=parts)
    def run(p):
        data = MAKERS[ext](p)
        try:
            brief = read_bytes(data, f"x.{ext}")
        except BriefError as exc:
            assert str(exc).startswith(f"x.{ext}: ")
            return
        records = [r.model_dump(mode="json") for r in pipeline.extract_brief(brief, nlp)]
        _check(brief.text, records)
        again = read_bytes(data, f"x.{ext}")
        assert again.text == brief.text and again.text_sha256 == brief.text_sha256

    run()
