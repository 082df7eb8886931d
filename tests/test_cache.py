"""The on-disk cache of the built pipeline (pipeline/run/cache.py): built once and said so,
loaded after, rebuilt when stale or damaged, safe with two writers. Every test here uses its
own temporary cache folder (and the session's is temporary too: conftest.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy

from pipeline.run import cache
from tests.conftest import CORPUS, ROOT

BUILDING = "briefs: building the pipeline cache in "


def tiny_build(version: str):
    """A pipeline that builds in milliseconds, for the cache's own mechanics."""

    def build():
        nlp = spacy.blank("en")
        nlp.add_pipe("briefs_sentences")
        nlp.meta["briefs_patterns_version"] = version
        return nlp

    return build


def load_tiny(folder: Path, version: str = "v1", patterns: Path = Path("/nonexistent/patterns")):
    said: list[str] = []
    nlp = cache.load(patterns, version, tiny_build(version), cache=folder, say=said.append)
    return nlp, said


def test_cache_first_load_builds_and_says_so_then_loads_silently(tmp_path):
    first, said = load_tiny(tmp_path)
    assert len(said) == 1 and said[0].startswith(BUILDING + str(tmp_path / cache.PREFIX))
    (entry,) = cache.entries(tmp_path)
    again, said_again = load_tiny(tmp_path)
    assert said_again == []
    assert again is not first and again.pipe_names == ["briefs_sentences"]
    assert again.meta["briefs_patterns_version"] == "v1"
    assert json.loads((entry / cache.KEY_FILE).read_text())["patterns"] == "v1"


def _truncate_state(entry: Path) -> None:
    state = entry / "briefs_sentences" / "state.pickle"
    state.write_bytes(state.read_bytes()[:10])


def _other_components_state(entry: Path) -> None:
    other = spacy.blank("en").add_pipe("briefs_tokens")
    (entry / "briefs_sentences" / "state.pickle").write_bytes(other.to_bytes())


def _meta_of_other_patterns(entry: Path) -> None:
    meta = json.loads((entry / "meta.json").read_text())
    meta["briefs_patterns_version"] = "v0"
    (entry / "meta.json").write_text(json.dumps(meta))


DAMAGES = [
    ("truncated-component-state", _truncate_state),
    ("state-of-another-component", _other_components_state),
    ("config-missing", lambda entry: (entry / "config.cfg").unlink()),
    ("meta-not-json", lambda entry: (entry / "meta.json").write_text("{not json")),
    ("meta-of-other-patterns", _meta_of_other_patterns),
    ("emptied", lambda entry: [shutil.rmtree(p) if p.is_dir() else p.unlink() for p in list(entry.iterdir())]),
]


@pytest.mark.parametrize("damage", [d[1] for d in DAMAGES], ids=[d[0] for d in DAMAGES])
def test_cache_damaged_entry_is_one_warning_and_a_rebuild(tmp_path, damage):
    load_tiny(tmp_path)
    (entry,) = cache.entries(tmp_path)
    damage(entry)
    nlp, said = load_tiny(tmp_path)
    assert len(said) == 2
    assert said[0].startswith(f"warning: {entry}: the pipeline cache cannot be read (") and "\n" not in said[0]
    assert said[1].startswith(BUILDING)
    assert nlp.meta["briefs_patterns_version"] == "v1"
    assert load_tiny(tmp_path)[1] == []  # the rebuilt entry is whole
    assert [p.name for p in tmp_path.iterdir()] == [entry.name]  # the damaged copy is gone


def test_cache_keeps_the_entries_used_last(tmp_path):
    for n in range(cache.KEEP + 2):
        load_tiny(tmp_path, f"v{n}")
        time.sleep(0.01)  # distinct modification times
    load_tiny(tmp_path, "v2")  # used again: kept
    time.sleep(0.01)
    load_tiny(tmp_path, "v9")
    kept = {json.loads((e / cache.KEY_FILE).read_text())["patterns"] for e in cache.entries(tmp_path)}
    assert kept == {"v9", "v2", "v5", "v4"}


def test_cache_unwritable_folder_is_one_warning_and_the_built_pipeline(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    nlp, said = load_tiny(blocker / "cache")
    assert nlp.meta["briefs_patterns_version"] == "v1"
    assert len(said) == 2 and said[1].startswith(f"warning: {blocker / 'cache'}: cannot write the pipeline cache")


KEY_CHANGES = [
    ("patterns-version", lambda mp: ("v2", "/p")),
    ("patterns-folder", lambda mp: ("v1", "/q")),
    ("code", lambda mp: (mp.setattr("pipeline.fingerprint.code_version", lambda: "0.1.0+other"), ("v1", "/p"))[1]),
    ("spacy", lambda mp: (mp.setattr(spacy, "__version__", "3.8.99"), ("v1", "/p"))[1]),
    ("python", lambda mp: (mp.setattr(sys, "version", "3.99.0 (other)"), ("v1", "/p"))[1]),
]


@pytest.mark.parametrize("change", [k[1] for k in KEY_CHANGES], ids=[k[0] for k in KEY_CHANGES])
def test_cache_entry_name_changes_with_each_input(monkeypatch, change):
    before = cache.entry_path(Path("/c"), Path("/p"), "v1")
    version, patterns = change(monkeypatch)
    assert cache.entry_path(Path("/c"), Path(patterns), version) != before


FOLDERS = [
    ("option", "/opt/x", {"BRIEFS_CACHE_DIR": "/env/x", "XDG_CACHE_HOME": "/xdg"}, "/opt/x"),
    ("variable", None, {"BRIEFS_CACHE_DIR": "/env/x", "XDG_CACHE_HOME": "/xdg"}, "/env/x"),
    ("xdg", None, {"XDG_CACHE_HOME": "/xdg"}, "/xdg/briefs"),
    ("xdg-relative-ignored", None, {"XDG_CACHE_HOME": "rel"}, "/home/u/.cache/briefs"),
    ("home", None, {}, "/home/u/.cache/briefs"),
]


@pytest.mark.parametrize(("option", "env", "expected"), [f[1:] for f in FOLDERS], ids=[f[0] for f in FOLDERS])
def test_cache_folder_is_option_then_variable_then_xdg_then_home(monkeypatch, option, env, expected):
    for name in ("BRIEFS_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HOME", "/home/u")
    assert cache.cache_dir(option) == Path(expected)


def test_cache_clear_command_removes_every_entry(tmp_path):
    load_tiny(tmp_path, "v1")
    load_tiny(tmp_path, "v2")
    briefs = [sys.executable, "-m", "pipeline.cli", "cache"]
    shown = subprocess.run([*briefs, "show", "--cache-dir", str(tmp_path)], capture_output=True, text=True, check=True)
    assert shown.stdout.splitlines()[0] == f"{tmp_path}: 2 entries"
    assert "patterns v2 (/nonexistent/patterns)" in shown.stdout.splitlines()[1]
    cleared = subprocess.run([*briefs, "clear", "--cache-dir", str(tmp_path)], capture_output=True, text=True,
                             check=True)
    assert cleared.stdout == f"removed 2 entries from {tmp_path}\n"
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ the real pipeline
def _extract_stdin(text: str, cache_dir: Path, patterns: Path | None = None) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "pipeline.cli", "extract", "-", "--cache-dir", str(cache_dir)]
    if patterns is not None:
        args += ["--patterns", str(patterns)]
    return subprocess.run(args, input=text, capture_output=True, text=True, cwd=ROOT)


def test_cache_first_run_says_it_builds_in_one_line_and_the_next_run_loads(tmp_path):
    text = (CORPUS / "003_levant_hezbollah.txt").read_text(encoding="utf-8")
    first = _extract_stdin(text, tmp_path / "cache")
    assert first.returncode == 0
    assert first.stderr.splitlines() == [first.stderr.splitlines()[0]]
    assert first.stderr.startswith(BUILDING + str(tmp_path / "cache" / cache.PREFIX))
    second = _extract_stdin(text, tmp_path / "cache")
    assert (second.returncode, second.stderr) == (0, "")
    assert second.stdout == first.stdout and '"kind":"claim"' in first.stdout


def test_cache_stale_key_rebuilds_after_a_patterns_edit(tmp_path):
    from pipeline.patterns import DEFAULT_PATTERNS_DIR

    patterns = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, patterns)
    text = "NOTE\n2024-02-01\nTitle\nThe Zorblan Liberation Front attacked a convoy.\n"
    before = _extract_stdin(text, tmp_path / "cache", patterns)
    assert before.returncode == 0 and before.stderr.startswith(BUILDING)
    assert '"id":"group:zorblan"' not in before.stdout  # found by its shape only: group:zorblan-liberation-front
    with (patterns / "entities" / "groups.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "group:zorblan", "label": "GROUP", "name": "Zorblan Liberation Front",
                                 "pattern": "Zorblan Liberation Front"}) + "\n")
    after = _extract_stdin(text, tmp_path / "cache", patterns)
    assert after.returncode == 0 and after.stderr.startswith(BUILDING)
    assert '"id":"group:zorblan"' in after.stdout
    old, new = (json.loads(r.stdout.splitlines()[0])["patterns_version"] for r in (before, after))
    assert old != new
    assert {json.loads((e / cache.KEY_FILE).read_text())["patterns"] for e in cache.entries(tmp_path / "cache")} \
        == {old, new}


# Two processes that find no entry and build at once, started together.
BUILD_AT_ONCE = """
import os, sys, time
from pathlib import Path
start = Path(sys.argv[2])
while not start.exists():
    time.sleep(0.01)
import pipeline
nlp = pipeline.load(cache_dir=sys.argv[1])
print(nlp.meta["briefs_patterns_version"])
"""


def test_cache_two_processes_building_at_once_both_succeed_and_leave_one_entry(tmp_path):
    folder, go = tmp_path / "cache", tmp_path / "go"
    env = {k: v for k, v in os.environ.items() if k != "BRIEFS_CACHE_DIR"}
    procs = [subprocess.Popen([sys.executable, "-c", BUILD_AT_ONCE, str(folder), str(go)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    time.sleep(1.0)  # both are waiting
    go.touch()
    results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    from pipeline.patterns import DEFAULT_PATTERNS_DIR, current_version

    version = current_version(DEFAULT_PATTERNS_DIR)
    for code, out, err in results:
        assert code == 0, err
        assert out == f"{version}\n"
        assert err.startswith(BUILDING)  # each found no entry and built one
    assert [p.name for p in folder.iterdir()] == [e.name for e in cache.entries(folder)]  # no temporaries left
    (entry,) = cache.entries(folder)
    assert spacy.load(entry, exclude=["tokenizer"]).meta["briefs_patterns_version"] == version


def test_cache_tokenizer_the_config_makes_is_the_one_built(nlp):
    """An entry is read without its saved tokenizer (run/cache.py): the config's must be the same."""
    made = spacy.util.load_model_from_config(nlp.config, auto_fill=True, validate=True).tokenizer
    assert made.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])
