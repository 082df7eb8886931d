"""Word briefs (.docx), by python-docx: body paragraphs and tables in document order.

A table row is one line, its cells joined by " | ". A paragraph styled "Title" is the title (so
is the first "Heading 1" when no "Title" comes before the body); other headings are headings; a
paragraph in a list (a "List ..." style, or Word numbering) is an item written "- ", or "1. "
when its numbering is not a bullet. Line breaks inside a paragraph start a new line. Page
headers and footers are not body text and are left out.
"""

from __future__ import annotations

import io
import zipfile
from importlib.metadata import version

from pipeline.read.blocks import Blocks, row_line
from pipeline.read.brief import BriefError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def reader() -> str:
    return f"docx (python-docx {version('python-docx')})"


def convert(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            bad = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise BriefError(f"{source}: damaged DOCX (the zip cannot be read: {exc})") from exc
    if "word/document.xml" not in names:
        raise BriefError(f"{source}: a zip file but not a Word document (no word/document.xml)")
    if bad is not None:
        raise BriefError(f"{source}: damaged DOCX ({bad} fails its checksum)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError) as exc:
        raise BriefError(f"{source}: damaged DOCX ({type(exc).__name__}: {exc})") from exc
    formats = _numbering_formats(document)
    blocks = Blocks()
    counters: dict[tuple[str, str], int] = {}
    body_started = False
    for element in document.element.body.iterchildren():
        if element.tag == f"{W}p":
            paragraphs = [Paragraph(element, document)]
        elif element.tag == f"{W}tbl":
            # a row is one line, its cells joined by " | " (see blocks.row_line)
            for row in element.iter(f"{W}tr"):
                blocks.add(row_line(" ".join(Paragraph(p, document).text for p in cell.iter(f"{W}p"))
                                    for cell in row.iter(f"{W}tc")))
            continue
        else:
            continue
        for paragraph in paragraphs:
            style = paragraph.style.name if paragraph.style is not None else ""
            kind, marker = "para", ""
            if style == "Title" or (style == "Heading 1" and not body_started and not blocks.has_title):
                kind = "title"
            elif style.startswith("Heading"):
                kind = "heading"
            else:
                numbered = _numbering(paragraph, formats)
                if numbered is not None or style.startswith("List"):
                    kind = "item"
                    fmt = numbered[2] if numbered else ("decimal" if "Number" in style else "bullet")
                    if fmt == "bullet":
                        marker = "-"
                    else:
                        key = numbered[:2] if numbered else (style, "0")
                        counters[key] = counters.get(key, 0) + 1
                        marker = f"{counters[key]}."
            lines = paragraph.text.split("\n")
            for number, line in enumerate(lines):
                blocks.add(line, kind if number == 0 else "para", marker if number == 0 else "")
            if kind in ("item", "para") and paragraph.text.strip() and len(paragraph.text) > 200:
                body_started = True
    if not blocks.lines:
        raise BriefError(f"{source}: Word document with no text")
    return blocks.text, blocks.hints


def _numbering(paragraph, formats: dict[tuple[str, str], str]) -> tuple[str, str, str] | None:
    """(numId, level, format) when Word numbering applies to the paragraph."""
    ppr = paragraph._p.pPr
    num = ppr.numPr if ppr is not None else None
    if num is None or num.numId is None:
        return None
    num_id = str(num.numId.val)
    level = str(num.ilvl.val) if num.ilvl is not None else "0"
    if num_id == "0":  # numbering explicitly removed
        return None
    return num_id, level, formats.get((num_id, level), "decimal")


def _numbering_formats(document) -> dict[tuple[str, str], str]:
    """(numId, level) -> numFmt ("bullet", "decimal", ...) from the numbering part."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {}
    for node in numbering.iter(f"{W}abstractNum"):
        levels = {lvl.get(f"{W}ilvl"): (lvl.find(f"{W}numFmt").get(f"{W}val") if lvl.find(f"{W}numFmt") is not None
                                       else "decimal") for lvl in node.iter(f"{W}lvl")}
        abstract[node.get(f"{W}abstractNumId")] = levels
    out = {}
    for node in numbering.iter(f"{W}num"):
        ref = node.find(f"{W}abstractNumId")
        levels = abstract.get(ref.get(f"{W}val") if ref is not None else None, {})
        for level, fmt in levels.items():
            out[(node.get(f"{W}numId"), level)] = fmt
    return out
