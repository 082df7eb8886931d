"""A run removes its own temporary files and those of dead runs, never another live run's or a user's."""

from __future__ import annotations

import fcntl
import os

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.run.scope import RunScope

runner = CliRunner()
GOOD = "NOTE\n2024-02-01\nA title\nBottom Line Up Front\n- Hamas will likely reject the offer.\nIran has armed Hamas.\n"


def _run(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output


def test_scope_user_files_that_look_like_temporaries_are_kept(tmp_path):
    (tmp_path / "out").mkdir()
    mine = [tmp_path / "out" / ".notes.jsonl.draft.tmp", tmp_path / "out" / ".a.jsonl.k2j3h4.tmp"]
    for path in mine:
        path.write_text("keep me")
    _run(tmp_path)
    assert all(path.read_text() == "keep me" for path in mine)


def test_scope_live_run_temporaries_are_kept(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with RunScope(out) as other:
        in_flight = out / f".x.jsonl.briefs-{other.id}.abc123.tmp"
        in_flight.write_text("being written")
        _run(tmp_path)
        assert in_flight.read_text() == "being written"


def test_scope_dead_run_temporaries_and_lock_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = "0123456789ab"
    lock = out / f".briefs-run-{dead}.lock"
    lock.write_text("")  # nobody holds it: the run that made it was killed
    leftover = out / f".x.jsonl.briefs-{dead}.abc123.tmp"
    leftover.write_text("half")
    orphan = out / ".y.jsonl.briefs-ba9876543210.zz9.tmp"  # its run's lock is gone already
    orphan.write_text("half")
    _run(tmp_path)
    assert not leftover.exists() and not orphan.exists() and not lock.exists()


def test_scope_own_temporaries_and_lock_removed_at_exit(tmp_path):
    with RunScope(tmp_path) as scope:
        lock = tmp_path / f".briefs-run-{scope.id}.lock"
        fd = os.open(lock, os.O_RDWR)
        try:
            held = False
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held = True
        finally:
            os.close(fd)
        assert held, "the lock is held while the run lives"
        (tmp_path / f".x.jsonl.briefs-{scope.id}.q1w2e3.tmp").write_text("half")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
