"""Capitals acting for their state (components/metonyms.py) and states inside place names."""

from __future__ import annotations

import pytest

ACTING = [
    ("auxiliary", "Moscow has promised to help.", "Moscow", "state:rus"),
    ("verb", "Tehran arms the Houthis.", "Tehran", "state:irn"),
    ("relative", "Beijing, which supplies arms to the junta, objected.", "Beijing", "state:chn"),
    ("possessive-act", "Kigali's decision surprised everyone.", "Kigali", "state:rwa"),
    ("listed", "The talks surprised Washington and Moscow, who had pressed for them.", "Washington", "state:usa"),
    ("object-of-accuse", "Niger accuses Cotonou of hosting French troops.", "Cotonou", "state:ben"),
    ("with-after-partner-word", "Ghana will deepen intelligence sharing with Ouagadougou.", "Ouagadougou", "state:bfa"),
    ("object-of-supply", "China has instead supplied Dushanbe with equipment and training.", "Dushanbe", "state:tjk"),
    ("with-a-few-words-after-a-partner-verb", "Algiers also shares intelligence with Tunis.", "Tunis", "state:tun"),
    ("between-after-partner-word", "The May understanding between Washington and the Houthis held.", "Washington",
     "state:usa"),
    ("capital-of-a-hand-written-state", "Pristina has refused to recognise the vote.", "Pristina", "state:xkx"),
    ("adverb-before-the-verb", "Doha still hosts the political bureau.", "Doha", "state:qat"),
    ("possessive-own-force", "Moscow's Africa Corps guards the presidency.", "Moscow", "state:rus"),
    ("past-a-short-parenthetical", "India is wary. Dhaka, for its part, has promised to act.", "Dhaka", "state:bgd"),
    ("possessive-role-past-two-modifiers", "Egypt has become Asmara's most dependable backer.", "Asmara", "state:eri"),
    ("longest-of-overlapping-capitals", "Washington has pressed Mexico City for extraditions.", "Mexico City",
     "state:mex"),
    ("object-of-block", "Bulgaria has continued to block Skopje.", "Skopje", "state:mkd"),
    ("seat-of-government", "Manila is lobbying Putrajaya to endorse a tougher line.", "Putrajaya", "state:mys"),
    ("possessive-role-after-a-preposition", "Venezuela owes money. Kingstown was one of Caracas's closest allies.",
     "Caracas", "state:ven"),
    ("after-to-of-an-object-noun", "China pays. Honduras switched its recognition to Beijing in 2023.", "Beijing",
     "state:chn"),
]

PLACES = [
    ("locative", "Fighting reached the outskirts of Kabul."),
    ("to", "Flights to Beijing resumed."),
    ("place-noun", "Kabul residents fled."),
    ("possessive-place", "Kabul's streets were empty."),
    ("possessive-named-place", "Kabul's Green Zone was quiet."),
    ("quantified-noun-phrase", "Several Tripoli armed groups refused."),
    ("indefinite-noun-phrase", "A researcher at an Addis Ababa think tank spoke."),
    ("between-places", "The road between Kabul and Jalalabad reopened."),
    ("apposition-is-no-parenthetical", "Kabul, the capital, has been quiet for weeks."),
    ("with-after-another-verb-joined-to-a-partner-word", "The party would end the talks and side with Kabul."),
    ("with-after-what-is-no-shared-information", "The province shares water with Kabul."),
    ("between-a-word-after-a-partner-word", "Talks on roads between Kabul and Jalalabad stalled."),
    ("possessive-place-after-a-preposition", "Protests spread in Kabul's streets."),
]


@pytest.mark.parametrize(("text", "surface", "state"), [c[1:] for c in ACTING], ids=[c[0] for c in ACTING])
def test_metonyms_capital_acts_for_its_state(extract, text, surface, state):
    found = [(m["text"], e["id"], m["rule"]) for e in extract(text) if e["kind"] == "entity" for m in e["mentions"]
             if m["text"] == surface]
    assert found == [(surface, state, "metonym.capital")]


@pytest.mark.parametrize("text", [c[1] for c in PLACES], ids=[c[0] for c in PLACES])
def test_metonyms_capital_as_a_place_is_no_actor(extract, text):
    assert [e for e in extract(text) if e["kind"] == "entity"] == []


@pytest.mark.parametrize(("text", "state_words"), [
    ("Boko Haram fighters crossed Lake Chad.", []),
    ("The Bank of Japan (BOJ) held rates.", []),
    ("Ships left Port Sudan for Chad.", ["Chad"]),
], ids=["lake", "bank-of", "known-place"])
def test_metonyms_state_inside_a_place_name_is_no_state(extract, text, state_words):
    found = [m["text"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "STATE" for m in e["mentions"]]
    assert found == state_words


@pytest.mark.parametrize("text", [
    "Pakistan's Foreign Office condemned the strike.",
    "The Pakistani Foreign Office condemned the strike.",
    "Pakistan has said little. Its Foreign Office condemned the strike.",
], ids=["state-possessive", "demonym", "possessive-pronoun"])
def test_metonyms_seat_named_by_common_words_belongs_to_the_state_before_it(extract, text):
    """'Foreign Office' alone is London's; after another state's name or demonym it is that state's."""
    states = {e["id"] for e in extract(text) if e["kind"] == "entity" and e["label"] == "STATE"}
    assert states == {"state:pak"}
