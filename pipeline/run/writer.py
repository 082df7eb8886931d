"""Deterministic, atomic JSONL: sorted keys, no timestamps, temp file + rename."""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import jsonlines

from pipeline.records import Record

_UMASK = os.umask(0)
os.umask(_UMASK)

# Valid inside a JSON string, but str.splitlines() and many editors and JavaScript parsers
# break lines at them; escaped, every output line is exactly one record whoever splits it.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}

# A batch run's temporaries carry its run id, so a run removes only its own (and those of
# runs that are dead): ``.<name>.briefs-<run id>.<random>.tmp``.
RUN_TEMP_RE = re.compile(r"^\..+\.briefs-(?P<run>[0-9a-f]{12})\.[a-z0-9_]+\.tmp$")


def dumps(records: Iterable[Record]) -> str:
    buffer = io.StringIO()
    with jsonlines.Writer(buffer, sort_keys=True, compact=True, flush=False) as writer:
        for record in records:
            writer.write(record.model_dump(mode="json"))
    return escape_line_breaks(buffer.getvalue())


def escape_line_breaks(text: str) -> str:
    """JSON text with U+2028, U+2029 and U+0085 written as escapes (the same JSON value)."""
    for raw, escaped in _LINE_BREAKS.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def write_atomic(path: Path, text: str | bytes, *, run_id: str | None = None) -> None:
    """The file is either the old one, or complete: never half-written, even on SIGKILL.

    Text is written as UTF-8 with no newline translation; bytes as they are. ``run_id`` tags
    the temporary file with the batch run writing it (see ``RUN_TEMP_RE``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{path.name}.briefs-{run_id}." if run_id else f".{path.name}."
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
