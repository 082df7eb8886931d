"""pipeline.fold: one comparison key for the spellings of a name."""

from __future__ import annotations

import pytest

from pipeline.fold import fold_text, fold_word, variant_table

VARIANTS = variant_table({"variants": [["qaeda", "qaida", "kaida"], ["i", "e"]]})


@pytest.mark.parametrize(("text", "folded"), [
    ("Goïta", "Goita"), ("Hay\u2019at", "Hay'at"), ("Hez\u200dbollah", "Hezbollah"), ("\u200fIran\u200f", "Iran"),
    ("ﬁghter", "fighter"), ("Łódź", "Lodz"), ("al\u2011Qaeda", "al-Qaeda"), ("soft\u00adhyphen", "softhyphen"),
    ("ASCII stays", "ASCII stays"),
], ids=["diaeresis", "curly-apostrophe", "zwj", "bidi-marks", "ligature", "stroke-l", "nb-hyphen", "soft-hyphen",
        "ascii"])
def test_fold_text(text, folded):
    assert fold_text(text) == folded


@pytest.mark.parametrize(("word", "key"), [
    ("Qa\u2019ida", "qaeda"), ("KAIDA", "qaeda"), ("e", "i"), ("Jama'at", "jama" + "at"), ("Taliban", "taliban"),
], ids=["apostrophe-variant", "upper-variant", "join-letter", "apostrophe-dropped", "plain"])
def test_fold_word(word, key):
    assert fold_word(word, VARIANTS) == key


def test_fold_variant_table_maps_to_the_first_spelling():
    assert VARIANTS == {"qaida": "qaeda", "kaida": "qaeda", "e": "i"}
