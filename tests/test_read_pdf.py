"""The PDF reader's own rules: lines from glyph positions, headers and footers, de-hyphenation."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.read import pdf


@dataclass
class Glyph:
    text: str
    x0: float
    y0: float
    size: float = 10.0
    width: float = 5.0

    @property
    def x1(self) -> float:
        return self.x0 + self.width

    def get_text(self) -> str:
        return self.text


def _glyphs(*runs: tuple[str, float, float]) -> list[Glyph]:
    """Each run (text, x, y) laid out glyph by glyph, 5 points wide."""
    return [Glyph(ch, x + 5 * i, y) for text, x, y in runs for i, ch in enumerate(text)]


def test_read_pdf_spaces_come_from_gaps_not_glyphs():
    glyphs = _glyphs(("Iran", 0, 700), ("arms", 23, 700))  # a 3-point gap, no space glyph
    kerned = _glyphs(("envo", 0, 680)) + [Glyph(" ", 18, 680)] + _glyphs(("ys", 19.5, 680))  # the space is overlapped
    lines = pdf._lines(glyphs + kerned, 0)
    assert [line.text for line in lines] == ["Iran arms", "envoys"]


def test_read_pdf_new_line_at_a_baseline_change_or_a_return_left():
    lines = pdf._lines(_glyphs(("ab", 0, 700), ("cd", 0, 688), ("ef", 300, 688), ("gh", 100, 688)), 0)
    assert [line.text for line in lines] == ["ab", "cd ef", "gh"]


def test_read_pdf_unmapped_glyph_opening_a_line_is_a_bullet():
    lines = pdf._lines([Glyph("(cid:127)", 0, 700)] + _glyphs(("Point", 12, 700)), 0)
    assert lines[0].text == "\u2022 Point"


def _line(text: str, y: float, page: int, size: float = 10.0) -> pdf.Line:
    return pdf.Line(text, 72, 72 + 5 * len(text), y, size, page)


def test_read_pdf_headers_footers_and_page_numbers_are_dropped():
    pages = [([_line("WATCH NOTE | Restricted", 800, n), _line("Body text of the page goes here.", 500, n),
               _line(f"Page {n + 1} of 2", 20, n)], 842.0) for n in range(2)]
    assert [line.text for line in pdf._drop_headers_and_footers(pages)] == ["Body text of the page goes here."] * 2


def test_read_pdf_a_lone_header_line_stays_unless_it_is_small_print():
    pages = [([_line("WATCH NOTE", 800, 0), _line("Body text.", 500, 0), _line("Body again.", 486, 0),
               _line("printed 2025-01-01", 20, 0, size=7)], 842.0)]
    assert [line.text for line in pdf._drop_headers_and_footers(pages)] == ["WATCH NOTE", "Body text.", "Body again."]


WORDS = {"palestinian", "full-scale", "restrain"}
JOINS = [
    (["both Pales-", "tinian factions"], "both Palestinian factions", "the word occurs whole"),
    (["avoid full-", "scale war"], "avoid full-scale war", "the hyphenated form occurs"),
    (["a pre-", "emptive strike"], "a pre-emptive strike", "a prefix that takes a hyphen"),
    (["for escala-", "tion."], "for escalation.", "neither form occurs, no prefix"),
    (["Secretary-", "General Nasrallah"], "Secretary-General Nasrallah", "capital after the hyphen"),
    (["the 2022-", "2023 offensive"], "the 2022-2023 offensive", "digits"),
    (["soft\u00ad", "ware"], "software", "a soft hyphen at the break"),
    (["ends here.", "Next"], "ends here. Next", "no hyphen"),
    (["write to desk@", "letter.example today"], "write to desk@letter.example today", "an address broken at @"),
    (["To: <subscribers@north", "ernletter.example>"], "To: <subscribers@northernletter.example>",
     "an address broken inside its domain"),
    (["write to desk@letter.example", "today"], "write to desk@letter.example today", "a whole address"),
    (["see example.org/", "briefs/2026"], "see example.org/briefs/2026", "an address broken at /"),
    (["Hamas and/", "or PIJ"], "Hamas and/or PIJ", "a slash between words"),
]


@pytest.mark.parametrize("parts,joined,why", JOINS, ids=[j[2] for j in JOINS])
def test_read_pdf_dehyphenation(parts, joined, why):
    assert pdf._join(parts, WORDS) == joined



def _full(text: str, y: float, page: int) -> pdf.Line:
    """A line that runs to the column's right edge (x 72-472)."""
    return pdf.Line(text, 72, 472, y, 10.0, page)


def test_read_pdf_capitals_line_opening_a_page_is_its_own_block():
    """031's 'WHAT WE THINK' opened page 2 under a paragraph whose last line reached the
    column's edge: no gap marks the paragraph's end, the capitals do."""
    lines = [_full("The paragraph runs on and on to the edge", 500, 0), _full("and ends at the edge too", 488, 0),
             _line("WHAT WE THINK", 800, 1), _full("Next paragraph starts here and runs on", 786, 1)]
    assert [text for _, text in pdf._paragraphs(lines)] == [
        ["The paragraph runs on and on to the edge", "and ends at the edge too"], ["WHAT WE THINK"],
        ["Next paragraph starts here and runs on"]]


def test_read_pdf_capitals_line_wrapped_in_capitals_stays_one_block():
    lines = [_full("UNCLASSIFIED//FOR OFFICIAL USE", 800, 1), _line("ONLY", 788, 1)]
    assert [text for _, text in pdf._paragraphs(lines)] == [["UNCLASSIFIED//FOR OFFICIAL USE", "ONLY"]]
