"""The text a converted format becomes: one line per block, with what the format knew.

Markdown, HTML, DOCX and PDF readers add their blocks (a title, a heading, a list item, a
paragraph) in reading order; the result is plain text in the seed's layout (one block per
line, list items as "- " or "1. " lines) and the hints the structure recogniser takes. Only
ASCII whitespace runs inside a block become one space, as a browser renders them: no-break
and zero-width spaces, soft hyphens and typographic quotes stay as the source has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SPACES = re.compile(r"[ \t\n\r\f]+")


@dataclass
class Blocks:
    lines: list[str] = field(default_factory=list)
    hints: dict[int, str] = field(default_factory=dict)
    length: int = 0
    has_title: bool = False

    def add(self, text: str, kind: str = "para", marker: str = "") -> None:
        """One block; ``kind`` is "title", "heading", "item" or "para". An empty block is dropped."""
        text = SPACES.sub(" ", text).strip(" ")
        if not text:
            return
        if kind == "title":
            # Only the first title is the brief's title; later ones are section headings.
            kind = "heading" if self.has_title else "title"
            self.has_title = True
        line = f"{marker} {text}" if marker else text
        self.hints[self.length] = kind
        self.lines.append(line)
        self.length += len(line) + 1

    @property
    def text(self) -> str:
        return "".join(line + "\n" for line in self.lines)


CELL_SEPARATOR = " | "


def row_line(cells) -> str:
    """A table row as one line: its non-empty cells in order, joined by " | " (a row is read
    across, so 'Truce holds | Unlikely' is one judgement with its likelihood)."""
    return CELL_SEPARATOR.join(c for c in (SPACES.sub(" ", cell).strip(" ") for cell in cells) if c)
