from __future__ import annotations

import pytest

from tests.conftest import mentions

CASES = [
    ("definite-description", "Hezbollah rearmed quickly. The group now fields drones.", ("the group", "Hezbollah")),
    ("movement-possessive", "After the Taliban's victory, the movement's leaders spoke.", ("the movement", "Taliban")),
    ("pronoun-subject", "Kenya remains wary of al-Shabaab, given that it lost troops.", ("it", "Kenya")),
    ("pronoun-prefers-subject", "Tajikistan refused to recognize the Taliban, and its clerics spoke.", ("its", "Tajikistan")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_references_resolve_to_actor(extract, text, expected):
    found = [(t.lower(), name) for t, _, name, via in mentions(extract(text)) if via == "coref"]
    assert found == [(expected[0], expected[1])]


def test_references_plural_resolves_to_two_actors(extract):
    found = [(t, name) for t, _, name, via in mentions(extract("Egypt and Jordan met; both countries pressured Hamas.")) if via == "coref"]
    assert sorted(found) == [("both countries", "Egypt"), ("both countries", "Jordan")]


def test_references_expletive_it_is_not_resolved(extract):
    found = [t for t, _, _, via in mentions(extract("Hamas regrouped. It is unclear who leads it now.")) if via == "coref" and t == "It"]
    assert found == []


@pytest.mark.parametrize("filler,resolved", [(2, True), (3, False)], ids=["window-edge", "past-window"])
def test_references_look_back_a_fixed_number_of_sentences(extract, filler, resolved):
    """max_sentences_back is 3: an antecedent three sentences back is found, four is too far."""
    text = "Hezbollah rearmed. " + "Prices rose. " * filler + "The group now fields drones."
    found = [name for t, _, name, via in mentions(extract(text)) if via == "coref"]
    assert found == (["Hezbollah"] if resolved else [])


def test_references_without_antecedent_stay_unresolved(extract):
    assert [m for m in mentions(extract("The group's history is long.")) if m[3] == "coref"] == []
