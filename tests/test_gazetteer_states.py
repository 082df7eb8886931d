"""State names and demonyms: forms of the country's own name, never its cities."""

from __future__ import annotations

import pycountry
import pytest

from pipeline.gazetteer.petrarch import parse
from pipeline.gazetteer.states import (
    NON_MEMBERS,
    UN_MEMBERS,
    build_states,
    is_demonym,
    is_long_form,
)


def test_gazetteer_states_un_member_list_is_the_193():
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193
    assert all(pycountry.countries.get(alpha_3=c) for c in UN_MEMBERS + NON_MEMBERS)
    assert not set(UN_MEMBERS) & set(NON_MEMBERS)


@pytest.mark.parametrize(
    ("candidate", "short", "expected"),
    [
        ("Afghan", "Afghanistan", True),
        ("Pakistani", "Pakistan", True),
        ("North Korean", "North Korea", True),
        ("Salvadoran", "El Salvador", True),
        ("Mexicans", "Mexico", True),
        ("Afghanastan", "Afghanistan", False),  # misspelling, not a demonym
        ("Kandahar", "Afghanistan", False),  # city
        ("Albanien", "Albania", False),  # German name
        ("Korean", "North Korea", False),  # could be either Korea
    ],
    ids=lambda v: str(v),
)
def test_gazetteer_states_demonyms(candidate, short, expected):
    assert is_demonym(candidate, short) is expected


@pytest.mark.parametrize(
    ("candidate", "short", "expected"),
    [
        ("Islamic Republic of Afghanistan", "Afghanistan", True),
        ("Federal Republic of Germany", "Germany", True),
        ("Berlin", "Germany", False),
        ("Texas", "United States", False),
        ("Belarus Republic of", "Belarus", False),
    ],
    ids=lambda v: str(v),
)
def test_gazetteer_states_long_forms(candidate, short, expected):
    assert is_long_form(candidate, short) is expected


def test_gazetteer_states_never_take_cities_from_petrarch():
    blocks = parse("AFGHANISTAN_  [AFG]\n+AFGHAN_\n+KABUL_\n+KANDAHAR_\n+HELMAND\n+AFGHANS_\n")
    afg = next(s for s in build_states(blocks) if s["iso3"] == "AFG")
    surfaces = set(afg["names"]) | set(afg["demonyms"])
    assert {"Afghanistan", "Afghan", "Afghans"} <= surfaces
    assert not {"Kabul", "Kandahar", "Helmand"} & surfaces
    usa = next(s for s in build_states(blocks) if s["iso3"] == "USA")
    assert {"United States", "U.S.", "America"} <= set(usa["names"])
    assert not {"Texas", "New York", "Washington"} & set(usa["names"])


def test_gazetteer_states_long_forms_also_without_the_article():
    states = {s["iso3"]: s for s in build_states(parse("CONGO_  [COD]\n+DR_CONGO_\n"))}
    assert {"Democratic Republic of the Congo", "Democratic Republic of Congo"} <= set(states["COD"]["names"])
    assert "Republic of Congo" in states["COG"]["names"]
    assert "Republic of Union of Myanmar" not in states["MMR"]["names"]


@pytest.mark.parametrize(("iso3", "demonym"), [
    ("PRT", "Portuguese"), ("SWE", "Swedish"), ("TGO", "Togolese"), ("PER", "Peruvian"), ("SVN", "Slovenian"),
], ids=lambda v: str(v))
def test_gazetteer_states_demonyms_no_stem_rule_makes_are_curated(iso3, demonym):
    """'Portuguese' is not 'Portugal' cut plus a suffix; a party list needs it to know a brief
    is about Portugal."""
    state = next(s for s in build_states([]) if s["iso3"] == iso3)
    assert demonym in state["demonyms"]
