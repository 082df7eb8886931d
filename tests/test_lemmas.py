"""Lookup lemmas (components/lemmas.py): the table's lemma, and a regular stem where it has none."""

from __future__ import annotations

import pytest
import spacy

import pipeline.components.lemmas  # noqa: F401  (registers briefs_lemmas)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("briefs_lemmas")
    nlp.initialize()
    return nlp


LEMMAS = [
    ("in-the-table", "attacked", "attack"),
    ("capitalised-in-lower-case", "Pledged", "pledge"),
    ("regular-ed-the-table-lacks", "torched", "torch"),
    ("regular-ing-the-table-lacks", "torching", "torch"),
]
KEPT = [
    ("no-known-stem", "Qandil"),
    ("too-short-a-stem", "bed"),
    ("not-a-word", "M23s"),
    ("a-lemma-itself", "discuss"),
    ("a-capitalised-name", "Hamed"),
]


@pytest.mark.parametrize(("word", "lemma"), [c[1:] for c in LEMMAS], ids=[c[0] for c in LEMMAS])
def test_lemmas_word_gets_its_lemma(nlp, word, lemma):
    assert nlp(f"They {word} it.")[1].lemma_ == lemma


@pytest.mark.parametrize("word", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_lemmas_word_without_a_known_stem_is_its_own_lemma(nlp, word):
    assert nlp(f"They {word} it.")[1].lemma_ == word
