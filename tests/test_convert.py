"""Doc -> records reads only the Doc's own stores, so a Doc that travelled as bytes, through a
DocBin or through ``nlp.pipe(n_process=2)`` gives the same records as one that did not."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, DocBin

import pipeline
from pipeline.convert import records_for
from pipeline.fingerprint import output_version
from pipeline.read import read as read_path
from pipeline.run.writer import dumps
from tests.conftest import CORPUS

BRIEFS = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md"})


@pytest.fixture(scope="module")
def processed(nlp):
    return [nlp(pipeline.brief_doc(nlp, read_path(path))) for path in BRIEFS]


def _jsonl(doc: Doc) -> str:
    return dumps(records_for(doc, pipeline_version=output_version(),
                             patterns_version=pipeline.load().meta["briefs_patterns_version"]))


def test_convert_records_equal_extract_brief(nlp, processed):
    for path, doc in zip(BRIEFS, processed, strict=True):
        expected = dumps(pipeline.extract_brief(read_path(path), nlp))
        assert _jsonl(doc) == expected


def test_convert_doc_bytes_round_trip(nlp, processed):
    for doc in processed:
        restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _jsonl(restored) == _jsonl(doc)


def test_convert_docbin_round_trip_in_a_fresh_vocab(processed):
    import spacy

    bin_ = DocBin(store_user_data=True)
    for doc in processed:
        bin_.add(doc)
    restored = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(spacy.blank("en").vocab))
    assert [_jsonl(d) for d in restored] == [_jsonl(d) for d in processed]


def test_convert_pipe_two_processes_equals_one(nlp):
    docs = [pipeline.brief_doc(nlp, read_path(path)) for path in BRIEFS[:4]]
    one = [_jsonl(d) for d in nlp.pipe(docs)]
    two = [_jsonl(d) for d in nlp.pipe([pipeline.brief_doc(nlp, read_path(p)) for p in BRIEFS[:4]], n_process=2)]
    assert two == one
    assert all('"kind":"claim"' in text for text in one)
