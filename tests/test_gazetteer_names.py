"""names.json: splitting list names into given and family words, and the evidence class of
each word, on fixtures and on the committed lexicon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.gazetteer import names
from pipeline.gazetteer.jsonfile import Keyer
from pipeline.gazetteer.records import Alias, Record

GENERATED = Path(__file__).resolve().parents[1] / "patterns" / "generated" / "lexicon"


def roles(words: names.NameWords) -> dict[str, dict[str, list[str]]]:
    return {w: {r: sorted(s) for r, s in v.items() if s} for w, v in sorted(words.roles.items())}


def test_names_un_fields_split_given_family_and_patronymics():
    words = names.NameWords(Keyer({}))
    names.add_un(words, [(["AYMAN", "MUHAMMED RABI", "AL-ZAWAHIRI"], {"EGY"}), (["FAIZ"], set())])
    assert roles(words) == {
        "al": {"family": ["un"]},
        "ayman": {"given": ["un"]},
        "faiz": {"given": ["un"]},  # a lone name field is the given name
        "muhammed": {"given": ["un"]},
        "rabi": {"given": ["un"]},
        "zawahiri": {"family": ["un"]},
    }


def test_names_un_korean_names_put_family_first():
    words = names.NameWords(Keyer({}))
    names.add_un(words, [(["KIM", "KYONG IL"], {"PRK"})])
    assert roles(words) == {"il": {"given": ["un"]}, "kim": {"family": ["un"]}, "kyong": {"given": ["un"]}}


def test_names_ofac_pairs_and_spelling_variants_share_a_key():
    words = names.NameWords(Keyer({"muhammad": "mohammed"}))
    names.add_ofac(words, [("AL-BAGHDADI", "Muhammad"), ("OMAR", "Mohammed")])
    assert roles(words)["mohammed"] == {"given": ["ofac"]}
    assert roles(words)["baghdadi"] == {"family": ["ofac"]}


SPLIT_CASES = [
    ("two-words", "HAMID KARZAI", ("HAMID", "KARZAI")),
    ("middle-word-skipped", "ASHRAF GHANI AHMADZAI", ("ASHRAF", "AHMADZAI")),
    ("title-stripped", "PRESIDENT HAMID KARZAI", ("HAMID", "KARZAI")),
    ("initials-dropped", "GEORGE W. BUSH", ("GEORGE", "BUSH")),
    ("title-and-one-name", "PRESIDENT KARZAI", None),
    ("single-word", "SUHARTO", None),
    ("description", "MOSCOW PARTY CHIEF BORIS N. YELTSIN", None),
    ("institution", "MINISTRY OF DEFENCE", None),
    ("english-words", "HIGH COMMAND", None),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in SPLIT_CASES], ids=[c[0] for c in SPLIT_CASES])
def test_names_petrarch_split(text, expected):
    assert names.petrarch_split(text) == expected


def test_names_petrarch_people_give_first_and_last_words():
    rec = Record("PERSON", "cameo", "AFG:hamid karzai", "HAMID KARZAI")
    rec.aliases = [Alias("HAMID KARZAI", "cameo:AFGGOV", "name"), Alias("KARZAI THE BOLD", "cameo:AFGGOV", "low")]
    words = names.NameWords(Keyer({}))
    names.add_petrarch(words, [rec])
    assert roles(words) == {"hamid": {"given": ["petrarch"]}, "karzai": {"family": ["petrarch"]}}


GUARDS = {
    "calendar": names.CALENDAR,
    "title": frozenset({"sheikh", "king"}),
    "particle": frozenset({"al", "abu", "bin"}),
    "state": frozenset({"jordan", "chad"}),
    "place": frozenset({"paris", "florence"}),
    "common_word": frozenset({"will", "grant", "may", "the"}),
}
CLASS_CASES = [
    ("plain-name", "ayman", "safe"),
    ("long-name", "nasrallah", "safe"),
    ("one-letter", "j", "short"),
    ("two-letters", "li", "short"),
    ("month", "june", "calendar"),
    ("month-before-common-word", "may", "calendar"),
    ("weekday", "sunday", "calendar"),
    ("title", "sheikh", "title"),
    ("particle", "abu", "particle"),
    ("state-name", "jordan", "state"),
    ("place", "florence", "place"),
    ("common-word", "grant", "common_word"),
]


@pytest.mark.parametrize("word,klass", [c[1:] for c in CLASS_CASES], ids=[c[0] for c in CLASS_CASES])
def test_names_classify(word, klass):
    assert names.classify(word, GUARDS) == klass


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return json.loads((GENERATED / "names.json").read_text(encoding="utf-8"))


COMMITTED_CASES = [
    # a name is enough
    ("arabic-given", "ayman", "safe", "given"),
    ("spelling-variants-one-key", "mohammed", "safe", "given"),
    ("family", "zawahiri", "safe", "family"),
    ("english-given", "john", "safe", "given"),
    ("polish-family", "nowak", "safe", "family"),
    ("kenyan-family", "mwangi", "safe", "family"),
    ("frequent-list-name-and-small-town", "hassan", "safe", "given"),
    # more evidence needed
    ("calendar", "june", "calendar", "given"),
    ("calendar-and-common-word", "may", "calendar", "given"),
    ("title", "king", "title", "family"),
    ("honorific", "sheikh", "title", None),
    ("particle", "abu", "particle", "given"),
    ("short", "li", "short", "family"),
    ("state", "jordan", "state", "given"),
    ("demonym", "german", "state", None),
    ("capital", "paris", "place", "given"),
    ("common-word", "grant", "common_word", "given"),
    ("colour", "brown", "common_word", "family"),
]


@pytest.mark.parametrize("word,klass,role", [c[1:] for c in COMMITTED_CASES], ids=[c[0] for c in COMMITTED_CASES])
def test_names_committed_lexicon_classes(lexicon, word, klass, role):
    assert lexicon["names"][word] == klass
    if role:
        assert word in lexicon[role]


NOT_NAMES = [("variant-spelling-folded-away", "muhammad"), ("stop-word-not-listed", "which"),
             ("organisation-word", "brigades")]


@pytest.mark.parametrize("word", [c[1] for c in NOT_NAMES], ids=[c[0] for c in NOT_NAMES])
def test_names_committed_lexicon_leaves_out(lexicon, word):
    assert word not in lexicon["names"]


def test_names_committed_lexicon_sources_per_role(lexicon):
    for role in ("given", "family"):
        sources = {s for value in lexicon[role].values() for s in value.split(" ")}
        assert sources == {"faker", "ofac", "petrarch", "un"}, role
    assert set(lexicon["classes"]) == set(names.CLASSES)


def test_names_faker_genders_need_two_locales_of_one_gender():
    listed = [("Sara", "given", "it_IT", "f"), ("Sara", "given", "es_ES", "f"),
              ("Andrea", "given", "it_IT", "m"), ("Andrea", "given", "en_US", "f"), ("Andrea", "given", "de_DE", "f"),
              ("Nikol", "given", "cs_CZ", "f"),
              ("Marco", "given", "it_IT", "m"), ("Marco", "given", "es_ES", "m"), ("Marco", "given", "pt_BR", ""),
              ("Rossi", "family", "it_IT", ""), ("Rossi", "family", "fr_FR", "")]
    assert names.faker_genders(Keyer({}), listed) == {"marco": "m", "sara": "f"}


def test_names_committed_lexicon_genders(lexicon):
    gender = lexicon["gender"]
    assert (gender.get("marco"), gender.get("claudia")) == ("m", "f")
    assert "andrea" not in gender and "nikol" not in gender
    assert set(gender) <= set(lexicon["names"])
