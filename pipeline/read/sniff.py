"""What the bytes are, whatever the file is called (magic bytes), so a misnamed file gets a
clear error instead of a wrong reading."""

from __future__ import annotations

import re

HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
                        re.IGNORECASE | re.DOTALL)
NAMES = {"pdf": "a PDF", "zip": "a zip archive (DOCX?)", "html": "HTML", "ole": "a legacy Word/Office file (OLE)",
         "rtf": "RTF", "utf16": "UTF-16 text"}


def sniff(data: bytes) -> str | None:
    """"pdf", "zip", "ole", "rtf", "html", "utf16" or None (plain text, or unknown)."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "zip"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"
    if data[:5] == b"{\\rtf":
        return "rtf"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf16"
    if HTML_START.match(data[:4096]):
        return "html"
    return None
