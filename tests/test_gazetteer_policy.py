"""The alias safety policy: real names kept, ordinary words dropped or restricted."""

from __future__ import annotations

import pytest

from pipeline.gazetteer.lexicon import english_words, is_english
from pipeline.gazetteer.policy import NameStats, Policy, strip_title


@pytest.fixture(scope="module")
def policy() -> Policy:
    names = NameStats(threshold=3)
    # Tiny stand-in for the lists' people (one add() per person): 'Mohammed', 'Omar'
    # and 'John' are frequent name tokens, 'Karzai' is not.
    for person in (
        ["Mohammed Omar"],
        ["Mohammed Atef"],
        ["Mohammed Yusuf", "Omar Bakri"],
        ["Omar Mahmoud Othman"],
        ["John Kerry"],
        ["John Major"],
        ["John Howard"],
        ["Hamid Karzai"],
    ):
        names.add(person)
    return Policy({"La Liga", "Gaza"}, names)


# (text, label, quality) -> (kept?, reason, case, has context)
CASES = [
    # Positive: real names kept as they are.
    ("Islamic Movement of Uzbekistan", "GROUP", "name", True, "ok", None, False),
    ("Al Qaida", "GROUP", "good", True, "ok", None, False),
    ("Taliban", "GROUP", "name", True, "ok", None, False),
    ("Hezbollah", "GROUP", "good", True, "ok", None, False),
    ("Boko Haram", "GROUP", "good", True, "ok", None, False),
    ("Lashkar-e-Taiba", "GROUP", "good", True, "ok", None, False),
    ("Hamid Karzai", "PERSON", "name", True, "ok", None, False),
    ("Ayman al-Zawahiri", "PERSON", "name", True, "ok", None, False),
    ("Afghanistan", "STATE", "name", True, "ok", None, False),
    # Kept, restricted.
    ("LTTE", "GROUP", "good", True, "acronym_exact", "exact", False),
    ("PKK", "GROUP", "good", True, "short_acronym_context", "exact", True),
    ("Shining Path", "GROUP", "name", True, "generic_phrase_context", "exact", True),
    ("Islamic Jihad", "GROUP", "good", True, "generic_phrase_context", "exact", True),
    ("Animal Liberation Front", "GROUP", "name", True, "english_phrase_exact", "exact", False),
    ("Mohammed Omar", "PERSON", "name", True, "generic_name_context", "exact", True),
    ("John Snow", "PERSON", "name", True, "generic_name_context", "exact", True),
    ("Abu Sayyaf", "PERSON", "good", True, "generic_name_context", "exact", True),
    ("Chad", "STATE", "name", True, "english_word_exact", "exact", False),
    ("Turkey", "STATE", "name", True, "english_word_exact", "exact", False),
    # Negative: ordinary words and unsafe aliases dropped.
    ("The Base", "GROUP", "good", False, "generic_phrase", None, False),
    ("Base", "GROUP", "good", False, "english_word", None, False),
    ("The Youth", "GROUP", "low", False, "low_quality_generic", None, False),
    ("Youth Wing", "GROUP", "low", False, "low_quality_generic", None, False),
    ("AIM", "GROUP", "good", False, "acronym_english_word", None, False),
    ("ART", "GROUP", "good", False, "acronym_english_word", None, False),
    ("HOPE", "GROUP", "good", False, "acronym_english_word", None, False),
    ("Ministry of Defence", "GROUP", "name", False, "generic_institution", None, False),
    ("General Trading Company", "GROUP", "name", False, "generic_institution", None, False),
    ("Al-Qaida offshoot", "GROUP", "good", False, "descriptor", None, False),
    ("La Liga", "GROUP", "good", False, "false_friend", None, False),
    ("Gaza", "GROUP", "good", False, "false_friend", None, False),
    ("1988", "GROUP", "good", False, "numeric", None, False),
    ("SL", "GROUP", "good", False, "too_short", None, False),
    ("حزب الله", "GROUP", "good", False, "non_latin", None, False),
    ("Karzai", "PERSON", "good", False, "single_token_person", None, False),
    ("Hamid", "PERSON", "good", False, "single_token_person", None, False),
    ("Abu Mohammed", "PERSON", "low", False, "generic_kunya", None, False),
    ("Mohammed Omar", "PERSON", "low", False, "low_quality_generic", None, False),
    ("Sec of State for the Environment", "PERSON", "name", False, "not_a_name", None, False),
    ("Abu H Lala", "PERSON", "name", False, "initials_only", None, False),
]


@pytest.mark.parametrize(
    ("text", "label", "quality", "keep", "reason", "case", "context"),
    CASES,
    ids=[f"{'keep' if c[3] else 'drop'}-{c[1].lower()}-{c[0]}" for c in CASES],
)
def test_gazetteer_policy_table(policy, text, label, quality, keep, reason, case, context):
    verdict = policy.judge(text, label, quality, context=("minister",))
    assert (verdict.keep, verdict.reason, verdict.case, bool(verdict.context)) == (
        keep,
        reason,
        case,
        context,
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("President Hamid Karzai", "Hamid Karzai"),
        ("Dr. Ayman al-Zawahiri", "Ayman al-Zawahiri"),
        ("Foreign Minister Ashraf Ghani", "Ashraf Ghani"),
        ("President Karzai", None),
        ("Mullah Omar", "Mullah Omar"),
        ("Sheikh Hassan Nasrallah", "Hassan Nasrallah"),
        ("Hamid Karzai", "Hamid Karzai"),
    ],
    ids=[
        "political-title",
        "dr",
        "two-word-title",
        "title-plus-surname",
        "honorific-kept",
        "honorific-stripped",
        "none",
    ],
)
def test_gazetteer_policy_strips_titles(raw, expected):
    assert strip_title(raw) == expected


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("base", True),
        ("aim", True),
        ("offshore", True),
        ("golden", True),
        ("the", True),
        ("taliban", False),
        ("hamas", False),
        ("john", False),
        ("gaza", False),
        ("uzbekistan", False),
    ],
    ids=lambda v: str(v),
)
def test_gazetteer_policy_english_words_come_from_spacy_tables(word, english):
    assert is_english(word) is english
    assert len(english_words()) > 50_000


# A cyber list's name: (text, quality) -> (kept?, reason, case, context)
CYBER_CASES = [
    ("APT28", "good", True, "ok", None, ()),
    ("Storm-1567", "good", True, "ok", None, ()),
    ("Qilin", "name", True, "cyber_context", None, "cyber"),
    ("Scattered Spider", "name", True, "cyber_context", "exact", "cyber"),
    ("Play", "name", False, "english_word", None, ()),
    ("Dark Basin", "good", False, "english_synonym", None, ()),
    ("Nevada", "name", False, "place_name", None, ()),
    ("John", "good", False, "person_name", None, ()),
    ("Omar", "name", False, "person_name", None, ()),
    ("Gaza", "name", False, "false_friend", None, ()),
]


@pytest.mark.parametrize(
    ("text", "quality", "keep", "reason", "case", "context"),
    CYBER_CASES,
    ids=[f"{'keep' if c[2] else 'drop'}-{c[0]}" for c in CYBER_CASES],
)
def test_gazetteer_policy_cyber_names_need_a_cyber_context(policy, text, quality, keep, reason, case, context):
    verdict = policy.judge_cyber(text, quality, frozenset({"nevada"}))
    assert (verdict.keep, verdict.reason, verdict.case, verdict.context) == (keep, reason, case, context)
