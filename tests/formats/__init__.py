"""Make HTML, Markdown, DOCX and PDF versions of a plain-text brief, with kept libraries.

Each version is laid out as a publisher would: the publisher line in bold, the title as the
document's title, the key-block heading as a heading, bullets as a real list, body paragraphs
as paragraphs; the PDF has a running header and page numbers on every page and wraps its
paragraphs. The parts come from the plain-text brief's own structure, so any corpus brief
can be converted.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path

from pipeline.read import read
from pipeline.read.layout import BULLET_RE


@dataclass
class Parts:
    publisher: str | None
    date: str | None
    title: str | None
    block: str | None  # the key block's heading line ("Bottom Line Up Front")
    bullets: list[str]  # without their "- "
    paragraphs: list[str]


def parts_of(path: Path) -> Parts:
    brief = read(path)
    text = brief.text
    lines = [line for line in text.splitlines() if line.strip()]
    bullets = [s.text(text) for s in brief.bluf]
    first_bullet = lines.index(bullets[0]) if bullets else None
    block = lines[first_bullet - 1] if first_bullet else None
    return Parts(
        publisher=brief.publisher.text(text) if brief.publisher else None,
        date=brief.date_span.text(text) if brief.date_span else None,
        title=brief.title.text(text) if brief.title else None,
        block=block,
        bullets=[BULLET_RE.sub("", b, count=1) for b in bullets],
        paragraphs=[s.text(text) for s in brief.paragraphs],
    )


def to_html(parts: Parts) -> bytes:
    e = html.escape
    body = [f"<p class=\"kicker\"><strong>{e(parts.publisher)}</strong></p>" if parts.publisher else "",
            f"<p><time>{e(parts.date)}</time></p>" if parts.date else "",
            f"<h1>{e(parts.title)}</h1>" if parts.title else ""]
    if parts.block:
        body.append(f"<h2>{e(parts.block)}</h2>")
    if parts.bullets:
        body.append("<ul>" + "".join(f"\n  <li>{e(b)}</li>" for b in parts.bullets) + "\n</ul>")
    # paragraphs wrapped over source lines, as an editor saves them: the reader rejoins them
    wrap = ".\n    "
    body += ["<p>" + e(p).replace(". ", wrap, 1) + "</p>" for p in parts.paragraphs]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(parts.title or '')} | Site</title>
<style>body {{ font-family: serif; }}</style><script>var tracking = "Iran attacked Hamas";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/briefs">Briefs</a> <a href="/about">About</a></nav></header>
<main><article>
{chr(10).join(b for b in body if b)}
</article></main>
<aside><h3>Related</h3><p>Hezbollah has attacked Israel, a related story says.</p></aside>
<footer><p>Copyright Example Press. All rights reserved.</p></footer>
</body></html>
"""
    return page.encode("utf-8")


def to_markdown(parts: Parts) -> bytes:
    out = []
    if parts.publisher:
        out.append(f"**{parts.publisher}**")
    if parts.date:
        out.append(f"*{parts.date}*")
    if parts.title:
        out.append(f"# {parts.title}")
    if parts.block:
        out.append(f"## {parts.block}")
    if parts.bullets:
        out.append("\n".join(f"- {b}" for b in parts.bullets))
    out += parts.paragraphs
    return ("\n\n".join(out) + "\n").encode("utf-8")


def to_docx(parts: Parts) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"{parts.publisher or ''} | page header"
    section.footer.paragraphs[0].text = "Distribution: internal"
    if parts.publisher:
        document.add_paragraph().add_run(parts.publisher).bold = True
    if parts.date:
        document.add_paragraph(parts.date)
    if parts.title:
        document.add_heading(parts.title, level=0)  # the "Title" style
    if parts.block:
        document.add_heading(parts.block, level=2)
    for bullet in parts.bullets:
        document.add_paragraph(bullet, style="List Bullet")
    for paragraph in parts.paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_pdf(parts: Parts, *, encrypt: str | None = None, columns: int = 1) -> bytes:
    """A two-page-or-longer A4 PDF: running header and "Page N" footer on every page, wrapped
    and justified paragraphs, real bullets, Bitstream Vera (shipped with reportlab) embedded."""
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
    title = ParagraphStyle("title", fontName="VeraBd", fontSize=16, leading=20, spaceAfter=8)
    heading = ParagraphStyle("heading", fontName="VeraBd", fontSize=13, leading=16, spaceAfter=6)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2, bulletFontName="Vera")
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
    if parts.publisher:
        story.append(Paragraph(f"<b>{escape(parts.publisher)}</b>", body))
    if parts.date:
        story.append(Paragraph(escape(parts.date), body))
    if parts.title:
        story.append(Paragraph(escape(parts.title), title))
    if parts.block:
        story.append(Paragraph(escape(parts.block), heading))
    story += [Paragraph(escape(b), bullet, bulletText="-") for b in parts.bullets]
    story += [Paragraph(escape(p), body) for p in parts.paragraphs]
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
