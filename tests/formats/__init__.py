"""Make HTML, Markdown, DOCX and PDF versions of a plain-text brief, with kept libraries.

Each version is laid out as a publisher would: the publisher line in bold, the title as the
document's title, the key-block heading and section headings as headings, bullets as a real
list, body paragraphs as paragraphs, every line where the plain text has it (a title before
its date stays before it); the PDF has a running header and page numbers on every page and
wraps its paragraphs. The parts come from the plain-text brief's own structure, so any corpus
brief can be converted.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from pipeline.read import read
from pipeline.read.brief import Brief, Segment
from pipeline.read.layout import BLOCK_RE, BULLET_RE
from pipeline.read.lines import logical_lines

# a body line opened by a bullet glyph is a list item (numbered body paragraphs stay paragraphs)
GLYPH_RE = re.compile(r"^\s*[-*>\u2022\u2013\u2014\u25aa\u25cf\u25e6]\s+")
WRAP_RE = re.compile(r"[ \t]*\r?\n[ \t]*")
NUMBER_OPENING_RE = re.compile(r"^(\d{1,2})([.)])(?=\s)")


@dataclass
class Parts:
    """A brief's lines in text order, each with its role: "publisher", "date", "title",
    "heading", "item" (a list item, without its marker) or "paragraph"."""

    lines: list[tuple[str, str]]

    @property
    def publisher(self) -> str | None:
        return next((text for role, text in self.lines if role == "publisher"), None)

    @property
    def title(self) -> str | None:
        return next((text for role, text in self.lines if role == "title"), None)

    @property
    def bullets(self) -> list[str]:
        return [text for role, text in self.lines if role == "item"]

    @property
    def paragraphs(self) -> list[str]:
        return [text for role, text in self.lines if role == "paragraph"]


def parts_of(path: Path) -> Parts:
    return parts_of_brief(read(path))


def parts_of_brief(brief: Brief) -> Parts:
    """The brief's parts; a hard-wrapped paragraph is one line, written whole as a publisher would."""
    return Parts([_role(brief, line) for line in logical_lines(brief.text)])


def unwrapped(text: str) -> str:
    """A hard-wrapped line's text as one line."""
    return WRAP_RE.sub(" ", text)


def _role(brief: Brief, line: Segment) -> tuple[str, str]:
    """A line's role as the plain-text reader found it."""
    text = unwrapped(line.text(brief.text))
    fields = {brief.publisher: "publisher", brief.date_span: "date", brief.title: "title"}
    if line in fields:  # not a wire's date: it opens the first paragraph, whose line is a paragraph
        return fields[line], text
    # a labelled header line ('SUBJECT: <title>', 'Published <date> · <publisher>'): the part
    # it holds (a wire's date inside the first paragraph leaves that line a paragraph)
    inside = {role for seg, role in fields.items()
              if seg is not None and role != "date" and line.start <= seg.start and seg.end <= line.end}
    if inside:
        return ("title" if "title" in inside else "publisher"), text
    if line in brief.headings:
        return "heading", text
    if line in brief.bluf and BULLET_RE.match(text) or line in brief.paragraphs and GLYPH_RE.match(text):
        return "item", BULLET_RE.sub("", text, count=1)  # the key block's list, or a bulleted one
    if line in brief.bluf or line in brief.paragraphs:
        return "paragraph", text
    # The reader gives no segment to the key block's heading ("Bottom Line Up Front"), nor to
    # a header line that is neither publisher, date nor title ("Policy Note No. 118").
    return ("heading" if BLOCK_RE.match(text) else "paragraph"), text


def to_html(parts: Parts) -> bytes:
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(parts.title or '')} | Site</title>
<style>body {{ font-family: serif; }}</style><script>var tracking = "Iran attacked Hamas";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/briefs">Briefs</a> <a href="/about">About</a></nav></header>
<main><article>
{chr(10).join(_html_blocks(parts))}
</article></main>
<aside><h3>Related</h3><p>Hezbollah has attacked Israel, a related story says.</p></aside>
<footer><p>Copyright Example Press. All rights reserved.</p></footer>
</body></html>
"""
    return page.encode("utf-8")


HTML_TAGS = {"publisher": '<p class="kicker"><strong>{}</strong></p>', "date": "<p><time>{}</time></p>",
             "title": "<h1>{}</h1>", "heading": "<h2>{}</h2>", "paragraph": "<p>{}</p>"}


def _html_blocks(parts: Parts) -> list[str]:
    out = []
    for role, run in groupby(parts.lines, key=lambda line: line[0]):
        texts = [html.escape(text) for _, text in run]
        if role == "item":
            out.append("<ul>" + "".join(f"\n  <li>{t}</li>" for t in texts) + "\n</ul>")
        else:
            out += [_html_block(role, t) for t in texts]
    return out


def _html_block(role: str, text: str) -> str:
    if role == "paragraph":  # wrapped over source lines, as an editor saves them: the reader rejoins them
        text = text.replace(". ", ".\n    ", 1)
    return HTML_TAGS[role].format(text)


MARKDOWN = {"publisher": "**{}**", "date": "*{}*", "title": "# {}", "heading": "## {}", "paragraph": "{}"}


def to_markdown(parts: Parts) -> bytes:
    out = []
    for role, run in groupby(parts.lines, key=lambda line: line[0]):
        # '<notes@example.org>' would be an autolink, shown without its brackets, and a masthead
        # of asterisks emphasis: escaped, as an editor saving the plain text as Markdown would
        texts = [text.replace("<", "\\<").replace("*", "\\*") for _, text in run]
        if role == "paragraph":
            # '1) Attacks ...' as a paragraph would be an ordered list: its number escaped
            texts = [NUMBER_OPENING_RE.sub(r"\1\\\2", t, count=1) for t in texts]
        if role == "item":
            out.append("\n".join(f"- {t}" for t in texts))
        else:
            out += [MARKDOWN[role].format(t) for t in texts]
    return ("\n\n".join(out) + "\n").encode("utf-8")


DOCX_STYLES = {"title": "Title", "heading": "Heading 2", "item": "List Bullet"}


def to_docx(parts: Parts) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{parts.publisher or ''} | page header"
    section.footer.paragraphs[0].text = "Distribution: internal"
    for role, text in parts.lines:
        if role == "publisher":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text, style=DOCX_STYLES.get(role))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_pdf(parts: Parts, *, encrypt: str | None = None, columns: int = 1) -> bytes:
    """A two-page-or-longer A4 PDF: running header and "Page N" footer on every page, wrapped
    and justified paragraphs, bold headings, real bullets, Bitstream Vera (shipped with
    reportlab) embedded."""
    from xml.sax.saxutils import escape

    import reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Vera", str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("VeraBd", str(fonts / "VeraBd.ttf")))
    body = ParagraphStyle("body", fontName="Vera", fontSize=11, leading=14, spaceAfter=7, alignment=4)
    styles = {
        "publisher": body, "date": body, "paragraph": body,
        # a word wider than a column runs over rather than breaking mid-word, as layout programs
        # set it ('MOLDOVA/TRANSNISTRIA' in a two-column title)
        "title": ParagraphStyle("title", fontName="VeraBd", fontSize=16, leading=20, spaceAfter=8, splitLongWords=0),
        "heading": ParagraphStyle("heading", fontName="VeraBd", fontSize=13, leading=16, spaceAfter=6),
        "item": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2, bulletFontName="Vera"),
    }
    width, height = A4

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Vera", 8)
        canvas.drawString(56, height - 36, f"{parts.publisher or 'Brief'} | FOR OFFICIAL USE")
        canvas.drawRightString(width - 56, 30, f"Page {doc.page}")
        canvas.restoreState()

    gutter = 18
    frame_width = (width - 112 - gutter * (columns - 1)) / columns
    frames = [Frame(56 + i * (frame_width + gutter), 56, frame_width, height - 120, id=f"c{i}") for i in range(columns)]
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, pageTemplates=[PageTemplate(frames=frames, onPage=page)],
                          encrypt=encrypt, invariant=1)
    story = []
    for role, text in parts.lines:
        markup = f"<b>{escape(text)}</b>" if role == "publisher" else escape(text)
        story.append(Paragraph(markup, styles[role], bulletText="-" if role == "item" else None))
    doc.build(story)
    return out.getvalue()


def scan_pdf() -> bytes:
    """A PDF page with marks and no text layer, as a scanner makes."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    page.rect(72, 72, 300, 500, fill=1)
    page.showPage()
    page.save()
    return out.getvalue()
