"""The discovery rule: which files a folder, a glob or a named path contributes as briefs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.read.discover import discover

GOOD = "NOTE\n2024-02-01\nA title\nBottom Line Up Front\n- Hamas will likely reject the offer.\nIran has armed Hamas.\n"


def _folder(tmp_path):
    root = tmp_path / "briefs"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ("a.txt", "b.md", "c.html", "sub/d.TXT", ".git/e.txt", ".draft.txt"):
        (root / name).write_text(GOOD, encoding="utf-8")
    for name in ("README.md", "readme.txt", "GOLD.md", "a.gold.json", "notes.csv"):
        (root / name).write_text("not a brief", encoding="utf-8")
    return root


def test_read_discover_folder_takes_briefs_and_counts_what_it_skips(tmp_path):
    root = _folder(tmp_path)
    found = discover([str(root)])
    assert [p.relative_to(root).as_posix() for p in found.briefs] == ["a.txt", "b.md", "c.html", "sub/d.TXT"]
    assert dict(found.skipped) == {"hidden": 2, "README*": 2, "GOLD*": 1, "gold annotations (*.gold.json)": 1,
                                   "of another format (.csv)": 1}
    assert found.problems == []
    assert found.summary() == ("skipped 7 files that are not briefs: 2 README*, 2 hidden, 1 GOLD*, "
                               "1 gold annotations (*.gold.json), 1 of another format (.csv)")


def test_read_discover_glob_follows_the_folder_rule(tmp_path):
    root = _folder(tmp_path)
    found = discover([f"{root}/*.md"])
    assert [p.name for p in found.briefs] == ["b.md"]
    assert dict(found.skipped) == {"README*": 1, "GOLD*": 1}


def test_read_discover_named_file_is_read_whatever_its_name(tmp_path):
    root = _folder(tmp_path)
    assert [p.name for p in discover([str(root / "README.md")]).briefs] == ["README.md"]


def test_read_discover_named_unsupported_file_is_one_error(tmp_path):
    root = _folder(tmp_path)
    found = discover([str(root / "notes.csv")])
    assert found.briefs == [] and len(found.problems) == 1
    assert found.problems[0].reason.startswith(f"{root / 'notes.csv'}: unsupported format '.csv'; briefs are .txt, .md")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_read_discover_fifo_is_named_or_skipped_never_opened(tmp_path):
    """Issue 14 item 7: a FIFO named on the command line blocked forever."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code = f"from pipeline.read import read, BriefError\ntry:\n    read({str(fifo)!r})\nexcept BriefError as e:\n    print(e)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"{fifo}: not a regular file (a FIFO); briefs are read from files"
    found = discover([str(tmp_path)])
    assert found.skipped["not a regular file (FIFO, socket or device)"] == 1


def test_read_discover_broken_symlink_and_loop_are_named(tmp_path):
    """Issue 14 items 7 and 11: a dangling link was skipped silently, a loop called 'no such file'."""
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert discover([str(tmp_path / "gone.txt")]).problems[0].reason == (
        f"{tmp_path / 'gone.txt'}: a broken symlink to {tmp_path / 'nowhere.txt'}")
    assert discover([str(tmp_path / "loop.txt")]).problems[0].reason == f"{tmp_path / 'loop.txt'}: a symlink loop"
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    found = discover([str(tmp_path)])
    assert [p.name for p in found.briefs] == ["ok.txt"]
    assert dict(found.skipped) == {"broken symlink": 1, "symlink loop": 1}


def test_read_discover_symlinked_folder_loop_is_walked_once(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "again").symlink_to(tmp_path / "in")
    found = discover([str(tmp_path / "in")])
    assert [p.name for p in found.briefs] == ["a.txt"] and found.skipped["symlink loop"] == 1


def test_read_discover_cli_says_what_it_skipped(tmp_path):
    """Issue 14 item 17: GOLD.md and README files were taken for briefs, other formats dropped silently."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "GOLD.md").write_text("# How to annotate\nRules.\n", encoding="utf-8")
    (root / "README.md").write_text("# Read me\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(root), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.jsonl"]
    assert "note: skipped 2 files that are not briefs: 1 GOLD*, 1 README*" in result.output
