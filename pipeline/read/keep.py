"""``--keep-text DIR``: the text every offset indexes, written as ``DIR/<stem>.txt`` beside the
JSONL, so a consumer of a converted brief (PDF, HTML, ...) can map evidence back without our
readers. The document record's ``text_sha256`` identifies it."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.read.brief import Brief, BriefError
from pipeline.run.writer import write_atomic


def kept_path(folder: Path, brief: Path) -> Path:
    return folder / f"{brief.stem}.txt"


def keep_text(folder: Path, path: Path, brief: Brief) -> None:
    """Write the brief's text exactly (line endings included); never over the brief itself."""
    target = kept_path(folder, path)
    if os.path.realpath(target) == os.path.realpath(path):
        raise BriefError(f"{path}: --keep-text {folder} would overwrite the brief itself; choose another folder")
    try:
        write_atomic(target, brief.text)
    except OSError as exc:
        raise BriefError(f"{path}: cannot write {target} ({exc.strerror or exc})") from exc
