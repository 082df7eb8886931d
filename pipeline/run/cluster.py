"""Briefs on a Dask cluster: ``briefs extract PATHS --out DIR --dask ADDRESS`` (or ``local[:N]``).

The cluster does what ``--jobs`` does on one machine, on as many as it has: each Dask worker
runs one extraction process (``local.exec_worker``: it builds the pipeline once, from the
pipeline cache where there is one) and hands it the chunks of briefs the scheduler gives the
worker, under the same supervisor as ``--jobs``: the same per-brief time limit, the process
replaced when a brief runs over it. Outputs are written by the workers, atomically and with
this run's id, exactly as locally, so the briefs and ``OUT`` must be at the same paths on
every worker (a shared file system); per-brief failures come back to the client, which writes
``errors.jsonl``. A worker that dies (killed, preempted, out of memory) loses nothing: the
scheduler runs its chunks again on another worker, and rewriting an output gives the same bytes.
A chunk that keeps killing workers is split into single briefs, and the one that still does
is reported.

The Dask worker itself never loads the pipeline: it has threads (its event loop, its task
threads), and a process with threads must not fork, so its extraction process is a fresh
interpreter instead.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.run.batch import Job, Outcome, chunk_size
from pipeline.run.local import Worker, exec_worker, in_order, supervise

PLUGIN = "briefs-extract"
INSTALL_HINT = "--dask needs dask.distributed: pip install 'briefs[dask]' (or pip install 'dask[distributed]')"


class ClusterError(RuntimeError):
    """No cluster to run on: dask.distributed missing, a bad address, a scheduler not reached."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError(INSTALL_HINT) from exc
    return distributed


def require_dask() -> None:
    """Raise ClusterError, saying how to install it, when dask.distributed is missing."""
    _distributed()


def _plugin_class() -> type:
    from distributed.diagnostics.plugin import WorkerPlugin

    class ExtractionProcess(WorkerPlugin):
        """Lives on each Dask worker: its extraction process, started at the first chunk."""

        name = PLUGIN

        def __init__(self, job: Job):
            self.job = job

        def setup(self, worker: Any) -> None:
            self.lock = threading.Lock()  # one chunk at a time, whatever the worker's threads
            self.workers: list[Worker] = []

        def teardown(self, worker: Any) -> None:
            with self.lock:
                for process in self.workers:
                    process.stop(graceful=True)
                self.workers.clear()

        def extract(self, items: list[tuple[int, str]]) -> list[tuple[int, Outcome]]:
            with self.lock:
                if not self.workers:
                    self.workers.append(exec_worker(self.job))
                return list(supervise([(i, Path(p)) for i, p in items], self.job, self.workers,
                                      lambda: exec_worker(self.job), chunk=len(items)))

    return ExtractionProcess


def extract_chunk(items: list[tuple[int, str]]) -> list[tuple[int, Outcome]]:
    """The Dask task: (index, path) pairs -> (index, outcome) pairs, on this worker's process."""
    from distributed import get_worker

    return get_worker().plugins[PLUGIN].extract(items)


def parse_target(spec: str) -> tuple[str, int | None]:
    """``local`` / ``local:N`` -> ("local", N or None); anything else is a scheduler address
    (``tcp://host:8786``) or a scheduler file (``scheduler.json``)."""
    if spec == "local":
        return "local", None
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask {spec}: the worker count after local: must be a whole number >= 1")
        return "local", int(count)
    return spec, None


def _connect(spec: str) -> tuple[Any, Any]:
    """(client, cluster we started or None)."""
    distributed = _distributed()
    try:
        target, workers = parse_target(spec)
    except ValueError as exc:
        raise ClusterError(str(exc)) from exc
    try:
        if target == "local":
            from pipeline.run.cores import usable_cores

            cluster = distributed.LocalCluster(n_workers=workers or usable_cores(), threads_per_worker=1,
                                               processes=True, dashboard_address=None,
                                               silence_logs=logging.ERROR)
            return distributed.Client(cluster), cluster
        if target.endswith(".json") and os.path.isfile(target):
            return distributed.Client(scheduler_file=target), None
        return distributed.Client(target), None
    except (OSError, ValueError, TypeError) as exc:  # unreachable, or not an address at all
        raise ClusterError(f"--dask {spec}: cannot reach a Dask scheduler ({exc})") from exc


def run_dask(briefs: list[Path], job: Job, spec: str) -> Iterator[Outcome]:
    """Outcomes in input order; outputs byte-identical to ``run_local``'s.

    The job's ``force`` is honoured on the workers (they check whether an output is up to
    date), so the client does not read every brief and output itself.
    """
    if not briefs:
        return
    distributed = _distributed()
    absolute = [os.path.abspath(b) for b in briefs]
    job = replace(job, out_dir=Path(os.path.abspath(job.out_dir)))
    client, cluster = _connect(spec)
    try:
        client.register_plugin(_plugin_class()(job))
        size = chunk_size(len(briefs), max(1, len(client.scheduler_info()["workers"])))
        items = list(enumerate(absolute))
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        futures = client.map(extract_chunk, chunks, pure=False)
        given = {future.key: chunk for future, chunk in zip(futures, chunks, strict=True)}
        finished = distributed.as_completed(futures)

        def results() -> Iterator[tuple[int, Outcome]]:
            for future in finished:
                chunk = given.pop(future.key)
                try:
                    yield from future.result()
                except distributed.KilledWorker:
                    if len(chunk) > 1:  # one of them kills its workers: try them one by one
                        for single in ([item] for item in chunk):
                            retry = client.submit(extract_chunk, single, pure=False)
                            given[retry.key] = single
                            finished.add(retry)
                        continue
                    index, path = chunk[0]
                    yield index, Outcome(path, "failed", reason=f"{path}: every Dask worker that tried it died")

        for index, outcome in enumerate(in_order(results())):
            yield replace(outcome, source=str(briefs[index]))
    finally:
        try:
            client.unregister_worker_plugin(PLUGIN)
        except Exception:  # the cluster may be going away already; its workers stop theirs
            pass
        client.close()
        if cluster is not None:
            cluster.close()
