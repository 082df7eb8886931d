"""Markdown briefs, parsed by markdown-it-py (CommonMark): the text is the rendered text.

Markup is not part of the text (``**CORRIDOR NOTE**`` reads "CORRIDOR NOTE", ``# Title`` reads
"Title", a link reads as its words), so it is never part of an entity name; each heading,
paragraph, list item and table row is a line (a row's cells joined by " | "). Inside a paragraph
a single line break is a space, as in the rendered page, except in a first paragraph made only
of short header lines (a brief written like a text file: publisher, date and title on
consecutive lines), whose lines stay lines. HTML blocks and images carry no brief text and are
left out.

YAML front matter (a first block between '---' lines, as static-site and notes tools write it)
is the page's metadata, not its prose: its publisher, date and title become the brief's first
lines, in the order a text brief has them; its other keys (tags, region, distribution) are left
out. CommonMark alone would read the block as a setext heading made of every key and value.
"""

from __future__ import annotations

import re
from importlib.metadata import version

from pipeline.read.blocks import Blocks, row_line
from pipeline.read.layout import looks_like_header
from pipeline.read.text import decode

HEADER_LINES = 6
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
# front-matter keys that hold a header line, in the order a text brief writes them
HEADER_KEYS = (
    ("publisher", "organization", "organisation", "source", "site", "site_name", "outlet"),
    ("date", "published", "pubdate"),
    ("title",),
)


def reader() -> str:
    return f"markdown (markdown-it-py {version('markdown-it-py')})"


def convert(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    from markdown_it import MarkdownIt

    text = decode(data, source)
    blocks = Blocks()
    front = FRONT_MATTER.match(text)
    if front is not None and _is_yaml(front["body"]):
        text = text[front.end():]
        for role, line in _front_matter_header(front["body"]):
            blocks.add(line, role)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    lists: list[list[int | None]] = []  # per open list: [next number] or [None] for bullets
    item_open = False
    first_paragraph = True
    row: list[str] | None = None  # the cells of the table row being read
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "tr_open":
            row = []
        elif kind == "tr_close":
            blocks.add(row_line(row or []))
            row = None
        elif kind == "inline" and row is not None:
            row.append(_inline(token, keep_breaks=False))
        elif kind == "bullet_list_open":
            lists.append([None])
        elif kind == "ordered_list_open":
            lists.append([int(token.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind in ("list_item_open", "list_item_close"):
            item_open = kind == "list_item_open"
        elif kind == "inline":
            parent = tokens[index - 1].type if index else ""
            if parent == "heading_open":
                level = tokens[index - 1].tag
                lines, role = [_inline(token, keep_breaks=False)], "title" if level == "h1" else "heading"
            else:
                keep = first_paragraph and parent == "paragraph_open" and _header_paragraph(token)
                lines, role = _inline(token, keep_breaks=keep).split("\n"), "para"
            first_paragraph = False
            marker = ""
            if item_open and lists:
                numbering = lists[-1]
                marker = "-" if numbering[0] is None else f"{numbering[0]}."
                if numbering[0] is not None:
                    numbering[0] += 1
                role, item_open = "item", False
            for number, line in enumerate(lines):
                blocks.add(line, role, marker if number == 0 else "")
        elif kind in ("fence", "code_block"):
            for line in token.content.splitlines():
                blocks.add(line)
            first_paragraph = False
    return blocks.text, blocks.hints


def _inline(token, *, keep_breaks: bool) -> str:
    """The words of an inline token: text and code, no markup; images and raw HTML dropped."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append("\n" if keep_breaks else " ")
        elif child.type == "hardbreak":
            out.append("\n")
    return "".join(out)


def _header_paragraph(token) -> bool:
    lines = token.content.split("\n")
    return 1 < len(lines) <= HEADER_LINES and all(looks_like_header(line) for line in lines)


def _is_yaml(body: str) -> bool:
    """Whether a block between '---' lines is front matter: 'key: value' lines (with indented
    or '- ' continuation lines), not prose between two thematic breaks."""
    lines = [line for line in body.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and FIELD.match(lines[0]) is not None and all(
        FIELD.match(line) is not None or line[:1].isspace() or line.startswith("- ") for line in lines)


def _front_matter_header(body: str) -> list[tuple[str, str]]:
    """(role, line) for the header keys of a YAML front matter block: its publisher, date and
    title, each once, as plain values (quotes removed); nested or list values are no header."""
    fields: dict[str, str] = {}
    for raw in body.splitlines():
        match = FIELD.match(raw)
        if match is None or raw[:1].isspace():
            continue
        value = match["value"]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value and value[0] not in "[{|>&*":
            fields.setdefault(match["key"].lower(), value)
    out = []
    for keys in HEADER_KEYS:
        value = next((fields[k] for k in keys if k in fields), None)
        if value:
            out.append(("title" if keys == ("title",) else "para", value))
    return out
