"""Deterministic, atomic JSONL: sorted keys, no timestamps, temp file + rename."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import jsonlines

from pipeline.records import Record

_UMASK = os.umask(0)
os.umask(_UMASK)


def dumps(records: Iterable[Record]) -> str:
    buffer = io.StringIO()
    with jsonlines.Writer(buffer, sort_keys=True, compact=True, flush=False) as writer:
        for record in records:
            writer.write(record.model_dump(mode="json"))
    return buffer.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """The file is either the old one, or complete: never half-written, even on SIGKILL."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
