"""OUT/errors.jsonl is merged per source: a run replaces the records of the briefs it tried
and keeps the others, such as another run's into the same folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
GOOD = "NOTE\n2024-02-01\nA title\nBottom Line Up Front\n- Hamas will likely reject the offer.\nIran has armed Hamas.\n"


def _extract(*args):
    return runner.invoke(app, ["extract", *[str(a) for a in args], "-q", "-j", "1"])


def _log(out: Path) -> dict[str, str]:
    lines = (out / "errors.jsonl").read_text(encoding="utf-8").split("\n")
    return {Path(r["source"]).name: r["reason"] for r in map(json.loads, filter(None, lines))}


def _folder(root: Path, name: str, good: int, bad: int = 0) -> Path:
    folder = root / name
    folder.mkdir()
    for n in range(good):
        (folder / f"{name}{n}.txt").write_text(GOOD + f"Copy {n}.\n", encoding="utf-8")
    for n in range(bad):
        (folder / f"{name}-bad{n}.txt").write_bytes(b"")
    return folder


def test_errors_run_without_failures_keeps_other_briefs_records(tmp_path):
    out = tmp_path / "out"
    assert _extract(_folder(tmp_path, "x", 1, bad=1), "--out", out).exit_code == 1
    assert _extract(_folder(tmp_path, "y", 2), "--out", out).exit_code == 0
    assert _log(out) == {"x-bad0.txt": "x-bad0.txt: empty file"}


def test_errors_brief_that_now_succeeds_loses_its_record(tmp_path):
    out = tmp_path / "out"
    folder = _folder(tmp_path, "x", 1, bad=2)
    assert _extract(folder, "--out", out).exit_code == 1
    (folder / "x-bad0.txt").write_text(GOOD, encoding="utf-8")
    assert _extract(folder, "--out", out).exit_code == 1
    assert list(_log(out)) == ["x-bad1.txt"]
    (folder / "x-bad1.txt").write_text(GOOD + "More.\n", encoding="utf-8")
    assert _extract(folder, "--out", out).exit_code == 0
    assert not (out / "errors.jsonl").exists()


def test_errors_sources_are_absolute_whatever_the_working_directory(tmp_path, monkeypatch):
    out = tmp_path / "out"
    _folder(tmp_path, "x", 0, bad=1)
    monkeypatch.chdir(tmp_path)
    assert _extract("x/x-bad0.txt", "--out", out).exit_code == 1
    monkeypatch.chdir(tmp_path / "x")
    (tmp_path / "x" / "x-bad0.txt").write_text(GOOD, encoding="utf-8")
    assert _extract("x-bad0.txt", "--out", out).exit_code == 0
    assert not (out / "errors.jsonl").exists()


def test_errors_unreadable_log_is_named_and_kept(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "errors.jsonl").write_text("not json\n", encoding="utf-8")
    result = _extract(_folder(tmp_path, "x", 1), "--out", out)
    assert f"{out / 'errors.jsonl'}:1: not an error record; fix or delete the file" in result.output
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == "not json\n"


def test_errors_two_runs_into_one_folder_lose_nothing(tmp_path):
    out = tmp_path / "out"
    folders = [_folder(tmp_path, name, 30, bad=1) for name in ("x", "y")]
    runs = [subprocess.Popen([sys.executable, "-m", "pipeline.cli", "extract", str(f), "--out", str(out), "-q",
                              "-j", "1"], stderr=subprocess.PIPE, text=True) for f in folders]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert [code for code, _ in results] == [1, 1]
    assert all(stderr.count("\n") == 1 and "empty file" in stderr for _, stderr in results), results
    assert sorted(_log(out)) == ["x-bad0.txt", "y-bad0.txt"]
    assert len(list(out.glob("*.jsonl"))) == 61 and not list(out.glob(".*"))
