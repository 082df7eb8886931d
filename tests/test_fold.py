"""pipeline.fold: the one folding function of the gazetteer build and the runtime matcher."""

from __future__ import annotations

import pytest

from pipeline.fold import fold_text, fold_word
from pipeline.patterns import DEFAULT_PATTERNS_DIR, SpellingTable, load_json_file


@pytest.fixture(scope="module")
def table() -> dict[str, str]:
    """The project's spelling table, patterns/lexicon/spelling.json."""
    path = DEFAULT_PATTERNS_DIR / "lexicon" / "spelling.json"
    return load_json_file(path, SpellingTable, DEFAULT_PATTERNS_DIR).table()

TEXT_CASES = [
    ("accents", "Goïta Côte Ñuñoa", "Goita Cote Nunoa"),
    ("case-kept", "AL-QAIDA al-Qaida", "AL-QAIDA al-Qaida"),
    ("letters-nfkd-keeps", "Søren Łódź Straße Æsir Œuvre Đakovo İzmir Þór", "Soren Lodz Strasse AEsir OEuvre Dakovo Izmir Thor"),
    ("azerbaijani-schwa", "Əliyev Heydər", "Aliyev Heydar"),
    ("curly-apostrophe", "Qa’ida d‘Ivoire", "Qa'ida d'Ivoire"),
    ("modifier-apostrophes", "Sanʿaʾ Hawaiʻi Qurʼan", "San'a' Hawai'i Qur'an"),
    ("backtick-acute", "San`a Qa´ida", "San'a Qa'ida"),
    ("double-quotes", "“Base” „x“ «y» ″z″", '"Base" "x" "y" "z"'),
    ("hyphen-variants", "al‐Qaida al‑Qaida 2019–2020 war—now −5", "al-Qaida al-Qaida 2019-2020 war-now -5"),
    ("soft-hyphen", "Hiz\u00adbollah", "Hizbollah"),
    ("zero-width", "Ha\u200bmas Ta\u200cli\u200dban Is\u2060lamic \ufeffState", "Hamas Taliban Islamic State"),
    ("bidi-marks", "\u200fحماس\u200e Hamas \u202aX\u202c \u2066Y\u2069", "حماس Hamas X Y"),
    ("pdf-ligatures", "ﬁghters ﬂed oﬃcials", "fighters fled officials"),
    ("fullwidth", "ＩＳＩＳ", "ISIS"),
    ("plain-ascii", "Hezbollah fighters", "Hezbollah fighters"),
    ("umlaut-digraph-in-an-acronym", "FPOe OeVP SPOe FPÖ", "FPO OVP SPO FPO"),
    ("digraph-outside-acronyms-kept", "Joe Oedipus MoE Ue DAe", "Joe Oedipus MoE Ue DAe"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_fold_text_folds_characters_and_keeps_case(text, expected):
    assert fold_text(text) == expected


def test_fold_text_is_idempotent():
    for _, text, _ in TEXT_CASES:
        assert fold_text(fold_text(text)) == fold_text(text)


VARIANTS = {"qaeda": "qaida", "qaida": "qaida", "qa'ida": "qaida", "i": "e", "e": "e"}
WORD_CASES = [
    ("lower-case", "TALIBAN", {}, "taliban"),
    ("accent-and-case", "GOÏTA", {}, "goita"),
    ("variant", "Qaeda", VARIANTS, "qaida"),
    ("variant-after-char-fold", "Qa’ida", VARIANTS, "qaida"),
    ("key-maps-to-itself", "Qaida", VARIANTS, "qaida"),
    ("ezafe-join", "i", VARIANTS, "e"),
    ("no-table-no-variant", "Qaeda", {}, "qaeda"),
    ("unknown-word-unchanged", "Shabaab", VARIANTS, "shabaab"),
    ("whole-word-only", "Qaedas", VARIANTS, "qaedas"),
]


@pytest.mark.parametrize("word,variants,expected", [c[1:] for c in WORD_CASES], ids=[c[0] for c in WORD_CASES])
def test_fold_word_makes_lookup_keys(word, variants, expected):
    assert fold_word(word, variants) == expected


PROJECT_CASES = [
    ("qaida-spellings", ["Qaida", "Qaeda", "Kaida", "Qa’ida", "QAIDA"], "qaida"),
    ("shabaab", ["Shabab", "Shabaab", "Shebab"], "shabaab"),
    ("daesh", ["Daesh", "Daish", "Da'esh"], "daesh"),
    ("hezbollah", ["Hizballah", "Hezbollah", "Hizbullah"], "hezbollah"),
    ("mujahideen", ["Mujahidin", "Mujahideen", "Mujahedin"], "mujahideen"),
    ("tehrik-join", ["e", "i"], "e"),
    ("mohammed", ["Muhammad", "Mohammed", "Mohamed", "Mohammad"], "mohammed"),
]


@pytest.mark.parametrize("spellings,key", [c[1:] for c in PROJECT_CASES], ids=[c[0] for c in PROJECT_CASES])
def test_fold_word_project_spelling_table_unifies_variants(table, spellings, key):
    assert {fold_word(s, table) for s in spellings} == {key}


def test_fold_word_project_table_keeps_distinct_words_apart(table):
    assert len({fold_word(w, table) for w in ["Taliban", "Shabaab", "Hamas", "Qaida", "Jihad"]}) == 5
