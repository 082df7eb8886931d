"""The built pipeline, saved on disk so that a new process loads it instead of building it.

Building means validating every pattern line, tokenising 31,000 surfaces and compiling the
rules: seconds. Loading the saved pipeline (``nlp.to_disk``, then ``spacy.load``) unpickles
the components' plain data instead (``components/persist.py``).

An entry is the saved pipeline in ``<cache>/pipeline-<key>/``. The key hashes everything the
saved bytes depend on: the build of briefs (its version and a hash of the code that builds the
pipeline, ``fingerprint.py``), the patterns version (a hash of every pattern file) and folder,
and the spaCy and Python versions; an edit to any of them is a new key, so a stale entry is
never read. ``<cache>`` is ``--cache-dir`` (``pipeline.load(cache_dir=...)``), else
``$BRIEFS_CACHE_DIR``, else ``$XDG_CACHE_HOME/briefs``, else ``~/.cache/briefs``.

Writing is safe with several processes at once: each saves into a private temporary folder
in ``<cache>`` and renames it to the entry's name, which is atomic; the first rename wins and
a later one fails, so the loser discards its copy (the winner's holds the same bytes) and
goes on with the pipeline it built. A reader sees a whole entry or none. An entry that cannot
be loaded (a damaged or truncated file, a missing one) is one warning line, is moved aside
and removed, and the pipeline is built again. The cache keeps the ``KEEP`` entries used last.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

ENV = "BRIEFS_CACHE_DIR"
PREFIX = "pipeline-"
KEY_FILE = "briefs-cache-key.json"
# entries kept: the patterns and code versions in use lately (a branch switch, a --patterns
# folder); each is about 14 MB
KEEP = 4
# a temporary folder older than this is a dead writer's (saving takes about a second)
ABANDONED = 3600.0


def cache_dir(override: Path | str | None = None) -> Path:
    """Where entries live (see the module docstring for the order)."""
    if override:
        return Path(override).expanduser()
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"  # the XDG rule
    return base / "briefs"


def key_parts(patterns_dir: Path, patterns_version: str) -> dict[str, str]:
    import spacy

    from pipeline.fingerprint import code_version

    return {"briefs": code_version(), "patterns": patterns_version, "patterns_dir": str(patterns_dir.resolve()),
            "spacy": spacy.__version__, "python": f"{sys.implementation.name} {sys.version.split()[0]}"}


def entry_path(root: Path, patterns_dir: Path, patterns_version: str) -> Path:
    parts = key_parts(patterns_dir, patterns_version)
    key = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]
    return root / f"{PREFIX}{key}"


def load(patterns_dir: Path, patterns_version: str, build: Callable[[], Language], *,
         cache: Path | str | None = None, say: Callable[[str], None] | None = None,
         prepare: Callable[[], object] | None = None) -> Language:
    """The pipeline from its cache entry, or built with ``build()`` and saved there.

    ``prepare()`` runs before the line saying the cache is being built (reading the pattern
    files, which raises on a bad one: then that error is all a user sees)."""
    say = say or _stderr
    root = cache_dir(cache)
    entry = entry_path(root, patterns_dir, patterns_version)
    if entry.is_dir():
        try:
            nlp = _read(entry, patterns_version)
        except Exception as exc:  # whatever is wrong with it, building again mends it
            say(f"warning: {entry}: the pipeline cache cannot be read ({type(exc).__name__}: {_short(exc)}); "
                f"building it again")
            _discard(entry)
        else:
            with contextlib.suppress(OSError):
                os.utime(entry)  # used now: pruned last
            return nlp
    if prepare is not None:
        prepare()
    say(f"briefs: building the pipeline cache in {entry} (once per patterns and code version; a few seconds)")
    nlp = build()
    try:
        _write(nlp, root, entry, key_parts(patterns_dir, patterns_version))
    except OSError as exc:  # a read-only or full disk: this run goes on uncached
        say(f"warning: {root}: cannot write the pipeline cache ({exc.strerror or exc}); the next run builds "
            f"the pipeline again (set {ENV} or --cache-dir to a writable folder)")
    return nlp


def _read(entry: Path, patterns_version: str) -> Language:
    import spacy

    from pipeline import collector_paused

    with collector_paused():
        # The tokenizer is the one the config makes (briefs.tokenizer.v1), so its saved copy
        # is not read: loading its 1,300 special cases again would cost a tenth of a second.
        nlp = spacy.load(entry, exclude=["tokenizer"])
    found = nlp.meta.get("briefs_patterns_version")
    if found != patterns_version:
        raise ValueError(f"holds patterns version {found}, not {patterns_version}")
    return nlp


def _write(nlp: Language, root: Path, entry: Path, parts: dict[str, str]) -> None:
    from pipeline import collector_paused

    root.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{entry.name}.", suffix=".tmp", dir=root))
    try:
        with collector_paused():
            nlp.to_disk(temporary)
        (temporary / KEY_FILE).write_text(json.dumps(parts, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        try:
            temporary.rename(entry)
        except OSError:
            if not entry.is_dir():
                raise
            # another process saved it first; its copy is as good as ours
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    _prune(root, entry)


def _discard(path: Path) -> None:
    """Move an entry aside (one rename: a reader sees it whole or gone), then delete it."""
    aside = path.with_name(f".{path.name}.{os.getpid()}.discarded.tmp")
    try:
        path.rename(aside)
    except OSError:
        return  # another process moved it first
    shutil.rmtree(aside, ignore_errors=True)


def entries(root: Path) -> list[Path]:
    """The cache's entries, the one used last first."""
    found = [p for p in root.glob(f"{PREFIX}*") if p.is_dir()] if root.is_dir() else []
    return sorted(found, key=_mtime, reverse=True)


def describe(entry: Path) -> dict[str, object]:
    """What an entry was built from (its key file; empty when unreadable), its size and when
    it was last used."""
    try:
        parts = json.loads((entry / KEY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        parts = {}
    size = sum(p.stat().st_size for p in entry.rglob("*") if p.is_file())
    return {"entry": entry.name, "key": parts, "bytes": size, "used": _mtime(entry)}


def _prune(root: Path, keep: Path) -> None:
    for old in [p for p in entries(root) if p != keep][KEEP - 1 :]:
        _discard(old)
    now = time.time()
    for temporary in root.glob(".*.tmp"):
        if now - _mtime(temporary) > ABANDONED:
            shutil.rmtree(temporary, ignore_errors=True)


def clear(root: Path) -> list[Path]:
    """Remove every entry (and any temporary folder); the entries removed."""
    removed = entries(root)
    for path in removed:
        _discard(path)
    for temporary in root.glob(".*.tmp") if root.is_dir() else []:
        shutil.rmtree(temporary, ignore_errors=True)
    return removed


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return text if len(text) <= 200 else text[:200] + "…"


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
