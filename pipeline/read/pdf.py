"""PDF briefs, by pdfminer.six: characters in the order the page draws them, put back into
lines, paragraphs and list items; page headers, footers and page numbers removed; words
split across lines joined.

Why pdfminer.six and not pypdf (compared in the README): pypdf's text loses and inserts
spaces inside words on justified, kerned text ("lea ve", "Y ounes", "Hezbollah'sdaily"), which
breaks names; pdfminer.six gives each character with its box, so spaces come from the real
gaps. Its own layout analysis reorders boxes on two-column pages, so we do not use it: we
take characters in drawing order (how every layout engine we tried writes columns) and
assemble lines ourselves.

- A line ends where the baseline moves or the pen goes back left (however wide the gaps of a
  justified line); a gap wider than 0.15 of the font size is a space.
- Header and footer: a line in the top or bottom tenth of the page that is a page number
  ("3", "Page 3 of 5", "- 3 -"), recurs on two or more pages (digits aside), or is set
  smaller than the body text.
- Paragraphs end at a larger vertical gap than the page's usual line spacing, before a bullet
  or a larger font (a heading; the first, above the body, is the title), at a first-line indent, and after a line
  that stops well short of its column's right edge.
- A line ending in a hyphen joins the next without it when the next starts in lower case and
  the joined word occurs elsewhere in the brief, or neither form does and the first part is
  not a prefix that takes a hyphen ("anti-", "pre-", "full-", ...). Otherwise the hyphen stays
  ("full-scale", "Secretary-General").
- A line ending inside an address (an e-mail address whose domain has no top-level part yet,
  'desk@north', or a path after a slash, 'example.org/') joins the next with no space: layout
  programs break a word wider than the column anywhere.
- Ligature characters (U+FB01 "ﬁ" and so on) are kept as the PDF maps them: the matcher folds
  them, as it does typographic quotes.
- A glyph with no Unicode mapping is U+FFFD, or a bullet when it opens a line.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from importlib.metadata import version

from pipeline.read.blocks import Blocks
from pipeline.read.brief import BriefError

MARGIN = 0.1  # top and bottom share of the page where headers and footers live
PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?$",
                         re.IGNORECASE)
BULLETS = "\u2022\u25aa\u25cf\u25e6\u2013\u2014-*\u25a0\u2023\u2043"
DASHES = "\u2013\u2014"  # en and em dash: a list's glyph, or a break inside a line
SENTENCE_ENDS = (".", ";", ":", "!", "?", '"', "\u201d")
ITEM_RE = re.compile(rf"^(?:--|[{re.escape(BULLETS)}]|\d{{1,2}}[.)])\s")  # ('-- ': a cable's sub-item)
HYPHENS = ("-", "\u00ad", "\u2010")
HYPHEN_PREFIXES = frozenset({
    "anti", "pre", "post", "non", "self", "full", "half", "two", "three", "four", "five", "well", "cross",
    "ex", "pro", "semi", "multi", "long", "short", "high", "low", "mid", "so", "cease", "all",
    "first", "second", "third", "one", "inter", "intra", "pan", "neo", "quasi", "ultra",
})
WORD_RE = re.compile(r"[^\W\d_]+(?:[-\u2019'][^\W\d_]+)*")
MAIL_DOMAIN_END = re.compile(r"\.[A-Za-z]{2,}[>)\].,;:]*$")  # 'letter.example>': the address is whole


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float
    page: int


def reader() -> str:
    return f"pdf (pdfminer.six {version('pdfminer.six')})"


def convert(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    if b"%%EOF" not in data[-2048:]:
        raise BriefError(f"{source}: truncated PDF (no %%EOF marker at the end)")
    pages = _pages(data, source)
    lines = _drop_headers_and_footers(pages)
    if not any(line.text.strip() for line in lines):
        raise BriefError(f"{source}: PDF with no text layer (a scan?); it needs OCR first")
    blocks = Blocks()
    words = {w.lower() for line in lines for w in WORD_RE.findall(line.text)}
    for kind, parts in _paragraphs(lines):
        blocks.add(_join(parts, words), kind)
    return blocks.text, blocks.hints


def _pages(data: bytes, source: str) -> list[tuple[list[Line], float]]:
    """Each page's lines in drawing order, with the page height."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    def chars(node):
        for item in node:
            if isinstance(item, LTChar):
                yield item
            elif isinstance(item, LTContainer):
                yield from chars(item)

    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=None)
    interpreter = PDFPageInterpreter(resources, device)
    pages = []
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for number, page in enumerate(PDFPage.create_pages(document)):
            interpreter.process_page(page)
            layout = device.get_result()
            pages.append((_lines(list(chars(layout)), number), layout.height))
    except PDFPasswordIncorrect as exc:
        raise BriefError(f"{source}: encrypted PDF that needs a password; save an unprotected copy") from exc
    except PDFEncryptionError as exc:
        raise BriefError(f"{source}: encrypted PDF ({exc}); save an unprotected copy") from exc
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise BriefError(f"{source}: damaged PDF ({type(exc).__name__}: {exc})") from exc
    return pages


def _glyph(char) -> str:
    text = char.get_text()
    if text.startswith("(cid:") or (len(text) == 1 and "\ue000" <= text <= "\uf8ff"):
        return "\ufffd"
    return text


def _lines(chars, page: int) -> list[Line]:
    """Characters in drawing order -> lines. Spaces come from the gaps between visible glyphs:
    a space glyph that the next glyph overlaps (kerning in justified text) is no word break."""
    lines: list[Line] = []
    current: list[str] = []
    first = prev = None
    spaced = False  # a space glyph since the last visible one

    def close() -> None:
        text = "".join(current).strip()
        if text and first is not None and prev is not None:
            if text.startswith("\ufffd") and len(text) > 1 and text[1] == " ":
                text = "\u2022" + text[1:]  # an unmapped glyph opening a line: a bullet font's bullet
            lines.append(Line(text, first.x0, prev.x1, first.y0, first.size, page))
        current.clear()

    for char in chars:
        glyph = _glyph(char)
        if glyph.isspace():
            spaced = True
            continue
        if prev is None:
            first = char
        else:
            size = max(char.size, prev.size, 1.0)
            gap = char.x0 - prev.x1
            if abs(char.y0 - prev.y0) > 0.5 * size or char.x0 < prev.x0 - size:
                close()
                first = char
            elif gap > 0.15 * size or (spaced and gap > 0.05 * size):
                current.append(" ")
        current.append(glyph)
        prev, spaced = char, False
    close()
    return lines


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _drop_headers_and_footers(pages: list[tuple[list[Line], float]]) -> list[Line]:
    def in_margin(line: Line, height: float) -> bool:
        return line.y > height * (1 - MARGIN) or line.y < height * MARGIN

    sizes = [line.size for lines, _ in pages for line in lines]
    small = 0.85 * statistics.median(sizes) if sizes else 0.0
    seen: dict[str, set[int]] = {}
    for lines, height in pages:
        for line in lines:
            if in_margin(line, height):
                seen.setdefault(_shape(line.text), set()).add(line.page)
    kept = []
    for lines, height in pages:
        for line in lines:
            if in_margin(line, height) and (PAGE_NUMBER.match(line.text) or len(seen[_shape(line.text)]) >= 2
                                            or line.size < small):
                continue
            kept.append(line)
    return kept


def _paragraphs(lines: list[Line]) -> list[tuple[str, list[str]]]:
    """(kind, lines) per paragraph, in order."""
    if not lines:
        return []
    body = statistics.median(line.size for line in lines)
    steps = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False) if a.page == b.page and 0 < a.y - b.y < 3 * body]
    leading = statistics.median(steps) if steps else 1.2 * body
    edges = _right_edges(lines)
    out: list[tuple[str, list[str]]] = []
    prev: Line | None = None
    for line in lines:
        kind = "heading" if line.size > 1.15 * body else ("item" if ITEM_RE.match(line.text) else "para")
        gap = prev.y - line.y if prev is not None and prev.page == line.page else 0.0
        if kind == "item" and line.text[:1] in DASHES and _wrapped_into(prev, line, gap, leading, edges):
            kind = "para"  # '[Weekly] Issue 112' / '— 9 February 2026': a dash the line broke before
        if prev is None or kind == "item":
            starts = True
        elif kind == "heading":
            starts = (out[-1][0] not in ("heading", "title") or abs(line.size - prev.size) > 0.5
                      or gap > 1.6 * line.size)
        else:
            indent = line.x0 - prev.x0
            indented = out[-1][0] != "item" and 0.8 * line.size < indent < 4 * line.size
            starts = (out[-1][0] in ("heading", "title") or gap > 1.4 * leading or indented
                      or line.page != prev.page and _caps_line(line) and not _caps_line(prev)
                      or not _reaches_edge(prev, edges) and not prev.text.endswith(HYPHENS))
        if starts:
            # the first heading above the body (only short lines before it) is the title
            first = kind == "heading" and all(k == "para" and len(" ".join(t)) <= 200 for k, t in out)
            out.append(("title" if first else kind, [line.text]))
        else:
            out[-1][1].append(line.text)
        prev = line
    return out


def _wrapped_into(prev: Line | None, line: Line, gap: float, leading: float,
                  edges: dict[int, tuple[float, bool]]) -> bool:
    """Whether ``line`` goes on with ``prev``: no gap, the same column, and ``prev`` reached its
    column's right edge without ending a sentence (a list item's line ends one)."""
    return prev is not None and prev.page == line.page and 0 < gap <= 1.4 * leading \
        and abs(line.x0 - prev.x0) < line.size and not prev.text.rstrip().endswith(SENTENCE_ENDS) \
        and _reaches_edge(prev, edges)


def _reaches_edge(line: Line, edges: dict[int, tuple[float, bool]]) -> bool:
    """Whether a line runs to its column's right edge (a wrapped line does; a paragraph's last
    line stops short). In a justified column wrapped lines end at the edge itself, so a line
    short of it by more than half a letter's height has ended its paragraph; ragged lines end
    up to a long word short of it."""
    edge, justified = edges[id(line)]
    if justified:
        return line.x1 >= edge - 0.5 * line.size
    return line.x1 >= edge - 0.15 * max(edge - line.x0, 1.0)


def _caps_line(line: Line) -> bool:
    """'WHAT WE THINK': a short line in capitals opening a page is a block of its own, though no
    gap sets it off from the paragraph the page before ends with (a wrapped capitals line, as
    in a classification banner, goes on in capitals)."""
    return len(line.text) < 40 and line.text.isupper()


def _right_edges(lines: list[Line]) -> dict[int, tuple[float, bool]]:
    """Each line's column right edge (the furthest right that lines starting near it reach on
    its page) and whether the column is justified (at least half its lines end at the edge)."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    edges = {}
    for page in by_page.values():
        for line in page:
            column = [o for o in page if abs(o.x0 - line.x0) < 3 * line.size]
            edge = max(o.x1 for o in column)
            at_edge = sum(1 for o in column if o.x1 >= edge - 0.5 * o.size)
            edges[id(line)] = (edge, len(column) >= 4 and 2 * at_edge >= len(column))
    return edges


def _join(parts: list[str], words: set[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        if out.endswith("\u00ad"):  # a soft hyphen is only ever a break
            out = out[:-1] + part
        elif part[:1].isalnum() and _address_cut(out):
            out += part  # an address the line break cut ('desk@north' + 'ernletter.example')
        elif out.endswith(HYPHENS) and len(out) > 1 and out[-2].isalnum() and part[:1].isalnum():
            head = WORD_RE.findall(out[:-1])
            tail = WORD_RE.match(part)
            if out[-2].isalpha() and part[0].islower() and _joins(head[-1] if head else "", tail.group(0), words):
                out = out[:-1] + part
            else:
                out += part
        else:
            out = f"{out} {part}"
    return out


def _address_cut(line: str) -> bool:
    """Whether the line ends inside an address: an e-mail address whose domain has no top-level
    part yet ('desk@', 'desk@north'), or a path cut after a slash ('example.org/')."""
    last = line.rsplit(None, 1)[-1].lstrip("<([")
    if "@" in last:
        return MAIL_DOMAIN_END.search(last.split("@", 1)[1]) is None
    return last.endswith("/") and len(last) > 1 and last[-2].isalnum()


def _joins(first: str, second: str, words: set[str]) -> bool:
    joined = (first + second).lower()
    if joined in words:
        return True
    if f"{first}-{second}".lower() in words:
        return False
    last = first.lower().split("-")[-1]
    return last not in HYPHEN_PREFIXES
