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
