"""Bytes on disk -> a Brief: decoded text plus its structure.

Every offset the pipeline emits indexes ``Brief.text``, which is exactly the decoded
file (a UTF-8 BOM is dropped by the codec, CRLF is kept as is), so a consumer can
slice the file it has with our offsets.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

SUFFIXES = (".txt", ".md")
# A brief is a few pages; a 10 MB "brief" is almost always a mistake (a log, a dump).
# The limit keeps one bad file from taking the batch's memory and time; --max-chars lifts it.
MAX_CHARS = 2_000_000

BLUF_RE = re.compile(r"^\s*(?:#+\s*)?(bottom line up front|bluf)\s*:?\s*(.*)$", re.IGNORECASE)
BULLET_RE = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014]|\d+[.)])\s+")
MD_HEADING_RE = re.compile(r"^\s*#+\s+")
DATE_FORMATS = (
    "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d",
    "%B %d %Y", "%d %B, %Y", "%A, %B %d, %Y", "%d/%m/%Y",
)


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
    sha256: str
    publisher: Segment | None = None
    date: str | None = None
    date_span: Segment | None = None
    title: Segment | None = None
    bluf: list[Segment] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    structured: bool = False

    @property
    def stem(self) -> str:
        return Path(self.source).stem

    def as_data(self) -> dict[str, Any]:
        """Everything but the text (the Doc has it), as plain data for ``doc._.brief``."""
        data: dict[str, Any] = {}
        for name in SEGMENT_FIELDS:
            seg = getattr(self, name)
            data[name] = [seg.start, seg.end] if seg is not None else None
        for name in SEGMENT_LISTS:
            data[name] = [[seg.start, seg.end] for seg in getattr(self, name)]
        data.update(source=self.source, sha256=self.sha256, date=self.date, structured=self.structured)
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any], text: str) -> Brief:
        segments = {name: Segment(*data[name]) if data[name] is not None else None for name in SEGMENT_FIELDS}
        lists = {name: [Segment(*pair) for pair in data[name]] for name in SEGMENT_LISTS}
        return cls(source=data["source"], text=text, sha256=data["sha256"], date=data["date"],
                   structured=data["structured"], **segments, **lists)


SEGMENT_FIELDS = ("publisher", "date_span", "title")
SEGMENT_LISTS = ("bluf", "paragraphs")


def decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise BriefError(f"{source}: empty file")
    if b"\x00" in data[:8192]:
        raise BriefError(f"{source}: binary file (NUL bytes), not a text brief")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BriefError(
            f"{source}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line})"
        ) from exc
    if not text.strip():
        raise BriefError(f"{source}: empty file (whitespace only)")
    return text


def parse_date(text: str) -> str | None:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip().rstrip("."))
    cleaned = re.sub(r"\s+", " ", cleaned)
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _lines(text: str) -> list[Segment]:
    """Non-blank lines as segments, trailing CR and surrounding spaces trimmed."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        if start + lead < end - trail:
            out.append(Segment(start + lead, end - trail))
    return out


def _looks_like_header(line: str) -> bool:
    # A header line is short and not a sentence: body paragraphs end in a full stop.
    return len(line) <= 200 and not line.rstrip().endswith((".", ";"))


def structure(source: str, text: str, sha256: str) -> Brief:
    brief = Brief(source=source, text=text, sha256=sha256)
    lines = _lines(text)
    if not lines:
        return brief
    bluf_at = next((i for i, seg in enumerate(lines[:8]) if BLUF_RE.match(seg.text(text))), None)
    date_at = next(
        (i for i, seg in enumerate(lines[:4]) if parse_date(MD_HEADING_RE.sub("", seg.text(text)))),
        None,
    )
    header_end = 0
    if date_at is not None:
        brief.structured = True
        brief.date_span = lines[date_at]
        brief.date = parse_date(MD_HEADING_RE.sub("", lines[date_at].text(text)))
        before = [s for s in lines[:date_at] if _looks_like_header(s.text(text))]
        if before:
            brief.publisher = before[0]
        title_at = date_at + 1
        if title_at < len(lines) and title_at != bluf_at and _looks_like_header(lines[title_at].text(text)):
            brief.title = lines[title_at]
            header_end = title_at + 1
        else:
            header_end = date_at + 1
    if date_at is None and bluf_at is not None and bluf_at > 0:
        # No date line, but a BLUF heading: the short lines above it are the header
        # ("Iran Backs Hezbollah" then "BLUF: ..."), the last of them the title.
        above = [seg for seg in lines[:bluf_at] if _looks_like_header(seg.text(text))]
        if len(above) == bluf_at:
            brief.title = above[-1]
            brief.publisher = above[0] if len(above) > 1 else None
            header_end = bluf_at
    if bluf_at is not None and bluf_at >= header_end:
        brief.structured = True
        heading = lines[bluf_at]
        match = BLUF_RE.match(heading.text(text))
        assert match is not None
        rest = match.group(2)
        index = bluf_at + 1
        if rest:  # "BLUF: the whole bottom line on one line"
            brief.bluf.append(Segment(heading.end - len(rest), heading.end))
        while index < len(lines) and BULLET_RE.match(lines[index].text(text)):
            brief.bluf.append(lines[index])
            index += 1
        header_end = index
    brief.paragraphs = [seg for seg in lines[header_end:]]
    if not brief.structured:
        brief.paragraphs = lines
    return brief


def read_bytes(data: bytes, source: str, *, max_chars: int = MAX_CHARS) -> Brief:
    text = decode(data, source)
    if len(text) > max_chars:
        raise BriefError(f"{source}: too large for a brief ({len(text):,} characters; the limit is "
                         f"{max_chars:,}, raise it with --max-chars)")
    return structure(source, text, hashlib.sha256(data).hexdigest())


def read_path(path: Path, *, max_chars: int = MAX_CHARS) -> Brief:
    if path.suffix.lower() not in SUFFIXES:
        raise BriefError(f"{path}: unknown extension {path.suffix or '(none)'!r}; briefs are .txt or .md")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return read_bytes(data, path.name, max_chars=max_chars)
