"""One run's footprint in an output folder: its id, its lock, its temporary files.

Every batch run gets a random id; its temporary files carry it
(``.<name>.briefs-<id>.<random>.tmp``) and it holds ``OUT/.briefs-run-<id>.lock`` (flock)
while it runs. At the end a run removes its own temporaries. At the start it also removes
those of dead runs (a run killed with SIGKILL): a run whose lock file no one holds any more.
Another live run's temporaries and any file not named like ours are never touched. Forked
workers share their parent's lock (flock belongs to the open file, which fork shares), so a
run counts as alive until its last process has ended: a worker still writing is never swept.
"""

from __future__ import annotations

import fcntl
import os
import secrets
from pathlib import Path
from types import TracebackType

from pipeline.run.writer import RUN_TEMP_RE

LOCK_PREFIX = ".briefs-run-"
LOCK_SUFFIX = ".lock"


def _lock_path(out_dir: Path, run_id: str) -> Path:
    return out_dir / f"{LOCK_PREFIX}{run_id}{LOCK_SUFFIX}"


def _held(lock: Path) -> bool:
    """Whether a live process holds this lock file (a dead one's lock is released by the OS)."""
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def remove_temporaries(out_dir: Path, keep: set[str] | None = None, only: set[str] | None = None) -> int:
    """Remove run temporaries of the runs in ``only``, or of every run not in ``keep``."""
    removed = 0
    for path in out_dir.iterdir():
        match = RUN_TEMP_RE.match(path.name)
        if not match:
            continue
        run = match.group("run")
        if (only is not None and run not in only) or (keep is not None and run in keep):
            continue
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def sweep_dead_runs(out_dir: Path, own: str) -> int:
    """Remove the temporaries and lock files of runs that died without cleaning up."""
    # Temporaries are listed before locks: a run creates its lock before any temporary, so a
    # temporary seen here belongs to a run whose lock, if the run lives, is seen below.
    runs = {m.group("run") for p in out_dir.iterdir() if (m := RUN_TEMP_RE.match(p.name))}
    live = {own}
    for lock in out_dir.glob(f"{LOCK_PREFIX}*{LOCK_SUFFIX}"):
        run = lock.name[len(LOCK_PREFIX):-len(LOCK_SUFFIX)]
        if run == own:
            continue
        if _held(lock):
            live.add(run)
        else:
            runs.add(run)
            lock.unlink(missing_ok=True)
    return remove_temporaries(out_dir, only=runs - live)


class RunScope:
    """``with RunScope(out_dir) as scope:`` gives ``scope.id`` for ``write_atomic(run_id=...)``."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.id = secrets.token_hex(6)
        self._fd: int | None = None

    def __enter__(self) -> RunScope:
        # The lock is taken on a temporary name and then renamed into place, so a lock file that
        # another run can see is always held already.
        staging = self.out_dir / f".briefs-run-{self.id}.staging"
        fd = os.open(staging, os.O_CREAT | os.O_RDWR | os.O_EXCL, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.replace(staging, _lock_path(self.out_dir, self.id))
        self._fd = fd
        sweep_dead_runs(self.out_dir, self.id)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        remove_temporaries(self.out_dir, only={self.id})
        _lock_path(self.out_dir, self.id).unlink(missing_ok=True)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
