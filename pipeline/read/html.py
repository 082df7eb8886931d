"""HTML briefs: the main text, by selectolax (lexbor, an HTML5 parser).

Why selectolax and not trafilatura: a brief's header lines (publisher, date) are short lines
that a news-page boilerplate detector is built to drop, and we must keep every block of the
brief and its structure; selectolax gives the parsed tree and we decide, by a rule we can
state: the text is that of ``<main>``, else ``<article>``, else ``<body>``, together with a
``<header>`` beside it that has text of its own (a title block) and an ``<aside>`` that holds
the key block (an "In Brief" box); scripts, styles, templates, forms, navigation and footers
are dropped (a ``<footer>`` inside a ``<blockquote>`` or ``<figure>`` is kept: the quotation's
attribution), and so are a ``<header>`` of links (a site banner) and any other ``<aside>`` but a
titled box inside a ``<main>`` or ``<article>`` ("What to watch", "Key actors"), which is the
brief's own unless its title is a site's ("About the author", "Share this", "Related").
It is one compiled wheel with no dependencies, where trafilatura brings a dozen.

Each heading, paragraph, list item, table row and ``<br>``-separated line is a line of the
text (a row's cells joined by " | ", as a reader sees a row: the likelihood in its last cell
belongs to the judgement in its first): ``<h1>`` is the title, ``<h2>``-``<h6>`` headings,
``<li>`` items written "- " (or "1. " in an ``<ol>``). Entities are decoded; whitespace runs are
one space, as a browser shows them.
"""

from __future__ import annotations

import codecs
import re
from importlib.metadata import version

from pipeline.read.blocks import Blocks, row_line
from pipeline.read.brief import BriefError
from pipeline.read.layout import BLOCK_RE

DROP = ("script", "style", "noscript", "template", "form", "nav", "iframe", "svg",
        "button", "select", "head", "[hidden]")
# a <footer> is a page's or a section's end matter, dropped, but inside a <blockquote> or a
# <figure> it is the quotation's attribution ('<footer>General X, on state television</footer>')
QUOTE_HOLDERS = frozenset({"blockquote", "figure"})
# a <header> is kept when it holds text of its own, not a block of links (a site banner); an
# <aside> when it holds the brief's key block ('<aside><h2>In Brief</h2><ul>...'), not a sidebar
CHROME = ("header", "aside")
# the titles of a site's own boxes, which an article may hold too and which are no part of a
# brief: an author's note, sharing, subscribing, other articles
SITE_BOXES = re.compile(r"\b(?:about the authors?|authors?|share|subscribe|newsletter|related|most read|"
                        r"popular|recommended|more from|read more|follow us|advertisement|sponsored|tags|"
                        r"comments)\b", re.IGNORECASE)
HEADINGS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading"}
BLOCKS = {"p", "li", "pre", "dt", "dd", "td", "th", "caption", "figcaption", "address", "blockquote", "div", "footer",
          "section", "article", "main", "header", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr",
          "figure", "body", "hgroup", "aside", *HEADINGS}
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
        root = _with_own_chrome(root, tree.body)
        for selector in DROP:
            for node in root.css(selector):
                node.decompose()
        for node in root.css("footer"):
            if not _in_quote(node):
                node.decompose()
        for selector in CHROME:
            for node in root.css(selector):
                if not _own(node, inside=root.tag in {"main", "article"} and _inside(node, root)):
                    node.decompose()
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
        elif tag == "tr":
            flush()
            blocks.add(row_line(_inline_text(cell) for cell in child.iter() if cell.tag in ("td", "th")))
            pending[:] = ["para", ""]
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


def _with_own_chrome(root, body):
    """The content root, widened to the body when a ``<header>`` or ``<aside>`` outside it
    carries text of its own ('<header><h1>Title</h1><time>' and '<aside><h2>In Brief</h2>'
    beside the ``<article>``), or a ``<section>`` holds the key block ('<section><h2>Summary</h2>'
    before the ``<article>``); the body's other blocks outside the root are dropped."""
    if body is None or root.mem_id == body.mem_id:
        return root
    path = set()
    node = root
    while node is not None and node.mem_id != body.mem_id:
        path.add(node.mem_id)
        node = node.parent
    if node is None:
        return root  # the root is not inside the body (cannot happen in an HTML5 tree)
    own = [n for selector in (*CHROME, "section") for n in body.css(selector)
           if n.mem_id not in path and not _inside(n, root) and _own(n)]
    if not own:
        return root
    keep = path | {n.mem_id for n in own}
    kept_trees = set(keep)
    for n in own:  # ancestors of a kept block stay as containers
        parent = n.parent
        while parent is not None and parent.mem_id != body.mem_id:
            kept_trees.add(parent.mem_id)
            parent = parent.parent
    _prune(body, root.mem_id, keep, kept_trees)
    return body


def _ancestors(node):
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def _in_quote(node) -> bool:
    return any(parent.tag in QUOTE_HOLDERS for parent in _ancestors(node))


def _inside(node, ancestor) -> bool:
    return any(parent.mem_id == ancestor.mem_id for parent in _ancestors(node))


def _prune(node, root_id: int, keep: set[int], containers: set[int]) -> None:
    """Drop the children of ``node`` that neither are nor hold a kept block."""
    child = node.child
    while child is not None:
        following = child.next
        if child.mem_id in keep and child.mem_id not in containers - keep:
            pass  # the root or a kept header/aside: all of it stays
        elif child.mem_id in containers:
            _prune(child, root_id, keep, containers)
        else:
            child.decompose()
        child = following


def _own(node, inside: bool = False) -> bool:
    """Whether a <header>, <aside> or <section> is the brief's own (see CHROME). ``inside``: the
    block sits in the content root, where a titled box ('<aside><h3>What to watch</h3><ul>...')
    is the brief's own too; beside the root only the key block is."""
    if _mostly_links(node):
        return False
    if node.tag == "header":
        return True
    heading = node.css_first("h2, h3, h4, h5, h6")
    if inside and heading is not None and not SITE_BOXES.search(heading.text(deep=True) or ""):
        return True
    first = next((line for line in (node.text(deep=True, separator="\n") or "").splitlines() if line.strip()), "")
    return BLOCK_RE.match(first.strip()) is not None


def _mostly_links(node) -> bool:
    total = len((node.text(deep=True) or "").strip())
    linked = sum(len((a.text(deep=True) or "").strip()) for a in node.css("a"))
    return total == 0 or linked >= 0.5 * total
