"""One folding function for names, shared by the gazetteer build and the runtime matcher.

A brief may write "Goïta", "al‑Qa’ida" (a non-breaking hyphen, a curly apostrophe) or
"Hiz­bollah" (a soft hyphen pasted from a PDF); the lists write "GOITA" and "AL-QAIDA". Both
sides are compared only after the same two steps:

- ``fold_text``: characters. Compatibility decomposition (NFKD: ligatures such as "ﬁ",
  full-width letters) with the accents dropped, the letters NFKD leaves alone spelt in ASCII
  ("ø" -> "o", "ß" -> "ss"), typographic apostrophes and quotes made ASCII, every hyphen and
  dash made "-", and invisible characters (zero-width spaces and joiners, the word joiner,
  the byte-order mark, the soft hyphen, bidirectional marks) removed; an umlaut written as a
  digraph inside an acronym undone ('FPOe', 'OeVP' -> 'FPO', 'OVP'). Case is kept.
- ``fold_word``: one word as a lookup key. Lower case, ``fold_text``, apostrophes dropped
  ("Jama’at", "Jama'at" and "Jamaat" are one word), then the spelling-variant
  table (``patterns/lexicon/spelling.json``: "qaeda", "kaida" -> "qaida"), which holds
  transliteration variants that are facts of spelling.

Both are pure functions of their input; the variant table is passed in, never held here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

# Letters that NFKD does not decompose into an ASCII letter and a combining mark.
_LETTERS = {
    "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    # Azerbaijani schwa: 'Əliyev' is written 'Aliyev' in English.
    "ə": "a", "Ə": "A",
}
# Apostrophe-like marks, including the transliteration signs for ayn and hamza ('Sanʿaʾ').
_APOSTROPHES = "‘’‚‛ʼʻʹʽʾʿ′`´"
_QUOTES = "“”„‟«»″〝〞"
# Hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar, minus signs.
_DASHES = "‐‑‒–—―−﹣－⁃"
# Zero-width space, non-joiner and joiner, word joiner, BOM, soft hyphen, Arabic letter mark,
# left-to-right and right-to-left marks, embeddings, overrides and isolates.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c\u200e\u200f" + "".join(
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)

_TABLE = str.maketrans(
    {
        **_LETTERS,
        **{ch: "'" for ch in _APOSTROPHES},
        **{ch: '"' for ch in _QUOTES},
        **{ch: "-" for ch in _DASHES},
        **{ch: None for ch in _INVISIBLE},
    }
)


# An umlaut spelt as a digraph inside an acronym, 'FPOe' or 'OeVP' for FPÖ and ÖVP: the only
# lower-case letter of a word of capitals, an 'e' after A, O or U.
_DIGRAPH_ACRONYM = re.compile(r"(?<![A-Za-z])([A-Z]*[AOU])e([A-Z]*)(?![A-Za-z])")


def _undigraph(match: re.Match[str]) -> str:
    head, tail = match.group(1), match.group(2)
    return head + tail if len(head) + len(tail) >= 3 else match.group(0)  # ('Ue' alone is no acronym)


def fold_text(text: str) -> str:
    """Fold characters, keeping case: 'Côte d’Ivoire' -> "Cote d'Ivoire", 'FPOe' -> 'FPO'."""
    # The table runs first because NFKD would split '´' into a space and a combining accent.
    text = unicodedata.normalize("NFKD", text.translate(_TABLE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    # NFKD can itself produce table characters ('‑' from some compatibility forms).
    text = text.translate(_TABLE)
    return _DIGRAPH_ACRONYM.sub(_undigraph, text) if "e" in text else text


def fold_word(word: str, variants: Mapping[str, str]) -> str:
    """A word's lookup key: lower case, characters folded, spelling variant resolved.

    'Qa’ida' -> 'qaida' with the project's table; 'Kata’ib' -> 'kataib'. ``variants`` maps a folded lower-case
    spelling to its key (``PatternBundle.spelling``); pass ``{}`` for characters only.
    """
    folded = fold_text(word).lower().replace("'", "")
    return variants.get(folded, folded)


class WordMemo(dict):
    """``memo[word]`` is ``make(word)``, made once per distinct word: the rules fold the same
    words brief after brief. Emptied past ``LIMIT`` words (a long batch meets many), and
    pickled empty: what fills it is the briefs read, not the pipeline that is saved."""

    LIMIT = 200_000

    def __init__(self, make: Callable[[str], Any]):
        super().__init__()
        self.make = make

    def __missing__(self, word: str) -> Any:
        if len(self) > self.LIMIT:
            self.clear()
        value = self[word] = self.make(word)
        return value

    def __reduce__(self) -> tuple:
        return type(self), (self.make,)
