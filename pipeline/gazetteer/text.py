"""String helpers shared by the gazetteer readers, policy and merge.

The lists spell one name many ways (upper case, curly apostrophes, hyphen or space
after "al"), so everything that compares names goes through `key()`, and
everything that is shown goes through `display()`.
"""

from __future__ import annotations

import re
import unicodedata

# The project's one character fold ("Côte d’Ivoire" -> "Cote d'Ivoire"), under its old name here.
from pipeline.fold import fold_text as fold

# Lower-case particles inside names ("Army of God", "Harakat al-Shabaab").
LOWER_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())
NAME_PARTICLES = frozenset(
    "al el ad ag an ar as ash at az ul bin ibn bint ould abu abou umm "
    "de da das do dos du del della di la le van von der den y".split()
)


def squash(text: str) -> str:
    """Collapse whitespace and trim (the lists pad fields with spaces)."""
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    """Actor-id slug: ASCII-folded, lower case, non-alphanumeric runs -> '-'."""
    text = fold(text).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def key(text: str) -> str:
    """Comparison key: folded, lower case, apostrophes gone, punctuation -> space,
    a leading 'the' dropped. 'AL-QA'IDA' and 'Al Qaida' share a key."""
    text = fold(text).lower().replace("'", "").replace(".", "")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"\bel\b", "al", text)  # Arabic article: 'El Qaida' = 'Al Qaida'
    text = re.sub(r"\bqa ?[ei]da\b", "qaida", text)  # the commonest spelling split
    return re.sub(r"^the ", "", text)


def tokens(text: str) -> list[str]:
    """Word tokens of a surface, the way names are counted (hyphen splits)."""
    return re.findall(r"[^\W_]+(?:\.[^\W_]+)*\.?", fold(text))


def is_latin(text: str) -> bool:
    """True when every letter is Latin script (drops Arabic, Cyrillic... originals)."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def has_upper_words(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _case_word(word: str, first: bool, acronyms: frozenset[str]) -> str:
    bare = word.strip("().,'\"")
    low = word.lower()
    if bare and bare.upper() in acronyms:
        return word
    if "." in bare and len(bare.replace(".", "")) <= 4:
        return word  # 'S.A.L.', 'U.S.' stay as initials
    if any(ch.isdigit() for ch in word):
        return word if not re.fullmatch(r"\d+(ST|ND|RD|TH)", word) else low
    if not first and (low in LOWER_WORDS or low in ARTICLES):
        return low
    # Capitalise after an apostrophe only for O'/D' ("O'Neill"), not "Qa'ida".
    if re.match(r"[od]'[a-z]", low):
        return low[0].upper() + "'" + low[2].upper() + low[3:]
    return low[:1].upper() + low[1:]


# Arabic articles and name links, lower case inside a name ('Jund al-Khilafah').
ARTICLES = frozenset("al el ul ad ash as az at ar bin ibn bint".split())


def _acronym_word(word: str, acronyms: frozenset[str]) -> bool:
    """'FARC-EP', 'PFLP-GC', 'DHKP/C': short upper-case parts, one a known acronym."""
    parts = [p for p in re.split(r"[-/]", word) if p]
    return (
        len(parts) > 1
        and all(len(p) <= 4 and p.isalpha() and p.lower() not in ARTICLES for p in parts)
        and any(p in acronyms for p in parts)
    )


def display(text: str, acronyms: frozenset[str] = frozenset()) -> str:
    """Proper-case an all-caps list string; mixed-case strings are kept as written.

    'ISLAMIC MOVEMENT OF UZBEKISTAN' -> 'Islamic Movement of Uzbekistan',
    'HARAKAT AL-SHABAAB' -> 'Harakat al-Shabaab'; words in `acronyms` stay upper.
    """
    text = squash(text)
    if not has_upper_words(text):
        return text
    out = []
    for i, word in enumerate(text.split(" ")):
        if _acronym_word(word, acronyms):
            out.append(word)
            continue
        parts = word.split("-")
        out.append(
            "-".join(_case_word(p, i == 0 and j == 0, acronyms) for j, p in enumerate(parts))
        )
    return " ".join(out)


def split_acronym(text: str) -> tuple[str, list[str]]:
    """'ABDALLAH AZZAM BRIGADES (AAB)' -> ('ABDALLAH AZZAM BRIGADES', ['AAB']).

    Only parentheses at the end that hold one short token are treated as
    acronyms; longer parentheticals ('(Bosnia branch)') are returned as aliases too.
    """
    found: list[str] = []
    while True:
        m = re.search(r"\s*\(([^()]*)\)\s*$", text)
        if not m:
            break
        found.insert(0, squash(m.group(1)))
        text = text[: m.start()]
    return squash(text), [f for f in found if f]


def invert_name(text: str) -> str:
    """'AL-ZAWAHIRI, Ayman' -> 'Ayman AL-ZAWAHIRI' (OFAC writes surname first)."""
    if text.count(",") != 1:
        return squash(text)
    last, first = (squash(p) for p in text.split(","))
    if not first or not last:
        return squash(text.replace(",", " "))
    return f"{first} {last}"
