"""The surface index: list spellings and brief spellings meet as folded words."""

from __future__ import annotations

import json

import pytest
import spacy

from pipeline.components.surfaces import Entry, GazetteerIndex, word_parts
from pipeline.fold import variant_table
from tests.conftest import ROOT

VARIANTS = variant_table(json.loads((ROOT / "patterns" / "lexicon" / "spelling.json").read_text(encoding="utf-8")))
NLP = spacy.blank("en")


def _entry(actor_id: str, exact: bool = False) -> Entry:
    return Entry(actor_id, "GROUP", "name", exact, "hand", None)


def _index(*surfaces: tuple[str, Entry]) -> GazetteerIndex:
    index = GazetteerIndex(VARIANTS)
    for text, entry in surfaces:
        index.add([t.text for t in NLP.make_doc(text)], entry)
    return index


def _found(index: GazetteerIndex, text: str) -> list[tuple[str, str]]:
    doc = NLP.make_doc(text)
    return [(doc[s:e].text, entries[0].actor_id) for s, e, entries in index.find([t.text for t in doc])]


@pytest.mark.parametrize(("surface", "text", "found"), [
    ("Al-Qaida", "They joined al-Qaeda last year.", "al-Qaeda"),
    ("Al-Qaida", "They joined al Qaeda last year.", "al Qaeda"),
    ("Al-Qaida", "They joined al\u2011Qaeda last year.", "al\u2011Qaeda"),
    ("Hay'at Tahrir al-Sham", "Hay\u2019at Tahrir al-Sham holds Idlib.", "Hay\u2019at Tahrir al-Sham"),
    ("Hezbollah", "Hez\u200dbollah fired.", "Hez\u200dbollah"),
    ("Hezbollah", "Hizballah fired.", "Hizballah"),
    ("Assimi Goita", "Assimi Goïta spoke.", "Assimi Goïta"),
    ("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan struck.", "Tehreek-e-Taliban Pakistan"),
    ("Al-Shabaab", "al-Shabab struck.", "al-Shabab"),
], ids=["qaida-qaeda", "hyphen-space", "nonbreaking-hyphen", "curly-apostrophe", "zero-width-joiner",
        "transliteration", "diacritic", "e-i-join", "shabab"])
def test_surfaces_folded_spellings_meet(surface, text, found):
    assert _found(_index((surface, _entry("group:x"))), text) == [(found, "group:x")]


@pytest.mark.parametrize(("surface", "text"), [
    ("Al-Qaida", "Qaeda-aligned fighters"),
    ("TIP", "a tip from residents"),
    ("Islamic State", "the Islamic Statehood debate"),
], ids=["starts-mid-token", "exact-case", "word-boundary"])
def test_surfaces_no_match(surface, text):
    exact = surface.isupper()
    assert _found(_index((surface, _entry("group:x", exact))), text) == []


def test_surfaces_every_length_is_found():
    index = _index(("Islamic State", _entry("group:is")), ("Islamic State Somalia Province", _entry("group:iss")))
    assert _found(index, "Islamic State Somalia Province fighters") == [
        ("Islamic State", "group:is"), ("Islamic State Somalia Province", "group:iss")]


def test_surfaces_match_ends_at_a_token_end():
    index = _index(("al-Qaeda", _entry("group:aq")))
    assert _found(index, "an al-Qaeda-aligned cell") == [("al-Qaeda", "group:aq")]


def test_surfaces_word_parts_of_a_hyphen_alone_are_empty():
    assert word_parts("-", VARIANTS) == ((), ())
    assert word_parts("al\u2011Qaeda", VARIANTS) == (("al", "Qaeda"), ("al", "qaeda"))
