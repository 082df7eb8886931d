"""Briefs on worker processes, each brief under a time limit; ``briefs extract --jobs N``.

Every brief runs in a worker process, even with ``--jobs 1``, because stopping the process is
the only way to stop a brief that runs too long: spaCy's tokenizer is compiled code that does
not return to the interpreter while it works (runs of punctuation make it quadratic), and
Python's ``re`` does not look at signals while it backtracks (a pattern with ``(a+)+``), so
neither a signal handler nor a thread can interrupt them; ``SIGKILL`` can.

The parent builds the pipeline and forks the workers, which share its memory and start at
once. It hands them briefs in chunks and watches the clock: the brief a worker is on started
when its previous result (or its chunk) arrived. A worker over the limit is killed, its brief
reported with the time it took, and a new worker takes the rest of its chunk. A worker that
dies by itself (the OOM killer, a crash) has its brief tried once more on a new worker, then
reported. Workers ignore Ctrl-C (the parent stops them) and die with the parent (Linux).

The same ``Worker`` protocol serves processes that must not fork (a Dask worker has threads):
``exec_worker`` starts ``python -m pipeline.run.local`` instead, which builds its own pipeline.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.run.batch import Job, Outcome, chunk_size, process_one, timed_out

if TYPE_CHECKING:
    from spacy.language import Language

Item = tuple[int, Path]  # (index in the run, brief path)


class WorkerStartError(RuntimeError):
    """A worker could not build the pipeline; the message says why (pattern file and line)."""


class Worker:
    """One extraction process and the connection to it."""

    def __init__(self, conn: Connection, process: multiprocessing.process.BaseProcess | subprocess.Popen):
        self.conn, self.process = conn, process
        self.stopped = False
        reply = self._receive_hello()
        if reply[0] != "ready":
            self.stop(graceful=False)
            raise WorkerStartError(reply[1])
        self.patterns_version = reply[1]

    def _receive_hello(self) -> tuple[str, str]:
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            return ("error", f"worker process exited while starting ({self.exit_status()})")

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def exit_status(self) -> str:
        code = self.process.poll() if isinstance(self.process, subprocess.Popen) else self.process.exitcode
        if code is None:
            return "still running"
        if code < 0:
            return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"

    def stop(self, *, graceful: bool) -> None:
        """Graceful: ask it to finish (it is idle); otherwise, or if it does not, SIGKILL."""
        if self.stopped:
            return
        self.stopped = True
        if graceful:
            try:
                self.conn.send(None)
            except OSError:
                pass
            if self._reap(5.0):
                self.conn.close()
                return
        try:
            self.process.kill()
        except (OSError, ValueError):
            pass
        self._reap(None)
        self.conn.close()

    def _reap(self, timeout: float | None) -> bool:
        if isinstance(self.process, subprocess.Popen):
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                return False
            return True
        self.process.join(timeout)
        return self.process.exitcode is not None


def _die_with_parent(parent: int, *, forked: bool) -> None:
    """End this process when its parent dies, so that no worker outlives a killed run.

    A forked worker asks Linux for SIGKILL at its parent's death (PR_SET_PDEATHSIG), which is
    immediate. That signal comes when the parent *thread* ends, so a worker started from a
    thread that may end (a Dask task thread) watches its parent id once a second instead.
    """
    if forked:
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            forked = False  # not Linux: watch instead
    if not forked:
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, daemon=True, name="briefs-parent-watch").start()
    if os.getppid() != parent:  # the parent died before the lines above
        os._exit(1)


def serve(conn: Connection, job: Job, parent: int, *, forked: bool = True) -> None:
    """A worker's life: build (or inherit) the pipeline, say so, then extract chunks until told to stop."""

    _die_with_parent(parent, forked=forked)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent acts
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        nlp = load_frozen(job.patterns_dir, job.cache_dir)
    except Exception as exc:  # a bad pattern file: said once, by the parent
        conn.send(("error", str(exc) if type(exc).__name__ == "PatternError"
                   else f"cannot build the pipeline: {type(exc).__name__}: {exc}"))
        return
    version = nlp.meta["briefs_patterns_version"]
    if job.patterns_version is not None and version != job.patterns_version:
        conn.send(("error", f"patterns version {version} on this worker differs from {job.patterns_version} "
                            f"(install the same briefs and patterns everywhere)"))
        return
    conn.send(("ready", version))
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for index, path in chunk:
            outcome = process_one(Path(path), job, nlp)
            try:
                conn.send((index, outcome))
            except OSError:  # the parent has gone: nothing left to report to
                return


def load_frozen(patterns_dir: str | None, cache_dir: str | None) -> Language:
    """The pipeline, its objects out of the collector's passes (``pipeline.freeze``): no pass
    walks them in this process, and none copies them into a forked worker's memory."""
    import pipeline

    with pipeline.collector_paused():
        nlp = pipeline.load(patterns_dir, cache_dir=cache_dir)
        pipeline.freeze()
    return nlp


def fork_worker(job: Job) -> Worker:
    """A worker forked from this process, which has built the pipeline (``pipeline.load``)."""
    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe(duplex=True)
    process = context.Process(target=serve, args=(child_end, job, os.getpid()), daemon=True,
                              name="briefs-worker")
    process.start()
    child_end.close()  # the parent keeps one end only, so the worker's death reads as EOF
    return Worker(parent_end, process)


def exec_worker(job: Job) -> Worker:
    """A worker in a new interpreter, for a process that must not fork (it has threads)."""
    ours, theirs = socket.socketpair()
    process = subprocess.Popen([sys.executable, "-m", "pipeline.run.local", str(theirs.fileno()), str(os.getpid())],
                               pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
    theirs.close()
    conn = Connection(ours.detach())
    conn.send(job)
    return Worker(conn, process)


def supervise(items: Sequence[Item], job: Job, workers: list[Worker], start: Callable[[], Worker],
              chunk: int) -> Iterator[tuple[int, Outcome]]:
    """(index, outcome) for every item, as they finish, on ``workers`` (idle when given).

    A worker over the time limit or dead is replaced in ``workers`` by ``start()``; when
    this generator is closed early, the workers still busy are killed and removed, so the
    list holds idle workers only.
    """
    pending: deque[list[Item]] = deque(list(items[i:i + chunk]) for i in range(0, len(items), chunk))
    assigned: dict[Worker, deque[Item]] = {}
    since: dict[Worker, float] = {}
    deaths: Counter[int] = Counter()

    def replace(worker: Worker, requeue: list[Item]) -> None:
        worker.stop(graceful=False)
        workers.remove(worker)
        del assigned[worker], since[worker]
        if requeue:
            pending.appendleft(requeue)
        workers.append(start())

    try:
        while True:
            for worker in workers:
                if worker not in assigned and pending:
                    batch = pending.popleft()
                    worker.conn.send([(index, str(path)) for index, path in batch])
                    assigned[worker], since[worker] = deque(batch), time.monotonic()
            if not assigned:
                return
            limit = job.timeout
            deadline = None if not limit else max(0.0, min(since.values()) + limit - time.monotonic())
            ready = set(wait([w.conn for w in assigned], deadline))
            now = time.monotonic()
            for worker in list(assigned):
                queue = assigned[worker]
                if worker.conn in ready:
                    try:
                        while queue and worker.conn.poll():
                            index, outcome = worker.conn.recv()
                            queue.popleft()
                            since[worker] = now
                            yield index, outcome
                    except (EOFError, OSError):
                        index, path = queue[0]
                        deaths[index] += 1
                        worker.stop(graceful=False)  # reaped, for its exit status
                        if deaths[index] < 2:
                            replace(worker, list(queue))
                            continue
                        status = worker.exit_status()
                        replace(worker, list(queue)[1:])
                        yield index, Outcome(str(path), "failed", reason=(
                            f"{path}: the worker process died on it twice ({status})"))
                        continue
                    if not queue:
                        del assigned[worker], since[worker]
                elif limit and now - since[worker] >= limit:
                    index, path = queue[0]
                    seconds = now - since[worker]
                    replace(worker, list(queue)[1:])
                    yield index, timed_out(path, seconds, limit)
    finally:
        for worker in list(assigned):
            worker.stop(graceful=False)
            workers.remove(worker)


def in_order(results: Iterator[tuple[int, Outcome]], first: int = 0) -> Iterator[Outcome]:
    """Outcomes in index order, whatever order they finished in."""
    waiting: dict[int, Outcome] = {}
    expected = first
    for index, outcome in results:
        waiting[index] = outcome
        while expected in waiting:
            yield waiting.pop(expected)
            expected += 1


def run_local(briefs: list[Path], job: Job, jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order; outputs are identical whatever ``jobs`` is."""

    if not briefs:
        return
    load_frozen(job.patterns_dir, job.cache_dir)  # once here; the forked workers share it
    size = chunk_size(len(briefs), jobs)
    count = min(jobs, -(-len(briefs) // size))
    workers: list[Worker] = []
    finished = False
    try:
        workers += [fork_worker(job) for _ in range(count)]
        yield from in_order(supervise(list(enumerate(briefs)), job, workers, lambda: fork_worker(job), size))
        finished = True
    finally:
        for worker in workers:
            worker.stop(graceful=finished)


def _main(fd: str, parent: str) -> None:
    """``python -m pipeline.run.local FD PARENT``: serve on the socket FD; the first message is the Job."""
    conn = Connection(int(fd))
    try:
        job = conn.recv()
    except (EOFError, OSError):
        return
    serve(conn, job, int(parent), forked=False)


if __name__ == "__main__":
    _main(*sys.argv[1:3])
