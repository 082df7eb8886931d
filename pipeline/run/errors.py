"""``OUT/errors.jsonl``: the briefs that failed, one record each, kept across runs.

The log is merged per source, not rewritten: a run replaces the records of the briefs it
attempted (a brief that now succeeds loses its record, one that fails gets this run's
reason) and keeps every other record, such as another run's into the same folder. The
read-merge-write happens under a lock on the folder, so two runs finishing at once do not
lose each other's records. Sources are absolute paths, so runs from different working
directories agree on them.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.run.batch import ERRORS_FILE, Outcome
from pipeline.run.writer import escape_line_breaks, write_atomic


class ErrorLogError(ValueError):
    """An existing error log that cannot be read; the message names file and line."""


def source_key(source: str) -> str:
    return os.path.abspath(source)


@contextmanager
def locked_folder(folder: Path) -> Iterator[None]:
    """An exclusive lock on the folder itself (flock on its descriptor; no lock file)."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def read_errors(path: Path) -> list[dict]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise ErrorLogError(f"{path}: cannot read ({exc}); fix or delete it") from exc
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if not isinstance(record, dict) or not isinstance(record.get("source"), str):
            raise ErrorLogError(f"{path}:{number}: not an error record; fix or delete the file")
        records.append(record)
    return records


def error_record(outcome: Outcome) -> dict:
    record = {"source": source_key(outcome.source), "reason": outcome.reason or outcome.source}
    if outcome.seconds is not None:
        record["seconds"] = outcome.seconds
    return record


def merge_errors(out_dir: Path, attempted: Iterable[str], failures: Iterable[Outcome]) -> Path | None:
    """Replace the records of the ``attempted`` sources by this run's ``failures``; keep the
    rest. The log is removed when no record is left. Returns the log's path, or None."""
    path = out_dir / ERRORS_FILE
    done = {source_key(s) for s in attempted}
    new = [error_record(f) for f in failures]
    done |= {r["source"] for r in new}
    with locked_folder(out_dir):
        kept = [r for r in read_errors(path) if r["source"] not in done]
        records = sorted(kept + new, key=lambda r: (r["source"], r["reason"]))
        if not records:
            path.unlink(missing_ok=True)
            return None
        text = "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in records)
        write_atomic(path, escape_line_breaks(text))
    return path
