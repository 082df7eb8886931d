"""Batch extraction: the bad-input suite, nothing lost on SIGKILL, --jobs 2 == --jobs 1."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonlines
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.patterns import DEFAULT_PATTERNS_DIR
from tests.conftest import child_pids, corpus_copies, wait_gone

runner = CliRunner()
GOOD = "NOTE\n2024-02-01\nA title\nBottom Line Up Front\n- Hamas will likely reject the offer.\nIran has armed Hamas.\n"


def _extract(*args):
    return runner.invoke(app, ["extract", *[str(a) for a in args]])


def _records(path: Path) -> list[dict]:
    with jsonlines.open(path) as reader:
        return list(reader)


# (case id, file name, bytes, expected exit code, expected message or None for success)
BAD_INPUT = [
    ("empty", "empty.txt", b"", 1, "empty.txt: empty file"),
    ("binary", "blob.txt", bytes(range(256)) * 4, 1, "blob.txt: binary file (NUL bytes), not a text brief"),
    ("invalid-utf8", "latin.txt", "Caf\u00e9 au Hamas.\n".encode("latin-1"), 1,
     "latin.txt: not valid UTF-8 (byte 0xe9 at offset 3, line 1)"),
    ("utf8-bom", "bom.txt", b"\xef\xbb\xbf" + GOOD.encode(), 0, None),
    ("crlf", "crlf.txt", GOOD.replace("\n", "\r\n").encode(), 0, None),
    ("unknown-extension", "brief.xyz", GOOD.encode(), 1, "brief.xyz: unsupported format '.xyz'; briefs are .txt, "),
    ("text-named-pdf", "brief.pdf", GOOD.encode(), 1, "brief.pdf: not a PDF (it does not start with %PDF-)"),
    ("pdf-named-txt", "real.txt", b"%PDF-1.4\n%%EOF\n", 1, "real.txt: the content is a PDF, not text"),
    ("utf16-bom", "wide.txt", GOOD.encode("utf-16"), 0, None),
    ("utf16-no-bom", "wide2.txt", GOOD.encode("utf-16-le"), 1, "wide2.txt: UTF-16 text without a byte-order mark"),
    ("lone-cr", "mac.txt", GOOD.replace("\n", "\r").encode(), 0, None),
    ("ten-megabytes", "huge.txt", (GOOD * 120_000).encode()[: 10 * 1024 * 1024], 1,
     "huge.txt: too large for a brief (10,485,760 characters; the limit is 2,000,000, raise it with --max-chars)"),
]


@pytest.mark.parametrize("name,data,code,message", [b[1:] for b in BAD_INPUT], ids=[b[0] for b in BAD_INPUT])
def test_batch_bad_input_suite(tmp_path, name, data, code, message):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    target = tmp_path / "in" / name
    result = _extract(target, tmp_path / "in" / "good.txt", "--out", tmp_path / "out", "-q")
    assert result.exit_code == code, result.output
    assert (tmp_path / "out" / "good.jsonl").exists(), "the rest of the batch goes on"
    out = tmp_path / "out" / f"{Path(name).stem}.jsonl"
    if message is None:
        records = _records(out)
        assert records[0]["kind"] == "document"
        text = data.decode("utf-16" if data[:2] == b"\xff\xfe" else "utf-8-sig")
        for entity in (r for r in records if r["kind"] == "entity"):
            assert all(text[m["start"]:m["end"]] == m["text"] for m in entity["mentions"])
    else:
        assert message in result.output
        assert len([line for line in result.output.splitlines() if name in line]) == 1, "one line per failure"
        assert not out.exists(), "no partial output"
        errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
        assert message in errors[0]["reason"]


def test_batch_single_long_line(tmp_path):
    line = ("Iran has armed the Houthis and the group will likely strike again. " * 3000)[:200_000]
    (tmp_path / "long.txt").write_text(line, encoding="utf-8")
    result = _extract(tmp_path / "long.txt", "--out", tmp_path / "out", "-q")
    assert result.exit_code == 0
    records = _records(tmp_path / "out" / "long.jsonl")
    assert records[0]["n_chars"] == 200_000 and any(r["kind"] == "claim" for r in records)


def test_batch_max_chars_can_be_raised(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD * 40, encoding="utf-8")
    assert _extract(tmp_path / "a.txt", "--out", tmp_path / "o", "--max-chars", "100", "-q").exit_code == 1
    assert _extract(tmp_path / "a.txt", "--out", tmp_path / "o", "--max-chars", "100000", "-q").exit_code == 0


def test_batch_folder_withoutcorpus_copies(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_bytes(b"a,b")
    result = _extract(tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "empty: folder holds no briefs (.txt, .md, " in result.output


def test_batch_missing_path(tmp_path):
    result = _extract(tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "nope.txt: no such file or folder" in result.output


def test_batch_unreadable_file(tmp_path, monkeypatch):
    brief = tmp_path / "locked.txt"
    brief.write_text(GOOD, encoding="utf-8")
    if os.geteuid() != 0:
        brief.chmod(0)
    else:  # root reads any file: make the read fail as the OS would for anyone else
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = _extract(brief, "--out", tmp_path / "out", "-q")
    assert result.exit_code == 1 and "locked.txt: cannot read (Permission denied)" in result.output


def test_batch_output_folder_not_writable(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "out").write_text("a file, not a folder")
    result = _extract(tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "out: cannot create output folder" in result.output


def test_batch_unwritable_output_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "out" / "a.jsonl").mkdir(parents=True)  # the output name is taken by a folder
    result = _extract(tmp_path / "a.txt", tmp_path / "b.txt", "--out", tmp_path / "out", "-q")
    assert result.exit_code == 1 and "a.txt: cannot write" in result.output
    assert (tmp_path / "out" / "b.jsonl").exists()


@pytest.mark.parametrize(
    "line,message",
    [('{"id": "group:x", "label": "GROUP", "pattern": "X"', "groups.jsonl:"),
     ('{"id": "group:taliban", "label": "GROUP", "pattern": "Taliban"}', "[group:taliban]: duplicate pattern 'Taliban'"),
     ('{"id": "group:x", "label": "CITY", "pattern": "X"}', "[group:x]: unknown label 'CITY'")],
    ids=["malformed-pattern-file", "duplicate-pattern-id", "unknown-label"],
)
def test_batch_bad_pattern_files(tmp_path, line, message):
    root = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, root, ignore=shutil.ignore_patterns("generated"))
    with (root / "entities" / "groups.jsonl").open("a") as handle:
        handle.write(line + "\n")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = _extract(tmp_path / "a.txt", "--out", tmp_path / "out", "--patterns", root)
    assert result.exit_code == 1 and message in result.output
    assert not (tmp_path / "out" / "a.jsonl").exists()


def test_batch_outcomes_keep_input_order_in_chunks(tmp_path):
    from pipeline.run.batch import Job
    from pipeline.run.local import run_local

    briefs = corpus_copies(tmp_path / "in", 40)
    outcomes = list(run_local(briefs, Job(tmp_path / "out"), jobs=2))
    assert [o.source for o in outcomes] == [str(b) for b in briefs]
    assert {o.status for o in outcomes} == {"extracted"}


def test_batch_jobs_two_identical_to_one(tmp_path):
    corpus_copies(tmp_path / "in", 40)  # enough for the workers to take briefs in chunks
    assert _extract(tmp_path / "in", "--out", tmp_path / "one", "-q", "--jobs", "1").exit_code == 0
    assert _extract(tmp_path / "in", "--out", tmp_path / "two", "-q", "--jobs", "2").exit_code == 0
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir()) and len(names) == 40
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_batch_sigkill_leaves_complete_or_absent(tmp_path):
    briefs = corpus_copies(tmp_path / "in", 60)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(tmp_path / "in"), "--out", str(out), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.jsonl"))) < 5:
        time.sleep(0.05)
    workers = child_pids(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    # The workers die with it (and until they have, the run counts as alive: they hold its lock)
    assert not wait_gone(workers)
    written = list(out.glob("*.jsonl"))
    assert 5 <= len(written) < len(briefs), "killed mid-batch"
    for path in written:
        records = _records(path)  # every present file parses completely
        assert records[0]["kind"] == "document" and records[0]["source"] == path.stem + ".txt"
    # The next run finishes the rest and skips what is done.
    result = _extract(tmp_path / "in", "--out", out)
    assert result.exit_code == 0
    assert f"{len(briefs) - len(written)} extracted, {len(written)} up to date" in result.output
    assert not list(out.glob(".*.tmp"))
    assert len(list(out.glob("*.jsonl"))) == len(briefs)


def test_batch_globs_and_recursive_folders(tmp_path):
    (tmp_path / "in" / "deep" / "er").mkdir(parents=True)
    (tmp_path / "in" / "top.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "deep" / "er" / "low.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "deep" / "skip.csv").write_bytes(b"a,b")
    assert _extract(tmp_path / "in", "--out", tmp_path / "a", "-q").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["low.jsonl", "top.jsonl"]
    assert _extract(f"{tmp_path}/in/**/*.md", "--out", tmp_path / "b", "-q").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["low.jsonl"]
    result = _extract(f"{tmp_path}/in/*.docx", "--out", tmp_path / "c")
    assert result.exit_code == 1 and "pattern matches no briefs" in result.output


def test_batch_same_stem_twice_is_an_error_not_an_overwrite(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "same.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "y" / "same.txt").write_text(GOOD + "Iran has funded Hezbollah.\n", encoding="utf-8")
    result = _extract(tmp_path / "x", tmp_path / "y", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "same.txt: output name same.jsonl is also" in result.output


def test_batch_outputs_are_ordinary_files(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert _extract(tmp_path / "a.txt", "--out", tmp_path / "out", "-q").exit_code == 0
    mode = (tmp_path / "out" / "a.jsonl").stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _truncate(text: str) -> str:
    return text[:800]


def _drop_last_newline(text: str) -> str:
    return text[:-1]


def _drop_last_line(text: str) -> str:
    return "".join(text.splitlines(keepends=True)[:-1])


def _garble_a_line(text: str) -> str:
    lines = text.splitlines(keepends=True)
    lines[1] = "{not json\n"
    return "".join(lines)


def _duplicate_a_claim(text: str) -> str:
    return text + text.splitlines(keepends=True)[-1]


def _not_an_object(text: str) -> str:
    lines = text.splitlines(keepends=True)
    lines[-1] = "[]\n"
    return "".join(lines)


def _old_schema(text: str) -> str:
    return text.replace('"schema_version":"1"', '"schema_version":"0"', 1)


def _old_pipeline(text: str) -> str:
    return text.replace('"pipeline_version":"', '"pipeline_version":"0.0.', 1)


DAMAGE = [("truncated", _truncate), ("no-final-newline", _drop_last_newline), ("last-line-lost", _drop_last_line),
          ("garbled-line", _garble_a_line), ("extra-record", _duplicate_a_claim), ("not-an-object", _not_an_object),
          ("empty", lambda text: ""), ("other-schema", _old_schema), ("other-pipeline", _old_pipeline)]


@pytest.mark.parametrize("damage", [d[1] for d in DAMAGE], ids=[d[0] for d in DAMAGE])
def test_batch_damaged_output_is_redone(tmp_path, damage):
    brief = tmp_path / "a.txt"
    brief.write_text(GOOD + "Iran has funded Hezbollah. Hezbollah vowed to retaliate.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _extract(brief, "--out", out, "-q").exit_code == 0
    whole = (out / "a.jsonl").read_text(encoding="utf-8")
    (out / "a.jsonl").write_text(damage(whole), encoding="utf-8")
    result = _extract(brief, "--out", out)
    assert "1 extracted, 0 up to date" in result.output
    assert (out / "a.jsonl").read_text(encoding="utf-8") == whole


def test_batch_whole_output_is_up_to_date(tmp_path):
    from pipeline.patterns import DEFAULT_PATTERNS_DIR, version_of
    from pipeline.run.batch import up_to_date

    brief = tmp_path / "a.txt"
    brief.write_text(GOOD, encoding="utf-8")
    assert _extract(brief, "--out", tmp_path / "out", "-q").exit_code == 0
    assert up_to_date(brief, tmp_path / "out" / "a.jsonl", version_of(DEFAULT_PATTERNS_DIR))


def test_batch_output_made_by_other_code_is_not_up_to_date(tmp_path, monkeypatch):
    """A code change that changes extractions (a reader, a component) makes every output stale,
    as a rules change does, with no --force needed."""
    from pipeline.patterns import DEFAULT_PATTERNS_DIR, version_of
    from pipeline.run import batch

    brief = tmp_path / "a.txt"
    brief.write_text(GOOD, encoding="utf-8")
    assert _extract(brief, "--out", tmp_path / "out", "-q").exit_code == 0
    monkeypatch.setattr(batch, "output_version", lambda: "0.1.0+otherreader")
    assert not batch.up_to_date(brief, tmp_path / "out" / "a.jsonl", version_of(DEFAULT_PATTERNS_DIR))


def test_batch_output_version_covers_the_readers():
    """The readers make the text every offset indexes: they are part of the code an output is
    stamped with (the pipeline cache's key leaves them out: they build no component state)."""
    from pipeline.fingerprint import PACKAGE, build_sources, output_sources

    names = {p.relative_to(PACKAGE).as_posix() for p in output_sources()}
    assert {"read/markdown.py", "read/pdf.py", "components/claims.py", "convert.py"} <= names
    assert "read/markdown.py" not in {p.relative_to(PACKAGE).as_posix() for p in build_sources()}


@pytest.mark.parametrize("name", ["errors.txt", "Errors.md"], ids=["errors-txt", "errors-md-capitalised"])
def test_batch_brief_named_like_the_error_log_is_refused(tmp_path, name):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    for _ in range(2):  # the second run must not lose anything either
        result = _extract(tmp_path / "in", "--out", tmp_path / "out", "-q")
        assert result.exit_code == 1
        assert f"{name}: output name {Path(name).stem}.jsonl is reserved for the error log (errors.jsonl)" in result.output
        errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
        assert sorted(Path(e["source"]).name for e in errors) == sorted(["bad.txt", name])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["errors.jsonl", "good.jsonl"]


def test_batch_jobs_default_to_usable_cores_and_warn_above(tmp_path, monkeypatch):
    from pipeline.run import local

    seen = []
    real = local.run_local

    def spy(briefs, job, jobs):
        seen.append(jobs)
        return real(briefs, job, jobs)

    monkeypatch.setattr(local, "run_local", spy)
    monkeypatch.setattr("pipeline.cli.usable_cores", lambda: 3)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = _extract(tmp_path / "a.txt", "--out", tmp_path / "o1", "-q")
    assert result.exit_code == 0 and "warning" not in result.output
    result = _extract(tmp_path / "a.txt", "--out", tmp_path / "o2", "-q", "--jobs", "4")
    assert result.exit_code == 0
    assert result.output == ("warning: --jobs 4 is more than the 3 usable cores: the workers take turns on them, "
                             "which is slower than --jobs 3\n")
    assert seen == [3, 4]
