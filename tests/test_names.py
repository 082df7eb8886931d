"""How an acronym fits a name (components/names.py: initials_fit)."""

from __future__ import annotations

import pytest

from pipeline.components.names import initials_fit, is_acronym

FITS = [
    ("initials", ["Macina", "Liberation", "Front"], "MLF"),
    ("initials-in-another-order", ["Macina", "Liberation", "Front"], "FLM"),
    ("word-openings", ["Cooperative", "Development", "Congo"], "CODECO"),
    ("word-openings-skipping-a-word", ["Armed", "Conflict", "Location", "Event", "Data"], "ACLED"),
    ("word-openings-past-accents", ["Unidad", "Móvil", "Patrullaje", "Rural"], "UMOPAR"),
]
MISFITS = [
    ("other-letters", ["Central", "African", "Republic"], "UPC"),
    ("first-word-must-open-it", ["Cooperative", "Development", "Congo"], "DECO"),
    ("short-openings-need-four-letters", ["Islamic", "State"], "ISIS"),
]


@pytest.mark.parametrize(("words", "acronym"), [f[1:] for f in FITS], ids=[f[0] for f in FITS])
def test_names_acronym_fits(words, acronym):
    assert initials_fit(words, acronym)


@pytest.mark.parametrize(("words", "acronym"), [f[1:] for f in MISFITS], ids=[f[0] for f in MISFITS])
def test_names_acronym_does_not_fit(words, acronym):
    assert not initials_fit(words, acronym)


ACRONYMS = [("latin", "TNLA", True), ("other-script-capitals", "YBŞ", True), ("hyphenated", "SPLM-N", True),
            ("one-capital-and-digits", "M23", False), ("title-case-word", "Abc", False), ("underscore", "A_B", False)]


@pytest.mark.parametrize(("word", "expected"), [a[1:] for a in ACRONYMS], ids=[a[0] for a in ACRONYMS])
def test_names_is_acronym(word, expected):
    assert is_acronym(word) is expected


def test_names_learnt_name_refused_inside_a_longer_name_takes_nothing_away():
    """A learnt name that may not stand inside a capitalised run ('Tbilisi Strong Georgia') is
    refused before the state's name inside it gives way: the state keeps its mention."""
    import spacy

    from pipeline.components.actors import Actor, Mention
    from pipeline.components.names import Found, Learnt
    from pipeline.components.tokens import TokenTable

    nlp = spacy.blank("en")
    doc = nlp("Leaders of Tbilisi Strong Georgia met.")
    state = Mention(4, 5, ("state:geo",), "pattern.gazetteer", "STATE")
    found = Found({"state:geo": Actor("state:geo", "STATE", "Georgia"),
                   "group:strong-georgia": Actor("group:strong-georgia", "GROUP", "Strong Georgia")}, [state])
    Learnt(nlp).apply(TokenTable(doc), found, {"Strong Georgia": ("group:strong-georgia", "shape.repeat")},
                      inside_names=False)
    assert found.mentions == [state] and "state:geo" in found.actors
