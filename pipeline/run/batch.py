"""Batch extraction: discover briefs, skip unchanged ones, run on N processes, lose nothing.

Each brief is read, extracted and written on its own; a failure is one line on stderr
and one record in ``OUT/errors.jsonl``, and the batch goes on. Outputs are written
atomically, so a killed run leaves every output complete or absent.
"""

from __future__ import annotations

import glob
import hashlib
import json
import multiprocessing
import os
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline import __version__, freeze
from pipeline.reader import MAX_CHARS, SUFFIXES, BriefError, read_path
from pipeline.records import SCHEMA_VERSION
from pipeline.run.writer import dumps, write_atomic

ERRORS_FILE = "errors.jsonl"


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # "extracted", "skipped" or "failed"
    output: str | None = None
    reason: str | None = None


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


# Each worker process builds the pipeline once.
_NLP = None


def _init_worker(patterns_dir: str | None) -> None:
    global _NLP
    import pipeline

    _NLP = pipeline.load(patterns_dir)
    freeze()


def process_one(brief: Path, out_dir: Path, force: bool, patterns_dir: str | None = None,
                max_chars: int = MAX_CHARS) -> Outcome:
    import pipeline

    nlp = _NLP or pipeline.load(patterns_dir)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    output = output_path(out_dir, brief)
    try:
        if not force and up_to_date(brief, output, nlp.meta["briefs_patterns_version"]):
            return Outcome(str(brief), "skipped", str(output))
        parsed = read_path(brief, max_chars=max_chars)
        text = dumps(pipeline.extract_brief(parsed, nlp))
    except BriefError as exc:
        return Outcome(str(brief), "failed", reason=str(exc))
    except Exception as exc:  # an internal error must not stop the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Outcome(str(brief), "failed",
                       reason=f"{brief}: internal error {type(exc).__name__}: {exc} "
                              f"({Path(where.filename).name}:{where.lineno})")
    try:
        write_atomic(output, text)
    except OSError as exc:
        return Outcome(str(brief), "failed", reason=f"{brief}: cannot write {output} ({exc.strerror or exc})")
    return Outcome(str(brief), "extracted", str(output))


def _star(args: tuple[Path, Path, bool, str | None, int]) -> Outcome:
    return process_one(*args)


def run(
    briefs: list[Path],
    out_dir: Path,
    *,
    jobs: int = 1,
    force: bool = False,
    patterns_dir: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Outcome]:
    """Outcomes in input order; outputs are identical whatever ``jobs`` is."""
    clean_temporaries(out_dir)
    work = [(b, out_dir, force, patterns_dir, max_chars) for b in briefs]
    if not work:
        return
    if jobs <= 1 or len(work) <= 1:
        _init_worker(patterns_dir)
        for item in work:
            yield _star(item)
        return
    # fork keeps start-up cheap: the children inherit the pipeline the parent built (the
    # initializer finds it cached); frozen, its objects are not copied by the collector.
    freeze()
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    # Briefs go to the workers in small batches: one at a time, the parent's hand-off
    # between them cost a tenth of a 2-core run. Outcomes still come back in input order.
    chunksize = max(1, min(32, len(work) // (jobs * 8)))
    with context.Pool(jobs, initializer=_init_worker, initargs=(patterns_dir,)) as pool:
        yield from pool.imap(_star, work, chunksize=chunksize)


def clean_temporaries(out_dir: Path) -> None:
    """A run killed mid-write leaves its temp file (never a partial output): sweep them."""
    for tmp in out_dir.glob(".*.jsonl.*.tmp"):
        try:
            tmp.unlink()
        except OSError:
            pass


def write_errors(out_dir: Path, failures: list[Outcome]) -> None:
    """OUT/errors.jsonl lists this run's failures; it is removed when a run has none."""
    path = out_dir / ERRORS_FILE
    if not failures:
        if path.exists():
            path.unlink()
        return
    lines = "".join(
        json.dumps({k: v for k, v in asdict(f).items() if k in {"source", "reason"}}, sort_keys=True,
                   ensure_ascii=False) + "\n"
        for f in sorted(failures, key=lambda f: f.source)
    )
    write_atomic(path, lines)
