"""Which files are briefs: the discovery rule for ``briefs extract PATH...``.

- A **file named** on the command line is read when its extension is a brief format
  (``SUFFIXES``: .txt, .md, .markdown, .html, .htm, .pdf, .docx, in any case), whatever its
  name; any other file named is one clear error, as is a path that is not a regular file (a
  FIFO, a device), a broken symlink or a symlink loop.
- A **folder** is walked recursively, in name order, and a **glob**'s matches are taken alike.
  They take the files with a brief extension and skip, counting each reason: hidden files and
  folders (a name starting with "."), README* and GOLD* files (notes and annotation rules),
  ``*.gold.json`` (gold annotations), files of other formats, and paths that are not regular
  files, broken symlinks and symlink loops. Symlinked folders are followed once each.
- Two briefs with one stem would write one ``OUT/<stem>.jsonl``: the second is an error.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.read import SUFFIXES, BriefError, check_file, supported


@dataclass(frozen=True)
class Problem:
    source: str
    reason: str  # one line naming the path


@dataclass
class Discovery:
    briefs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> files

    def summary(self) -> str | None:
        """One line saying what the walk skipped and why, or None when it skipped nothing."""
        if not self.skipped:
            return None
        total = sum(self.skipped.values())
        counts = sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))
        reasons = ", ".join(f"{n} {reason}" for reason, n in counts)
        return f"skipped {total} file{'s' if total != 1 else ''} that are not briefs: {reasons}"


def skip_reason(path: Path) -> str | None:
    """Why a file met in a folder or a glob is not a brief, or None when it is one."""
    name = path.name
    lower = name.lower()
    if name.startswith("."):
        return "hidden"
    if lower.endswith(".gold.json"):
        return "gold annotations (*.gold.json)"
    if lower.startswith("readme"):
        return "README*"
    if lower.startswith("gold"):
        return "GOLD*"
    if path.suffix.lower() not in SUFFIXES:
        return f"of another format ({path.suffix.lower() or 'no extension'})"
    try:
        info = path.stat()
    except OSError as exc:
        return "symlink loop" if exc.errno == errno.ELOOP else "broken symlink"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (FIFO, socket or device)"
    return None


def _walk(folder: Path, found: Discovery, seen: set[str]) -> list[Path]:
    real = os.path.realpath(folder)
    if real in seen:
        found.skipped["symlink loop"] += 1
        return []
    seen.add(real)
    briefs = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        found.problems.append(Problem(str(folder), f"{folder}: cannot list ({exc.strerror or exc})"))
        return []
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            found.skipped["hidden"] += 1
        elif _is_dir(entry):
            briefs += _walk(path, found, seen)
        else:
            reason = skip_reason(path)
            if reason is None:
                briefs.append(path)
            else:
                found.skipped[reason] += 1
    return briefs


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:  # a symlink loop: skip_reason says so
        return False


def _named(raw: str, path: Path, found: Discovery) -> None:
    if path.suffix.lower() not in SUFFIXES:
        found.problems.append(Problem(raw, f"{raw}: unsupported format {path.suffix.lower() or '(no extension)'!r}; "
                                           f"briefs are {supported()}"))
        return
    try:
        check_file(path)
    except BriefError as exc:
        found.problems.append(Problem(raw, str(exc)))
        return
    found.briefs.append(path)


def discover(paths: Iterable[str]) -> Discovery:
    """Files, folders (recursive) and globs -> brief paths in order, problems, skipped counts."""
    found = Discovery()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            briefs = _walk(path, found, set())
            if not briefs:
                found.problems.append(Problem(raw, f"{raw}: folder holds no briefs ({supported()})"))
            found.briefs += briefs
        elif os.path.lexists(path):
            _named(raw, path, found)
        elif glob.has_magic(raw):
            briefs = []
            for match in sorted(Path(p) for p in glob.glob(raw, recursive=True)):
                if match.is_dir():
                    continue
                reason = skip_reason(match)
                if reason is None:
                    briefs.append(match)
                else:
                    found.skipped[reason] += 1
            if not briefs:
                found.problems.append(Problem(raw, f"{raw}: pattern matches no briefs"))
            found.briefs += briefs
        else:
            found.problems.append(Problem(raw, f"{raw}: no such file or folder"))
    found.briefs = _one_per_stem(found)
    return found


def _one_per_stem(found: Discovery) -> list[Path]:
    """Each file once; OUT/<stem>.jsonl: a second brief with a stem already taken is an error."""
    unique: dict[str, Path] = {}
    for p in found.briefs:
        unique.setdefault(os.path.realpath(p), p)
    by_stem: dict[str, Path] = {}
    briefs = []
    for p in unique.values():
        first = by_stem.setdefault(p.stem, p)
        if first is p:
            briefs.append(p)
        else:
            found.problems.append(Problem(str(p), f"{p}: output name {p.stem}.jsonl is also {first}'s; rename one"))
    return briefs
