from __future__ import annotations

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


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """Text -> contract records (dicts), with the project's patterns."""
    import pipeline

    def run(text: str, source: str = "t.txt"):
        return pipeline.extract_text(text, source=source, nlp=nlp)

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


def record_spans(record):
    """Every text span a record carries (mentions, or a claim's cue, evidence, content, actors and
    the cues of its likelihood and attribution): what ``text[start:end] == span["text"]`` must hold for."""
    if record["kind"] == "entity":
        return record["mentions"]
    if record["kind"] != "claim":
        return []
    return [s for s in (record["cue"], record["evidence"], record["content"], record["actor"], record["target"],
                        (record["likelihood"] or {}).get("cue"), (record["attribution"] or {}).get("cue")) if s]
