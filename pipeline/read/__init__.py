"""bytes -> Brief: one reader per format behind one entry, ``read(path)``.

The format is chosen by extension and checked against the content (magic bytes), so a
misnamed file gets one clear error. Every reader turns its format into plain text in the
seed's layout (one block per line) and the structure recogniser (``layout``) finds the
publisher, date, title, key block, headings and paragraphs in it. For a plain-text brief the
text is the decoded file; for the others it is the converted text, which ``briefs text FILE``
prints and the document record identifies (``text_sha256``, ``reader``).
"""

from __future__ import annotations

import errno
import hashlib
import importlib
import os
import stat
from pathlib import Path

from pipeline.read.brief import MAX_CHARS, Brief, BriefError, Segment
from pipeline.read.layout import recognise
from pipeline.read.sniff import NAMES, sniff

__all__ = ["FORMATS", "MAX_CHARS", "SUFFIXES", "Brief", "BriefError", "Segment", "brief_text", "read",
           "read_bytes", "read_text"]

# extension -> reader module in this package
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
           ".pdf": "pdf", ".docx": "docx"}
SUFFIXES = tuple(FORMATS)
# what the content may be for each reader (None: plain text, or nothing recognisable)
CONTENT = {"text": {None, "utf16"}, "markdown": {None, "utf16"}, "html": {None, "html", "utf16"},
           "pdf": {"pdf"}, "docx": {"zip"}}
WANTED = {"pdf": "not a PDF (it does not start with %PDF-)", "docx": "not a DOCX (not a zip file)"}


def supported() -> str:
    return ", ".join(SUFFIXES)


def format_of(source: str) -> str:
    suffix = Path(source).suffix.lower()
    if suffix not in FORMATS:
        raise BriefError(f"{source}: unsupported format {suffix or '(no extension)'!r}; briefs are {supported()}")
    return FORMATS[suffix]


def read_bytes(data: bytes, source: str, *, max_chars: int = MAX_CHARS) -> Brief:
    """The Brief for a file's bytes; ``source`` (its name) chooses the reader by extension."""
    name = format_of(source)
    found = sniff(data)
    if found not in CONTENT[name]:
        what = NAMES.get(found or "", "")
        raise BriefError(f"{source}: " + (f"the content is {what}, not {name}; give the file its right extension"
                                          if what else WANTED[name]))
    module = importlib.import_module(f"pipeline.read.{name}")
    if name != "text" and len(data) > 8 * max_chars:
        raise BriefError(f"{source}: too large for a brief ({len(data):,} bytes for at most {max_chars:,} "
                         "characters; raise it with --max-chars)")
    text, hints = module.convert(data, source)
    if not text.strip():
        raise BriefError(f"{source}: no text in it (the {name} reader found no words)")
    if len(text) > max_chars:
        raise BriefError(f"{source}: too large for a brief ({len(text):,} characters; the limit is "
                         f"{max_chars:,}, raise it with --max-chars)")
    return recognise(source, text, hashlib.sha256(data).hexdigest(), hints=hints, reader=module.reader())


def read_text(text: str, source: str = "text.txt", *, max_chars: int = MAX_CHARS) -> Brief:
    """The Brief for a string, taken exactly as given (no decoding: a leading U+FEFF stays)."""
    if not text.strip():
        raise BriefError(f"{source}: empty text")
    if len(text) > max_chars:
        raise BriefError(f"{source}: too large for a brief ({len(text):,} characters; the limit is {max_chars:,})")
    data = text.encode("utf-8", "surrogatepass")
    return recognise(source, text, hashlib.sha256(data).hexdigest())


def check_file(path: Path) -> None:
    """One clear error unless ``path`` is a regular file we can open without blocking."""
    try:
        info = path.stat()
    except OSError as exc:
        if os.path.islink(path):
            problem = "a symlink loop" if exc.errno == errno.ELOOP else f"a broken symlink to {os.readlink(path)}"
            raise BriefError(f"{path}: {problem}") from exc
        raise BriefError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise BriefError(f"{path}: a folder, not a brief")
    if not stat.S_ISREG(info.st_mode):
        raise BriefError(f"{path}: not a regular file ({_file_type(info.st_mode)}); briefs are read from files")


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a file"


def read(path: Path | str, *, max_chars: int = MAX_CHARS) -> Brief:
    """The Brief for a file: checked (a regular file, a supported format) and read by its reader."""
    path = Path(path)
    format_of(str(path))
    check_file(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return read_bytes(data, path.name, max_chars=max_chars)


def brief_text(path: Path | str) -> str:
    """The text a brief's offsets index: what the reader produced from the file."""
    return read(path, max_chars=2**62).text
