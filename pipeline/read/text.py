"""Plain-text briefs: bytes -> text, exactly.

The text is the decoded file: a byte-order mark is dropped by the codec (UTF-8, or UTF-16
and UTF-32 when the file starts with their mark); line endings (LF, CRLF, lone CR) and every
other character are kept, so a consumer can slice the file it has with our offsets.
"""

from __future__ import annotations

import codecs

from pipeline.read.brief import BriefError

READER = "text"
BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, source: str) -> str:
    """The file's text; one clear error for empty, binary, UTF-16 without a mark, or bad UTF-8."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise BriefError(f"{source}: binary file (it starts with a {codec.upper()} byte-order mark "
                                 f"but is not {codec.upper()} at byte {exc.start})") from exc
            return _not_empty(text, source)
    if not data.strip():
        raise BriefError(f"{source}: empty file")
    if b"\x00" in data[:8192]:
        if _utf16_without_mark(data[:8192]):
            raise BriefError(f"{source}: UTF-16 text without a byte-order mark; save it as UTF-8 "
                             "(or UTF-16 with a byte-order mark)")
        raise BriefError(f"{source}: binary file (NUL bytes), not a text brief")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BriefError(
            f"{source}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line})"
        ) from exc
    return _not_empty(text, source)


def _not_empty(text: str, source: str) -> str:
    if not text.strip():
        raise BriefError(f"{source}: empty file (whitespace only)")
    return text


def _utf16_without_mark(head: bytes) -> bool:
    """ASCII-range text in UTF-16: one byte of each pair NUL, nearly throughout."""
    even, odd = head[0::2], head[1::2]
    pairs = min(len(even), len(odd))
    return pairs >= 4 and max(even.count(0), odd.count(0)) >= 0.9 * pairs


def reader() -> str:
    return READER


def convert(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    return decode(data, source), {}
