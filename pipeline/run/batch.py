"""Batch extraction: discover briefs, skip unchanged ones, extract one brief, lose nothing.

Each brief is read, extracted and written on its own; a failure is one line on stderr
and one record in ``OUT/errors.jsonl``, and the batch goes on. Outputs are written
atomically, so a killed run leaves every output complete or absent. Where the briefs run
(worker processes on this machine, or a Dask cluster) is ``local`` and ``cluster``.
"""

from __future__ import annotations

import hashlib
import json
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.fingerprint import output_version
from pipeline.read import MAX_CHARS, BriefError, read
from pipeline.read.discover import discover as read_discover
from pipeline.read.keep import keep_text, kept_path
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
    keep_text_dir: Path | None = None  # --keep-text: also write each brief's text there
    first_person_actor: str | None = None  # --first-person-actor: whom the author's 'we' names
    cache_dir: str | None = None  # --cache-dir: where the built pipeline is cached (run/cache.py)


def discover(paths: Iterable[str]) -> tuple[list[Path], list[Outcome], str | None]:
    """Brief paths by the discovery rule (pipeline/read/discover.py), input errors, and a line
    saying what was skipped (None when nothing was)."""
    found = read_discover(paths)
    return found.briefs, [Outcome(p.source, "failed", reason=p.reason) for p in found.problems], found.summary()


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


def up_to_date(brief: Path, output: Path, patterns_version: str, first_person_actor: str | None = None) -> bool:
    """The output is whole and valid, and was made from these exact bytes by this pipeline's
    code (``pipeline_version``: the version and a hash of the code, ``fingerprint.py``), these
    patterns and this schema.

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
        and first.get("pipeline_version") == output_version()
        and first.get("patterns_version") == patterns_version
        and first.get("schema_version") == SCHEMA_VERSION
        and first.get("first_person_actor") == first_person_actor
    )


def done(brief: Path, job: Job, patterns_version: str) -> bool:
    """Nothing to do for this brief: not forced, its output up to date, and its kept text there
    when the run keeps texts."""
    return (not job.force and up_to_date(brief, output_path(job.out_dir, brief), patterns_version,
                                         job.first_person_actor)
            and (job.keep_text_dir is None or kept_path(job.keep_text_dir, brief).exists()))


def process_one(brief: Path, job: Job, nlp: Language) -> Outcome:
    """Read, extract and write one brief; any failure becomes an Outcome, never an exception."""
    import pipeline

    nlp.max_length = max(nlp.max_length, job.max_chars + 1)
    output = output_path(job.out_dir, brief)
    try:
        if done(brief, job, nlp.meta["briefs_patterns_version"]):
            return Outcome(str(brief), "skipped", str(output))
        parsed = read(brief, max_chars=job.max_chars)
        # No collector pass inside a brief: its objects all live until the brief is done, and
        # passes over them find nothing (they cost about a twentieth of a short brief's time and
        # grew with a brief's length: a 3 MB brief spent a third of its time in them). The
        # brief's garbage cycles are collected after it, by the next pass.
        with pipeline.collector_paused():
            text = dumps(pipeline.extract_brief(parsed, nlp, first_person_actor=job.first_person_actor))
        if job.keep_text_dir is not None:  # before the output: an output present means its text is too
            keep_text(job.keep_text_dir, brief, parsed)
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
