"""HTML, Markdown, DOCX and PDF versions of corpus briefs give the .txt's text, parts, actors and claims.

The versions are made here with kept libraries (tests/formats) from each .txt brief's own
structure, so every corpus .txt brief is rebuilt in every format. Their text can differ from
the .txt's in one known way: a list is written "- " whatever glyph the .txt used (002 uses
"•"). Offsets are mapped from the .txt's text to the converted text by aligning the two, so
every name, label, claim type, actor and target is compared at its place.
"""

from __future__ import annotations

import difflib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.read import read_bytes
from pipeline.read.layout import BULLET_RE
from pipeline.read.lines import lines_of, logical_lines
from tests.conftest import CORPUS, record_spans
from tests.formats import GLYPH_RE, parts_of, parts_of_brief, scan_pdf, to_docx, to_html, to_markdown, to_pdf, unwrapped

BRIEFS = sorted(p for p in CORPUS.glob("*.txt"))
FORMATS = {
    "html": (to_html, "html"), "markdown": (to_markdown, "md"), "docx": (to_docx, "docx"),
    "pdf": (to_pdf, "pdf"), "pdf-two-columns": (lambda p: to_pdf(p, columns=2), "pdf"),
}


def _mapping(old: str, new: str) -> dict[int, int]:
    """Offset in ``old`` -> offset in ``new`` wherever the two texts align (same-length replacements too)."""
    out = {}
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            out.update({i1 + k: j1 + k for k in range(i2 - i1 + 1)})
    return out


def _summary(records, where=lambda i: i):
    entities = sorted((r["id"], r["label"], r["name"], tuple((where(m["start"]), where(m["end"]), m["via"])
                                                             for m in r["mentions"]))
                      for r in records if r["kind"] == "entity")
    claims = sorted(((r["type"], r["rule"], r["relation"], r["polarity"], r["modality"],
                      (r["actor"] or {}).get("id"), (r["target"] or {}).get("id"),
                      where(r["cue"]["start"]), where(r["cue"]["end"])) for r in records if r["kind"] == "claim"),
                    key=str)
    return entities, claims


# Every .txt brief in every format: nothing filters the corpus, so a brief the fixtures cannot
# rebuild, or a reader cannot read back, fails here instead of dropping out.
ALL = [(path, fmt) for path in BRIEFS for fmt in FORMATS]


def _as_rebuilt(brief) -> list[str]:
    """The brief's lines with each list item's marker (in the key block or the body) written
    "- ", as the fixtures write lists (002's "•", 010's "1.", 044's "*": the fixtures make every
    list unordered), and a hard-wrapped paragraph's lines as one (151's)."""
    text = brief.text
    items = {seg for seg in brief.bluf if BULLET_RE.match(seg.text(text))} | {
        seg for seg in brief.paragraphs if GLYPH_RE.match(seg.text(text))}
    return [unwrapped("- " + BULLET_RE.sub("", seg.text(text), count=1) if seg in items else seg.text(text))
            for seg in logical_lines(text)]


def _one_gap(line: str) -> str:
    """A line with each run of spaces inside it written as one."""
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", line)


def _parts_one_gap(parts) -> list[tuple[str, str]]:
    return [(role, _one_gap(text)) for role, text in parts.lines]


def _converted(path, fmt):
    make, ext = FORMATS[fmt]
    return read_bytes(make(parts_of(path)), f"{path.stem}.{ext}")


@pytest.fixture(scope="module")
def plain(nlp):
    out = {}
    for path in BRIEFS:
        brief = read_bytes(path.read_bytes(), path.name)
        out[path.stem] = (brief.text, [r.model_dump(mode="json") for r in pipeline.extract_brief(brief, nlp)])
    return out


# A hard-wrapped .txt (151) breaks lines inside sentences; the other formats write each
# paragraph whole. The claims agree because the tokenizer reads a wrap as a space, except where
# the wrapped line is indented ('its feud with the\n   Comando Vermelho' in 179's numbered key
# judgments): the indent stays a whitespace token of its own, which no multi-word rule crosses
# (records quote the brief as given, so the spaces cannot be dropped). Strict: the marker goes
# once the rules read across such a token.
INDENTED_WRAPS = {"179_paraguay_epp"}
GIVE_SAME = [pytest.param(path, fmt, marks=pytest.mark.xfail(
    strict=True, reason="an indented hanging wrap leaves a whitespace token the claim rules do not cross"))
    if path.stem in INDENTED_WRAPS else (path, fmt) for path, fmt in ALL]


@pytest.mark.parametrize("path,fmt", GIVE_SAME, ids=[f"{p.stem}-{fmt}" for p, fmt in ALL])
def test_read_formats_give_the_plain_texts_actors_and_claims(path, fmt, plain, nlp):
    brief = _converted(path, fmt)
    records = [r.model_dump(mode="json") for r in pipeline.extract_brief(brief, nlp)]
    text = brief.text
    for record in records[1:]:
        for span in record_spans(record):
            assert text[span["start"]:span["end"]] == span["text"], (fmt, span)
    old_text, old_records = plain[path.stem]
    mapping = _mapping(old_text, text)
    assert _summary(records) == _summary(old_records, mapping.__getitem__)
    assert records[0]["reader"].startswith(fmt.split("-")[0]) and records[0]["text_sha256"] == brief.text_sha256


# 266's header line 'FROM: Harbourline Intelligence Review - Organised Crime Desk' wraps in a
# two-column PDF right before its ' - ', and the reader takes the continuation for a list item:
# the wrapped line stops a word short of the column's edge, as a short line before a real dash
# item does. Strict: the marker goes once the reader tells the two apart.
DASH_WRAPS = {("266_kinahan", "pdf-two-columns")}
LINE_FOR_LINE = [pytest.param(path, fmt, marks=pytest.mark.xfail(
    strict=True, reason="a header line wrapped right before ' - ' reads as a list item"))
    if (path.stem, fmt) in DASH_WRAPS else (path, fmt) for path, fmt in ALL]


@pytest.mark.parametrize("path,fmt", LINE_FOR_LINE, ids=[f"{p.stem}-{fmt}" for p, fmt in ALL])
def test_read_formats_text_and_parts_equal_the_plain_texts_but_for_list_glyphs(path, fmt):
    """The converted text is the .txt's, line for line, and each line is the same part of the
    brief (publisher, date, title, heading, key-block item, paragraph). A plain-text table's
    columns are aligned with runs of spaces, which the other formats do not keep (364's and 379's
    'Outcome          Our assessment'): a run counts as one space."""
    plain = read_bytes(path.read_bytes(), path.name)
    brief = _converted(path, fmt)
    assert [_one_gap(seg.text(brief.text)) for seg in lines_of(brief.text)] == [
        _one_gap(line) for line in _as_rebuilt(plain)]
    assert _parts_one_gap(parts_of_brief(brief)) == _parts_one_gap(parts_of_brief(plain)) and brief.date == plain.date


def test_read_formats_pdf_drops_running_headers_and_page_numbers():
    data = to_pdf(parts_of(CORPUS / "003_levant_hezbollah.txt"))
    text = read_bytes(data, "x.pdf").text
    assert data.count(b"/Type /Page\n") >= 2 or text.count("\n") > 5
    assert "FOR OFFICIAL USE" not in text and "Page 1" not in text and "Page 2" not in text


# ------------------------------------------------------------------------------------ bad files
def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _bad_files():
    parts = parts_of(CORPUS / "003_levant_hezbollah.txt")
    pdf = to_pdf(parts)
    docx = to_docx(parts)
    return [
        ("truncated-pdf", "cut.pdf", pdf[: len(pdf) // 2], "cut.pdf: truncated PDF (no %%EOF marker at the end)"),
        ("encrypted-pdf", "locked.pdf", to_pdf(parts, encrypt="secret"),
         "locked.pdf: encrypted PDF that needs a password"),
        ("damaged-pdf", "garbled.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "garbled.pdf: "),
        ("pdf-without-text", "scan.pdf", scan_pdf(), "scan.pdf: PDF with no text layer"),
        ("html-no-body-text", "empty.html",
         b"<html><head><title>T</title><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
         b"</body></html>", "empty.html: HTML with no body text"),
        ("zip-not-docx", "notes.docx", _zip({"notes.txt": b"hello"}),
         "notes.docx: a zip file but not a Word document (no word/document.xml)"),
        ("truncated-docx", "cut.docx", docx[: len(docx) // 2], "cut.docx: damaged DOCX"),
        ("pdf-named-docx", "report.docx", pdf, "report.docx: the content is a PDF, not docx"),
        ("empty-markdown", "blank.md", b"\n\n", "blank.md: empty file"),
        ("markdown-only-images", "pics.md", b"![chart](chart.png)\n", "pics.md: no text"),
    ]


BAD = _bad_files()


@pytest.mark.parametrize("name,data,message", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_read_formats_bad_file_is_one_clear_line_and_nothing_is_lost(tmp_path, name, data, message):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    good = tmp_path / "in" / "good.txt"
    good.write_bytes((CORPUS / "003_levant_hezbollah.txt").read_bytes())
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if name in line]
    assert len(lines) == 1 and message in lines[0], result.output
    assert (tmp_path / "out" / "good.jsonl").exists(), "the rest of the batch goes on"
    assert not (tmp_path / "out" / f"{Path(name).stem}.jsonl").exists(), "no output for a bad file"
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [message in e["reason"] for e in errors] == [True]
