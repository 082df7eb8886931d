"""HTML briefs: the main text, by selectolax (lexbor, an HTML5 parser).

Why selectolax and not trafilatura: a brief's header lines (publisher, date) are short lines
that a news-page boilerplate detector is built to drop, and we must keep every block of the
brief and its structure; selectolax gives the parsed tree and we decide, by a rule we can
state: the text is that of ``<main>``, else ``<article>``, else ``<body>``; scripts, styles,
templates, forms, navigation, asides and footers are dropped, and a ``<header>`` only when it
is mostly links (a site banner, not an article's heading). It is one compiled wheel with no
dependencies, where trafilatura brings a dozen.

Each heading, paragraph, list item, table cell and ``<br>``-separated line is a line of the
text: ``<h1>`` is the title, ``<h2>``-``<h6>`` headings, ``<li>`` items written "- " (or "1. "
in an ``<ol>``). Entities are decoded; whitespace runs are one space, as a browser shows them.
"""

from __future__ import annotations

import codecs
import re
from importlib.metadata import version

from pipeline.read.blocks import Blocks
from pipeline.read.brief import BriefError

DROP = ("script", "style", "noscript", "template", "form", "nav", "aside", "footer", "iframe", "svg",
        "button", "select", "head", "[hidden]")
HEADINGS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading"}
BLOCKS = {"p", "li", "pre", "dt", "dd", "td", "th", "caption", "figcaption", "address", "blockquote", "div",
          "section", "article", "main", "header", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr",
          "figure", "body", "hgroup", *HEADINGS}
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def reader() -> str:
    return f"html (selectolax {version('selectolax')})"


def decode(data: bytes, source: str) -> str:
    """A byte-order mark, else the <meta> charset, else UTF-8 (strictly)."""
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    codec = next((name for bom, name in boms if data.startswith(bom)), None)
    if codec is None:
        declared = CHARSET.search(data[:4096])
        codec = declared.group(1).decode("ascii").lower() if declared else "utf-8"
        try:
            codecs.lookup(codec)
        except LookupError as exc:
            raise BriefError(f"{source}: HTML declares an unknown charset {codec!r}") from exc
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise BriefError(f"{source}: not valid {codec} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                         "declare the page's charset in a <meta> tag") from exc


def convert(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(decode(data, source))
    root = tree.css_first("main") or tree.css_first("article") or tree.body
    blocks = Blocks()
    if root is not None:
        for selector in DROP:
            for node in root.css(selector):
                node.decompose()
        for header in root.css("header"):
            if _mostly_links(header):
                header.decompose()
        _walk(root, blocks)
    if not blocks.lines:
        raise BriefError(f"{source}: HTML with no body text (after dropping scripts, styles and navigation)")
    return blocks.text, blocks.hints


def _walk(node, blocks: Blocks, kind: str | None = None, marker: str = "") -> None:
    """Blocks in document order; inline content gathers into the enclosing block's line.

    ``kind`` and ``marker`` are what the first line of this node is: a list item passes its
    marker down to a <p> inside it (a "loose" list), and only its first line carries it.
    """
    if node.tag in HEADINGS:
        kind = HEADINGS[node.tag]
    elif node.tag == "li":
        kind, marker = "item", (f"{_item_number(node)}." if node.parent is not None and node.parent.tag == "ol"
                                else "-")
    pending = [kind or "para", marker]
    line: list[str] = []

    def flush() -> None:
        text = "".join(line)
        line.clear()
        if text.strip():
            blocks.add(text, pending[0], pending[1])
            pending[:] = ["para", ""]

    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            line.append(child.text_content or "")
        elif tag == "br":
            flush()
        elif tag in BLOCKS:
            flush()
            _walk(child, blocks, *pending)
            if child.text(deep=True).strip():
                pending[:] = ["para", ""]
        elif tag not in ("img", "-comment"):  # inline element: its words join the current line
            line.append(_inline_text(child))
    flush()


def _inline_text(node) -> str:
    parts = []
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag == "br":
            parts.append(" ")
        elif child.tag not in ("-comment", "img"):
            parts.append(_inline_text(child))
    return "".join(parts)


def _item_number(item) -> int:
    """An <ol> item's number: the list's start plus the <li> before it."""
    parent = item.parent
    start = parent.attributes.get("start") if parent is not None else None
    number = int(start) if start and start.lstrip("-").isdigit() else 1
    sibling = item.prev
    while sibling is not None:
        if sibling.tag == "li":
            number += 1
        sibling = sibling.prev
    return number


def _mostly_links(node) -> bool:
    total = len((node.text(deep=True) or "").strip())
    linked = sum(len((a.text(deep=True) or "").strip()) for a in node.css("a"))
    return total == 0 or linked >= 0.5 * total
