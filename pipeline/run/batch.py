"""Batch extraction: discover briefs, skip unchanged ones, extract one brief, lose nothing.

Each brief is read, extracted and written on its own; a failure is one line on stderr
and one record in ``OUT/errors.jsonl``, and the batch goes on. Outputs are written
atomically, so a killed run leaves every output complete or absent. Where the briefs run
(worker processes on this machine, or a Dask cluster) is ``local`` and ``cluster``.
"""

from __future__ import annotations

import glob
import hashlib
import json
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.reader import MAX_CHARS, SUFFIXES, BriefError, read_path
from pipeline.records import SCHEMA_VERSION
from pipeline.run.writer import dumps, write_atomic

if TYPE_CHECKING:
    from spacy.language import Language

ERRORS_FILE = "errors.jsonl"
# OUT/<stem>.jsonl names that a brief cannot have: the error log lives beside the outputs.
RESERVED_STEMS = frozenset({Path(ERRORS_FILE).stem})
# A brief may take this long by default (seconds): a corpus brief takes milliseconds, one at
# the 2,000,000-character limit about 5 s; a brief that takes longer is almost always one that
# makes the tokenizer or a pattern backtrack, and would hold up every brief behind it.
TIMEOUT = 60.0


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # "extracted", "skipped" or "failed"
    output: str | None = None
    reason: str | None = None
    seconds: float | None = None  # for a brief stopped at the time limit: how long it ran


@dataclass(frozen=True)
class Job:
    """What every brief of one run is done with, wherever it runs (picklable)."""

    out_dir: Path
    force: bool = False
    patterns_dir: str | None = None
    max_chars: int = MAX_CHARS
    timeout: float | None = TIMEOUT  # seconds per brief; None: no limit
    run_id: str | None = None  # tags this run's temporary files (scope.RunScope)
    patterns_version: str | None = None  # what every worker's pipeline must have been built from


def discover(paths: Iterable[str]) -> tuple[list[Path], list[Outcome]]:
    """Files, folders (recursive) and globs -> sorted brief paths, plus input errors."""
    found: list[Path] = []
    problems: list[Outcome] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            briefs = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not briefs:
                problems.append(Outcome(raw, "failed", reason=f"{raw}: folder holds no briefs (.txt or .md)"))
            found += briefs
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                reason = f"{raw}: unknown extension {path.suffix or '(none)'!r}; briefs are .txt or .md"
                problems.append(Outcome(raw, "failed", reason=reason))
            else:
                found.append(path)
        elif glob.has_magic(raw):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True))
            briefs = [p for p in matches if p.is_file() and p.suffix.lower() in SUFFIXES]
            if not briefs:
                problems.append(Outcome(raw, "failed", reason=f"{raw}: pattern matches no briefs"))
            found += briefs
        else:
            problems.append(Outcome(raw, "failed", reason=f"{raw}: no such file or folder"))
    unique: dict[Path, Path] = {}
    for p in found:
        unique.setdefault(p.resolve(), p)
    # OUT/<stem>.jsonl: two briefs with one stem would overwrite each other's output
    by_stem: dict[str, Path] = {}
    briefs = []
    for p in unique.values():
        first = by_stem.setdefault(p.stem, p)
        if first is p:
            briefs.append(p)
        else:
            problems.append(Outcome(str(p), "failed",
                                    reason=f"{p}: output name {p.stem}.jsonl is also {first}'s; rename one"))
    return briefs, problems


def output_path(out_dir: Path, brief: Path) -> Path:
    return out_dir / f"{brief.stem}.jsonl"


def reserved_names(briefs: list[Path]) -> tuple[list[Path], list[Outcome]]:
    """Briefs whose output would be the error log (errors.txt -> errors.jsonl) are refused:
    renaming their output silently would break OUT/<stem>.jsonl, sharing it loses one of them."""
    kept, refused = [], []
    for brief in briefs:
        if brief.stem.casefold() in RESERVED_STEMS:
            refused.append(Outcome(str(brief), "failed", reason=(
                f"{brief}: output name {brief.stem}.jsonl is reserved for the error log "
                f"({ERRORS_FILE}); rename the brief")))
        else:
            kept.append(brief)
    return kept, refused


def up_to_date(brief: Path, output: Path, patterns_version: str) -> bool:
    """The output is whole and valid, and was made from these exact bytes by this pipeline,
    these patterns and this schema.

    Whole and valid: every line parses, the file ends with a newline, and the entity and
    claim records that follow the document record are as many as it says. A truncated or
    damaged output is therefore redone, not taken as done.
    """
    try:
        text = output.read_bytes().decode("utf-8")
        data = brief.read_bytes()
    except (OSError, UnicodeDecodeError):
        return False
    if not text.endswith("\n"):
        return False
    try:
        records = [json.loads(line) for line in text[:-1].split("\n")]
    except ValueError:
        return False
    first = records[0]
    if not all(isinstance(r, dict) for r in records) or first.get("kind") != "document":
        return False
    n_entities, n_claims = first.get("n_entities"), first.get("n_claims")
    if not isinstance(n_entities, int) or not isinstance(n_claims, int):
        return False
    return (
        [r.get("kind") for r in records[1:]] == ["entity"] * n_entities + ["claim"] * n_claims
        and first.get("sha256") == hashlib.sha256(data).hexdigest()
        and first.get("pipeline_version") == __version__
        and first.get("patterns_version") == patterns_version
        and first.get("schema_version") == SCHEMA_VERSION
    )


def process_one(brief: Path, job: Job, nlp: Language) -> Outcome:
    """Read, extract and write one brief; any failure becomes an Outcome, never an exception."""
    import pipeline

    nlp.max_length = max(nlp.max_length, job.max_chars + 1)
    output = output_path(job.out_dir, brief)
    try:
        if not job.force and up_to_date(brief, output, nlp.meta["briefs_patterns_version"]):
            return Outcome(str(brief), "skipped", str(output))
        parsed = read_path(brief, max_chars=job.max_chars)
        text = dumps(pipeline.extract_brief(parsed, nlp))
    except BriefError as exc:
        return Outcome(str(brief), "failed", reason=str(exc))
    except Exception as exc:  # an internal error must not stop the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Outcome(str(brief), "failed",
                       reason=f"{brief}: internal error {type(exc).__name__}: {exc} "
                              f"({Path(where.filename).name}:{where.lineno})")
    try:
        write_atomic(output, text, run_id=job.run_id)
    except OSError as exc:
        return Outcome(str(brief), "failed", reason=f"{brief}: cannot write {output} ({exc.strerror or exc})")
    return Outcome(str(brief), "extracted", str(output))


def timed_out(brief: Path, seconds: float, limit: float) -> Outcome:
    return Outcome(str(brief), "failed", seconds=round(seconds, 1), reason=(
        f"{brief}: stopped after {seconds:.1f} s, over the time limit of {limit:g} s a brief "
        f"(raise it with --timeout)"))


def chunk_size(briefs: int, workers: int) -> int:
    """Briefs handed to a worker at once: one at a time, the hand-off cost a tenth of a
    2-core run; whole runs at once, the last worker would finish long after the others."""
    return max(1, min(32, briefs // (workers * 8)))
