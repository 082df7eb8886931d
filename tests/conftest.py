from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "briefs"
CORPUS = ROOT / "corpus"
OUTPUTS = ROOT / "outputs"

needs_shared = pytest.mark.skipif(
    not (SEED_DIR / "GOLD.md").exists(),
    reason=f"../shared/briefs is not beside the project ({SEED_DIR} missing): seed brief tests skipped",
)


@pytest.fixture(scope="session", autouse=True)
def pipeline_cache(tmp_path_factory):
    """The built pipeline is cached in a temporary folder for the whole session, by this
    process and every process a test starts (they inherit the variable): never the user's."""
    folder = tmp_path_factory.mktemp("pipeline-cache")
    previous = os.environ.get("BRIEFS_CACHE_DIR")
    os.environ["BRIEFS_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        del os.environ["BRIEFS_CACHE_DIR"]
    else:
        os.environ["BRIEFS_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """Text -> contract records (dicts), with the project's patterns."""
    import pipeline

    def run(text: str, source: str = "t.txt", first_person_actor: str | None = None):
        return pipeline.extract_text(text, source=source, nlp=nlp, first_person_actor=first_person_actor)

    return run


def entities(records):
    return [r for r in records if r["kind"] == "entity"]


def claims(records, type_=None):
    return [r for r in records if r["kind"] == "claim" and (type_ is None or r["type"] == type_)]


def mentions(records, via=None):
    return [
        (m["text"], e["label"], e["name"], m["via"])
        for e in entities(records)
        for m in e["mentions"]
        if via is None or m["via"] in via
    ]


def corpus_copies(folder: Path, count: int) -> list[Path]:
    """``count`` distinct brief files in a new ``folder``: the corpus briefs cycled, each copy
    with a numbered last line (so no two outputs are the same)."""
    folder.mkdir()
    sources = sorted(CORPUS.glob("*.txt"))
    paths = []
    for n in range(count):
        path = folder / f"b{n:03d}.txt"
        path.write_text(sources[n % len(sources)].read_text(encoding="utf-8") + f"\nCopy {n}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def child_pids(pid: int) -> set[int]:
    """The direct children of a process (Linux /proc)."""
    found: set[int] = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as handle:
            found |= {int(c) for c in handle.read().split()}
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie or gone."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False


def wait_gone(pids: set[int], seconds: float = 10.0) -> set[int]:
    """Wait until these processes have ended; the ones still alive after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    return {p for p in pids if alive(p)}

def record_spans(record):
    """Every text span a record carries (mentions, or a claim's cue, evidence, content, actors and
    the cues of its likelihood and attribution): what ``text[start:end] == span["text"]`` must hold for."""
    if record["kind"] == "entity":
        return record["mentions"]
    if record["kind"] != "claim":
        return []
    return [s for s in (record["cue"], record["evidence"], record["content"], record["actor"], record["target"],
                        (record["likelihood"] or {}).get("cue"), (record["attribution"] or {}).get("cue")) if s]
