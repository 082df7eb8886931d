"""--dask: a LocalCluster with two worker processes gives the bytes --jobs 1 gives, a worker
killed mid-run loses nothing, and a brief over the time limit is stopped there too."""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.run.batch import Job
from pipeline.run.cluster import parse_target, run_dask
from pipeline.run.scope import RunScope
from tests.conftest import corpus_copies

runner = CliRunner()
SLOW = "(" * 4000 + "Hamas" + ")" * 4000 + "\n"


def _extract(*args):
    return runner.invoke(app, ["extract", *[str(a) for a in args]])


def _same_files(one: Path, two: Path) -> None:
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_cluster_output_identical_to_jobs_1(tmp_path, nlp):
    # ``nlp``: the session's pipeline cache is built first, so neither run prints that it builds it
    corpus_copies(tmp_path / "in", 24)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    local = _extract(tmp_path / "in", "--out", tmp_path / "one", "-q", "--jobs", "1")
    dask = _extract(tmp_path / "in", "--out", tmp_path / "dask", "-q", "--dask", "local:2")
    assert local.exit_code == dask.exit_code == 1
    assert dask.output == local.output == "error: empty.txt: empty file\n"
    _same_files(tmp_path / "one", tmp_path / "dask")


def test_cluster_killed_worker_loses_nothing(tmp_path):
    distributed = pytest.importorskip("distributed")
    briefs = corpus_copies(tmp_path / "in", 40)
    assert _extract(tmp_path / "in", "--out", tmp_path / "one", "-q", "--jobs", "1").exit_code == 0
    out = tmp_path / "dask"
    killed: list[tuple[int, int]] = []  # (pid, outputs written when it was killed)

    def kill_a_worker(cluster) -> None:
        # Both workers are busy from the first outputs on (40 briefs make 20 chunks for two).
        # The pid comes from the cluster object: a second Client in this process would share
        # futures across event loops.
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            done = len(list(out.glob("*.jsonl"))) if out.is_dir() else 0
            if done >= 2:
                pid = next(iter(cluster.workers.values())).process.process.pid
                os.kill(pid, signal.SIGKILL)
                killed.append((pid, done))
                return
            time.sleep(0.02)

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster:
        killer = threading.Thread(target=kill_a_worker, args=(cluster,))
        killer.start()
        # as `briefs extract --dask` runs it: in a run scope, so the temporary file a worker
        # killed mid-write leaves behind carries the run's id and goes when the run ends
        out.mkdir()
        with RunScope(out) as scope:
            outcomes = list(run_dask(briefs, Job(out, run_id=scope.id), cluster.scheduler_address))
        killer.join()
    assert killed and killed[0][1] < len(briefs), "a worker was killed mid-run"
    assert [o.source for o in outcomes] == [str(b) for b in briefs]
    # a retried chunk skips the briefs the killed worker had already written (they are up to date)
    assert {o.status for o in outcomes} <= {"extracted", "skipped"}
    assert not list(out.glob(".*")), "no temporary file or lock outlives the run"
    _same_files(tmp_path / "one", out)


def test_cluster_brief_over_the_time_limit_is_stopped(tmp_path):
    corpus_copies(tmp_path / "in", 6)
    (tmp_path / "in" / "b000.txt").write_text(SLOW, encoding="utf-8")
    result = _extract(tmp_path / "in", "--out", tmp_path / "out", "-q", "--dask", "local:2", "--timeout", "1")
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1 and "b000.txt: stopped after 1." in result.output
    (error,) = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert error["source"] == str(tmp_path / "in" / "b000.txt") and error["seconds"] >= 1.0
    assert len(list((tmp_path / "out").glob("b*.jsonl"))) == 5


def test_cluster_without_dask_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    (tmp_path / "a.txt").write_text("NOTE\n2024-02-01\nTitle\nIran armed Hamas.\n", encoding="utf-8")
    result = _extract(tmp_path / "a.txt", "--out", tmp_path / "out", "--dask", "local")
    assert result.exit_code == 1
    assert result.output == ("error: --dask needs dask.distributed: pip install 'briefs[dask]' "
                             "(or pip install 'dask[distributed]')\n")


def test_cluster_jobs_with_dask_is_a_usage_error(tmp_path):
    result = _extract(tmp_path, "--out", tmp_path / "out", "--dask", "local", "--jobs", "2")
    assert result.exit_code == 2


TARGETS = [("local", ("local", None)), ("local:3", ("local", 3)), ("tcp://10.0.0.5:8786", ("tcp://10.0.0.5:8786", None)),
           ("scheduler.json", ("scheduler.json", None))]


@pytest.mark.parametrize("spec,target", [t for t in TARGETS], ids=["local", "local-n", "address", "scheduler-file"])
def test_cluster_target_parsed(spec, target):
    assert parse_target(spec) == target


@pytest.mark.parametrize("spec", ["local:0", "local:two"], ids=["zero", "not-a-number"])
def test_cluster_bad_local_count_is_refused(spec):
    with pytest.raises(ValueError, match="the worker count after local: must be a whole number >= 1"):
        parse_target(spec)
