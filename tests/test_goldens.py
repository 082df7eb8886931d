"""outputs/ is the golden set: a fresh extraction of corpus/ must equal it byte for byte.

`pytest --force-regen` rewrites outputs/; review the change with `git diff outputs/`
or `briefs diff --git HEAD` before committing it.
"""

from __future__ import annotations

import pytest

from pipeline import extract_brief
from pipeline.read import SUFFIXES, read
from pipeline.run.writer import dumps
from tests.conftest import CORPUS, OUTPUTS

BRIEFS = sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES)


def test_goldens_corpus_is_not_empty():
    assert len(BRIEFS) >= 6


@pytest.mark.parametrize("brief", BRIEFS, ids=[p.stem for p in BRIEFS])
def test_goldens_extraction_matches_outputs(brief, nlp, file_regression):
    text = dumps(extract_brief(read(brief), nlp))
    file_regression.check(text, fullpath=OUTPUTS / f"{brief.stem}.jsonl", binary=False, newline="\n")


def test_goldens_no_stray_outputs():
    stems = {p.stem for p in BRIEFS}
    assert {p.stem for p in OUTPUTS.glob("*.jsonl")} == stems
