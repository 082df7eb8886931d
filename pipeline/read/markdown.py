"""Markdown briefs, parsed by markdown-it-py (CommonMark): the text is the rendered text.

Markup is not part of the text (``**CORRIDOR NOTE**`` reads "CORRIDOR NOTE", ``# Title`` reads
"Title", a link reads as its words), so it is never part of an entity name; each heading,
paragraph and list item is a line. Inside a paragraph a single line break is a space, as in
the rendered page, except in a first paragraph made only of short header lines (a brief
written like a text file: publisher, date and title on consecutive lines), whose lines stay
lines. HTML blocks and images carry no brief text and are left out.
"""

from __future__ import annotations

from importlib.metadata import version

from pipeline.read.blocks import Blocks
from pipeline.read.layout import looks_like_header
from pipeline.read.text import decode

HEADER_LINES = 6


def reader() -> str:
    return f"markdown (markdown-it-py {version('markdown-it-py')})"


def convert(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(decode(data, source))
    blocks = Blocks()
    lists: list[list[int | None]] = []  # per open list: [next number] or [None] for bullets
    item_open = False
    first_paragraph = True
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "bullet_list_open":
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
