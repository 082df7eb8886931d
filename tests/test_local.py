"""Worker processes: a brief over the time limit is stopped and reported, a dead worker is
replaced, signals stop the run cleanly; outputs stay the same whatever happens around them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.run.batch import Job, Outcome
from tests.conftest import alive, child_pids, corpus_copies, wait_gone

runner = CliRunner()
GOOD = "NOTE\n2024-02-01\nA title\nBottom Line Up Front\n- Hamas will likely reject the offer.\nIran has armed Hamas.\n"
# spaCy's tokenizer is quadratic on runs of punctuation: this takes several seconds in stock spaCy.
SLOW = "(" * 4000 + "Hamas" + ")" * 4000 + "\n"


def _extract(*args):
    return runner.invoke(app, ["extract", *[str(a) for a in args]])


def _folder(folder: Path, count: int, first: str | None = None) -> list[Path]:
    """``count`` distinct good briefs; the first one's text is ``first`` when given."""
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"b{n:03d}.txt"
        path.write_text(first if n == 0 and first is not None else GOOD + f"Copy {n}.\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["jobs-1", "jobs-2"])
def test_local_brief_over_the_time_limit_is_stopped_and_the_batch_goes_on(tmp_path, jobs):
    # 20 briefs make chunks of two: the slow brief's chunk-mate must still be extracted
    paths = _folder(tmp_path / "in", 20, first=SLOW)
    started = time.monotonic()
    result = _extract(tmp_path / "in", "--out", tmp_path / "out", "--timeout", "1", "--jobs", jobs, "-q")
    took = time.monotonic() - started
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "b000.txt" in line]
    assert len(lines) == 1 and "stopped after 1." in lines[0] and "time limit of 1 s" in lines[0]
    assert not (tmp_path / "out" / "b000.jsonl").exists()
    assert sorted(p.name for p in (tmp_path / "out").glob("*.jsonl")) == sorted(
        [f"{p.stem}.jsonl" for p in paths[1:]] + ["errors.jsonl"])
    (error,) = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert error["source"] == str(paths[0]) and 1.0 <= error["seconds"] < 5
    assert took < 30, "the slow brief costs the time limit, not its own time"


def test_local_outputs_identical_with_and_without_a_stopped_brief(tmp_path):
    _folder(tmp_path / "in", 12, first=SLOW)
    assert _extract(tmp_path / "in", "--out", tmp_path / "a", "--timeout", "1", "-q").exit_code == 1
    (tmp_path / "in" / "b000.txt").unlink()
    assert _extract(tmp_path / "in", "--out", tmp_path / "b", "--jobs", "1", "-q").exit_code == 0
    for path in (tmp_path / "b").glob("*.jsonl"):
        assert (tmp_path / "a" / path.name).read_bytes() == path.read_bytes()


def _dies_on(name: str, once_marker: Path | None = None):
    """A process_one that kills its own worker process on the brief called ``name``
    (only the first time when ``once_marker`` is given)."""
    from pipeline.run import batch

    real = batch.process_one

    def process_one(brief: Path, job: Job, nlp) -> Outcome:
        if brief.name == name and (once_marker is None or not once_marker.exists()):
            if once_marker is not None:
                once_marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(brief, job, nlp)

    return process_one


def test_local_worker_that_dies_on_a_brief_is_replaced_and_the_brief_reported(tmp_path, monkeypatch):
    from pipeline.run.local import run_local

    paths = _folder(tmp_path / "in", 20)
    monkeypatch.setattr("pipeline.run.local.process_one", _dies_on("b003.txt"))
    outcomes = list(run_local(paths, Job(tmp_path / "out"), jobs=2))
    assert [o.source for o in outcomes] == [str(p) for p in paths]
    failed = [o for o in outcomes if o.status == "failed"]
    assert [(o.source, o.reason) for o in failed] == [
        (str(paths[3]), f"{paths[3]}: the worker process died on it twice (killed by SIGKILL)")]
    assert len(list((tmp_path / "out").glob("*.jsonl"))) == 19


def test_local_brief_whose_worker_died_once_is_retried(tmp_path, monkeypatch):
    from pipeline.run.local import run_local

    paths = _folder(tmp_path / "in", 6)
    monkeypatch.setattr("pipeline.run.local.process_one", _dies_on("b002.txt", tmp_path / "died-once"))
    outcomes = list(run_local(paths, Job(tmp_path / "out"), jobs=1))
    assert (tmp_path / "died-once").exists()
    assert {o.status for o in outcomes} == {"extracted"} and len(outcomes) == 6


def _default_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_run(tmp_path: Path, count: int = 400, *extra: str) -> tuple[subprocess.Popen, Path]:
    # enough briefs that the run is still going when the test signals it
    folder = tmp_path / "in"
    corpus_copies(folder, count)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(folder), "--out", str(out), *extra]
    # a shell starts a background job with Ctrl-C ignored, and a child inherits that: the run
    # gets the terminal's default, as a user's does, however the tests were launched
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_ctrl_c)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.jsonl"))) < 3:
        time.sleep(0.05)
    return proc, out


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker processes from /proc (Linux)")
@pytest.mark.parametrize("sig,code,name", [(signal.SIGTERM, 143, "SIGTERM"), (signal.SIGINT, 130, "Ctrl-C")],
                         ids=["sigterm", "sigint"])
def test_local_signal_stops_workers_with_one_line(tmp_path, sig, code, name, nlp):
    # (``nlp`` builds the session's pipeline cache first, so the run's only line is the stop)
    proc, out = _start_run(tmp_path, 400, "--jobs", "2")
    workers = child_pids(proc.pid)
    assert len(workers) == 2
    if sig == signal.SIGINT:  # Ctrl-C in a terminal signals the whole process group
        for pid in {proc.pid} | workers:
            os.kill(pid, sig)
    else:
        proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert stderr.splitlines() == [line for line in stderr.splitlines() if line.startswith("error: stopped by")]
    assert len(stderr.splitlines()) == 1 and f"stopped by {name}" in stderr
    assert not [pid for pid in workers if alive(pid)], "no worker outlives the run"
    assert not list(out.glob(".*.tmp")) and not list(out.glob(".briefs-run-*"))


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker processes from /proc (Linux)")
def test_local_workers_die_with_a_killed_parent(tmp_path):
    proc, out = _start_run(tmp_path, 400, "--jobs", "2")
    workers = child_pids(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert workers and not wait_gone(workers)


def test_local_stdin_brief_over_the_time_limit_is_stopped():
    result = runner.invoke(app, ["extract", "-", "--timeout", "1"], input=SLOW)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.output.splitlines()) == 1
    assert result.output.startswith("error: stdin.txt: stopped after 1.")
