"""One folding of text for comparing names, shared by the gazetteer build and the matcher.

Briefs spell a name many ways: curly or straight apostrophes, accents or none, a zero-width
joiner pasted from a web page, a soft hyphen from a PDF, "Qaida" or "Qaeda". The text is never
rewritten (every offset indexes it as read); words are folded when they are compared.

- ``fold_text``: character level, case kept: 'Goïta' -> 'Goita', 'Hay’at' -> "Hay'at".
- ``fold_word``: a word's comparison key: folded, lower case, apostrophes dropped, and the
  transliteration variants of ``patterns/lexicon/spelling.json`` mapped to one spelling.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

# Letters NFKD does not decompose into ASCII, and typographic marks with a plain twin.
_TABLE = str.maketrans({
    "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "‘": "'", "’": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    # invisible: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, bidi marks
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
    "\u200e": None, "\u200f": None, "\u202a": None, "\u202b": None, "\u202c": None, "\u202d": None,
    "\u202e": None, "\u2066": None, "\u2067": None, "\u2068": None, "\u2069": None, "\u061c": None,
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_APOSTROPHES = str.maketrans({"'": None})


def fold_text(text: str) -> str:
    """Character-level fold, case kept (see the module docstring)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_TABLE))
    return "".join(c for c in text if not unicodedata.combining(c))


def fold_word(word: str, variants: Mapping[str, str] | None = None) -> str:
    """A word's comparison key: folded, lower case, no apostrophes, one spelling per variant set."""
    key = fold_text(word).lower().translate(_APOSTROPHES)
    if variants:
        key = variants.get(key, key)
    return key


def variant_table(spelling: Mapping[str, object]) -> dict[str, str]:
    """{variant key: canonical key} from ``lexicon/spelling.json``'s ``variants`` lists (the
    first word of each list is the spelling the others fold to)."""
    table: dict[str, str] = {}
    for group in spelling.get("variants", []):  # type: ignore[union-attr]
        words = [fold_word(w) for w in group]
        for word in words[1:]:
            table[word] = words[0]
    return table
