"""The issues' figures, measured the way `briefs evaluate` measures them."""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate
from tests.conftest import CORPUS, SEED_DIR, needs_shared


def _fresh_report(folder, out, nlp):
    """Score a fresh extraction (not the committed outputs, which --force-regen may be rewriting)."""
    from pipeline import extract_brief
    from pipeline.reader import read_path
    from pipeline.writer import dumps

    for brief in folder.glob("*.txt"):
        (out / f"{brief.stem}.jsonl").write_text(dumps(extract_brief(read_path(brief), nlp)), encoding="utf-8")
    return evaluate(folder, out).as_dict()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, nlp):
    return _fresh_report(SEED_DIR, tmp_path_factory.mktemp("seed"), nlp)


@needs_shared
def test_acceptance_seed_entities(seed_report):
    strict = seed_report["entities"]["strict"]
    assert strict["all"]["f1"] >= 0.95
    for label in ("GROUP", "STATE", "PERSON"):
        assert strict[label]["f1"] >= 0.90, label


@needs_shared
def test_acceptance_seed_claims(seed_report):
    claims = seed_report["claims"]
    assert claims["pledge"]["f1"] >= 0.80
    assert claims["assessment"]["f1"] >= 0.75
    assert claims["relationship"]["f1"] >= 0.75
    assert claims["relationship_labelled"]["f1"] >= 0.70
    assert seed_report["likelihood_band_accuracy"] >= 0.90


def test_acceptance_corpus_gold(tmp_path, nlp):
    report = _fresh_report(CORPUS, tmp_path, nlp)
    assert report["entities"]["strict"]["all"]["f1"] >= 0.95
    for ctype in ("pledge", "assessment", "relationship", "relationship_labelled"):
        assert report["claims"][ctype]["f1"] >= 0.80, ctype
    assert report["likelihood_band_accuracy"] >= 0.80
