"""The Brief: the text the pipeline reads plus where its parts are.

Every offset the pipeline emits indexes ``Brief.text``. For a plain-text brief that is the
decoded file; for a converted format (Markdown, HTML, PDF, DOCX) it is the text the reader
produced, which ``briefs text FILE`` prints and ``text_sha256`` identifies.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

# A brief is a few pages; a 10 MB "brief" is almost always a mistake (a log, a dump).
# The limit keeps one bad file from taking the batch's memory and time; --max-chars lifts it.
MAX_CHARS = 2_000_000


class BriefError(ValueError):
    """Input that cannot be read as a brief; the message is shown to the user as is."""


@dataclass(frozen=True)
class Segment:
    start: int
    end: int

    def text(self, full: str) -> str:
        return full[self.start : self.end]


@dataclass
class Brief:
    source: str
    text: str
    sha256: str  # of the input bytes
    publisher: Segment | None = None
    date: str | None = None
    date_span: Segment | None = None
    title: Segment | None = None
    bluf: list[Segment] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    headings: list[Segment] = field(default_factory=list)
    structured: bool = False
    reader: str = "text"

    @property
    def stem(self) -> str:
        return Path(self.source).stem

    @cached_property
    def text_sha256(self) -> str:
        """sha256 of the text every offset indexes (UTF-8), so a consumer can check its copy."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def as_data(self) -> dict[str, Any]:
        """Everything but the text (the Doc has it), as plain data for ``doc._.brief``."""
        data: dict[str, Any] = {}
        for name in SEGMENT_FIELDS:
            seg = getattr(self, name)
            data[name] = [seg.start, seg.end] if seg is not None else None
        for name in SEGMENT_LISTS:
            data[name] = [[seg.start, seg.end] for seg in getattr(self, name)]
        data.update(source=self.source, sha256=self.sha256, date=self.date, structured=self.structured,
                    reader=self.reader)
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any], text: str) -> Brief:
        segments = {name: Segment(*data[name]) if data[name] is not None else None for name in SEGMENT_FIELDS}
        lists = {name: [Segment(*pair) for pair in data[name]] for name in SEGMENT_LISTS}
        return cls(source=data["source"], text=text, sha256=data["sha256"], date=data["date"],
                   structured=data["structured"], reader=data["reader"], **segments, **lists)


SEGMENT_FIELDS = ("publisher", "date_span", "title")
SEGMENT_LISTS = ("bluf", "paragraphs", "headings")
